"""Mood, person and form of a clause, read off its words as much as off the tagger's features: Konjunktiv I
and II (``sei``, ``diene``, ``befände``), hearsay ``sollen`` (``soll verhaftet worden sein``), a
``zu``-infinitive, the present indicative and the first person. What makes a clause reported speech
in German, whichever frame it has; a part of ``statement_reader.StatementReader``.
"""
from __future__ import annotations

from collections.abc import Sequence


def umlaut_konjunktiv_two(word: str, lemma: str) -> bool:
    """``befände``, ``lägen``, ``gäbe``: a strong verb's Konjunktiv II, its stem umlauted where the
    infinitive has none, ending in ``-e``/``-en`` (a present form with umlaut ends in ``-t``:
    ``fährt``, ``hält``); ``word`` and ``lemma`` in lower case."""
    umlaut = [c for c in "äöü" if c in word]
    return bool(umlaut) and word.endswith(("e", "en")) and not any(c in lemma for c in umlaut) and len(word) > 3


class MoodReading:
    """The mood lookups of ``StatementReader`` over one article."""

    # (a part of ``StatementReader``: ``self.v``, ``self.lex``, ``self.n`` and the word lookups
    # ``low``, ``in_quote``, ``trim`` are the reader's, as are the other parts' lookups)

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
        """``umlaut_konjunktiv_two`` of token ``k``, whatever the tagger's mood."""
        return umlaut_konjunktiv_two(self.low(k), self.v.lemma(k).lower())

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
        verb = (v.pos(k) in ("VERB", "AUX") and v.dep(k) not in ("amod", "nmod", "obl", "obj", "nsubj", "det")
                and not self.false_auxiliary(k)) \
            or (v.pos(k) == "ADV" and v.head(k) == k)  # (not an adjective the tagger took for a verb: "enge")
        return verb and v.tokens[k].text[:1].islower() and lemma.endswith("en") \
            and len(w) > 3 and lemma.endswith(w + "n") and v.feature(k, "VerbForm") not in ("Inf", "Part")

    def false_auxiliary(self, k: int) -> bool:
        """``die lokale Station`` with ``lokale`` tagged AUX (lemma ``lokalen``, mood Sub): a word the tagger
        read as an auxiliary whose lemma is none (the auxiliaries and modals are a closed class), an adjective
        or noun misread, with no mood of its own."""
        return self.v.pos(k) == "AUX" and self.v.lemma(k).lower() not in self.lex.auxiliaries

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

    def clause_subjunctive(self, toks: Sequence[int]) -> bool:
        """The clause's own finite verbs (those of its top level, not of a clause inside it)
        in Konjunktiv I: ``Russland habe nicht begonnen und halte sie ..., sagte X``."""
        v = self.v
        inside = set(toks)
        tops = [t for t in toks if v.head(t) == t or v.head(t) not in inside]
        tops += [c for t in list(tops) for c in v.children[t] if v.dep(c) == "conj" and c in inside]
        finite = tops + [c for t in tops for c in v.children[t] if v.dep(c) in ("aux", "cop", "aux:pass")]
        return self.main_subjunctive(finite, main_only=False) if finite else False

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
