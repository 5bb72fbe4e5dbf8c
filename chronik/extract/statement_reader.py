"""What the statement extractor reads off one article: words, mood, clauses,
speakers and dates over the ArticleView (``chronik.extract.statements`` runs
the cascade of frames on it).
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence

from chronik.extract.view import DATELINE_DASHES
from chronik.records import Quote, Statement

# "..., sagte der Minister am Montag in Berlin.": the most words a frame after
# its content has (counted on the Wikinews tuning part: 20 keeps frames with an
# occasion and a place, "erklärte X nach einem Treffen mit Y in der Küstenstadt Z";
# longer tails are a main clause after a subordinate one).
MAX_FRAME_TAIL = 20
# Quotation mark pairs from which on an article counts as printing speech between them.
MIN_MARKED_QUOTES = 2
# Most capitalised words of a dateline's place and agency ("Sankt Pölten (APA) –").
MAX_DATELINE_WORDS = 3
# Most tokens an aside between two dashes runs over ("X – seit zwei Jahren Parteichef – sagte").
MAX_ASIDE = 12
# "TransCanada ... Die Firma teilte mit": how many sentences back an organisation noun looks for the
# organisation it stands for (two covers the judged 10kGNAD samples' cases; further back the
# article has moved on to others).
ORGANISATION_SENTENCES = 2
# "der Vorsitzende des Vorstands der Stadtwerke Nord, Karl Hofbauer": the most words a role's
# phrase runs before the comma of the name set off after it.
MAX_ROLE_PHRASE = 8
# "wie X mitteilte": the most tokens back from the verb to its "wie" (without an apposition, and with one
# between commas: "wie Anna Berger, Direktorin des Landesamts für Verkehr, mitteilte"; the longer limit
# also for a "wie" that opens its clause with no verb before the frame's: "Wie die Forscher um X im
# Fachjournal Y schreiben, ...").
MAX_WIE_PLAIN = 10
MAX_WIE_FRAME = 16
# "wie X, Sprecher der Y, am Montag in Bangkok mitteilte": the most words of a place or time phrase between an
# apposition's closing comma and the verb of a "wie" frame.
MAX_ADVERBIAL_TAIL = 5
# Most words of a name or title in quotation marks that can be a speaker ("Aktion Deutschland hilft").
MAX_QUOTED_NAME = 4
# ... and with a definite article before its opening mark, which makes it a name ("die „Kampagne für ein
# Freies Tibet“"; an organisation's name runs longer than a title).
MAX_ARTICLED_NAME = 7
# The marks that open or close a quotation (not the typewriter apostrophe: it mostly elides a letter).
QUOTE_MARKS = frozenset('"„“”»«‚‘’›‹')
_QUOTE_CHARS = "„“”»«\"‚‘’'"
_SPEAKER_LABELS = ("PER", "ORG", "LOC")
_NP_DEPS = frozenset({"det", "det:poss", "amod", "flat", "flat:name", "compound", "appos", "nmod:poss", "nummod"})


def same_role(earlier: str, later: str) -> bool:
    """``Verkehrsministerin`` then ``die Ministerin``: the same role, a compound and its head alike."""
    return earlier == later or earlier.endswith(later) or later.endswith(earlier)


class StatementReader:
    """Lookups over one article that the statement frames share."""

    def __init__(self, v, quotes: Sequence[Quote], lex) -> None:
        self.v, self.lex = v, lex
        self.quotes = tuple(quotes)
        self.n = len(v.tokens)
        # short person name -> the fullest form of it in the article
        # each person mention's name, cut and completed on the parse (``person_name``)
        self.names = {i: self.person_name(i) for i, m in enumerate(v.mentions) if m.label == "PER"}
        forms = sorted(set(self.names.values()))
        words = {f: f.split() for f in forms}
        self.full = {f: max((g for g in forms if set(words[f]) <= set(words[g])),
                            key=lambda g: (len(words[g]), not g.endswith("s"), g)) for f in forms}
        # Whether the article prints speech between quotation marks: two pairs at least (one
        # may be a headline's, as in 10kGNAD, whose bodies lost their marks).
        self.marks_speech = len(v.quotes) >= MIN_MARKED_QUOTES
        self.speakers: list[tuple[int, str, bool]] = []  # (position, name, is a person)
        # the head noun of each speaker who is no person, by position: an antecedent of "sie"/"er" (see group_for)
        self.group_heads: list[tuple[int, str, int]] = []  # (position, name, head token)
        self.role_names: list[tuple[int, str, str]] = self.introduced_roles()  # (position, role, name)
        self.dateline: frozenset[int] = self.datelines()

    def datelines(self) -> frozenset[int]:
        """The tokens of each dateline (``Wien –``, ``Berlin (APA) –``): a place, and maybe an agency in
        brackets, before a dash at the start of a text or sentence; a place that is never a speaker."""
        v = self.v
        out: set[int] = set()
        for d, tok in enumerate(v.tokens):
            if tok.text not in DATELINE_DASHES:
                continue
            a = d
            if a > 0 and v.tokens[a - 1].text == ")":
                opening = next((j for j in range(a - 2, max(-1, a - 6), -1) if v.tokens[j].text == "("), None)
                if opening is None:
                    continue
                a = opening
            words = 0
            while a > 0 and words < MAX_DATELINE_WORDS and v.tokens[a - 1].text[:1].isupper():
                a, words = a - 1, words + 1
            starts = a == 0 or v.tokens[a - 1].text in (".", "!", "?", ":") or "\n" in v.text[
                v.tokens[a - 1].end:v.tokens[a].start]
            person = any(v.mention_at[j] >= 0 and v.mentions[v.mention_at[j]].label == "PER" for j in range(a, d))
            # ("X – seit zwei Jahren Parteichef – kündigte an": a dash that opens an aside closes it)
            aside = any(v.tokens[j].text in DATELINE_DASHES for j in range(d + 1, min(self.n, d + MAX_ASIDE)))
            if words and starts and not person and not aside:
                out.update(range(a, d + 1))
        return frozenset(out)

    def introduced_roles(self) -> list[tuple[int, str, str]]:
        """``Verkehrsministerin Anna Berger``: each person named right after a role noun, with that role,
        so that a later ``die Verkehrsministerin`` or ``die Ministerin`` resolves to them (in text order)."""
        v = self.v
        out = []
        for i, m in enumerate(v.mentions):
            a = v.token_at(m.start)
            if m.label != "PER" or a < 1 or v.pos(a) != "PROPN" or not self.is_role(a - 1) \
                    or v.feature(a - 1, "Number") == "Plur":
                continue  # (a plural role before a word the recognizer took for a name)
            text = self.names.get(i, m.text)
            out.append((v.tokens[a - 1].start, v.lemma(a - 1).lower(), self.full.get(text, text)))
        return out

    def person_name(self, i: int) -> str:
        """The name of person mention ``i``: a name never runs on into a determiner or a
        common noun (``Peter McDonald das Setting``, ``Franz Küberl von Konzernen``), and, where it
        ends in a short particle (``Maggie De``), takes the proper noun the parser hangs on it (``Block``)."""
        v = self.v
        m = v.mentions[i]
        a, b = v.token_at(m.start), v.token_at(m.end) - 1
        if b < a or b >= self.n:
            return m.text
        end = b
        for j in range(a + 1, b + 1):
            w = v.tokens[j].text
            if not w[:1].islower():
                continue
            after_particle = v.tokens[j - 1].text[:1].islower()
            if (v.pos(j) == "DET" and not after_particle) or (
                    v.pos(j) in ("ADP", "DET") and j + 1 <= b and v.pos(j + 1) == "NOUN"):
                end = j - 1
                break
        while end == b and len(v.tokens[end].text) <= 3 and end + 1 < self.n and v.mention_at[end + 1] < 0 \
                and v.pos(end + 1) in ("PROPN", "NOUN") \
                and v.tokens[end + 1].text[:1].isupper() and v.head(end + 1) in range(a, end + 1) \
                and v.dep(end + 1) in ("flat", "flat:name") and "\n" not in v.text[v.tokens[end].end:v.tokens[end + 1].start]:
            end += 1
            b = end
        if end < a:
            return m.text
        return v.text[v.tokens[a].start:v.tokens[end].end]

    # -- words ------------------------------------------------------------------
    def low(self, k: int) -> str:
        return self.v.tokens[k].text.lower()

    def in_quote(self, k: int) -> bool:
        return self.v.in_quote(self.v.tokens[k].start)

    def quoted_name(self, k: int) -> bool:
        """``Wie „heise online“ berichtet``, ``die „Aktion Deutschland hilft“``: a word inside a short
        quotation that opens with a capital and has no verb, the title or name of a speaker, not speech."""
        v = self.v
        off = v.tokens[k].start
        i = bisect.bisect_right([o for o, _ in v.quotes], off) - 1
        if i < 0 or not (v.quotes[i][0] < off < v.quotes[i][1]):
            return False
        a, b = v.quotes[i]
        inner = [j for j in range(v.token_at(a), min(self.n, v.token_at(b) + 1))
                 if a < v.tokens[j].start and v.tokens[j].end < b + 1 and v.tokens[j].text[:1].isalnum()]
        # (a verb in it makes it speech, unless an article right before the mark makes it a name:
        # "die „Aktion Deutschland hilft“")
        opening = v.token_at(a)
        named = opening > 0 and v.pos(opening - 1) == "DET" and self.low(opening - 1) in self.lex.definite_articles
        return 0 < len(inner) <= (MAX_ARTICLED_NAME if named else MAX_QUOTED_NAME) and (v.tokens[inner[0]].text[:1].isupper() or v.pos(inner[0]) == "PROPN"
                                                   or inner[0] == k) and (named or not any(
            v.pos(j) in ("VERB", "AUX") and v.tokens[j].text[:1].islower() for j in inner))

    def particle(self, k: int) -> int | None:
        """The separable prefix of verb ``k`` (``teilte ... mit``), also where the parser took it
        for an adjective or adverb (``stellte klar, dass``, ``stellte fest, dass``: the verb with
        it is a speech verb, the verb alone is not)."""
        v = self.v
        prt = [c for c in v.children[k] if v.dep(c) == "compound:prt"]
        if prt:
            return prt[0]
        lemma = v.lemma(k).lower()
        if lemma in self.lex.speech_verbs:
            return None
        # (a prefix the tagger read as a preposition stands at the end of its clause: "teilte auch mit, ...")
        # ("machte klar, dass": an adjective the parse took for the object)
        return next((c for c in v.children[k] if (c > k or c == k - 1) and v.dep(c) in ("xcomp", "advmod", "compound",
                                                                                        "obj")
                     and (v.pos(c) in ("ADJ", "ADV") or (v.pos(c) == "ADP" and c > k and c + 1 < self.n
                                                         and not v.tokens[c + 1].text[:1].isalnum()))
                     and (self.low(c) + lemma in self.lex.speech_verbs
                          or self.low(c) + lemma in self.lex.content_verbs)), None)  # ("fanden heraus, dass")

    def verb_lemma(self, k: int) -> str:
        prt = self.particle(k)
        lemma = self.v.lemma(k).lower()
        if prt is None and lemma not in self.lex.speech_verbs:
            # "wie heute bekannt wurde": the prefix parsed as the verb, the verb as its auxiliary
            for c in self.v.children[k]:
                if self.v.dep(c) in ("aux", "aux:pass", "cop") and self.low(k) + self.v.lemma(c).lower() \
                        in self.lex.speech_verbs:
                    return self.low(k) + self.v.lemma(c).lower()
        return (self.low(prt) + lemma) if prt is not None else lemma

    def is_role(self, k: int) -> bool:
        # (a capitalised adjective is a noun the tagger missed: "Tirol-Trainer"; the word itself counts
        # where the lemma of a nominalised adjective is cut: "Vorsitzende" -> "Vorsitzend")
        noun = self.v.pos(k) == "NOUN" or (self.v.pos(k) == "ADJ" and self.v.tokens[k].text[:1].isupper())
        for w in (self.v.lemma(k).lower(), self.low(k) if noun else ""):
            if w in self.lex.role_nouns or (noun and w.endswith(self.lex.role_suffixes)):
                return True
        return False

    def subjunctive(self, toks: Sequence[int], any_mood: bool = False) -> bool:
        """A finite verb in Konjunktiv I; with ``any_mood`` (after a speech verb,
        where Konjunktiv II stands in for it: ``hätten angegriffen``) also II."""
        v = self.v
        for k in toks:
            if self.in_quote(k):
                continue
            w = self.low(k)
            if v.pos(k) not in ("VERB", "AUX") and not (w in self.lex.subjunctive_forms and v.tokens[k].text[:1].islower()) \
                    and not self.konjunktiv_one(k):
                continue  # (a Konjunktiv I form the tagger took for another word: "sein Land plane", "lenke ... ab")
            if w in self.lex.subjunctive_forms or (v.feature(k, "Mood") == "Sub" and (
                    any_mood or w not in self.lex.konjunktiv_ii)) or (any_mood and w in self.lex.konjunktiv_ii):
                return True
            if any_mood and v.pos(k) in ("VERB", "AUX") and self.umlaut_subjunctive(k):
                return True
            if self.konjunktiv_one(k) and not (k > 0 and self.low(k - 1) in self.lex.first_person_singular):
                return True
        return False

    def umlaut_subjunctive(self, k: int) -> bool:
        """``befände``, ``lägen``, ``gäbe``: a strong verb's Konjunktiv II, its stem umlauted where the
        infinitive has none, ending in ``-e``/``-en`` (a present form with umlaut ends in ``-t``:
        ``fährt``, ``hält``), whatever the tagger's mood."""
        w, lemma = self.low(k), self.v.lemma(k).lower()
        umlaut = [c for c in "äöü" if c in w]
        return bool(umlaut) and w.endswith(("e", "en")) and not any(c in lemma for c in umlaut) and len(w) > 3

    def main_subjunctive(self, toks: Sequence[int], main_only: bool = True) -> bool:
        """The sentence's own finite verb (the root or its auxiliary) is in Konjunktiv I
        (with ``main_only`` False: any of ``toks``)."""
        v = self.v
        for k in toks:
            if self.in_quote(k) or (v.pos(k) not in ("VERB", "AUX") and not self.konjunktiv_one(k) and not (
                    not main_only and self.verb_read_as_other(k) and self.low(k) in self.lex.subjunctive_forms)):
                continue
            main = not main_only or v.head(k) == k or (
                v.dep(k) in ("aux", "cop", "aux:pass") and v.head(v.head(k)) == v.head(k))
            own = {self.low(j) for j in (k - 1, k + 1) if 0 <= j < self.n}
            # "werde", "habe" are first person indicative and third person Konjunktiv I alike: the
            # tagger's person counts only where the subject is not a third person ("Er werde ...")
            subj = v.subject(v.head(k) if v.dep(k) in ("aux", "cop", "aux:pass") else k)
            first = v.feature(k, "Person") == "1" and (subj is None or self.low(subj) in self.lex.first_second_person)
            if main and not first and not own & self.lex.first_second_person and (
                    self.low(k) in self.lex.subjunctive_forms or self.konjunktiv_one(k) or (
                    v.feature(k, "Mood") == "Sub" and v.feature(k, "Tense") == "Pres"
                    and self.low(k) not in self.lex.konjunktiv_ii and not self.weak_preterite(k))):
                return True
        return False

    def konjunktiv_one(self, k: int) -> bool:
        """``diene``, ``befinde``, ``weise ... auf``: the third person singular Konjunktiv I, the infinitive
        (less its separable prefix) less its ``-n`` (the indicative ends in ``-t``: ``dient``), whatever the tagger's mood (the first person singular
        looks alike: the caller rules out ``ich``)."""
        v = self.v
        w, lemma = self.low(k), v.lemma(k).lower()
        # (the tagger may read it as an adverb where it heads its sentence: "Sein Programm diene ...")
        verb = (v.pos(k) in ("VERB", "AUX") and v.dep(k) not in ("amod", "nmod", "obl", "obj", "nsubj", "det")) \
            or (v.pos(k) == "ADV" and v.head(k) == k)  # (not an adjective the tagger took for a verb: "enge")
        return verb and v.tokens[k].text[:1].islower() and lemma.endswith("en") \
            and len(w) > 3 and lemma.endswith(w + "n") and v.feature(k, "VerbForm") not in ("Inf", "Part")

    def verb_read_as_other(self, k: int) -> bool:
        """``Die Regierung plane ...``: a finite verb the tagger read as an adverb (a Konjunktiv I form of
        the lexicon, or a lower-case word it lemmatised to an infinitive)."""
        v = self.v
        w = v.tokens[k].text
        return w[:1].islower() and v.pos(k) in ("ADV", "ADJ", "NOUN") and (
            self.low(k) in self.lex.subjunctive_forms or (v.pos(k) == "ADV" and v.lemma(k).endswith("en")
                                                         and v.lemma(k).lower() != self.low(k)))

    def weak_preterite(self, k: int) -> bool:
        """``rückte``, ``wählten``: a weak verb's preterite (its stem and ``-te``), which the tagger
        may read as a Konjunktiv; a stem ending in ``t`` or ``d`` has its Konjunktiv I in ``-te``
        too (``er berichte``, ``sie halte``) and is left as read."""
        lemma = self.v.lemma(k).lower()
        stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith("n") else None
        return bool(stem) and not stem.endswith(("t", "d")) and self.v.weak_preterite(k)

    def leading_subjunctive(self, toks: Sequence[int]) -> bool:
        """A Konjunktiv I form in the sentence's first clause, that clause a main clause (read off
        the words where the parse misses the root: ``Der Mann sei 18 bis 25 Jahre alt, ...``)."""
        v = self.v
        toks = self.trim(toks)
        if not toks or self.low(toks[0]) in self.lex.subordinators or v.pos(toks[0]) == "SCONJ":
            return False
        for k in toks:
            if v.tokens[k].text in (",", ";", ":") or self.in_quote(k) or v.pos(k) == "SCONJ":
                return False
            w = self.low(k)
            if w in self.lex.first_second_person:
                return False
            if w in self.lex.subjunctive_forms and v.tokens[k].text[:1].islower() and k != toks[0]:
                return True
        return False

    def reportive(self, toks: Sequence[int]) -> int | None:
        """``Dabei sollen ... verhaftet worden sein``, ``Der Stern soll größer sein``: the modal of hearsay,
        ``sollen`` with a perfect infinitive or the copula, as a main clause's finite verb; None where there
        is none."""
        v = self.v
        toks = sorted(toks)
        for i, k in enumerate(toks):
            if self.low(k) not in self.lex.reportive_modals or self.in_quote(k) or v.pos(k) not in ("AUX", "VERB"):
                continue
            if i > 0 and (v.pos(toks[i - 1]) in ("SCONJ", "PRON") and v.tokens[toks[i - 1]].text[:1].islower()):
                continue  # a subordinate or relative clause: "der ... getötet haben soll"
            # (read off the words: the parser often takes the modal for something else)
            rest = toks[i + 1:]
            for x, c in enumerate(rest):
                if v.tokens[c].text == "," and self.apposition_at(rest, x):
                    continue  # ("sollen Bildnisse des Oberhaupts Tibets, des Dalai Lama, mit sich geführt haben")
                if v.tokens[c].text in (",", ";", ":"):
                    break
                if self.low(c) in self.lex.hearsay_copulas and self._state_of_plan(c):
                    break
                if self.low(c) in self.lex.perfect_infinitives and v.pos(c) == "AUX" \
                        and v.pos(c - 1) in ("VERB", "AUX") and not self.in_quote(c):
                    return k
                if self.low(c) in self.lex.hearsay_copulas and v.pos(c) in ("AUX", "VERB") and not self.in_quote(c):
                    return k  # "Eine Ursache soll die extreme Kälte sein": a state, hearsay as well
        return None

    def _state_of_plan(self, c: int) -> bool:
        """``Bis 2011 soll die Fusion erreicht sein``, ``nur dem Gläubiger soll die Hypothek vergönnt sein``:
        ``sein`` after the participle of a verb whose perfect takes ``haben`` makes a state (Zustandspassiv),
        and ``sollen`` with it sets a goal or a rule, no hearsay (that has a perfect, ``soll verhaftet worden
        sein``, ``soll gestorben sein``)."""
        v = self.v
        p = c - 1
        # (a participle read off the words: a verb right before "sein" that is not its own infinitive; the
        # parse gives no verb forms, and tags a participle that is an adjective, "verheiratet", ADJ)
        lemma = v.lemma(p).lower() if p >= 0 else ""
        if p < 0 or v.pos(p) != "VERB" or self.low(p) == lemma or self.low(p) == "worden":
            return False
        # (a verb with a particle keeps its base's perfect: "mitgegangen", "ausgereist")
        return not any(lemma.endswith(b) for b in v.grammar.sein_perfect if len(b) >= 4) \
            and self.low(p) not in v.grammar.sein_participles

    def apposition_at(self, toks: Sequence[int], x: int) -> bool:
        """Whether the comma ``toks[x]`` opens or closes a noun phrase set off by commas (no verb in it):
        ``sollen Bildnisse des Oberhaupts Tibets, des Dalai Lama, mit sich geführt haben``."""
        v = self.v
        after = next((i for i in range(x + 1, len(toks)) if v.tokens[toks[i]].text == ","), None)
        before = next((i for i in range(x - 1, -1, -1) if v.tokens[toks[i]].text == ","), None)
        spans = ([toks[x + 1:after]] if after is not None else []) + ([toks[before + 1:x]] if before is not None else [])
        return any(inside and v.pos(inside[0]) in ("DET", "PROPN", "NOUN", "ADJ") and not any(
            v.pos(t) in ("VERB", "AUX", "SCONJ") for t in inside) for inside in spans)

    def main_after_subordinate(self, toks: Sequence[int]) -> bool:
        """``Da man ..., konnten die Ergebnisse ...``: a comma followed by a finite verb (the
        main clause's, first after its subordinate clause)."""
        v = self.v
        return any(v.tokens[t].text == "," and t + 1 < self.n and v.pos(t + 1) in ("VERB", "AUX")
                   and (v.feature(t + 1, "VerbForm") == "Fin" or v.feature(t + 1, "Mood") is not None)
                   for t in toks)

    def clause_subjunctive(self, toks: Sequence[int]) -> bool:
        """The clause's own finite verbs (those of its top level, not of a clause inside it)
        in Konjunktiv I: ``Russland habe nicht begonnen und halte sie ..., sagte X``."""
        v = self.v
        inside = set(toks)
        tops = [t for t in toks if v.head(t) == t or v.head(t) not in inside]
        tops += [c for t in list(tops) for c in v.children[t] if v.dep(c) == "conj" and c in inside]
        finite = tops + [c for t in tops for c in v.children[t] if v.dep(c) in ("aux", "cop", "aux:pass")]
        return self.main_subjunctive(finite, main_only=False) if finite else False

    def infinitive(self, toks: Sequence[int]) -> bool:
        """A ``zu``-infinitive clause (``kündigte an, zurückzutreten``) up to its first comma."""
        v = self.v
        zu = self.lex.infinitive_marker
        for k in toks:
            if v.tokens[k].text in (",", ";"):
                return False
            # (the tagger may leave an infinitive without features: "die Zahl zu erhöhen")
            inf = v.feature(k, "VerbForm") == "Inf" or (
                v.pos(k) in ("VERB", "AUX") and not v.feature(k, "VerbForm") and self.low(k).endswith("n"))
            if inf and (self.low(k - 1) == zu or zu in self.low(k)[2:-3]):
                return True
        return False

    def present_statement(self, toks: Sequence[int]) -> bool:
        """A main clause in the present indicative (``Die Verschlechterung ... verschärfen die
        Situation``, ``Das ist ... nicht vorgesehen``): its root's finite verb or copula says so, not
        a participle (``haben ... analysiert``, ``wird ... beworben``: a past or a passive, the
        reporter's narration)."""
        v = self.v
        roots = [k for k in toks if v.head(k) == k and not self.in_quote(k)]
        if len(roots) != 1:
            return False
        k = roots[0]
        fin = [k] if v.pos(k) in ("VERB", "AUX") else []
        fin += [c for c in v.children[k] if v.dep(c) in ("aux", "cop", "aux:pass")]
        if not fin or v.feature(k, "VerbForm") == "Part" or any(v.dep(c) == "aux:pass" for c in v.children[k]):
            return False
        finite = [j for j in fin if v.feature(j, "Mood") is not None]  # (the tagger gives no VerbForm=Fin)
        return bool(finite) and all(v.feature(j, "Tense") == "Pres" and v.feature(j, "Mood") == "Ind"
                                    for j in finite)

    def first_person(self, toks: Sequence[int]) -> bool:
        return any(self.low(k) in self.lex.first_second_person for k in toks if not self.in_quote(k))

    def sentence_tokens(self, si: int) -> range:
        s = self.v.sentences[si]
        return range(s.first_token, min(s.last_token, self.n))

    def trim(self, toks: Sequence[int]) -> list[int]:
        """Tokens without leading/trailing punctuation and quotation marks."""
        toks = sorted(toks)
        while toks and not self.v.tokens[toks[0]].text[:1].isalnum():
            toks = toks[1:]
        while toks and not self.v.tokens[toks[-1]].text[-1:].isalnum():
            toks = toks[:-1]
        return toks

    # -- speakers ----------------------------------------------------------------
    def noun_phrase(self, k: int) -> tuple[int, int]:
        v = self.v
        keep = [k]
        todo = [c for c in v.children[k] if v.dep(c) in _NP_DEPS or self.genitive(k, c)]
        while todo:
            c = todo.pop()
            keep.append(c)
            todo.extend(d for d in v.children[c] if v.dep(d) in _NP_DEPS)
        a, b = min(keep), max(keep)
        # a name is taken whole, also one in a genitive ("eines Mitarbeiters des Roten Kreuzes")
        for m in {v.mention_at[j] for j in keep if v.mention_at[j] >= 0}:
            mm = v.mentions[m]
            a = min(a, v.token_at(mm.start))
            b = max(b, v.token_at(mm.end) - 1)
        while a < b and not v.tokens[a].text[:1].isalnum():
            a += 1
        while b > a and not v.tokens[b].text[-1:].isalnum():
            b -= 1
        # a parenthesis in the phrase is closed in it: "Landesrätin Martina Berthold (Grüne)"
        opened = sum(1 for j in range(a, b + 1) if v.tokens[j].text == "(")
        if opened > sum(1 for j in range(a, b + 1) if v.tokens[j].text == ")") and b + 1 < self.n \
                and v.tokens[b + 1].text == ")":
            b += 1
        return a, b

    def genitive(self, k: int, c: int) -> bool:
        """``Sprecher der Autobauer``, ``die Expertise des Finanzministeriums``: a genitive after a
        common noun says whose it is, part of the phrase (a prepositional ``nmod`` is not)."""
        v = self.v
        if c <= k or v.dep(c) != "nmod" or v.pos(k) != "NOUN" or self.in_quote(c):
            return False
        if any(v.dep(d) == "case" for d in v.children[c]):
            return False
        first = min(v.subtree(c))
        if self.attached_name(k, c):
            return True
        return first < c and self.low(first) in self.lex.genitive_determiners

    def attached_name(self, k: int, c: int) -> bool:
        """``des Gouverneurs Nasser Baoum``: a name right after a noun, its apposition however parsed."""
        v = self.v
        return c > k and min(v.subtree(c)) == k + 1 and v.pos(k + 1) == "PROPN" and v.mention_at[k + 1] >= 0 \
            and v.mentions[v.mention_at[k + 1]].label == "PER"

    def own_tokens(self, k: int, a: int) -> set[int]:
        """The tokens of the phrase headed by ``k`` that name it (its words up to the head, an
        apposition or a name right after it), not whose it is: ``Ein Sprecher der Landesrätin X``,
        ``der Vertreter ... im Aufsichtsrat der BA, Peter Clever``."""
        v = self.v
        own = set(range(a, k + 1))
        for c in v.children[k]:
            if v.dep(c) in ("appos", "flat", "flat:name") or self.attached_name(k, c):
                own.update(v.subtree(c))
        return own

    def truncated(self, k: int) -> bool:
        """``Austria-`` in ``Austria- und Tirol-Trainer``: a word cut by a hyphen before a conjunction."""
        v = self.v
        if v.tokens[k].text.endswith("-") and len(v.tokens[k].text) > 1:
            return True
        return k + 2 < self.n and v.tokens[k + 1].text == "-" and v.tokens[k].end == v.tokens[k + 1].start \
            and v.pos(k + 2) == "CCONJ"

    def name_in(self, a: int, b: int) -> tuple[str, str] | None:
        """The speaker name of the first entity mention in tokens [a, b], with its label (not one
        cut off by a hyphen, the first part of a compound: ``Austria- und Tirol-Trainer``)."""
        for k in range(a, b + 1):
            m = self.v.mention_at[k]
            if m >= 0 and self.v.mentions[m].label in _SPEAKER_LABELS and not self.truncated(self.v.token_at(self.v.mentions[m].end) - 1):
                mm = self.v.mentions[m]
                text = self.names.get(m, mm.text)
                name = self.full.get(text, text) if mm.label == "PER" else mm.text
                if mm.label == "PER" and name.endswith("s") and name[:-1] in self.full:
                    name = self.full[name[:-1]]
                return name, mm.label
        return None

    def person_named(self, name: str) -> bool:
        """Whether ``name`` is a person's name in the article (not an organisation's)."""
        return name in self.full or name in self.full.values()

    def group_for(self, k: int) -> str | None:
        """``Die Gewerkschaften kritisierten den Plan. Sie forderten, ...``: a subject pronoun stands for a
        body or group that spoke in the sentence before it (or earlier in its own), no person speaking
        since, where its head noun agrees: ``sie`` with a plural verb a plural noun, with a singular one a
        feminine noun (``die Regierung``), ``er`` a masculine one (``der Verband``); else None."""
        v = self.v
        if not self.group_heads or v.dep(k) != "nsubj" or self.low(k) not in self.lex.group_pronouns:
            return None
        si = v.sentence_of[k]
        pos, name, head = self.group_heads[-1]
        if pos >= v.tokens[k].start or v.sentence_of[head] < si - 1 or any(
                p > pos and person and p < v.tokens[k].start for p, _, person in self.speakers):
            return None
        plural = v.feature(k, "Number") == "Plur" or v.feature(v.head(k), "Number") == "Plur" or any(
            v.feature(c, "Number") == "Plur" for c in v.children[v.head(k)] if v.dep(c) in ("aux", "aux:pass", "cop"))
        number, gender = v.feature(head, "Number"), v.feature(head, "Gender")
        if self.low(k) == "er":
            agrees = gender == "Masc" and number != "Plur"
        else:
            agrees = number == "Plur" if plural else (gender == "Fem" and number != "Plur")
        return name if agrees else None

    def last_person(self, before: int) -> str | None:
        for pos, name, person in reversed(self.speakers):
            if pos < before and person:
                return name
        return self.last_mentioned_person(before)

    def last_mentioned_person(self, before: int) -> str | None:
        """The fullest name of the person mentioned last before ``before``."""
        v = self.v
        for i in range(len(v.mentions) - 1, -1, -1):
            m = v.mentions[i]
            if m.start < before and m.label == "PER":
                text = self.names.get(i, m.text)
                return self.full.get(text, text)
        return None

    def speaker(self, k: int) -> tuple[str | None, int, int, str | None] | None:
        """(name, start, end, basis) of the speaker whose phrase is headed by ``k``."""
        v = self.v
        low = self.low(k)
        if low in self.lex.not_speakers or (self.in_quote(k) and not self.quoted_name(k)) or v.timex_at[k] >= 0 \
                or k in self.dateline:
            return None
        if v.lemma(k).lower() in self.lex.mute_nouns or low in self.lex.mute_nouns or low in self.lex.connectives:
            return None
        if self.in_quote(k):
            # "Wie „heise online“ berichtet", "die „Aktion Deutschland hilft“": a quoted name is the name
            # whole, however the tagger read its words
            q = next(q for q in v.quotes if q[0] < v.tokens[k].start < q[1])
            name = v.text[q[0] + 1:q[1]].strip(" " + _QUOTE_CHARS)
            return name, q[0] + 1, q[0] + 1 + len(name), "text"
        a, b = self.noun_phrase(k)
        if self.truncated(k):
            # "der frühere Austria- und Tirol-Trainer": a truncated first part heads nothing; the
            # compound it is coordinated with is the head, the whole coordination the phrase
            last = next((c for c in v.children[k] if v.dep(c) == "conj" and c > k), None)
            if last is not None:
                a0 = a
                k, low = last, self.low(last)
                a, b = self.noun_phrase(k)
                a = min(a, a0)
        b, parsed_end = self.named_after(k, b), b  # (the name after it is its own: see own_tokens below)
        start, end = v.tokens[a].start, v.tokens[b].end
        named = self.name_in(a, b)
        if named is not None:
            # "die in London ansässige Beobachtungsstelle": a name inside an attributive adjective's phrase
            # before the head says where or what it is, not who: a name after that phrase only
            attr = {j for c in v.children[k] if v.dep(c) == "amod" and a <= c < k for j in v.subtree(c) if j != c}
            first = next((j for j in range(a, b + 1) if v.mention_at[j] >= 0), None)
            if first in attr and max(attr) < k and v.case_marker(first) is not None:  # ("in London")
                named = self.name_in(max(attr) + 1, b)
        role_word = self.is_role(k) or low in self.lex.role_nouns or (low.endswith(self.lex.role_suffixes)
                                                                     and v.pos(k) in ("NOUN", "ADJ"))
        if named is not None and (role_word or self.speaking_noun(k)):
            # a person's role is named by a person's name before its genitive: the club before it
            # ("der frühere Austria- und Tirol-Trainer") and the one whose role it is ("Ein Sprecher
            # der Landesrätin X", "die Sprecherin der SPÖ") are not the speaker
            own = self.own_tokens(k, a) | set(range(parsed_end + 1, b + 1))
            labels = ("PER",) if role_word else _SPEAKER_LABELS
            person = next((j for j in range(a, b + 1) if j in own and v.mention_at[j] >= 0
                           and v.mentions[v.mention_at[j]].label in labels), None)
            named = self.name_in(person, person) if person is not None else None
        if named is not None:
            name, label = named
            if self.is_role(a) or self.is_role(k):
                role = v.lemma(a if self.is_role(a) else k).lower()
                self.role_names.append((start, role, name))
            return name, start, end, "text"
        if low in self.lex.demonstrative_speakers and a == b == k and v.dep(k) in ("nsubj", "nsubj:pass"):
            # "sagte dieser, dass ...": a demonstrative subject stands for the person mentioned last
            name = self.last_mentioned_person(start)
            return (name, start, end, "pronoun") if name else None
        if v.pos(k) == "PRON" or (v.pos(k) == "DET" and low in self.lex.speaker_pronouns):
            if low not in self.lex.speaker_pronouns:
                return None
            return self.group_for(k) or self.last_person(start), start, end, "pronoun"
        definite = v.tokens[a].text.lower() in self.lex.definite_articles
        if b > k and not (definite and self.is_role(k)):
            # with its genitive ("ein Sprecher der Autobauer"), up to a preposition or adverb the parse
            # hung on it ("ein Bewohner aus Lhasa telefonisch")
            last = next((j - 1 for j in range(k + 1, b + 1) if v.pos(j) in ("ADP", "ADV")), b)
            return v.text[start:v.tokens[last].end], start, end, "text"
        if definite and a == k - 1 and self.organisation(k):
            # "TransCanada ... Die Firma teilte mit": the organisation named last before, within a few
            # sentences (one whose name has the noun first: "die Zeitung" -> "Süddeutsche Zeitung");
            # with an adjective ("die britische Zeitung") the phrase brings in a new one
            first = v.sentences[max(0, v.sentence_of[k] - ORGANISATION_SENTENCES)].start
            near = [m for m in v.mentions if first <= m.start and m.end <= start and m.label == "ORG"]
            same = [m for m in near if low in m.text.lower() or v.lemma(k).lower() in m.text.lower()]
            if same or near:
                return (same or near)[-1].text, start, end, "role"
        if (self.is_role(k) or (definite and a < k and self.person_noun(k))) and self.plural(k, a):
            return v.text[start:end], start, end, "text"  # "die Ärzte": a group, never one person before
        if self.is_role(k) or (definite and a < k and self.person_noun(k)):
            name = self.apposed_name(k) or (self.closing_name(k) if self.is_role(k) else None)
            if name:
                return name, start, end, "text"
            role = v.lemma(k).lower()
            for pos, r, name in reversed(self.role_names):
                if pos < start and same_role(r, role):
                    return name, start, end, "role"
            if definite:
                # (a person noun is no role a speaker had: it stands for the person named last)
                name = self.last_person(start) if self.is_role(k) else self.last_mentioned_person(start)
                if name:
                    return name, start, end, "role"
            return v.text[start:end], start, end, "text"
        if v.pos(k) in ("NOUN", "PROPN", "X") or v.tokens[k].text[:1].isupper():
            return v.text[start:end], start, end, "text"
        return None

    def plural(self, k: int, a: int) -> bool:
        """``die Ärzte``, ``den Beamten``: a plural noun, an article of the plural before it (and the
        tagger's number or an inflected form: ``die Ministerin`` keeps its lemma)."""
        v = self.v
        if a >= k or self.low(a) not in self.lex.plural_articles:
            return False  # ("der seit Jahren amtierende Präsident": the tagger's number alone is not enough)
        return v.feature(k, "Number") == "Plur" or self.low(k) != v.lemma(k).lower()

    def named_after(self, k: int, b: int) -> int:
        """``laut der französischen Zeitung Le Monde``: an organisation's name right after a noun of
        organisations, however parsed, is part of its phrase, as is a person's name right after a
        role (``die Forderung des CSU-Vorsitzenden Edmund Stoiber``); the phrase's last token."""
        v = self.v
        if b != k or k + 1 >= self.n or v.mention_at[k + 1] < 0:
            return b
        m = v.mentions[v.mention_at[k + 1]]
        labels = ("ORG", "MISC") if self.organisation(k) else ("PER",) if self.is_role(k) else ()
        if m.label not in labels or v.token_at(m.start) != k + 1:
            return b
        return v.token_at(m.end) - 1

    def person_noun(self, k: int) -> bool:
        """``der Franzose``, ``der Beschuldigte``, ``der Publizist``: a noun of one person (not a role), which
        with a definite article stands for a person named before."""
        v = self.v
        w = v.tokens[k].text
        if not w[:1].isupper() or v.pos(k) not in ("NOUN", "ADJ") or v.feature(k, "Number") == "Plur":
            return False
        low = w.lower()
        return low in self.lex.person_nouns or v.lemma(k).lower() in self.lex.person_nouns or any(
            low.endswith(s) and len(low) > len(s) + 2 for s in self.lex.person_suffixes)

    def apposed_name(self, k: int) -> str | None:
        """``sagte der Vorsitzende des Vorstands der Stadtwerke, Karl Hofbauer, bei ...``: a person's
        name set off by commas right after the phrase of role ``k`` (no verb between) is whose role it is."""
        v = self.v
        si = v.sentence_of[k]
        comma = next((j for j in range(k + 1, min(self.n, k + 1 + MAX_ROLE_PHRASE))
                      if v.tokens[j].text in (",", ";", ".") or v.pos(j) in ("VERB", "AUX")), None)
        if comma is None or v.tokens[comma].text != "," or comma + 1 >= self.n or v.mention_at[comma + 1] < 0:
            return None
        m = v.mentions[v.mention_at[comma + 1]]
        if m.label != "PER" or v.token_at(m.start) != comma + 1:
            return None
        after = v.token_at(m.end)
        if after < self.n and v.sentence_of[after] == si and v.tokens[after].text not in (",", ".", ";"):
            return None  # (a name that opens a clause of its own: "..., Merkel sagte ...")
        named = self.name_in(comma + 1, comma + 1)
        return named[0] if named else None

    def closing_name(self, k: int) -> str | None:
        """``laut dem Direktor der peruanischen Zivilluftfahrtbehörde Roberto Rodriguez``: a person's name
        that closes the genitive of role ``k``'s phrase, set off by no comma, is whose role it is; not where
        the word before the name is a role of its own (``ein Sprecher der Ministerin Anna Berger``: hers)."""
        v = self.v
        si = v.sentence_of[k]
        for j in range(k + 2, min(self.n, k + 1 + MAX_ROLE_PHRASE)):
            if v.mention_at[j] >= 0 and v.mentions[v.mention_at[j]].label == "PER":
                m = v.mentions[v.mention_at[j]]
                if v.token_at(m.start) != j or self.is_role(j - 1) or v.pos(j - 1) not in ("NOUN", "PROPN"):
                    return None
                after = v.token_at(m.end)
                if after < self.n and v.sentence_of[after] == si and v.pos(after) not in ("ADP", "PUNCT", "VERB", "AUX"):
                    return None
                named = self.name_in(j, j)
                return named[0] if named else None
            if v.pos(j) not in ("DET", "ADJ", "NOUN", "PROPN") or v.sentence_of[j] != si:
                return None
        return None

    def speaking_noun(self, k: int) -> bool:
        """A common noun of a body or group that speaks itself (``das Außenministerium der
        Vereinigten Staaten``, ``ein Journalist der Agentur``): the name in its genitive is its owner."""
        if self.v.pos(k) != "NOUN" or self.v.mention_at[k] >= 0:
            return False
        forms = (self.v.lemma(k).lower(), self.low(k))
        return any(f == n.lower() or f.endswith(n.lower()) for f in forms for n in self.lex.speaker_nouns)

    def organisation(self, k: int) -> bool:
        """Whether ``k`` is a noun of an organisation (``Firma``, ``Nachrichtenmagazin``)."""
        forms = (self.v.lemma(k).lower(), self.low(k))
        return any(f.endswith(n) for f in forms for n in self.lex.organisation_nouns)

    def mistagged_verb(self, k: int) -> str | None:
        """The speech verb lemma of a finite form the tagger read as another part of
        speech (``Lammert würdigte ...`` tagged as an adverb), else None."""
        v = self.v
        w = v.tokens[k].text
        if v.pos(k) in ("VERB", "AUX") or not w[:1].islower() or v.lemmatize is None:
            return None
        # a separable prefix taken for the head of its verb ("wurde bekannt", "bekannt geworden war")
        for c in v.children[k]:
            if v.dep(c) in ("aux", "aux:pass", "cop") and self.low(k) + v.lemma(c).lower() in self.lex.speech_verbs:
                return self.low(k) + v.lemma(c).lower()
        # a strong participle ("hatten angegeben", "hat hingewiesen") only with its auxiliary right before;
        # a strong past form ("empfahl", "sprach") only as the root of its sentence
        strong = w.endswith("en") and "ge" in w[:-2] and k > 0 and self.low(k - 1) in self.lex.perfect_auxiliaries
        root = v.head(k) == k and v.pos(k) in ("NOUN", "ADV", "ADJ", "X")
        if not (w.endswith(("t", "te", "ten")) or strong or root):
            return None
        lemma = v.lemmatize(w, "VERB").lower()
        return lemma if lemma in self.lex.speech_verbs or lemma in self.lex.content_verbs else None

    def can_speak(self, k: int | None) -> bool:
        """Whether the phrase headed by ``k`` can perform a speech act: a named entity,
        a person's role, a pronoun, or a body or group of people (``die Opposition``)."""
        if k is None:
            return False
        v = self.v
        if v.mention_at[k] >= 0 or self.is_role(k) or v.pos(k) == "PRON":
            return True
        a, b = self.noun_phrase(k)
        if any(v.mention_at[j] >= 0 for j in range(a, b + 1)):
            return True
        forms = (v.lemma(k).lower(), v.tokens[k].text.lower())
        if any(f == n.lower() or f.endswith(n.lower()) for f in forms for n in self.lex.speaker_nouns):
            return True
        # "Das Auswärtige Amt": a name of adjective and noun the parser splits into a head and its apposition
        return any(v.dep(c) == "appos" and c == k + 1 and self.can_speak(c) for c in v.children[k])

    def remember(self, st: Statement) -> None:
        if st.speaker_name and st.speaker_basis in ("text", "pronoun", "role"):
            person = st.speaker_basis == "pronoun" or (st.speaker_basis == "role" and self.person_named(
                st.speaker_name)) or any(
                m.label == "PER" and st.speaker_start is not None and m.start >= st.speaker_start
                and m.end <= st.speaker_end for m in self.v.mentions)
            self.speakers.append((st.start, st.speaker_name, person))
            if not person and st.speaker_start is not None:
                v = self.v
                head = next((t for t in range(v.token_at(st.speaker_start), v.token_at(st.speaker_end))
                             if v.pos(t) == "NOUN"), None)
                # (a body or group, not a person's role or a noun of a person: those stand for a person)
                if head is not None and self.speaking_noun(head) and not self.is_role(head) \
                        and not self.person_noun(head):
                    self.group_heads.append((st.start, st.speaker_name, head))

    # -- dates -------------------------------------------------------------------
    def date(self, si: int) -> tuple[str | None, str | None]:
        v = self.v
        s = v.sentences[si]
        for t in v.timexes:
            if s.start <= t.start < s.end and t.type == "DATE" and t.value and t.value[:1].isdigit() \
                    and "X" not in t.value and not v.in_quote(t.start):
                return t.value, "text"
        if v.published:
            return v.published[:10], "published"
        return None, None

    def nominative(self, name: str, start: int | None) -> str:
        """``des Berliner Tagesspiegels`` -> ``Berliner Tagesspiegel``: a speaker's name in the genitive
        (after ``des``/``eines``, in the name or right before it in the text) without the article and
        with its last noun's genitive ending dropped (``-es`` where a consonant stays, else ``-s``;
        not an acronym's capital ``S``)."""
        lex, text = self.lex, self.v.text
        words = name.split()
        at = text.find(name, start, start + len(name) + 12) if start is not None else -1
        before = text[max(0, at - 8):at].split()[-1:] if at >= 0 else []
        if len(words) > 1 and words[0].lower() in lex.genitive_articles:
            words = words[1:]
        elif not (before and before[0].lower() in lex.genitive_articles):
            return name
        last = words[-1]
        for ending in lex.genitive_endings:
            stem = last[:-len(ending)]
            if last.endswith(ending) and len(stem) >= 4 and last[:1].isupper() and stem[-1:].isalpha() and (
                    ending != "es" or stem[-1:].lower() not in "aeiouäöüy"):
                return " ".join(words[:-1] + [stem])
        return " ".join(words)

    # -- building ----------------------------------------------------------------
    def make(self, kind: str, toks: Sequence[int], cue: tuple[int, int] | None, spk, si: int,
             marked: bool = False, via: str | None = None, addressee: str | None = None) -> Statement | None:
        toks = self.trim([t for t in toks if t not in self.dateline])  # (the dateline is no one's words)
        if not toks:
            return None
        v = self.v
        start, end = v.tokens[toks[0]].start, v.tokens[toks[-1]].end
        name, s0, s1, basis = spk if spk else (None, None, None, None)
        if name and basis in ("text", "carried"):
            name = self.nominative(name, s0)
        date, date_basis = self.date(si)
        c0 = c1 = None
        cue_text = None
        if cue is not None:
            c0, c1 = v.tokens[cue[0]].start, v.tokens[cue[1]].end
            cue_text = v.text[c0:c1] if cue[1] - cue[0] <= 1 else " ".join(
                v.tokens[k].text for k in cue if k >= 0)
        return Statement(kind=kind, start=start, end=end, text=v.text[start:end], cue=cue_text, cue_start=c0,
                         cue_end=c1, speaker_name=name, speaker_start=s0, speaker_end=s1, speaker_basis=basis,
                         via=via, addressee=addressee, date=date, date_basis=date_basis, marked=marked, sentence=si)

    def cue_of(self, k: int) -> tuple[int, int]:
        prt = self.particle(k)
        return (min(k, prt), max(k, prt)) if prt is not None else (k, k)

    def content_clause(self, k: int) -> tuple[list[int], str] | None:
        """The tokens of what the verb ``k`` frames, and where: ``after``, ``before`` or ``colon``."""
        v = self.v
        si = v.sentence_of[k]
        sent = self.sentence_tokens(si)
        # "X sagte: ..."
        nxt = k + 1
        while nxt < sent.stop and (v.dep(nxt) in ("nsubj", "compound:prt", "advmod", "det", "flat", "flat:name",
                                                  "amod", "appos") or v.head(nxt) != nxt and
                                   v.head(nxt) < nxt and v.dep(nxt) in ("flat", "flat:name", "det")):
            nxt += 1
        for j in range(k + 1, min(sent.stop, k + 12)):
            if v.tokens[j].text == ":":
                rest = [t for t in range(j + 1, sent.stop)]
                if rest and all(v.pos(t) not in ("VERB", "AUX") or v.sentence_of[t] == si for t in rest):
                    return rest, "colon"
            if v.pos(j) in ("VERB", "AUX") or v.tokens[j].text in (",", ";"):
                break
        # "Wie X mitteilte, lag ...", "..., wie X berichtete.": the rest of the sentence
        j = self.wie_of(k, sent)
        if j is not None:
            end = k + 1
            while end < sent.stop and v.head(end) == k and v.dep(end) in ("aux", "aux:pass", "cop"):
                end += 1  # "wie heute bekannt wurde, ..."
            if end < sent.stop and v.tokens[end].text == ",":
                return list(range(end + 1, sent.stop)), "wie"
            if j > sent.start and v.tokens[j - 1].text == ",":
                return list(range(sent.start, j - 1)), "wie"
        # "X erklärte (den Angaben zufolge), dass ... / Putin habe ...": the clause after the comma
        for j in range(k + 1, min(sent.stop, k + 16)):
            t = v.tokens[j].text
            if t == "," and j + 1 < sent.stop:
                rest = list(range(j + 1, sent.stop))
                first = rest[0]
                opens = self.low(first) in self.lex.content_conjunctions or self.low(first) in self.lex.interrogatives
                if self.low(first) in self.lex.subordinators and not opens and v.pos(first) != "ADP":
                    # "erinnert an die Zeiten, als ...": an adverbial clause, not what was said (but
                    # "warf X vor, seit 2014 ... verletzt zu haben": a preposition of the same form)
                    break
                if "Rel" in (v.feature(first, "PronType") or "").split(",") and not self.subjunctive(rest[:6]):
                    break
                if v.pos(first) == "ADP" and len(rest) > 1 and v.pos(rest[1]) == "PRON" and (
                        "Rel" in (v.feature(rest[1], "PronType") or "").split(",")
                        or self.low(rest[1]) in self.lex.definite_articles):
                    break  # "fordert eine Untersuchung des Vorfalls, bei dem es sich ... handle": a relative clause
                if opens or self.subjunctive(rest, any_mood=True) or self.first_person(rest) or self.infinitive(rest):
                    return rest, "after"
                break
            if v.pos(j) in ("VERB", "AUX", "SCONJ") and v.dep(j) != "compound:prt" and j != k and t[:1].islower() \
                    or t in (";", ":"):
                break  # (a capitalised "verb" after the frame verb is a mis-tagged name: "SPIEGEL ONLINE")
        clauses = [c for c in v.children[k] if v.dep(c) in ("ccomp", "parataxis", "csubj")
                   and v.pos(c) in ("VERB", "AUX", "NOUN", "ADJ", "PROPN", "PRON")]
        after = [c for c in clauses if c > k]
        for c in after:
            toks = v.subtree(c)
            first = self.trim(toks)[:1]
            if len(toks) >= 3 and first and "Rel" not in (v.feature(first[0], "PronType") or "").split(",") \
                    and not (self.low(first[0]) in self.lex.subordinators
                             and self.low(first[0]) not in self.lex.content_conjunctions):
                # (not a relative clause on the speaker: "sagte Bosch, der ..."; nor an adverbial one:
                # "erinnert an die Zeiten, als ...")
                return toks, "after"
        # "dass" clause hung as advcl/obj
        for c in v.children[k]:
            if c > k and v.dep(c) in ("advcl", "obj", "xcomp") and v.pos(c) in ("VERB", "AUX"):
                marks = [d for d in v.children[c] if v.dep(d) == "mark"]
                if marks and self.low(marks[0]) in self.lex.content_conjunctions:
                    return v.subtree(c), "after"
        # "..., sagte X." : the frame after its content
        h = v.head(k)
        comma_before = k > sent.start and v.tokens[k - 1].text == ","
        subj = v.subject(k)
        # "..., sagte UNIQA-Vorstandsdirektor Robert Wasner.": verb first, its subject right
        # after it (the parser may have taken a noun of the content for it)
        named_after = k + 1 < sent.stop and (v.pos(k + 1) in ("NOUN", "PROPN", "DET", "PRON", "ADV") or
                                             v.tokens[k + 1].text[:1].isupper()) and v.tokens[k + 1].text[:1].isalpha()
        if comma_before and (subj is None or subj > k or named_after) and (
                v.dep(k) in ("parataxis", "conj", "ccomp", "advcl") or v.head(k) == k):
            toks = self.trim(range(sent.start, k - 1))
            # the content is a main clause up to the frame ("Wenn ..., droht X" is none, but
            # "Da man ..., konnten ..., sagt X" is one: a subordinate clause with its main clause);
            # the frame is short: its subject and a few words up to the next comma (an
            # apposition or relative clause may follow: "sagte der Staatssekretär, Gergely
            # Pröhle, am Montag", "sagte Bosch, der für den Betrieb zuständig ist")
            # (a line break ends the frame too: a heading run on into the sentence by a lost full stop)
            first = next((t for t in range(k + 1, sent.stop) if v.tokens[t].text in (",", ";")
                          or "\n" in v.text[v.tokens[t - 1].end:v.tokens[t].start]), sent.stop)
            tail = [t for t in range(k + 1, first) if v.tokens[t].text[:1].isalnum()]
            opener = toks[0] if toks else None
            # ("Zum 19. April sollen ..., sagte X", "Seit einem Monat ist ...": a preposition of a
            # subordinator's form opens a main clause, its finite verb second, not at the clause's end:
            # "Während die Post von 100.000 sprach, ..." is a subordinate clause the tagger misread)
            main = opener is not None and (v.pos(opener) != "SCONJ" and (
                self.low(opener) not in self.lex.subordinators or v.pos(opener) == "ADP" and self.verb_second(toks))
                or self.main_after_subordinate(toks))
            # (a clause has a verb: "Die Politikerin der Grünen, Anja Hajduk, kritisierte ..." is the
            # frame's own subject with its apposition)
            clause = any(v.pos(t) in ("VERB", "AUX") or self.verb_read_as_other(t) for t in toks)
            if len(toks) >= 3 and len(tail) <= MAX_FRAME_TAIL and main and clause and not self.subject_with_relative(toks) \
                    and not any(v.pos(t) in ("VERB", "AUX") and v.tokens[t].text[:1].islower() for t in tail):
                return toks, "before"
        before = [c for c in clauses if c < k]
        for c in before:
            toks = v.subtree(c)
            if len(toks) >= 3 and h != k:
                return toks, "before"
        return None

    def verb_second(self, toks: Sequence[int]) -> bool:
        """The clause's first finite verb stands inside it, not at its end (before a comma, a bracket or
        the last word): a main clause's verb-second order (``Zum 19. April sollen die Tarife gelten``)."""
        v = self.v
        for i, t in enumerate(toks):
            if v.pos(t) in ("VERB", "AUX") and v.feature(t, "Mood") is not None:
                return i + 1 < len(toks) and v.tokens[toks[i + 1]].text[:1].isalnum()
        return False

    def wie_of(self, k: int, sent: range) -> int | None:
        """The ``wie`` of a frame ``wie X mitteilte`` whose verb is ``k``, also across an apposition set
        off by commas right before the verb (``wie Anna Berger, Direktorin des Landesamts, mitteilte``)."""
        v = self.v
        commas = 0
        for j in range(k - 1, max(sent.start - 1, k - MAX_WIE_FRAME), -1):
            t = v.tokens[j].text
            if t in (";", ":") or (t == "," and (commas == 2 or (commas == 0 and j != k - 1
                                                                 and not self.adverbial_tail(j, k)))):
                return None
            commas += t == ","
            if self.low(j) in self.lex.wie_frame:
                if commas == 0:
                    # (a longer one opens its clause and has no verb before its own: "Wie die Forscher um X
                    # im Fachjournal Y schreiben, ...")
                    opens = j == sent.start or v.tokens[j - 1].text in (",", ";", ":") or (
                        j - 1 == sent.start and v.pos(j - 1) in ("CCONJ", "ADV"))  # ("Denn wie ...")
                    return j if k - j < MAX_WIE_PLAIN or (k - j < MAX_WIE_FRAME and opens and not any(
                        v.pos(t) in ("VERB", "AUX") for t in range(j + 1, k))) else None
                return j if self.apposition_frame(j, k) else None
        return None

    def adverbial_tail(self, c: int, k: int) -> bool:
        """``wie Steve Marshall, Sprecher der UN-Büros, in Bangkok mitteilte``: between the comma ``c``
        that closes an apposition and the verb ``k`` a short prepositional phrase (where or when), no verb."""
        v = self.v
        words = range(c + 1, k)
        return 0 < len(words) <= MAX_ADVERBIAL_TAIL and v.pos(c + 1) == "ADP" and not any(
            v.pos(t) in ("VERB", "AUX") or v.tokens[t].text in (",", ";", ":") for t in words)

    def apposition_frame(self, j: int, k: int) -> bool:
        """``wie Anna Berger, Direktorin des Landesamts, mitteilte``: a name or noun right after ``wie``
        and noun phrases only up to the verb ``k`` (not a comparison inside a clause: ``wie alle ...``)."""
        v = self.v
        opens = v.pos(j + 1) in ("PROPN", "NOUN") or self.low(j + 1) in self.lex.definite_articles
        return opens and not any(v.pos(t) in ("VERB", "AUX") for t in range(j + 1, k))

    def subject_with_relative(self, toks: Sequence[int]) -> bool:
        """``Der PSOE-Vorsitzende Pedro Sanchez, der ... betraut worden war, lehnte ... ab``: a noun
        phrase without a verb and its relative clause, the frame's own subject, not its content."""
        v = self.v
        toks = list(toks)
        comma = next((i for i, t in enumerate(toks) if v.tokens[t].text == ","), None)
        if comma is None or comma + 1 >= len(toks):
            return False
        rel = toks[comma + 1]
        if "Rel" not in (v.feature(rel, "PronType") or "").split(",") and not (
                self.low(rel) in self.lex.definite_articles and v.pos(rel) == "PRON"):
            return False
        if any(v.pos(t) in ("VERB", "AUX") for t in toks[:comma]):
            return False
        if comma + 2 < len(toks) and v.pos(toks[comma + 2]) in ("VERB", "AUX"):
            return False  # "Zehnter, das passt schon": a verb-second clause, no relative clause
        clause = set(v.subtree(v.head(rel)))
        return not [t for t in toks[comma + 1:] if t not in clause and v.tokens[t].text[:1].isalnum()]

    def woven_quote(self, toks: Sequence[int]) -> bool:
        """``er sei „äußerst erschüttert“``, ``dass Pädophilie „in der Ideologie angelegt“ sei``:
        a clause in the reporter's words around a partial quote (a ``dass``/``ob`` or a Konjunktiv
        verb outside the marks), indirect speech as a whole."""
        toks = self.trim(toks)
        outside = [k for k in toks if not self.in_quote(k) and self.v.tokens[k].text[:1].isalnum()]
        if not outside or len(outside) == len(toks):
            return False
        return self.low(outside[0]) in self.lex.content_conjunctions or self.subjunctive(outside)

    def quote_covers(self, toks: Sequence[int]) -> bool:
        toks = self.trim(toks)
        if not toks:
            return True
        inside = sum(1 for k in toks if self.in_quote(k))
        return inside >= 0.6 * len(toks)
