"""One article as every extractor reads it: tokens, sentences, the parse,
entity mentions, time expressions and the spans inside quotation marks, with
the lookups between them built once per article.

Extractors after this stage take an ``ArticleView`` instead of rebuilding
their own sentence, mention and quote indexes.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Sequence

from chronik.extract.syntax_cases import repair_cases
from chronik.records import Mention, Sentence, Syntax, Timex, Token

# Longest quote considered, in characters (longer means an unpaired mark).
MAX_QUOTE_CHARS = 4000
# A dateline opens a news text: a place (and a date) before a dash.
DATELINE_DASHES = frozenset({"–", "—", "-"})
MAX_DATELINE_TOKENS = 10


class ArticleView:
    """Read-only lookups over one analysed article."""

    def __init__(self, text: str, tokens: Sequence[Token], sentences: Sequence[Sentence], syntax: Syntax,
                 mentions: Sequence[Mention], timexes: Sequence[Timex], published: str | None,
                 quote_marks: dict[str, str], grammar, lemmatize=None) -> None:
        self.text = text
        self.grammar = grammar
        # word, part of speech -> lemma (the language core's lemmatizer), to read
        # a word again as another part of speech than the tagger gave it
        self.lemmatize = lemmatize
        self.tokens = tokens
        self.sentences = sentences
        # an accusative the parser hung inside another phrase is the verb's object (``syntax_cases``)
        syntax = repair_cases(syntax, tokens, grammar)
        self.syntax = syntax
        # pos(k), lemma(k), dep(k), head(k): the parse's tuples' own item lookups, bound once (the
        # extractors ask millions of times; a bound C method runs no Python frame, same answers and errors)
        self.pos: Callable[[int], str] = syntax.pos.__getitem__
        self.lemma: Callable[[int], str] = syntax.lemma.__getitem__
        self.dep: Callable[[int], str] = syntax.dep.__getitem__
        self.head: Callable[[int], int] = syntax.head.__getitem__
        self.published = published
        n = len(tokens)
        self.starts = [t.start for t in tokens]
        self.sentence_of = [0] * n
        for si, s in enumerate(sentences):
            for k in range(s.first_token, min(s.last_token, n)):
                self.sentence_of[k] = si
        self.children: list[list[int]] = [[] for _ in range(n)]
        for k, h in enumerate(syntax.head):
            if h != k:
                self.children[h].append(k)
        self.mentions = tuple(sorted(mentions, key=lambda m: (m.start, m.end)))
        self.mention_at = [-1] * n
        for mi, m in enumerate(self.mentions):
            for k in range(self.token_at(m.start), min(self.token_at(m.end), n)):
                self.mention_at[k] = mi
        self.timexes = tuple(sorted(timexes, key=lambda t: (t.start, t.end)))
        self.timex_at = [-1] * n
        for ti, t in enumerate(self.timexes):
            for k in range(self.token_at(t.start), min(self.token_at(t.end), n)):
                self.timex_at[k] = ti
        self.quotes = quote_spans(text, quote_marks)
        self._quote_opens = [o for o, _ in self.quotes]
        self.dateline_end = [self._dateline_end(s) for s in sentences]
        self._subtrees: dict[tuple[int, frozenset[str]], list[int]] = {}  # extractors ask for many more than once
        # answers the extractors ask for many times over (every input above is fixed), made on the first ask
        self._morph: list[dict[str, str] | None] = [None] * n  # token -> its morphological features by name
        self._dep_main = [d.split(":")[0] for d in syntax.dep]  # "nsubj:pass" -> "nsubj"
        self._subject: dict[int, int | None] = {}
        self._actor_subject: dict[int, int | None] = {}
        self._bare: dict[int, list[int]] = {}
        self._deps: dict[tuple[int, tuple[str, ...]], list[int]] = {}

    # -- positions ---------------------------------------------------------------
    def token_at(self, offset: int) -> int:
        """Index of the first token that starts at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def in_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self._quote_opens, offset) - 1
        return i >= 0 and self.quotes[i][0] < offset < self.quotes[i][1]

    def _dateline_end(self, s: Sentence) -> int:
        """The first token after a sentence's dateline (``Innsbruck –``,
        ``Berlin/Ankara –``, ``Rom (Italien), 3. Mai –``), or its first token:
        only capitalised words, numbers and signs before a dash near its start.
        The place of the report is no party of what the sentence tells."""
        first = s.first_token
        for j in range(first, min(s.last_token - 1, first + MAX_DATELINE_TOKENS + 1)):
            text = self.tokens[j].text
            if text in DATELINE_DASHES:
                return j + 1 if j > first and self.tokens[j + 1].text[:1].isupper() else first
            if text[:1].islower() or self.syntax.pos[j] in ("VERB", "AUX"):
                return first
        return first

    def in_dateline(self, k: int) -> bool:
        return k < self.dateline_end[self.sentence_of[k]]

    # -- the parse ---------------------------------------------------------------
    def weak_preterite(self, k: int) -> bool:
        """The preterite of a weak verb read off its form, whatever tense the tagger
        gives: the stem of its lemma and ``-(e)te``, ``-(e)ten``, ``-(e)test``,
        ``-(e)tet`` (``fällte``, ``ordneten``, ``arbeitete``)."""
        lemma, form = self.lemma(k).lower(), self.tokens[k].text.lower()
        stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith("n") else None
        return bool(stem) and form.startswith(stem) and form[len(stem):] in self.grammar.weak_preterite_endings

    def feature(self, k: int, name: str) -> str | None:
        features = self._morph[k]
        if features is None:
            features = self._morph[k] = {}
            for part in self.syntax.morph[k].split("|"):
                key, eq, value = part.partition("=")
                if eq:
                    features.setdefault(key, value)  # the first, as a scan from the left finds it
        return features.get(name)

    def is_particle_of(self, c: int, k: int, particles: Collection[str] = ()) -> bool:
        """Whether ``c``, which the parse hangs on verb ``k`` as its particle, is
        one: a listed separable particle, or a word that with the verb makes a
        verb the dictionary knows ("schwarzfahren", "mitteilen"); never an
        adjective the parser called one ("vernichtete ... unwiederbringlich")."""
        word = self.tokens[c].text
        low = word.lower()
        if low in particles:
            return True
        known = getattr(self.lemmatize, "known", None)
        return known is not None and word.isalpha() and word.islower() and known(low + self.lemma(k).lower())

    def deps_of(self, k: int, *relations: str) -> list[int]:
        """Children of ``k`` whose relation (or its main part) is one of ``relations``."""
        key = (k, relations)
        known = self._deps.get(key)
        if known is None:
            dep, main = self.syntax.dep, self._dep_main
            known = self._deps[key] = [c for c in self.children[k] if dep[c] in relations or main[c] in relations]
        return list(known)

    def subtree(self, k: int, stop: frozenset[str] = frozenset()) -> list[int]:
        """``k`` and everything below it, in token order; children whose relation
        is in ``stop`` are left out with their subtrees. A new list each call."""
        known = self._subtrees.get((k, stop))
        if known is None:
            out, todo = [], [k]
            dep = self.syntax.dep
            while todo:
                j = todo.pop()
                out.append(j)
                todo.extend(c for c in self.children[j] if dep[c] not in stop)
            known = self._subtrees[(k, stop)] = sorted(out)
        return list(known)

    def case_marker(self, k: int) -> str | None:
        """The preposition of a phrase headed by ``k`` (``in``, ``zwischen``), lower case."""
        for c in self.children[k]:
            if self.syntax.dep[c] == "case":
                return self.tokens[c].text.lower()
        return None

    def coordinated_with(self, k: int) -> list[int]:
        """``k`` and the verbs it is coordinated with, up to the first (which
        holds the shared subject and auxiliaries)."""
        chain = [k]
        while self.syntax.dep[chain[-1]] == "conj" and len(chain) < 6:
            h = self.syntax.head[chain[-1]]
            if h == chain[-1] or self.syntax.pos[h] not in ("VERB", "AUX"):
                break
            chain.append(h)
        return chain

    def subject(self, k: int) -> int | None:
        """The subject of the verb ``k``: the parser's (active or passive), shared
        with a coordinated verb, repaired where the word forms contradict it, and
        found where the parser missed it (German verb-second order: the phrase
        before the finite verb, else the one right after it)."""
        try:
            return self._subject[k]
        except KeyError:
            found = self._subject[k] = self._find_subject(k)
            return found

    def _find_subject(self, k: int) -> int | None:
        g = self.grammar
        for h in self.coordinated_with(k):
            # a time expression is never the subject ("waren Anfang/nsubj des Jahres ... getötet worden")
            found = [c for c in self.children[h] if self.syntax.dep[c] in ("nsubj", "nsubj:pass")]
            if found and all(self.timex_at[c] >= 0 for c in found):
                return None
            # a phrase with a preposition is never the subject ("über den Freedom Tower";
            # "mehr als 6000 Soldaten" is one)
            found = [c for c in found if not self._prepositional(c)]
            if found:
                # "er", "ich", "wir" can only be the subject; the parser's choice
                # yields to them, and an accusative or dative form never is one
                sure = [c for c in self._bare_phrases(h) if self.tokens[c].text.lower() in g.nominative_pronouns]
                if sure and found[0] not in sure:
                    return sure[0]
                return found[0]
            if h == k:
                guess = self._v2_subject(h, objects=False)
                if guess is None:
                    guess = self._comma_prefield(k)
                if guess is not None:
                    return guess
        # a verb the parser hung under a word of its own clause (parataxis, conj
        # without a conjunction): the subject of that clause
        j = k
        for _ in range(3):
            h = self.syntax.head[j]
            if h == j or self.syntax.dep[j] not in ("parataxis", "conj") or self.sentence_of[h] != self.sentence_of[k]:
                break
            found = [c for c in self.children[h] if self.syntax.dep[c] in ("nsubj", "nsubj:pass") and c < k]
            if found:
                return found[0]
            j = h
        # a participle the parser hung under its own auxiliary ("wurde ... der
        # Anführer ... festgenommen"): the auxiliary's subject is the clause's
        if self._under_auxiliary(k):
            found = [c for c in self.children[self.syntax.head[k]] if self.syntax.dep[c] in ("nsubj", "nsubj:pass")
                     and not self._prepositional(c) and self.timex_at[c] < 0]
            if found:
                return found[0]
        # last, a phrase the parser called an object, in the subject's place
        return self._v2_subject(k, objects=True)

    def actor_subject(self, k: int) -> int | None:
        """The subject as events read who acts: ``subject`` with repairs of the
        parse. A date or a dateline's place is never it (``Mitte Mai hatten die
        Täter``, ``Innsbruck – Die Polizei hat ...``: the other subject, or the
        one hung on the auxiliary); nor is a phrase a singular ``den``/``dem``
        begins (``Den Antrag lehnte die Regierung ab``); a name the parser made
        the root before the verb is it, where the parser gave the verb none
        (``Kowalski, ein Dozent, hat ... organisiert``). Figures and statements
        keep ``subject``."""
        try:
            return self._actor_subject[k]
        except KeyError:
            found = self._actor_subject[k] = self._find_actor_subject(k)
            return found

    def _find_actor_subject(self, k: int) -> int | None:
        found = self.subject(k)
        if found is not None and self.syntax.pos[found] in ("VERB", "AUX"):
            # "im verzwickten Brettspiel Go/VERB hat die Google-Software AlphaGo/nsubj ... entschieden": a word
            # the tagger took for a verb is no subject where a noun is one as well
            others = [c for c in self._other_subjects(k, found) if self.syntax.pos[c] in ("NOUN", "PROPN", "PRON")]
            if others:
                found = others[0]
        if found is not None and self.clause_adverb(found):
            # "Zuvor/nsubj hatte schon Gonzalo Higuain/nsubj den Ball ... gejagt": an adverb is no subject
            others = [c for c in self._other_subjects(k, found) if not self.clause_adverb(c)]
            found = others[0] if others else None
        if found is not None and self._taken_up(found):
            # "Das gab die Polizei/nsubj bekannt", "Das habe der Oberste Gerichtshof/obl entschieden":
            # the phrase after the finite verb is the subject, the demonstrative the object
            others = [c for c in self._other_subjects(k, found) if c > found and self._may_be_nominative(c)] \
                or self._bare_masculine(k)
            if others:
                return others[0]
        inner = None if found is None else self._subject_inside(found)
        if inner is not None:
            return inner
        if found is not None and self.timex_at[found] >= 0:
            # "Mitte Mai hatten die Täter ... erbeutet": a date is never who acts
            others = self._other_subjects(k, found)
            if others:
                return others[0]
        if found is not None and self.in_dateline(found):
            others = [c for h in self.coordinated_with(k) for c in self.children[h]
                      if self.syntax.dep[c] in ("nsubj", "nsubj:pass") and not self.in_dateline(c)
                      and not self._prepositional(c) and self.timex_at[c] < 0] or self._auxiliary_subjects(k)
            return others[0] if others else found
        if found is None or self.syntax.dep[found] not in ("nsubj", "nsubj:pass"):
            root = self._root_subject(k)
            if root is not None:
                return root
        if found is not None and self._ambiguous_case(found):
            # "Das Geld dafür lieferte der neuseeländische Investor Richard Chandler": "der" before a masculine
            # singular noun can only be a nominative, so the "das"/"die" phrase is the object
            others = [c for c in self._other_subjects(k, found) if c > found and self._masculine_nominative(c)]
            if others:
                return others[0]
        if found is not None and self._oblique(found):
            # "Den ersten Versuch wehrte Lackner ab" with two subjects: "den" begins an object; a word the
            # tagger took for a verb is no subject ("im Brettspiel Go/VERB hat die ... AlphaGo")
            others = [c for c in self._other_subjects(k, found) if not self._oblique(c)
                      and self.syntax.pos[c] in ("NOUN", "PROPN", "PRON")] or [
                c for c in self.children[k] if self.syntax.dep[c] == "obj" and not self._oblique(c)
                and self.syntax.pos[c] in ("NOUN", "PROPN") and not self._prepositional(c)]
            if others:
                return others[0]
        return found

    def _taken_up(self, c: int) -> bool:
        """``Das``/``Dies`` alone before the finite verb at the start of a main
        clause (after a dateline, or after a comma: ``..., das gestand der
        Exlobbyist``), taking up what was said."""
        if self.tokens[c].text.lower() not in self.grammar.object_demonstratives or self.children[c]:
            return False
        s = self.sentences[self.sentence_of[c]]
        start = self.dateline_end[self.sentence_of[c]]
        nxt = c + 1
        return (c in (s.first_token, start) or self.tokens[c - 1].text in (",", ":", ";")) \
            and nxt < s.last_token and self.syntax.pos[nxt] in ("VERB", "AUX") \
            and self.feature(nxt, "VerbForm") in ("Fin", None)

    def _may_be_nominative(self, c: int) -> bool:
        """Not a phrase whose article shows another case: ``der`` before a
        feminine or plural noun is a genitive or dative (``aus dem der APA
        vorliegenden Programm``)."""
        dets = [d for d in self.children[c] if self.syntax.dep[d] == "det" and d < c]
        return not (dets and self.tokens[dets[0]].text.lower() == "der" and (
            self.feature(c, "Gender") == "Fem" or self.feature(c, "Number") == "Plur"))

    def _ambiguous_case(self, c: int) -> bool:
        """A phrase ``das`` or ``die`` opens, or a common noun with no article
        (``1,8 Milliarden Euro Verlust weist der Konzern aus``): nominative or
        accusative alike."""
        dets = [d for d in self.children[c] if self.syntax.dep[d] in ("det", "det:poss") and d < c]
        if not dets:
            return self.syntax.pos[c] == "NOUN"
        return self.tokens[dets[0]].text.lower() in ("das", "die")

    def _masculine_nominative(self, c: int) -> bool:
        """``der`` before a masculine singular noun (``der neuseeländische
        Investor``): only a nominative (Duden: the dative and genitive are
        ``dem``, ``des``)."""
        dets = [d for d in self.children[c] if self.syntax.dep[d] == "det" and d < c]
        return bool(dets) and self.tokens[dets[0]].text.lower() == "der" and self.feature(c, "Gender") == "Masc" \
            and (self.feature(c, "Number") == "Sing" or self.singular_by_verb(c)) \
            and self.syntax.pos[c] in ("NOUN", "PROPN") and self.syntax.pos[dets[0] - 1] not in ("ADP", "DET")

    def singular_clause(self, h: int) -> bool:
        """A clause whose finite verb shows the singular and none the plural (``die in Karenz gehen wird``)."""
        numbers = {self.feature(t, "Number") for t in [h] + self.deps_of(h, "aux", "aux:pass", "cop")
                   if self.syntax.pos[t] in ("VERB", "AUX") and self.feature(t, "VerbForm") not in ("Part", "Inf")
                   and self.feature(t, "Number")}
        return numbers == {"Sing"}

    def singular_by_verb(self, c: int) -> bool:
        """``der Konzern/Plur ... weist aus``, ``2009 habe der liberale Politiker/Plur ... übertragen``: a
        noun in its base form (singular and plural may share it) is singular as the subject of a singular
        finite verb, whatever number the tagger guessed (a finite verb agrees with its subject; a genitive
        plural, ``der Lehrer``, is never a verb's own phrase)."""
        if not self.syntax.dep[c].startswith("nsubj") or self.tokens[c].text.lower() != self.syntax.lemma[c].lower():
            return False
        return self.singular_clause(self.syntax.head[c])

    def _bare_masculine(self, k: int) -> list[int]:
        """A phrase of the verb with no preposition that ``der`` opens before a
        masculine singular noun: a nominative (``der Oberste Gerichtshof``),
        however the parser hung it."""
        out = []
        for c in self.children[k]:
            dets = [d for d in self.children[c] if self.syntax.dep[d] == "det" and d < c]
            if self.syntax.dep[c] in ("obl", "obj", "nmod") and self.case_marker(c) is None \
                    and self.timex_at[c] < 0 and dets and self.tokens[dets[0]].text.lower() == "der" \
                    and self.syntax.pos[dets[0] - 1] not in ("ADP", "DET") \
                    and self.feature(c, "Gender") in ("Masc", None) and self.feature(c, "Number") != "Plur" \
                    and self.syntax.pos[c] in ("NOUN", "PROPN"):
                out.append(c)
        return out

    def _subject_inside(self, c: int) -> int | None:
        """A noun phrase the parser hung as the subject of the subject (``Der
        Präsident Erdoğan/nsubj hat/det:poss Ministerpräsident/nsubj Davutoğlu ...
        beauftragt``, the auxiliary swallowed): a noun has no subject, so the
        phrase before it is the clause's subject and the outer one its object."""
        syn = self.syntax
        if syn.pos[c] not in ("NOUN", "PROPN"):
            return None
        swallowed = [a for a in self.children[c] if a < c and syn.pos[a] == "AUX" and syn.dep[a] != "cop"]
        for d in self.children[c]:
            if swallowed and d < swallowed[0] and syn.dep[d] == "nsubj" and syn.pos[d] in ("NOUN", "PROPN", "PRON") \
                    and self.case_marker(d) is None and self.timex_at[d] < 0 and not self.in_dateline(d):
                return d
        return None

    def clause_adverb(self, c: int) -> bool:
        """An adverb the parser made a subject: tagged one, or a listed adverb
        that opens the clause (``Demnach/NOUN soll Lula ...``), with no
        dependents of its own."""
        if self.mention_at[c] >= 0 or self.children[c]:
            return False
        return self.syntax.pos[c] == "ADV" or self.tokens[c].text.lower() in self.grammar.clause_adverbs

    def _other_subjects(self, k: int, found: int) -> list[int]:
        return [c for h in self.coordinated_with(k) for c in self.children[h] if c != found
                and self.syntax.dep[c] in ("nsubj", "nsubj:pass") and not self._prepositional(c)
                and self.timex_at[c] < 0]

    def _root_subject(self, k: int) -> int | None:
        """A noun root before the verb that the verb is joined to, or a second root."""
        j = k
        for _ in range(3):
            h = self.syntax.head[j]
            if h == j or self.syntax.dep[j] not in ("parataxis", "conj") or self.sentence_of[h] != self.sentence_of[k]:
                break
            if self._subject_as_root(h, j):
                return h
            j = h
        if self.syntax.dep[k] == "root":
            s = self.sentences[self.sentence_of[k]]
            roots = [h for h in range(s.first_token, k) if self.syntax.head[h] == h and self._subject_as_root(h, k)]
            if roots:
                return roots[0]
        return None

    def _subject_as_root(self, h: int, k: int) -> bool:
        """``Konvička, ein Dozent, hat ... organisiert`` parsed with the name as
        the root and the verb joined to it: the name before the verb is its subject."""
        return (self.syntax.dep[h] == "root" and h < k and self.syntax.pos[h] in ("NOUN", "PROPN")
                and self.syntax.dep[k] in ("conj", "root") and self.case_marker(h) is None and self.timex_at[h] < 0
                and not self.in_dateline(h) and self.feature(h, "Case") in ("Nom", None)
                and not any(self.syntax.dep[c] == "cc" for c in self.children[k]))

    def _auxiliary_subjects(self, k: int) -> list[int]:
        """Subjects the parser hung on the verb's auxiliary instead of the verb."""
        dep = self.syntax.dep
        return [c for a in self.children[k] if dep[a].startswith("aux") for c in self.children[a]
                if dep[c] in ("nsubj", "nsubj:pass") and not self._prepositional(c) and not self.in_dateline(c)]

    def _prepositional(self, k: int) -> bool:
        return any(self.syntax.dep[c] == "case" and self.syntax.pos[c] == "ADP" for c in self.children[k])

    def _oblique(self, k: int) -> bool:
        g = self.grammar
        low = self.tokens[k].text.lower()
        if low in g.oblique_pronouns:
            return True
        dets = [self.tokens[c].text.lower() for c in self.children[k] if self.syntax.dep[c] in ("det", "det:poss")]
        return bool(dets) and dets[0] in g.oblique_determiners and self.feature(k, "Number") != "Plur"

    def _bare_phrases(self, k: int) -> list[int]:
        """Nominal dependents of a verb (and of its auxiliaries) without a preposition."""
        known = self._bare.get(k)
        if known is None:
            known = self._bare[k] = self._find_bare_phrases(k)
        return list(known)

    def _find_bare_phrases(self, k: int) -> list[int]:
        out = []
        heads = [k] + [c for c in self.children[k] if self.syntax.dep[c].startswith("aux")]
        for h in heads:
            for c in self.children[h]:
                dep = self.syntax.dep[c]
                if dep in ("punct", "cc", "case", "advmod", "aux", "aux:pass", "cop", "det",
                           "ccomp", "xcomp", "advcl", "parataxis", "acl", "acl:relcl"):
                    continue
                if dep in ("compound:prt", "conj") and self.syntax.pos[c] not in ("PROPN", "NOUN", "PRON"):
                    continue  # a real particle or a coordinated verb; a name there is a misparse
                named = self.mention_at[c] >= 0
                if (self.syntax.pos[c] in ("NOUN", "PROPN", "PRON") or named) and self.case_marker(c) is None \
                        and self.timex_at[c] < 0 and self.tokens[c].text.lower() not in self.grammar.reflexives:
                    out.append(c)
        return sorted(set(out))

    def undergoes(self, k: int, particles: Sequence[int] = ()) -> bool:
        """Whether the verb's subject undergoes it (``starb``, ``stürzte ab``,
        ``erhielt``) or is what a state is said of (a copula: ``blieb``), read
        with its separable particle: a few particles make a verb whose subject
        acts (``steigen`` is undergone, ``steigt ... ein`` is done)."""
        g = self.grammar
        lemma = self.syntax.lemma[k].lower()
        words = [self.tokens[p].text.lower() for p in particles]
        full = words[0] + lemma if words and not lemma.startswith(words[0]) else lemma
        if full in g.agentive_particle_verbs:
            return False
        return lemma in g.unaccusative or full in g.unaccusative or lemma in g.receiving or lemma in g.copulas

    def _comma_prefield(self, k: int) -> int | None:
        """A main clause after a comma whose verb the parser joined to the one
        before (``..., Deutschland/conj hatte das Gruppenspiel ... verloren``):
        a name right before the clause's own finite auxiliary, right after the
        comma, is its subject (German verb-second order), whatever it was hung on."""
        syn = self.syntax
        if syn.head[k] == k or syn.dep[k] not in ("conj", "parataxis"):
            return None
        auxes = [a for a in self.children[k] if syn.dep[a] == "aux" and a < k and syn.pos[a] == "AUX"]
        if not auxes or auxes[0] < 2:
            return None
        j = auxes[0] - 1
        mi = self.mention_at[j]
        if mi < 0 or self.mentions[mi].label == "MISC":
            return None
        first = self.token_at(self.mentions[mi].start)
        if first < 1 or self.tokens[first - 1].text not in (",", ";") or self.sentence_of[first] != self.sentence_of[k]:
            return None
        return next((t for t in range(first, j + 1) if not first <= syn.head[t] <= j), first)

    def _v2_subject(self, k: int, objects: bool) -> int | None:
        candidates = [c for c in self._bare_phrases(k) if not self._oblique(c) and self.syntax.dep[c] != "iobj"
                      and (objects or self.syntax.dep[c] != "obj")]
        if not candidates:
            return self._prefield_subject(k) if objects else None
        finite = min([k] + [c for c in self.children[k] if self.syntax.dep[c].startswith("aux")])
        before = [c for c in candidates if c < finite]
        after = [c for c in candidates if c > finite]
        if before and self.sentence_of[before[-1]] == self.sentence_of[k]:
            return before[-1]
        return after[0] if after else None

    def passive(self, k: int) -> bool:
        return any(self.syntax.dep[c] in ("aux:pass", "nsubj:pass") for c in self.children[k]) or \
            self._under_auxiliary(k) and self.syntax.lemma[self.syntax.head[k]] in self.grammar.passive_aux

    def _bare_participle(self, k: int) -> bool:
        """A participle without an auxiliary that sets off a phrase of its own
        (``Der Schatz vom Toplitzsee, von Franz Antel verfilmt, floppte``): a
        transitive verb's participle so used is passive in sense (Duden:
        Partizip II, attributive and appositive use), and ``von X`` before it
        is its agent."""
        syn = self.syntax
        return self.feature(k, "VerbForm") == "Part" and syn.dep[k] in ("advcl", "acl") \
            and not any(syn.dep[c].startswith("aux") for c in self.children[k]) and not self._under_auxiliary(k)

    def _under_auxiliary(self, k: int) -> bool:
        """A participle the parser hung under its own auxiliary (``wurde/root ...
        festgenommen/acl``). A verb with a conjunction of its own (``wurde ...
        aufmerksam, als er sie heiratete``) heads a clause of its own: the
        main clause's auxiliary is not its."""
        h = self.syntax.head[k]
        return h != k and h < k and self.syntax.pos[h] == "AUX" and self.sentence_of[h] == self.sentence_of[k] \
            and self.syntax.pos[k] == "VERB" and not any(self.syntax.dep[c] == "mark" for c in self.children[k])

    def arguments(self, k: int, particles: Sequence[int] = (), actor: bool = True) -> list[tuple[int, str]]:
        """Who did it and to whom, for the verb ``k``: (head token, ``agent`` or
        ``patient``). Active: the subject is the agent and the objects are
        patients; passive, and with a verb whose subject undergoes it
        (``starb``, ``geriet``): the subject is the patient; ``von``/``durch`` X
        is the agent of a passive."""
        if self.syntax.dep[k] == "cop":
            # "Der Laden ist gepflegt": the copula's subject is its predicate's, what the state is said of
            h = self.syntax.head[k]
            subject = None if h == k else self.actor_subject(h) if actor else self.subject(h)
            # (a guess after the predicate is more often a phrase of its own: "ist Präsident Frankreichs")
            sure = subject is not None and (self.syntax.dep[subject] in ("nsubj", "nsubj:pass") or subject < k)
            return [(subject, "patient")] if sure and subject != k else []
        # "wurde von X geschleppt und versenkt": a participle coordinated with a
        # passive one shares its auxiliary and its agent
        # ("wurden beraten und haben drei Profile erhalten": one with an auxiliary of its own does not)
        shared = self.coordinated_with(k)[1:] if self.feature(k, "VerbForm") == "Part" and not any(
            self.syntax.dep[c] == "aux" for c in self.children[k]) else []
        passive = self.passive(k) or any(self.passive(h) for h in shared)
        out: list[tuple[int, str]] = []
        controller = self._controller(k, actor)
        subject = controller if controller != -1 else self.actor_subject(k) if actor else self.subject(k)
        lemma = self.syntax.lemma[k].lower()
        if subject is not None and lemma in self.grammar.existential_verbs and not passive \
                and self.tokens[subject].text.lower() == "es":
            subject = None  # "es gibt Tote": a placeholder, no one who acts
        if subject is not None:
            undergoes = passive or self.undergoes(k, particles) or lemma in self.grammar.measure_verbs
            out.append((subject, "patient" if undergoes else "agent"))
        if lemma not in self.grammar.measure_verbs or passive:  # ("betrug 3,9 Prozent": a measure)
            # (an infinitive clause's objects are all its own: "versuchte, Rabin umzubringen")
            objects = self.objects(k, particles, actor=actor) if controller == -1 else \
                self._marked_objects(k, particles, None) or self._accusative_phrase(k, subject)
            out += [(c, "patient") for c in objects if c != subject and not self._reflexive_of(c, subject)]
        if passive or self._bare_participle(k):
            for h in [k] + shared:
                # "am Montag von X vorgestellt" with "von X" hung on the date: a date names no one's
                near = self.children[h] + [c for t in self.children[h] if actor and self.timex_at[t] >= 0
                                           for c in self.children[t] if self.syntax.dep[c] == "nmod"]
                agents = [c for c in near if self.syntax.dep[c] == "obl:agent" or (
                    self.syntax.dep[c] in ("obl", "nmod") and self.case_marker(c) in self.grammar.agent_preps)]
                if agents:
                    out += [(c, "agent") for c in agents]
                    break
        return out

    def _controller(self, k: int, actor: bool) -> int | None:
        """The subject of an infinitive clause, which has none of its own: the
        governing verb's subject (``versuchte, Rabin umzubringen``), its object
        where it asks or lets someone do it (``forderte ihn auf, zu gehen``,
        ``ließ ihn gehen``; of a passive such verb, its subject: ``wurden
        aufgerufen, ... zu beten``); under a noun or an adjective, the subject of
        its clause (``ist bereit, ... einzurichten``; ``hatte Gelegenheit, ...
        zu besuchen``). -1 where the verb is no such infinitive."""
        syn = self.syntax
        chain = self.coordinated_with(k)
        first = chain[-1]
        if not self._infinitive(first) or not self._infinitive(k) \
                or syn.dep[first] not in ("xcomp", "advcl", "acl", "ccomp") \
                or any(syn.dep[c] in ("nsubj", "nsubj:pass") for h in chain for c in self.children[h]):
            return -1
        h = syn.head[first]
        if h == first or self.sentence_of[h] != self.sentence_of[k]:
            return -1
        if syn.pos[h] in ("NOUN", "PROPN", "ADJ"):
            own = [c for c in self.children[h] if syn.dep[c] in ("nsubj", "nsubj:pass") and not self._prepositional(c)]
            if own:
                return own[0]
            if syn.head[h] == h or syn.pos[syn.head[h]] not in ("VERB", "AUX"):
                return None
            h = syn.head[h]
        lemma = syn.lemma[h].lower()
        prt = [self.tokens[c].text.lower() for c in self.children[h] if syn.dep[c] == "compound:prt"]
        if (prt[0] + lemma if prt and not lemma.startswith(prt[0]) else lemma) in self.grammar.object_control:
            if self.passive(h):
                return self.subject(h)
            found = [c for c in self.children[h] if syn.dep[c] in ("obj", "iobj") and c != first
                     and self.tokens[c].text.lower() not in self.grammar.reflexives]
            return found[0] if found else None
        if self.passive(h):
            return None  # "Es wurde beschlossen, ... zu bauen": whoever it was, unnamed
        return self.actor_subject(h) if actor else self.subject(h)

    def _infinitive(self, k: int) -> bool:
        """An infinitive: so tagged, or with its ``zu`` (the tagger leaves some untagged)."""
        form = self.feature(k, "VerbForm")
        return form == "Inf" or form is None and self.syntax.pos[k] == "VERB" and any(
            self.syntax.dep[c] == "mark" and self.tokens[c].text.lower() == "zu" for c in self.children[k])

    def _reflexive_of(self, c: int, subject: int | None) -> bool:
        """A reflexive pronoun, the subject's own (``sich äußern``, ``ich freue mich``): no one
        else the verb acts on (most are a verb's fixed part: ``sich aussprechen``, ``sich
        entscheiden``), so no patient; ``mich`` with another subject is one (``er sah mich``)."""
        word = self.tokens[c].text.lower()
        if word == "sich":
            return True
        person = dict(self.grammar.reflexive_persons).get(word)
        return person is not None and subject is not None and self.tokens[subject].text.lower() == person

    def _prefield_subject(self, k: int) -> int | None:
        """A main clause that opens with a bare noun phrase before its first verb
        (``Die russische Delegation war ... empfangen worden``): that phrase is
        the subject, wherever the parser hung it."""
        s = self.sentences[self.sentence_of[k]]
        pos = self.syntax.pos
        first_verb = next((j for j in range(s.first_token, s.last_token) if pos[j] in ("VERB", "AUX")), None)
        if first_verb is None or first_verb > k or first_verb == s.first_token:
            return None
        head, commas = None, []
        for j in range(s.first_token, first_verb):
            named = self.mention_at[j] >= 0  # a name whatever its tags ("Kim Jong/PROPN Un/ADV")
            if self.tokens[j].text == "," and head is not None:
                commas.append(j)  # "Al-Hassani, ein sunnitischer Araber, wurde": an apposition
                continue
            if (pos[j] not in ("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM") and not named) or self.timex_at[j] >= 0:
                return None
            if (pos[j] in ("NOUN", "PROPN", "PRON") or named) and not commas:
                head = j
        if commas and (len(commas) != 2 or commas[-1] != first_verb - 1):
            return None
        if head is None or self._oblique(head) or self.tokens[head].text.lower() in self.grammar.reflexives:
            return None
        return head

    def objects(self, k: int, also: Sequence[int] = (), actor: bool = False) -> list[int]:
        """Direct and indirect objects of the verb ``k`` (and of the tokens in
        ``also``: its separable particle), the subject excluded; where the parser
        gave none, a phrase after the verb that only an accusative article can
        begin (``empfing am Montag den Präsidenten``), wherever it was hung."""
        subj = self.actor_subject(k) if actor else self.subject(k)
        plain = self.subject(k) if actor else subj
        inside = subj is not None and self.syntax.head[subj] == plain  # ("Erdoğan/nsubj hat Davutoğlu/nsubj")
        if plain is not None and plain != subj and (self._oblique(plain) or inside):
            # the phrase the parser called the subject, which its article shows an object
            return [plain] + [c for h in (k, *also) for c in self.children[h] if c not in (subj, plain)
                              and self.syntax.dep[c] in ("obj", "iobj")]
        found = self._marked_objects(k, also, subj)
        if actor:
            found += [c for c in self._subject_as_object(k, also, subj) + self._after_swallowed_aux(subj)
                      if c not in found]
        return found or self._accusative_phrase(k, subj)

    def _marked_objects(self, k: int, also: Sequence[int], subj: int | None) -> list[int]:
        # a bare "obl:arg" (no preposition) is an object the parser did not call one:
        # "sich dem Mars nähern", "hatte den Bericht zurückgewiesen"
        return [c for h in (k, *also) for c in self.children[h] if c != subj and (
            self.syntax.dep[c] in ("obj", "iobj") or self.syntax.dep[c] == "obl:arg" and self.case_marker(c) is None
            and self.syntax.pos[c] in ("NOUN", "PROPN") and self.timex_at[c] < 0)]

    def _after_swallowed_aux(self, subj: int | None) -> list[int]:
        """A phrase the parser hung inside the subject's phrase with the clause's
        finite auxiliary as its dependent (``Erdoğan/nsubj hat/det:poss
        Ministerpräsident/nmod Davutoğlu ... beauftragt``): after the subject and
        the auxiliary in verb-second order, it is the object."""
        if subj is None:
            return []
        syn = self.syntax
        return [t for t in self.subtree(subj) if t > subj and syn.pos[t] in ("NOUN", "PROPN")
                and syn.dep[t] in ("nmod", "appos", "conj") and self.case_marker(t) is None
                and any(a < t and syn.pos[a] == "AUX" and syn.dep[a] != "cop" and syn.lemma[a] in ("haben", "sein")
                        and self.feature(a, "VerbForm") in ("Fin", None) for a in self.children[t])][:1]

    def _subject_as_object(self, k: int, also: Sequence[int], subj: int | None) -> list[int]:
        """Phrases the parser made subjects that a clause with its subject known
        can only have as objects: one before the verb when a pronoun only a
        subject can be follows it (``Die Todesurteile/nsubj ... wandelte er/nsubj
        um``), and one hung on the separable particle, which has no subject
        (``gab die Festnahme/nsubj ... bekannt/xcomp``)."""
        syn = self.syntax
        sure = subj is not None and subj > k and self.tokens[subj].text.lower() in self.grammar.nominative_pronouns
        out = []
        for h in (k, *also):
            for c in self.children[h]:
                if c == subj or syn.dep[c] != "nsubj" or syn.pos[c] not in ("NOUN", "PROPN") \
                        or self._prepositional(c) or self.timex_at[c] >= 0 or self.in_dateline(c) \
                        or not any(syn.dep[d] == "det" and d < c for d in self.children[c]):
                    continue  # (an article shows a phrase: "Nebenbei/nsubj erteilte er", "Ais/nsubj ... erntete er")
                lo, hi = min(c, k), max(c, k)
                if any(self.syntax.pos[j] == "PUNCT" for j in range(lo + 1, hi)):
                    continue  # another stretch of the sentence ("..., so die Agenturgründer weiter")
                if (h == k and sure and c < k) or (h != k and subj is not None):
                    out.append(c)
        return out

    def _accusative_phrase(self, k: int, subj: int | None) -> list[int]:
        s = self.sentences[self.sentence_of[k]]
        dep, head, pos = self.syntax.dep, self.syntax.head, self.syntax.pos
        # the subject before the verb, a bare name right after it: the object
        # ("Kim traf Schoigu am Mittwoch"), wherever the parser hung it
        nxt = k + 1
        if subj is not None and subj < k and nxt < s.last_token and self.mention_at[nxt] >= 0 \
                and self.mention_at[nxt] != self.mention_at[subj] and pos[k] == "VERB" \
                and self.case_marker(nxt) is None and (nxt == 0 or self.mention_at[nxt - 1] != self.mention_at[nxt]):
            return [nxt]
        for j in range(k + 1, s.last_token):
            if pos[j] in ("VERB", "AUX", "SCONJ") or self.tokens[j].text in (",", ";", ":"):
                break
            if self.tokens[j].text.lower() in self.grammar.accusative_determiners and dep[j] == "det":
                noun = head[j]
                for _ in range(3):  # "den französischen Präsidenten Emmanuel Macron": up to the name
                    up = head[noun]
                    if dep[noun] in ("compound", "flat", "flat:name") and pos[up] in ("NOUN", "PROPN") \
                            and up > j and self.case_marker(up) is None and self.timex_at[up] < 0:
                        noun = up
                    else:
                        break
                if noun != subj and pos[noun] in ("NOUN", "PROPN") and self.case_marker(noun) is None \
                        and self.feature(noun, "Number") != "Plur":
                    return [noun]
        return []

    def mentions_in(self, tokens: Sequence[int]) -> list[int]:
        """Indexes of the mentions that have a token among ``tokens``, in text order."""
        seen: dict[int, None] = {}
        for k in tokens:
            if self.mention_at[k] >= 0:
                seen.setdefault(self.mention_at[k], None)
        return sorted(seen)

    def span_text(self, first: int, last: int) -> str:
        """The text from token ``first`` to token ``last`` (inclusive)."""
        return self.text[self.tokens[first].start:self.tokens[last].end]


def quote_spans(text: str, marks: dict[str, str]) -> list[tuple[int, int]]:
    """(opening, closing) positions of quotation mark pairs: „…“, »…«, «…», "…", “…”.
    A quote never crosses a line break; an unclosed mark is dropped."""
    closers = dict(marks)
    all_marks = set(closers) | set("".join(closers.values()))
    pattern = re.compile("[" + re.escape("".join(sorted(all_marks))) + "]")
    n = len(text)
    spans: list[tuple[int, int]] = []
    open_ch, open_pos = "", -1
    for m in pattern.finditer(text):
        p, ch = m.start(), m.group()
        nxt = text[p + 1] if p + 1 < n else " "
        prev = text[p - 1] if p > 0 else " "
        if open_pos >= 0:
            if p - open_pos > MAX_QUOTE_CHARS or text.find("\n", open_pos, p) != -1:
                open_pos = -1
            elif ch in closers[open_ch] and not (ch == '"' and prev.isspace() and not nxt.isspace()):
                if p > open_pos + 1:
                    spans.append((open_pos, p))
                open_pos = -1
                continue
            elif ch == open_ch and ch in "„»«" and not nxt.isspace():
                open_pos = p  # the earlier one was never closed
                continue
            else:
                continue
        if ch in closers and not nxt.isspace() and p + 1 < n:
            if ch in "\"“" and nxt in ".,;:!?)":
                continue  # a closing mark of nothing
            if ch == "\"" and prev.isalpha() and not nxt.isupper():
                continue  # 'haben".' or an inch mark
            open_ch, open_pos = ch, p
    return spans
