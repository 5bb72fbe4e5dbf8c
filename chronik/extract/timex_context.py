"""What a timex resolver reads besides its own match: the reference time, the tense and the calendar.

``Context`` walks an article's matches left to right. It keeps the reference
time (the latest date the text resolved, at first the publication date) and
whether a narrative is open, and it reads tense cues from the tokens of a
match's clause. The rules of ``timexes.py`` say when each is used; this module
holds the state and the calendar arithmetic, so that the rules stay short.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Callable

from chronik.records import Sentence, Token

YMD = tuple[int, int | None, int | None]  # year, month or None, day or None
CLAUSE_BREAKS = frozenset(",;:–()")
TIME_UNITS = frozenset({"H", "MIN", "S"})
SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # first month of each TIMEX3 season
# News conventions, set on the KRAUTS tuning half (benchmarks/timex_krauts.py) and checked on WikiWarsDE:
# an explicit year at least NARRATIVE_GAP years before publication opens a narrative; a nearer one is the
# news' own background, and the dates around it are placed by the publication date.
NARRATIVE_GAP = 2
# A dated day up to GRACE_DAYS after publication in a past-tense clause is still this year's ("wurde auf den
# 18. Dezember verschoben"), and up to GRACE_DAYS before it in a future-tense clause too ("soll am 14. August
# ... aufgelauert haben"): tense cues err more often than news dates a day of last or next year without a year.
GRACE_DAYS = 31
HISTORY_YEARS = 10
# A tense cue outside the expression's clause counts only within TENSE_REACH tokens: the verb of a clause
# far off in a long sentence says nothing about it (KRAUTS tuning half: 8 to 24 tokens work alike).
TENSE_REACH = 15

_PREV_WORD = re.compile(r"([\w.]*)([^\w\s]?)\s*$")
_NEXT_WORD = re.compile(r"\s*(\S+)")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_published(published: str | None) -> date | None:
    """The publication date of an ISO date or date-time, None when there is none or it is malformed."""
    if not published:
        return None
    m = _ISO_DATE.match(published.strip())
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def fmt_year(y: int) -> str:
    """TIMEX3 year: astronomical year 0 is 1 BC (``BC0001``)."""
    return f"BC{-y + 1:04d}" if y <= 0 else f"{y:04d}"


def fmt(y: int, m: int | None = None, d: int | None = None) -> str:
    out = fmt_year(y)
    if m is not None:
        out += f"-{m:02d}"
        if d is not None:
            out += f"-{d:02d}"
    return out


def duration(n: float | None, unit: str) -> str:
    """TIMEX3 duration of ``n`` units (``X`` when the amount is vague): P3D, PT2H, PXY."""
    amount = "X" if n is None else (str(int(n)) if float(n).is_integer() else str(n))
    if unit == "H" and n is not None and not float(n).is_integer() and float(n * 60).is_integer():
        return f"PT{int(n * 60)}M"  # "anderthalb Stunden" PT90M, as "eine halbe Stunde" PT30M: whole minutes
    if unit in TIME_UNITS:
        return f"PT{amount}{'M' if unit == 'MIN' else unit}"
    if unit == "N":
        unit = "D"
    return f"P{amount}{unit}"


def shift(base: YMD, unit: str, n: int) -> YMD | None:
    """``base`` moved by ``n`` units (Y, M, W, D, N), None when ``base`` is too coarse for the unit."""
    y, m, d = base
    if unit == "Y":
        return (y + n, None, None)
    if unit == "M" and m is not None:
        k = y * 12 + (m - 1) + n
        return (k // 12, k % 12 + 1, None)
    if unit in ("D", "W", "N") and m is not None and d is not None and y > 0:
        dt = date(y, m, d) + timedelta(days=n * (7 if unit == "W" else 1))
        return (dt.year, dt.month, dt.day)
    return None


def week(dt: date, weeks: int = 0) -> str:
    """ISO week of ``dt`` moved by ``weeks``: ``2025-W33``."""
    iso = (dt + timedelta(days=7 * weeks)).isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def easter(y: int) -> date:
    """Easter Sunday of the Gregorian year ``y`` (the anonymous Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(y, month, day + 1)


@lru_cache(maxsize=8)
def _weak_preterite(pattern: str) -> re.Pattern[str]:
    """A compiled word-shape pattern of the lexicon (cached: one per pattern string)."""
    return re.compile(pattern)


@lru_cache(maxsize=4)
def _prefixed_forms(prefixes: tuple[str, ...], preterites: frozenset[str]) -> frozenset[str]:
    """Every prefix + strong preterite ("be" + "fanden"), built once per lexicon."""
    return frozenset(p + form for p in prefixes for form in preterites)


class Context:
    """Reference-time state while walking the matches of one article left to right."""

    def __init__(self, text: str, tokens: tuple[Token, ...], sentences: tuple[Sentence, ...], lex: Any,
                 pub: date | None):
        self.text, self.tokens, self.sentences, self.lex, self.pub = text, tokens, sentences, lex, pub
        self.starts = [s.start for s in sentences]
        self.ref: YMD | None = (pub.year, pub.month, pub.day) if pub else None
        self.ref_from_text = False
        self.narrative = False
        self.told_at = -1  # start of the latest explicit date that gave the reference time
        self.story_len = 0  # dates the open narrative placed or gave since it opened
        self.pos = 0  # start of the match being resolved
        self.last_day_end = -10  # end of the latest timex that named a day
        self.night_end: YMD | None = None  # the day a night named as "Nacht zum Samstag" ends on
        self._cues: dict[int, list[tuple[int, str]]] = {}
        self._token_starts: list[int] | None = None
        self._weak = _weak_preterite(lex.weak_preterite)
        self._participle = _weak_preterite(lex.participle)
        self._present = _weak_preterite(lex.present_verb)

    # --- the text around a match ---------------------------------------------
    def sentence_of(self, pos: int) -> int:
        return max(0, bisect_right(self.starts, pos) - 1) if self.starts else -1

    def prev_word(self, pos: int) -> tuple[str, str]:
        """The word before ``pos`` and the punctuation mark right before ``pos`` ('' when none)."""
        m = _PREV_WORD.search(self.text, max(0, pos - 30), pos)
        if not m:
            return "", ""
        return (m.group(1) or "").strip("."), m.group(2) or ""

    def line_ends(self, pos: int) -> bool:
        """Only spaces between ``pos`` and the end of its line (a heading's last word)."""
        nl = self.text.find("\n", pos, pos + 30)
        return nl >= 0 and not self.text[pos:nl].strip() or pos >= len(self.text.rstrip())

    def in_chronology(self, pos: int) -> bool:
        """Does ``pos`` open a list item (a bullet and spaces before it on its line) of a list whose item
        before or after opens with a four-digit number too (a chronology: "* 1920 Krieg", "* 1922 ...")?"""
        nl = self.text.rfind("\n", max(0, pos - 12), pos)
        if nl < 0 and pos >= 12:
            return False
        bullet = self.text[nl + 1:pos].strip()
        if bullet not in ("*", "•", "·", "-", "–"):
            return False
        item = re.compile(r"[ \t]*" + re.escape(bullet) + r"[ \t]*\d{4}(?!\d)")
        before = self.text.rfind("\n", 0, max(0, nl))
        after = self.text.find("\n", pos)
        return bool(nl >= 0 and item.match(self.text, before + 1) or after >= 0 and item.match(self.text, after + 1))

    def next_word(self, pos: int) -> str:
        m = _NEXT_WORD.match(self.text, pos, min(len(self.text), pos + 30))
        return m.group(1) if m else ""

    def words_after(self, pos: int, n: int) -> list[str]:
        """Up to ``n`` whitespace-separated words after ``pos``, lower case, trailing punctuation cut."""
        return [w.lower().rstrip(".,;:!?") for w in self.text[pos:pos + 20 * n].split(None, n)[:n]]

    def cues(self, sidx: int) -> list[tuple[int, str]]:
        """(token index, 'past'|'future'|'break') for one sentence, computed once."""
        if sidx in self._cues:
            return self._cues[sidx]
        lex, out = self.lex, []
        if 0 <= sidx < len(self.sentences):
            s = self.sentences[sidx]
            prev = ""
            sein = False  # a present form of "sein" earlier in the clause: "ist ... gestorben" is a perfect
            sein_at = -1  # the first present form of "sein" in the sentence
            clause_start = s.first_token - 1
            for i in range(s.first_token, s.last_token):
                t = self.tokens[i].text
                low = t.lower()
                if t in CLAUSE_BREAKS:
                    out.append((i, "break"))
                    sein, clause_start = False, i
                elif low in lex.sein_present:
                    sein = True
                    if sein_at < 0:
                        sein_at = i
                elif sein and t[:1].islower() and self._participle.match(low):
                    out.append((i, "perfect"))
                elif low in lex.perfect_infinitives and t[:1].islower() and (
                        self._participle.match(prev) or len(prev) >= 6 and prev.endswith("t")) \
                        and self._clause_ends_after(i, s.last_token):
                    # a perfect infinitive: the clause's modal ("soll ... ereignet haben") tells no future
                    out = [(j, k) for j, k in out if not (k == "future" and j > clause_start)]
                    out.append((i, "perfect"))
                elif low in lex.future_cues and not (low in lex.passive_auxiliaries and self._after_participle(prev)) \
                        or low.startswith(lex.future_prefixes):
                    out.append((i, "future"))
                elif low in lex.present_perfect:
                    out.append((i, "perfect"))
                elif low in lex.past_auxiliaries or low in lex.strong_preterites or (
                        t[:1].islower() and self._prefixed_preterite(low)):
                    out.append((i, "past"))
                elif (t[:1].islower() and len(t) >= 5 and self._weak.search(low)
                      and low not in lex.not_preterite and prev not in lex.determiners):
                    out.append((i, "past"))
                elif (t[:1].islower() and self._present.match(low) and low not in lex.not_present
                      and not self._participle.match(low) and prev not in lex.determiners):
                    out.append((i, "present"))  # weaker than any other cue: read only by ``tense(present=True)``
                prev = low
            first = s.first_token
            if not out and sein_at < 0 and first + 2 < s.last_token \
                    and self.tokens[first].text.lower() in lex.opening_demonstratives:
                t = self.tokens[first + 1].text
                if t[:1].islower() and len(t) >= 5 and self._weak.search(t.lower()) \
                        and t.lower() not in lex.not_preterite:
                    out.append((first + 1, "past"))  # "Das erklärte der General am Montag": the verb
            last = self._last_word(s)
            if sein_at >= 0 and last is not None and not any(i == last for i, _ in out):
                t = self.tokens[last].text
                if t[:1].islower() and self._participle.match(t.lower()):
                    # the sentence bracket: "ist ..., darunter acht Passagiere, abgestürzt" closes after asides;
                    # the perfect is the clause of its auxiliary
                    out.append((sein_at, "perfect"))
        self._cues[sidx] = out
        return out

    def _clause_ends_after(self, i: int, stop: int) -> bool:
        """Is token ``i`` the last word of its clause, or followed only by a modal ("gesehen haben soll")?"""
        if i + 1 >= stop:
            return True
        nxt = self.tokens[i + 1].text
        return not nxt[:1].isalpha() or nxt.lower() in self.lex.future_cues

    def _last_word(self, s: Sentence) -> int | None:
        """The index of the sentence's last word token (before its closing marks)."""
        for i in range(s.last_token - 1, s.first_token - 1, -1):
            if self.tokens[i].text[:1].isalpha():
                return i
        return None

    def _prefixed_preterite(self, low: str) -> bool:
        """'befanden', 'aufgaben', 'ankamen': a prefix before a strong preterite of the list."""
        return low in _prefixed_forms(self.lex.verb_prefixes, self.lex.strong_preterites)

    def _after_participle(self, prev: str) -> bool:
        """'evakuiert werden', 'eingenommen werden', 'zu werden': a passive or zu-infinitive, not the future."""
        return prev == self.lex.infinitive_marker or bool(self._participle.match(prev))

    def tense(self, sidx: int, pos: int, clause_only: bool = False, perfect: bool = False,
              present: bool = False, span_end: int | None = None) -> str | None:
        """'past', 'future' or None: the cue nearest to ``pos`` in its clause, else in its sentence.
        With ``perfect``, a present-perfect auxiliary ("hat ... zugelegt") answers 'perfect', else 'past'.
        With ``present``, a clause with a present-tense verb and no other cue answers 'present' (the verb of
        another clause, "Die Slowakei, die 2004 beitrat, übernimmt ab 1. Juli", says nothing of it).
        With ``span_end``, the cues inside the expression ``pos``-``span_end`` ("im kommenden Jahr") are none."""
        cues = self.cues(sidx)
        if span_end is not None:
            cues = [(i, k) for i, k in cues if not pos <= self.tokens[i].start < span_end]
        if not cues:
            return None
        s = self.sentences[sidx]
        lo, hi = s.first_token, s.last_token  # token index of the expression
        while lo < hi:
            mid = (lo + hi) // 2
            if self.tokens[mid].start < pos:
                lo = mid + 1
            else:
                hi = mid
        at = lo
        left = max((i for i, k in cues if k == "break" and i < at), default=-1)
        right = min((i for i, k in cues if k == "break" and i >= at), default=10**9)
        best: tuple[int, str] | None = None
        scopes = ((left, right, 10**9),) if clause_only else ((left, right, 10**9), (-1, 10**9, TENSE_REACH))
        for lo_, hi_, reach in scopes:
            for i, kind in cues:
                if kind != "break" and kind != "present" and lo_ < i < hi_:
                    d = abs(i - at)
                    if d > reach:
                        continue
                    if best is None or d < best[0]:
                        best = (d, kind)
            if best:
                return best[1] if perfect or best[1] != "perfect" else "past"
            if present and any(k == "present" and left < i < right for i, k in cues):
                return "present"
        return None

    def past_verb_beside(self, start: int, end: int) -> bool:
        """Is the word right before or right after the span ``start``-``end`` a simple-past verb of its
        sentence ("Heute wurde ...", "wurden heute ...")? The verb next to an adverb is its clause's verb."""
        sidx = self.sentence_of(start)
        if self._token_starts is None:
            self._token_starts = [t.start for t in self.tokens]
        first = bisect_right(self._token_starts, start - 1)  # the span's first token
        after = bisect_right(self._token_starts, end - 1)  # the token after the span
        return any(k == "past" and i in (first - 1, after) for i, k in self.cues(sidx))

    def tense_before(self, sidx: int) -> str | None:
        """The tense of the sentence before ``sidx`` (its last cue): a sentence with no verb ("Zeitpunkt
        des Geschehens: Sonntag, 14:45 Uhr.") goes on in the tense of the report before it."""
        if sidx <= 0 or any(k != "break" and k != "present" for _, k in self.cues(sidx)):
            return None
        kinds = [k for _, k in self.cues(sidx - 1) if k != "break" and k != "present"]
        return ("past" if kinds[-1] == "perfect" else kinds[-1]) if kinds else None

    def words_before(self, pos: int, n: int) -> list[str]:
        """The ``n`` tokens before ``pos`` in its sentence, lower case, nearest last."""
        if self._token_starts is None:
            self._token_starts = [t.start for t in self.tokens]
        at = bisect_right(self._token_starts, pos - 1)
        sidx = self.sentence_of(pos)
        first = self.sentences[sidx].first_token if 0 <= sidx < len(self.sentences) else 0
        return [t.text.lower() for t in self.tokens[max(first, at - n):at]]

    def sentence_has(self, sidx: int, words: frozenset[str]) -> bool:
        """Does a token of the sentence, lower case, belong to ``words``?"""
        if not 0 <= sidx < len(self.sentences):
            return False
        s = self.sentences[sidx]
        return any(self.tokens[i].text.lower() in words for i in range(s.first_token, s.last_token))

    def after_any(self, pos: int, phrases: tuple[str, ...]) -> bool:
        """Do the words right before ``pos`` (in its sentence, any case) end with one of ``phrases``?"""
        before = " ".join(self.words_before(pos, 3))
        return any(before == p or before.endswith(" " + p) for p in phrases)

    def habitual(self, sidx: int, pos: int) -> bool:
        """Does a habitual word ('jeweils', 'wochentags') come before ``pos`` in its sentence?"""
        if not 0 <= sidx < len(self.sentences):
            return False
        s = self.sentences[sidx]
        return any(self.tokens[i].text.lower() in self.lex.habitual_cues
                   for i in range(s.first_token, s.last_token) if self.tokens[i].start < pos)

    def in_parentheses(self, sidx: int) -> bool:
        """Is the current match inside an open parenthesis of its sentence ("ab 1929 Jugoslawien)")?"""
        if not 0 <= sidx < len(self.sentences):
            return False
        start = self.sentences[sidx].start
        return self.text.rfind("(", start, self.pos) > self.text.rfind(")", start, self.pos)

    def is_aside(self, sidx: int) -> bool:
        """A perfect or pluperfect sentence mentions history without telling it."""
        if not 0 <= sidx < len(self.sentences):
            return False
        s = self.sentences[sidx]
        return any(self.tokens[i].text.lower() in self.lex.perfect_auxiliaries
                   for i in range(s.first_token, s.last_token))

    def clause_around(self, sidx: int, pos: int) -> range:
        """The tokens of the clause of sentence ``sidx`` that holds the character ``pos``: between the
        clause breaks (commas, dashes ...) around it."""
        s, cues = self.sentences[sidx], self.cues(sidx)
        lo = max((i for i, k in cues if k == "break" and self.tokens[i].start < pos), default=s.first_token - 1)
        hi = min((i for i, k in cues if k == "break" and self.tokens[i].start > pos), default=s.last_token)
        return range(lo + 1, hi)

    def perfect_clause(self, sidx: int, pos: int) -> bool:
        """Is the clause of ``pos`` in the perfect or pluperfect ("hat ... gebrochen", "hatte im Dezember ...
        gebrochen", "war ... zurückgetreten")? A finite "haben" or a participle after a "sein" past."""
        if not 0 <= sidx < len(self.sentences):
            return False
        lex = self.lex
        words = [self.tokens[i].text for i in self.clause_around(sidx, pos)]
        if any(w.lower() in lex.perfect_auxiliaries for w in words):
            return True
        at = next((j for j, w in enumerate(words) if w.lower() in lex.sein_past), -1)
        return at >= 0 and any(w[:1].islower() and self._participle.match(w.lower()) for w in words[at + 1:])

    def bounded_state(self, sidx: int, pos: int) -> bool:
        """Is ``pos`` the bound of a state ("ist bis 30. April geöffnet", "ist ab 1. Mai gesperrt", "sollen bis
        Ende Mai abgeschlossen sein")? A participle with "sein" and "bis"/"ab" before the date is a state that
        lasts until or from then (the stative passive, or a deadline), no perfect of something past: the clause
        has a "sein" and no past auxiliary or simple past ("war bis 1990 geöffnet", "hat bis Mai gearbeitet")."""
        lex = self.lex
        if not any(w in lex.state_bounds for w in self.words_before(pos, 2)):
            return False
        clause = self.clause_around(sidx, pos)
        if any(k == "past" for i, k in self.cues(sidx) if i in clause):
            return False
        words = [self.tokens[i].text.lower() for i in clause]
        return any(w in lex.sein_present or w in lex.state_infinitives for w in words) \
            and not any(w in lex.past_auxiliaries for w in words)

    def narrates_here(self, sidx: int) -> bool:
        """Does the text tell its story here? The nearest sentence before this one in its paragraph that has a
        tense says it: a simple past goes on with the story, a present ("Noch sind Hindernisse zu überwinden")
        is back in the news. With none, the story is told when the paragraph holds its explicit date or the
        story has placed more dates than the one that opened it. A (plu)perfect clause after a year only named
        in an earlier paragraph is news: "Sie hatte im Dezember ihr Schweigen gebrochen" is last December."""
        lex = self.lex
        start = self.sentences[sidx].start
        par = self.text.rfind("\n", 0, start) + 1
        for j in range(sidx - 1, -1, -1):
            s = self.sentences[j]
            if s.start < par:
                break
            kinds = {k for i, k in self.cues(j) if k != "break"
                     and not (k == "past" and self.tokens[i].text.lower() in lex.perfect_auxiliaries)}
            if "past" in kinds:
                return True
            if not kinds - {"present"} and ("present" in kinds or any(
                    self.tokens[i].text.lower() in lex.sein_present for i in range(s.first_token, s.last_token))):
                return False
        return self.told_at >= par or self.story_len > 0

    # --- state ---------------------------------------------------------------
    def explicit(self, y: int, m: int | None, d: int | None, sidx: int) -> None:
        """An explicit, year-bearing date: update the reference and the narrative state.
        An aside (perfect/pluperfect sentence, parenthesis, a bound "seit 2009", "bis 1915") inside an open
        narrative changes nothing, and opens none."""
        aside = (self.is_aside(sidx) or self.in_parentheses(sidx)
                 or any(w in self.lex.bound_words for w in self.words_before(self.pos, 2)))
        later = self.ref is not None and (y, m or 0, d or 0) > (self.ref[0], self.ref[1] or 0, self.ref[2] or 0)
        if self.narrative and aside and y < (self.pub.year if self.pub else 10**4) and not (later and self.is_aside(sidx)):
            return  # a flashback; a perfect-tense sentence that moves the story on is no flashback
        self.ref, self.ref_from_text, self.told_at = (y, m, d), True, self.pos
        if self.pub is not None:
            if y > self.pub.year - NARRATIVE_GAP:
                self.narrative = False
            elif not aside:
                self.story_len = self.story_len + 1 if self.narrative else 0
                self.narrative = True

    def history(self) -> bool:
        """Is a narrative open whose time lies HISTORY_YEARS or more before publication? Then "heute" is
        "nowadays"; a news article's background year a few years back leaves "heute" the publication day."""
        return self.narrative and self.ref is not None and self.pub is not None and \
            self.ref[0] <= self.pub.year - HISTORY_YEARS

    def deictic(self) -> str:
        """Anchor of an expression resolved against the publication date; it closes a narrative."""
        self.narrative = False
        return "published"

    def set_ref(self, y: int, m: int | None, d: int | None, anchor: str | None) -> None:
        self.ref = (y, m, d)
        self.ref_from_text = anchor != "published" or self.ref_from_text

    def ref_anchor(self) -> str:
        return "narrative" if self.ref_from_text else "published"

    def year_for(self, month: int, dom: int | None, sidx: int, pos: int) -> tuple[int | None, str | None]:
        """The year of a year-less month (``dom`` None) or day: the narrative's, or the one the tense and the
        publication date give: past the last such date, future the next one, neither the nearest one."""
        t = self.tense(sidx, pos, perfect=True, present=True) if self.pub is not None or self.narrative else None
        if t == "future" and self.narrative:
            t = self.tense(sidx, pos, clause_only=True, perfect=True)  # future-in-past ("sollten") of a story
        if self.pub is not None and not self.history() and self.after_any(pos, self.lex.scheduling_cues):
            t = "future"  # "für den 1. April angesetzt": scheduled, whatever the tense of the report
        since = self.pub is not None and self.after_any(pos, self.lex.since_cues)
        if since:
            t = "past"  # "seit dem 3. März ist er im Amt": a state that began then, whatever the tense
        # a history takes every clause that is not future; a recent story (a news article's background) only
        # simple-past ones: "Der Verein wurde 2009 gegründet. Am 14. Mai feiert er" is this May, and so is
        # "Die FPÖ hat im Mai zugelegt" (the present perfect of news)
        if t == "perfect" and self.pub is not None and self.bounded_state(sidx, pos):
            t = "present"  # "Die Ausstellung ist bis 30. April geöffnet": open until the coming 30 April
        history = self.history() or self.pub is None
        story = t == "past" or t == "perfect" and history or t in (None, "present") and history
        if t == "perfect":
            t = "past"
        # the present tense of news with a date ahead is the coming date ("übernimmt ab 1. Juli", "findet am 3.
        # Oktober statt" in March): never last year's; one long gone is next year's, as with no cue
        ahead_only = t == "present"
        if ahead_only:
            t = None
        if t == "future" and self.history() and self.ref is not None:
            # the future of a history is its own ("Bereits am 8. November wird ... erlassen"): the next such day
            ref_key = (self.ref[1] or 0, self.ref[2] or 0)
            return self.ref[0] + (1 if (month, dom or 0) < ref_key else 0), "narrative"
        if story and self.narrative and self.pub is not None and t == "past" and self.perfect_clause(sidx, pos) \
                and not self.narrates_here(sidx):
            story = False  # news look back on a recent month, not the story of an earlier year
        if self.ref is not None and story and (self.narrative or (self.pub is None and self.ref_from_text)):
            self.story_len += 1
            return self.ref[0], "narrative"
        if self.pub is None:
            return None, None
        p = self.pub
        y = p.year
        self.narrative = False  # placed by the publication date, like any deictic expression
        if dom is None:  # a month: compared by months
            ahead = month - p.month
            if t == "past" and ahead > 0 or t is None and ahead > 6 and not ahead_only:
                y -= 1
            elif t == "future" and ahead < 0 or t is None and ahead < -6:
                y += 1
            return y, "published"
        try:
            days = (date(y, month, dom) - p).days
        except ValueError:  # 29 February of a common year
            days = (month - p.month) * 30 + dom - p.day
        if t == "past" and days > (0 if since else GRACE_DAYS) or t is None and days > 182 and not ahead_only:
            y -= 1
        elif t == "future" and days < -GRACE_DAYS or t is None and days < -182:
            y += 1
        return y, "published"

    def news_clause(self, pos: int, end: int) -> bool:
        """Is the clause of ``pos`` news inside a recent story: a narrative under HISTORY_YEARS back is open
        and the clause is in the present or the future ("Der Prozess begann 2011. In diesem Jahr soll er
        freikommen")? A recent story gives its year to past-tense clauses only (``year_for``); a history's
        future is its own."""
        if not self.narrative or self.pub is None or self.history():
            return False
        sidx = self.sentence_of(pos)
        t = self.tense(sidx, pos, perfect=True, present=True, span_end=end)
        if t == "future":  # future-in-past ("sollten") of a story
            t = self.tense(sidx, pos, clause_only=True, perfect=True, span_end=end)
        return t in ("present", "future")

    def this_year(self) -> tuple[int | None, str | None]:
        """'des Jahres', 'in diesem Jahr': the narrative year when one is open, else the publication year."""
        if self.ref is not None and (self.narrative or (self.pub is None and self.ref_from_text)):
            return self.ref[0], "narrative"
        if self.pub is None:
            return None, None
        return self.pub.year, "published"


@dataclass(frozen=True, slots=True)
class Found:
    """One timex a resolver found, before the text and sentence are filled in."""

    start: int
    end: int
    type: str
    value: str | None
    mod: str | None = None
    anchor: str | None = None
    clock: str | None = None  # "HH:MM" of a clock time: its day may come from later in its sentence


class Groups:
    """The named groups of one rule's match, by the names its own pattern gave them."""

    __slots__ = ("_m", "_index", "start", "end")

    def __init__(self, m: re.Match[str], index: dict[str, int]):
        self._m, self._index, self.start, self.end = m, index, m.start(), m.end()

    def __getitem__(self, name: str) -> str | None:
        return self._m.group(self._index[name])

    def get(self, name: str) -> str | None:
        """The group, or None where this rule's pattern has no group of that name."""
        i = self._index.get(name)
        return None if i is None else self._m.group(i)

    def start_of(self, name: str) -> int:
        """Where the group begins in the text (-1 when it did not take part)."""
        return self._m.start(self._index[name])


Resolve = Callable[[Groups, Context], list[Found]]


def num_value(s: str, numbers: dict[str, float]) -> float | None:
    """A number written in digits ("2,5") or as a word ("drei")."""
    s = s.rstrip("-")
    if s[:1].isdigit():
        if "." in s:  # "14.000": a thousands separator (the patterns admit only groups of three after it)
            return float(s.replace(".", ""))
        return float(s.replace(",", "."))
    low = s.lower()
    if low not in numbers and "und" in low[3:]:  # "fünfundvierzig": units "und" tens
        unit, _, tens = low.partition("und")
        if numbers.get(unit, 0) in range(1, 10) and numbers.get(tens, 0) in range(20, 100, 10):
            return numbers[unit] + numbers[tens]
    return numbers.get(low)


def relative(word: str, lex: Any, narrative: bool = False) -> tuple[int, bool, bool]:
    """(offset, deictic?, this-period?) of a relative adjective. Inside an open narrative, and for
    days, "nächsten" means the next one of the story (narrative_relatives)."""
    w = word.lower()
    if narrative and w in lex.narrative_relatives:
        return lex.deictic_relatives[w], False, False
    if w in lex.deictic_relatives:
        return lex.deictic_relatives[w], True, False
    off = lex.anaphoric_relatives.get(w, 0)
    this = off == 0 and not w.startswith(lex.same_prefixes)
    return off, False, this
