"""German temporal expressions, normalized to TIMEX3 values.

``RULES`` below is an ordered table of named rules. Each rule's pattern is
language data (``lexicon.patterns[name]``, German ones in
``chronik/lang/de/time_patterns.py``); each has one resolver,
``resolve_<name>`` in ``timex_dates.py`` (calendar expressions) or
``timex_times.py`` (times of day, durations, sets, vague references), that
turns a match into timexes. ``extract_timexes`` joins the patterns, in the
table's order, into one regex, walks its matches left to right and calls the
matching rule's resolver with a ``Context`` (``timex_context.py``) that holds
the reference time. To add a rule: a pattern in the language data, a
resolver, and a row in ``RULES`` with an example the tests check.

Spans follow the TIMEX convention: a leading preposition or article (``am``,
``im``, ``in``, ``seit``) is not part of the span; modifiers that change the
value are (``Anfang 2025``, ``vor 80 Jahren``, ``etwa 1945``, ``vergangenen
Samstag``).

Anchors
-------
- Absolute expressions (``15. August 1945``, ``im Juli 2025``) need none:
  ``anchor`` is None.
- Deictic expressions (``gestern``, ``heute``, ``am Dienstag``, ``im
  vergangenen Jahr``, ``vor 80 Jahren``, ``diese Woche``) are resolved against
  the publication date only (``anchor="published"``). Without a publication
  date they stay unresolved: value None, or an X placeholder where TIMEX3 has
  one (``XXXX-WXX-2``). Nothing is guessed.
- Anaphoric expressions (``am folgenden Tag``, ``im Vorjahr``, ``zwei Tage
  später``, ``am selben Tag``, ``an diesem Tag``) count from the reference time:
  the latest date the text itself resolved, or the publication date before the
  text gave one. A look back (``im Vorjahr``, ``am Tag zuvor``) leaves the
  reference time where it is; minutes or hours later (``15 Minuten später``)
  are a duration, since the reference time is a day.
- ``heute`` is the publication day; "nowadays" (PRESENT_REF) after ``bis``,
  ``noch``, inside a history, beside ``damals`` or before a participle
  (``heute lebender``), unless a simple past stands right beside it (``Heute
  wurde ... geehrt``). ``am heutigen/gestrigen/morgigen`` + a weekday, day part
  or ``Tag`` counts from the publication day.
- Past or future for weekdays, bare months and day-months comes from tense
  cues over the tokens of the expression's clause (nearest cue wins, else the
  sentence's within 15 tokens): future cues (``wird``/``werden``, ``soll``,
  ``erwartet``, ``bevorstehend`` ...; not ``evakuiert werden``, ``zu werden``)
  pick the next such day (the publication day included), past cues
  (auxiliaries ``hat``/``hatte``/``war``/``wurde``, a lower-case ``-te``/``-ten``
  verb that does not follow an article, common strong preterites) pick the last
  one; with no cue the present tense of news ("Am Freitag treffen sich ...")
  means the next weekday, and for a month or day the nearest one ("lädt am 14.
  Jänner" in December is next month). A clause with a present-tense verb
  (``übernimmt``, ``findet ... statt``) and no other cue is read alone, not by
  the verb of another clause of its sentence, and a day or month it names is
  never last year's: "Die Slowakei, die 2015 ... meldete, übernimmt ab 1. Juli"
  is the coming 1 July; a weekday it names is the coming one ("Der Kanzler, der
  die Wahl verlor, reist am Freitag"), unless ``vom`` makes it the day of an
  event ("das Wahlergebnis vom Sonntag zeigt"). A dated day up to 31 days after (before)
  publication keeps its year against a past (future) cue: news moves and
  reports coming dates in the past tense ("wurde auf den 18. Dezember
  verlegt"). ``vergangenen``/``kommenden`` force the direction and exclude the
  publication day itself; ``Freitag vergangener Woche`` is the Friday of that week.
- Clock times take the reference day, or the day named later in their clause
  ("Um 9 Uhr startet am Freitag ..."); a time of day that recurs (after a SET,
  ``jeweils``, or two coordinated days) has no day: ``T20:00``. In news (no
  narrative open) a reference time without a day gives the publication day; a
  time before noon in ``der Nacht zum Samstag`` is on Saturday, and so is the night itself
  (``2007-02-10TNI``, as the news annotations date it), while a time of the evening is Friday's. A month, season
  or day after a yearly word (``jährlich im Mai``, ``im Mai jeden Jahres``,
  ``alljährlich am 10. März``) has no year: ``XXXX-05``, ``XXXX-03-10``.

Narrative rule (year-less dates)
--------------------------------
A year-less expression (``am 14. November``, ``im April``, ``im Sommer``,
``Anfang des Jahres``, ``in diesem Jahr``) takes the year of the narrative
only while a narrative is *open*; otherwise it is placed by the publication
date and tense. A narrative opens at an explicit date two or more years before
publication (a nearer one is a news article's own background, and the past
tense already places dates around it), in a sentence that is not an aside: a
sentence with a finite ``haben`` auxiliary (``Das Land hatte am 8. Mai 1945
kapituliert``) mentions history without telling it, a parenthesis or a bound
(``seit 2009``, ``bis 1915``) too; a simple-past or verbless sentence (``Am 1.
September 1939 begann ...``, a heading ``Der Angriff auf Polen 1939``) opens
one. A story under ten years back gives its year to past-tense clauses only; a
history (ten years or more) to every clause that is not future, and in it
``heute`` is "nowadays" (PRESENT_REF). A clause in the perfect or pluperfect
(``hatte im Dezember ... gebrochen``) takes the story's year only while the text
tells the story: the nearest earlier sentence of its paragraph with a tense is
in the simple past (a present one is back in the news), or, with none, the
paragraph holds the story's explicit date or the story has placed other dates;
else it is news and takes the last such month or day before publication. The
narrative closes at an explicit date
in the publication year or the year before, and at any expression placed by the
publication date. Years relative to now are the publication's even inside an open story, as TimeML news
anchors deictic expressions on the document time: ``letztes Jahr``/``nächstes Jahr`` with no article (the
adverbial accusative), and, after a recent story (not a history), ``im letzten Jahr``, ``im laufenden Jahr``
and, in a present or future clause, ``in diesem Jahr``, ``im nächsten Jahr``; the story's own years are
``im Jahr darauf``, ``im folgenden Jahr``, ``im Vorjahr``, and ``im nächsten Jahr`` in a past clause.
Without a publication date, the latest explicit date of the
text is the only anchor year-less expressions can have, and they use it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from chronik.extract import timex_dates as dates
from chronik.extract import timex_times as times
from chronik.extract.timex_context import Context, Found, Groups, Resolve, parse_published
from chronik.records import Sentence, Timex, Token


@dataclass(frozen=True, slots=True)
class Rule:
    """A named rule: the lexicon's pattern of that name finds it, ``resolve`` gives its timexes."""

    name: str
    resolve: Resolve
    example: str  # a phrase in which this rule finds a timex (checked by the tests)


# --- the table -------------------------------------------------------------------
# Order matters: where two patterns match at the same place, the earlier rule wins.
RULES: tuple[Rule, ...] = (
    Rule("iso", dates.resolve_iso, "2025-08-15T16:38"),
    Rule("numeric", dates.resolve_numeric, "15.08.2025"),
    Rule("day_month", dates.resolve_day_month, "15. August 1945"),
    Rule("day_range", dates.resolve_day_range, "15. bis 17. August"),
    Rule("holiday", dates.resolve_holiday, "Christi Himmelfahrt"),
    Rule("weekday", dates.resolve_weekday, "Freitag vergangener Woche"),
    Rule("numeric_day_month", dates.resolve_numeric_day_month, "11.4."),
    Rule("weekday_set", dates.resolve_weekday_set, "dienstags"),
    Rule("ago", dates.resolve_ago, "vor 80 Jahren"),
    Rule("century", dates.resolve_century, "Ende des 19. Jahrhunderts"),
    Rule("decade", dates.resolve_decade, "1990er Jahren"),
    Rule("quarter", dates.resolve_quarter, "ersten Quartal 2025"),
    Rule("relative_period", dates.resolve_relative_period, "vergangenen Jahr"),
    Rule("phase_of", dates.resolve_phase_of, "Anfang des Jahres"),
    Rule("phase_compound", dates.resolve_phase_compound, "Jahresende"),
    Rule("relative_noun", dates.resolve_relative_noun, "Vorjahr"),
    Rule("season", dates.resolve_season, "Herbst 2024"),
    Rule("month", dates.resolve_month, "Juli 2025"),
    Rule("year", dates.resolve_year, "Ende 2024"),
    Rule("relative_day", dates.resolve_relative_day, "gestern Abend"),
    Rule("today_adjective", dates.resolve_today_adjective, "am heutigen Donnerstagabend"),
    Rule("day_part", times.resolve_day_part, "am frühen Nachmittag"),
    Rule("relative_year", dates.resolve_relative_year, "heuer"),
    Rule("clock", times.resolve_clock, "16:38 Uhr"),
    Rule("clock_list", times.resolve_clock, "10 bis 18 Uhr"),
    Rule("clock_dateline", times.resolve_clock_dateline, "07.04.2016, 14:42"),
    Rule("clock_cued", times.resolve_clock_cued, "um 12.15"),
    Rule("clock_half", times.resolve_clock_half, "um halb acht"),
    Rule("clock_word", times.resolve_clock_word, "gegen fünf Uhr"),
    Rule("duration", times.resolve_duration, "zwei Wochen"),
    Rule("duration_range", times.resolve_duration_range, "sechs bis acht Monate"),
    Rule("adjective_duration", times.resolve_adjective_duration, "dreitägigen"),
    Rule("long_duration", times.resolve_long_duration, "monatelang"),
    Rule("day_part_of", times.resolve_day_part_of, "Abend desselben Tages"),
    Rule("over_years", times.resolve_over_years, "über Jahre hinweg"),
    Rule("units_around", times.resolve_units_around, "in den Stunden nach dem Erdbeben"),
    Rule("since_long", times.resolve_since_long, "seit Jahrzehnten"),
    Rule("unit_shift", dates.resolve_unit_shift, "Tag darauf"),
    Rule("set", times.resolve_set, "täglich"),
    Rule("every_weekday", times.resolve_every_weekday, "jeden zweiten Donnerstag"),
    Rule("every_n", times.resolve_every_n, "alle zwei Wochen"),
    Rule("per_unit", times.resolve_per_unit, "einmal im Monat"),
    Rule("future", times.resolve_future, "in Zukunft"),
    Rule("vague", times.resolve_vague, "derzeit"),
    Rule("now_adverb", times.resolve_now_adverb, "Aktuell bestehe"),
)

_GROUP = re.compile(r"\(\?P<(\w+)>")
# Characters a timex can start with; a rule whose pattern can start with anything else gets no guard.
_WORD_START = frozenset("0123456789abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")


def _first_chars(pattern: str) -> frozenset[str] | None:
    """The characters of ``_WORD_START`` a match of ``pattern`` can begin with, or None when it cannot
    tell. Read from the parsed pattern (Python's own parser), so that ``_compile`` can put a one-character
    guard before each rule: the joined regex then skips a rule at a word it cannot start, instead of
    trying its word lists. Only a speed-up: None (no guard) is always correct."""
    try:
        from re import _constants as C, _parser as P  # internal, hence the fallback
        return _first_of(list(P.parse(pattern)), C)
    except Exception:
        return None


def _first_of(items: list, C: Any) -> frozenset[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue  # zero width: the next item starts the match
        if op is C.LITERAL:
            return frozenset(out | {chr(av)} & _WORD_START) if chr(av) in _WORD_START else None
        if op is C.IN:
            got = _first_in(av, C)
            return None if got is None else frozenset(out | got)
        if op is C.SUBPATTERN:
            if av[1] & C.SRE_FLAG_IGNORECASE:
                return None  # "(?i:...)": the letters' other case may start it too
            got = _first_of(list(av[-1]), C)
            return None if got is None else frozenset(out | got)
        if op is C.BRANCH:
            if all(o in (C.ASSERT, C.ASSERT_NOT, C.AT) for branch in av[1] for o, _ in branch):
                continue  # a choice of lookbehinds is zero width too
            for branch in av[1]:
                got = _first_of(list(branch), C)
                if got is None:
                    return None
                out |= got
            return frozenset(out)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            got = _first_of(list(av[2]), C)
            if got is None:
                return None
            out |= got
            if av[0] > 0:
                return frozenset(out)
            continue  # optional: what follows may start the match too
        return None
    return None  # a pattern that can match the empty string


def _first_in(items: list, C: Any) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            if chr(av) in _WORD_START:
                out.add(chr(av))
            else:
                return None
        elif op is C.RANGE:
            out |= {ch for ch in _WORD_START if av[0] <= ord(ch) <= av[1]}
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            out |= set("0123456789")
        else:
            return None
    return out


@dataclass(frozen=True)
class _Joined:
    """Rules joined into one regex, in table order, with each rule's group indices."""
    pattern: re.Pattern[str]
    rules: dict[str, tuple[Rule, dict[str, int]]]  # rule name -> (rule, local group name -> group index)


class _Compiled:
    """The rules of one lexicon, joined into one regex per first character (characters whose rules are the
    same share one), and ``master``, the one regex of every rule, only when asked (the tests' reference;
    a worker never needs it)."""

    def __init__(self, present: list[Rule], bodies: dict[str, str], firsts: dict[str, frozenset[str] | None]):
        self._present, self._bodies = present, bodies
        unguarded = [rule for rule in present if not firsts[rule.name]]
        chars = sorted(set().union(*(f for f in firsts.values() if f)))
        # a word start some rule can begin at
        self.starts = re.compile("(?<!\\w)" + ("(?s:.)" if unguarded else "[" + re.escape("".join(chars)) + "]"))
        joined: dict[tuple[str, ...], _Joined] = {}  # rule names -> their regex, shared by characters
        self.by_first: dict[str, _Joined] = {}  # first character -> the rules that can begin with it
        for ch in chars:
            rules = [rule for rule in present if not firsts[rule.name] or ch in firsts[rule.name]]
            key = tuple(rule.name for rule in rules)
            if key not in joined:
                joined[key] = _join(rules, bodies)
            self.by_first[ch] = joined[key]
        self.other = _join(unguarded, bodies) if unguarded else None  # for any other character

    @cached_property
    def master(self) -> _Joined:
        """Every rule: the reference the per-character regexes must agree with."""
        return _join(self._present, self._bodies)

    def matches(self, text: str):
        """(match, rule, group index) of each timex of ``text``, left to right, as ``master.finditer``
        finds them. Each word start tries only the rules that can begin with its character (one regex
        per character), not all of them (the joined regex tries every rule's guard at every word)."""
        by_first, other = self.by_first, self.other
        end = 0
        for start in self.starts.finditer(text):
            at = start.start()
            if at < end:
                continue
            joined = by_first.get(text[at], other)
            m = joined.pattern.match(text, at) if joined is not None else None
            if m is not None:
                end = m.end()
                yield (m, *joined.rules[m.lastgroup])


def _join(rules: list[Rule], bodies: dict[str, str]) -> _Joined:
    pattern = re.compile("(?<!\\w)(?:" + "|".join(f"(?P<{r.name}>{bodies[r.name]})" for r in rules) + ")")
    index = {}
    for rule in rules:
        prefix = rule.name + "__"
        index[rule.name] = (rule, {k[len(prefix):]: i for k, i in pattern.groupindex.items() if k.startswith(prefix)})
    return _Joined(pattern, index)


@lru_cache(maxsize=8)
def _compile(lex: Any) -> _Compiled:
    """The rules the lexicon has a pattern for, in table order (cached per lexicon object), each with a
    guard of the characters it can begin with. A rule's own group names are prefixed with its name
    (``d`` -> ``dm__d``), so they cannot clash."""
    present = [rule for rule in RULES if rule.name in lex.patterns]
    bodies, firsts = {}, {}
    for rule in present:
        body = _GROUP.sub(lambda m, n=rule.name: f"(?P<{n}__{m.group(1)}>", lex.patterns[rule.name])
        first = _first_chars(lex.patterns[rule.name])
        guard = "(?=[" + re.escape("".join(sorted(first))) + "])" if first else ""
        bodies[rule.name], firsts[rule.name] = guard + body, first
    return _Compiled(present, bodies, firsts)


def compile_rules(lexicon: Any) -> None:
    """Compile ``lexicon``'s per-character regexes now (a toolkit's load), not in the first article (which
    asks for nearly all of them); the master regex stays uncompiled unless asked for."""
    _compile(lexicon)


def extract_timexes(text: str, tokens: tuple[Token, ...], sentences: tuple[Sentence, ...], lexicon: Any,
                    published: str | None) -> tuple[Timex, ...]:
    """Temporal expressions of ``text`` with TIMEX3 type, value, mod and anchor.

    ``published`` is the article's ISO date or date-time, or None (then
    relative expressions stay unresolved). ``lexicon`` is a ``TimeLexicon``
    (German: ``chronik.lang.de.time.TIME_LEXICON``).
    """
    comp = _compile(lexicon)
    c = Context(text, tuple(tokens), tuple(sentences), lexicon, parse_published(published))
    found: list[Found] = []
    for m, rule, index in comp.matches(text):
        c.pos = m.start()
        got = rule.resolve(Groups(m, index), c)
        found.extend(got)
        if got and got[-1].type == "DATE" and times.is_day(got[-1].value):
            c.last_day_end = got[-1].end
    out: list[Timex] = []
    for f in times.clock_days(times.merge_durations(found, c), c):
        start, end = f.start, f.end
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        out.append(Timex(start=start, end=end, text=text[start:end], type=f.type, value=f.value, mod=f.mod,
                         anchor=f.anchor if f.value is not None else None, sentence=c.sentence_of(start)))
    return tuple(out)
