"""German temporal expressions, normalized to TIMEX3 values.

``extract_timexes`` runs one compiled regex (built from a ``TimeLexicon``)
over the text, then resolves each match left to right, keeping a small
reference-time state. Spans follow the TIMEX convention: a leading
preposition or article (``am``, ``im``, ``in``, ``seit``) is not part of the
span; modifiers that change the value are (``Anfang 2025``, ``vor 80
Jahren``, ``etwa 1945``, ``vergangenen Samstag``).

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
  später``, ``am selben Tag``) count from the reference time: the latest date
  the text itself resolved, or the publication date before the text gave one.
- Past or future for weekdays, bare months and day-months comes from tense
  cues over the tokens of the expression's clause (nearest cue wins, else the
  sentence's): future cues (``wird``/``werden``, ``soll``, ``erwartet``,
  ``bevorstehend`` ...) pick the next such day (the publication day included),
  past cues (auxiliaries ``hat``/``hatte``/``war``/``wurde``, a lower-case
  ``-te``/``-ten`` verb that does not follow an article, common strong
  preterites) pick the last one; with no cue the present tense of news
  ("Am Freitag treffen sich ...") means the next one. ``vergangenen``/``kommenden``
  force the direction and exclude the publication day itself.

Narrative rule (year-less dates)
--------------------------------
A year-less expression (``am 14. November``, ``im April``, ``im Sommer``,
``Anfang des Jahres``, ``in diesem Jahr``) takes the year of the narrative
only while a narrative is *open*; otherwise it is placed by the publication
date and tense. A narrative opens at an explicit date whose year lies before
the publication year, in a sentence that is not a perfect or pluperfect
aside: a sentence with a finite ``haben`` auxiliary (``Das Land hatte am 8.
Mai 1945 kapituliert``, ``die Armee hat im Herbst 2023 Truppen entsandt``)
mentions history without telling it, so it opens nothing; a simple-past or
verbless sentence (``Am 1. September 1939 begann ...``, a heading ``Der
Angriff auf Polen 1939``) does. The narrative closes at an explicit date in
the publication year or later and at any deictic expression resolved against
the publication date. A future-tense sentence never takes the narrative year.
Without a publication date, the latest explicit date of the text is the only
anchor year-less expressions can have, and they use it.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from chronik.records import Sentence, Timex, Token

_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_CLAUSE_BREAKS = frozenset(",;:–()")
_TIME_UNITS = frozenset({"H", "MIN", "S"})
# Weak preterite shape: a consonant other than t before -te(n) ("lobten", "sagte"), or
# -ete(n) after t/d ("berichteten"); "beraten", "bieten", "arbeiten" do not fit it.
_WEAK_PRETERITE = re.compile(r"(?:[b-df-hj-np-sv-zß]te|[td]ete)n?$")


def _alt(words: Any, capitalize: bool = True) -> str:
    forms: set[str] = set()
    for word in words:
        forms.add(word)
        if capitalize:
            forms.add(word[:1].upper() + word[1:])
    return "(?:" + "|".join(re.escape(w) for w in sorted(forms, key=lambda w: (-len(w), w))) + ")"


@dataclass(frozen=True)
class _Compiled:
    master: re.Pattern[str]
    prev_word: re.Pattern[str]
    next_word: re.Pattern[str]
    number_words: dict[str, float]
    quantity_mods: dict[str, str]
    phases: dict[str, str | None]


@lru_cache(maxsize=8)
def _compile(lex: Any) -> _Compiled:
    """Build the master regex from the lexicon (cached per lexicon object)."""
    sp = r"\s+"
    mon = "(?:" + "|".join(sorted((w[:1].upper() + w[1:] for w in lex.months), key=len, reverse=True)) + ")"
    mabbr = "(?:" + "|".join(w[:1].upper() + w[1:] for w in sorted(lex.month_abbreviations, key=len, reverse=True)) + r")\."
    anymon = f"(?:{mon}|{mabbr})"
    day = r"(?:0?[1-9]|[12]\d|3[01])"
    y4 = r"(?<![\d.,'’])(?:1\d\d\d|20\d\d)(?![\d]|[.,'’]\d)"
    bc = f"(?:{lex.bc_suffix})"
    ad = f"(?:{lex.ad_suffix})"
    era_year = rf"(?:{y4}|\d{{1,4}}(?=\s*(?:{lex.bc_suffix}|{lex.ad_suffix})))"
    weekday = "(?:" + "|".join(w[:1].upper() + w[1:] for w in sorted(lex.weekdays, key=len, reverse=True)) + ")"
    weekday_set = _alt((w + "s" for w in lex.weekdays), capitalize=True)
    dpart = _alt(lex.day_parts)
    dp_suffix = "(?:" + "|".join(sorted(lex.day_parts, key=len, reverse=True)) + ")"
    dp_adv = _alt(lex.day_part_adverbs, capitalize=False)
    season = _alt(lex.seasons)
    numw = _alt(lex.number_words)
    num = rf"(?:\d+(?:,\d+)?|{numw})"
    quant = _alt(lex.vague_quantities)
    unit = _alt(lex.units)
    unit_dat = _alt(lex.units_dative)
    rel = _alt(list(lex.deictic_relatives) + list(lex.anaphoric_relatives))
    period = _alt(lex.periods)
    phase = _alt(lex.phases)
    phase_cmp = _alt(lex.phase_compounds)
    rel_noun = _alt(lex.relative_nouns)
    rel_day = "(?:" + "|".join(
        w if w == "morgen" else f"{w}|{w[:1].upper() + w[1:]}" for w in sorted(lex.relative_days, key=len, reverse=True)
    ) + ")"
    shift = _alt(lex.shift_words, capitalize=False)
    qmod = _alt(lex.quantity_mods)
    vague = _alt(lex.vague)
    sets = _alt(lex.sets)
    set_q = _alt(lex.set_quantifiers)
    ordinal = _alt(lex.ordinals, capitalize=False)
    dur_suffix = _alt(lex.duration_suffixes, capitalize=False)
    long_dur = _alt(lex.long_durations)
    num_stem = _alt(lex.number_words)
    decade = _alt(lex.decade_words)
    of_year = lex.of_year
    end = r"(?!\w)"
    alternatives = [
        ("iso", rf"(?P<iso_y>\d{{4}})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?:T(?P<iso_h>\d\d):(?P<iso_mi>\d\d)(?::\d\d)?)?(?!\d)"),
        ("num", rf"(?<![\d.])(?P<num_d>{day})\.(?P<num_m>0?[1-9]|1[0-2])\.(?P<num_y>(?:1\d|20)\d\d|\d\d)(?!\d|[.,]\d)"),
        ("dm", rf"(?:(?P<dm_dp>(?:(?:früh|spät)(?:en)?{sp})?{dpart}|{phase}){sp}(?:des|vom){sp})?"
               rf"(?P<dm_d>{day})\.\s?(?P<dm_m>{anymon})s?"
               rf"(?:,?{sp}(?P<dm_y>{era_year})(?:\s*(?P<dm_bc>{bc})|\s*{ad})?|{sp}(?P<dm_of>{of_year}|des{sp}{rel}{sp}{lex.year_word}s?)|(?={sp}{lex.clock}))?{end}"),
        ("dr", rf"(?:(?P<dr_n>{lex.night_from}){sp})?(?P<dr_d>{day})\.(?=\s*{lex.day_range}\s*(?:{lex.article}{sp})?{day}\.\s?(?P<dr_m>{anymon})(?:{sp}(?P<dr_y>{y4}))?)"),
        ("wd", rf"(?:(?P<wd_r>{rel}){sp})?(?P<wd_w>{weekday})(?P<wd_dp>{dp_suffix})?"
               rf"(?:\s*,\s*(?:{lex.article}{sp})?(?P<wd_d>{day})\.\s?(?P<wd_m>{anymon})(?:{sp}(?P<wd_y>{y4}))?)?{end}"),
        ("wds", rf"{weekday_set}{end}"),
        ("ago", rf"{lex.ago}{sp}(?:(?P<ago_n>{num}|{quant}){sp})?(?P<ago_u>{unit_dat}){end}"),
        ("cent", rf"(?:(?P<ce_p>{phase}){sp}(?:{lex.of_the}{sp})?)?(?P<ce_n>\d{{1,2}})\.\s?(?:{lex.century_word})(?P<ce_bc>\s*{bc})?"),
        ("dec", rf"(?:(?P<de_p>{phase}){sp}(?:{lex.of_the}{sp})?)?(?:(?P<de_n>(?:1\d|20)?\d0){lex.decade_suffix}|(?P<de_w>{decade}){sp}Jahre[ns]?){end}"),
        ("qu", rf"(?P<qu_o>{ordinal}){sp}(?P<qu_u>Quartals?|Halbjahr(?:es|s)?|Jahreshälfte)(?:{sp}(?P<qu_y>{y4})|{sp}(?P<qu_of>{of_year}))?{end}"),
        ("rel", rf"(?:(?P<rl_p>{phase}){sp}(?:{lex.of_the}{sp})?)?(?P<rl_r>{rel}){sp}(?:(?P<rl_n>{num}){sp})?(?P<rl_u>{period}){end}"),
        ("po", rf"(?P<po_p>{phase}){sp}(?:des|der){sp}(?P<po_u>{period})(?:{sp}(?P<po_y>{y4}))?{end}"),
        ("cmp", rf"(?P<cp_w>{phase_cmp})(?:{sp}(?P<cp_y>{y4}))?{end}"),
        ("rn", rf"(?P<rn_w>{rel_noun}){end}"),
        ("ssn", rf"(?:(?P<ss_r>{rel}){sp})?(?:(?P<ss_a>früh|spät|Früh|Spät)(?:en)?{sp})?(?P<ss_w>{season})"
                rf"(?:{sp}(?:{of_year}{sp})?(?P<ss_y>{era_year})(?P<ss_bc>\s*{bc})?|{sp}(?P<ss_of>{of_year}|des{sp}{rel}{sp}{lex.year_word}s?))?{end}"),
        ("my", rf"(?:(?P<my_p>{phase}){sp})?(?P<my_m>{anymon})(?:{sp}(?P<my_y>{era_year})(?P<my_bc>\s*{bc})?|{sp}(?P<my_of>{of_year}|des{sp}{rel}{sp}{lex.year_word}s?))?(?!\w)"
               rf"(?:(?=\s*{lex.day_range}\s*{anymon}{sp}(?P<my_ly>{y4})))?"),
        ("yr", rf"(?:(?P<yr_p>{phase}){sp}(?:{of_year}{sp})?|(?P<yr_q>{qmod}){sp}(?:(?:das|dem){sp}{lex.year_word}{sp})?)?"
               rf"(?:(?P<yr_j>{lex.year_word}){sp})?(?P<yr_y>{era_year})(?P<yr_bc>\s*{bc})?(?P<yr_ad>\s*{ad})?(?!\w)"),
        ("rd", rf"(?P<rd_w>{rel_day})(?:{sp}(?P<rd_dp>{dp_adv}|{dpart}))?{end}"),
        ("tm", rf"(?P<tm_h>[01]?\d|2[0-3])(?:[:.](?P<tm_m>[0-5]\d))?\s?{lex.clock}(?:{sp}(?P<tm_m2>[0-5]\d)(?![\d,.]\d))?(?:{sp}(?P<tm_dp>{dp_adv}))?{end}"),
        ("dur", rf"(?:(?P<du_a>{lex.after}){sp})?(?:(?P<du_q>{qmod}){sp})?(?P<du_n>{num}|{quant}){sp}(?P<du_u>{unit})(?:{sp}(?P<du_s>{shift}))?{end}"),
        ("ad", rf"(?P<ad_n>{num_stem}|\d+-?)(?P<ad_u>{dur_suffix})(?:e|en|er|es|em)?{end}"),
        ("ld", rf"(?P<ld_w>{long_dur})(?:e|en|er|es|em)?{end}"),
        ("dq", rf"(?P<dq_dp>{dpart}){sp}(?P<dq_r>{lex.of_day})"),
        ("sl", rf"{lex.since}{sp}(?P<sl_u>{unit_dat}|{lex.long_time}){end}"),
        ("ts", rf"(?P<ts_u>Tag|Jahr|Monat|tags)(?:{sp})(?P<ts_s>{shift}){end}"),
        ("set", rf"(?P<st_w>{sets})(?:e|en|er|es|em)?{end}|(?P<st_q>{set_q}){sp}(?P<st_u>Tag|Woche|Monat|Jahr|Stunde){end}"),
        ("fut", lex.future_phrase + end),
        ("vg", rf"(?P<vg_w>{vague}){end}"),
    ]
    master = "(?<!\\w)(?:" + "|".join(f"(?P<{name}>{body})" for name, body in alternatives) + ")"
    return _Compiled(
        master=re.compile(master),
        prev_word=re.compile(r"([\w.]*)([^\w\s]?)\s*$"),
        next_word=re.compile(r"\s*(\S+)"),
        number_words={k.lower(): v for k, v in lex.number_words.items()},
        quantity_mods=lex.quantity_mods,
        phases=lex.phases,
    )


def _parse_published(published: str | None) -> date | None:
    if not published:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", published.strip())
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _fmt_year(y: int) -> str:
    return f"BC{-y + 1:04d}" if y <= 0 else f"{y:04d}"


def _fmt(y: int, m: int | None = None, d: int | None = None) -> str:
    out = _fmt_year(y)
    if m is not None:
        out += f"-{m:02d}"
        if d is not None:
            out += f"-{d:02d}"
    return out


def _num_value(s: str, numbers: dict[str, float]) -> float | None:
    s = s.rstrip("-")
    if s[:1].isdigit():
        return float(s.replace(",", "."))
    return numbers.get(s.lower())


def _duration(n: float | None, unit: str) -> str:
    amount = "X" if n is None else (str(int(n)) if float(n).is_integer() else str(n))
    if unit in _TIME_UNITS:
        return f"PT{amount}{'M' if unit == 'MIN' else unit}"
    if unit == "N":
        unit = "D"
    return f"P{amount}{unit}"


class _Resolver:
    """Reference-time state while walking the matches left to right."""

    def __init__(self, text: str, tokens: tuple[Token, ...], sentences: tuple[Sentence, ...], lex: Any,
                 pub: date | None, comp: _Compiled):
        self.text, self.tokens, self.sentences, self.lex, self.pub, self.c = text, tokens, sentences, lex, pub, comp
        self.starts = [s.start for s in sentences]
        self.ref: tuple[int, int | None, int | None] | None = (pub.year, pub.month, pub.day) if pub else None
        self.ref_from_text = False
        self.narrative = False
        self.pos = 0  # start of the match being resolved
        self._cues: dict[int, list[tuple[int, str]]] = {}

    # --- context -----------------------------------------------------------
    def sentence_of(self, pos: int) -> int:
        return max(0, bisect_right(self.starts, pos) - 1) if self.starts else -1

    def prev_word(self, pos: int) -> tuple[str, str]:
        """The word before ``pos`` and the punctuation mark right before ``pos`` ('' when none)."""
        m = self.c.prev_word.search(self.text, max(0, pos - 30), pos)
        if not m:
            return "", ""
        return (m.group(1) or "").strip("."), m.group(2) or ""

    def line_ends(self, pos: int) -> bool:
        """Only spaces between ``pos`` and the end of its line (a heading's last word)."""
        nl = self.text.find("\n", pos, pos + 30)
        return nl >= 0 and not self.text[pos:nl].strip() or pos >= len(self.text.rstrip())

    def next_word(self, pos: int) -> str:
        m = self.c.next_word.match(self.text, pos, min(len(self.text), pos + 30))
        return m.group(1) if m else ""

    def cues(self, sidx: int) -> list[tuple[int, str]]:
        """(token index, 'past'|'future'|'break') for one sentence, computed once."""
        if sidx in self._cues:
            return self._cues[sidx]
        lex, out = self.lex, []
        if 0 <= sidx < len(self.sentences):
            s = self.sentences[sidx]
            prev = ""
            for i in range(s.first_token, s.last_token):
                t = self.tokens[i].text
                low = t.lower()
                if t in _CLAUSE_BREAKS:
                    out.append((i, "break"))
                elif low in lex.future_cues or low.startswith(lex.future_prefixes):
                    out.append((i, "future"))
                elif low in lex.past_auxiliaries or low in lex.strong_preterites:
                    out.append((i, "past"))
                elif (t[:1].islower() and len(t) >= 5 and _WEAK_PRETERITE.search(low)
                      and low not in lex.not_preterite and prev not in lex.determiners):
                    out.append((i, "past"))
                prev = low
        self._cues[sidx] = out
        return out

    def tense(self, sidx: int, pos: int, clause_only: bool = False) -> str | None:
        cues = self.cues(sidx)
        if not cues:
            return None
        s = self.sentences[sidx]
        # token index of the expression
        lo, hi = s.first_token, s.last_token
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
        for scope in ((left, right),) if clause_only else ((left, right), (-1, 10**9)):
            for i, kind in cues:
                if kind != "break" and scope[0] < i < scope[1]:
                    d = abs(i - at)
                    if best is None or d < best[0]:
                        best = (d, kind)
            if best:
                return best[1]
        return None

    def in_parentheses(self, sidx: int) -> bool:
        """Is the current match inside an open parenthesis of its sentence ("ab 1929 Jugoslawien)")?"""
        if not 0 <= sidx < len(self.sentences):
            return False
        start = self.sentences[sidx].start
        return self.text.rfind("(", start, self.pos) > self.text.rfind(")", start, self.pos)

    def is_aside(self, sidx: int) -> bool:
        if not 0 <= sidx < len(self.sentences):
            return False
        s = self.sentences[sidx]
        return any(self.tokens[i].text.lower() in self.lex.perfect_auxiliaries
                   for i in range(s.first_token, s.last_token))

    # --- state -------------------------------------------------------------
    def explicit(self, y: int, m: int | None, d: int | None, sidx: int) -> None:
        """An explicit, year-bearing date: update the reference and the narrative state.
        An aside (perfect/pluperfect sentence) inside an open narrative changes nothing."""
        aside = self.is_aside(sidx) or self.in_parentheses(sidx)
        if self.narrative and aside and y < (self.pub.year if self.pub else 10**4):
            return
        self.ref, self.ref_from_text = (y, m, d), True
        if self.pub is not None:
            if y >= self.pub.year:
                self.narrative = False
            elif not aside:
                self.narrative = True

    def deictic(self) -> str:
        self.narrative = False
        return "published"

    def set_ref(self, y: int, m: int | None, d: int | None, anchor: str | None) -> None:
        self.ref = (y, m, d)
        self.ref_from_text = anchor != "published" or self.ref_from_text

    def ref_anchor(self) -> str:
        return "narrative" if self.ref_from_text else "published"

    def year_for(self, month: int, dom: int, sidx: int, pos: int) -> tuple[int | None, str | None]:
        """The year of a year-less month or day: narrative, or publication date and tense."""
        t = self.tense(sidx, pos) if self.pub is not None or self.narrative else None
        if t == "future" and self.narrative:
            t = self.tense(sidx, pos, clause_only=True)  # future-in-past ("sollten") of a story elsewhere
        if self.ref is not None and t != "future" and (self.narrative or (self.pub is None and self.ref_from_text)):
            return self.ref[0], "narrative"
        if self.pub is None:
            return None, None
        y, key, pkey = self.pub.year, (month, dom), (self.pub.month, self.pub.day)
        if t == "past" and key > pkey:
            y -= 1
        elif t == "future" and key < pkey:
            y += 1
        return y, "published"

    def this_year(self) -> tuple[int | None, str | None]:
        """'des Jahres', 'in diesem Jahr': the narrative year when one is open, else the publication year."""
        if self.ref is not None and (self.narrative or (self.pub is None and self.ref_from_text)):
            return self.ref[0], "narrative"
        if self.pub is None:
            return None, None
        return self.pub.year, "published"


# --- handlers: one per alternative of the master regex ------------------------
# Each returns a list of (start, end, type, value, mod, anchor).

_Result = tuple[int, int, str, str | None, str | None, str | None]


def _month(word: str, lex: Any) -> int:
    key = word.lower().rstrip(".")
    if key in lex.months:
        return lex.months[key]
    return lex.month_abbreviations.get(key, lex.months.get(key.rstrip("s"), 0))


def _era(y: int, bc: str | None) -> int:
    return 1 - y if bc else y


def _shift(base: tuple[int, int | None, int | None], unit: str, n: int) -> tuple[int, int | None, int | None] | None:
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


def _week(dt: date, weeks: int = 0) -> str:
    iso = (dt + timedelta(days=7 * weeks)).isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _h_iso(m: re.Match[str], r: _Resolver) -> list[_Result]:
    y, mo, d = int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return []
    r.explicit(y, mo, d, r.sentence_of(m.start()))
    if m["iso_h"]:
        return [(m.start(), m.end(), "TIME", f"{_fmt(y, mo, d)}T{m['iso_h']}:{m['iso_mi']}", None, None)]
    return [(m.start(), m.end(), "DATE", _fmt(y, mo, d), None, None)]


def _h_num(m: re.Match[str], r: _Resolver) -> list[_Result]:
    d, mo, ys = int(m["num_d"]), int(m["num_m"]), m["num_y"]
    y = int(ys)
    if len(ys) == 2:
        pivot = (r.pub.year % 100 + 5) if r.pub else 30
        y += 1900 if y > pivot else 2000
    r.explicit(y, mo, d, r.sentence_of(m.start()))
    return [(m.start(), m.end(), "DATE", _fmt(y, mo, d), None, None)]


def _h_dm(m: re.Match[str], r: _Resolver) -> list[_Result]:
    lex, sidx = r.lex, r.sentence_of(m.start())
    d, mo = int(m["dm_d"]), _month(m["dm_m"], lex)
    anchor = None
    if m["dm_y"]:
        y = _era(int(m["dm_y"]), m["dm_bc"])
        r.explicit(y, mo, d, sidx)
    elif m["dm_of"]:
        rel = m["dm_of"].split()
        off = lex.anaphoric_relatives.get(rel[1], None) if len(rel) > 2 else 0
        if off is None:
            off = lex.deictic_relatives.get(rel[1], 0)
        if off == 0:
            y, anchor = r.this_year()
        else:
            y, anchor = (r.ref[0] + off, r.ref_anchor()) if r.ref else (None, None)
    else:
        y, anchor = r.year_for(mo, d, sidx, m.start())
    if y is None:
        value = f"XXXX-{mo:02d}-{d:02d}"
    else:
        value = _fmt(y, mo, d)
        if not m["dm_y"]:
            r.set_ref(y, mo, d, anchor)
    dp = m["dm_dp"]
    part = lex.day_parts.get(dp.split()[-1].lower()) if dp else None
    if part:
        return [(m.start(), m.end(), "TIME", f"{value}T{part}", None, anchor)]
    return [(m.start(), m.end(), "DATE", value, None, anchor)]


def _h_dr(m: re.Match[str], r: _Resolver) -> list[_Result]:
    d, mo = int(m["dr_d"]), _month(m["dr_m"], r.lex)
    if m["dr_y"]:
        y, anchor = int(m["dr_y"]), None
    else:
        y, anchor = r.year_for(mo, d, r.sentence_of(m.start()), m.start())
    value = f"XXXX-{mo:02d}-{d:02d}" if y is None else _fmt(y, mo, d)
    if m["dr_n"]:
        return [(m.start(), m.end(), "TIME", value + "TNI", None, anchor)]
    return [(m.start(), m.end(), "DATE", value, None, anchor)]


def _h_wd(m: re.Match[str], r: _Resolver) -> list[_Result]:
    lex = r.lex
    if m["wd_d"]:
        d, mo = int(m["wd_d"]), _month(m["wd_m"], lex)
        if m["wd_y"]:
            y, anchor = int(m["wd_y"]), None
            r.explicit(y, mo, d, r.sentence_of(m.start()))
        else:
            y, anchor = r.year_for(mo, d, r.sentence_of(m.start()), m.start())
        value = f"XXXX-{mo:02d}-{d:02d}" if y is None else _fmt(y, mo, d)
        return [(m.start(), m.end(), "DATE", value, None, anchor)]
    target = lex.weekdays[m["wd_w"].lower()]
    rel = (m["wd_r"] or "").lower()
    off = lex.deictic_relatives.get(rel, 0)
    part = lex.day_parts.get((m["wd_dp"] or "").lower())
    suffix = f"T{part}" if part else ""
    kind = "TIME" if part else "DATE"
    if r.pub is not None:
        cur = r.pub.isoweekday()
        if off < 0:
            delta = -((cur - target) % 7 or 7)
        elif off > 0:
            delta = (target - cur) % 7 or 7
        elif r.tense(r.sentence_of(m.start()), m.start()) == "past":
            delta = -((cur - target) % 7)
        else:
            delta = (target - cur) % 7
        dt = r.pub + timedelta(days=delta)
        anchor = r.deictic()
        r.set_ref(dt.year, dt.month, dt.day, anchor)
        return [(m.start(), m.end(), kind, dt.isoformat() + suffix, None, anchor)]
    if r.ref and r.ref_from_text and r.ref[2] is not None and r.ref[0] > 0:
        base = date(r.ref[0], r.ref[1], r.ref[2])
        dt = base + timedelta(days=(target - base.isoweekday()) % 7)
        return [(m.start(), m.end(), kind, dt.isoformat() + suffix, None, "narrative")]
    return [(m.start(), m.end(), kind, f"XXXX-WXX-{target}{suffix}", None, None)]


def _h_wds(m: re.Match[str], r: _Resolver) -> list[_Result]:
    target = r.lex.weekdays[m.group().lower()[:-1]]
    return [(m.start(), m.end(), "SET", f"XXXX-WXX-{target}", None, None)]


def _h_ago(m: re.Match[str], r: _Resolver) -> list[_Result]:
    unit = r.lex.units[m["ago_u"].lower()]
    n = _num_value(m["ago_n"], r.c.number_words) if m["ago_n"] else (1 if m["ago_u"].lower() in ("jahr", "monat", "tag", "woche", "stunde") else None)
    if r.pub is None:
        return [(m.start(), m.end(), "DATE", None, None, None)]
    if n is None or not float(n).is_integer():
        return [(m.start(), m.end(), "DATE", "PAST_REF", None, r.deictic())]
    n, p = int(n), r.pub
    if unit == "W":
        value = _week(p, -n)
    elif unit in ("H", "MIN"):
        return [(m.start(), m.end(), "DATE", "PAST_REF", None, r.deictic())]
    elif unit == "DE":
        value = _fmt_year(p.year - 10 * n)[:3]
    else:
        got = _shift((p.year, p.month, p.day), unit, -n)
        value = _fmt(*got) if got else None
    return [(m.start(), m.end(), "DATE", value, None, r.deictic())]


def _h_cent(m: re.Match[str], r: _Resolver) -> list[_Result]:
    n = int(m["ce_n"])
    value = f"BC{n - 1:02d}" if m["ce_bc"] else f"{n - 1:02d}"
    mod = r.c.phases.get((m["ce_p"] or "").lower())
    return [(m.start(), m.end(), "DATE", value, mod, None)]


def _h_dec(m: re.Match[str], r: _Resolver) -> list[_Result]:
    if m["de_n"]:
        digits = m["de_n"]
        value = digits[:3] if len(digits) == 4 else "19" + digits[0]
    else:
        value = f"19{r.lex.decade_words[m['de_w'].lower()]}"
    return [(m.start(), m.end(), "DATE", value, r.c.phases.get((m["de_p"] or "").lower()), None)]


def _h_qu(m: re.Match[str], r: _Resolver) -> list[_Result]:
    n = r.lex.ordinals[m["qu_o"].lower()]
    letter = "Q" if m["qu_u"].lower().startswith("quartal") else "H"
    if letter == "H" and n > 2:
        return []
    if m["qu_y"]:
        y, anchor = int(m["qu_y"]), None
    else:
        y, anchor = r.this_year()
    return [(m.start(), m.end(), "DATE", None if y is None else f"{_fmt_year(y)}-{letter}{n}", None, anchor)]


_PLURALS_OF = {"jahre", "jahren", "monate", "monaten", "wochen", "tage", "tagen", "jahrzehnte", "jahrzehnten"}


def _period_value(r: _Resolver, unit: str, off: int, deictic: bool, this: bool) -> tuple[str | None, str | None]:
    """Value of '<relative adjective> <period>' (vergangenen Jahr, folgenden Tag, diese Woche)."""
    if this and unit in ("W", "D", "WE") and (r.narrative or r.pub is None):
        deictic, this = False, False  # "an diesem Tag" in a story: the story's day
    if deictic or (this and unit in ("W", "D", "WE")):
        if r.pub is None:
            return None, None
        anchor, p = r.deictic(), r.pub
        if unit in ("W", "WE"):
            return _week(p, off) + ("-WE" if unit == "WE" else ""), anchor
        base: tuple[int, int | None, int | None] = (p.year, p.month, p.day)
    elif this:
        y, anchor = r.this_year()
        if y is None:
            return None, None
        if unit == "Y":
            return _fmt_year(y), anchor
        base = r.ref if anchor == "narrative" and r.ref else (r.pub.year, r.pub.month, r.pub.day) if r.pub else (y, None, None)
    else:
        if r.ref is None:
            return None, None
        anchor, base = r.ref_anchor(), r.ref
        if unit in ("W", "WE"):
            if base[2] is None or base[0] <= 0:
                return None, anchor
            return _week(date(base[0], base[1], base[2]), off), anchor
    if unit == "Q":
        if base[1] is None:
            return None, anchor
        k = base[0] * 4 + (base[1] - 1) // 3 + off
        return f"{_fmt_year(k // 4)}-Q{k % 4 + 1}", anchor
    if unit == "DE":
        return _fmt_year(base[0] + 10 * off)[:3], anchor
    got = _shift(base, unit, off)
    if got is None:
        return None, anchor
    if unit == "M":
        got = (got[0], got[1], None)
    r.set_ref(*got, anchor)
    return _fmt(*got), anchor


def _relative(word: str, lex: Any, narrative: bool = False) -> tuple[int, bool, bool]:
    """(offset, deictic?, this-period?) of a relative adjective. Inside an open
    narrative, "nächsten" means the next one of the story (narrative_relatives)."""
    w = word.lower()
    if narrative and w in lex.narrative_relatives:
        return lex.deictic_relatives[w], False, False
    if w in lex.deictic_relatives:
        return lex.deictic_relatives[w], True, False
    off = lex.anaphoric_relatives.get(w, 0)
    this = off == 0 and not w.startswith(("selb", "gleich", "dessel"))
    return off, False, this


def _h_rel(m: re.Match[str], r: _Resolver) -> list[_Result]:
    lex, c = r.lex, r.c
    unit = lex.periods[m["rl_u"].lower()]
    mod = c.phases.get((m["rl_p"] or "").lower())
    if m["rl_u"].lower() in _PLURALS_OF or m["rl_n"]:
        n = _num_value(m["rl_n"], c.number_words) if m["rl_n"] else None
        return [(m.start(), m.end(), "DURATION", _duration(n, unit), mod, None)]
    off, deictic, this = _relative(m["rl_r"], lex, r.narrative)
    value, anchor = _period_value(r, unit, off, deictic, this)
    return [(m.start(), m.end(), "DATE", value, mod, anchor)]


def _h_po(m: re.Match[str], r: _Resolver) -> list[_Result]:
    unit = r.lex.periods[m["po_u"].lower()]
    mod = r.c.phases.get(m["po_p"].lower())
    if m["po_y"]:
        y = int(m["po_y"])
        r.explicit(y, None, None, r.sentence_of(m.start()))
        return [(m.start(), m.end(), "DATE", _fmt_year(y), mod, None)]
    if unit not in ("Y", "M", "W"):
        return []
    value, anchor = _period_value(r, unit, 0, False, True)
    return [(m.start(), m.end(), "DATE", value, mod, anchor)]


def _h_cmp(m: re.Match[str], r: _Resolver) -> list[_Result]:
    unit, mod = r.lex.phase_compounds[m["cp_w"].lower()]
    if m["cp_y"]:
        y = int(m["cp_y"])
        r.explicit(y, None, None, r.sentence_of(m.start()))
        return [(m.start(), m.end(), "DATE", _fmt_year(y), mod, None)]
    if unit == "WE" and r.pub is not None:
        t = r.tense(r.sentence_of(m.start()), m.start())
        weeks = -1 if t == "past" and r.pub.isoweekday() < 6 else 0
        return [(m.start(), m.end(), "DATE", _week(r.pub, weeks) + "-WE", None, r.deictic())]
    value, anchor = _period_value(r, unit, 0, False, True)
    return [(m.start(), m.end(), "DATE", value, mod, anchor)]


def _h_rn(m: re.Match[str], r: _Resolver) -> list[_Result]:
    unit, off = r.lex.relative_nouns[m["rn_w"].lower()]
    value, anchor = _period_value(r, unit, off, False, False)
    return [(m.start(), m.end(), "DATE", value, None, anchor)]


def _h_ssn(m: re.Match[str], r: _Resolver) -> list[_Result]:
    lex = r.lex
    code, mod = lex.seasons[m["ss_w"].lower()]
    if m["ss_a"]:
        mod = "START" if m["ss_a"].lower().startswith("früh") else "END"
    anchor = None
    if m["ss_y"]:
        y = _era(int(m["ss_y"]), m["ss_bc"])
        r.explicit(y, None, None, r.sentence_of(m.start()))
    elif m["ss_of"] and len(m["ss_of"].split()) > 2 and m["ss_of"].split()[1].lower() != "jahres":
        off, deictic, this = _relative(m["ss_of"].split()[1], lex)
        if deictic:
            y, anchor = (r.pub.year + off, r.deictic()) if r.pub else (None, None)
        elif this:
            y, anchor = r.this_year()
        else:
            y, anchor = (r.ref[0] + off, r.ref_anchor()) if r.ref else (None, None)
    elif m["ss_of"]:
        y, anchor = r.this_year()
    elif m["ss_r"]:
        off, deictic, this = _relative(m["ss_r"], lex)
        if deictic and r.pub is not None:
            y, anchor = r.pub.year + off, r.deictic()
            if off < 0 and code == "WI" or off > 0 and _SEASON_MONTH[code] > r.pub.month:
                y -= off  # "vergangenen Winter" in March is the winter of the year before only once
        elif deictic:
            y, anchor = None, None
        else:
            y, anchor = r.this_year()
    else:
        y, anchor = r.year_for(_SEASON_MONTH[code], 1, r.sentence_of(m.start()), m.start())
    value = None if y is None else f"{_fmt_year(y)}-{code}"
    return [(m.start(), m.end(), "DATE", value, mod, anchor)]


def _h_my(m: re.Match[str], r: _Resolver) -> list[_Result]:
    lex, sidx = r.lex, r.sentence_of(m.start())
    mo = _month(m["my_m"], lex)
    mod = r.c.phases.get((m["my_p"] or "").lower())
    anchor = None
    if m["my_y"]:
        y = _era(int(m["my_y"]), m["my_bc"])
        r.explicit(y, mo, None, sidx)
    elif m["my_of"]:
        parts = m["my_of"].split()
        if len(parts) > 2 and parts[1].lower() != "jahres":
            off, deictic, this = _relative(parts[1], lex)
            if deictic:
                y, anchor = (r.pub.year + off, r.deictic()) if r.pub else (None, None)
            else:
                y, anchor = (r.ref[0] + off, r.ref_anchor()) if r.ref else (None, None)
        else:
            y, anchor = r.this_year()
    elif m["my_ly"]:
        y = int(m["my_ly"])
    else:
        if not m["my_p"] and not _bare_month_ok(m, r):
            return []
        y, anchor = r.year_for(mo, 1, sidx, m.start())
    value = f"XXXX-{mo:02d}" if y is None else _fmt(y, mo)
    if y is not None and not m["my_y"]:
        r.set_ref(y, mo, None, anchor)
    return [(m.start(), m.end(), "DATE", value, mod, anchor)]


def _bare_month_ok(m: re.Match[str], r: _Resolver) -> bool:
    """A bare month name is a month unless it starts a name ("August von ...", "Mai Thi")."""
    if m["my_m"].endswith("."):
        return False
    nxt = r.next_word(m.end())
    if nxt.lower() in r.lex.name_particles:
        return False
    if nxt[:1].isupper():
        prev, _ = r.prev_word(m.start())
        return prev.lower() in r.lex.year_cues or prev.lower() in r.lex.determiners
    return True


def _h_yr(m: re.Match[str], r: _Resolver) -> list[_Result]:
    lex, c = r.lex, r.c
    raw = int(m["yr_y"])
    bc = m["yr_bc"]
    cued = bool(m["yr_p"] or m["yr_j"] or bc or m["yr_ad"])
    if not cued and not _year_ok(m, r, raw):
        return []
    y = _era(raw, bc)
    mod = c.phases.get((m["yr_p"] or "").lower())
    if m["yr_q"]:
        q = m["yr_q"].lower()
        if q not in ("um", "etwa", "ungefähr", "circa", "ca.", "gegen"):
            return []
        mod = c.quantity_mods.get(q)
    r.explicit(y, None, None, r.sentence_of(m.start()))
    return [(m.start(), m.end(), "DATE", _fmt_year(y), mod, None)]


def _year_ok(m: re.Match[str], r: _Resolver, y: int) -> bool:
    """Is a bare four-digit number a year? Counts ("rund 2000 Soldaten") are not."""
    if y < 1000:
        return False
    prev, prev_char = r.prev_word(m.start())
    p = prev.lower()
    nxt = r.next_word(m.end())
    if (nxt[:1] in ("%", "€", "$") or prev_char in ("€", "$", "#", "§")
            or nxt.lower() in r.lex.measure_units or nxt.lower().rstrip(".,;:!?") in r.lex.measure_units):
        return False
    if r.line_ends(m.end()):
        return True
    if p in r.lex.count_cues or m["yr_q"]:
        return not nxt[:1].isalpha()
    if nxt[:1].isupper() and _month(nxt, r.lex) == 0:
        return p in r.lex.year_cues or prev_char in ("(", "–", "-", "/")
    if r.pub is not None and y > r.pub.year + 30:
        return False
    return True


def _h_rd(m: re.Match[str], r: _Resolver) -> list[_Result]:
    w = m["rd_w"].lower()
    off = r.lex.relative_days[w]
    if w == "heute" and not m["rd_dp"]:
        prev, prev_char = r.prev_word(m.start())
        nxt = r.next_word(m.end())
        if (r.pub is None or r.narrative or prev.lower() in r.lex.nowadays_cues or prev_char == "("
                or nxt.lower().strip(".,;") in r.lex.nowadays_cues):
            return [(m.start(), m.end(), "DATE", "PRESENT_REF", None, None)]
    if r.pub is None:
        return [(m.start(), m.end(), "DATE", None, None, None)]
    dt = r.pub + timedelta(days=off)
    anchor = r.deictic()
    r.set_ref(dt.year, dt.month, dt.day, anchor)
    dp = (m["rd_dp"] or "").lower()
    part = r.lex.day_part_adverbs.get(dp) or r.lex.day_parts.get(dp)
    if part:
        return [(m.start(), m.end(), "TIME", f"{dt.isoformat()}T{part}", None, anchor)]
    return [(m.start(), m.end(), "DATE", dt.isoformat(), None, anchor)]


def _h_tm(m: re.Match[str], r: _Resolver) -> list[_Result]:
    h = int(m["tm_h"])
    mi = m["tm_m"] or m["tm_m2"] or "00"
    dp = r.lex.day_part_adverbs.get((m["tm_dp"] or "").lower())
    if dp in ("AF", "EV") and h < 12:
        h += 12
    ref = r.ref
    if ref is not None and ref[2] is not None and ref[0] > 0:
        return [(m.start(), m.end(), "TIME", f"{_fmt(*ref)}T{h:02d}:{mi}", None, r.ref_anchor())]
    return [(m.start(), m.end(), "TIME", f"XXXX-XX-XXT{h:02d}:{mi}", None, None)]


def _h_dur(m: re.Match[str], r: _Resolver) -> list[_Result]:
    c = r.c
    unit = r.lex.units[m["du_u"].lower()]
    n = _num_value(m["du_n"], c.number_words)
    if n is None and m["du_n"].lower() not in r.lex.vague_quantities:
        return []
    if n is not None and n == 1 and m["du_u"].lower() in _PLURALS_OF:
        return []  # "eine Jahre" is not German; "ein" belongs to something else
    mod = c.quantity_mods.get((m["du_q"] or "").lower())
    if m["du_a"] and m["du_u"].lower() not in r.lex.units_dative:
        return [(m.start() + len(m["du_a"]), m.end(), "DURATION", _duration(n, unit), mod, None)]
    if m["du_s"] or m["du_a"]:
        sign = r.lex.shift_words[m["du_s"].lower()] if m["du_s"] else 1
        if n is None:
            return [(m.start(), m.end(), "DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", mod, None)]
        if not float(n).is_integer() or r.ref is None or unit in _TIME_UNITS:
            return [(m.start(), m.end(), "DATE", None, mod, None)]
        got = _shift(r.ref, unit, sign * int(n))
        anchor = r.ref_anchor()
        if got is None:
            return [(m.start(), m.end(), "DATE", None, mod, anchor)]
        r.set_ref(*got, anchor)
        return [(m.start(), m.end(), "DATE", _fmt(*got), mod, anchor)]
    return [(m.start(), m.end(), "DURATION", _duration(n, unit), mod, None)]


def _h_ad(m: re.Match[str], r: _Resolver) -> list[_Result]:
    n = _num_value(m["ad_n"], r.c.number_words)
    unit = r.lex.duration_suffixes[m["ad_u"].lower()]
    return [(m.start(), m.end(), "DURATION", _duration(n, unit), None, None)]


def _h_ld(m: re.Match[str], r: _Resolver) -> list[_Result]:
    return [(m.start(), m.end(), "DURATION", _duration(None, r.lex.long_durations[m["ld_w"].lower()]), None, None)]


def _h_dq(m: re.Match[str], r: _Resolver) -> list[_Result]:
    """'Abend desselben Tages', 'Morgen des folgenden Tages': a day part of the reference day."""
    part = r.lex.day_parts[m["dq_dp"].lower()]
    off = 1 if any(w.lower() in r.lex.anaphoric_relatives and r.lex.anaphoric_relatives[w.lower()] > 0
                   for w in m["dq_r"].split()) else 0
    if r.ref is None or r.ref[2] is None:
        return [(m.start(), m.end(), "TIME", None, None, None)]
    got = _shift(r.ref, "D", off)
    if got is None:
        return [(m.start(), m.end(), "TIME", None, None, None)]
    return [(m.start(), m.end(), "TIME", f"{_fmt(*got)}T{part}", None, r.ref_anchor())]


def _h_sl(m: re.Match[str], r: _Resolver) -> list[_Result]:
    """'seit Jahren', 'seit Jahrzehnten', 'seit langem': a vague duration up to now."""
    unit = r.lex.units.get(m["sl_u"].lower())
    if unit is None:
        return [(m.start(), m.end(), "DURATION", "PXY", None, None)]
    return [(m.start(), m.end(), "DURATION", _duration(None, unit), None, None)]


def _h_ts(m: re.Match[str], r: _Resolver) -> list[_Result]:
    unit = r.lex.units.get(m["ts_u"].lower().rstrip("s"), "D")
    sign = r.lex.shift_words[m["ts_s"].lower()]
    if r.ref is None:
        return [(m.start(), m.end(), "DATE", None, None, None)]
    got = _shift(r.ref, unit, sign)
    anchor = r.ref_anchor()
    if got is None:
        return [(m.start(), m.end(), "DATE", None, None, anchor)]
    r.set_ref(*got, anchor)
    return [(m.start(), m.end(), "DATE", _fmt(*got), None, anchor)]


def _h_set(m: re.Match[str], r: _Resolver) -> list[_Result]:
    if m["st_w"]:
        return [(m.start(), m.end(), "SET", r.lex.sets[m["st_w"].lower()], None, None)]
    unit = r.lex.units[m["st_u"].lower()]
    return [(m.start(), m.end(), "SET", _duration(1, unit), None, None)]


def _h_fut(m: re.Match[str], r: _Resolver) -> list[_Result]:
    return [(m.start(), m.end(), "DATE", "FUTURE_REF", None, None)]


def _h_vg(m: re.Match[str], r: _Resolver) -> list[_Result]:
    value = next(v for k, v in r.lex.vague.items() if k.lower() == m["vg_w"].lower())
    return [(m.start(), m.end(), "DATE", value, None, None)]


_HANDLERS = {
    "iso": _h_iso, "num": _h_num, "dm": _h_dm, "dr": _h_dr, "wd": _h_wd, "wds": _h_wds, "ago": _h_ago,
    "cent": _h_cent, "dec": _h_dec, "qu": _h_qu, "rel": _h_rel, "po": _h_po, "cmp": _h_cmp, "rn": _h_rn,
    "ssn": _h_ssn, "my": _h_my, "yr": _h_yr, "rd": _h_rd, "tm": _h_tm, "dur": _h_dur, "ad": _h_ad,
    "ld": _h_ld, "dq": _h_dq, "sl": _h_sl, "ts": _h_ts, "set": _h_set, "fut": _h_fut, "vg": _h_vg,
}


def extract_timexes(text: str, tokens: tuple[Token, ...], sentences: tuple[Sentence, ...], lexicon: Any,
                    published: str | None) -> tuple[Timex, ...]:
    """Temporal expressions of ``text`` with TIMEX3 type, value, mod and anchor.

    ``published`` is the article's ISO date or date-time, or None (then
    relative expressions stay unresolved). ``lexicon`` is a ``TimeLexicon``
    (German: ``chronik.lang.de.time.TIME_LEXICON``).
    """
    comp = _compile(lexicon)
    r = _Resolver(text, tuple(tokens), tuple(sentences), lexicon, _parse_published(published), comp)
    out: list[Timex] = []
    for m in comp.master.finditer(text):
        r.pos = m.start()
        for start, end, typ, value, mod, anchor in _HANDLERS[m.lastgroup](m, r):
            while end > start and text[end - 1].isspace():
                end -= 1
            out.append(Timex(start=start, end=end, text=text[start:end], type=typ, value=value, mod=mod,
                             anchor=anchor if value is not None else None, sentence=r.sentence_of(start)))
    return tuple(out)
