"""Events: every clause that reports a happening, read from the parse.

A predicate is a full verb that heads a clause, or a noun that names one
happening (``Telefonat``, ``Festnahme``). For each one the extractor reads
from the dependency tree of its sentence:

* whether it reports a happening at all: not negated, not hypothetical
  (Konjunktiv II outside reported speech, ``wenn``/``falls``), not a modal
  possibility (a modal, also one the parser hung elsewhere: ``können Nutzer
  ... annehmen, ... beantworten``), not habitual or lasting (``jahrelang``,
  ``seit zwei Jahren``), not a generic plain present after the lead (its tense
  read from the form where the tagger gives none or a wrong one: ``während sie
  steigen``, ``Er reagiert``; a Konjunktiv I present; a present passive of a
  bare plural or in a relative clause), not a state or a perception (a verb list, ``sich aufhalten``),
  not a word the dictionary reads as an adjective (``juristischen``), not a
  question, not inside quotation marks, not a statistic (``stieg um 5
  Prozent`` undated or over a period), not a goal (``will den Aufstieg
  schaffen``), not the speaker's own words (``wir``, ``meine Mannschaft``
  with no date; 10kGNAD keeps no quotation marks), not a belief or finding
  with its ``dass`` clause (also a noun's: ``kein Zweifel, dass``); an act of saying is a statement, not
  an event, unless it was made on an occasion that is news in itself (``in
  einer Rede``: the occasion is the event); an event noun counts when a light
  verb makes it happen (``fand statt``), when it is the occasion of a clause
  (``in einem Telefonat vereinbarten``), when its own phrase names parties or
  a date, or when it refers back to an event of the article (``das Treffen``);
  a noun that only repeats a happening told before (``die Wahl`` after ``die
  Landtagswahl``) or names a text (``das Gesetz``) is none of its own;
* who did it and to whom: the subject is the agent and the objects the
  patients (in the passive, and for a verb of receiving, the subject is the
  patient and ``von X`` the agent), as entity mentions inside those phrases;
  a pronoun, a singular role noun (``der Kremlchef``) or ``beide`` stands for
  the persons named before (a pronoun or role noun only for one of its gender
  as the article introduced the person: ``Amtsrichterin X`` is no ``er``;
  ``beiden Unternehmen``, ``die beiden Staaten`` for the two of that kind), a
  definite office for the one the article names by its place (``die
  Feuerwehr``: ``Feuerwehr Olpe``), a relative pronoun for the noun its clause
  hangs on; a dateline's place (``Innsbruck –``) is no party;
* when: the date of a time expression inside its clause (not one that only
  bounds it: ``seit``, ``bis zum``, a span's start; the later, narrower one of
  ``letzte Woche am 23.02.``; ``vor einigen Stunden`` is the publication day);
  else the date the text ties it to: ``kurz darauf`` the day of the happening
  before, ``damals`` the date named just before, a plain past in the lead the
  day of the dated lead sentence before; else, for the news of the day in the
  lead, the publication date (``date_basis`` ``published``); else none;
* where: a place mention in a place phrase of the clause;
* status: ``announced`` for a future, a schedule (``soll ... stattfinden``),
  a plan (``plant ... zu besuchen``), ``geplant``/``vor dem Treffen``, or a date
  after publication; else ``happened``;
* via: ``laut X``, ``X zufolge``, ``nach Angaben von X``, or the speaker of
  the reporting verb whose clause holds the happening;
* type: from the predicate's lemma (``lang/de/events.py``), else ``other``;
* label: a short headline-style line built from the clause: who, what,
  whom, in the present; a passive whose ``von X`` names the agent is told
  actively (``Ostermayer stellt Buchpreis vor``); names stay whole.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date as _date
from datetime import timedelta
from functools import lru_cache

from chronik.extract.entities import acronym_of
from chronik.extract.view import ArticleView
from chronik.records import EventMention

# The first sentences of an article carry its news (the inverted pyramid):
# a happening reported there with no date took place just before publication.
LEAD_SENTENCES = 3
LEAD_PARAGRAPH_SENTENCES = 6
LEAD_MIN_TOKENS = 8
# Sentences searched back for the person a pronoun or role noun stands for.
LOOKBACK_SENTENCES = 2
# The longest label, in words.
MAX_LABEL_WORDS = 9
# The most words a label's list of parties takes before it names two "und weitere" (so that the verb
# and its object stay in the line).
MAX_LISTED_WORDS = 6
ACTOR_LABELS = frozenset({"PER", "ORG", "LOC", "MISC"})
# Sentences searched back for the person a pronoun stands for.
PRONOUN_LOOKBACK = 4
# Relations that start a new clause: their subtrees belong to another predicate.
CLAUSE_RELATIONS = frozenset({"ccomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "csubj:pass", "xcomp",
                              "conj", "discourse", "vocative"})
# Relations inside a phrase whose mentions are parties of it.
CORE_RELATIONS = frozenset({"conj", "cc", "appos", "flat", "flat:name", "compound", "det", "amod", "nummod",
                            "punct", "case"})
SUBJECT = frozenset({"nsubj"})
PASSIVE_SUBJECT = frozenset({"nsubj:pass"})
OBJECTS = frozenset({"obj", "iobj"})
# Prefixes that make another noun, not a compound of an event noun
# ("Auswahl" is no "Wahl", "Abschluss" no "Schluss").
NOT_MODIFIERS = frozenset({"aus", "ab", "an", "auf", "um", "vor", "zu", "ein", "bei", "nach", "über", "unter", "ver",
                           "ent", "zer", "wieder"})
# Relations the parser gives a clause-final particle it did not recognise.
LOOSE_PARTICLE_RELATIONS = frozenset({"dep", "advmod", "compound", "case", "mark", "amod", "xcomp", "obl"})
# Endings of a participle used as an adjective ("eingesetzte", "besetzten").
ATTRIBUTIVE_ENDINGS = ("te", "ten", "ter", "tes", "tem", "ene", "enen", "ener", "enes", "enem")
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
# Events whose parties are the subject of the clause they are the occasion of:
# "bei einem Treffen vereinbarten A und B" (A and B met).
PARTICIPATION_TYPES = frozenset({"meeting", "call", "letter", "statement", "visit"})


@dataclass
class _Event:
    """One predicate while it is being read (internal, mutable)."""

    k: int
    kind: str  # "verb" or "noun"
    lemma: str
    type: str
    clause: int  # the verb whose clause dates and places it
    roles: list[tuple[str, str]] = field(default_factory=list)
    place: str | None = None
    date: str | None = None
    date_basis: str | None = None
    status: str = "happened"
    via: str | None = None
    label: str = ""
    refers_back: bool = False
    read: bool = False  # its parts are read (events of the same sentence are read after all are found)
    place_prep: str = "in"
    owners: dict[str, str] = field(default_factory=dict)  # a genitive party -> the noun it owns ("Rating von")
    recipients: tuple[str, ...] = ()  # parties an "an" phrase names: they receive it


def extract_events(view: ArticleView, lexicon) -> tuple[EventMention, ...]:
    """The events one article reports, one ``EventMention`` per report, in text order."""
    if not view.tokens or not view.syntax.head:
        return ()
    reader = _Reader(view, lexicon)
    found: list[_Event] = []
    for si in range(len(view.sentences)):
        found.extend(reader.sentence(si, found))
    out = []
    for e in found:
        tok = view.tokens[e.k]
        names = tuple(dict.fromkeys(name for name, _ in e.roles))
        out.append(EventMention(
            type=e.type, trigger=tok.text, start=tok.start, end=tok.end, sentence=view.sentence_of[e.k],
            participants=names, place=e.place, date=e.date, date_basis=e.date_basis, status=e.status,
            predicate=e.lemma, roles=tuple(dict.fromkeys(e.roles)), label=e.label, via=e.via))
    return tuple(sorted(out, key=lambda m: (m.start, m.end, m.type)))


class _Reader:
    """The rules over one article's parse."""

    def __init__(self, view: ArticleView, lexicon) -> None:
        self.v = view
        self.lex = lexicon
        self.low = [t.text.lower() for t in view.tokens]
        self._particle_ge = tuple(p + "ge" for p in lexicon.separable_particles)  # "aufgelöst", "angegriffen"
        self.published = view.published[:10] if view.published and len(view.published) >= 10 else None
        self.timex_values = [_day_value(t.value) if t.type in ("DATE", "TIME") else None for t in view.timexes]
        # "vor einigen Stunden": a vague past of hours is the publication date
        self.recent = frozenset(i for i, t in enumerate(view.timexes) if self.published and self._hours_ago(t))
        for i in self.recent:
            self.timex_values[i] = self.published
        self.named = frozenset(m.text for m in view.mentions)
        self.bounded: set[int] = set()  # clauses with a time bound ("seit 1976"): no day of their own
        self.lead = _lead(view)
        self.chain: dict[int, str] = {}  # pronoun token -> the person it was read as
        # names() as the extractor read them before the role repairs: whether an
        # event noun names parties of its own decides whether it is an event,
        # and the role repairs leave which clauses are events as they were
        self.as_found = False
        self.happening_nouns: set[int] = set()  # "es kam zu X": X, whatever noun it is
        self.particle_phrases: dict[int, list[int]] = {}  # verb -> tokens hung on its separated particle
        self.owned: dict[str, str] = {}  # the last verb's genitive owners -> the noun each owns ("Rating")
        self.received: list[str] = []  # the last verb's recipients ("an Diehl/Thales verkauft")
        self.sourced = self._source_phrases()  # "X zufolge", "laut X", "nach Angaben von X": no party
        # "des Mouvement de Libération du Congo (MLC)": the short form -> the long form it introduces,
        # so a party named by its short form is named as fully as the article names it
        self.long_forms: dict[str, str] = {}
        self.short_forms: dict[str, str] = {}
        self.genitive_forms: dict[str, str] = {}  # a name read without its genitive ending -> as the text has it
        # names only of organisations and places: no first name to drop in a label ("Tara Air", "Alix Partners")
        self.not_persons = frozenset(m.text for m in view.mentions if m.label != "PER") - frozenset(
            m.text for m in view.mentions if m.label == "PER")
        for m in view.mentions:
            j = view.token_at(m.end)
            if m.label in ACTOR_LABELS and m.label != "PER" and j + 2 < len(self.low) \
                    and view.tokens[j].text == "(" and view.tokens[j + 2].text == ")" \
                    and _short_form(view.tokens[j + 1].text) and view.tokens[j + 1].text not in self.long_forms \
                    and acronym_of(view.tokens[j + 1].text, m.text):  # ("Schmuckenschlager (ÖVP)": his party)
                long = self._actor_name(m)
                self.long_forms[view.tokens[j + 1].text] = long
                self.short_forms.setdefault(long, view.tokens[j + 1].text)
        # a short form the article uses beside a long form it spells, with no brackets ("die Europäische
        # Union" ... "die EU"): the long form the article names first
        longs = [m for m in view.mentions if m.label in ACTOR_LABELS and m.label != "PER" and " " in m.text]
        for m in view.mentions:
            if m.text in self.long_forms or not _short_form(m.text) or not m.text.isupper():
                continue
            spelled = next((x for x in longs if acronym_of(m.text, x.text) and m.text not in x.text.split()), None)
            if spelled is not None:
                self.long_forms[m.text] = self._actor_name(spelled)
                self.short_forms.setdefault(self.long_forms[m.text], m.text)

    def _hours_ago(self, timex) -> bool:
        """A vague past counted in hours or minutes (``vor einigen Stunden``)."""
        return timex.value == "PAST_REF" and any(w in self.lex.recent_units for w in timex.text.split())

    def _source_phrases(self) -> frozenset[int]:
        """The tokens of the phrases that name a report's source (``Der Zeitung
        Haaretz zufolge``, ``laut Polizei``, ``nach Angaben des Ministeriums``),
        read from the words themselves, as the parser often hangs ``zufolge``
        anywhere (``flat:name``, a ``case`` of the next noun): the channel of the
        report, never a party of what it reports nor the subject of its line."""
        v, lex, low = self.v, self.lex, self.low
        out: set[int] = set()
        for i, w in enumerate(low):
            if w in lex.source_postpositions:
                out.update(self._source_phrase(i, -1))
            elif w in lex.source_preps and not self._loud(i):
                out.update(self._source_phrase(i, 1))
            elif w == "nach" and any(v.lemma(j) in lex.source_nouns or v.tokens[j].text in lex.source_nouns
                                     for j in range(i + 1, min(i + 3, len(low)))
                                     if v.sentence_of[j] == v.sentence_of[i]):
                out.update(self._source_phrase(i, 1))
        return frozenset(out)

    def _loud(self, i: int) -> bool:
        """``riefen laut Parolen``, ``sehr laut``: the adjective ``laut`` (loud),
        not the preposition of a source: after a word of degree or a verb of
        sound."""
        v, lex = self.v, self.lex
        if self.low[i] not in lex.sound_homographs or i == 0 or v.sentence_of[i - 1] != v.sentence_of[i]:
            return False
        return self.low[i - 1] in lex.degree_words or v.lemma(i - 1).lower() in lex.sound_verbs

    def _source_phrase(self, i: int, step: int) -> list[int]:
        """The noun phrase before a postposition (``step`` -1) or after a
        preposition (1): articles, adjectives, numbers, nouns and names, a
        genitive attribute (``Angaben des Ministeriums``) or a ``von``/``aus``
        phrase after a noun; two nouns side by side only where the second is a
        name (``Zeitung Haaretz``), so ``dass die Rebellen Berichten zufolge``
        keeps the rebels out of it."""
        v, low, lex = self.v, self.low, self.lex
        si, n = v.sentence_of[i], len(low)
        taken: list[int] = []
        j = i + step
        while 0 <= j < n and v.sentence_of[j] == si:
            pos = v.pos(j)
            if pos in ("NOUN", "PROPN", "X"):
                near = j - step  # the token taken just before, on the side of the source word
                if taken and v.pos(near) in ("NOUN", "PROPN", "X"):
                    earlier, later = min(j, near), max(j, near)
                    same = v.mention_at[later] >= 0 and v.mention_at[earlier] == v.mention_at[later]
                    title = v.pos(earlier) == "NOUN" and v.mention_at[earlier] < 0 and (
                        v.mention_at[later] >= 0 or v.pos(later) == "PROPN")
                    if not (same or title):
                        break  # two phrases ("dass laut Reuters Merkel"), unless one name or a noun and its name
            elif pos == "DET":
                if step < 0 and not (low[j] in lex.genitive_articles and j > 0 and v.pos(j - 1) == "NOUN"):
                    taken.append(j)
                    break  # the article opens the phrase, unless it opens a genitive after a noun
                if step > 0 and taken and v.pos(taken[-1]) in ("NOUN", "PROPN", "X") \
                        and low[j] not in lex.genitive_articles:
                    break  # "laut Polizei die Täter": another phrase
            elif pos == "ADP" and low[j] in lex.source_links and (
                    (step < 0 and j > 0 and v.pos(j - 1) == "NOUN") or (step > 0 and taken)):
                pass
            elif pos not in ("ADJ", "NUM"):
                break
            taken.append(j)
            j += step
        return taken

    # -- one sentence ------------------------------------------------------------------
    def sentence(self, si: int, earlier: list[_Event]) -> list[_Event]:
        v = self.v
        s = v.sentences[si]
        if v.tokens[s.last_token - 1].text == "?":
            return []
        events: list[_Event] = []
        occasions: dict[int, int] = {}  # event noun -> the clause it is the occasion of
        for k in range(s.first_token, s.last_token):
            if v.in_quote(v.tokens[k].start):
                continue
            if self._verb_like(k):
                e = self._verb(k, occasions)
                if e:
                    events.append(e)
        for k in range(s.first_token, s.last_token):
            if v.pos(k) in ("NOUN", "PROPN") and not v.in_quote(v.tokens[k].start):
                e = self._noun(k, occasions, earlier + events)
                if e:
                    events.append(e)
        for e in events:
            self._read(e, si, earlier + events)
        return events

    # -- verbal predicates ---------------------------------------------------------------
    def _verb_like(self, k: int) -> bool:
        """A verb, a main-clause auxiliary used as a full verb, or a lower-case
        root with a subject or object that the tagger mistook for another part
        of speech (``Österreich schließt/ADV die Grenze``)."""
        v = self.v
        pos = v.pos(k)
        if pos == "VERB":
            return True
        if pos == "AUX":
            return v.dep(k) in ("root", "conj") and not v.deps_of(k, "cop")
        if pos == "ADJ":  # a participle the tagger read as an adjective: "hätten ... telefoniert/ADJ"
            form = self.low[k]
            return (form.endswith(("t", "en")) and v.dep(k) in ("root", "conj", "parataxis", "ccomp", "advcl")
                    and not v.deps_of(k, "cop") and not self._attributive(k)
                    and (form.startswith("ge") or form.endswith("iert") or self._werden_passive(k) or any(
                        form.startswith(p + "ge") for p in self.lex.separable_particles))
                    and bool(v.deps_of(k, "obj", "nsubj", "aux", "obl") or v.dep(k) != "root"))
        if pos == "NOUN" and self._fronted_participle(k):
            return True
        return (v.dep(k) == "root" and pos in ("ADV", "NOUN", "X") and self.low[k].isalpha()
                and v.tokens[k].text[:1].islower() and bool(v.deps_of(k, "obj", "nsubj", "dep"))
                and not v.deps_of(k, "cop") and v.lemma(k).endswith("n") and self.low[k].endswith(("t", "te", "ten")))

    def _fronted_participle(self, k: int) -> bool:
        """A participle that opens the sentence before its auxiliary
        (``Gefunden wurde das Wrack``, ``Abgelöst wird der Hubschrauber``), which
        the tagger reads as a capitalised noun: its form (``ge-``, a particle and
        ``ge-``, an inseparable prefix and ``-t``) and the auxiliary after it say it is one."""
        v, lex = self.v, self.lex
        if k != v.sentences[v.sentence_of[k]].first_token or k + 1 >= len(self.low):
            return False
        if v.pos(k + 1) != "AUX" or v.lemma(k + 1).lower() not in ("werden", "sein", "haben"):
            return False
        form = self.low[k]
        return form.isalpha() and form.endswith(("t", "en")) and (
            form.startswith("ge") or any(form.startswith(p + "ge") for p in lex.separable_particles)
            or (form.startswith(lex.inseparable_prefixes) and form.endswith("t")))

    def _verb(self, k: int, occasions: dict[int, int]) -> _Event | None:
        v, lex = self.v, self.lex
        lemma = self.predicate_lemma(k)
        base = v.lemma(k).lower()
        if base in lex.modal_verbs or lemma in lex.modal_verbs or not lemma.isalpha():
            return None
        if lemma == self.low[k] and not lemma.endswith("n"):
            return None  # an adjective tagged as a verb ("stärker", "fair", "tätig"): no verb's lemma ends so
        form = self.low[k]
        if self._adjective_form(k):
            return None
        if form.endswith("st") and base == form[:-2] + "en":
            return None  # read as a "du" form: in news an adverb ("zumeist", "längst")
        head = v.head(k)
        if head != k and self._participle(k) and v.dep(k) in ("xcomp", "advmod", "obj", "obl", "acomp") \
                and v.lemma(head).lower() in lex.copula_verbs and not self._sein_perfect_under_copula(k, lemma):
            return None  # "zeigte sich besorgt", "blieb unbesiegt": how someone is
        if self._absolute_participle(k) and not self._fronted_participle(k):
            return None
        if v.mention_at[k] >= 0 or (v.tokens[k].text[:1].isupper() and (
                k != v.sentences[v.sentence_of[k]].first_token or not lemma.endswith("n"))):
            return None  # a name or noun the tagger took for a verb (infinitives end in -n)
        if self._attributive(k):
            return None  # an attributive participle: "die entsandten Soldaten"
        if self._not_a_verb(k) and any(self._adopted_aux(c) for c in v.deps_of(k, "xcomp")):
            return None  # "hatten ... vehement/VERB abgelehnt": the participle after it is the clause's verb
        happening = self._impersonal_happening(k)
        if happening is not None and self._happens(k) and not self._standing_relative(k):
            self.happening_nouns.add(happening)
            occasions.setdefault(happening, k)
            return None
        if self._there_was(k) and self._happens(k):
            for c in v.deps_of(k, "obj", "nsubj"):
                if self._event_noun(c):
                    occasions.setdefault(c, k)  # "es gab einen Übergriff": the noun is the happening
            return None
        if self._state(k) or self._idiom(k) or self._finding(k, lemma):
            return None
        if not self._happens(k):
            return None
        # a particle verb with a type of its own is no act of saying, whatever its base
        # ("sagte das Konzert ab": a cancellation; "sprach den Angeklagten frei": a ruling)
        own_type = lemma != base and lemma not in lex.speech_verbs and lemma in lex.verb_types
        if lemma in lex.speech_verbs or (base in lex.speech_verbs and not own_type) or (
                lex.verb_types.get(lemma) == "letter" and not self._letter_written(k)):
            occasion = self._occasion_of(k)
            if occasion is not None:
                occasions[occasion] = k
                return None
            if lemma in lex.announce_verbs and self._institution_subject(k):
                return _Event(k=k, kind="verb", lemma=lemma, type="announcement", clause=k)
            if self._to_the_press(k):
                return _Event(k=k, kind="verb", lemma=lemma, type="statement", clause=k)
            return None
        if lemma in lex.reflexive_states and any(self.low[c] == "sich" for c in v.children[k]):
            return None  # "hielten sich in Traiskirchen auf": where someone is
        if (lemma in lex.no_event_verbs or (lemma == base and base in lex.no_event_verbs)) \
                and not (lemma in lex.verb_types and self._werden_passive(k)):
            # a verb listed for its reading of state or opinion ("findet, dass"), but typed for
            # its happening, counts in the passive: "wurden Spuren gefunden" (no opinion has one)
            if lemma in lex.light_verbs or lemma in lex.existential_verbs:
                for c in v.deps_of(k, "nsubj", "obj", "obl", "nsubj:pass"):
                    if self._event_noun(c) or (self._case(c) in lex.begun_preps and self._action_with_object(c)):
                        occasions.setdefault(c, k)  # "wurde in New York mit dem Neubau ... begonnen"
            return None
        if lemma in lex.light_verbs and any(self._event_noun(c) or self._action_with_object(c)
                                            for c in v.deps_of(k, "nsubj", "nsubj:pass", "obj")):
            for c in v.deps_of(k, "nsubj", "nsubj:pass", "obj"):
                if self._event_noun(c) or self._action_with_object(c):
                    occasions.setdefault(c, k)  # "die Übermittlung des Protokolls erfolgte": the noun is it
            return None
        kind = self._verb_type(k, lemma, base)
        for c in v.deps_of(k, "obl"):
            if self._event_noun(c) in PARTICIPATION_TYPES and self._case(c) in lex.participation_preps:
                occasions.setdefault(c, k)
        return _Event(k=k, kind="verb", lemma=lemma, type=kind, clause=k)

    def _finding(self, k: int, lemma: str) -> bool:
        """``Auch wird angenommen, dass ...``, ``stellen fest, dass ...``: a
        verb of belief or finding with a clause of its own tells what someone
        holds true, a statement, not a happening."""
        v, lex = self.v, self.lex
        if lemma not in lex.belief_verbs and lemma not in lex.finding_verbs:
            return False
        # the clause as the parser hung it: a complement, or an adverbial clause it took the "dass" clause for
        return any(self.low[m] in lex.complement_marks for c in v.deps_of(k, "ccomp", "csubj", "csubj:pass", "advcl")
                   for m in v.deps_of(c, "mark"))

    def _there_was(self, k: int) -> bool:
        """``es gab``, ``hat es ... gegeben``: the verb of "there is" with ``es``."""
        v = self.v
        if v.lemma(k).lower() not in self.lex.there_is_verbs:
            return False
        holders = [k] + v.deps_of(k, "aux")
        return any(self.low[c] == "es" for h in holders for c in v.children[h])

    def _adjective_form(self, k: int) -> bool:
        """A word the dictionary reads as an adjective or adverb, whatever the
        tagger said (``juristischen``, ``zuverlässigen``, ``permanent``,
        ``besorgt``): every German verb's infinitive ends in -n, so a form whose
        dictionary lemma does not is no verb."""
        lemmatize = self.v.lemmatize
        if self._negated_participle(self.low[k]):
            return True
        if lemmatize is None:
            return False
        v, form = self.v, self.low[k]
        lemma = lemmatize(form, "ADV")
        if not form.isalpha() or lemma.endswith("n"):
            return False
        if form in (lemma + "e", lemma + "en") and v.deps_of(k, "nsubj") and v.feature(k, "Tense") == "Past" \
                and lemma.endswith("t"):
            # a past with a subject, read as the participle's adjective: "Sie verbrachten";
            # not an adjective in -en ("sicheren"): a weak past has its -t-
            return False
        # a participle that a perfect or passive makes a verb keeps its reading
        # ("wurden teilverschüttet", "hat ... überredet", "von Antel verfilmt")
        return not (self._participle(k) and (
            any(v.lemma(c).lower() in ("haben", "werden") for h in self._conj_chain(k)
                for c in v.deps_of(h, "aux", "aux:pass"))
            or self._surface_passive(k) or any(self._case(c) in self.lex.agent_preps for c in v.deps_of(k, "obl"))))

    def _negated_participle(self, form: str) -> bool:
        """``ungeschlagen``, ``unverletzt``, ``unbesetzt``: ``un-`` before a
        participle makes an adjective, never a verb form (no German verb begins
        with this ``un-``; ``unter-`` is another prefix)."""
        if not form.startswith("un") or form.startswith("unter"):
            return False
        rest = form[2:]
        return rest.endswith(("t", "en")) and (rest.startswith("ge") or rest.startswith(self.lex.inseparable_prefixes))

    def _werden_passive(self, k: int) -> bool:
        """``wurde ... vertagt/ADJ``: a form of "werden" as its passive auxiliary makes it a participle."""
        return any(self.v.lemma(c).lower() == "werden" for c in self.v.deps_of(k, "aux:pass"))

    def _attributive(self, k: int) -> bool:
        """A participle used as an adjective before its noun (``die entsandten
        Soldaten``, ``der seit 1973 eingesetzte Hubschrauber``)."""
        v = self.v
        if v.dep(k) in ("amod", "acl") and v.feature(k, "VerbForm") == "Part":
            return True
        if self._after_fused_preposition(k):
            return True
        form = self.low[k]
        nxt = k + 1
        while nxt < len(self.low) and v.tokens[nxt].text in ("„", "\"", "»", "«", "‚", "'"):
            nxt += 1  # 'ausgerichtete „Parteien“'
        before_noun = (form.endswith(ATTRIBUTIVE_ENDINGS + ADJECTIVE_ENDINGS) and nxt < len(self.low)
                       and v.pos(nxt) in ("NOUN", "ADJ", "PROPN") and v.sentence_of[nxt] == v.sentence_of[k])
        if before_noun and self._after_article_and_phrase(k):
            return True
        if not before_noun or v.deps_of(k, "aux", "aux:pass", "nsubj"):
            return False
        # a participle (ge-, or a particle and ge-) or a word after an article:
        # "die entsandten", "eingesetzte"; not a verb in the past ("bestätigte Pjöngjang")
        participle = form.startswith("ge") or any(form.startswith(p + "ge") for p in self.lex.separable_particles)
        # or the parse hangs it under the noun after it ("die gegen die Ukraine entsandten Soldaten")
        modifies = v.head(k) > k and v.pos(v.head(k)) == "NOUN" and v.sentence_of[v.head(k)] == v.sentence_of[k]
        return participle or modifies or (k > 0 and v.pos(k - 1) in ("DET", "ADJ", "ADV"))

    def _verb_type(self, k: int, lemma: str, base: str) -> str:
        """A law passed, else the type of a verb idiom or of a launch's
        destination, the verb's own, or that of the event noun it does."""
        lex = self.lex
        if self._law_passed(k, lemma):
            return "law"
        return (self._phrase_type(k, lemma) or lex.verb_types.get(lemma)
                or (lex.verb_types.get(base) if lemma == base else None)
                or self._noun_type_of_arguments(k) or "other")

    def _impersonal_happening(self, k: int) -> int | None:
        """``es war zu gewaltsamen Auseinandersetzungen gekommen``: the noun
        after ``zu`` is the happening, the verb says only that it happened."""
        v, lex = self.v, self.lex
        if v.lemma(k).lower() not in lex.happening_verbs:
            return None
        holders = [k] + v.deps_of(k, "aux")
        if not any(self.low[c] == "es" for h in holders for c in v.children[h]):
            return None
        # its own phrase first, then one the parser hung on another word ("am Samstag zu Ausschreitungen")
        for c in v.deps_of(k, "obl", "obl:arg") + self._clause_tokens(k):
            if v.pos(c) == "NOUN" and self._case(c) in lex.happening_preps:
                return c
        return None

    def _phrase_type(self, k: int, lemma: str) -> str | None:
        """The type of presenting a report (``legte eine Studie vor``), of a
        verb idiom (``lief vom Stapel``, ``geht in Serie``) or of a launch's
        destination (``ins All``), from the nouns of the verb's phrases."""
        v, lex = self.v, self.lex
        if lemma in lex.presenting_verbs and any(self._report(c) for c in self._object_nouns(k)):
            return "announcement"
        for c in v.deps_of(k, "obl", "obl:arg", "obj", "nsubj:pass"):
            noun = v.lemma(c)
            kind = lex.phrase_types.get((lemma, noun))
            if kind is None and self._case(c):
                kind = lex.destination_types.get(noun)  # "ins All", with any verb
            if kind:
                return kind
        return None

    def _object_nouns(self, k: int) -> list[int]:
        """What a verb acts on: its objects, its passive subject, or the noun its relative pronoun stands for."""
        out = []
        for c in self.v.deps_of(k, "obj", "nsubj:pass"):
            antecedent = self._antecedent_noun(c)
            out.append(c if antecedent is None else antecedent)
        return out

    def _report(self, c: int) -> bool:
        """A noun that names a report or findings (``Bericht``, ``Jahresbericht``, ``Studie``)."""
        v, nouns = self.v, self.lex.report_nouns
        return v.pos(c) == "NOUN" and (v.lemma(c) in nouns or self._compound_head(v.lemma(c), nouns) is not None)

    def _law_passed(self, k: int, lemma: str) -> bool:
        """``unterzeichnete ein Gesetz``, ``per Gesetz abgeschafft``: a law
        passed, signed or enacted; other objects keep the verb's own type."""
        v, lex = self.v, self.lex
        for c in v.deps_of(k, "obj", "nsubj:pass", "obl"):
            if not self._document(c):
                continue
            if v.dep(c) == "obl" and self._case(c) in lex.means_preps:
                return True
            if v.dep(c) != "obl" and lemma in lex.passing_verbs:
                return True
        return False

    def _document(self, c: int) -> bool:
        """A noun that names a text of law (``Gesetz``, ``Klimaschutzgesetz``)."""
        v, docs = self.v, self.lex.document_nouns
        return v.pos(c) == "NOUN" and (v.lemma(c) in docs or self._compound_head(v.lemma(c), docs) is not None)

    def _idiom(self, k: int) -> bool:
        """A verb with an object that makes an idiom of state or habit
        (``spielen die Hauptrollen``, ``schafft es, ... zu``): no happening."""
        v = self.v
        nouns = self.lex.idiom_objects.get(self.predicate_lemma(k))
        if not nouns:
            return False
        # its object, or a noun of its clause the parser hung elsewhere ("spiele dieser Aspekt eine Rolle/nmod")
        nouns_of_clause = [c for c in self._clause_tokens(k) if c > k and v.pos(c) == "NOUN" and v.dep(c) == "nmod"]
        for c in v.deps_of(k, "obj", "nsubj", "expl", "obl") + nouns_of_clause:
            lemma = v.lemma(c) if v.pos(c) in ("NOUN", "PROPN") else self.low[c]
            if lemma in nouns or self._compound_head(lemma, nouns):
                return True
        return False

    def _after_fused_preposition(self, k: int) -> bool:
        """``beim erstklassig besetzten Turnier``: a participle that follows a
        preposition fused with its article, with at most adverbs or adjectives
        in between, opens that preposition's noun phrase."""
        v = self.v
        first = v.sentences[v.sentence_of[k]].first_token
        for j in range(k - 1, max(first, k - 4) - 1, -1):
            if self.low[j] in self.lex.fused_preps:
                return self.low[k].endswith(ADJECTIVE_ENDINGS)
            if v.pos(j) not in ("ADV", "ADJ"):
                return False
        return False

    def _after_article_and_phrase(self, k: int) -> bool:
        """An article, then a prepositional phrase, then the word: ``die [gegen
        die Ukraine] entsandten``, ``der [seit 1973] eingesetzte``."""
        v = self.v
        first = v.sentences[v.sentence_of[k]].first_token
        for j in range(k - 1, max(first, k - 6) - 1, -1):
            pos = v.pos(j)
            if pos == "ADP":
                return j > first and v.pos(j - 1) == "DET" and v.dep(j - 1) != "case"
            if pos not in ("NOUN", "PROPN", "DET", "ADJ", "NUM"):
                return False
        return False

    def _state(self, k: int) -> bool:
        """A state, not a happening: the stative passive with ``sein`` (``sind
        ausgesetzt``, ``waren bewaffnet``); an infinitive with no auxiliary that
        makes it a future or a schedule (``ist zu erreichen``, ``zu locken``);
        a present-tense relative clause with no date (``die Tiernahrung vertreibt``)."""
        v, lex = self.v, self.lex
        # "waren ... geöffnet" with "waren" parsed as a copula is the same stative "sein"
        auxes = [c for h in self._conj_chain(k) for c in v.children[h] if v.dep(c).startswith("aux")
                 or (v.dep(c) == "cop" and v.lemma(c).lower() == "sein")]
        adopted = self._adopted_aux(k) if not auxes else []
        if not auxes:
            auxes = (self._bracket_aux(k) if self._participle(k) else []) or adopted
        sein_perfect = self.predicate_lemma(k) in v.grammar.sein_perfect or v.lemma(k).lower() in v.grammar.sein_perfect
        if any(v.dep(c) == "aux:pass" and v.lemma(c).lower() == "sein" for c in auxes) and \
                not any(self.low[c] == "worden" for c in auxes) and not (
                    sein_perfect and v.feature(k, "VerbForm") == "Part" and self.low[k] not in lex.adjectival_participles):
            # "ist ... ausgesetzt"; but "ist ... getötet worden" is the perfect of the passive, and
            # "sind ... ums Leben gekommen" the perfect of a verb that takes "sein" (it has no passive)
            return True
        if v.feature(k, "VerbForm") == "Part" and any(v.lemma(c).lower() == "sein" for c in auxes) and \
                not any(v.lemma(c).lower() == "werden" or self.low[c] == "worden" for c in auxes) and \
                self.predicate_lemma(k) not in v.grammar.sein_perfect and v.lemma(k).lower() not in v.grammar.sein_perfect:
            return True  # "ist ... entfernt": the perfect of this verb takes "haben"; with "sein" it is a state
        # "sein werden": the future of the state ("betroffen sein werden"), "werden" no passive
        future_state = any(self.low[c] == "sein" for c in auxes)
        if self.low[k] in lex.adjectival_participles and any(v.lemma(c).lower() == "sein" for c in auxes) and \
                (future_state or not any(v.lemma(c).lower() == "werden" or self.low[c] == "worden" for c in auxes)):
            return True  # "sind ... betroffen", "ist ... vertreten": an adjective, whatever the tagger says
        if self._participle(k) and any(self.low[c] in lex.state_auxiliaries for c in auxes) and \
                not any(self.low[c] == "worden" for c in auxes):
            return True  # "war ... ausgesetzt gewesen": a state before the time told
        if self._until_now(k, auxes):
            return True
        subject = v.subject(k)
        if subject is not None and self.low[subject] == "es" and v.lemma(k).lower() in lex.existential_verbs:
            return True  # "es geht um", "es gab", "es kam zu": the noun, if any, is the event
        form = self.low[k]
        zu = any(self.low[c] == "zu" and v.dep(c) == "mark" for c in v.children[k]) or any(
            form.startswith(p + "zu") and self.predicate_lemma(k) == p + form[len(p) + 2:]
            for p in lex.separable_particles)  # "anzusehen", "aufzubauen": the "zu" inside the word
        if zu and not self._planned(k):
            return True  # "ist zu erreichen", "um ... zu": no happening
        if v.feature(k, "VerbForm") == "Inf" and not adopted:  # "hatten ... verlassen/Inf": a perfect
            lemmas = {v.lemma(c).lower() for c in auxes}
            if not lemmas & (lex.future_aux | lex.schedule_modals) and not self._planned(k) \
                    and not v.deps_of(k, "nsubj", "nsubj:pass"):
                return True
        return self._standing_relative(k)

    def _standing_relative(self, k: int) -> bool:
        """A present-tense relative clause with no date (``die Tiernahrung
        vertreibt``, ``in dem es zu einer Regierung kommt``): what a thing is."""
        v = self.v
        relative = v.dep(k) in ("acl:relcl", "acl") or self._relative_pronoun_first(k) or self._relative_span(k)
        return relative and (v.feature(k, "Tense") == "Pres" or self._present_form(k)) and self._own_date(k) is None

    def _present_form(self, k: int) -> bool:
        """A verb-final plural present the tagger read as a past (``linke
        Krawallbrüder, die FPÖ-Plakate beschmieren``): the form is the
        infinitive's, with a plural subject, and no auxiliary stands in its
        stretch of text (``die ... vertreten haben``)."""
        v = self.v
        if v.pos(k) != "VERB" or self.low[k] != v.lemma(k).lower():
            return False
        if not any(v.feature(c, "Number") == "Plur" for c in v.deps_of(k, "nsubj")) and not (
                v.dep(k) == "acl:relcl" and v.feature(v.head(k), "Number") == "Plur"):
            return False  # "das ... geschehen war": a participle like its infinitive
        if self.low[k] in self.lex.preterite_forms or v.weak_preterite(k):
            return False
        return not any(v.pos(j) == "AUX" for j in self._clause_span(k))

    def _until_now(self, k: int, auxes: list[int]) -> bool:
        """``Die Gemälde sind bis heute verschwunden``: a perfect with ``sein``
        that lasts ``bis heute`` tells a state, not a happening."""
        v, lex = self.v, self.lex
        if not any(v.lemma(c).lower() == "sein" for c in auxes):
            return False
        span = self._clause_span(k)
        return any(self.low[j] in lex.bound_preps and j + 1 in span and self.low[j + 1] in lex.until_now
                   for j in span)

    def _bracket_aux(self, k: int) -> list[int]:
        """The auxiliary that opens the clause a participle closes, where the
        parser hung it elsewhere: the nearest one before it, with no verb or
        comma in between (``Die Wahllokale waren von 08:00 bis 18:00 Uhr geöffnet``)."""
        v = self.v
        first = v.sentences[v.sentence_of[k]].first_token
        for j in range(k - 1, first - 1, -1):
            if v.pos(j) == "AUX":
                return [j]
            if v.pos(j) == "VERB" or v.tokens[j].text in (",", ";"):
                return []
        return []

    def _participle(self, k: int) -> bool:
        """A past participle by its tag, or by its form where the tagger left
        the feature out (``geöffnet``, ``angegriffen``; ``hat ... organisiert``)."""
        v = self.v
        form = self.low[k]
        if form.startswith("ge") and form in self.lex.preterite_forms:
            return False  # "gewannen": a past with "ge" of its stem, no participle
        if v.feature(k, "VerbForm") == "Part":
            return True
        if form.endswith("t") and any(v.lemma(c).lower() in ("haben", "sein", "werden")
                                         for c in v.deps_of(k, "aux", "aux:pass")):
            return True
        return form.endswith(("t", "en")) and (form.startswith("ge") or form.startswith(self._particle_ge))

    def _noun_type_of_arguments(self, k: int) -> str | None:
        """A verb of no type that does what its event noun names (``ein Urteil
        fällen``, ``Angriffe führen``, ``es kam zu Auseinandersetzungen``): the noun's type."""
        v = self.v
        for c in v.children[k]:
            if v.dep(c) in ("obj", "nsubj", "nsubj:pass") or (v.dep(c) == "obl" and self._case(c) in ("zu", "zur",
                                                                                                       "zum")):
                kind = self._event_noun(c)
                if kind:
                    return kind
        return None

    def predicate_lemma(self, k: int) -> str:
        """The verb's lemma with its separable particle joined: gab ... bekannt -> bekanntgeben."""
        v = self.v
        lemma = v.lemma(k).lower()
        if v.pos(k) in ("ADJ", "ADV", "NOUN", "X") and v.lemmatize is not None:
            lemma = v.lemmatize(v.tokens[k].text.lower(), "VERB")  # read as the verb it is
        if self.low[k] in v.grammar.sein_participles and any(
                v.lemma(a).lower() == "sein" for a in v.deps_of(k, "aux")):
            lemma = v.grammar.sein_participles[self.low[k]]
        for c in self._particles(k):
            particle = self.low[c]
            if not lemma.startswith(particle):
                lemma = particle + lemma
        return lemma

    def _particles(self, k: int) -> list[int]:
        """The separable particle of a verb: what the parser calls one, or a
        particle word that closes the verb's clause after it, which the parser
        took for something else (``gab ... bekannt/ADJ/dep``)."""
        v, lex = self.v, self.lex
        found = [c for c in v.deps_of(k, "compound:prt") if v.is_particle_of(c, k, lex.separable_particles)]
        if len(found) > 1:
            # a verb has one particle, the last word of its clause; one before a phrase is a preposition
            # ("teilte ... auf/compound:prt tagesschau.de mit/compound:prt")
            found = [c for c in found if self._clause_end(c)][:1] or found[-1:]
        if found or v.pos(k) not in ("VERB", "ADV", "NOUN", "X", "ADJ"):
            return found
        for c in v.children[k]:
            if c > k and self.low[c] in lex.separable_particles and v.dep(c) in LOOSE_PARTICLE_RELATIONS:
                if self._clause_end(c):
                    return [c]
        return self._stranded_particle(k)

    def _clause_end(self, c: int) -> bool:
        """Nothing but punctuation, ``und``/``oder`` or the sentence end after ``c``."""
        v, nxt = self.v, c + 1
        return nxt >= len(self.low) or v.pos(nxt) in ("PUNCT", "CCONJ") or v.sentence_of[nxt] != v.sentence_of[c]

    def _stranded_particle(self, k: int) -> list[int]:
        """``rief ... den Notstand aus`` with ``aus`` parsed as the preposition of
        the noun before it: a preposition comes before its noun, so a particle
        word that closes the verb's clause after its head is the verb's particle,
        where the verb with it is one the dictionary knows (``ausrufen``)."""
        v = self.v
        known = getattr(v.lemmatize, "known", None)
        if known is None or v.pos(k) != "VERB":
            return []
        for c in self._clause_tokens(k):
            if c > k and v.pos(c) == "ADP" and v.dep(c) == "case" and v.head(c) < c \
                    and self.low[c] in self.lex.separable_particles and self._clause_end(c) \
                    and known(self.low[c] + v.lemma(k).lower()):
                return [c]
        return []

    def _happens(self, k: int) -> bool:
        """Not negated, hypothetical, modal, conditional, habitual or a purpose."""
        v, lex = self.v, self.lex
        chain = self._conj_chain(k)
        reported = self._reporting_verb(k) is not None
        for h in chain:
            for c in v.children[h]:
                low, dep = self.low[c], v.dep(c)
                if dep.startswith("advmod") or dep in ("det", "obj", "nsubj", "advmod:neg"):
                    if low in lex.negations and not self._nicht_nur(c):
                        if dep.startswith("advmod") or low.startswith("kein"):
                            return False
                if dep.startswith("aux"):
                    if low in lex.hypothetical_forms and not reported:
                        return False
                    lemma = v.lemma(c).lower()
                    if lemma in lex.modal_verbs and lemma not in lex.schedule_modals \
                            and low not in lex.actual_modal_forms:
                        return False
                    if lemma in lex.schedule_modals and v.dep(h) == "acl:relcl" and not self._dated_sentence(k) \
                            and not any(v.lemma(a).lower() in ("haben", "sein") for a in v.deps_of(h, "aux")):
                        return False  # "die ... aufspüren soll": its purpose ("verübt haben soll": a report)
                if dep == "mark" and (low in lex.condition_marks or low in lex.purpose_marks):
                    return False
                if dep.startswith("advmod") and low in lex.habitual:
                    return False
                if v.timex_at[c] >= 0 and v.timexes[v.timex_at[c]].type == "SET":
                    return False  # "jedes Jahr", "täglich": a habit, not one happening
            if self.low[h] in lex.hypothetical_forms and not reported:
                return False
            if not reported and v.feature(h, "Mood") == "Sub" and v.feature(h, "VerbForm") == "Fin" \
                    and not self._reported_mood(h):
                return False  # "käme", "ginge": a hypothetical (Konjunktiv I outside a report is rare)
        first = self.v.sentences[self.v.sentence_of[k]].first_token
        if self.low[first] in lex.condition_marks or self._generic_sentence(k) or self._conditional_conjunct(k):
            return False
        if self._describes_group(chain[-1]):
            return False
        finite = [h for h in chain[-1:]] + [c for c in v.children[chain[-1]] if v.dep(c).startswith("aux")]
        fronted = first == chain[-1] and self._participle(first) and (
            len(finite) > 1 or self._fronted_participle(first))
        if first in finite and v.tokens[first].text[:1].isupper() and not fronted:
            # verb first: a condition ("Kämen sie dem nicht nach, ..."), a question or an order; not a
            # participle put first with its auxiliary after it ("Abgelöst wird der Hubschrauber")
            return False
        if v.dep(k) == "xcomp" and not self._planned(k) and not self._auxiliary_head(k) \
                and not self._preterite_at_clause_end(k):
            return False
        if self._intention(chain[-1]) or self._statistic(k) or self._speaker_told(chain[-1]):
            return False
        if self._frames_speech(k):
            return False
        if self._generic_present(k, chain) or self._under_modal(k) or self._condition_consequent(k):
            return False
        if self._negated_clause(k) or self._unasserted(k):
            return False
        if self._absent(k, chain) or self._unreal_comparison(k) or self._conditioned(k, chain):
            return False
        if self._modal_infinitive(k) or self._noun_content(k) or self._modal_perfect(k):
            return False
        if reported and self._reported_wuerde(k, chain):
            return False
        if self._source_clause(k):
            return False
        if any(self.low[j] in lex.hedges for j in self._clause_span(k)):
            return False  # "möglicherweise", "eventuell": a possibility
        if any(self.low[j] in lex.habitual or (self.low[j] in lex.every_words and v.timex_at[j] >= 0
                                               and v.timexes[v.timex_at[j]].type == "SET")
               for j in self._clause_span(k)):
            return False  # "wird damit immer häufiger abgelehnt", "jedes Jahr", however the parser hung them
        if self._durative(k):
            return False
        subject = v.subject(k)
        if subject is not None and self.low[subject] in lex.generic_subjects:
            return False  # "wo man sich niederlässt"
        if not any(v.dep(c).startswith("aux") for c in v.children[k]) and v.feature(k, "VerbForm") == "Inf":
            bracket = self._bracket_aux(k)  # "können Nutzer ... beantworten", the modal hung elsewhere
            if bracket and v.lemma(bracket[0]).lower() in lex.modal_verbs - lex.schedule_modals \
                    and self.low[bracket[0]] not in lex.actual_modal_forms:
                return False
        if self._participle(k) and any(v.dep(c) == "aux:pass" for c in v.children[k]) and not any(
                v.dep(c) == "aux" for c in v.children[k]):
            # "darf die GmbH privatisiert werden" with "darf" hung elsewhere: a passive under a modal
            bracket = self._bracket_aux(k)
            if bracket and v.lemma(bracket[0]).lower() in lex.modal_verbs - lex.schedule_modals \
                    and self.low[bracket[0]] not in lex.actual_modal_forms:
                return False
        return True

    def _describes_group(self, k: int) -> bool:
        """``jene, die am Sonntag fischen und Pétanque spielen gehen``: a relative
        clause in the present on a demonstrative that stands for a kind of
        people (``jene``, ``diejenigen``, ``alle``) says who they are, what they
        do as a rule, not one happening."""
        v = self.v
        pronouns = [c for c in v.deps_of(k, "nsubj", "nsubj:pass", "obj")
                    if v.pos(c) == "PRON" and self.low[c] in v.grammar.relative_pronouns and c < k]
        if not pronouns:
            return False
        r = pronouns[0]
        if r < 2 or self.low[r - 1] != "," or self.low[r - 2] not in self.lex.kind_antecedents:
            return False
        finite = [k] + v.deps_of(k, "aux", "aux:pass", "cop")
        return any(v.feature(t, "Tense") == "Pres" for t in finite) and not any(
            v.feature(t, "Tense") == "Past" or v.feature(t, "VerbForm") == "Part" for t in finite)

    def _durative(self, k: int) -> bool:
        """``der lange Zeit die Umfragen anführte``, ``soll seit zwei Jahren
        Code lernen``, ``jahrelang``: an adverbial of duration over the verb
        (a span of time with ``seit`` or ``lang``, not a date: ``seit Montag``
        dates a happening) tells a state or a habit that lasts, not one
        happening."""
        v, lex = self.v, self.lex
        span = self._clause_span(k)
        if any(self.low[j] in lex.durative_adverbs or (self.low[j] == "lange" and j + 1 in span
                                                       and self.low[j + 1] == "zeit") for j in span):
            return True
        # "seit" and a span up to now: with a present or an infinitive (a past "wurde seit Jahren gesucht"
        # is told as what went on); "erstmals seit 14 Jahren" marks one happening as the first
        if any(v.feature(j, "Tense") == "Past" and v.pos(j) in ("AUX", "VERB") and self._finite(j) for j in span):
            return False
        for j in span:
            if j > span[0] and self.low[j - 1] in lex.first_time_words:
                continue
            if self.low[j] in lex.durative_marks and j + 1 < len(self.low) and v.timex_at[j + 1] >= 0 \
                    and v.timexes[v.timex_at[j + 1]].type == "DURATION":
                return True  # "seit zwei Jahren"
            if v.timex_at[j] >= 0 and v.timexes[v.timex_at[j]].type == "DURATION" and v.timexes[
                    v.timex_at[j]].start == v.tokens[j].start and self.low[j] in lex.durative_marks:
                return True  # "Seit Jahren", the mark inside the time expression
        return False

    def _intention(self, k: int) -> bool:
        """``St. Pölten will den Aufstieg heuer schaffen``, ``will den Umsatz
        verdoppeln``: a verb of attaining or of change under a verb of will is
        a goal, not a happening, unless a month or a day schedules it."""
        v = self.v
        h = v.head(k)
        if v.dep(k) != "xcomp" or h == k or v.lemma(h).lower() not in self.lex.intention_verbs:
            return False
        lemma = self.predicate_lemma(k)
        if lemma not in self.lex.attain_verbs and lemma not in self.lex.change_verbs:
            return False
        return not self._dated_month(k)

    def _dated_month(self, k: int) -> bool:
        """A date of a month or a day in the clause of ``k`` (``im Oktober``,
        ``am 3. Mai``), not a year or a period (``heuer``, ``im dritten Quartal``)."""
        own = self._own_date(k)
        value = self.timex_values[own] if own is not None else None
        return value is not None and len(value) >= 7 and value[5:7].isdigit()

    def _frames_speech(self, k: int) -> bool:
        """``Jaalon verteidigte die Einsatzregeln: Wir werden ...``, ``Hofer
        strahlte: Sechs Monate sei es her``: a main clause that ends in a colon
        before words in the first person or in reported speech introduces
        what someone said (10kGNAD keeps no quotation marks); the saying is no
        happening."""
        v = self.v
        if v.dep(k) != "root":
            return False
        span = self._clause_span(k)
        colon = span[-1] + 1
        s = v.sentences[v.sentence_of[k]]
        if colon >= s.last_token or v.tokens[colon].text != ":":
            return False
        after = range(colon + 1, s.last_token)
        return any(self.low[j] in self.lex.speaker_words and v.dep(j).startswith("nsubj") for j in after) or any(
            v.feature(j, "Mood") == "Sub" and self.low[j] not in self.lex.hypothetical_forms for j in after)

    def _speaker_told(self, k: int) -> bool:
        """``Meine Mannschaft hat gut gearbeitet``, ``wie wir heute gespielt
        haben``: a clause whose subject is the speaker or the one spoken to is
        quoted words (an evaluation, what one keeps doing), no happening
        reported, unless a month or a day dates it."""
        v, words = self.v, self.lex.speaker_words
        # the subject in the verb's stretch of text, wherever the parser hung it ("haben wir uns ... lang bewegt")
        speaker = any(v.dep(j).startswith("nsubj") and (self.low[j] in words or self._polite_you(j) or any(
            self.low[c] in words and v.dep(c).startswith("det") for c in v.children[j])) for j in self._clause_span(k))
        return speaker and not self._dated_month(k)

    def _polite_you(self, j: int) -> bool:
        """``haben Sie vermutlich auch Angebote aus Hollywood bekommen``:
        ``Sie`` written with a capital inside a sentence is the polite form of
        address (Duden: Höflichkeitsform), the one spoken to; at the start of
        a sentence, after a colon or a quotation mark it may be ``sie``."""
        v = self.v
        if v.tokens[j].text != "Sie" or j == v.sentences[v.sentence_of[j]].first_token:
            return False
        return v.tokens[j - 1].text not in (":", "\"", "„", "“", "»", "«", "'", "–", "-", "(")

    def _statistic(self, k: int) -> bool:
        """``Der Umsatz stieg um 5 Prozent``, ``stieg von 37,6 auf 43,7
        Prozent``: a change of quantity by an amount, undated or over a
        reporting period (a quarter, a year), is a statistic, not one
        happening; dated by a month or a day, or over a span of days, it is
        news of its own (``Die Zahl stieg im Oktober auf 40,26 Millionen``)."""
        if self.predicate_lemma(k) not in self.lex.change_verbs or self._dated_month(k):
            return False
        v, span = self.v, self._clause_span(k)
        if any(v.timex_at[j] >= 0 and v.timexes[v.timex_at[j]].type == "DURATION"
               and (v.timexes[v.timex_at[j]].value or "")[-1:] in ("D", "W", "H") for j in span):
            return False  # "in den vergangenen zehn Tagen um zehn Dollar": a move of days, news in itself
        return any(self.low[j] in self.lex.amount_preps and j + 1 in span and self.v.pos(j + 1) == "NUM"
                   for j in span)

    def _conditional_conjunct(self, k: int) -> bool:
        """``wenn der Bär stapft und die Schlange zischt``: a clause joined to a
        condition shares its ``wenn``, however the parser hung the ``und``."""
        v = self.v
        if v.dep(k) != "conj" or v.head(k) == k:
            return False
        return any(v.dep(c) == "mark" and self.low[c] in self.lex.condition_marks for c in v.children[v.head(k)])

    def _generic_sentence(self, k: int) -> bool:
        """``Wer gegen die Regeln verstößt, wird bestraft``, ``Je länger der
        Streik dauert, desto teurer wird er``: what holds for anyone or in
        proportion, not one happening."""
        s = self.v.sentences[self.v.sentence_of[k]]
        words = self.low[s.first_token:s.last_token]
        if words and words[0] in self.lex.generic_openers:
            return True
        opener, closer = self.lex.proportion_marks
        je = next((i for i, w in enumerate(words) if w in opener), None)
        return je is not None and any(w in closer for w in words[je:])

    def _sein_perfect_under_copula(self, k: int, lemma: str) -> bool:
        """``war ... nach Sardinien gereist`` with ``war`` parsed as a copula and
        the participle as its complement: a verb whose perfect takes ``sein``
        makes it the perfect of a happening, not how someone is."""
        v = self.v
        head = v.head(k)
        return head < k and v.lemma(head).lower() == "sein" and (
            lemma in v.grammar.sein_perfect or v.lemma(k).lower() in v.grammar.sein_perfect) \
            and lemma not in self.lex.adjectival_participles and self.low[k] not in self.lex.adjectival_participles

    def _preterite_at_clause_end(self, k: int) -> bool:
        """A past tense that closes its clause (``nach dessen Tod sie in ihr
        Elternhaus zurückzog``, ``welche ... in ihre Häuser zurückkehrten``),
        which the parser hung as a complement: a finite verb at the end of a
        clause heads a subordinate clause of its own; a complement would be an
        infinitive or a participle, and no participle has the past's form."""
        v, lex = self.v, self.lex
        if v.pos(k) != "VERB" or not self._clause_end(k) or self._participle(k):
            return False
        form = self.low[k]
        if not (v.weak_preterite(k) or form in lex.preterite_forms or any(
                form.startswith(p) and form[len(p):] in lex.preterite_forms for p in lex.separable_particles)):
            return False
        return not any(self.low[c] == "zu" for c in v.children[k])

    def _not_a_verb(self, k: int) -> bool:
        """A word the dictionary knows as no verb (``vehement``, ``freiwillig``), whatever the tagger said."""
        known = getattr(self.v.lemmatize, "known", None)
        return known is not None and not known(self.v.lemma(k).lower())

    def _adopted_aux(self, k: int) -> list[int]:
        """The perfect auxiliary of a participle that closes its clause, where
        the parser hung the participle as a complement of an earlier word and
        the auxiliary on that word (``hatten ... die Stadt freiwillig/VERB
        verlassen/xcomp``, ``hat sich ... wie erwartet/VERB zu einem Hurrikan
        entwickelt/xcomp``)."""
        v = self.v
        head = v.head(k)
        form = self.low[k]
        # a participle by its form; one with an inseparable prefix has no ge- ("entwickelt", "verlassen")
        participle = self._participle(k) or (form.startswith(self.lex.inseparable_prefixes)
                                             and form.endswith(("t", "en")))
        if v.dep(k) != "xcomp" or not head < k or not participle or not self._clause_end(k):
            return []
        if any(self.low[c] == "zu" for c in v.children[k]):
            return []
        return [a for a in v.deps_of(head, "aux") if v.lemma(a).lower() in ("haben", "sein") and a < head]

    def _auxiliary_head(self, k: int) -> bool:
        """A participle the parser hung as a complement under its own auxiliary
        (``hatten ... abgeschafft/xcomp``) or that has an auxiliary of its own
        (``20 wurden freigesprochen``): a clause of its own, not a purpose."""
        v = self.v
        if not self._participle(k):
            return bool(self._adopted_aux(k))
        head = v.head(k)
        if v.lemma(head).lower() in self.lex.modal_verbs or self.low[head] in self.lex.hypothetical_forms:
            return False  # "müsste ... organisiert werden": under a modal, not a clause of its own
        return v.lemma(head).lower() in ("haben", "sein", "werden") or bool(v.deps_of(k, "aux", "aux:pass")) \
            or bool(self._adopted_aux(k))

    def _absolute_participle(self, k: int) -> bool:
        """``Genau genommen, ...``, ``Anders gesagt, ...``: a participle that
        opens the sentence and is set off by a comma is a manner of speaking."""
        v = self.v
        first = v.sentences[v.sentence_of[k]].first_token
        nxt = k + 1
        return (k - first <= 2 and nxt < len(self.low) and (v.tokens[nxt].text in (",", ":") or (
                    v.pos(nxt) in ("VERB", "AUX") and v.feature(nxt, "VerbForm") in ("Fin", None)))
                and (self._participle(k) or self.low[k].endswith("iert"))  # "Anders formuliert:": -ieren has no ge-
                and not v.deps_of(k, "aux", "aux:pass", "nsubj", "nsubj:pass"))

    def _clause_span(self, k: int) -> range:
        """The tokens of the stretch of the sentence around ``k`` between commas,
        semicolons and dashes: the clause as the text sets it off, whatever the parse."""
        v = self.v
        s = v.sentences[v.sentence_of[k]]
        stops = (",", ";", "–", "-", ":")
        first = next((j + 1 for j in range(k - 1, s.first_token - 1, -1) if v.tokens[j].text in stops), s.first_token)
        last = next((j for j in range(k + 1, s.last_token) if v.tokens[j].text in stops), s.last_token)
        return range(first, last)

    def _negated_clause(self, k: int) -> bool:
        """A negation anywhere in the verb's own stretch of text (``hat bisher
        noch kein Stoke-Profi erreicht``, ``hat sich nicht weiter verbessert``),
        not ``nicht nur`` and not one inside a quotation."""
        negations = self.lex.negations
        span = self._clause_span(k)
        # a coordinated clause of its own ("gewannen ... und konnten ... nicht") ends the stretch
        # not "aber", "doch" right after the finite verb, an adverb inside the clause ("fiel aber nicht auf")
        ends = [j for j in span if self.v.pos(j) == "CCONJ" and j > k
                and not (j == k + 1 and self.low[j] in self.lex.mid_clause_conjunctions)]
        before = [j for j in span if self.v.pos(j) == "CCONJ" and j < k]
        for j in range(before[-1] + 1 if before else span[0], ends[0] if ends else span[-1] + 1):
            if self.low[j] in negations and not self._nicht_nur(j) and not self.v.in_quote(self.v.tokens[j].start):
                return True
        return False

    def _unasserted(self, k: int) -> bool:
        """A clause under a verb of belief or expectation (``vermutete, dass
        Eichmann zurückgekehrt war``) or an indirect question (``Wann Pröll sein
        Amt zurücklegt, ist unklar``): not told as having happened."""
        v, lex = self.v, self.lex
        span = self._clause_span(k)
        if self.low[span[0]] in lex.question_words and span[0] < k and span[-1] + 1 < len(self.low) \
                and v.tokens[span[-1] + 1].text == "," and v.sentence_of[span[-1] + 1] == v.sentence_of[k]:
            return True  # "Welche Betreiber es einspeisen, ist nicht zu erfahren", however the parser hung it
        if self.low[span[0]] in lex.open_question_words and span[0] < k and any(
                self.low[j] in lex.unknown_words for j in self._sentence_tokens(k)):
            return True  # "Was dies bewirkte, bleibt unklar", "unklar ist, wie schnell die Arbeiten voranschreiten"
        if self._belief_noun_clause(span):
            return True
        if self._degree_question(k, span) or self._open_to_no_one(k, span):
            return True
        if v.dep(k) in ("root", "conj", "parataxis"):
            return False
        if self.low[span[0]] in lex.question_words and span[0] < k:
            return True
        h = v.head(k)
        for _ in range(2):
            if h == k:
                break
            if v.lemma(h).lower() in lex.belief_verbs or self.predicate_lemma(h) in lex.belief_verbs \
                    or self.low[h] in lex.belief_verbs:  # "überzeugt", whether read as adjective or participle
                return True
            if v.dep(h) not in ("ccomp", "advcl", "xcomp", "csubj"):
                break
            h = v.head(h)
        return False

    def _absent(self, k: int, chain: list[int]) -> bool:
        """``ohne identifiziert, registriert ... zu werden``, ``ohne dass die
        Polizei eingriff``, ``statt die Strafe zu bezahlen``: a clause of
        absence or substitution tells what was not done."""
        v, marks = self.v, self.lex.absence_marks
        end = min(v.sentences[v.sentence_of[k]].last_token - 1, max(chain) + 4)

        def conjunction(m: int) -> bool:
            # the conjunction, not the preposition ("ohne Vorwarnung festgenommen"): "dass" after it or a
            # "zu" before the verb
            return self.low[m + 1] in self.lex.complement_marks or any(
                self.low[j] == "zu" and v.pos(j + 1) in ("VERB", "AUX") for j in range(m + 1, end))
        if any(v.dep(c) == "mark" and self.low[c] in marks and conjunction(c) for h in chain for c in v.children[h]):
            return True
        first = self._clause_span(chain[-1])[0]
        return self.low[first] in marks and first < chain[-1] and conjunction(first)

    def _unreal_comparison(self, k: int) -> bool:
        """``als sei es im Schatten der Berliner Mauer entstanden``, ``als ob
        nichts geschehen wäre``: ``als`` with ``ob``, ``wenn`` or a verb in the
        subjunctive compares with what did not happen."""
        v, lex = self.v, self.lex
        for j in self._clause_span(k):
            if j + 1 >= k:
                break
            if self.low[j] != "als":
                continue
            nxt = j + 1
            if self.low[nxt] in lex.unreal_comparison_marks or (
                    v.pos(nxt) in ("AUX", "VERB") and (v.feature(nxt, "Mood") == "Sub"
                                                       or self.low[nxt] in lex.hypothetical_forms)):
                return True
        return False

    def _conditioned(self, k: int, chain: list[int]) -> bool:
        """``wohin es geführt hat, wenn nicht gesprochen wurde``: a clause with
        a ``wenn`` clause of its own is its consequence, or with a past a
        habit (``wenn`` = whenever; one past happening takes ``als``), unless
        the ``wenn`` concedes (``auch wenn``, ``selbst wenn``); ``sobald sie
        davon erfährt``: a temporal clause in the present sets a condition;
        ``Stichwort Vorratsdatenspeicherung: Sollte die Regierung planen, ...
        zu horten``: a clause after a colon that opens with the verb of a
        condition."""
        v, lex = self.v, self.lex
        # "er werde eine Rückabwicklung vorschreiben, falls Edeka ... nicht erfülle": a future under a condition
        # is a threat or a promise, told as announced
        future = v.feature(k, "VerbForm") == "Inf" or self.low[k] == v.lemma(k).lower()
        future = future and any(v.lemma(c).lower() in lex.future_aux for h in chain for c in v.deps_of(h, "aux"))
        for h in chain if not future else []:
            for c in v.deps_of(h, "advcl"):
                for m in v.deps_of(c, "mark"):
                    # not one after a colon, which opens words of their own ("den Rücken gekehrt: Wenn ...")
                    if self.low[m] in lex.condition_marks and m > h and not (
                            self.low[m - 1] in lex.concessive_words or self.low[m + 1] in lex.concessive_words) \
                            and not any(v.tokens[j].text == ":" for j in range(h, m)):
                        return True
        span = self._clause_span(k)
        if any(self.low[j] in lex.time_condition_marks for j in span if j < k) and not any(
                v.feature(j, "Tense") == "Past" and self._finite(j) for j in span):
            return True
        heads = [chain[-1]] + ([v.head(chain[-1])] if v.dep(chain[-1]) == "xcomp" else [])
        for h in heads:
            first = self._clause_span(h)[0]
            if first > 0 and v.tokens[first - 1].text == ":" and self.low[first] in lex.condition_marks \
                    and v.sentence_of[first - 1] == v.sentence_of[k]:
                return True
        return False

    def _modal_infinitive(self, k: int) -> bool:
        """``Nur so sei eine Verteilung der Flüchtlinge umzusetzen``, ``hat die
        Gebühr zu zahlen``: an infinitive with ``zu`` under ``sein`` or
        ``haben`` says what can or must be done (Duden: modaler Infinitiv),
        not what was done."""
        v = self.v
        if v.pos(k) != "VERB" or self._finite(k) or not self._zu_infinitive(k):
            return False
        # the finite "sein", "haben" with no other verb before the infinitive ("hat angekündigt, die Preise
        # zu erhöhen": "hat" is the perfect of "angekündigt")
        span = self._clause_span(k)
        auxes = v.deps_of(k, "aux", "cop") + [j for j in span if j < k and v.pos(j) == "AUX" and not any(
            v.pos(x) == "VERB" for x in range(j + 1, k))]
        return any(v.lemma(a).lower() in ("sein", "haben") and self._finite(a) for a in auxes)

    def _reported_wuerde(self, k: int, chain: list[int]) -> bool:
        """``Arbeitgebervertreter würden zu sehr darauf schauen, ..., sagte
        Mitterlehner``: in reported speech ``würde`` with a plain infinitive
        stands for the present of what someone says is so (Duden: würde-Form
        for Konjunktiv I); a past is reported with ``habe``/``sei`` or
        ``hätte``/``wäre`` and the participle, and what lies ahead with a date
        of its own (``würde am Montag nach Berlin reisen``)."""
        v = self.v
        if v.pos(k) != "VERB" or self.low[k] != v.lemma(k).lower() or self._participle(k):
            return False
        auxes = [c for h in chain for c in v.children[h] if v.dep(c).startswith("aux")] or self._bracket_aux(k)
        return any(self.low[a] in ("würde", "würden") for a in auxes) and self._own_date(k) is None

    def _source_clause(self, k: int) -> bool:
        """``..., wie die Zeitung berichtete``, ``wie eine Studie der
        IT-Beratungsfirma Crisp Research ergab``: a ``wie`` clause
        with a verb of saying or showing at its end credits the
        source of what the sentence tells (as ``laut X``), no happening; a verb
        of formal announcement (``mitteilen``, ``bestätigen``) stays an
        announcement, as the guideline and the merge judges count it."""
        v, lex = self.v, self.lex
        span = self._clause_span(k)
        if self.low[span[0]] != "wie" or span[0] + 1 >= k or not self._verb_final(k, span):
            return False
        lemma = self.predicate_lemma(k)
        # not a formal announcement ("wie die Bafin mitteilte", "wie die Bank of England am Dienstag
        # mitteilte"): the guideline's announcement by an office, told as one happening across articles
        return (lemma in lex.speech_verbs or lemma in lex.source_clause_verbs) and lemma not in lex.announce_verbs

    def _noun_content(self, k: int) -> bool:
        """``Es gibt keinen Plan, eine EU-Armee aufzustellen``, ``die Absicht,
        das Werk zu schließen``: an infinitive with ``zu`` that completes a
        noun is the content of a plan, a wish, a chance, not told as done."""
        v = self.v
        h = v.head(k)
        return h != k and h < k and v.dep(k) == "acl" and v.pos(h) == "NOUN" and self._zu_infinitive(k) \
            and not self._finite(k)

    def _modal_perfect(self, k: int) -> bool:
        """``Zum einen könnten starke Sternwinde das Material weggeblasen oder
        zerstört haben``, ``dürfte ... gestorben sein``: a modal of
        possibility or necessity with the perfect infinitive is a guess at
        what happened (Duden: epistemischer Gebrauch der Modalverben); with
        ``soll`` or ``will`` (``soll ... verübt haben``) it is a report."""
        v, lex = self.v, self.lex
        if not self._participle(k):
            return False
        span = self._clause_span(k)
        after = [j for j in span if j > k and v.pos(j) == "AUX"]
        if not after or self.low[after[0]] not in ("haben", "sein"):
            return False
        modal = lex.modal_verbs - lex.schedule_modals - lex.plan_verbs
        before = [j for j in span if j < k and v.pos(j) == "AUX"]
        return bool(before) and v.lemma(before[0]).lower() in modal and self.low[before[0]] not in lex.actual_modal_forms

    def _degree_question(self, k: int, span: range) -> bool:
        """``wie viele Überstunden damit tatsächlich abgegolten werden``, ``wie
        schnell die Arbeiten voranschreiten``: ``wie`` with a word of degree
        opening a clause whose verb closes it is an indirect question; ``wie
        viele andere`` compares."""
        first = span[0]
        if self.low[first] != "wie" or first + 2 >= k or self.low[first + 1] not in self.lex.degree_question_words:
            return False
        return self.low[first + 2] not in ("andere", "anderen") and self._verb_final(k, span)

    def _verb_final(self, k: int, span: range) -> bool:
        """``k`` with only its auxiliaries after it in its stretch of text."""
        return all(self.v.pos(j) in ("AUX", "PART", "PUNCT") for j in range(k + 1, span[-1] + 1))

    def _open_to_no_one(self, k: int, span: range) -> bool:
        """``Niemand weiß, was nun mit ihnen geschehen soll``: an indirect
        question after a negated verb of knowing is open."""
        v, lex = self.v, self.lex
        first = span[0]
        if self.low[first] not in lex.open_question_words | lex.question_words or first >= k or first < 2 \
                or v.tokens[first - 1].text != ",":
            return False
        before = self._clause_span(first - 2)
        return any(v.lemma(j).lower() in lex.knowing_verbs for j in before) and any(
            self.low[j] in lex.negations for j in before)

    def _belief_noun_clause(self, span: range) -> bool:
        """``Es besteht kein Zweifel, dass der Kongress ... erlauben wird``, ``die
        Hoffnung, dass ...``: a ``dass`` clause right after a noun of belief,
        hope or fear (the noun's complement clause) is not asserted, as under a
        verb of belief."""
        v = self.v
        first = span[0]
        if self.low[first] not in self.lex.complement_marks or first < 2 or v.tokens[first - 1].text != ",":
            return False
        j = first - 2
        if v.sentence_of[j] != v.sentence_of[first] or v.pos(j) != "NOUN" or v.lemma(j) not in self.lex.belief_nouns:
            return False
        # "bestätigte die Befürchtung, dass ...": a confirmed fear is told as fact
        return not any(self.predicate_lemma(h) in self.lex.confirm_verbs or v.lemma(h).lower() in self.lex.confirm_verbs
                       for h in range(v.sentences[v.sentence_of[j]].first_token, j) if v.pos(h) == "VERB")

    def _sentence_tokens(self, k: int) -> range:
        s = self.v.sentences[self.v.sentence_of[k]]
        return range(s.first_token, s.last_token)

    def _generic_present(self, k: int, chain: list[int]) -> bool:
        """A plain present with no date, outside the teaser and lead: what is
        generally so or keeps happening (``das Smartphone entscheidet selbst``,
        ``die Flüchtlinge gehen ihre eigenen Wege``); news reports a happening
        in a past tense, with a date, or in its lead."""
        v = self.v
        if v.sentence_of[k] in self.lead:
            return False  # headlines and leads tell the news in the present: "Merkel trifft Macron"
        head = chain[-1]
        passive = self._present_passive(k, chain)
        # a present tense alone says finite: a participle is a past, an infinitive has none ("Alles wankt"),
        # unless it has a subject of its own and no auxiliary (the plural present: "während sie steigen")
        if not passive and v.feature(head, "Tense") != "Pres" and not self._plural_present(head) \
                and not self._reported_present(head) and not self._singular_present(head):
            return False
        if self.low[head] in self.lex.preterite_forms or self.v.weak_preterite(head):
            return False  # "Die Deutschen gewannen das Spiel", "ordneten ... an", tagged as a present
        # an auxiliary of the verb, not one after a comma after it ("eintrete, aber nicht klar sei", hung on it)
        if not passive and any(v.dep(c).startswith("aux") and not (c > h and any(
                v.tokens[j].text == "," for j in range(h + 1, c))) for h in chain for c in v.children[h]):
            return False
        if any(v.pos(j) == "AUX" and v.lemma(j).lower() in ("haben", "sein", "werden")
               and not (passive and v.lemma(j).lower() == "werden") for j in self._clause_span(k) if j < k):
            return False  # "hat ... beauftragt" with the auxiliary hung elsewhere: a perfect, not a present
        return not self._dated_sentence(k)

    def _present_passive(self, k: int, chain: list[int]) -> bool:
        """``werden Wälder vor allem gerodet``, ``da weitere Eier bebrütet
        werden``: a participle whose only auxiliary is ``werden`` in the present
        indicative is a present passive (with an infinitive ``werden`` would be
        a future); told with no date after the lead, what is generally done."""
        v = self.v
        if not self._participle(k):
            return False
        auxes = [c for h in chain for c in v.children[h] if v.dep(c).startswith("aux")] or self._bracket_aux(k)
        if not auxes or not all(
                v.lemma(c).lower() in self.lex.future_aux and v.feature(c, "Tense") == "Pres"
                and v.feature(c, "Mood") != "Sub" and self.low[c] not in self.lex.subjunctive_aux for c in auxes):
            return False
        # what is generally done: a bare plural (``werden Wälder gerodet``), an impersonal ``es`` or a relative
        # clause; a present passive of one thing is often what lies ahead (``Die L 35 wird gesperrt``)
        subjects = [c for h in chain for c in v.deps_of(h, "nsubj:pass", "nsubj")]
        if v.dep(chain[-1]) in ("acl:relcl", "acl") or self._relative_pronoun_first(k) or self._relative_span(k):
            return True
        if any(self.low[c] == "es" for c in subjects) or self.low[v.sentences[v.sentence_of[k]].first_token] == "es":
            return True
        return bool(subjects) and all(v.feature(c, "Number") == "Plur" and v.pos(c) == "NOUN" and not v.deps_of(
            c, "det", "det:poss", "nummod", "amod") for c in subjects)

    def _plural_present(self, k: int) -> bool:
        """A finite present the tagger read as an infinitive or a participle,
        with no auxiliary in its stretch of text: the infinitive's form with a
        subject of its own or as the main verb (``während sie in Österreich
        steigen``, ``dass Betriebe weniger Menschen anstellen``: the plural
        present; an infinitive needs an auxiliary), or an -ieren verb's form in
        -iert as the main verb (``Er reagiert damit auf ...``: the participle of
        these verbs has no ``ge-`` and needs an auxiliary as well)."""
        v = self.v
        form = self.low[k]
        # the infinitive's form is never a past, whatever the tagger says ("dass Betriebe weniger
        # Menschen anstellen": Mood=Ind|Tense=Past)
        # ... at the end of its clause, where a finite verb stands in a subordinate clause ("entschlossen
        # sich ... zu", before its subject, is a strong past after all)
        misread = form == v.lemma(k).lower() and form.endswith("en") and v.feature(k, "Tense") == "Past" \
            and self._clause_end(k) and not self._strong_preterite(form)
        if v.pos(k) != "VERB" or (v.feature(k, "Mood") is not None and not misread):
            return False
        if form == v.lemma(k).lower() and form.endswith("en") and (v.feature(k, "Tense") is None or misread) \
                and v.feature(k, "VerbForm") in ("Inf", None):
            if not v.deps_of(k, "nsubj") and v.dep(k) != "root":
                return False
        elif not (form.endswith("iert") and v.dep(k) == "root"
                  and v.lemma(k).lower().endswith("ieren") and v.feature(k, "Tense") in ("Past", None)):
            return False
        if k == v.sentences[v.sentence_of[k]].first_token:
            return False  # verb first: a question, an order, a condition
        # an auxiliary or a modal in its stretch, however tagged ("sollen ... Soldaten ... kämpfen"), makes it
        # an infinitive or a participle
        return not any(v.pos(j) == "AUX" or v.lemma(j).lower() in self.lex.modal_verbs
                       for j in self._clause_span(k))

    def _strong_preterite(self, form: str) -> bool:
        """A strong verb's past, alone or after a prefix or particle (``schlossen``, ``entschlossen``)."""
        pret = self.lex.preterite_forms
        stems = [form] + [form[len(p):] for p in self.lex.inseparable_prefixes + self.lex.separable_particles
                          if form.startswith(p)]
        # the plural adds "en" to the singular ("schloss" -> "schlossen")
        return any(x in pret or (x.endswith("en") and x[:-2] in pret) for x in stems)

    def _singular_present(self, k: int) -> bool:
        """``bei dem das Smartphone selbst entscheidet``: the third person
        singular present (``entscheiden`` -> ``entscheidet``) the tagger read
        as a past or a participle, at the end of a subordinate clause with a
        singular subject and no auxiliary in its stretch of text: there a
        participle needs one after it (``dass er verletzt wurde``). In a main
        clause the form of a weak verb without ``ge-`` is a participle as well
        (``verzögert``), so it is left as read."""
        v = self.v
        if v.pos(k) != "VERB" or v.feature(k, "Tense") == "Pres" or self._finite(k) and v.feature(k, "Mood") == "Sub":
            return False
        subordinate = v.pos(self._clause_span(k)[0]) == "SCONJ" or v.dep(k) == "acl:relcl" \
            or self._relative_pronoun_first(k)
        if not self._clause_end(k) or not subordinate:
            return False
        form = self.low[k]
        if form != _present(v.lemma(k).lower(), False, self.lex) or form.startswith("ge"):
            return False
        if form in self.lex.preterite_forms or v.weak_preterite(k):
            return False
        if not any(v.feature(c, "Number") == "Sing" and v.pos(c) in ("NOUN", "PROPN")
                   for c in v.deps_of(k, "nsubj", "nsubj:pass")):
            return False
        return not any(v.pos(j) == "AUX" for j in self._clause_span(k))

    def _reported_present(self, k: int) -> bool:
        """``dass die Veränderung ... seine Rechte verletze``, ``dass DiEM25 für
        Demokratie eintrete``: the Konjunktiv I present of a full verb (the
        stem with ``-e``, the infinitive less its ``n``), with no auxiliary in
        its stretch of text, reports what someone says holds; a happening is
        reported in the perfect (``habe ... verletzt``) or with a date."""
        v = self.v
        lemma = v.lemma(k).lower()
        if v.pos(k) != "VERB" or not lemma.endswith("en") or self.low[k] != lemma[:-1]:
            return False
        return not any(v.pos(j) == "AUX" or v.lemma(j).lower() in self.lex.modal_verbs
                       for j in self._clause_span(k))

    def _under_modal(self, k: int) -> bool:
        """``können Nutzer ... Anrufe annehmen, entgangene Anrufe beantworten``,
        ``deren Benzintanks ... auslaufen und in Brand geraten können``: an
        infinitive with no auxiliary of its own, under the modal that opens its
        clause or closes it (the verbal bracket), however the parser hung it:
        a possibility or a duty, no happening."""
        v, lex = self.v, self.lex
        # the infinitive's form, not finite, whatever else the tagger says ("abrufen": Tense=Past); one
        # joined to an infinitive is one too ("könne man Wasser importieren oder sich die Ozeane erschließen")
        h = v.head(k)
        joined = v.dep(k) == "conj" and h < k and v.feature(h, "VerbForm") == "Inf" and self.low[h] == v.lemma(h).lower()
        if v.pos(k) != "VERB" or (self._finite(k) and not joined) or self.low[k] != v.lemma(k).lower() \
                or any(v.dep(c).startswith("aux") for c in v.children[k]):
            return False
        modal = lex.modal_verbs - lex.schedule_modals - lex.plan_verbs  # "will ... bringen": announced
        s = v.sentences[v.sentence_of[k]]
        j = k
        while j > s.first_token:  # the modal that opens the clause, over listed infinitives
            j -= 1
            if v.pos(j) == "SCONJ" or "Rel" in (v.feature(j, "PronType") or ""):
                break
            if v.tokens[j].text == ",":
                inserted = self._inserted_clause(j)  # "Deutschland müsse die Aufgabe, die sich ... stelle, annehmen"
                if inserted is not None:
                    j = inserted
                continue
            if v.pos(j) == "AUX" or (v.pos(j) == "VERB" and self._finite(j)):
                if v.lemma(j).lower() in modal and self.low[j] not in lex.actual_modal_forms:
                    return True
                break
        for j in range(k + 1, s.last_token):  # the modal that closes a clause with its verb last
            if v.tokens[j].text in (",", ";", ":", "–") or (v.pos(j) == "VERB" and v.feature(j, "VerbForm") == "Fin"):
                break
            if v.pos(j) == "AUX":
                return v.lemma(j).lower() in modal and self.low[j] not in lex.actual_modal_forms
        return False

    def _inserted_clause(self, comma: int) -> int | None:
        """The comma before a relative clause that ends at ``comma`` (``die
        Aufgabe, die sich durch den Flüchtlingszustrom stelle, annehmen``): a
        stretch between two commas that a relative pronoun opens, with its verb
        last, is inserted in the clause around it."""
        v = self.v
        s = v.sentences[v.sentence_of[comma]]
        before = next((j for j in range(comma - 1, s.first_token - 1, -1) if v.tokens[j].text == ","), None)
        if before is None or comma - before < 3 or v.pos(comma - 1) not in ("VERB", "AUX"):
            return None
        opener = before + 2 if v.pos(before + 1) == "ADP" else before + 1
        if v.pos(opener) != "PRON" or self.low[opener] not in v.grammar.relative_pronouns:
            return None
        return before

    def _condition_consequent(self, k: int) -> bool:
        """``etwa wenn Kandidaten in Schulen gehen``, ``wenn es keine Grenze
        gibt, wird der Schengenraum zerfallen``: a clause opened by a
        conjunction of condition however the parser hung it, or the main
        clause that follows one with its finite verb first: a condition and
        its consequence, or with a past a habit (``wenn`` = whenever)."""
        v, lex = self.v, self.lex
        span = self._clause_span(k)
        if any(self.low[j] in lex.condition_marks and v.pos(j) == "SCONJ" for j in span if j < k):
            return True
        before = span[0] - 1
        s = v.sentences[v.sentence_of[k]]
        if before <= s.first_token or v.tokens[before].text != "," or v.pos(span[0]) not in ("AUX", "VERB") \
                or self._dated_sentence(k):
            return False  # "Wenn Grödig und Sturm am Samstag ... eröffnen, steht beiden ... bevor": a time
        prev = self._clause_span(before - 1)
        return any(self.low[j] in lex.condition_marks and v.pos(j) == "SCONJ" for j in prev[:2])

    def _finite(self, k: int) -> bool:
        """A finite verb by its tag, or by its mood where the tagger left out
        the verb form (``produzieren``: ``Mood=Ind|Tense=Pres``): only a finite
        verb has a mood."""
        form = self.v.feature(k, "VerbForm")
        return form == "Fin" or (form is None and self.v.feature(k, "Mood") is not None)

    def _dated_sentence(self, k: int) -> bool:
        """A date or time named anywhere in the sentence of ``k``; not a vague
        "now" or "before" (``aktuell``, ``derzeit``: PRESENT_REF), which dates
        a state as well as a happening."""
        v = self.v
        s = v.sentences[v.sentence_of[k]]
        return any(v.timex_at[t] >= 0 and v.timexes[v.timex_at[t]].type in ("DATE", "TIME")
                   and not (v.timexes[v.timex_at[t]].value or "").endswith("_REF")
                   for t in range(s.first_token, s.last_token))

    def _reported_mood(self, k: int) -> bool:
        """Konjunktiv I that continues a report without a new frame (``Er sei
        festgenommen worden``): a sentence of reported speech, not a wish."""
        v = self.v
        si = v.sentence_of[k]
        return si > 0 and any(self._speech(j) for j in range(v.sentences[si - 1].first_token,
                                                              v.sentences[si - 1].last_token))

    def _nicht_nur(self, c: int) -> bool:
        return c + 1 < len(self.low) and self.low[c + 1] in ("nur", "zuletzt", "erst")

    def _conj_chain(self, k: int) -> list[int]:
        """``k`` and the verbs it is coordinated with (by ``und``, ``oder``), up
        to the first (which holds the shared subject and auxiliaries). A clause
        the parser joins without a conjunction is another clause: ``erklärte,
        Putin habe ... telefoniert``."""
        chain = [k]
        v = self.v
        while v.dep(chain[-1]) == "conj" and v.head(chain[-1]) != chain[-1] and len(chain) < 6 \
                and v.deps_of(chain[-1], "cc"):
            h = v.head(chain[-1])
            if v.pos(h) not in ("VERB", "AUX"):
                break
            chain.append(h)
        return chain

    def _reporting_verb(self, k: int) -> int | None:
        """The speech verb whose reported clause holds ``k``, if any: its head
        (``erklärte, Putin habe ...``) or a frame the parser hung below it
        (``..., sagte er``)."""
        v = self.v
        for h in self._conj_chain(k):
            for c in v.deps_of(h, "parataxis"):
                if self._speech(c) and c > h:
                    return c
        j = self._conj_chain(k)[-1]
        for _ in range(4):
            h = v.head(j)
            if h == j:
                return None
            if (v.dep(j) in ("ccomp", "parataxis", "advcl") or (v.dep(j) == "conj" and not v.deps_of(j, "cc"))
                    or (v.dep(j) in ("acl", "acl:relcl") and not self._relative(j))) and self._speech(h):
                return h
            if v.pos(h) in ("VERB", "AUX") and v.dep(j) not in ("conj", "parataxis"):
                return None
            for c in v.deps_of(h, "parataxis"):  # "..., berichtete KCNA" hung on a word above
                if c > k and self._speech(c):
                    return c
            j = h
        return None

    def _letter_written(self, k: int) -> bool:
        """``schrieb einen Brief``, ``schrieb an X``: a letter; ``schreibt, ...`` is a saying."""
        v, lex = self.v, self.lex
        if any(self._event_noun(c) == "letter" for c in v.children[k]):
            return True
        return any(self._case(c) in lex.recipient_preps for c in v.deps_of(k, "obl", "obl:arg"))

    def _relative(self, k: int) -> bool:
        """Whether the clause of ``k`` opens with a relative pronoun (a real relative clause)."""
        v = self.v
        first = min(self._clause_tokens(k))
        return self.low[first] in v.grammar.relative_pronouns or (
            first > 0 and v.pos(first) == "ADP" and self.low[first + 1] in v.grammar.relative_pronouns)

    def _relative_pronoun_first(self, k: int) -> bool:
        """A clause the parser did not mark as relative that opens, right after
        a comma, with a relative pronoun (``, in dem es zu ... kommt``); an
        article (``, den Ausgleich``) is no pronoun."""
        v = self.v
        tokens = [t for t in self._clause_tokens(k) if v.pos(t) != "PUNCT"]
        if not tokens:
            return False
        first = tokens[0]
        pronoun = first + 1 if v.pos(first) == "ADP" else first
        if pronoun >= len(self.low) or v.pos(pronoun) != "PRON" or \
                self.low[pronoun] not in v.grammar.relative_pronouns:
            return False
        return first > 0 and v.tokens[first - 1].text == ","

    def _relative_span(self, k: int) -> bool:
        """The stretch of text around ``k`` opens, right after a comma, with a
        relative pronoun, alone or after a preposition (``, der links oben ...
        angezeigt wird``, ``, aus der Bürger Bücher ausleihen``): a relative
        clause however the parser hung its words."""
        v = self.v
        span = self._clause_span(k)
        first = span[0]
        if first <= v.sentences[v.sentence_of[k]].first_token or v.tokens[first - 1].text != ",":
            return False
        pronoun = first + 1 if v.pos(first) == "ADP" else first
        return pronoun < k and v.pos(pronoun) == "PRON" and self.low[pronoun] in v.grammar.relative_pronouns \
            and "Rel" in (v.feature(pronoun, "PronType") or "")

    def _speech(self, k: int) -> bool:
        lex = self.lex
        return self.v.pos(k) in ("VERB", "AUX", "ADV") and (
            self.predicate_lemma(k) in lex.speech_verbs or self.v.lemma(k).lower() in lex.speech_verbs)

    def _planned(self, k: int) -> bool:
        h = self.v.head(k)
        return self.predicate_lemma(h) in self.lex.plan_verbs

    def _occasion_of(self, k: int) -> int | None:
        """The occasion noun of a saying (``in einer Rede``, ``bei einem Treffen``)
        anywhere in its clause (the parser may hang it on the subject)."""
        v, lex = self.v, self.lex
        for c in self._clause_tokens(k):
            if c != k and v.pos(c) in ("NOUN", "PROPN") and self._case(c) in lex.occasion_preps and (
                    v.lemma(c) in lex.occasion_nouns or self._compound_head(v.lemma(c), lex.occasion_nouns)):
                return c
        return None

    def _to_the_press(self, k: int) -> bool:
        """A saying addressed to the press (``sagte gegenüber der Presse``,
        ``gegenüber einem Nachrichtenportal berichtete``): an interview, news in itself."""
        v, lex = self.v, self.lex
        span = self._clause_span(k)  # read from the words: the parser may make the preposition a head
        for j in span:
            if self.low[j] not in lex.press_preps:
                continue
            for c in range(j + 1, min(j + 4, span[-1] + 1)):
                mi = v.mention_at[c]
                if v.pos(c) in ("NOUN", "PROPN") and (
                        v.lemma(c) in lex.media_nouns or self._compound_head(v.lemma(c), lex.media_nouns)
                        or (mi >= 0 and v.mentions[mi].label in ("ORG", "MISC"))):
                    return True
                if v.pos(c) in ("NOUN", "PROPN", "VERB", "AUX"):
                    break
        return False

    def _governing_clause(self, k: int) -> int | None:
        """The verb whose clause a noun stands in."""
        v = self.v
        j = k
        for _ in range(8):
            h = v.head(j)
            if h == j:
                return j if j != k else None  # the sentence's root, whatever its tag
            if v.pos(h) in ("VERB", "AUX"):
                return h
            j = h
        return None

    def _institution_subject(self, k: int) -> bool:
        v, lex = self.v, self.lex
        subject = v.subject(k)
        if subject is None:
            return False
        if self.low[subject] in lex.place_forms or v.lemma(subject) in lex.institution_nouns:
            return True
        # the subject's own phrase: not a channel hung below it ("Anwältin ... laut der Agentur ČTK")
        return any(v.mentions[mi].label in ("ORG", "LOC") for mi in v.mentions_in(self._core(subject)))

    # -- nominal predicates --------------------------------------------------------------
    def _event_noun(self, k: int) -> str | None:
        """The event type of a noun (or of the event noun heading its compound)."""
        v, lex = self.v, self.lex
        if v.pos(k) not in ("NOUN", "PROPN"):
            return None
        lemma = self._noun_lemma(k)
        kind = lex.noun_types.get(lemma)
        if kind:
            return kind
        head = self._compound_head(lemma, lex.noun_types)
        return lex.noun_types[head] if head else None

    def _compound_head(self, lemma: str, table) -> str | None:
        return _compound_head(lemma, _heads_by_ending(table))

    def _noun_lemma(self, k: int) -> str:
        """A noun's lemma in the spelling of its text: the dictionary gives the
        old ``ß`` after a short vowel (``Prozess`` -> ``Prozeß``, ``Beschluss``
        -> ``Beschluß``, ``Kongress`` -> ``Kongreß``), which the word lists,
        written in today's spelling, do not hold."""
        lemma = self.v.lemma(k)
        if "ß" in lemma and "ss" in self.low[k] and "ß" not in self.low[k]:
            return lemma.replace("ß", "ss")
        return lemma

    def _noun(self, k: int, occasions: dict[int, int], earlier: list[_Event]) -> _Event | None:
        v, lex = self.v, self.lex
        dets = [self.low[c] for c in v.deps_of(k, "det", "det:poss")]
        told = bool(self._object_phrases(k)) and self._told_as_one(k, dets)
        kind = self._event_noun(k) or ("other" if k in self.happening_nouns else None) or (
            self._object_noun_type(k) if told or (k in occasions and self._object_phrases(k)) else None)
        if not kind:
            return None
        lemma = self._noun_lemma(k)
        if lemma in lex.document_nouns or self._compound_head(lemma, lex.noun_types) in lex.document_nouns:
            return None
        if any(d in lex.negations for d in dets):
            return None
        if any(self.low[c] in lex.possible_adjectives for c in v.deps_of(k, "amod")):
            return None  # "eine mögliche Blockade des Abkommens": a possibility, not told as having happened
        if v.feature(k, "Number") == "Plur" and not dets and k not in occasions:
            return None  # a kind of happening, not one: "Wahlen sind wichtig"
        clause = occasions.get(k)
        if clause is None and kind in PARTICIPATION_TYPES and self._case(k) in lex.participation_preps:
            clause = self._governing_clause(k)
        e = _Event(k=k, kind="noun", lemma=lemma, type=kind, clause=clause if clause is not None else k)
        if clause is not None:
            return e
        self.as_found = True
        own = self._noun_parties(k)
        self.as_found = False
        if own or self._own_date(k) is not None:
            return e
        if told and v.feature(k, "Number") != "Plur":
            return e  # "die Schließung der Banken", "eine Übermittlung eines Protokolls": one happening
        if any(d in lex.definite for d in dets) and self._repeated(e, earlier):
            return None  # "die Wahl" after "die Landtagswahl": the happening told before, nothing new
        prev = self._antecedent(e, earlier) if any(d in lex.definite for d in dets) else None
        if prev:
            if not prev.place and not self._named_before(prev):
                return None  # "das Ziel des Bombenanschlags" after "eine Autobombe ging hoch": told before
            e.refers_back = True
            return e
        if self._case(k) in lex.time_preps and v.dep(k) == "obl" and self._case(k) not in lex.before_preps \
                and any(d in lex.indefinite for d in dets):
            # "starb 1982 bei einem Autounfall": the happening the clause took place in, told as new, of its date
            clause = self._governing_clause(k)
            e.clause = clause if clause is not None else k
            return e
        if self._case(k) in lex.time_preps and any(d in lex.definite for d in dets) and v.dep(k) in ("obl", "nmod"):
            e.refers_back = self._antecedent(e, earlier) is not None  # "kurz nach dem Unfall": the one told
            return e  # "nach dem Krieg", "seit der Wiedereinführung": a happening the clause is placed by
        return None

    def _object_noun_type(self, k: int) -> str | None:
        """The type of an action noun whose genitive names what undergoes it."""
        table = self.lex.object_noun_types
        lemma = self._noun_lemma(k)
        head = lemma if lemma in table else self._compound_head(lemma, table)
        if head:
            return table[head]
        # a nominalised infinitive of a verb of happening ("das Abschmelzen des Eises",
        # "das Erschießen des Geiselnehmers"): the type of the verb; not a noun of its own
        # ("Treffen zwischen X und Y": a meeting of both, not a hitting of Y)
        if lemma.endswith("en") and lemma not in self.lex.noun_types and self.low[k] == lemma.lower() \
                and self.v.tokens[k].text[:1].isupper():
            return self.lex.verb_types.get(lemma.lower())
        return None

    def _action_with_object(self, k: int) -> bool:
        return bool(self._object_phrases(k)) and any(
            self.low[c] in self.lex.definite for c in self.v.deps_of(k, "det", "det:poss"))

    def _told_as_one(self, k: int, dets: list[str]) -> bool:
        """Whether an action noun with its object is told as one happening: not
        aimed at, wished, demanded or refused (``Eine Änderung der Verträge
        strebt sie an``, ``fordert die Schließung der Grenze``), not the topic
        of a plea or a debate (``plädiert für die Einführung``, ``eine
        Volksabstimmung über die Abschaffung``); with only an indefinite
        article, only as what there was (``es gab eine Änderung der
        Statistik``): ``eine Öffnung des Arbeitsmarkts`` alone is a possibility."""
        v, lex = self.v, self.lex
        h = v.head(k)
        verb = self.predicate_lemma(h).lower() if h != k and v.pos(h) in ("VERB", "AUX") else ""
        if verb in lex.existential_verbs:
            return True  # "es gibt" tells of one, whatever list "geben" is on
        if not any(d in lex.definite for d in dets):
            return False
        if self._case(k) in lex.topic_preps:
            return False
        if verb and v.dep(k) in ("obj", "nsubj", "nsubj:pass") and any(
                self.low[a] in lex.hypothetical_forms for a in [h] + v.deps_of(h, "aux", "cop")):
            return False  # "Die Veröffentlichung des Modells würde nichts ändern": a possibility
        return not (v.dep(k) in ("obj", "nsubj", "nsubj:pass") and (
            verb in lex.no_event_verbs or verb in lex.belief_verbs or verb in lex.demand_verbs))

    def _object_phrases(self, k: int) -> list[int]:
        """The genitive or ``von`` phrase after an action noun that names what
        undergoes it (``die Schließung der Banken``, ``die Räumung von 300
        Häusern``): a genitive, or a ``von`` phrase with an article, a number or
        a name (``von Schulen`` alone names a kind)."""
        v, lex = self.v, self.lex
        if v.pos(k) != "NOUN" or self._object_noun_type(k) is None:
            return []
        out = []
        for c in v.children[k]:
            if c < k or v.dep(c) != "nmod" or v.timex_at[c] >= 0:
                continue
            case = self._case(c)
            # a bare phrase after the noun is its genitive, whatever case the tagger read in "der"
            if case is None and v.pos(c) in ("NOUN", "PROPN") and (v.deps_of(c, "det") or v.pos(c) == "PROPN"):
                out.append(c)
            elif case in lex.genitive_preps and (v.deps_of(c, "det", "nummod") or v.pos(c) == "PROPN"):
                out.append(c)
        return out

    def _noun_parties(self, k: int) -> list[tuple[str, str]]:
        """Parties named in an event noun's own phrase, in the order the text names them;
        the genitive or ``von`` phrase of an action noun undergoes it."""
        v, lex = self.v, self.lex
        roles: list[tuple[str, str]] = []
        objects = self._object_phrases(k)
        for c in sorted(v.children[k], key=lambda c: min(self._core(c))):
            dep, case = v.dep(c), self._case(c)
            # (a name the parse hangs twice, "der Region Kursk" with "Kursk" on the noun too, has one role)
            names = [n for n in self.names(c) if n not in {name for name, _ in roles}]
            if not names or (v.pos(c) == "PRON" and self.low[c] in lex.subject_pronouns and dep == "nmod"):
                continue  # ("nach dessen Tod sie ... zurückzog": she is the verb's, not the death's)
            if c in objects:
                roles += [(n, "patient") for n in names]
            elif dep == "conj" and roles:  # "zwischen Trump und Putin" with Putin hung on the noun
                roles += [(n, roles[-1][1]) for n in names]
            elif case in lex.between_preps:
                roles += [(n, "agent") for n in names]
            elif case in lex.recipient_preps or case in lex.opponent_preps:
                roles += [(n, "patient") for n in names]
            elif case in lex.companion_preps:
                roles += [(n, "patient") for n in names]
            elif case in lex.agent_preps or dep == "nmod:poss" or (dep == "nmod" and not case):
                roles += [(n, "agent") for n in names]
        return roles

    def _named_before(self, prev: _Event) -> bool:
        """Whether the extractor named parties of ``prev`` before the role
        repairs (``as_found``): a later definite noun refers back to it only
        then, so the repairs leave which clauses are events as they were."""
        if not prev.read:
            return False
        self.as_found = True
        try:
            if prev.kind == "verb":
                return bool(self._verb_roles(prev.k))
            subject = self._subject_roles(prev.clause) if prev.clause != prev.k and \
                self.v.subject(prev.clause) != prev.k else []
            return bool(self._noun_parties(prev.k) or subject or (prev.refers_back and prev.roles))
        finally:
            self.as_found = False

    def _repeated(self, e: _Event, earlier: list[_Event]) -> bool:
        """An event noun the article named before, as itself or as the head of
        its compound (``die Landtagswahl`` ... ``die Wahl``): one happening."""
        low = e.lemma.lower()
        return any(prev.kind == "noun" and prev is not e and prev.lemma.lower().endswith(low) for prev in earlier)

    def _antecedent(self, e: _Event, earlier: list[_Event]) -> _Event | None:
        for prev in reversed(earlier):
            if prev.type == e.type and prev is not e and (prev.date or self._named_before(prev)):
                return prev
        return None

    # -- the parts of an event -------------------------------------------------------------
    def _read(self, e: _Event, si: int, events: list[_Event]) -> None:
        e.read = True
        if e.kind == "verb":
            self.owned, self.received = {}, []
            e.roles = self._verb_roles(e.k)
            e.recipients = tuple(self.received)
            e.owners = {n: self.owned[n] for n, _ in e.roles if n in self.owned}
        else:
            e.roles = self._noun_parties(e.k)
            if e.clause != e.k and self.v.subject(e.clause) != e.k:  # "das Treffen fand statt": no party
                subject = self._subject_roles(e.clause)
                if e.type in PARTICIPATION_TYPES:  # "bei einem Treffen vereinbarten A und B": they met
                    subject = [(n, "agent") for n, _ in subject]
                e.roles = subject + [r for r in e.roles if r[0] not in {n for n, _ in subject}]
            if e.refers_back and not e.roles:
                prev = self._antecedent(e, events[:events.index(e)] if e in events else events)
                if prev:
                    e.roles = list(prev.roles)
                    e.place = prev.place
        e.place = e.place or self._place(e)
        self._date_and_status(e, si, events)
        e.via = self._via(e)
        e.label = self._label(e)

    def _subject_roles(self, k: int) -> list[tuple[str, str]]:
        """The subject's names, the patient of a passive or of a verb whose
        subject undergoes it (``starb bei einem Unfall``), else the agent."""
        subject = self.v.subject(k) if self.as_found else self.v.actor_subject(k)
        if subject is None:
            return []
        undergoes = self._subject_undergoes(k)
        role = "patient" if self.v.passive(k) or undergoes else "agent"
        return [(n, role) for n in self.names(subject)]

    def _verb_roles(self, k: int) -> list[tuple[str, str]]:
        v, lex = self.v, self.lex
        roles: list[tuple[str, str]] = []
        owned: list[tuple[str, str]] = []  # the owners of phrases that name no one ("das Rating Sloweniens")
        arguments = v.arguments(k, self._particles(k), actor=not self.as_found)
        active = self._active_perfect(k)
        if active:  # "Kroatien/nsubj:pass ... hatte zuvor Österreich besiegt": no passive
            # (and the subject a passive subject beside it made a patient: "Zuletzt/nsubj:pass hatte die Hamas")
            first = arguments[0][0] if arguments else None
            arguments = [(c, "agent" if role == "patient" and (v.dep(c) == "nsubj:pass" or (
                c == first and v.dep(c) == "nsubj")) else role) for c, role in arguments]
        stray = None if self.as_found or v.deps_of(k, "nsubj", "nsubj:pass") else self._stray_pronoun(k)
        if stray is not None:  # "nach dessen Tod sie/nmod in ihr Elternhaus zurückzog": she is the subject
            undergoes = v.passive(k) or self._subject_undergoes(k)
            arguments.insert(0, (stray, "patient" if undergoes else "agent"))
        if not self.as_found and arguments and v.dep(arguments[0][0]) in ("nsubj", "nsubj:pass"):
            arguments[1:1] = [(d, arguments[0][1]) for d in self._split_subjects(k, arguments[0][0])]
        if not self.as_found and not any(role == "patient" for _, role in arguments) and (
                active or not v.passive(k)):
            bare = self._bare_oblique(k)
            arguments += [(bare, "patient")] if bare is not None else []
            named = [d for c, role in arguments if role == "agent" for d in [self._person_after_office(c)] if d]
            arguments += [(d, "patient") for d in named[:1]]
        for c, role in arguments:
            if role == "agent" and not self.as_found and self._office_before(c) is not None:
                role = "patient"  # "hat das Gericht/compound Julia Timoschenko verurteilt"
            pair = None if self.as_found or (not active and v.passive(k)) else self._subject_and_object(k, c)
            if pair:  # "hatte Spanien Tschechien geschlagen": two phrases, the first the subject
                roles += [(pair[0], "agent"), (pair[1], "patient")]
                continue
            named = self.names(c)
            roles += [(n, role) for n in named]
            article = self._role_genitive(c, named) if named and not self.as_found else None
            if article:  # "der Chef des Roten Kreuzes": the line keeps the role it names
                self.owned[named[0]] = f"{self._short_phrase(c)} {article}"
            if not named and not self.as_found:
                owners, link = self._owners(c)
                if link in self.lex.between_preps and role != "agent":
                    owners = []  # only the subject's "zwischen" parties take part ("Kontakte zwischen A und B")
                if link:
                    owned += [(n, role) for n in owners]
                    self.owned.update({n: f"{self._short_phrase(c)} {link}" for n in owners})
                else:  # "die Bundesstaaten New Mexico und New Jersey": the names the noun stands before
                    roles += [(n, role) for n in owners]
        for c in v.children[k]:
            dep, case = v.dep(c), self._case(c)
            if dep in ("obl", "obl:arg"):
                if case in lex.companion_preps or case in lex.between_preps:
                    role = "patient" if self.lex.verb_types.get(self.predicate_lemma(k)) in (
                        "meeting", "call") else "other"
                    roles += [(n, role) for n in self.names(c)]
                    if role == "patient" and not self.names(c) and not self.as_found:
                        # "traf sich mit Vertretern von Siemens": whom the people met stand for
                        for n, link in self._represented(c):
                            roles.append((n, role))
                            self.owned.setdefault(n, f"{case} {link}")  # (the line keeps "mit")
                elif case in lex.recipient_preps and (self.lex.verb_types.get(self.predicate_lemma(k)) == "letter"
                                                      or self._accusative_recipient(c)):
                    roles += [(n, "patient") for n in self.names(c)]
                    self.received += self.names(c)
                elif case in lex.opponent_preps and not self._after_event_noun(c):
                    roles += [(n, "patient") for n in self.names(c)]  # "gewann gegen Schweden"
                elif case in lex.opponent_preps and not self.as_found and self._after_bare_event_noun(c):
                    noun = self._short_phrase(v.subtree(c, CLAUSE_RELATIONS)[0] - 1)
                    for n in self.names(c):  # "bestätigt Urteil gegen X": the line keeps the noun
                        roles.append((n, "patient"))
                        self.owned.setdefault(n, f"{noun} {case}")
        if not self.as_found:
            for n, link in self._object_noun_parties(k):
                if n not in {name for name, _ in roles}:  # "nimmt Verhandlungen mit Iran auf": the line keeps the noun
                    roles.append((n, "patient"))
                    if link:
                        self.owned[n] = link
        for t in self._clause_tokens(k):
            # "ermittelt seit Montag gegen Siemens" with "gegen Siemens" hung on "Montag":
            # the opponent of the verb, unless it belongs to an event noun ("Spiele gegen X")
            h = v.head(t)
            if h != k and v.mention_at[t] >= 0 and self._case(t) in lex.opponent_preps \
                    and not self._event_noun(h) and v.dep(t) != "conj" and not self._after_event_noun(t):
                roles += [(n, "patient") for n in self.names(t)]
        if not self.as_found:
            roles += [(n, "patient") for n in self._titled_opponents(k)]
        if not self.as_found and not active and v.passive(k) and not any(role == "agent" for _, role in roles):
            roles += [(n, "agent") for n in self._surface_agent(k) or self._maker(k)]
        if not any(role == "agent" for _, role in roles):
            perfect = self._perfect_subject(k)
            roles = [(n, "agent") for n in perfect] + roles
            if perfect:  # "Moody's hat das Rating/nsubj Sloweniens angehoben": the phrase was the object
                owned = [(n, "patient") for n, _ in owned if not self.owned[n].endswith(" zwischen")]
        if not roles:
            roles = self._subject_under_time(k)
        roles += [r for r in owned if r[0] not in {n for n, _ in roles}]
        members = self._alliance_formed(k)
        if members:  # "wurde die Koalition aus CDU und FDP gebildet": the members formed it
            roles = [(n, "agent" if n in members else role) for n, role in roles]
        if self._harms_itself(k):
            roles = [(n, "patient" if role == "agent" else role) for n, role in roles]
        seen: dict[str, str] = {}
        for name, role in roles:
            seen.setdefault(name, role)
        return list(seen.items())

    def _object_noun_parties(self, k: int) -> list[tuple[str, str]]:
        """The parties of an event noun the verb takes as its object (``Gespräche
        mit X führen``, ``wurden Ermittlungen gegen X aufgenommen``): with a light
        verb the noun tells the happening, and whom it is with or against takes
        part in the verb's happening too."""
        v, lex = self.v, self.lex
        out: list[tuple[str, str]] = []
        for o in v.children[k]:
            kind = self._event_noun(o) if v.dep(o) in ("obj", "nsubj:pass") and v.pos(o) == "NOUN" else None
            if kind is None:
                continue
            for c in v.children[o]:
                if c < o or v.dep(c) != "nmod":
                    continue
                case = self._case(c)
                if case in lex.companion_preps and kind in ("meeting", "call"):
                    out += [(n, f"{self._short_phrase(o)} {case}") for n in self.names(c)]
                elif case in lex.opponent_preps:  # (the line keeps "gegen" by itself: "hebt Urteile gegen X auf")
                    out += [(n, "") for n in self.names(c)]
        return out

    def _stray_pronoun(self, k: int) -> int | None:
        """A subject pronoun (``er``, ``sie``) the parser hung on a noun of the
        clause as its modifier: a personal pronoun is never a noun's attribute
        (its genitive is a possessive, ``ihr``), so in a clause with no subject
        it is the subject."""
        v, lex = self.v, self.lex
        for t in self._clause_tokens(k):
            if v.pos(t) == "PRON" and self.low[t] in lex.subject_pronouns and v.dep(t) == "nmod" \
                    and v.head(t) != k and self._case(t) is None:
                return t
        return None

    def _subject_and_object(self, k: int, c: int) -> tuple[str, str] | None:
        """Two states side by side that the parser made one phrase (``Außerdem
        hatte Spanien/compound Tschechien mit 33:25 geschlagen``): German joins no
        two country names without ``und``, a comma or a hyphen, so they are two
        phrases, the subject and then the object of the middle field, where the
        clause has no other subject. (A noun or a title before a name is one
        phrase with it: "Bundesrat Gottfried Kneifel", "Landesarbeitsgericht
        Hessen".)"""
        v = self.v
        found = [mi for mi in v.mentions_in(self._core(c)) if v.mentions[mi].label in ACTOR_LABELS]
        if len(found) != 2 or any(v.dep(d) in ("nsubj", "nsubj:pass") for d in v.children[k] if d != c):
            return None
        first, second = (v.mentions[mi] for mi in found)
        if any(m.text.lower() not in self.lex.place_forms for m in (first, second)):
            return None  # (a title, an office or a court before a name is one phrase: "Landesarbeitsgericht Hessen")
        last, start = v.token_at(first.end) - 1, v.token_at(second.start)
        if start != last + 1 or v.tokens[last].end == v.tokens[start].start or first.text.endswith(("s", "'", "’")):
            return None  # (not "Frankreichs Präsident", nor a name glued to the next)
        one, two = range(v.token_at(first.start), start), range(start, v.token_at(second.end))
        if not any(v.dep(t) in ("compound", "flat", "flat:name", "appos") and v.head(t) in other
                   for part, other in ((one, two), (two, one)) for t in part):
            return None
        return self._actor_name(first), self._actor_name(second)

    def _owners(self, c: int) -> tuple[list[str], str]:
        """The names a subject or object phrase that names no one belongs to,
        and the word that links them to its noun in a label: ``von`` for its
        genitive (``hat das Rating des Eurolandes
        Slowenien angehoben``, ``hielten Anhänger der Hisbollah ab``): whoever
        owns what the verb acts on undergoes it, whoever owns the doers acts
        through them. The genitive is a bare phrase after the noun with a
        genitive article before its name, or, where the parser hung it
        elsewhere, the name right after that article; a name with no article
        after a plural noun (``die Bundesstaaten New Mexico und New Jersey``)
        is what the noun names (no word); the parties of its ``zwischen``
        phrase take part as the phrase does (``die Kontakte zwischen beiden
        Unternehmen kamen zustande``)."""
        v, lex = self.v, self.lex
        if v.pos(c) not in ("NOUN", "PROPN") or self._case(c) is not None:
            return [], ""
        for d in v.children[c]:
            if v.dep(d) == "nmod" and d > c and self._case(d) in lex.between_preps and self.names(d):
                return self.names(d), self._case(d)
            inside = v.mentions_in(self._core(d)) if v.dep(d) in ("nmod", "nmod:poss") and d > c else []
            if inside and self._case(d) is None:  # "des Flugzeugträgers „Graf Zeppelin“": its name
                first = v.token_at(v.mentions[inside[0]].start)
                genitive = any(self.low[t] in lex.genitive_articles for t in range(c + 1, first))
                if genitive or (first == c + 1 and self._plural_noun(c)):
                    names = self.names(d)
                    return names, (self._article_before(first, names) or "von") if genitive else ""
        j = c + 1
        if j < len(self.low) and self.low[j] in lex.genitive_articles:
            for t in range(j + 1, min(j + 5, len(self.low))):
                opening = v.pos(t) == "PUNCT" and t + 1 < len(self.low) and v.tokens[t].end == v.tokens[t + 1].start
                if v.sentence_of[t] != v.sentence_of[c] or (v.pos(t) not in ("ADJ", "NOUN", "PROPN") and not opening):
                    break  # (an opening quotation mark glued to the name goes on: "„Graf Zeppelin“")
                mi = v.mention_at[t]
                if mi >= 0 and v.token_at(v.mentions[mi].start) == t and v.mentions[mi].label in ACTOR_LABELS:
                    name = self._actor_name(v.mentions[mi])
                    return [name], self._article_before(t, [name]) or "von"
        return [], ""

    def _represented(self, c: int) -> list[tuple[str, str]]:
        """The names a phrase of people that names no one stands for (``mit
        Vertretern von Siemens und Bosch``, ``mit Abgesandten der Hamas``): a
        genitive or ``von`` phrase after a noun of those who act for a body
        (not ``mit Kontenbesitzern der KTB``); each with the words a line keeps
        before it."""
        v, lex = self.v, self.lex
        if v.pos(c) != "NOUN" or self._noun_lemma(c) not in lex.representative_nouns:
            return []
        for d in v.children[c]:
            if d < c or v.dep(d) != "nmod":
                continue
            case = self._case(d)
            article = next((self.low[t] for t in v.deps_of(d, "det") if self.low[t] in lex.genitive_articles), None)
            if case in lex.genitive_preps or (case is None and article):
                names = self.names(d)
                if names:
                    return [(n, f"{self._short_phrase(c)} {case or article}") for n in names]
        return []

    def _role_genitive(self, c: int, names: list[str]) -> str | None:
        """The genitive article of the one name a role noun's phrase holds in
        its genitive (``der Chef des Roten Kreuzes``): the role's holder is
        unnamed, the name is whose role it is."""
        v = self.v
        if len(names) != 1 or not self._is_role(v.lemma(c)) or v.mention_at[c] >= 0:
            return None
        for d in v.deps_of(c, "nmod"):
            mi = v.mention_at[d]
            if d > c and self._case(d) is None and mi >= 0 and names[0] in (v.mentions[mi].text,
                                                                              self._actor_name(v.mentions[mi])):
                return self._article_before(v.token_at(v.mentions[mi].start), names)
        return None

    def _article_before(self, first: int, names: list[str]) -> str | None:
        """The genitive article right before a name that is the only one named
        (``die Mitglieder der GAL``, ``die Anhänger der Hisbollah``): a label
        keeps it, as the name keeps its genitive ending (``von`` takes the
        dative: not ``von Internationalen Strafgerichtshofs``)."""
        v = self.v
        mi = v.mention_at[first]
        if len(names) != 1 or first == 0 or mi < 0 or names[0] not in (v.mentions[mi].text,
                                                                        self._actor_name(v.mentions[mi])):
            return None
        low = self.low[first - 1]
        return low if low in self.lex.genitive_articles and v.pos(first - 1) == "DET" else None

    def _subject_under_time(self, k: int) -> list[tuple[str, str]]:
        """``Heute um 06:35 Uhr ist Fürst X gestorben`` parsed with the time as
        the subject and the name hung below it: a time is never who acts, the
        name in its phrase outside the time expression is the subject."""
        v = self.v
        for c in v.deps_of(k, "nsubj", "nsubj:pass"):
            if v.timex_at[c] < 0:
                continue
            tokens = [t for t in v.subtree(c, CLAUSE_RELATIONS) if v.timex_at[t] < 0]
            found = [mi for mi in v.mentions_in(tokens) if v.mentions[mi].label in ("PER", "ORG")]
            if found:
                undergoes = v.passive(k) or self._subject_undergoes(k)
                return [(self._actor_name(v.mentions[found[0]]), "patient" if undergoes else "agent")]
        return []

    def _perfect_subject(self, k: int) -> list[str]:
        """``Die Agentur X hat das Rating ... angehoben`` parsed with ``hat`` as
        the main verb and the participle as its complement: the subject of
        ``haben`` is who did it."""
        v = self.v
        for h in self._conj_chain(k):
            head = v.head(h)
            if v.dep(h) == "xcomp" and head != h and v.lemma(head).lower() == "haben" and self._participle(h):
                return [n for c in v.deps_of(head, "nsubj") for n in self.names(c)]
        return []

    def _harms_itself(self, k: int) -> bool:
        """``verletzte sich``: a reflexive verb of harm, whose subject undergoes it."""
        return self.predicate_lemma(k) in self.lex.reflexive_harm and any(
            self.low[c] == "sich" for c in self.v.children[k])

    def _after_event_noun(self, c: int) -> bool:
        """``im Krieg gegen die Ukraine gefallen``: a phrase right after an event
        noun is that noun's, wherever the parser hung it."""
        first = self.v.subtree(c, CLAUSE_RELATIONS)[0]
        return first > 0 and self._event_noun(first - 1) is not None

    def _after_bare_event_noun(self, c: int) -> bool:
        """``hat das Urteil gegen X bestätigt``: the event noun before the phrase
        is a subject or an object, no phrase of its own (``im Krieg gegen X``),
        so whom it is directed at takes part in what the verb tells of it."""
        first = self.v.subtree(c, CLAUSE_RELATIONS)[0]
        return first > 0 and not self.v.deps_of(first - 1, "case")

    def names(self, k: int) -> list[str]:
        """The entities a phrase names: its mentions, else what its pronoun, role
        noun, ``beide`` or demonym stands for."""
        v, lex = self.v, self.lex
        if self._case(k) in lex.source_preps or k in self.sourced or self._focus_word(k):
            return []
        tokens = self._core(k)
        found = [mi for mi in v.mentions_in(tokens) if v.mentions[mi].label in ACTOR_LABELS
                 and not self._source_mention(mi) and v.token_at(v.mentions[mi].start) not in self.sourced and not self._possessor(mi, tokens)
                 and not self._attributive_agent(mi)
                 and v.mentions[mi].text.lower() not in lex.currency_words]  # "1,7 Milliarden Euro": no party
        if not self.as_found:
            found = [mi for mi in found if not v.in_dateline(v.token_at(v.mentions[mi].start))]
        if self._is_role(v.lemma(k)) and any(v.mentions[mi].label == "PER" for mi in found):
            # "der Anführer der Abu Sayyaf, Radulan Sahiron": the role's holder, not whose role it is
            found = [mi for mi in found if v.mentions[mi].label == "PER"]
        names = [self._actor_name(v.mentions[mi]) for i, mi in enumerate(found)
                 if not (i and self._bracketed(v.mentions[mi]))]
        if names:
            return names
        owned = self._possessed_name(tokens) or (None if self.as_found else self._close_apposition(k))
        if owned:
            return [owned]
        low, lemma = self.low[k], v.lemma(k)
        if v.pos(k) == "PROPN" and low in lex.place_forms and (self.as_found or not v.in_dateline(k)):
            country = lex.place_forms[low]
            return [country if country in self.named else v.tokens[k].text]  # a place the recognizer missed
        if low in lex.both_words or any(self.low[c] in lex.both_words for c in v.children[k]):
            return self._last_pair(k)
        last = None if self.as_found else self._last_listed(k)
        if last:
            return [last]  # "Jaroslaw und sein Zwillingsbruder Lech, der 2010 ... starb": Lech
        antecedent = None if self.as_found else self._antecedent_noun(k)
        if antecedent is not None:
            return self.names(antecedent)  # "der Fahrer Berger, der ... verursacht hatte": Berger
        if v.pos(k) == "PRON" and low in lex.pronouns and not self._plural_verb(k):
            return self._pronoun_person(k)
        if self._is_role(lemma) and (self.as_found or not self._plural_noun(k) or lemma in lex.group_nouns):
            # ("die Entführer", plural, are not the one person named before)
            named = None if self.as_found else self._phrase_final_name(k)
            return [named] if named else self._role_person(k)
        if not self.as_found and v.pos(k) in ("NOUN", "PROPN") and v.mention_at[k] < 0 and \
                not self._plural_noun(k) and any(
                self.low[c] in lex.definite_articles for c in v.deps_of(k, "det")):
            named = self._organisation_named(k)
            if named:
                return [named]  # "die Werft" for "die Meyer Werft", "der Konzern" for "der Stahlkonzern X"
        if lemma in lex.alliance_nouns or self._compound_head(lemma, lex.alliance_nouns):
            for c in v.deps_of(k, "nmod"):
                if self._case(c) in lex.member_preps:
                    return self.names(c)  # "die Koalition aus CDU und FDP": the members
        if lemma in lex.state_nouns:
            for c in v.deps_of(k, "amod"):
                country = lex.demonym_forms.get(self.low[c])
                if country:
                    return [country]  # "die russischen Truppen": Russia acts
            for c in v.deps_of(k, "nmod"):
                mi = v.mention_at[c]
                if self._case(c) is None and mi >= 0 and v.mentions[mi].label == "LOC" and c > k:
                    text = v.mentions[mi].text  # "die Behörden der Philippinen", "die Regierung Frankreichs"
                    return [lex.place_forms.get(text.lower(), text)]  # the state acts
        return []

    def _phrase_final_name(self, k: int) -> str | None:
        """``Der Weltmarktführer im Segment Energiesparlampen Philips hat ...``:
        a role noun whose own phrase ends in a name right after a noun is that
        name (a close apposition the parser hung deeper), not a person named
        before."""
        v = self.v
        tokens = sorted(v.subtree(k, CLAUSE_RELATIONS))
        while tokens and v.pos(tokens[-1]) == "PUNCT":
            tokens.pop()
        mi = v.mention_at[tokens[-1]] if tokens else -1
        if mi < 0 or v.mentions[mi].label not in ("ORG", "PER"):
            return None
        first = v.token_at(v.mentions[mi].start)
        if first - 1 not in tokens or v.pos(first - 1) not in ("NOUN", "PROPN") or v.mention_at[first - 1] >= 0 \
                or tokens[-1] - first > 3 or any(v.mention_at[t] >= 0 for t in tokens if t < first):
            return None
        return self._actor_name(v.mentions[mi])

    def _organisation_named(self, k: int) -> str | None:
        """The organisation a definite common noun refers to: the one whose
        name holds the noun (``die Feuerwehr`` and ``die Feuerwehr Hagen``, ``die
        Werft`` and ``die Meyer Werft``) or that the text introduced with it or
        a compound ending in it (``der Stahlkonzern X`` ... ``der Konzern``), the
        nearest before it, else the nearest after it in the article."""
        v = self.v
        noun = v.lemma(k).lower()
        if len(noun) < 4:
            return None

        def introduced(m) -> bool:
            words = [w.lower() for w in m.text.split()]
            if noun in words[:-1] + words[-1:] and len(words) > 1:
                return True
            j = v.token_at(m.start) - 1
            if j > 0 and v.pos(j) == "PUNCT" and v.tokens[j].end == m.start:
                j -= 1  # "des Flugzeugträgers „Graf Zeppelin“"
            return j >= 0 and v.pos(j) == "NOUN" and v.mention_at[j] < 0 and \
                v.sentence_of[j] == v.sentence_of[v.token_at(m.start)] and v.lemma(j).lower().endswith(noun)

        start = v.tokens[k].start
        orgs = [m for m in v.mentions if m.label == "ORG" and introduced(m) and not (m.start <= start < m.end)]
        before = [m for m in orgs if m.end <= start]
        after = [m for m in orgs if m.start > start]
        m = before[-1] if before else after[0] if after else None
        if m is None and (noun.capitalize() in self.lex.company_nouns or
                          self._compound_head(v.lemma(k), self.lex.company_nouns)):
            # "X war der größte Verlierer. ... weist der Konzern aus": the company named last
            floor = v.sentences[max(0, v.sentence_of[k] - LOOKBACK_SENTENCES)].start
            near = [m for m in v.mentions if m.label == "ORG" and floor <= m.start and m.end <= start]
            m = near[-1] if near else None
        if m is None:
            return self._office_of_place(k)
        return self._actor_name(m)

    def _office_of_place(self, k: int) -> str | None:
        """``Die Feuerwehr Olpe rückte an. ... Die Feuerwehr konnte abrücken``: a definite office's noun
        the article also writes before a place's name (German names an office by its place: ``Polizei
        Hagen``, ``Stadt Köln``) is that office, the nearest such before it, else the nearest after it;
        only where the article writes the noun before one place alone."""
        v, lex = self.v, self.lex
        if v.lemma(k) not in lex.place_offices and not self._compound_head(v.lemma(k), lex.place_offices):
            return None
        noun = v.lemma(k).lower()
        found: dict[str, int] = {}
        for m in v.mentions:
            j = v.token_at(m.start) - 1
            if m.label == "LOC" and j >= 0 and j != k and v.pos(j) == "NOUN" and v.mention_at[j] < 0 \
                    and v.lemma(j).lower() == noun and v.tokens[j].end + 1 == m.start:
                found.setdefault(f"{v.tokens[j].text} {m.text}", j)
        if len({name.split(" ", 1)[1] for name in found}) != 1:
            return None  # (none, or offices of two places: "die Polizei" could be either)
        return next(iter(found))

    def _antecedent_noun(self, k: int) -> int | None:
        """The noun a relative pronoun stands for: the one its clause hangs on."""
        v = self.v
        if v.pos(k) != "PRON" or self.low[k] not in v.grammar.relative_pronouns:
            return None
        clause = v.head(k)
        if clause == k or v.dep(k) not in ("nsubj", "nsubj:pass", "obj", "iobj"):
            return None
        if len(v.deps_of(clause, "nsubj")) > 1:
            return None  # an active and a passive subject: the parse does not say which the pronoun is
        if v.dep(clause) in ("acl:relcl", "acl"):
            noun = self._outside_brackets(v.head(clause))
            return noun if noun not in (clause, k) and v.pos(noun) in ("NOUN", "PROPN") else None
        return self._extraposed_antecedent(k)

    def _last_listed(self, k: int) -> str | None:
        """``Jaroslaw und sein Zwillingsbruder Lech, der 2010 ... starb``: a
        relative pronoun in the singular (its verb singular) right after a list
        of persons stands for the list's last member, the name before the comma
        (German grammar: a relative clause follows its antecedent), not for the
        whole list the parser or the recognizer made one phrase."""
        v = self.v
        if v.pos(k) != "PRON" or self.low[k] not in v.grammar.relative_pronouns or k < 2 \
                or self.low[k - 1] != "," or v.dep(k) not in ("nsubj", "nsubj:pass"):
            return None
        clause = v.head(k)
        if not any(v.feature(t, "Number") == "Sing" for t in [k, clause] + v.deps_of(clause, "aux", "aux:pass")):
            return None
        j, mi = k - 2, v.mention_at[k - 2]
        if mi < 0 or v.mentions[mi].label not in ACTOR_LABELS or v.sentence_of[j] != v.sentence_of[k]:
            return None
        start = v.token_at(v.mentions[mi].start)
        joiners = ("und", "sowie")
        if any(self.low[t] in joiners for t in range(start, j)):  # a list the recognizer took for one name
            run = j
            while run - 1 > start and v.pos(run - 1) == "PROPN":
                run -= 1
            return " ".join(v.tokens[t].text for t in range(run, j + 1)) \
                if v.pos(j) == "PROPN" and self.low[run - 1] not in joiners else None
        first = v.sentences[v.sentence_of[k]].first_token
        if not any(self.low[t] in joiners for t in range(max(first, start - 4), start)):
            return None
        return self._actor_name(v.mentions[mi])

    def _outside_brackets(self, k: int) -> int:
        """``Scott Boback (Dickinson College), der ...``: a clause hung on the
        gloss in brackets is about the name before them."""
        v = self.v
        first = v.sentences[v.sentence_of[k]].first_token
        for j in range(k - 1, max(first, k - 8) - 1, -1):
            if v.tokens[j].text == ")":
                return k
            if v.tokens[j].text == "(":
                return j - 1 if j > first and v.pos(j - 1) in ("NOUN", "PROPN") else k
        return k

    def _extraposed_antecedent(self, k: int) -> int | None:
        """``nahm den Fahrer Berger fest, der ...``: a relative clause after the
        verb's particle, parsed as a clause of the verb; its noun is the last
        one before the comma."""
        v = self.v
        j = k - 1
        if j <= 0 or v.tokens[j].text != "," or v.sentence_of[j] != v.sentence_of[k]:
            return None
        j -= 1
        if v.dep(j) == "compound:prt":
            j -= 1
        return j if v.pos(j) in ("NOUN", "PROPN") and v.sentence_of[j] == v.sentence_of[k] else None

    def _plural_noun(self, k: int) -> bool:
        """A plural noun by its tag, or by its form where the tag says otherwise:
        a noun in -er or -el with an -n added is a dative plural (``den Entführern``)."""
        lemma = self.v.lemma(k).lower()
        return self.v.feature(k, "Number") == "Plur" or (
            lemma.endswith(("er", "el")) and self.low[k] == lemma + "n")

    def _close_apposition(self, k: int) -> str | None:
        """``das Dorf Panabaj``, ``der Konzern Siemens`` parsed as two phrases of
        the verb: the name right after a common noun is the one the noun names."""
        v = self.v
        j = k + 1
        if j >= len(self.low) or v.pos(k) != "NOUN" or v.mention_at[k] >= 0 or v.mention_at[j] < 0 \
                or v.sentence_of[j] != v.sentence_of[k]:
            return None
        m = v.mentions[v.mention_at[j]]
        # the name's own head: "der Terrorist Radulan/compound Sahiron/obl" hangs on the verb through "Sahiron"
        inside = range(j, v.token_at(m.end))
        root = next((t for t in inside if v.head(t) not in inside or v.head(t) == t), j)
        if v.head(root) != v.head(k) or self._case(root) is not None:
            return None
        return self._actor_name(m) if m.label in ACTOR_LABELS and v.token_at(m.start) == j else None

    def _bracketed(self, mention) -> bool:
        """``Haute-Savoie (Frankreich)``, ``Pétanque Verband (DPV)``: a name in
        brackets after another glosses it (its short form, its country); it is
        no second party."""
        return self.v.text[:mention.start].rstrip().endswith("(")

    def _possessed_name(self, tokens: list[int]) -> str | None:
        """``an Nordkoreas Machthaber Kim Jong Un`` parsed with the name outside
        the phrase: the person the possessor's role noun introduces."""
        v = self.v
        for mi in v.mentions_in(tokens):
            if not self._possessor(mi, tokens):
                continue
            j = v.token_at(v.mentions[mi].end)
            while j < len(self.low) and v.pos(j) in ("NOUN", "PROPN") and v.mention_at[j] < 0 and j - v.token_at(
                    v.mentions[mi].end) < 2:
                j += 1
            if j < len(self.low) and v.mention_at[j] >= 0 and v.mentions[v.mention_at[j]].label == "PER" \
                    and v.sentence_of[j] == v.sentence_of[tokens[0]]:
                return self._actor_name(v.mentions[v.mention_at[j]])
        return None

    def _possessor(self, mi: int, tokens: list[int]) -> bool:
        """``Nordkoreas`` in ``Nordkoreas Machthaber Kim``: a genitive before a
        noun or name of the same phrase is whose it is, not a party."""
        v = self.v
        m = v.mentions[mi]
        if not m.text.endswith(("s", "'", "’")):
            return False
        after = v.token_at(m.end)
        if after < len(self.low) and v.sentence_of[after] == v.sentence_of[v.token_at(m.start)] \
                and v.tokens[after].text[:1].isupper() and v.mention_at[after] != mi \
                and (after in tokens or v.pos(after) in ("NOUN", "PROPN")):
            return True  # "Nordkoreas Machthaber", however the parser hung "Machthaber"
        before = v.token_at(m.start) - 1
        return m.label == "LOC" and before in tokens and v.pos(before) == "NOUN"  # "die Frau Deutschlands"

    def _actor_name(self, mention) -> str:
        """A capital acting for its state (``Pjöngjang bestätigte``) is the
        state, when the article names the state too; a person or organisation
        named in the genitive is named without its ending."""
        long = getattr(self, "long_forms", {}).get(mention.text)
        if long:
            return long  # "MLC": "Mouvement de Libération du Congo", as the article introduced it
        if mention.label != "LOC":
            # "den Anhängern Bembas": a name the recognizer took with its genitive "s", where the
            # article names it without, is that name
            # (a name the article has, so the linker knows it: "Obamas" -> "Barack Obama")
            text = mention.text
            stem = self._genitive_stem(mention)
            if stem:
                if hasattr(self, "genitive_forms"):
                    self.genitive_forms.setdefault(stem, self.short_forms.get(stem, mention.text))
                return stem
            if text.endswith("s") and len(text) > 4:
                if text[:-1] in self.named:
                    return text[:-1]
                fuller = sorted(m for m in self.named if m.endswith(" " + text[:-1]))
                if fuller:
                    return max(fuller, key=len)
            return text
        country = self.lex.place_forms.get(mention.text.lower())
        if country and country != mention.text and country in self.named:
            return country
        return mention.text

    def _core(self, k: int) -> list[int]:
        """The tokens of a phrase that name its parties: the head with its names,
        appositions and coordinated parts; a genitive only after a role noun."""
        v = self.v
        out, todo = [], [k]
        while todo:
            j = todo.pop()
            out.append(j)
            for c in v.children[j]:
                dep = v.dep(c)
                if dep in CORE_RELATIONS or (dep == "nmod" and self._is_role(v.lemma(j)) and not self._case(c)) \
                        or (v.mention_at[c] >= 0 and v.mention_at[c] == v.mention_at[j]):
                    todo.append(c)  # (a name the parser split, "Daimler AG/nmod und Tesla Motors": one phrase)
        return out

    def _is_role(self, lemma: str) -> bool:
        low = lemma.lower()
        lex = self.lex
        return low in lex.role_nouns or lemma in lex.group_nouns or low.endswith(_role_suffixes(lex))

    def _attributive_agent(self, mi: int) -> bool:
        """``die von der Daimler AG geplante Version``: a ``von`` name before an
        adjective is the agent of that participle, no party of the phrase's
        noun."""
        v = self.v
        m = v.mentions[mi]
        first, after = v.token_at(m.start), v.token_at(m.end)
        j = first - 1
        if j >= 0 and v.pos(j) == "DET":
            j -= 1
        return j >= 0 and self.low[j] in v.grammar.agent_preps and after < len(self.low) and v.pos(after) == "ADJ" \
            and v.sentence_of[after] == v.sentence_of[first]

    def _source_mention(self, mi: int) -> bool:
        m = self.v.mentions[mi]
        k = self.v.token_at(m.start)
        return k > 0 and self.low[k - 1] in self.lex.source_preps

    def _role_person(self, k: int) -> list[str]:
        """The person a role noun stands for: one introduced before with the same
        role (``Kremlchef Wladimir Putin`` ... ``der Kremlchef``), else, for a
        group (``die Delegation``), one introduced with any role, else the last
        person named as a subject."""
        v = self.v
        si = v.sentence_of[k]
        floor = v.sentences[max(0, si - LOOKBACK_SENTENCES)].start
        persons = [m for m in v.mentions if floor <= m.start < v.tokens[k].start and m.label == "PER"]
        role = v.lemma(k).lower()
        introduced = [(m, self._introducing_role(m)) for m in persons]
        for m, r in reversed(introduced):
            if r and (r == role or r.endswith(role) or role.endswith(r)):
                return [m.text]
        if v.lemma(k) in self.lex.group_nouns:
            for m, r in reversed(introduced):
                if r:
                    return [m.text]
        return self._last_person(k, LOOKBACK_SENTENCES, subjects_first=True, gender=self._noun_gender(k))

    def _introducing_role(self, m) -> str | None:
        """The role noun right before a person's name (``Präsident der Duma,
        Wolodin``), lower case, if any."""
        j = self._introducing_role_token(m)
        return self.v.lemma(j).lower() if j is not None else None

    def _introducing_role_token(self, m, wide: bool = False) -> int | None:
        """The role noun's token; ``wide``: a title (``Frau``) or a compound of a role (``Amtsrichterin``)
        counts too."""
        v = self.v
        first = v.token_at(m.start)
        s = v.sentences[v.sentence_of[first]]
        for j in range(first - 1, max(s.first_token, first - 6) - 1, -1):
            if v.pos(j) in ("VERB", "AUX"):
                return None
            if v.pos(j) in ("NOUN", "PROPN") and (self._is_role(v.lemma(j)) or wide and self._person_role(j)):
                return j
        return None

    def _person_role(self, j: int) -> bool:
        lemma = self.v.lemma(j)
        return bool(self._title_gender(j) or self._is_role(lemma) or self._compound_head(lemma, self.lex.role_nouns))

    def _title_gender(self, j: int) -> str | None:
        return dict(self.v.grammar.gendered_titles).get(self.low[j])

    def _noun_gender(self, j: int) -> str | None:
        """The gender a person's noun shows by its form: ``Frau``, ``Herr``; a role in ``-in`` is a woman
        (``Amtsrichterin``), another role the tagger calls masculine a man (``Sprecher``); else None."""
        v = self.v
        title = self._title_gender(j)
        if title:
            return title
        if not self._person_role(j) or v.feature(j, "Number") == "Plur":
            return None
        if self.low[j].endswith(v.grammar.feminine_role_ending):
            return "Fem"
        return "Masc" if v.feature(j, "Gender") == "Masc" else None

    def _person_gender(self, m) -> str | None:
        """A person's gender as the article tells it: the noun it introduces the person with
        (``Amtsrichterin Ute Bader``, ``Ein Sprecher der Polizei, Lars Beringer``), for any mention
        sharing a word of the name (``Bader``); None where it tells none or two."""
        genders = getattr(self, "_name_genders", None)
        if genders is None:
            genders = {}
            for p in self.v.mentions:
                if p.label != "PER":
                    continue
                j = self._introducing_role_token(p, wide=True)
                g = self._noun_gender(j) if j is not None else None
                for w in p.text.split():
                    if g and len(w) > 2:
                        genders.setdefault(w, set()).add(g)
            self._name_genders = genders
        found = set().union(*(genders.get(w, set()) for w in m.text.split()))
        return next(iter(found)) if len(found) == 1 else None

    def _plural_verb(self, k: int) -> bool:
        """``sie`` as the subject of a plural verb is a group, not a person."""
        h = self.v.head(k)
        return self.v.dep(k).startswith("nsubj") and self.v.feature(h, "Number") == "Plur" or \
            any(self.v.feature(c, "Number") == "Plur" for c in self.v.deps_of(h, "aux"))

    def _last_person(self, k: int, lookback: int, subjects_first: bool = False,
                     gender: str | None = None, subjects_only: bool = False) -> list[str]:
        """The person last named before ``k``; for a role noun, the last one
        named as a subject (``Wolodin dankte Kim ... Die Delegation``). With a
        ``gender`` (``er``, ``die Frau``) a person the article gives the other
        gender is passed over, and where the last one is, no one is taken
        (``Amtsrichterin Ute Bader ... der Student ... zwang ihn``: the unnamed
        man, not a man named before her)."""
        v = self.v
        si = v.sentence_of[k]
        floor = v.sentences[max(0, si - lookback)].start
        start = v.tokens[k].start
        # a place the recognizer took for a person ("auf Malta/PER aufmerksam") is no one a pronoun stands for
        persons = [m for m in v.mentions if floor <= m.start < start and m.label == "PER"
                   and m.text.lower() not in self.lex.place_forms]
        if gender and persons:
            known = [self._person_gender(m) for m in persons]
            if known[-1] not in (None, gender):
                return []  # (an unnamed person of that gender, more likely than one named before her)
            persons = [m for m, g in zip(persons, known) if g in (None, gender)]
        if subjects_first:
            for m in reversed(persons):
                t = v.token_at(m.start)
                # (a name the subject's head holds as its part, "Präsident X"; not its attribute: "lag er
                # hinter Watabe" with "Sekunden" misread as the subject, "Putins Brief an Kim")
                if v.dep(t).startswith("nsubj") or (v.dep(v.head(t)).startswith("nsubj")
                                                    and v.dep(t) in ("flat", "flat:name", "appos", "compound")):
                    return [m.text]
            if subjects_only:
                return []
        return [persons[-1].text] if persons else []

    def _pronoun_person(self, k: int) -> list[str]:
        """The person a pronoun stands for: the last one named in the sentences
        before; where none is named there, the one an earlier pronoun of the same
        gender stood for (a text about one person goes on with ``sie ... Sie
        ... sie`` long after her name)."""
        v = self.v
        # a subject pronoun goes on with the person the sentence or the one before had as its subject
        # ("Demjanjuk sei in Majdanek eingesetzt worden, bevor er ... verlegt worden sei")
        if k in self.chain:
            return [self.chain[k]] if self.chain[k] else []
        self.chain[k] = ""  # (while it is read: a pronoun is never its own antecedent)
        said = dict(v.grammar.pronoun_genders).get(self.low[k])
        subject = v.dep(k).startswith("nsubj")
        found = self._last_person(k, 1, subjects_first=True, gender=said, subjects_only=True) if subject else []
        if not found and subject:
            before = self._subject_pronoun_before(k)
            found = self._pronoun_person(before) if before is not None else []
            found = found or self._last_person(k, 1, gender=said)
        found = found or self._last_person(k, PRONOUN_LOOKBACK, gender=said)
        if not found:
            gender = v.feature(k, "Gender")
            floor = v.sentences[max(0, v.sentence_of[k] - PRONOUN_LOOKBACK)].start
            chained = [name for t, name in sorted(self.chain.items())
                       if name and t < k and v.tokens[t].start >= floor and gender and v.feature(t, "Gender") == gender]
            found = chained[-1:]
        if found:
            self.chain[k] = found[0]
        return found

    def _subject_pronoun_before(self, k: int) -> int | None:
        """``Doch Frenzel startete eine Aufholjagd. Nach drei Runden lag er noch hinter Watabe, der ...
        In der Schlussrunde steigerte er``: where no person is the subject of the sentence before, a
        subject pronoun goes on with the same pronoun as the subject there (or before it in its own
        sentence), not with a person named in an object since; the last such pronoun, else None."""
        v = self.v
        floor = v.sentences[max(0, v.sentence_of[k] - 1)].first_token
        for j in range(k - 1, floor - 1, -1):
            if self.low[j] == self.low[k] and v.pos(j) == "PRON" and v.dep(j).startswith("nsubj") \
                    and not self._plural_verb(j):
                return j
        return None

    def _last_pair(self, k: int) -> list[str]:
        """The two parties last named together (``A und B``) before ``k``."""
        v = self.v
        start = v.tokens[k].start
        before = [m for m in v.mentions if m.end <= start and m.label in ACTOR_LABELS]
        for i in range(len(before) - 1, 0, -1):
            a, b = before[i - 1], before[i]
            between = v.text[a.end:b.start].strip().lower()
            if between in ("und", "sowie", "und der", "und die", "und dem", "und den"):
                if i > 1 and v.text[before[i - 2].end:a.start].strip() == ",":
                    return []  # ("Siemens, Bosch und die Telekom": a list of three, not the two "beide" means)
                return [a.text, b.text]
        typed = self._typed_pair(k, before)
        if typed:
            return typed
        # "Putin traf Kim Jong Un. Beide vereinbarten ...": the only two persons the sentence before names
        # (not organisations or places: "das Landeskriminalamt ... zwei Jäger ... bei Deutschkreutz. Beiden
        # wurde ... entzogen" is about the two hunters)
        floor = v.sentences[max(0, v.sentence_of[k] - 1)].start
        persons = list(dict.fromkeys(m.text for m in before if m.start >= floor and m.label == "PER"))
        return persons if len(persons) == 2 else []

    def _typed_pair(self, k: int, before: list) -> list[str]:
        """``Die Daimler AG ... Tesla Motors ... Die ersten Kontakte zwischen beiden Unternehmen``: ``beide``
        with a plural noun of a kind (a company, a state, a person's role) stands for the two parties of
        that kind the article named last, where the sentences before name exactly two of them (one named
        twice, ``Daimler`` and ``Daimler AG``, is one); else none."""
        v, lex = self.v, self.lex
        noun = k if v.pos(k) == "NOUN" else v.head(k) if v.pos(v.head(k)) == "NOUN" else None
        if noun is None:
            return []
        lemma = v.lemma(noun)
        if lemma in lex.company_nouns or self._compound_head(lemma, lex.company_nouns):
            label = "ORG"
        elif lemma in lex.state_kind_nouns:
            label = "LOC"
        elif self._is_role(lemma) and lemma not in lex.group_nouns:
            label = "PER"
        else:
            return []
        floor = v.sentences[max(0, v.sentence_of[k] - PRONOUN_LOOKBACK)].start
        names: list[set[str]] = []
        out: list[str] = []
        for m in reversed([m for m in before if m.start >= floor and m.label == label]):
            if label == "LOC" and m.text.lower() not in lex.place_forms:
                continue  # ("beide Staaten": countries, not the cities named beside them)
            name = self._actor_name(m)
            words = {w for w in name.casefold().split() if len(w) > 2}
            if any(words <= seen or seen <= words for seen in names):
                continue
            names.append(words)
            out.append(name)
        if len(out) != 2:
            return []
        first = {name: i for i, name in reversed(list(enumerate(self._actor_name(m) for m in before)))}
        return sorted(out, key=lambda name: first.get(name, len(before)))  # in the order the text named them

    def _case(self, k: int) -> str | None:
        """The preposition of a phrase (``in``, ``zwischen``), lower case."""
        for c in self.v.children[k]:
            if self.v.dep(c) == "case":
                return self.low[c]
        return None

    def _place(self, e: _Event) -> str | None:
        v, lex = self.v, self.lex
        heads = [e.k] if e.clause == e.k else [e.k, e.clause]
        if e.kind == "verb":  # "gab die Festnahme in Manila bekannt": a phrase the parser hung on the particle
            heads += [p for p in self._particles(e.k) if v.dep(p) not in ("compound:prt", "case")]
        if e.kind == "noun":  # "bei der Vorlage seines Berichts in Genf": a phrase hung on the noun's genitive
            heads += self._bare_genitives(e.k)
        for h in heads:
            for c in v.children[h]:
                if v.dep(c) in ("obl", "nmod", "advmod") and self._case(c) in lex.place_preps \
                        and not self._sequence_phrase(c):
                    for mi in v.mentions_in(self._core(c) + [t for t in v.subtree(c, CLAUSE_RELATIONS)]):
                        if v.mentions[mi].label == "LOC" and not self._prenominal(v.mentions[mi]) \
                                and not self._opponent(v.mentions[mi]):
                            m = v.mentions[mi]
                            # "bei der zweiten Station in Holguin": a place in a phrase of its own inside
                            # the phrase keeps its own preposition ("in Holguin", not "bei Holguin")
                            own = next((self._case(t) for t in range(v.token_at(m.start), v.token_at(m.end))
                                        if t != c and self._case(t) in lex.place_preps), None)
                            prep = own or self._case(c)
                            e.place_prep = prep if prep in lex.label_place_preps else "in"
                            return self._nominative_place(m.text)
                    town = next((lex.city_adjectives[self.low[a]] for a in v.children[c] if a < c
                                 and v.dep(a) == "amod" and self.low[a] in lex.city_adjectives
                                 and v.tokens[a].text[:1].isupper()), None)
                    if town and self._one_place(c):  # "in der Belgrader Innenstadt": in that town
                        e.place_prep = "in"
                        return town
        if e.kind == "noun":  # "die Pekinger Weltfrauenkonferenz", "bei den französischen Regionalwahlen"
            for c in v.children[e.k]:
                if c < e.k and v.dep(c) == "amod":
                    place = (lex.city_adjectives.get(self.low[c]) if v.tokens[c].text[:1].isupper() else None) or (
                        lex.demonym_forms.get(self.low[c]) if e.type in lex.place_adjective_types else None)
                    if place:
                        e.place_prep = "in"
                        return place
        if e.kind == "verb":  # a place phrase the parser hung on another word of the clause
            nested = {t for c in v.children[e.k] if self._sequence_phrase(c) for t in v.subtree(c)}
            for t in self._clause_tokens(e.k):
                if t in nested:  # "vor einem Treffen ... in Alaska": that meeting's place
                    continue
                if v.pos(t) == "PROPN" and self._case(t) in lex.place_preps and v.mention_at[t] >= 0:
                    m = v.mentions[v.mention_at[t]]
                    if m.label == "LOC" and not self._event_noun(v.head(t)) and not self._prenominal(m):
                        e.place_prep = self._case(t) if self._case(t) in lex.label_place_preps else "in"
                        return self._nominative_place(m.text)
        return None

    def _one_place(self, c: int) -> bool:
        """``in der Belgrader Innenstadt``, ``im Wiener Rathaus``: a phrase with
        the definite article (or a preposition fused with it) names one place;
        ``bei vielen Wiener Sportvereinen`` names a kind."""
        v, lex = self.v, self.lex
        return any(self.low[d] in lex.definite_articles for d in v.deps_of(c, "det")) or any(
            self.low[d] in lex.fused_preps for d in v.deps_of(c, "case"))

    def _bare_genitives(self, k: int) -> list[int]:
        """The genitive nouns after an event noun that name no one (``die
        Vorlage seines Berichts``, ``der Start des Dienstes``)."""
        v = self.v
        return [c for c in v.children[k] if c > k and v.dep(c) == "nmod" and self._case(c) is None
                and v.pos(c) == "NOUN" and v.mention_at[c] < 0]

    def _place_in_genitive(self, k: int) -> bool:
        """Whether the place of an event noun is a phrase on its genitive, no
        phrase of its own (``Start des Dienstes in Australien``)."""
        v, lex = self.v, self.lex
        if any(self._case(c) in lex.place_preps for c in v.children[k]):
            return False
        return any(self._case(c) in lex.place_preps for g in self._bare_genitives(k) for c in v.children[g])

    def _nominative_place(self, text: str, named: bool = True) -> str:
        """A place name in its genitive (``in der Hauptstadt Monacos``,
        ``im Norden Syriens``) as the place: the name without the ending, where
        the lexicon knows it as that place (``Paris`` stays) and, for the place
        itself (``named``), where the article has that name, which the linker
        knows; a label writes it anyway."""
        base = self.lex.place_forms.get(text.lower())
        if base and text.endswith("s") and base.lower() == text[:-1].lower() and (not named or base in self.named):
            return base
        return text

    def _opponent(self, mention) -> bool:
        """``am Samstag gegen Schweden``: a name with a preposition of its own
        that directs the happening at it is a party, not the place."""
        v = self.v
        return any(self._case(t) in self.lex.opponent_preps
                   for t in range(v.token_at(mention.start), v.token_at(mention.end)))

    def _sequence_phrase(self, c: int) -> bool:
        """``vor einem Treffen in Alaska``: another happening before or after
        this one; its place is not this one's (``bei einem Besuch in X`` is)."""
        return self._case(c) in self.lex.sequence_preps and self._event_noun(c) is not None

    def _prenominal(self, mention) -> bool:
        """A name that modifies a noun after it (``Russlands Präsident``,
        ``Nordkoreas Machthaber``): a possessor, not the place of the phrase."""
        v = self.v
        last = v.token_at(mention.end) - 1
        head = v.head(last)
        if head > last and v.pos(head) in ("NOUN", "PROPN") and v.mention_at[head] != v.mention_at[last]:
            return True
        # a genitive "-s" right before a noun, however it was parsed ("Nordkoreas Machthaber")
        nxt = last + 1
        return (self.low[last].endswith("s") and nxt < len(self.low) and v.sentence_of[nxt] == v.sentence_of[last]
                and v.pos(nxt) in ("NOUN", "PROPN") and v.mention_at[nxt] != v.mention_at[last])

    def _clause_tokens(self, k: int) -> list[int]:
        return self.v.subtree(k, CLAUSE_RELATIONS)

    def _own_date(self, k: int) -> int | None:
        """The date expression of an event's own clause or phrase: not one that
        only bounds it (``seit 1976``, ``bis März``), not one that dates an
        event noun inside the clause (``die Wiedereinführung 1976``), and none
        when the clause names a span of two dates (``zwischen dem 25. Oktober
        und dem 15. März``)."""
        v, lex = self.v, self.lex
        found: dict[int, int] = {}
        tokens = self._clause_tokens(k)
        if v.pos(k) in ("VERB", "AUX"):  # "gab die Festnahme gestern bekannt": a date the parser hung on the particle
            tokens = tokens + self._particle_phrases(k, tokens)
        elif v.pos(k) == "NOUN":  # "nach der Landtagswahl am 31. August", the date parsed as a conjunct
            tokens = sorted(tokens + [t for c in v.deps_of(k, "conj") if v.timex_at[c] >= 0
                                      for t in v.subtree(c, CLAUSE_RELATIONS)])
        later = [x for x in v.deps_of(k, "xcomp", "conj") if x > k and self._zu_infinitive(x)]
        bracket = max([k] + self._particles(k)) if later and v.pos(k) == "VERB" else len(self.low)
        for t in tokens:
            ti = v.timex_at[t]
            if ti < 0 or not self.timex_values[ti] or ti in found:
                continue
            if any(bracket < t < x for x in later):
                continue  # "hat angekündigt, die Preise ab 1. Oktober zu erhöhen": the infinitive's date
            if self._bound(ti, k):
                self.bounded.add(k)
                continue
            if self._dates_other_noun(t, k):
                continue
            found[ti] = t
        if not found:
            return None
        if len({self.timex_values[ti] for ti in found}) > 1 and any(
                self.low[j] in lex.span_words for j in range(min(found.values()), max(found.values()))):
            return None
        return self._narrowed(min(found, key=lambda ti: (abs(found[ti] - k), ti)), found)

    def _particle_phrases(self, k: int, tokens: list[int]) -> list[int]:
        """What the parser hung on the separated particle of ``k`` outside its clause tokens (once per verb)."""
        got = self.particle_phrases.get(k)
        if got is None:
            inside = set(tokens)
            got = [t for p in self._particles(k) if p not in inside for t in self._clause_tokens(p)]
            self.particle_phrases[k] = got
        return got

    def _zu_infinitive(self, x: int) -> bool:
        """An infinitive with ``zu`` (``zu erhöhen``, ``anzuheben``)."""
        v = self.v
        return any(self.low[c] == "zu" for c in v.deps_of(x, "mark")) or (
            x > 0 and self.low[x - 1] == "zu") or "zu" in self.low[x][2:-3]

    def _extraposed_date(self, k: int) -> int | None:
        """The date of a ``zu``-infinitive after its verb's closing participle
        (``hat angekündigt, die Preise ab 1. Oktober zu erhöhen``) that the
        parser hung on that verb: what stands between them is the infinitive's."""
        v = self.v
        if v.dep(k) not in ("xcomp", "conj") or not self._zu_infinitive(k):
            return None
        h = v.head(k)
        if not h < k or v.pos(h) != "VERB":
            return None
        bracket = max([h] + self._particles(h))
        own = set(self._clause_tokens(k))
        dated = [(t, v.timex_at[t]) for t in self._clause_tokens(h) if bracket < t < k and t not in own
                 and v.timex_at[t] >= 0 and self.timex_values[v.timex_at[t]]]
        dated = [(t, ti) for t, ti in dated if not self._bound(ti, h)]
        return dated[-1][1] if dated else None

    def _bound(self, ti: int, k: int) -> bool:
        """A date that only bounds the happening: after ``seit``, ``bis`` or
        ``bis zum`` (``noch bis zum 15. März geöffnet``), the start of a span
        (``2003 bis 2008``), or inside a phrase that ``seit`` opens (``seit der
        Wiedereinführung der Todesstrafe 1976``)."""
        v, bound = self.v, self.lex.bound_preps
        first = v.token_at(v.timexes[ti].start)
        after = v.token_at(v.timexes[ti].end)
        before = self.low[max(0, first - 2):first]
        if self.low[first] in bound or (before and before[-1] in bound):
            return True
        outer = self.lex.outer_bound_preps
        if before and before[-1] in outer and v.pos(first - 1) == "ADP" \
                and not (len(before) == 2 and before[0] in self.lex.near_words):
            return True  # "vor 1970 erworben", not "kurz vor Mitternacht"
        if len(before) == 2 and before[0] in outer and v.pos(first - 2) == "ADP" and v.pos(first - 1) == "DET":
            return True  # "nach dem 3. März"
        if len(before) == 2 and before[0] in bound and before[1] in self.lex.fused_preps:
            return True
        if after < len(self.low) and self.low[after] in self.lex.range_marks \
                and v.sentence_of[after] == v.sentence_of[first]:
            return True
        return self._in_bound_phrase(first, k)

    def _in_bound_phrase(self, t: int, k: int) -> bool:
        """Whether a noun phrase between ``t`` and its clause's verb ``k`` opens
        with ``seit``, ``bis``: the date is that happening's bound."""
        v, j = self.v, t
        for _ in range(6):
            h = v.head(j)
            if h == j or h == k:
                return False
            if self._case(h) in self.lex.bound_preps and self.v.timex_at[h] < 0:
                return True  # a happening's phrase, not the date's own ("seit dem 23. März")
            j = h
        return False

    def _narrowed(self, ti: int, found: dict[int, int]) -> int:
        """``letzte Woche am 23.02.2005``: a later date of the clause inside
        the span of the one chosen says which day of it."""
        outer = date_range(self.timex_values[ti])
        for tj, t in sorted(found.items(), key=lambda item: item[1]):
            inner = date_range(self.timex_values[tj])
            if t > found[ti] and _inside(inner, outer):
                return tj
        return ti

    def _sentence_date(self, e: _Event, si: int, events: list[_Event]) -> int | None:
        """The one date of a sentence, when the parser left it outside every
        clause of the sentence's events (``Putin und Kim hätten am Dienstag in
        einer "herzlichen Atmosphäre" telefoniert``)."""
        v = self.v
        s = v.sentences[si]
        reporting = self._reporting_verb(e.clause)
        frame = set(self._clause_tokens(reporting)) if reporting is not None else set()
        dated = {v.timex_at[t] for t in range(s.first_token, s.last_token)
                 if v.timex_at[t] >= 0 and self.timex_values[v.timex_at[t]] and t not in frame}
        if len(dated) != 1:
            return None
        ti = next(iter(dated))
        t = v.token_at(v.timexes[ti].start)
        if t > e.k or self._bound(ti, e.clause):
            return None
        for other in events:
            if other is not e and v.sentence_of[other.k] == si and t in self._clause_tokens(other.clause):
                return None
        return ti

    def _dates_other_noun(self, t: int, k: int) -> bool:
        """Whether the date at ``t`` hangs on an event noun other than ``k``."""
        v = self.v
        j = t
        for _ in range(6):
            h = v.head(j)
            if h == j or h == k:
                return False
            if h != k and v.pos(h) == "NOUN" and self._event_noun(h) and v.timex_at[h] < 0:
                # "Auf der Sitzung am 21. Juni wurde X gewählt": the occasion's date is the clause's
                return not (v.head(h) == k and self._case(h) in self.lex.occasion_date_preps)
            j = h
        return False

    def _date_and_status(self, e: _Event, si: int, events: list[_Event]) -> None:
        v, lex = self.v, self.lex
        ti = self._own_date(e.k)
        if ti is None and e.clause != e.k:
            ti = self._own_date(e.clause)
        if ti is None:
            for h in self._conj_chain(e.clause)[1:]:
                ti = self._own_date(h)
                if ti is not None:
                    break
        if ti is None and e.kind == "noun" and v.dep(e.k) in ("nsubj", "nsubj:pass") and v.head(e.k) != e.k:
            ti = self._own_date(v.head(e.k))  # "Ein Schneesturm hat am 1. Dezember zu Stromausfällen geführt"
        if ti is None and e.kind == "verb":
            ti = self._extraposed_date(e.k)
        if ti is None and e.kind == "verb":
            ti = self._sentence_date(e, si, events)
        if ti is not None:
            e.date, e.date_basis = self.timex_values[ti], "published" if ti in self.recent else "text"
        e.status = "announced" if self._announced(e) else "happened"
        if e.date is None:
            e.date, e.date_basis = self._referred_date(e, si, events)
        if e.date is None:
            first = v.sentences[si].first_token
            if self.low[first] in lex.dabei_words or (first + 1 < len(self.low) and self.low[first + 1] in
                                                      lex.dabei_words and v.pos(first) in ("AUX", "VERB")):
                prev = [x for x in events if v.sentence_of[x.k] < si and x.date]
                if prev:
                    e.date, e.date_basis = prev[-1].date, prev[-1].date_basis
        if e.date is None and e.status == "happened" and self.published and si in self.lead \
                and not self._background(e) and e.k not in self.bounded and e.clause not in self.bounded \
                and not (e.kind == "verb" and self._relative_clause(e.k)) \
                and (self._told_as_news(e.clause) or self._occasion_of_saying(e)):
            e.date, e.date_basis = self.published, "published"
        if e.date and self.published and e.date_basis == "text" and e.date[:10] > self.published \
                and len(e.date) >= 10:
            if ti is not None and self._weekday_only(ti) and e.status == "happened" and self._told_as_past(e):
                # "Am Samstag gewannen die deutschen Damen": a weekday told in the past is the last one
                e.date = (_date.fromisoformat(e.date[:10]) - timedelta(days=7)).isoformat() + e.date[10:]
            else:
                e.status = "announced"

    def _told_as_news(self, k: int) -> bool:
        """A clause told as the news of the day: the present perfect in the
        indicative (``hat ... vorgelegt``, ``ist ... abgesagt worden``), the
        tense German news uses for a fresh report with no time named. A simple
        past (``wurde verurteilt``, ``gründeten``) narrates, a present
        (``stellt``, ``erfolgt``) tells a state or a habit, a Konjunktiv or a
        modal (``habe verwendet``, ``soll ... geführt haben``) reports a claim:
        none of them dates a happening to the publication day."""
        v = self.v
        head = self._conj_chain(k)[-1]
        auxes = v.deps_of(head, "aux", "aux:pass") or self._bracket_aux(head)
        if v.dep(head) == "xcomp" and not v.deps_of(head, "mark") and v.lemma(v.head(head)).lower() == "haben":
            auxes = auxes + [v.head(head)]  # "hat ... angehoben" parsed as "haben" with a complement
        if any(v.lemma(a).lower() not in ("haben", "sein", "werden") for a in auxes):
            return False  # a modal: "soll ... gestellt haben"
        subordinate = bool(v.deps_of(head, "mark"))  # "..., nachdem er gestorben ist"
        return any(v.lemma(a).lower() in ("haben", "sein") and v.feature(a, "Tense") == "Pres"
                   and v.feature(a, "Mood") != "Sub" and (a < head or subordinate) for a in auxes)

    def _weekday_only(self, ti: int) -> bool:
        """A time expression that names a weekday and no calendar date (``am Samstag``)."""
        words = [w.strip(".,;:()").lower() for w in self.v.timexes[ti].text.split()]
        return any(w in self.lex.weekdays for w in words) and not any(ch.isdigit() for ch in self.v.timexes[ti].text)

    def _told_as_past(self, e: _Event) -> bool:
        """A verb told in the simple past or the present perfect (``hat ... angekündigt``; ``gewannen``,
        a strong preterite, whatever the tagger says)."""
        if e.kind != "verb":
            return False
        return self._simple_past(e) or self._told_as_news(e.k) or self.low[e.k] in self.lex.preterite_forms

    def _occasion_of_saying(self, e: _Event) -> bool:
        """A meeting, call, letter, visit or statement the lead names as the
        occasion of its clause (``sagte Putin bei einem Treffen mit Kim``, ``In
        einer Neujahrsbotschaft an Putin beschwört Kim ...``): the news the
        article opens with, whatever the tense of the clause."""
        return e.kind == "noun" and e.type in PARTICIPATION_TYPES and (
            (e.clause != e.k and self._speech(e.clause)) or self._case(e.k) in self.lex.occasion_preps)

    def _referred_date(self, e: _Event, si: int, events: list[_Event]) -> tuple[str | None, str | None]:
        """The date of an undated happening that the text ties to one told
        before: ``kurz darauf``, ``anschließend`` (the day of the happening
        before), ``damals`` (the date named in the two sentences before), a
        plain past in the lead that goes on from a dated lead sentence."""
        span = self._clause_span(e.clause)
        before = [x for x in events[:events.index(e)] if x.date] if e in events else []
        if self._past_clause(e.clause) and self._after_sequence_adverb(span) and before:
            return before[-1].date, before[-1].date_basis
        if any(self.low[j] in self.lex.back_references for j in span):
            ti = self._date_named_before(e.k, si)
            return (self.timex_values[ti], "text") if ti is not None else (None, None)
        if si in self.lead and self._simple_past(e):
            dated = [x for x in before if self.v.sentence_of[x.k] < si and self._told_day(x)]
            if dated and self.v.sentence_of[dated[-1].k] in self.lead:
                return dated[-1].date, "text"
        return None, None

    def _past_clause(self, k: int) -> bool:
        """A clause told in a past tense: its auxiliary, or with none the verb
        itself, is a past form (``erlag kurz darauf``; not ``danach werden ... beraten``)."""
        v = self.v
        head = self._conj_chain(k)[-1]
        finite = v.deps_of(head, "aux", "aux:pass") or [head]
        return v.feature(finite[0], "Tense") == "Past"

    @staticmethod
    def _told_day(x: _Event) -> bool:
        """A happening the text dates to a day (not a month, not a plan)."""
        return x.date_basis == "text" and x.status == "happened" and len(x.date or "") >= 10

    def _after_sequence_adverb(self, span: range) -> bool:
        """``kurz darauf``, ``anschließend``: the clause follows the happening before."""
        words = [self.low[j] for j in span]
        return any(tuple(words[i:i + len(p)]) == p for p in self.lex.sequence_adverbs for i in range(len(words)))

    def _date_named_before(self, k: int, si: int) -> int | None:
        """The last date named before ``k`` in its sentence and the two before (``damals``)."""
        v = self.v
        floor = v.sentences[max(0, si - 2)].first_token
        found = [v.timex_at[t] for t in range(floor, k) if v.timex_at[t] >= 0 and self.timex_values[v.timex_at[t]]]
        return found[-1] if found else None

    def _simple_past(self, e: _Event) -> bool:
        """A verb in the simple past with no auxiliary (``erlag``, ``schleuderte``): narration."""
        v = self.v
        if e.kind != "verb" or v.feature(e.k, "Tense") != "Past" or v.feature(e.k, "VerbForm") not in ("Fin", None):
            return False
        return not self._participle(e.k) and not any(v.dep(c).startswith("aux") for c in v.children[e.k])

    def _announced(self, e: _Event) -> bool:
        v, lex = self.v, self.lex
        k = e.clause
        for h in self._conj_chain(k):
            for c in v.children[h]:
                dep = v.dep(c)
                if dep == "aux" and v.lemma(c).lower() in lex.future_aux and self._infinitive(h):
                    return True
                if dep == "aux" and v.lemma(c).lower() in lex.schedule_modals and self._infinitive(h):
                    return True
            if self._passive_infinitive(h) and any(
                    v.dep(c) == "aux" and v.lemma(c).lower() in lex.future_aux | lex.schedule_modals
                    for c in v.children[h]):
                return True  # "soll ... verkauft werden", "wird ... geliefert werden"
        if v.dep(k) == "xcomp" and self._planned(k):
            return True
        if e.kind == "noun":
            if any(self.low[c] in lex.announce_words for c in v.children[e.k]):
                return True
            if self._case(e.k) in lex.before_preps:
                return True
        return False

    def _infinitive(self, h: int) -> bool:
        """An infinitive by its tag, or, where the tagger gave no verb form, by
        its form: the verb's lemma itself (``soll ... erfolgen``, ``wird ...
        spielen``; the callers ask only of a verb with a modal or ``werden``
        before it, which no finite verb has)."""
        v = self.v
        form = v.feature(h, "VerbForm")
        if form is not None:
            return form == "Inf"
        return self.low[h] == self.predicate_lemma(h) and self.low[h].endswith("n")

    def _relative_clause(self, k: int) -> bool:
        """A verb of a relative clause (``ein Vertrag, der mit Norwegen
        abgeschlossen wurde``): it tells what a thing is or went through, not
        the news of the day, so it takes no publication date."""
        v = self.v
        return (v.dep(k) in ("acl:relcl", "acl") and self._relative(k)) or self._relative_pronoun_first(k)

    def _passive_infinitive(self, h: int) -> bool:
        """A participle with the infinitive ``werden`` of the passive (``verkauft
        werden``): what a modal or future auxiliary before it puts ahead."""
        v = self.v
        return self._participle(h) and any(
            self.low[c] in self.lex.future_aux and v.dep(c) == "aux:pass" and v.feature(c, "VerbForm") != "Fin"
            for c in v.children[h])

    def _background(self, e: _Event) -> bool:
        v, lex = self.v, self.lex
        for h in self._conj_chain(e.clause):
            for c in v.children[h]:
                if self.low[c] in lex.background:
                    return True
                if v.dep(c) == "aux" and v.feature(c, "Tense") == "Past" and self._participle(h) \
                        and v.lemma(c).lower() in ("haben", "sein"):
                    return True  # pluperfect: "hatte ... besetzt", the verb form read from the word where untagged
        return False

    def _via(self, e: _Event) -> str | None:
        v, lex = self.v, self.lex
        s = v.sentences[v.sentence_of[e.k]]
        for k in range(s.first_token, s.last_token):
            if k in self.sourced and v.mention_at[k] >= 0:  # "Der Zeitung Haaretz zufolge"
                return v.mentions[v.mention_at[k]].text
            if self.low[k] in lex.source_preps and v.dep(k) == "case":
                names = [v.mentions[mi].text for mi in v.mentions_in(v.subtree(v.head(k), CLAUSE_RELATIONS))]
                if names:
                    return names[0]
            if v.lemma(k) in lex.source_nouns and self._case(k) == "nach":
                names = [v.mentions[mi].text for mi in v.mentions_in(v.subtree(k, CLAUSE_RELATIONS))]
                if names:
                    return names[0]
        speaker_verb = self._reporting_verb(e.clause)
        if speaker_verb is not None:
            subject = self._subject_roles(speaker_verb)
            if subject:
                return subject[0][0]
        return None

    # -- the label ------------------------------------------------------------------------
    def _label(self, e: _Event) -> str:
        v, lex = self.v, self.lex
        agents = [n for n, r in e.roles if r == "agent"]
        patients = [n for n, r in e.roles if r == "patient"]
        if e.kind == "noun":
            words = [v.tokens[e.k].text if v.pos(e.k) == "PROPN" else v.lemma(e.k)]
            # "Festnahme von Moser durch die Polizei": the object of an action noun takes "von"
            objects = self._object_phrases(e.k)
            undergone = bool(objects)
            if patients and undergone:
                words += self._object_words(objects, patients)
            if agents and len(agents) > 1:
                words += ["zwischen", _join(self._short(a) for a in agents)]
            elif agents:
                # "Haftbefehl des Internationalen Strafgerichtshofs": a name in the genitive keeps its article
                found = None if undergone and patients else self._genitive_article(e.k, agents[0])
                # (the name as the text has it, with its genitive ending, or its short form: "Urteil des OGH")
                words += [found[0], self.short_forms.get(agents[0], found[1])] if found else \
                    ["durch" if undergone and patients else "von", self._short(agents[0])]
            if patients and not undergone:
                words += ["an" if e.type == "letter" else "mit", _join(self._short(p) for p in patients)]
            if len(words) == 1 and e.place and self._place_in_genitive(e.k):
                words += self._noun_complement(e.k)  # "Vorlage seines Berichts in Genf": the place is the genitive's
            if e.place and e.place not in agents + patients:
                words += [e.place_prep, self._nominative_place(e.place, named=False)]
            if len(words) == 1:
                words += self._noun_complement(e.k)  # "Wahl zum Bundestag", "Referendum über den Austritt"
            if len(words) == 1 and not e.roles and e.type in PARTICIPATION_TYPES:
                speaker = self._unnamed_clause_subject(e)
                if speaker:  # "In einem Rundschreiben macht das Bildungsministerium ... aufmerksam"
                    return _trim([speaker + ":"] + words)
            return _trim(words)
        def party(name: str) -> str:  # "Rating von Slowenien": an owner keeps the noun it owns
            if name in e.owners and e.owners[name].endswith(tuple(" " + a for a in lex.genitive_articles)):
                # after a genitive article the name keeps its genitive ending: "Helfer des Roten Kreuzes"
                return f"{e.owners[name]} {self.genitive_forms.get(name, self._short(name))}"
            return f"{e.owners[name]} {self._short(name)}" if name in e.owners else self._short(name)

        def parties(names: list[str]) -> str:  # "Kontakte zwischen Daimler AG und Tesla Motors"
            links = {e.owners.get(n) for n in names}
            if len(names) > 1 and len(links) == 1 and None not in links:
                return f"{links.pop()} {_join(self._short(n) for n in names)}"
            listed = _join(party(n) for n in names)
            if len(names) > 2 and len(listed.split()) > MAX_LISTED_WORDS:  # it would push the verb out of the line
                return f"{party(names[0])}, {party(names[1])} und weitere"
            return listed

        passive = (v.passive(e.k) or self._surface_passive(e.k) or self._joined_passive(e.k)) \
            and not self._active_perfect(e.k) and not self._future(e.k) and not self._active_form(e.k)
        if not passive and (self._subject_undergoes(e.k) or self._harms_itself(e.k)) and patients and not agents:
            agents, patients = patients[:1], patients[1:]  # "Bacca erhält Sperre": the subject leads the line
        # "Die Regierung beschloss, die Steuern zu senken": the infinitive's subject is the verb's it completes
        # ("Regierung senkt Steuern"), and the phrase the parse left it is its object
        controller = None if agents or passive else self._controller(e.k)
        office = None if agents or controller is not None else self._office_before(v.actor_subject(e.k))
        subject = (parties(agents) if agents else self._phrase_head(v.head(e.k), ("nsubj",)) if controller is not None
                   else v.tokens[office].text if office is not None
                   else self._phrase_head(e.k, ("nsubj",)) or self._relative_head(e.k)
                   or self._auxiliary_subject(e.k) or self._bracket_subject(e.k))
        if not agents and controller is None and subject and not passive:
            subject = self._action_genitive(v.actor_subject(e.k), subject)
        unnamed = self._unnamed_conjuncts(e.k, agents) if agents and not passive else []
        if unnamed:  # "Wired und Reviewed erstellen Liste": a listed subject that names no one stays in the line
            subject = _join([subject] + unnamed)
        given = [p for p in patients if p not in e.recipients]  # (what goes "an" someone follows the object)
        obj = parties(given) if given else self._infinitive_object(e.k) if controller is not None \
            else self._phrase_head(e.k, ("obj",)) or self._relative_object(e.k)
        if not obj and not agents and not passive:
            obj = self._misjoined_object(e.k)  # "der Konzern seine Prognose ... korrigiert"
        if not obj and not passive:
            obj = self._unparsed_object(e.k)  # "hatten die Rebellen den Stützpunkt ... überrannt"
        if not obj and agents and not passive:
            obj = self._second_subject(e.k)  # "Guo Jianmei/nsubj habe zudem Beweise/nsubj vorgelegt"
        if not obj and not passive:
            obj = self._object_after_relative(e.k)  # "Stefan Fleck, der ... war, erste Kalkulationen angestellt"
        if not obj and not passive:
            obj = self._conjunct_object(e.k)  # "wird ... kommen und Gespräche/conj mit X führen"
        focus = v.subject(e.k)  # (actor_subject passes over an adverb)
        if not subject and obj and not passive and not given and focus is not None \
                and (self._focus_word(focus) or self.low[focus] in v.grammar.clause_adverbs) \
                and not any(v.dep(c) in ("nsubj", "nsubj:pass") and c != focus for c in v.children[e.k]):
            # "Unterdessen/nsubj ging ... die Großfahndung/obj weiter": the linking adverb was the parser's
            # subject, so the phrase it left as the object is the clause's subject
            subject, obj = obj, ""
        if obj and subject and (obj == subject or obj.startswith(subject + " ")
                                or obj in subject.replace(", ", " und ").split(" und ")):
            # the subject's own phrase read again as the object ("Wired erstellt Wired"): the parsed one
            obj = self._phrase_head(e.k, ("obj",)) if given else ""
            obj = "" if obj == subject else obj
        if not obj and not passive and self._active_perfect(e.k):
            # "haben ... eine Liste/nsubj:pass erstellt": with "haben" no passive, so it is the object
            obj = next((p for c in v.deps_of(e.k, "nsubj:pass") if self._nominal(c)
                        for p in [self._short_phrase(c)] if p != subject and p not in _listed_names(subject)), "")
        governing = None if agents or passive else self._governing_subject(e.k)
        if governing is not None and self._short_phrase(governing) != subject:
            # "Der Stadtrat hat die Gebühren angehoben", parsed with "Gebühren" as the
            # participle's subject: the auxiliary's subject acts, the other phrase is the object
            subject, obj = self._short_phrase(governing), obj or subject
        particle, base = self._particle(e)
        if particle and base.startswith("ge") and v.lemma(e.k).lower() == self.low[e.k] and v.lemmatize is not None:
            plain = v.lemmatize(base, "VERB").lower()  # "aufgebrochen" left as it was: "gebrochen" -> "brechen"
            if plain != base and plain.endswith("n") and not plain.startswith("ge"):
                base = plain
        if passive:
            direct = [p for p in patients if p not in e.recipients]
            target = (parties(direct) if direct
                      else self._joined_target(e.k) or self._phrase_head(e.k, ("nsubj:pass",))
                      or self._relative_head(e.k) or self._bare_noun_before(e.k) or self._noun_before_participle(e.k))
            if agents and base.endswith("n") and target not in {party(a) for a in agents} \
                    and (self._agent_phrase(e.k, agents) or set(agents) <= set(self._alliance_formed(e.k))):
                obj = target or obj  # "von X vorgestellt": X stellt ... vor
            else:
                # with its "werden" the verb is the participle, whatever its form ("verglichen")
                shown = self._participle(e.k) or self._joined_passive(e.k) or bool(v.deps_of(e.k, "aux:pass"))
                words = [target, self._verb_text(e.k) if shown else _participle_hint(e)]
                support = self._support_noun(e.k)
                if len(support) == 2 and support[1][:1].isupper() and target and support[-1] not in target.split():
                    words[1:1] = support  # "Menschen in Sicherheit gebracht"
                if e.place:
                    words[1:1] = [e.place_prep, self._nominative_place(e.place, named=False)]
                if e.recipients and not direct:  # "Airbus-Werk an Diehl/Thales verkauft"
                    words[1:1] = ["an", _join(self._short(r) for r in e.recipients)]
                return _trim([w for w in words if w])
        # "Helfer des Roten Kreuzes bauen": with an owner the verb agrees with the noun it owns
        plural = len(agents) > 1 or bool(unnamed) or (
            (not agents or all(a in e.owners for a in agents)) and self._plural_subject(e.k))
        if governing is not None:
            plural = v.feature(v.head(governing), "Number") == "Plur"  # the auxiliary agrees with it
        if controller is not None and subject:
            plural = " und " in subject or v.feature(controller, "Number") == "Plur"  # it agrees with its own subject
        if base == self.low[e.k]:
            base = self._inseparable_lemma(e.k) or base  # "bestohlen": "bestehlen"
        verb = _present(base, plural, lex) if base.endswith("n") else self._verb_text(e.k)
        unlemmatized = base.endswith("n") and self._unlemmatized_participle(e.k, verb)
        if unlemmatized:
            verb = self._verb_text(e.k)
        words = [subject, verb]
        reflexive = next((c for c in v.children[e.k] if self.low[c] == "sich"), None)
        # "hat ... für sich entschieden", "zu sich bestellt": "sich" after a preposition keeps it and
        # follows the object ("entscheidet Kräftevergleich für sich"); a bare "sich" follows the verb
        reflexive_prep = self._case(reflexive) if reflexive is not None else None
        if reflexive is not None and not reflexive_prep:
            words.append("sich")
        if obj:
            prep = self._patient_prep(e.k)
            gegen = [t for t in self._clause_tokens(e.k) if self.low[t] in self.lex.opponent_preps]
            nouns = [o for o in v.objects(e.k, self._particles(e.k), actor=True)
                     if v.pos(o) == "NOUN" and v.mention_at[o] < 0 and gegen and not any(
                         self.low[j] in self.lex.list_joiners for j in range(gegen[0], o))] \
                if given and not prep else []  # (not a conjunct of the opponent: "gegen A und 13 weitere Beschuldigte")
            thing = v.tokens[nouns[0]].text if nouns else ""  # (its own phrase may hold the opponent)
            opponents = self._opponent_names(e.k) if thing else set()
            gegen = next(iter(self.lex.opponent_preps))
            if thing and thing != subject and set(given) <= opponents and not obj.startswith(thing + " "):
                # "DPV verliert Halbfinale gegen Haute-Savoie": the object stays, the opponent keeps "gegen"
                words += [thing, gegen, obj]
            elif given and not prep and set(given) <= set(self._titled_opponents(e.k)):
                words += [gegen, obj]  # "Damen gewinnen gegen Schweden und Tunesien"
            else:
                words += [prep, obj] if prep and given else [obj]
        elif not e.recipients:
            words += [w for w in self._verb_complement(e.k) if w not in (e.place, subject)] \
                if not passive else []  # "Senat befasst sich mit Causa"
        if e.recipients and not passive:
            words += ["an", _join(self._short(r) for r in e.recipients)]  # "Konzern verkauft Werk an Blackstone"
        if obj and not e.recipients and not passive and self.predicate_lemma(e.k) in lex.giving_verbs:
            # "seine Anteile an seine Frau übertragen": an "an" phrase with an accusative names where it goes,
            # a noun as well as a name ("überträgt Anteile an Frau")
            for c in v.children[e.k]:
                dets = [self.low[d] for d in v.deps_of(c, "det", "det:poss") if d < c]
                if v.dep(c) in ("obl", "obl:arg") and self._case(c) == "an" and v.pos(c) == "NOUN" and dets \
                        and dets[0] in lex.recipient_articles | lex.accusative_determiners:
                    words += ["an", self._short_phrase(c)]
                    break
        if reflexive_prep:
            words += [reflexive_prep, "sich"]
        support = self._support_noun(e.k)
        if support and support[-1] in " ".join(words).split():
            support = []
        if len(support) == 1:
            words += support  # "nimmt Stellung"
        if e.place and e.place not in agents + patients:
            words += [e.place_prep, self._nominative_place(e.place, named=False)]
        if len(support) == 2:
            words += support  # "nehmen Mann in Rotterdam in Gewahrsam": the phrase closes the clause
        content = self._infinitive_content(e.k) if not obj and len(words) == 2 and not reflexive_prep else []
        if content and len(words) + len(content) + (1 if particle else 0) <= MAX_LABEL_WORDS:
            # "Die ÖVP kündigte an, Kahr nicht zu wählen": what was announced or decided is the line's object
            # (German puts the separable particle before the comma: "kündigt an, ...")
            words[-1] = words[-1] + ("" if particle else ",")
            if particle:
                words.append(particle + ",")
            return " ".join(w for w in words + content if w)
        if unlemmatized or ((not base.endswith("n") or not subject) and self._participle(e.k)):
            words[1] = self._verb_text(e.k)
            words.append(words.pop(1))  # no present form, or nobody to do it: the participle closes the line
            if not subject and len(words) > 2 and words[1] == "sich":
                del words[1]  # nobody for "sich" to stand for: "Handy gekauft", not "sich Handy gekauft"
            return _trim([w for w in words if w])  # its particle is inside it
        return _trim([w for w in words if w], particle)

    def _active_form(self, k: int) -> bool:
        """A verb the label's surface reading takes for a passive that is
        active by its form, where the parse has no passive: a present of a verb
        whose own stem begins with ``ge`` (``geht``, ``gewinnt``: no
        participle, though it begins with ``ge``), or the participle of a verb
        whose perfect takes ``sein`` after a form of ``sein`` (``war ...
        gegangen``, ``ist ... eingetroffen``: the pluperfect, Duden's grammar;
        ``ist gesperrt`` stays a state)."""
        v = self.v
        if v.passive(k) or self._joined_passive(k):
            return False
        form, lemma = self.low[k], v.lemma(k).lower()
        if v.feature(k, "VerbForm") == "Fin" and form.startswith("ge") and lemma.startswith("ge") \
                and lemma.endswith("en") and form in (lemma[:-2] + "t", lemma[:-2] + "et"):
            return True
        if v.feature(k, "VerbForm") != "Part" or any(self.low[j] in ("worden", "wurde", "wurden", "werden", "wird")
                                                     for j in self._clause_span(k)):
            return False
        sein = [a for a in v.deps_of(k, "aux") if v.lemma(a).lower() == "sein"]
        particle = next((p for p in self.lex.separable_particles if lemma.startswith(p)), "")
        base = lemma[len(particle):]
        # (a participle by its form: "ge" after the particle, or an inseparable prefix; not "läuft")
        shaped = form[len(particle):].startswith("ge") if form.startswith(particle) else False
        shaped = shaped or form.startswith(tuple(self.lex.inseparable_prefixes))
        return bool(sein) and shaped and form.endswith(("en", "t")) \
            and (lemma in v.grammar.sein_perfect or base in v.grammar.sein_perfect)

    def _unnamed_clause_subject(self, e: _Event) -> str:
        """Who takes part in a meeting, a call, a letter, a statement or a
        visit the clause names in a phrase of its own (``In einem Rundschreiben
        macht das Bildungsministerium ... aufmerksam``, ``sagte die Rektorin
        im Interview``), where the clause's subject is a noun that names no one
        (the roles hold only names): the label's ``<Subject>: <Noun>``. Not a
        pronoun, which says nothing in a line, nor the event noun itself, nor
        a noun that names no one who acts."""
        v = self.v
        if e.clause == e.k or v.head(e.k) != e.clause or not v.deps_of(e.k, "case"):
            return ""
        subject = v.actor_subject(e.clause)
        if subject is None or subject == e.k or v.pos(subject) != "NOUN" or v.mention_at[subject] >= 0 \
                or not self._nominal(subject) or v.passive(e.clause):
            return ""
        # (one who acts: a person's or a group's noun, or the subject of a verb of saying; not "Sorge ... gewesen")
        lemma = v.lemma(subject)
        if not (self._is_role(lemma) or self._institution(lemma)
                or self.predicate_lemma(e.clause) in self.lex.speech_verbs):
            return ""
        return self._short_phrase(subject)

    def _institution(self, lemma: str) -> bool:
        """An office's noun, or a compound ending in one (``Bildungsministerium``)."""
        low = lemma.lower()
        # (a suffix only of five letters or more: "Rat" ends "Vorrat")
        return any(low == n.lower() or (len(n) >= 5 and low.endswith(n.lower())) for n in self.lex.institution_nouns)

    def _action_genitive(self, c: int | None, phrase: str) -> str:
        """An action noun as the subject keeps the genitive that says what
        it acts on (``Die Verschärfung der Einwanderungsgesetze trat in
        Kraft``: ``Verschärfung der Einwanderungsgesetze tritt in Kraft``):
        German nouns in ``-ung`` and ``-ion`` name a verb's act, and alone they
        do not say whose. Only a genitive right after the noun, opened by
        ``des``/``der`` with no preposition, and only where the subject is that
        noun's phrase as the label has it."""
        v = self.v
        if c is None or phrase != self._short_phrase(c) or not self.low[c].endswith(("ung", "ion", "ungen", "ionen")):
            return phrase
        g = c + 2
        if g >= len(self.low) or self.low[c + 1] not in ("des", "der") or v.dep(c + 1) != "det":
            return phrase
        while g < len(self.low) and v.pos(g) == "ADJ" and v.head(g) == v.head(c + 1):
            g += 1  # "der ungarischen Einwanderungsgesetze"
        if g >= len(self.low) or v.head(c + 1) != g or v.head(g) != c or v.dep(g) != "nmod" \
                or v.deps_of(g, "case") or not self._nominal(g):
            return phrase
        return f"{phrase} {self.low[c + 1]} {self._short_phrase(g)}"

    def _controller(self, k: int) -> int | None:
        """The subject of a ``zu`` infinitive that has none of its own: the
        subject of the verb it completes (subject control, German grammar:
        ``Die Regierung beschloss, die Steuern zu senken``: the government
        lowers them). Not after a verb with an object of its own, whose object
        may be the one who acts (``forderte die Bürger auf, ... zu``), nor
        after a passive."""
        v = self.v
        if v.dep(k) != "xcomp" or v.pos(k) != "VERB" or not self._zu_infinitive(k):
            return None
        h = v.head(k)
        if v.pos(h) != "VERB" or v.deps_of(h, "obj", "iobj") or v.passive(h) \
                or any(self._nominal(c) for c in v.deps_of(k, "nsubj", "nsubj:pass")):
            return None
        own = [c for c in v.deps_of(h, "nsubj") if self._nominal(c)]
        return own[0] if own else None

    def _infinitive_object(self, k: int) -> str:
        """The object of a ``zu`` infinitive with no subject of its own, which
        the view reads as its actor (``die Steuern zu senken``: ``Steuern``)."""
        v = self.v
        return next((self._short_phrase(c) for c in v.deps_of(k, "obj") if self._nominal(c)), "")

    def _infinitive_content(self, k: int) -> list[str]:
        """What a verb with no object of its own announces, decides or plans
        when a ``zu`` infinitive with an object completes it, written as
        German writes it after a comma: the object, ``nicht`` where it is
        negated, and the infinitive with its ``zu`` (``Kahr nicht zu
        wählen``, ``Streik fortzusetzen``). Empty where the infinitive has no
        object: ``HDP kündigt an, zu ziehen`` would say nothing."""
        v = self.v
        for c in v.children[k]:
            if self._controller(c) is None:
                continue
            obj = self._infinitive_object(c)
            if not obj:
                return []
            words = [obj]
            if any(self.low[d] == "nicht" for d in v.deps_of(c, "advmod")):
                words.append("nicht")
            marks = [d for d in v.children[c] if self.low[d] == "zu" and v.dep(d) == "mark"]
            particles = [self.low[d] for d in self._particles(c)]
            return words + (["zu"] if marks else []) + [self._verb_text(c)] + particles
        return []

    def _genitive_article(self, k: int, name: str) -> tuple[str, str] | None:
        """The genitive article before ``name`` where an event noun's phrase names
        it in the genitive (``ein Haftbefehl des Internationalen
        Strafgerichtshofs``): the name keeps its case ending, so a label writes
        it with that article, not after ``von`` (German grammar: ``von`` takes the
        dative)."""
        v = self.v
        for c in v.children[k]:
            if v.dep(c) not in ("nmod", "nmod:poss") or self._case(c) is not None or c < k:
                continue
            for mi in v.mentions_in(self._core(c)):
                first = v.token_at(v.mentions[mi].start)
                if name in (v.mentions[mi].text, self._actor_name(v.mentions[mi])) and first > k + 1 \
                        and v.dep(first - 1) == "det" and self.low[first - 1] in self.lex.genitive_articles:
                    return self.low[first - 1], v.mentions[mi].text
        return None

    def _joined_passive(self, k: int) -> bool:
        """A participle joined by ``und`` to a passive, with no auxiliary,
        subject or particle of its own (``Zwei Menschen wurden getötet und drei
        verletzt``): the passive's auxiliary is its too. After ``wird`` or
        ``ist`` a form in ``-t`` may be a present of its own (``wird entmachtet
        und flieht``); after ``wurde(n)`` or ``werden`` it is the participle."""
        v = self.v
        chain = v.coordinated_with(k)
        if len(chain) < 2 or not self.low[k].endswith("t") or v.deps_of(k, "aux", "nsubj") or self._particles(k):
            return False
        auxes = v.deps_of(chain[-1], "aux")
        return v.passive(chain[-1]) and bool(auxes) and all(self.low[a].endswith(("e", "n")) for a in auxes)

    def _future(self, k: int) -> bool:
        """``werden`` with an infinitive, not a participle: the future
        (``wird sich dem Mars nähern``). The form is its lemma, and either a
        passive could not have it (``sich``) or its participle would end in
        ``-t`` (``nähern``: ``genähert``)."""
        v, form = self.v, self.low[k]
        if form != v.lemma(k).lower():
            return False
        if form.endswith(("ern", "eln")) or any(self.low[c] == "sich" for c in v.children[k]):
            return True
        # a participle in "-en" without "ge" has an inseparable prefix ("erhalten", "vergessen"); a
        # separable verb's has "ge" after its particle ("eingeflossen"): "einfließen" is the infinitive
        if not form.endswith("en") or form.startswith("ge") or form.startswith(tuple(self.lex.inseparable_prefixes)):
            return False
        particle = max((p for p in self.lex.separable_particles if form.startswith(p)), key=len, default="")
        rest = form[len(particle):]
        known = getattr(v.lemmatize, "known", None)
        # (the rest a verb of its own: "hinterlassen" is no "hin" + "terlassen")
        return bool(particle) and len(rest) > 3 and not rest.startswith("ge") and known is not None and known(rest)

    def _verb_text(self, k: int) -> str:
        """The verb's form as the text has it, in lower case where it opens
        its sentence (``Verkauft``): inside a line a verb is written small."""
        v = self.v
        text = v.tokens[k].text
        return text.lower() if k == v.sentences[v.sentence_of[k]].first_token else text

    def _joined_target(self, k: int) -> str:
        """What a joined participle is done to: its own noun between the ``und``
        and it (``Konten beschlagnahmt und Vermögen sichergestellt``), or else
        what the passive it is joined to is done to (``Zwei Menschen wurden
        getötet und drei verletzt``)."""
        v = self.v
        if not self._joined_passive(k):
            return ""
        j = k - 1
        while j > 0 and self.low[j] not in self.lex.list_joiners and v.pos(j) != "ADP":
            if v.pos(j) in ("NOUN", "PROPN") and (self._case(j) or v.dep(j) == "nmod"):
                break  # inside a phrase with a preposition: "zu seinen Verwicklungen in den Skandal verhört"
            if v.pos(j) in ("NOUN", "PROPN") and self._nominal(j):
                return self._short_phrase(j)  # (however the parser hung it: "Vermögen/conj")
            j -= 1
        return self._phrase_head(v.coordinated_with(k)[-1], ("nsubj:pass",))

    def _inseparable_lemma(self, k: int) -> str:
        """The infinitive of a participle with an inseparable prefix that the
        lemmatizer left as it was (``bestohlen``): such a participle has no
        ``ge``, so the lemma of the plain participle (``gestohlen``: ``stehlen``)
        after the prefix is it (``bestehlen``)."""
        v, form = self.v, self.low[k]
        lemmatize = v.lemmatize
        known = getattr(lemmatize, "known", None)
        finite = not self._perfect(k) and not v.deps_of(k, "aux")  # no auxiliary: the form is the finite verb
        if lemmatize is None or not form.endswith("en") or not (finite or self._perfect(k)):
            return ""
        for prefix in self.lex.inseparable_prefixes:
            rest = form[len(prefix):]
            if form.startswith(prefix) and len(rest) >= 4:
                # a past plural (``entschlossen``) is read as the plain past (``schlossen``)
                plain_form = rest if finite else "ge" + rest
                if finite and (known is None or not known(rest)):
                    continue
                plain = lemmatize(plain_form, "VERB").lower()
                if finite and (plain[:1] != rest[:1] or len(plain) > len(rest) + 1
                               or lemmatize("ge" + rest, "VERB").lower() not in (plain, "ge" + rest)):
                    continue  # the plain past names the same verb, as the participle does: "betroffen"
                    # ("troffen": "triefen", "getroffen": "treffen") is a participle, not a past
                if plain != plain_form and plain.endswith("n") and not plain.startswith("ge"):
                    return prefix + plain
        return ""

    def _perfect(self, k: int) -> bool:
        """``haben`` or ``sein`` with the verb or the verb it is coordinated with: a participle."""
        v = self.v
        return any(v.lemma(a).lower() in ("haben", "sein") for h in v.coordinated_with(k) for a in v.deps_of(h, "aux"))

    def _unlemmatized_participle(self, k: int, present: str) -> bool:
        """A participle whose lemma is the participle itself (``bestohlen``
        after ``haben``), where the present form built from it is no word the
        lemmatizer knows (``bestohlt``): the label keeps the participle."""
        v = self.v
        known = getattr(v.lemmatize, "known", None)
        return known is not None and self.low[k].endswith("en") and v.lemma(k).lower() == self.low[k] \
            and self._perfect(k) and not known(present.split()[-1])

    def _subject_undergoes(self, k: int) -> bool:
        """A verb whose subject is its patient (``starb``, ``erhielt``), read
        with its particle (``stürzte ab``; not ``steigt ... ein``)."""
        return self.v.undergoes(k, self._particles(k))

    def _agent_phrase(self, k: int, agents: list[str]) -> bool:
        """Whether a ``von``/``durch`` phrase of the clause names one of the
        agents: only then is the passive's agent known for the label."""
        v, preps = self.v, self.v.grammar.agent_preps
        return any(v.dep(t) == "case" and self.low[t] in preps and set(self.names(v.head(t))) & set(agents)
                   for t in self._clause_tokens(k)) or bool(set(self._surface_agent(k)) & set(agents))

    def _relative_object(self, k: int) -> str:
        """The noun a relative clause hangs on, where the relative pronoun is
        the clause's object (``das Lager, das die Regierung geschlossen hat``:
        ``Lager``); the subject is another phrase."""
        v = self.v
        if v.dep(k) not in ("acl:relcl", "acl") or v.pos(v.head(k)) not in ("NOUN", "PROPN"):
            return ""
        subject = v.actor_subject(k)
        for c in v.deps_of(k, "obj"):
            if c != subject and c < k and self.low[c] in v.grammar.relative_pronouns \
                    and (subject is None or c < subject) and self._agrees(c, v.head(k)):
                return self._short_phrase(v.head(k))
        return ""

    def _agrees(self, pronoun: int, noun: int) -> bool:
        """A relative pronoun and the noun it stands for agree in gender and
        number, as the noun's article shows them (``der Rückkehr, das ...``
        do not: the parser hung the clause on the nearest noun)."""
        v = self.v
        marked = ([d for d in v.deps_of(noun, "det") if d < noun] or [noun])[0]  # the article shows it best
        return all(not v.feature(pronoun, f) or not v.feature(marked, f) or v.feature(pronoun, f) == v.feature(marked, f)
                   for f in ("Gender", "Number"))

    def _relative_head(self, k: int) -> str:
        """The noun a relative clause hangs on, for the clause's own subject
        (``das Grenzgebiet, das ... besetzt wurde``: ``Grenzgebiet``)."""
        v = self.v
        if v.dep(k) not in ("acl:relcl", "acl"):
            return ""
        subject = v.subject(k)
        if subject is None or self.low[subject] not in v.grammar.relative_pronouns:
            return ""
        head = v.head(k)
        return v.tokens[head].text if v.pos(head) in ("NOUN", "PROPN") else ""

    def _bare_noun_before(self, k: int) -> str:
        """The first noun of the verb's stretch of text that no preposition
        governs: what a passive without a parsed subject is about
        (``ARD-Hochrechnungen doch mit Microsoft-Logo ausgestrahlt``)."""
        v = self.v
        span = self._clause_span(k)
        for j in range(span[0], k):
            if v.pos(j) == "ADP":
                return ""  # past a preposition every noun is inside its phrase
            if v.pos(j) in ("NOUN", "PROPN") and v.timex_at[j] < 0:
                return self._names_from(j) or self._glued(j)
        return ""

    def _noun_before_participle(self, k: int) -> str:
        """What a passive with no subject the parser found is about: the phrase
        that closes the middle field right before the participle, with no
        preposition, after the clause's source phrase (``ist nach Angaben
        unabhängiger Experten Senfgas eingesetzt worden``, ``wurden den Angaben
        zufolge weitere zwei Krankenhäuser getroffen``)."""
        v = self.v
        j = k - 1
        while j > 0 and v.pos(j) in ("ADV", "PART") and self.low[j] not in self.lex.list_joiners:
            j -= 1
        if j <= 0 or v.pos(j) not in ("NOUN", "PROPN") or v.timex_at[j] >= 0 or j in self.sourced \
                or v.in_dateline(j) or v.sentence_of[j] != v.sentence_of[k] \
                or any(c not in self.sourced for c in v.deps_of(j, "case")):  # ("zufolge" hung on it is the source's)
            return ""
        first = j
        while first > 0 and v.pos(first - 1) in ("ADJ", "NUM", "DET") and first - 1 not in self.sourced:
            first -= 1
        before = first - 1
        if v.pos(before) == "ADP" and before not in self.sourced:
            return ""  # inside a phrase with a preposition: "in der Stadt getroffen"
        if (v.pos(before) in ("NOUN", "PROPN") or self.low[before] in self.lex.list_joiners) \
                and before not in self.sourced:
            return ""  # a genitive or a list ("von SPÖ und ÖVP"): the noun is not a phrase of its own
        return self._short_phrase(j) if self._nominal(j) else ""

    def _noun_complement(self, k: int) -> list[str]:
        """The words right after an event noun that say what it was about: a
        genitive or a prepositional phrase of its own (``Wahl zum 16. Deutschen
        Bundestag``, ``Referendum über den Verbleib``), up to its noun."""
        v = self.v
        s = v.sentences[v.sentence_of[k]]
        out: list[str] = []
        j, end = k + 1, min(k + 6, s.last_token)
        while j < end:
            if v.pos(j) in ("VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PRON") or v.timex_at[j] >= 0:
                break
            if v.pos(j) == "NOUN" and j + 3 < s.last_token and v.tokens[j + 1].text == "-" \
                    and v.tokens[j].end == v.tokens[j + 1].start and self.low[j + 2] in ("und", "oder") \
                    and v.pos(j + 3) == "NOUN":
                # "des Friedens- und Sicherheitsrats": a cut compound is read with the noun that completes it
                out += [v.tokens[j].text + "-", v.tokens[j + 2].text]
                j, end = j + 3, min(end + 3, s.last_token)
            out.append(v.tokens[j].text)
            if v.pos(j) in ("NOUN", "PROPN") and (j + 1 >= s.last_token or v.pos(j + 1) not in ("NOUN", "PROPN")):
                # a genitive opens with a genitive article or determiner ("Wahl der Abgeordneten", "Verkauf
                # seiner Sparte", "dieses"), not "eine Koalition", "den Plan"
                opens = v.pos(k + 1) == "ADP" or (v.pos(k + 1) == "DET" and (
                    self.low[k + 1] in self.lex.genitive_articles or self.low[k + 1].endswith(("es", "er"))))
                return out if opens else []
            j += 1
        return []

    def _surface_passive(self, k: int) -> bool:
        """A participle read as a passive however it was parsed: a form of
        "werden" in its own stretch of the sentence (``sei ein Paket abgefangen
        worden``), or no finite verb at all, as in a headline (``Video in China
        ausgestrahlt``)."""
        v = self.v
        if not self._participle(k) or any(v.lemma(c).lower() == "haben" for c in v.deps_of(k, "aux")):
            return False
        if any(v.dep(h) == "xcomp" and v.lemma(v.head(h)).lower() == "haben" for h in v.coordinated_with(k)):
            return False  # "Moody's hat/root das Rating ... angehoben/xcomp": a perfect the parser split
        if v.deps_of(k, "nsubj") and any(self.low[c] not in v.grammar.reflexives for c in v.deps_of(k, "obj")):
            return False  # a passive takes no accusative object: "nachdem er ... eine Niederlage erlitt"
        if any(v.lemma(j).lower() == "werden" and v.pos(j) == "AUX" for j in self._clause_span(k)):
            return True
        s = v.sentences[v.sentence_of[k]]
        return not any(v.pos(j) in ("VERB", "AUX") and v.feature(j, "VerbForm") == "Fin"
                       for j in range(s.first_token, s.last_token) if j != k)

    def _support_noun(self, k: int) -> list[str]:
        """The bare noun that closes a main clause and makes the verb's meaning
        (``nahm ... Stellung``, ``stellte ... in Frage``, ``brachte ... zum
        Ausdruck``), however it was parsed: without it the label says nothing."""
        v = self.v
        s = v.sentences[v.sentence_of[k]]
        end = next((j for j in range(k + 1, s.last_token) if v.tokens[j].text in (",", ".", ":", ";", "!", "?")
                    or v.pos(j) in ("VERB", "AUX", "SCONJ")), s.last_token)
        last = end - 1
        if last <= k:  # the verb closes the clause itself: "hat ... Stellung genommen"
            last = k - 1
        if last <= s.first_token or v.pos(last) != "NOUN" or v.mention_at[last] >= 0 or v.timex_at[last] >= 0 \
                or (v.pos(last - 1) == "ADP" and self.low[last].endswith(("em", "es", "en"))
                    and not v.tokens[last].text[:1].isupper()) \
                or v.pos(last - 1) in ("DET", "ADJ", "NUM", "PRON", "CCONJ") or v.feature(last, "Number") == "Plur" \
                or v.tokens[last - 1].end == v.tokens[last].start:
            # a plural, a listed noun or the end of a compound the tokenizer cut is an object ("mit
            # Munition und Raketen", "mit einem 30-Euro-Gutschein"), not part of the verb, nor is a
            # lower-case word after a preposition, a set phrase ("unter anderem", "vor allem")
            return []
        if v.pos(last - 1) == "ADP" or self.low[last - 1] in self.lex.fused_preps:  # "ums/ADV Leben"
            return [self.low[last - 1], v.tokens[last].text]
        return [v.tokens[last].text]

    def _second_subject(self, k: int) -> str:
        """A second subject that names no one, after the one that names the
        agent and not joined to it (``Guo Jianmei habe zudem Beweise vorgelegt``,
        parsed with two subjects): a clause has one subject, so the phrase
        without a name is the object."""
        v = self.v
        subjects = v.deps_of(k, "nsubj")
        if len(subjects) != 2 or not self.names(subjects[0]) or self.names(subjects[1]):
            return ""
        first, second = subjects
        if not self._nominal(second) or v.timex_at[second] >= 0 or any(
                self.low[j] in self.lex.list_joiners or v.pos(j) == "PUNCT" for j in range(first, second)):
            return ""
        if any(self.low[d] in ("der", "ein") for d in v.deps_of(second, "det")):
            return ""  # "Argentinien besucht der Papst": an article of the nominative, the true subject
        return self._short_phrase(second)

    def _titled_opponents(self, k: int) -> list[str]:
        """Opponents whose ``gegen`` the parser hung on a title before their
        name (``gewannen gegen Europa-Meister/NUM Schweden und Vize-Weltmeister
        Tunesien``): the names of a run of titles, names, ``und`` and commas right
        after a ``gegen`` of the verb's clause, up to the first other word."""
        v, lex = self.v, self.lex
        tokens = self._clause_tokens(k)
        out: list[str] = []
        for t in tokens:
            if self.low[t] not in lex.opponent_preps or v.dep(t) == "case" or self._after_event_noun(t):
                continue  # (a "gegen" the parser read as a preposition is read with its phrase)
            j, names = t + 1, []
            while j < len(self.low) and (j in tokens or names and v.sentence_of[j] == v.sentence_of[t]):
                mi = v.mention_at[j]
                if mi >= 0 and v.mentions[mi].label in ACTOR_LABELS:
                    names.append(self._actor_name(v.mentions[mi]))
                    j = max(j + 1, v.token_at(v.mentions[mi].end))
                elif self.low[j] in lex.list_joiners or v.pos(j) in ("NOUN", "ADJ", "NUM", "DET"):
                    j += 1  # a title, its article, "und"
                else:
                    break
            out += [n for n in names if n not in out]
        return out

    def _opponent_names(self, k: int) -> set[str]:
        """The names of the clause's ``gegen`` phrases (``verlor das Halbfinale
        gegen die Auswahl Haute-Savoie``)."""
        v = self.v
        return {n for t in self._clause_tokens(k) if self._case(t) in self.lex.opponent_preps
                and v.pos(t) in ("NOUN", "PROPN") for n in self.names(t)} | set(self._titled_opponents(k))

    def _opponent_apposition(self, c: int) -> bool:
        """A name set off by a comma after a ``gegen`` phrase (``setzte sich gegen
        die ehemalige Nummer eins, Viktoria Asarenka, durch``), which the parser
        read as the verb's object: it is the opponent, in apposition."""
        v, lex = self.v, self.lex
        if v.mention_at[c] < 0:
            return False
        first = v.token_at(v.mentions[v.mention_at[c]].start)
        if first < 2 or self.low[first - 1] != ",":
            return False
        for t in range(first - 2, max(first - 8, v.sentences[v.sentence_of[c]].first_token - 1), -1):
            if v.pos(t) == "PUNCT":
                return False
            if self.low[t] in lex.opponent_preps:
                return True
        return False

    def _patient_prep(self, k: int) -> str | None:
        """``mit`` in ``telefoniert mit Kim`` when the patient is a phrase with a preposition."""
        v, lex = self.v, self.lex
        objects = [c for c in v.objects(k, self._particles(k), actor=True) if self.low[c] not in v.grammar.reflexives]
        if len(objects) == 1 and self._opponent_apposition(objects[0]):
            return self._case(objects[0]) or next(iter(lex.opponent_preps))
        if objects:
            return None  # ("sich" is no object that the patient could be)
        for c in v.children[k]:
            if v.dep(c) in ("obl", "obl:arg") and self._case(c) in lex.companion_preps | lex.recipient_preps \
                    and self.names(c):  # ("mit 27:23" names no one)
                return self._case(c)
        for t in self._clause_tokens(k):
            # "setzten sich gegen Mattersburg durch": the opponent keeps its preposition
            if self._case(t) in lex.opponent_preps and v.mention_at[t] >= 0 and not self._after_event_noun(t):
                return self._case(t)
        return None

    def _particle(self, e: _Event) -> tuple[str, str]:
        """The separable particle of the event's verb: the one the parse split
        off (``gab ... bekannt``), or the one before ``ge``/``zu`` in a
        participle or infinitive (``angegriffen``, ``anzugreifen``)."""
        v, lex = self.v, self.lex
        for c in self._particles(e.k):
            particle = self.low[c]
            if e.lemma.startswith(particle):
                if c + 1 < len(self.low) and v.sentence_of[c + 1] == v.sentence_of[c] and v.pos(c + 1) == "NUM":
                    # a particle closes its clause; one before a number is a preposition ("entschied ... klar
                    # mit 6:1 für sich", "stieg auf 3 Prozent")
                    return "", e.lemma[len(particle):]
                return particle, e.lemma[len(particle):]
        form = self.low[e.k]
        for p in lex.separable_particles + lex.two_way_particles:
            if e.lemma.startswith(p) and (form.startswith(p + "ge") or form.startswith(p + "zu")) \
                    and len(e.lemma) - len(p) >= 3:
                if p in lex.two_way_particles and e.lemma[len(p):].startswith(("ge", "zu")):
                    continue  # "übergeben", "unterzuordnen": the form shows nothing
                return p, e.lemma[len(p):]
            if p in lex.two_way_particles and e.lemma.startswith(p) and e.lemma in lex.separable_two_way_verbs:
                return p, e.lemma[len(p):]  # "dass er nochmals durchstartet": "startet ... durch"
        particle, rest = _split_particle(e.lemma, lex)
        known = getattr(v.lemmatize, "known", None)
        if not particle and known is not None:
            # a verb of its own after the particle: "zurücklegen" is "legt ... zurück"
            for p in lex.separable_particles:
                after = e.lemma[len(p):]
                if e.lemma.startswith(p) and len(after) >= 4 and after.endswith("n") and known(after):
                    return p, after
        return particle, rest

    def _genitive_stem(self, mention) -> str | None:
        """An organisation named in the genitive after ``des``/``eines`` (``des
        Internationalen Strafgerichtshofs``), its last noun without the genitive
        ending as the lemmatizer reads it: ``Internationalen Strafgerichtshof``."""
        v = self.v
        first, last = v.token_at(mention.start), v.token_at(mention.end) - 1
        if mention.label != "ORG" or first < 1 or last <= first or self.low[first - 1] not in ("des", "eines"):
            return None
        word, lemma = v.tokens[last].text, v.lemma(last)
        if v.pos(last) == "NOUN" and word.endswith("s") and lemma in (word[:-1], word[:-2]) and len(lemma) > 3:
            return mention.text[:len(mention.text) - (len(word) - len(lemma))]
        return None

    def _short(self, name: str) -> str:
        if name in self.short_forms:
            return self.short_forms[name]  # the label keeps the short form the article uses
        short = name if name in self.not_persons else _short(name, self.lex.first_names)
        # a name the recognizer took with its genitive "s" ("Donald Trumps"), where the
        # article names it without: the label's subject or object is in another case
        if short.endswith("s") and len(short) > 3 and any(
                m.endswith(short[:-1]) and not m.endswith(short) for m in self.named):
            return short[:-1]
        return short

    def _object_words(self, objects: list[int], patients: list[str]) -> list[str]:
        """What undergoes an action noun, in its label: a genitive name with its article
        as the text has it (``Zusammenbruch der Union``), else ``von X`` (``Festnahme von
        Moser`` also for ``des Verdächtigen Karl Moser``)."""
        v = self.v
        if len(objects) == 1 and len(patients) == 1 and self._case(objects[0]) is None \
                and (v.pos(objects[0]) == "PROPN" or v.mention_at[objects[0]] >= 0):  # the name is the genitive
            articles = [d for d in v.deps_of(objects[0], "det") if d < objects[0]]
            if articles and v.tokens[articles[0]].text.lower() in self.lex.genitive_articles:
                return [v.tokens[articles[0]].text.lower(), self._short(patients[0])]
        return ["von", _join(self._short(p) for p in patients)]

    def _unparsed_object(self, k: int) -> str:
        """The object of a transitive clause the parser gave another relation:
        a phrase with an article and no preposition hung on the verb as an
        oblique (no date, no measure: ``erzielte den Siegtreffer``), or, before
        the verb at the clause's end, a phrase only an accusative article can
        begin (``hatten die Rebellen den Militärstützpunkt ... überrannt``)."""
        v = self.v
        subject = v.actor_subject(k)
        bare = self._bare_oblique(k)
        if bare is not None:
            return self._short_phrase(bare)
        for c in v.children[k]:  # (for the line only: a noun naming no one adds no party)
            if v.dep(c) == "obl" and v.pos(c) == "NOUN" and c < k and self._case(c) is None and c != subject \
                    and v.feature(c, "Number") == "Plur" and v.timex_at[c] < 0 and self._nominal(c) \
                    and not self._measured(c) and not v.deps_of(k, "obj"):
                return self._short_phrase(c)  # "konnte zudem Beweise/obl vorlegen": a bare plural is the object
        span = self._clause_span(k)
        for j in range(span[0], k):
            noun = v.head(j)
            if v.dep(j) == "det" and self.low[j] in self.lex.plain_articles and v.dep(noun) == "nmod" and j < noun < k \
                    and self._case(noun) is None and self._nominal(noun) and v.pos(v.head(noun)) == "NOUN" \
                    and v.mention_at[noun] < 0 and v.timex_at[noun] < 0:
                # "hat als Ergebnis seiner Arbeit ein Dokument/nmod ausgearbeitet": an article no genitive has
                # ("ein", not "eines") opens a phrase of its own, which before the verb is its object
                return self._short_phrase(noun)
            if self.low[j] not in v.grammar.accusative_determiners or v.dep(j) != "det":
                continue
            owner = v.head(noun)  # (an object of another verb of the stretch is that verb's)
            if j < noun < k and noun != subject and self._case(noun) is None and self._nominal(noun) \
                    and v.feature(noun, "Number") != "Plur" and (owner == k or v.pos(owner) not in ("VERB", "AUX")):
                return self._short_phrase(noun)
        return ""

    def _accusative_recipient(self, c: int) -> bool:
        """``an`` with an accusative is where something goes: a party named
        there receives it (``soll an das Gemeinschaftsunternehmen Diehl/Thales
        verkauft werden``); with a dative (``an der Sitzung``) it is where."""
        v = self.v
        dets = [self.low[d] for d in v.deps_of(c, "det") if d < c]
        return bool(dets) and dets[0] in self.lex.recipient_articles

    def _surface_agent(self, k: int) -> list[str]:
        """The agent of a passive whose ``von``/``durch`` phrase the parser hung
        on another word (``Batterien, die vom US-Elektroautobauer Tesla Motors/nsubj:pass
        geliefert werden``): a name right after the preposition, where the
        preposition follows no noun (``Ausbruch von Feindseligkeiten`` is the
        noun's) and the name is followed by no adjective (``die von der Daimler AG
        geplante Version``: the participle's)."""
        v, preps = self.v, self.v.grammar.agent_preps
        for t in self._clause_tokens(k):
            if self.low[t] not in preps or v.pos(t) != "ADP" or t == 0:
                continue
            if v.pos(t - 1) in ("NOUN", "PROPN") and v.timex_at[t - 1] < 0 and not self._person_before(t, k):
                continue  # ("Radulan Sahiron von der Polizei festgenommen": a person's name takes no "von")
            for j in range(t + 1, min(t + 4, len(self.low))):
                mi = v.mention_at[j]
                if mi >= 0 and v.mentions[mi].label in ACTOR_LABELS and v.token_at(v.mentions[mi].start) == j:
                    after = v.token_at(v.mentions[mi].end)
                    if after < len(self.low) and v.pos(after) == "ADJ":
                        break
                    return [self._actor_name(v.mentions[mi])]
                if v.pos(j) not in ("DET", "ADJ", "NOUN", "PROPN") or (v.pos(j) == "NOUN" and self._plural_noun(j)):
                    break  # ("von den Ermittlern Demjanjuk zugeordnet": the name is the dative object)
        return []

    def _person_after_office(self, c: int) -> int | None:
        """A person's name that the parser hung on the subject when the subject
        is an office (``hat die Polizei/nsubj Michael/nmod Müller festgenommen``):
        an office is not renamed by a person's name, and a genitive would show
        its ending, so the name is a phrase of its own, the object of the
        middle field."""
        v, lex = self.v, self.lex
        lemma = v.lemma(c)
        if v.dep(c) != "nsubj" or v.mention_at[c] >= 0 or self.names(c) or not (
                lemma in lex.institution_nouns or self._compound_head(lemma, lex.institution_nouns)):
            return None
        for d in v.children[c]:
            mi = v.mention_at[d]
            if v.dep(d) in ("nmod", "appos", "flat") and self._case(d) is None and mi >= 0 \
                    and v.mentions[mi].label == "PER" and v.token_at(v.mentions[mi].start) == c + 1 \
                    and not v.mentions[mi].text.endswith(("s", "'", "’")):
                return d
        return None

    def _alliance_formed(self, k: int) -> list[str]:
        """The members of an alliance that a passive of forming says was formed
        (``Am 30. September wurde die Koalition aus CDU und FDP gebildet``): they
        formed it, as in the active ``CDU und FDP bildeten eine Koalition``."""
        v, lex = self.v, self.lex
        if self.as_found or self.predicate_lemma(k) not in lex.forming_verbs or not v.passive(k):
            return []
        out = []
        for s in v.deps_of(k, "nsubj:pass", "nsubj"):
            lemma = v.lemma(s)
            if lemma in lex.alliance_nouns or self._compound_head(lemma, lex.alliance_nouns):
                out += self.names(s)
        return out

    def _office_before(self, c: int) -> int | None:
        """``das Gericht/compound Julia Timoschenko``: an office with its article
        that the parser made a compound of the person's name after it is the
        subject of its own, and the person its object; the office's token."""
        v, lex = self.v, self.lex
        mi = -1 if c is None else v.mention_at[c]
        if mi < 0 or v.mentions[mi].label != "PER" or v.dep(c) not in ("nsubj", "obl", "obj"):
            return None
        j = v.token_at(v.mentions[mi].start) - 1
        lemma = v.lemma(j) if j > 0 else ""
        office = j > 0 and v.head(j) == c and v.dep(j) == "compound" and v.mention_at[j] < 0 \
            and self.low[j - 1] in lex.definite_articles and v.head(j - 1) == j \
            and (lemma in lex.institution_nouns or self._compound_head(lemma, lex.institution_nouns) is not None)
        return j if office else None

    def _person_before(self, t: int, k: int) -> bool:
        """The token before ``t`` ends a person's name, a phrase of the verb ``k``
        itself, that ``t`` is not part of (not "Fraser Kyne von Bromium meint":
        there ``von`` says whom he works for)."""
        v = self.v
        mi = v.mention_at[t - 1]
        if mi < 0 or v.mention_at[t] == mi or v.mentions[mi].label != "PER" or v.token_at(v.mentions[mi].end) != t:
            return False
        inside = range(v.token_at(v.mentions[mi].start), t)
        return any(v.head(j) == k for j in inside)

    def _maker(self, k: int) -> list[str]:
        """``Der elektrische Smart von Daimler soll ... ausgeliefert werden``: the
        organisation a passive subject's ``von`` phrase names, when the subject is
        a thing, made or owned by it, and the passive names no other agent (not
        after a role noun: ``ein Sprecher von Siemens``)."""
        v = self.v
        for s in v.deps_of(k, "nsubj:pass"):
            if v.pos(s) != "NOUN" or v.mention_at[s] >= 0 or self._is_role(v.lemma(s)) or self._event_noun(s):
                continue
            for d in v.deps_of(s, "nmod"):
                mi = v.mention_at[d]
                if d > s and self._case(d) in self.lex.agent_preps and mi >= 0 and v.mentions[mi].label == "ORG":
                    return [self._actor_name(v.mentions[mi])]
        return []

    def _split_subjects(self, k: int, subject: int) -> list[int]:
        """Subjects joined by ``und`` that the parser hung on the verb one by one
        (``Die Behörden/nsubj:pass und das Rote Kreuz/nsubj haben ... eingerichtet``):
        the others, when only ``und``, ``sowie`` or a comma stands between them."""
        v = self.v
        out = []
        last = max(v.subtree(subject, CLAUSE_RELATIONS))
        for d in v.children[k]:
            if d <= last or v.dep(d) not in ("nsubj", "nsubj:pass") or v.timex_at[d] >= 0 or self._case(d):
                continue
            first = min(v.subtree(d, CLAUSE_RELATIONS))
            if first > last + 1 and all(self.low[t] in self.lex.list_joiners for t in range(last + 1, first)):
                out.append(d)
                last = max(v.subtree(d, CLAUSE_RELATIONS))
        return out

    def _active_perfect(self, k: int) -> bool:
        """A clause whose only auxiliary is ``haben``: active, whatever subject
        relation the parser gave (German forms the passive with ``werden``)."""
        v = self.v
        if self._subject_undergoes(k):
            return False
        helpers = [c for c in v.children[k] if v.pos(c) == "AUX"]
        # an auxiliary the parser hung inside a phrase of the verb ("Wired/nsubj haben/aux Produkte/nsubj:pass
        # ... ausgewählt", "Erdoğan/nsubj hat/det:poss Davutoğlu/nsubj ... beauftragt") is the clause's
        helpers += [a for c in v.children[k] if v.pos(c) in ("NOUN", "PROPN") for a in v.children[c]
                    if a < c and v.pos(a) == "AUX" and v.dep(a) != "cop"]
        return any(v.lemma(c).lower() == "haben" for c in helpers) and not any(
            v.lemma(c).lower() in v.grammar.passive_aux for c in helpers)

    def _bare_oblique(self, k: int) -> int | None:
        """A phrase with an article and no preposition that the parser hung on
        the verb as an oblique: no date, no measure, not the subject; in German
        such a phrase is an object (``hat ... das Wrack des Flugzeugträgers
        entdeckt``)."""
        v = self.v
        subject = v.actor_subject(k)
        for c in v.children[k]:
            if v.dep(c) != "obl" or c == subject or (self._case(c) is not None and not self._stray_fused(c)) \
                    or v.timex_at[c] >= 0:
                continue
            if v.pos(c) == "NOUN" and v.deps_of(c, "det") and self._nominal(c) and not self._measured(c):
                return c
            if v.pos(c) == "PROPN" and v.mention_at[c] >= 0 and not v.in_dateline(c):
                return c  # "hatte zuvor Österreich/obl besiegt": a bare name
        return None

    def _stray_fused(self, c: int) -> bool:
        """A fused preposition (``zum``, ``im``) the parser hung on a phrase with
        an article of its own after it (``zum 19.01.2006 seinen Betrieb``): the
        fused form holds the article, so it is another phrase's, and this one
        has no preposition."""
        v = self.v
        cases = [t for t in v.deps_of(c, "case")]
        return len(cases) == 1 and self.low[cases[0]] in self.lex.fused_preps \
            and any(cases[0] < d < c and v.pos(d) == "DET" for d in v.deps_of(c, "det"))

    def _singular_finite(self, k: int) -> bool:
        """The clause's finite verb is singular by its form: an auxiliary or
        modal whose plural differs (``die Frau, die ... angeboten hatte``), or,
        with none, a verb in ``-t``/``-te`` that is no participle (``plant der
        Vorstandsvorsitzende``): German's finite verb agrees with its subject,
        however the parser read the subject's phrase."""
        v = self.v
        auxes = v.deps_of(k, "aux", "aux:pass")
        if not auxes and not v.deps_of(k, "nsubj", "nsubj:pass"):  # "wurde festgenommen und verhört"
            auxes = [a for h in v.coordinated_with(k) for a in v.deps_of(h, "aux", "aux:pass")]
        if auxes:
            return any(self.low[a] in self.lex.singular_aux for a in auxes)
        form = self.low[k]
        return v.pos(k) == "VERB" and form.endswith(("t", "te")) and v.dep(k) != "xcomp" and \
            v.feature(k, "VerbForm") not in ("Inf", "Part") and not self._participle(k) and \
            not any(self.low[c] == "zu" for c in v.children[k])

    def _plural_subject(self, k: int) -> bool:
        v = self.v
        if self._singular_finite(k):
            return False
        finite = [f for f in [k] + v.deps_of(k, "aux") if v.feature(f, "VerbForm") == "Fin"]
        s = v.actor_subject(k)
        if any(v.feature(f, "Number") == "Sing" for f in finite) and (s is None or v.lemma(s).lower() == self.low[s]):
            return False  # a noun alike in both numbers takes the finite verb's: "Treffen ... soll stattfinden"
        if s is not None and any(self._joined(c) for c in v.deps_of(s, "conj")):
            return True
        # "Berufung", "Komet": a noun whose plural differs, in its singular form, whatever the tagger says
        # (after it, for endings a plural the lemmatizer kept may have: "Abgeordnete")
        alike = self.lex.plural_like_singular_endings
        singular = s is not None and v.pos(s) == "NOUN" and self.low[s] == v.lemma(s).lower() \
            and not self.low[s].endswith(alike)
        if singular and not self.low[s].endswith(self.lex.unreduced_plural_endings):
            return False
        if s is not None and v.feature(s, "Number") == "Plur":
            return True
        if singular:
            return False
        finite = [k] + v.deps_of(k, "aux")
        if any(v.feature(f, "Number") == "Plur" and v.feature(f, "VerbForm") == "Fin" for f in finite):
            return True
        return s is not None and self._nominal(s) and self._plural_form(k)

    def _plural_form(self, k: int) -> bool:
        """A finite verb in the plural by its form, where the tagger gave no
        number: the third person singular never ends in ``-en`` (``hat``/``haben``,
        ``wurde``/``wurden``, ``kam``/``kamen``, ``ist``/``sind``). The finite verb
        is the first auxiliary, or the verb itself when it has none and is no
        participle or ``zu``-infinitive."""
        v = self.v
        if any(self.low[c] == "zu" for c in v.children[k]) or v.dep(k) == "xcomp":
            return False
        if any(v.feature(j, "VerbForm") == "Fin" and v.feature(j, "Number") == "Sing" for j in self._clause_span(k)):
            return False  # "soll ... bestohlen haben": the finite verb is singular, "haben" its infinitive
        auxes = [a for h in v.coordinated_with(k) for a in v.deps_of(h, "aux", "aux:pass") if self.low[a] != "zu"]
        if auxes:
            form = self.low[min(auxes)]
            return form.endswith("en") or form == "sind"
        return self.low[k].endswith("en") and not self._participle(k)

    def _misjoined_object(self, k: int) -> str:
        """The object the parser joined to the subject as a bare conjunct
        (``der Konzern seine Prognose``): German lists its subjects with ``und``
        or commas, so the phrase right after the subject is the verb's object."""
        v = self.v
        s = v.actor_subject(k)
        if s is None:
            return ""
        for c in v.deps_of(s, "conj"):
            if not self._joined(c) and self._nominal(c):
                return self._short_phrase(c)
        for c in v.deps_of(s, "nmod"):
            # "der liberale Politiker seine Anteile/nmod": a phrase after the subject with no preposition and
            # an accusative determiner ("seine", "den", not the genitive "seiner", "des") is no owner
            dets = [self.low[d] for d in v.deps_of(c, "det", "det:poss")]
            if c > s and self._case(c) is None and self._nominal(c) and dets and v.mention_at[c] < 0 \
                    and dets[0] in self.lex.accusative_determiners \
                    and not any(v.pos(j) == "PUNCT" for j in range(s, c)):
                return self._short_phrase(c)
        return ""

    def _conjunct_object(self, k: int) -> str:
        """The object of the second of two joined verbs that the parser made a
        conjunct of the first (``wird nach Österreich kommen und Gespräche/conj
        mit X führen``): a noun right after the ``und`` and before the second
        verb, with no verb between, is the second verb's object."""
        v = self.v
        if v.dep(k) != "conj":
            return ""
        for c in v.deps_of(v.head(k), "conj"):
            if c < k and v.pos(c) == "NOUN" and v.mention_at[c] < 0 and self._case(c) is None and self._nominal(c) \
                    and any(v.dep(d) == "cc" for d in v.children[c]) \
                    and not any(v.pos(j) in ("VERB", "AUX") or self.low[j] in self.lex.list_joiners for j in range(c + 1, k)):
                return self._short_phrase(c)
        return ""

    def _object_after_relative(self, k: int) -> str:
        """The phrase the parser joined to the subject after the comma that
        closes the subject's relative clause (``soll Stefan Fleck, der für den
        Depotbau mitverantwortlich war, erste Kalkulationen angestellt haben``):
        that comma ends the relative clause and lists nothing, so the phrase is
        the verb's object."""
        v = self.v
        s = v.actor_subject(k)
        if s is None:
            return ""
        relative = {t for r in v.deps_of(s, "acl:relcl") for t in v.subtree(r)}
        for c in v.deps_of(s, "conj"):
            start = min([c] + [d for d in v.children[c] if d < c and v.dep(d) in ("det", "amod", "nummod")])
            if relative and self._nominal(c) and not v.deps_of(c, "cc") and start >= 2 \
                    and self.low[start - 1] == "," and start - 2 in relative and v.mention_at[c] < 0:
                return self._short_phrase(c)
        return ""

    def _joined(self, c: int) -> bool:
        """A conjunct with its ``und``/``oder`` or a comma before it: a list of
        subjects; a bare ``conj`` (``der Konzern seine Prognose``) is the
        parser joining the subject to the object."""
        v = self.v
        return any(v.dep(d) in ("cc", "punct") for d in v.children[c] if d < c)

    def _phrase_head(self, k: int, relations: tuple[str, ...]) -> str:
        """A short form of a subject or object phrase: its noun with compounds and names."""
        v = self.v
        if "nsubj" in relations or "nsubj:pass" in relations:
            heads = [v.actor_subject(k)]
            if heads[0] is not None and self._focus_word(heads[0]):  # "Allein ... kamen 14 Menschen"
                heads = [c for c in v.deps_of(k, "nsubj") if c != heads[0]][:1] or heads
            if heads[0] is not None and heads[0] + 1 < len(self.low) \
                    and self.low[heads[0] + 1] in self.lex.postpositions and v.head(heads[0] + 1) <= heads[0] + 1:
                # "Der Liebe wegen gab sie alles auf": a noun with its postposition is no subject (not
                # "ein Mann wegen Hehlerei", where "wegen" opens the phrase after it)
                heads = [c for c in v.deps_of(k, "nsubj") if c != heads[0]][:1]
        else:
            heads = v.objects(k, self._particles(k), actor=True)
        for c in heads:
            if c is not None and self.low[c] in self.lex.quantity_words:
                # "Der mehr als ein Vierteljahrhundert andauernde Bürgerkrieg", parsed with "mehr" as
                # the noun: the phrase's noun is the last noun the quantity word heads
                c = next((d for d in sorted(v.subtree(c, CLAUSE_RELATIONS), reverse=True)
                          if d > c and self._nominal(d) and v.dep(d) in ("nmod", "appos", "conj")), None)
            if c is not None and self._nominal(c):
                phrase = self._short_phrase(c)
                if heads[0] is c and "nsubj" in relations:  # "Wired und Reviewed erstellen": every subject
                    more = [self._short_phrase(d) for d in self._listed(c)]
                    phrase = _join([phrase] + [m for m in more if m not in phrase.split(" und ")])
                return phrase
        return ""

    def _unnamed_conjuncts(self, k: int, agents: list[str]) -> list[str]:
        """The nouns listed with the subject that names the agents and that
        name no one themselves (``Wired und Reviewed``, with ``Reviewed`` no
        recognized name): the label's subject lists them too."""
        v = self.v
        c = v.actor_subject(k)
        if c is None or not set(self.names(c)) <= set(agents) or not self.names(c):
            return []
        listed = [d for d in self._listed(c) if d > c]
        if not listed or not all(v.token_at(m.end) <= listed[0] for m in self._mentions_of(c)):
            return []  # (the names are the phrase's own, before the list: not a list the parser hung on a name)
        return [self._short_phrase(d) for d in listed if not self.names(d)]

    def _mentions_of(self, c: int) -> list:
        v = self.v
        return [v.mentions[mi] for mi in v.mentions_in(self._core(c)) if v.mentions[mi].label in ACTOR_LABELS]

    def _listed(self, c: int) -> list[int]:
        """The nouns and names listed with ``c`` by ``und``, ``sowie`` or
        commas, right after its phrase and on the same side of the verb
        (``Wired und Reviewed``); a part after a hyphen (``Forschungs- und
        Entwicklungsabteilung``) is one compound's, and a list that runs past
        other words (``die Lehrer ... und Probleme``) is the parser's guess."""
        v = self.v
        out: list[int] = []
        last = max(v.subtree(c, _LIST_STOP))  # the noun with its articles, adjectives and compounds
        ends_with_and = False
        for d in v.deps_of(c, "conj"):
            own = set(v.subtree(d))
            between = [t for t in range(last + 1, d) if t not in own or v.dep(t) in ("cc", "punct")]
            if not self._nominal(d) or not v.tokens[d].text[:1].isupper() or not between \
                    or not all(self.low[t] in self.lex.list_joiners for t in between) \
                    or (v.feature(d, "Case") and v.feature(c, "Case") and v.feature(d, "Case") != v.feature(c, "Case")):
                break
            out.append(d)
            ends_with_and = any(self.low[t] != "," for t in between)
            last = max(v.subtree(d))
        return out if ends_with_and else []  # ("die Bilder ..., die Werknutzung": a comma joins clauses too)

    def _nominal(self, c: int) -> bool:
        """A noun or name that can stand in a label: no date, no dateline place."""
        v = self.v
        return (v.pos(c) in ("NOUN", "PROPN") or self._noun_as_adjective(c)) and v.tokens[c].text[:1].isalpha() \
            and not v.in_dateline(c) and v.timex_at[c] < 0 and c not in self.sourced \
            and self.low[c] not in self.lex.quantity_words and not self._web_address(c) and not self._focus_word(c)

    def _focus_word(self, c: int) -> bool:
        """``Allein in der Stadt Azaz kamen ... 14 Menschen ums Leben``,
        ``Unterdessen ging ... die Großfahndung weiter``: a focus particle or a
        linking adverb that opens the sentence, capitalized there and tagged a
        noun or a name, is no phrase of its own."""
        v = self.v
        # (first, or second after a subheading the sentence splitter glued to it: "Großfahndung Unterdessen")
        return self.low[c] in self.lex.focus_words and v.tokens[c].text[:1].isupper() \
            and c - v.sentences[v.sentence_of[c]].first_token <= 1 and not v.deps_of(c, "det")

    def _web_address(self, c: int) -> bool:
        """``https://t.co/...``, ``www.example.org``: an address is no phrase of a label."""
        text = self.low[c]
        return "://" in text or text.startswith(("www.", "http"))

    def _short_phrase(self, c: int) -> str:
        """The phrase's noun with its compounds, or its whole name."""
        v = self.v
        parts = [c] + [d for d in v.children[c] if v.dep(d) in ("flat", "flat:name", "compound")]
        parts += [d for d in v.children[c] if v.dep(d) == "appos" and d == max(parts) + 1
                  and v.pos(d) == "PROPN" and v.mention_at[d] < 0]  # "der Play Store": one name split
        mi = v.mention_at[c]
        if mi >= 0 and v.mentions[mi].text.endswith("s"):
            after = v.token_at(v.mentions[mi].end)
            if after < len(self.low) and v.pos(after) == "NOUN" and v.head(after) == c and v.dep(after) == "appos":
                return f"{v.mentions[mi].text} {v.tokens[after].text}"  # "Kims/obj Antwort/appos": whose it is
        return self._names_from(min(parts)) or " ".join(self._glued(j) for j in sorted(parts))

    def _auxiliary_subject(self, k: int) -> str:
        """The subject the parser hung on the auxiliary of the verb or of the verb
        it is coordinated with (``hatte der Volkskongress ... zweistellig ... erhöht``):
        the clause names its doer, so the label does too."""
        v = self.v
        for h in v.coordinated_with(k):
            for c in v._auxiliary_subjects(h):
                if self._nominal(c):
                    return self._short_phrase(c)
        return ""

    def _bracket_subject(self, k: int) -> str:
        """``musste der Hubschrauber ... nahe Maimana, der Hauptstadt der Provinz
        Faryab, notlanden``, parsed with the auxiliary and the subject hung on
        a noun between them: an infinitive or participle closing the clause
        takes the subject that stands right after the finite auxiliary that
        opens it (German word order: the verb bracket), with no other verb
        between."""
        v = self.v
        if v.pos(k) != "VERB":  # (its form as tagged: "notlanden" read as a finite plural)
            return ""
        first = v.sentences[v.sentence_of[k]].first_token
        for j in range(k - 1, first - 1, -1):
            if v.pos(j) in ("VERB", "SCONJ") or self.low[j] in (";", ":"):
                return ""
            if v.pos(j) == "AUX" and self._finite(j):
                for t in range(j + 1, min(j + 4, k)):
                    if v.dep(t) in ("nsubj", "nsubj:pass") and v.head(t) == v.head(j) and self._nominal(t):
                        return self._short_phrase(t)
                return ""
        return ""

    def _governing_subject(self, k: int) -> int | None:
        """The subject of the finite auxiliary the parser made the head of the
        verb (``xcomp`` of ``hat``), or of the verb it is coordinated with:
        in German the finite verb's subject is the clause's, so the phrase the
        parser gave the participle as subject is its object."""
        v = self.v
        for h in v.coordinated_with(k):
            if v.dep(h) != "xcomp" or v.pos(v.head(h)) != "AUX" \
                    or v.lemma(v.head(h)).lower() not in ("haben", "sein"):
                continue
            own = [c for c in v.children[v.head(h)] if v.dep(c) == "nsubj" and self._nominal(c)]
            if own:
                return own[0]
        return None

    def _verb_complement(self, k: int) -> list[str]:
        """What the verb needs where the parse gave it no object: its
        prepositional object (``obl:arg``, or an ``obl`` with a preposition that
        heads one: ``protestiert gegen die Reform``, or, after ``sich``, one of
        the prepositions reflexive verbs govern: ``befasst sich mit der Causa``,
        ``distanziert sich von der Demonstration``). Never a date, a name or a
        measure; elsewhere ``mit``, ``auf``, ``über`` mostly say how or where."""
        v, lex = self.v, self.lex
        found: list[tuple[int, list[str]]] = []
        reflexive = any(self.low[c] == "sich" for c in v.children[k])
        first_phrase = True  # "reagiert auf die Einsprüche gegen ...": only the first phrase is the verb's
        for c in v.children[k]:
            if v.dep(c) not in ("obl", "obl:arg") or not self._nominal(c) or self._measured(c) \
                    or (v.dep(c) == "obl" and v.pos(c) != "NOUN"):
                continue  # a name with a preposition is a place or a party, which the roles hold
            cases = [d for d in v.children[c] if v.dep(d) == "case"]
            plain = first_phrase and bool(cases) and self.low[cases[0]] in lex.object_preps
            first_phrase = first_phrase and not cases
            if cases and (v.dep(c) == "obl:arg" or plain
                          or (reflexive and self.low[cases[0]] in lex.reflexive_object_preps)
                          or self.low[cases[0]] in lex.governed_preps.get(self.predicate_lemma(k), ())):
                found.append((0 if v.dep(c) == "obl:arg" else 1, [self._fused_case(cases[0], c), self._short_phrase(c)]))
        governed = lex.governed_preps.get(self.predicate_lemma(k), ())
        if not found and governed:
            # "hat auf Reddit zu einer Myriade von Anekdoten geführt", parsed with the "zu" phrase on the name
            # before it: a name takes no such phrase, the verb that governs it does
            for c in v.children[k]:
                for d in (v.children[c] if v.dep(c) == "obl" and v.pos(c) == "PROPN" else []):
                    cases = v.deps_of(d, "case")
                    if d > c and v.dep(d) == "nmod" and v.pos(d) == "NOUN" and cases and self.low[cases[0]] in governed:
                        return [self._fused_case(cases[0], d), self._short_phrase(d)]
        return min(found, key=lambda f: f[0])[1] if found else []

    def _fused_case(self, case: int, c: int) -> str:
        """The preposition as a label without articles writes it: fused with
        the dative article it had (``zu der Unterbrechung``: ``zur``, ``zu dem
        Anschlag``: ``zum``, ``von dem``: ``vom``), as German writes it."""
        v, prep = self.v, self.low[case]
        dets = [self.low[d] for d in v.deps_of(c, "det") if d == case + 1]
        return self.lex.fused_articles.get((prep, dets[0]), prep) if dets else prep

    def _measured(self, c: int) -> bool:
        """A noun with a number: a measure (``um 10,1 Prozent``), not what the verb needs."""
        v = self.v
        near = v.children[c] + [g for d in v.children[c] for g in v.children[d]]
        return v.pos(c) == "NUM" or any(v.pos(d) == "NUM" for d in near)

    def _noun_as_adjective(self, k: int) -> bool:
        """A capitalised word inside a sentence that the tagger read as an
        adjective (``der 39-jährige Schlepper/ADJ``): in German, a noun."""
        v = self.v
        return v.pos(k) == "ADJ" and v.tokens[k].text[:1].isupper() and \
            k != v.sentences[v.sentence_of[k]].first_token

    def _glued(self, k: int) -> str:
        """A word with the pieces the tokenizer cut off before it
        (``53-Jähriger``: ``53``, ``-``, ``Jähriger``)."""
        v = self.v
        first = k
        while first > 0 and v.tokens[first - 1].end == v.tokens[first].start and first > k - 2 \
                and (v.tokens[first - 1].text == "-" or v.tokens[first].text == "-"):
            first -= 1
        return v.text[v.tokens[first].start:v.tokens[k].end]

    def _names_from(self, j: int) -> str:
        """The whole name that starts at ``j``, and the names joined to it by
        ``und`` (``Ibrahim El Bakraoui und Najim Laachraoui``, ``Play Store``):
        a label never cuts a name."""
        v = self.v
        names: list[str] = []
        while j < len(self.low) and v.mention_at[j] >= 0 and v.token_at(v.mentions[v.mention_at[j]].start) == j:
            m = v.mentions[v.mention_at[j]]
            names.append(self._short(m.text))
            after = v.token_at(m.end)
            if after + 1 >= len(self.low) or self.low[after] != "und" or v.sentence_of[after] != v.sentence_of[j]:
                break
            j = after + 1
        return _join(names)


def _lead(view: ArticleView) -> frozenset[int]:
    """The sentences that carry an article's news: its first two paragraphs
    (teaser and lead) up to ``LEAD_PARAGRAPH_SENTENCES``, or, in a text without
    paragraphs, its first ``LEAD_SENTENCES`` sentences of real length (a title,
    a dateline or a byline line is not one)."""
    text, sentences = view.text, view.sentences
    long_enough = [i for i, st in enumerate(sentences) if st.last_token - st.first_token >= LEAD_MIN_TOKENS]
    if not long_enough:
        return frozenset()
    first = sentences[long_enough[0]].start
    breaks = [i for i in range(first, len(text) - 1) if text[i] == "\n" and text[i + 1] == "\n"]
    if len(breaks) < 2:
        return frozenset(long_enough[:LEAD_SENTENCES])
    end = breaks[1]
    return frozenset(i for i in long_enough[:LEAD_PARAGRAPH_SENTENCES] if sentences[i].start < end)


@lru_cache(maxsize=8)
def _role_suffixes(lexicon) -> tuple[str, ...]:
    return tuple(lexicon.role_suffixes)



class _HeadsByEnding:
    """A table's nouns by their lower-cased form, and the lengths they come in,
    longest first: a compound's head is found by looking up its endings, not by
    trying every noun of the table."""

    def __init__(self, words) -> None:
        self.by_low: dict[str, str] = {}
        for w in sorted(words, key=lambda w: (-len(w), w)):
            self.by_low.setdefault(w.lower(), w)
        self.lengths = tuple(sorted({len(k) for k in self.by_low}, reverse=True))


_ENDING_INDEXES: dict[int, tuple[object, _HeadsByEnding]] = {}


def _heads_by_ending(table) -> _HeadsByEnding:
    """The index of a lexicon table, made once per table (tables are immutable)."""
    known = _ENDING_INDEXES.get(id(table))
    if known is None or known[0] is not table:
        known = (table, _HeadsByEnding(table))
        _ENDING_INDEXES[id(table)] = known
    return known[1]


def _compound_head(lemma: str, heads: _HeadsByEnding) -> str | None:
    """The event noun a compound ends in (``Gipfeltreffen`` -> ``Treffen``):
    the longest head with a modifier of three letters or more before it."""
    low = lemma.lower()
    for n in heads.lengths:
        h = heads.by_low.get(low[-n:]) if n < len(low) else None
        if h is None:
            continue
        modifier = low[:-n].rstrip("-")
        if len(modifier) >= 3 and modifier not in NOT_MODIFIERS and (low[-n - 1] in "-s" or n >= 4):
            return h
    return None


def _inside(inner: tuple[str, str] | None, outer: tuple[str, str] | None) -> bool:
    """Whether the day range ``inner`` lies inside ``outer`` and is narrower."""
    return bool(inner and outer and inner != outer and outer[0] <= inner[0] <= inner[1] <= outer[1])


def _day_value(value: str | None) -> str | None:
    """A TIMEX3 date or date-time as an event date (day precision at most)."""
    if not value or "X" in value or not value[:4].isdigit():
        return None
    if "T" in value:
        value = value.split("T", 1)[0]
    return value if date_range(value) else None


def _short(name: str, first_names: frozenset[str]) -> str:
    """A person's family name for a label when the name is a known first name
    and one more (``Wladimir Putin`` -> ``Putin``; ``Kim Jong Un`` stays whole)."""
    parts = name.split()
    return parts[-1] if len(parts) == 2 and parts[0].lower() in first_names else name


# what a listed subject's phrase ends before: its genitive or prepositional
# attribute and its clauses ("viele Lehrer über Überlastung und Probleme")
_LIST_STOP = frozenset({"conj", "nmod", "acl", "acl:relcl", "cc", "punct"})


def _short_form(word: str) -> bool:
    """An acronym in brackets after a long form: ``MLC``, ``IStGH``, ``DPV``."""
    return 2 <= len(word) <= 8 and word[:1].isupper() and word.isalnum() and sum(c.isupper() for c in word) >= 2


def _listed_names(line: str) -> list[str]:
    """The parties a label's list names: ``A, B und C`` -> A, B, C."""
    return line.replace(", ", " und ").split(" und ")


def _join(names) -> str:
    names = list(dict.fromkeys(names))
    if not names:
        return ""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " und " + names[-1]


def _trim(words: Sequence[str], particle: str = "") -> str:
    """At most ``MAX_LABEL_WORDS`` words, never ending on a preposition or
    ``und``; a separable verb's particle closes the line."""
    out = " ".join(w for w in words if w).split()[:MAX_LABEL_WORDS - (1 if particle else 0)]
    while len(out) > 1 and out[-1] in ("in", "an", "mit", "von", "zwischen", "und", "über", "nach", "bei", "auf",
                                        "vor", "per", "für", "gegen", "durch", "zum", "zur", "aus"):
        out.pop()
    return " ".join(out + ([particle] if particle else []))


def _split_particle(lemma: str, lexicon) -> tuple[str, str]:
    """``bekanntgeben`` -> (``bekannt``, ``geben``) when the rest is a verb the
    lexicon knows; an inseparable or unknown verb stays whole."""
    for p in lexicon.separable_particles:
        rest = lemma[len(p):]
        if lemma.startswith(p) and _known_verb(rest, lexicon):
            return p, rest
    return "", lemma


def _known_verb(lemma: str, lexicon) -> bool:
    return (lemma in lexicon.verb_types or lemma in lexicon.present_3sg or lemma in lexicon.no_event_verbs
            or lemma in lexicon.speech_verbs)


def _present(lemma: str, plural: bool, lexicon) -> str:
    """Third person present of a verb lemma: ``vertagen`` -> ``vertagt``."""
    if plural:
        return lexicon.present_3pl.get(lemma, lemma)
    if lemma in lexicon.present_3sg:
        return lexicon.present_3sg[lemma]
    for prefix in ("be", "er", "ent", "ver", "zer", "ge", "emp", "miss", "über", "unter", "hinter", "wider"):
        rest = lemma[len(prefix):]
        if lemma.startswith(prefix) and rest in lexicon.present_3sg:
            return prefix + lexicon.present_3sg[rest]
    if lemma.endswith(("eln", "ern")):
        return lemma[:-1] + "t"
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith("n") else lemma
    # an "e" after d/t and after a consonant (not l, r, a lengthening h) before m/n ("atmet"),
    # "ch" counting as one ("zeichnet", "rechnet")
    if stem.endswith(("d", "t", "chn", "chm")) or (
            stem.endswith(("m", "n")) and len(stem) > 1 and stem[-2] not in "aeiouäöülrmnh"):
        return stem + "et"
    return stem + "t"


def _participle_hint(e: _Event) -> str:
    return e.lemma


# -- dates --------------------------------------------------------------------------------
_PART_MONTHS = {"SP": ("03", "05"), "SU": ("06", "08"), "FA": ("09", "11"), "WI": ("12", "12"),
                "Q1": ("01", "03"), "Q2": ("04", "06"), "Q3": ("07", "09"), "Q4": ("10", "12"),
                "H1": ("01", "06"), "H2": ("07", "12")}


def date_range(value: str) -> tuple[str, str] | None:
    """First and last day (ISO) of a TIMEX3 date value such as ``2025``,
    ``2025-04``, ``2024-FA`` or ``2025-08-12``; None for other values."""
    if not value or len(value) < 4 or not value[:4].isdigit():
        return None
    year, rest = value[:4], value[5:]
    if len(value) > 4 and value[4] != "-":
        return None
    if not rest:
        return f"{year}-01-01", f"{year}-12-31"
    if rest in _PART_MONTHS:
        a, b = _PART_MONTHS[rest]
        return f"{year}-{a}-01", f"{year}-{b}-31"
    if rest.startswith("W") and rest[1:].isdigit():
        try:
            first = _date.fromisocalendar(int(year), int(rest[1:]), 1)
        except ValueError:
            return None
        return first.isoformat(), (first + timedelta(days=6)).isoformat()
    if len(rest) == 2 and rest.isdigit():
        return f"{year}-{rest}-01", f"{year}-{rest}-31"
    if len(rest) == 5 and rest[:2].isdigit() and rest[2] == "-" and rest[3:].isdigit():
        return value, value
    return None
