"""A learned filter over the event reader's candidates (``chronik.extract.events``): whether a candidate
reports a specific happening, read from general facts of its clause and sentence, never from its words.

The hand rules of ``event_happenings`` and ``event_status`` keep out what they can name; what they let
through still holds the non-events judges find most: states and evaluations, generic and habitual
sentences, plans and opinions, statistics, plain sayings. Each of those leaves marks in the grammar of its
clause (tense and mood, a modal, the kind of subject, a frequency adverb, a number, a reporting frame),
and a logistic regression weighs those marks: ``FEATURES`` is the ordered table of them, each a named
function of one candidate's ``CandidateFacts``. The weights are fitted by ``scripts/train_event_filter.py``
on hand judgments of chronik's candidates in open-licence news (DFKI SmartData, CC BY 4.0) and shipped in
``chronik/models/event_filter.json``; inference is one dot product.
"""
from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from chronik.errors import ConfigError

MODEL = Path(__file__).resolve().parents[1] / "models" / "event_filter.json"

TENSES = ("past", "present", "perfect", "future")
MOODS = ("konj1", "konj2")
CLAUSES = ("main", "relative", "complement", "condition", "zu", "purpose")
SUBJECTS = ("name", "pronoun", "neuter_pronoun", "speaker", "generic", "actor_noun", "bare_plural", "indefinite", "noun")
TIMES = ("date", "set", "duration", "vague")


@dataclass(frozen=True, slots=True)
class CandidateFacts:
    """What the filter knows of one candidate: the grammar of its clause and where it stands."""

    noun: bool            # an event noun, not a verb
    specific_type: bool   # a type other than ``other``
    announced: bool
    date_basis: str       # "text", "published" or ""
    place: bool
    via: bool
    parties: int          # named participants
    refers_back: bool
    lead: bool            # in the article's lead
    tense: str            # one of TENSES or ""
    passive: bool
    mood: str             # one of MOODS or "" (indicative)
    modal: bool
    negated: bool
    hypothetical_word: bool
    clause: str           # one of CLAUSES or ""
    subject: str          # one of SUBJECTS or ""
    time: str             # one of TIMES or ""
    habitual: bool
    number: bool
    reported: bool
    speech: bool
    copula: bool
    change: bool
    hedge: bool
    quantified: bool
    length: int           # tokens in the sentence (a page's button or byline line is a few words)
    verbless: bool        # no finite verb in the sentence: a headline, a caption, a page's line
    mistagged: bool       # a verb predicate the tagger did not read as a verb (``ADJ``, ``NOUN``)
    narrative: bool       # a finite verb of the sentence is in the preterite (the tense of reports;
                          # a participle, tagged Tense=Past too, has its auxiliary below it)


@dataclass(frozen=True, slots=True)
class Feature:
    name: str
    value: Callable[[CandidateFacts], float]


def _one_of(field: str, values: tuple[str, ...]) -> tuple[Feature, ...]:
    return tuple(Feature(f"{field}={x}", lambda f, field=field, x=x: float(getattr(f, field) == x)) for x in values)


def _flag(field: str) -> Feature:
    return Feature(field, lambda f: float(getattr(f, field)))


# The features, in the order of the model's weights. A feature is a grammatical fact of German news text
# (closed classes from ``lang/de/events.py``), never one lemma.
FEATURES: tuple[Feature, ...] = (
    _flag("noun"),
    _flag("specific_type"),
    _flag("announced"),
    Feature("date_basis=text", lambda f: float(f.date_basis == "text")),
    Feature("date_basis=published", lambda f: float(f.date_basis == "published")),
    _flag("place"),
    _flag("via"),
    Feature("parties", lambda f: float(min(f.parties, 3))),
    _flag("refers_back"),
    _flag("lead"),
    *_one_of("tense", TENSES),
    _flag("passive"),
    *_one_of("mood", MOODS),
    _flag("modal"),
    _flag("negated"),
    _flag("hypothetical_word"),
    *_one_of("clause", CLAUSES),
    *_one_of("subject", SUBJECTS),
    *_one_of("time", TIMES),
    _flag("habitual"),
    _flag("number"),
    _flag("reported"),
    _flag("speech"),
    _flag("copula"),
    _flag("change"),
    _flag("hedge"),
    _flag("quantified"),
    _flag("narrative"),
    Feature("short", lambda f: float(f.length < 6)),
    Feature("length", lambda f: min(f.length, 60) / 60),
    _flag("verbless"),
    _flag("mistagged"),
)
FEATURE_NAMES: tuple[str, ...] = tuple(f.name for f in FEATURES)


def vector(facts: CandidateFacts) -> tuple[float, ...]:
    return tuple(f.value(facts) for f in FEATURES)


@dataclass(frozen=True, slots=True)
class EventFilter:
    """A fitted logistic regression over ``FEATURES`` (standardised by ``mean`` and ``scale``): a candidate
    is kept when its probability of being a happening reaches ``threshold``."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    threshold: float

    def probability(self, x: tuple[float, ...]) -> float:
        z = self.bias + sum(w * (v - m) / s for w, v, m, s in zip(self.weights, x, self.mean, self.scale))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def keeps(self, x: tuple[float, ...]) -> bool:
        return self.probability(x) >= self.threshold


def load_event_filter(path: Path = MODEL) -> EventFilter | None:
    """The shipped filter, or None where no model file is there (the extractor then keeps every
    candidate). A model fitted on other features than ``FEATURES`` is an error, not a silent mismatch."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    names = tuple(data["features"])
    if names != FEATURE_NAMES:
        raise ConfigError(f"{path.name} was fitted on other features; rerun scripts/train_event_filter.py")
    return EventFilter(names=names, weights=tuple(data["weights"]), bias=float(data["bias"]),
                       mean=tuple(data["mean"]), scale=tuple(data["scale"]), threshold=float(data["threshold"]))


class CandidateReading:
    """Reading ``CandidateFacts`` from the parse (a mixin of the event reader, whose helpers it uses)."""

    def _facts(self, e) -> CandidateFacts:
        v, lex = self.v, self.lex
        si = v.sentence_of[e.k]
        c = e.clause if e.kind == "verb" or e.clause != e.k else None
        span = self._clause_span(c if c is not None else e.k)
        words = [self.low[j] for j in span]
        sentence = self._sentence_tokens(e.k)
        tense, passive, mood, modal = self._verb_form(c) if c is not None else ("", False, "", False)
        return CandidateFacts(
            noun=e.kind == "noun", specific_type=e.type != "other", announced=e.status == "announced",
            date_basis=e.date_basis or "", place=e.place is not None, via=e.via is not None,
            parties=len({n for n, _ in e.roles}), refers_back=e.refers_back, lead=si in self.lead,
            tense=tense, passive=passive, mood=mood, modal=modal,
            negated=c is not None and self._negated_clause(c),
            hypothetical_word=any(w in lex.hypothetical_forms for w in words),
            clause=self._clause_kind(c) if c is not None else "",
            subject=self._subject_kind(c) if c is not None else "",
            time=self._time_kind(span), habitual=any(w in lex.habitual for w in words),
            number=any(v.pos(j) == "NUM" or v.tokens[j].text in lex.percent_nouns or v.tokens[j].text == "%"
                       for j in span),
            reported=c is not None and self._reporting_verb(c) is not None,
            speech=e.lemma in lex.speech_verbs,
            copula=c is not None and (bool(v.deps_of(c, "cop")) or v.lemma(c).lower() in lex.copula_verbs),
            change=e.lemma in lex.change_verbs or e.lemma in lex.trend_verbs,
            hedge=any(w in lex.hedges for w in words),
            quantified=any(w in lex.generic_quantifiers or w in lex.every_words for w in words),
            narrative=any(v.pos(j) in ("VERB", "AUX") and v.feature(j, "Tense") == "Past"
                          and not v.deps_of(j, "aux", "aux:pass", "cop") for j in sentence),
            length=len(sentence), verbless=not any(self._finite_verb(j) for j in sentence),
            mistagged=e.kind == "verb" and v.pos(e.k) not in ("VERB", "AUX"))

    def _finite_verb(self, j: int) -> bool:
        """A finite verb by its features, or a verb with no auxiliary that heads the sentence where the
        tagger gave no features (``Die Demonstranten riefen ...``)."""
        v = self.v
        if v.pos(j) not in ("VERB", "AUX"):
            return False
        return self._finite(j) or (v.dep(j) == "root" and v.feature(j, "Tense") is None
                                   and not v.deps_of(j, "aux", "aux:pass", "cop"))

    def _verb_form(self, c: int) -> tuple[str, bool, str, bool]:
        """Tense, passive, mood and modality of the clause of verb ``c``, from its auxiliaries (shared
        along a coordination) and the finite verb's features (Duden: the analytic tenses: ``hat/ist`` +
        participle the perfect, ``wird`` + infinitive the future, ``wird/wurde`` + participle the passive)."""
        v, lex = self.v, self.lex
        # the tagger's features of a non-finite verb are unreliable (a participle comes as
        # ``Mood=Ind|Tense=Past``): with an auxiliary (or ``sein`` the parser calls a copula: ``sei
        # gestorben``) the auxiliary is the finite verb, and the verb is an infinitive when it is its lemma
        aux = [a for h in self._conj_chain(c) for a in v.deps_of(h, "aux", "aux:pass", "cop")]
        lemmas = {v.lemma(a).lower() for a in aux}
        finite = next((a for a in aux if self._finite(a)), None) if aux else (c if self._finite(c) else None)
        participle = bool(aux) and self.low[c] != v.lemma(c).lower() and not self._zu_infinitive(c)
        modal = bool(lemmas & lex.modal_verbs) or v.lemma(c).lower() in lex.modal_verbs
        future_aux = lemmas & lex.future_aux
        passive = participle and bool(future_aux)
        finite_tense = v.feature(finite, "Tense") if finite is not None else None
        if future_aux and not participle and not modal:
            tense = "future"
        elif participle and lemmas - lex.future_aux - lex.modal_verbs and not passive:  # hat/ist + participle
            tense = "perfect" if finite_tense != "Past" else "past"
        elif finite_tense == "Past":
            tense = "past"
        elif finite_tense == "Pres":
            tense = "present"
        else:
            tense = ""
        mood = ""
        if finite is not None and v.feature(finite, "Mood") == "Sub":
            mood = "konj2" if finite_tense == "Past" else "konj1"
        if finite is not None and self.low[finite] in lex.hypothetical_forms and not modal:
            mood = "konj2"
        return tense, passive, mood, modal

    def _clause_kind(self, c: int) -> str:
        v, lex = self.v, self.lex
        head = self._conj_chain(c)[-1]
        marks = {self.low[m] for h in (c, head) for m in v.deps_of(h, "mark")}
        if marks & lex.purpose_marks:
            return "purpose"
        if self._zu_infinitive(c):
            return "zu"
        if marks & (lex.condition_marks | (lex.complement_marks & lex.question_words)):
            return "condition"
        if marks & lex.complement_marks:
            return "complement"
        if v.dep(head).startswith("acl") or (v.dep(head) not in ("root", "parataxis", "conj") and self._relative(c)):
            return "relative"
        if v.dep(head) in ("root", "parataxis") or (v.dep(head) == "conj" and not marks):
            return "main"
        return ""

    def _subject_kind(self, c: int) -> str:
        v, lex = self.v, self.lex
        s = v.subject(c)
        if s is None or s is False or s is True:
            return ""
        w = self.low[s]
        if w in lex.speaker_words:
            return "speaker"
        if w in lex.generic_subjects:
            return "generic"
        if v.mention_at[s] >= 0:
            return "name"
        if v.pos(s) == "PRON":
            # "es", "das", "dies": a state of affairs more often than a party (Duden: Pronomen "es")
            return "neuter_pronoun" if v.feature(s, "Gender") == "Neut" else "pronoun"
        if v.pos(s) in ("NOUN", "PROPN"):
            dets = [self.low[d] for d in v.deps_of(s, "det")]
            if any(d in lex.indefinite for d in dets):
                return "indefinite"
            if any(d in lex.generic_quantifiers or d in lex.every_words for d in dets):
                return "generic"
            if self._actor_noun(s):
                return "actor_noun"
            if not dets and v.feature(s, "Number") == "Plur":
                return "bare_plural"
            return "noun"
        return ""

    def _actor_noun(self, s: int) -> bool:
        """A noun for someone who acts: a role (``Minister``, ``-sprecher``), an institution, a company, a
        state's forces or a delegation (the lists of ``lang/de/events.py``)."""
        lex, lemma = self.lex, self.v.lemma(s)
        low = lemma.lower()
        return (low in lex.role_nouns or low.endswith(lex.role_suffixes) or lemma in lex.institution_nouns
                or lemma in lex.company_nouns or lemma in lex.state_nouns or lemma in lex.group_nouns)

    def _time_kind(self, span: range) -> str:
        """The most specific time expression in the clause: a date, a set (``jedes Jahr``), a duration,
        a vague reference (``derzeit``); "" for none."""
        v = self.v
        kinds = set()
        for j in span:
            t = v.timex_at[j]
            if t < 0:
                continue
            x = v.timexes[t]
            if x.type in ("DATE", "TIME") and not (x.value or "").endswith("_REF"):
                kinds.add("date")
            elif x.type == "SET":
                kinds.add("set")
            elif x.type == "DURATION":
                kinds.add("duration")
            else:
                kinds.add("vague")
        return next((k for k in TIMES if k in kinds), "")
