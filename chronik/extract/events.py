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
  kind, with no subject or in a relative clause), not the content clause of a
  duty (``muss sicherstellen, dass ...``), not a state or a perception (a verb list, ``sich aufhalten``),
  not a word the dictionary reads as an adjective (``juristischen``) nor one
  whose lemma is no infinitive (``nebenan``), not a
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

The reader is parts by job, each a module of its own (mixins the reader composes):

- ``event_predicates``: verbs that head a clause, their lemma and type; ``_Event``;
- ``event_happenings``: whether a verb reports a happening, not a state, habit or statistic;
- ``event_status``: negation, modality, mood and tense of a clause;
- ``event_nouns``: nouns that name a happening of their own;
- ``event_participants``: the parties of an event and their roles;
- ``event_references``: the names a phrase stands for: pronouns, ``beide``, role nouns, offices;
- ``event_time_place``: place, date, status and source; ``date_range``;
- ``event_labels``: the headline-style label;
- ``event_label_phrases``: the words of a label: particles, names, objects, subjects.
"""
from __future__ import annotations

from chronik.extract.entities import acronym_of
from chronik.extract.event_happenings import HappeningTests
from chronik.extract.event_label_phrases import LabelPhrases
from chronik.extract.event_labels import LabelReading
from chronik.extract.event_nouns import NounPredicates
from chronik.extract.event_participants import ACTOR_LABELS, PARTICIPATION_TYPES, ParticipantRoles
from chronik.extract.event_predicates import VerbPredicates, _Event
from chronik.extract.event_references import ReferenceReading
from chronik.extract.event_status import StatusReading
from chronik.extract.event_time_place import TimePlaceReading, _day_value, date_range
from chronik.extract.view import ArticleView
from chronik.records import EventMention

__all__ = ["date_range", "extract_events"]

# The first sentences of an article carry its news (the inverted pyramid):
# a happening reported there with no date took place just before publication.
LEAD_SENTENCES = 3
LEAD_PARAGRAPH_SENTENCES = 6
LEAD_MIN_TOKENS = 8


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


class _Reader(VerbPredicates, HappeningTests, StatusReading, NounPredicates, ParticipantRoles, ReferenceReading, TimePlaceReading, LabelReading, LabelPhrases):
    """The rules over one article's parse."""

    def __init__(self, view: ArticleView, lexicon) -> None:
        self.v = view
        self.lex = lexicon
        self.low = [t.text.lower() for t in view.tokens]
        self._particle_ge = tuple(p + "ge" for p in lexicon.separable_particles)  # "aufgelöst", "angegriffen"
        self.published = view.published[:10] if view.published and len(view.published) >= 10 else None
        self.timex_values = [_day_value(t.value) if t.type in ("DATE", "TIME") else None for t in view.timexes]
        self.named = frozenset(m.text for m in view.mentions)
        self.bounded: set[int] = set()  # clauses with a time bound ("seit 1976"): no day of their own
        self.lead = _lead(view)
        self.chain: dict[int, str] = {}  # pronoun token -> the person it was read as
        self.unnamed: set[str] = set()  # parties read from a common noun ("irakisches Parlament"), no entity's name
        # names() as the extractor read them before the role repairs: whether an
        # event noun names parties of its own decides whether it is an event,
        # and the role repairs leave which clauses are events as they were
        self.as_found = False
        self.happening_nouns: set[int] = set()  # "es kam zu X": X, whatever noun it is
        self.particle_phrases: dict[int, list[int]] = {}  # verb -> tokens hung on its separated particle
        self.attribute_dates: dict[int, int | None] = {}  # participle -> its attribute's date (read once)
        # answers the rules ask for many times over about one token, read once (all fixed by the parse)
        self.predicate_lemmas: dict[int, str] = {}
        self.particles: dict[int, tuple[int, ...]] = {}
        self.clause_spans: dict[int, range] = {}
        self.owned: dict[str, str] = {}  # the last verb's genitive owners -> the noun each owns ("Rating")
        self.received: list[str] = []  # the last verb's recipients ("an Diehl/Thales verkauft")
        self.sourced = self._source_phrases()  # "X zufolge", "laut X", "nach Angaben von X": no party
        # a person's surname alone -> the one full name the article gives that ends in it ("Lahm" ->
        # "Philipp Lahm"), so one person is one party wherever the article names them (not where two share it)
        fulls: dict[str, set[str]] = {}
        for m in view.mentions:
            if m.label == "PER" and " " in m.text:
                fulls.setdefault(m.text.rsplit(" ", 1)[1], set()).add(m.text)
        self.full_person_names = {last: next(iter(full)) for last, full in fulls.items() if len(full) == 1}
        # a first name alone where the recognizer cut the name after it, the family name a capitalised word
        # it took for a noun ("Stefan/PER Kraft", the noun "Kraft") -> the whole name, for a label, which names
        # a person by the family name, never by the first name alone (not a name the article gives alone
        # elsewhere: "Lee" for "Lee Sedol" is his family name, first in Korean order)
        firsts: dict[str, set[str]] = {}
        alone: set[str] = set()
        for m in view.mentions:
            if m.label != "PER" or " " in m.text or m.text.lower() not in lexicon.first_names:
                continue
            j = view.token_at(m.end)
            if j < len(self.low) and view.sentence_of[j] == m.sentence and view.mention_at[j] < 0 \
                    and view.tokens[j].start == m.end + 1 and view.tokens[j].text[:1].isupper() \
                    and view.tokens[j].text.isalpha() and view.pos(j) in ("NOUN", "PROPN"):
                firsts.setdefault(m.text, set()).add(f"{m.text} {view.tokens[j].text}")
            else:
                alone.add(m.text)
        self.first_name_fulls = {first: next(iter(full)) for first, full in firsts.items()
                                 if len(full) == 1 and first not in alone}
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
            elif pos == "NUM" and step > 0 and taken and v.pos(taken[-1]) in ("NOUN", "PROPN", "X"):
                break  # a count after the source's noun opens the next phrase: "nach Angaben der Stelle 18 Zivilisten"
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
        for e in events:  # (once every label of the sentence is read: the news it announces may come first)
            e.label = self._announced_content(e, events) or e.label
        return events

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
            else:
                e.roles += [r for r in self._election_parties(e.k) if r[0] not in {n for n, _ in e.roles}]
            if e.refers_back and not e.roles:
                prev = self._antecedent(e, events[:events.index(e)] if e in events else events)
                if prev:
                    e.roles = list(prev.roles)
                    e.place = prev.place
        e.place = e.place or self._place(e)
        self._date_and_status(e, si, events)
        e.via = self._via(e)
        e.label = self._label(e)


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
    first_break = text.find("\n\n", first)
    end = text.find("\n\n", first_break + 1) if first_break >= 0 else -1  # "\n\n\n" holds two breaks
    if end < 0:
        return frozenset(long_enough[:LEAD_SENTENCES])
    return frozenset(i for i in long_enough[:LEAD_PARAGRAPH_SENTENCES] if sentences[i].start < end)


def _short_form(word: str) -> bool:
    """An acronym in brackets after a long form: ``MLC``, ``IStGH``, ``DPV``."""
    return 2 <= len(word) <= 8 and word[:1].isupper() and word.isalnum() and sum(c.isupper() for c in word) >= 2
