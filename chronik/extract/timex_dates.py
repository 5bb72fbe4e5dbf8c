"""Resolvers of calendar expressions: dates, weekdays, months, seasons, years, holidays, relative periods.

One resolver per rule of ``timexes.RULES`` (``resolve_<rule name>``): it turns one match into timexes,
reading and moving the reference time of its ``Context``. The conventions they follow are in the
docstring of ``timexes``.
"""
from __future__ import annotations

import re

from datetime import date, timedelta
from typing import Any

from chronik.extract.timex_context import (
    SEASON_MONTH, YMD, Context, Found, Groups, duration, easter, fmt, fmt_year, num_value, relative, shift, week,
)


def _month(word: str, lex: Any) -> int:
    key = word.lower().rstrip(".")
    if key in lex.months:
        return lex.months[key]
    return lex.month_abbreviations.get(key, lex.months.get(key.rstrip("s"), 0))


def _era(y: int, bc: str | None) -> int:
    return 1 - y if bc else y


def _period_value(c: Context, unit: str, off: int, deictic: bool, this: bool) -> tuple[str | None, str | None]:
    """Value and anchor of '<relative adjective> <period>' (vergangenen Jahr, folgenden Tag, diese Woche)."""
    if this and unit in ("W", "D", "WE") and (c.narrative or c.pub is None):
        deictic, this = False, False  # "an diesem Tag" in a story: the story's day
    base: YMD
    if deictic or (this and unit in ("W", "D", "WE")):
        if c.pub is None:
            return None, None
        anchor, p = c.deictic(), c.pub
        if unit in ("W", "WE"):
            return week(p, off) + ("-WE" if unit == "WE" else ""), anchor
        base = (p.year, p.month, p.day)
    elif this:
        y, anchor = c.this_year()
        if y is None:
            return None, None
        if unit == "Y":
            return fmt_year(y), anchor
        base = c.ref if anchor == "narrative" and c.ref else (c.pub.year, c.pub.month, c.pub.day) if c.pub else (y, None, None)
    else:
        if c.ref is None:
            return None, None
        anchor, base = c.ref_anchor(), c.ref
        if unit in ("W", "WE"):
            if base[2] is None or base[0] <= 0:
                return None, anchor
            return week(date(base[0], base[1], base[2]), off), anchor
    if unit == "Q":
        if base[1] is None:
            return None, anchor
        k = base[0] * 4 + (base[1] - 1) // 3 + off
        return f"{fmt_year(k // 4)}-Q{k % 4 + 1}", anchor
    if unit == "DE":
        return fmt_year(base[0] + 10 * off)[:3], anchor
    got = shift(base, unit, off)
    if got is None:
        return None, anchor
    if unit == "M":
        got = (got[0], got[1], None)
    if off >= 0:  # a look back ("im Vorjahr", "im letzten Jahr") leaves the story where it is
        c.set_ref(*got, anchor)
    return fmt(*got), anchor


def _of_year(g: Groups, c: Context, anaphoric_first: bool) -> tuple[int | None, str | None]:
    """Year of 'des Jahres' / 'des folgenden Jahres' after a month, day or season."""
    word = g["ofr"] or g["ofr2"]
    if g.get("ofn"):  # "im Februar des Vorjahres": the year before the one of the text's time
        y, anchor = c.this_year()
        return (None, None) if y is None else (y + c.lex.relative_nouns[g["ofn"].lower()][1], anchor)
    if not word:
        return c.this_year()
    lex = c.lex
    if g["ofr2"] and lex.deictic_relatives.get(word.lower(), 0) < 0:
        # "im April letzten Jahres" without an article: the formula of news for last year, also inside a
        # background story (the story's year before is "des Vorjahres", "des Jahres zuvor")
        return (c.pub.year + lex.deictic_relatives[word.lower()], c.deictic()) if c.pub else (None, None)
    if anaphoric_first:  # day-month: the relative word counts from the reference year
        off = lex.anaphoric_relatives.get(word)
        if off is None:
            off = lex.deictic_relatives.get(word, 0)
        if off == 0:
            return c.this_year()
        return (c.ref[0] + off, c.ref_anchor()) if c.ref else (None, None)
    off, deictic, this = relative(word, lex, c.narrative)
    if deictic:
        return (c.pub.year + off, c.deictic()) if c.pub else (None, None)
    if this:
        return c.this_year()
    return (c.ref[0] + off, c.ref_anchor()) if c.ref else (None, None)


def resolve_iso(g: Groups, c: Context) -> list[Found]:
    """'2025-08-15', '2025-08-15T16:38': explicit."""
    y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return []
    c.explicit(y, mo, d, c.sentence_of(g.start))
    if g["h"]:
        return [Found(g.start, g.end, "TIME", f"{fmt(y, mo, d)}T{g['h']}:{g['mi']}")]
    return [Found(g.start, g.end, "DATE", fmt(y, mo, d))]


def resolve_numeric(g: Groups, c: Context) -> list[Found]:
    """'15.08.2025', '1.9.39', 'Abend des 23.06.2011': explicit; a two-digit year is the nearer century's."""
    d, mo, ys = int(g["d"]), int(g["m"]), g["y"]
    y = int(ys)
    if len(ys) == 2:
        pivot = (c.pub.year % 100 + 5) if c.pub else 30
        y += 1900 if y > pivot else 2000
    c.explicit(y, mo, d, c.sentence_of(g.start))
    part = c.lex.day_parts.get(g["dp"].split()[-1].lower()) if g["dp"] else None
    if part:
        return [Found(g.start, g.end, "TIME", f"{fmt(y, mo, d)}T{part}")]
    return [Found(g.start, g.end, "DATE", fmt(y, mo, d))]


def resolve_day_month(g: Groups, c: Context) -> list[Found]:
    """'15. August 1945', 'am 14. November', 'Abend des 3. Mai': the year from the text, the story or the tense."""
    lex, sidx = c.lex, c.sentence_of(g.start)
    d, mo = int(g["d"]), _month(g["m"], lex)
    anchor = None
    if g["y"]:
        y: int | None = _era(int(g["y"]), g["bc"])
        c.explicit(y, mo, d, sidx)
    elif g["of"]:
        y, anchor = _of_year(g, c, anaphoric_first=True)
    elif _yearly(g, c):  # "alljährlich am 10. März", "jedes Jahr am 3. Oktober": that day of every year
        y = None
    else:
        y, anchor = c.year_for(mo, d, sidx, g.start)
    if y is None:
        value = f"XXXX-{mo:02d}-{d:02d}"
    else:
        value = fmt(y, mo, d)
        if not g["y"]:
            c.set_ref(y, mo, d, anchor)
    dp = g["dp"]
    part = lex.day_parts.get(dp.split()[-1].lower()) if dp else lex.day_part_adverbs.get((g["dpa"] or "").lower())
    if part:
        return [Found(g.start, g.end, "TIME", f"{value}T{part}", None, anchor)]
    return [Found(g.start, g.end, "DATE", value, None, anchor)]


def resolve_day_range(g: Groups, c: Context) -> list[Found]:
    """'15.' of '15. bis 17. August', '3.' of '3., 4. und 5. Oktober': the month of the list's last day."""
    d, mo = int(g["d"]), _month(g["m"], c.lex)
    if g["y"]:
        y, anchor = int(g["y"]), None
    else:
        y, anchor = c.year_for(mo, d, c.sentence_of(g.start), g.start)
    value = f"XXXX-{mo:02d}-{d:02d}" if y is None else fmt(y, mo, d)
    if g["n"]:
        return [Found(g.start, g.end, "TIME", value + "TNI", None, anchor)]
    return [Found(g.start, g.end, "DATE", value, None, anchor)]


def holiday_date(name: str, y: int, lex: Any) -> date:
    """The day of holiday ``name`` (lower case, as in the lexicon) in year ``y``."""
    if name in lex.fixed_holidays:
        return date(y, *lex.fixed_holidays[name])
    if name in lex.easter_holidays:
        return easter(y) + timedelta(days=lex.easter_holidays[name])
    month, weekday, n = lex.weekday_holidays[name]
    first = date(y, month, 1)
    return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))


# "kurz vor Weihnachten": the days just before (after) a holiday, dated by the month they fall in (a few days:
# "kurz vor Neujahr" is December, "kurz vor Weihnachten" December, "kurz nach Ostern" Easter's month)
SHORTLY_DAYS = 3


def _holiday_value(day: date, g: Groups) -> str:
    """The holiday's day, or with 'kurz vor/nach' the month of the days just before or after it."""
    if not g["k"]:
        return day.isoformat()
    near = day + timedelta(days=-SHORTLY_DAYS if g["kd"] == "vor" else SHORTLY_DAYS)
    return fmt(near.year, near.month)


def resolve_holiday(g: Groups, c: Context) -> list[Found]:
    """'Ostern', 'zu Weihnachten', 'Fronleichnam 2015', 'kurz vor Weihnachten': the holiday's date in the year
    tense and context give."""
    lex, sidx = c.lex, c.sentence_of(g.start)
    name = " ".join(g["w"].lower().split())
    if g["y"]:
        y = int(g["y"])
        day = holiday_date(name, y, lex)
        c.explicit(y, day.month, day.day, sidx)
        return [Found(g.start, g.end, "DATE", _holiday_value(day, g))]
    around = c.pub.year if c.pub else c.ref[0] if c.ref and c.ref[0] > 0 else None
    if around is None:
        fixed = lex.fixed_holidays.get(name)
        return [Found(g.start, g.end, "DATE", f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else None)]
    first = holiday_date(name, around, lex)
    y, anchor = c.year_for(first.month, first.day, sidx, g.start)
    if y is None or y <= 0:
        return [Found(g.start, g.end, "DATE", None)]
    day = holiday_date(name, y, lex)
    c.set_ref(day.year, day.month, day.day, anchor)
    return [Found(g.start, g.end, "DATE", _holiday_value(day, g), None, anchor)]


def resolve_weekday(g: Groups, c: Context) -> list[Found]:
    """'am Dienstag', 'vergangenen Samstag', 'Samstagabend', 'Donnerstag, 18. Dezember', 'Freitag
    vergangener Woche', 'in der Nacht auf Sonntag': past or future from the tense (see the module doc)."""
    lex = c.lex
    if g["d"]:
        d, mo = int(g["d"]), _month(g["m"], lex)
        if g["y"]:
            y, anchor = int(g["y"]), None
            c.explicit(y, mo, d, c.sentence_of(g.start))
        else:
            y, anchor = c.year_for(mo, d, c.sentence_of(g.start), g.start)
            if y is not None:
                c.set_ref(y, mo, d, anchor)
        value = f"XXXX-{mo:02d}-{d:02d}" if y is None else fmt(y, mo, d)
        if g["n"]:  # "in der Nacht zu Samstag, dem 24. November": that day's night
            return [Found(g.start, g.end, "TIME", value + "TNI", None, anchor)]
        return [Found(g.start, g.end, "DATE", value, None, anchor)]
    if g["nd"]:  # "Samstag, den 09.04.2005", "Donnerstag, den 7.10."
        d, mo = int(g["nd"]), int(g["nm"])
        if g["ny"]:
            y = int(g["ny"])
            c.explicit(y, mo, d, c.sentence_of(g.start))
            return [Found(g.start, g.end, "DATE", fmt(y, mo, d))]
        yy, anchor = c.year_for(mo, d, c.sentence_of(g.start), g.start)
        if yy is None:
            return [Found(g.start, g.end, "DATE", f"XXXX-{mo:02d}-{d:02d}")]
        c.set_ref(yy, mo, d, anchor)
        return [Found(g.start, g.end, "DATE", fmt(yy, mo, d), None, anchor)]
    target = lex.weekdays[g["w"].lower()]
    if not g["r"] and not g["n"] and not g["wr"] and c.prev_word(g.start)[0].lower() in lex.indefinite_articles:
        return [Found(g.start, g.end, "DATE", f"XXXX-WXX-{target}")]  # "an einem Sonnabend im Mai": some Saturday
    if not g["r"] and not g["n"] and not g["wr"] and not g["nf"] \
            and any(w in lex.habitual_cues for w in c.words_before(g.start, 2)):
        # "Der Kurs findet jeweils am Donnerstag statt": every Thursday (a SET, as "jeden Donnerstag")
        part = lex.day_parts.get((g["dp"] or g["dp2"] or "").lower())
        return [Found(g.start, g.end, "SET", f"XXXX-WXX-{target}" + (f"T{part}" if part else ""))]
    ref = c.ref
    if ref is not None and ref[2] is not None and ref[0] > 0 and c.text[c.last_day_end:g.start].strip() == "(" \
            and date(*ref).isoweekday() == target and not (g["r"] or g["n"] or g["wr"]):
        return [Found(g.start, g.end, "DATE", fmt(*ref), None, c.ref_anchor())]  # "am 24. März (Samstag)"
    part = "NI" if g["n"] or g["nf"] else lex.day_parts.get((g["dp"] or g["dp2"] or "").lower())
    suffix = f"T{part}" if part else ""
    kind = "TIME" if part else "DATE"
    dt, anchor = _weekday_date(g, c, target)
    if dt is not None and not (g["r"] or g["wr"] or g["n"]) and ref is not None and ref[2] is not None \
            and ref[0] > 0 and c.text[c.last_day_end:g.start].strip() in c.lex.range_words:
        # "von Montag bis Freitag", "Dienstag bis Samstag": the range's last day is the first such after its first
        first = date(*ref)
        dt = first + timedelta(days=(target - first.isoweekday()) % 7 or 7)
    if dt is not None:
        if g["n"]:
            # "in der Nacht zum Samstag": the value names Saturday's night, as the news annotations do (KRAUTS
            # "Nacht auf den 28. Juli" is the 28th); the reference day is Friday, whose evening the night
            # begins on, so that "gegen 23 Uhr" is Friday and "gegen 1:30 Uhr" Saturday (_clock_time)
            c.night_end = (dt.year, dt.month, dt.day)
            ev = dt - timedelta(days=1)
            c.set_ref(ev.year, ev.month, ev.day, anchor)
        else:
            c.set_ref(dt.year, dt.month, dt.day, anchor)
        return [Found(g.start, g.end, kind, dt.isoformat() + suffix, None, anchor)]
    if g["wr"]:
        return [Found(g.start, g.end, kind, None)]
    return [Found(g.start, g.end, kind, f"XXXX-WXX-{target}{suffix}")]


def _weekday_date(g: Groups, c: Context, target: int) -> tuple[date | None, str | None]:
    """The day of a weekday: in a named week, or the last or next one from the publication date."""
    lex = c.lex
    if g["wr"]:  # "Freitag vergangener Woche": the weekday of that week
        off, deictic, this = relative(g["wr"], lex)
        if c.pub is not None and (deictic or this and not c.narrative):
            base, anchor = c.pub, c.deictic()
        elif c.ref and c.ref[2] is not None and c.ref[0] > 0:
            base, anchor = date(c.ref[0], c.ref[1], c.ref[2]), c.ref_anchor()
        else:
            return None, None
        monday = base - timedelta(days=base.isoweekday() - 1) + timedelta(weeks=off)
        return monday + timedelta(days=target - 1), anchor
    if c.pub is not None:
        off = lex.deictic_relatives.get((g["r"] or "").lower(), 0)
        cur = c.pub.isoweekday()
        if off < 0:
            delta = -((cur - target) % 7 or 7)
        elif off > 0:
            delta = (target - cur) % 7 or 7
        elif c.after_any(g.start, lex.since_cues) or (
                c.tense(c.sentence_of(g.start), g.start, present=not c.after_any(g.start, lex.event_of_day))
                or c.tense_before(c.sentence_of(g.start))) == "past" \
                and not c.bounded_state(c.sentence_of(g.start), g.start):
            # "Seit Mittwoch ist er unterwegs": past; "Bis Freitag ist die Straße gesperrt": the coming Friday
            delta = -((cur - target) % 7)
        else:
            delta = (target - cur) % 7
        return c.pub + timedelta(days=delta), c.deictic()
    if c.ref and c.ref_from_text and c.ref[2] is not None and c.ref[0] > 0:
        base = date(c.ref[0], c.ref[1], c.ref[2])
        return base + timedelta(days=(target - base.isoweekday()) % 7), "narrative"
    return None, None


def resolve_numeric_day_month(g: Groups, c: Context) -> list[Found]:
    """'am 11.4.', 'vom 3.10.': a numeric day and month without a year, after a date preposition."""
    prev, prev_char = c.prev_word(g.start)
    if prev.lower() not in c.lex.day_month_cues and not (prev_char == "," and prev.lower() in c.lex.weekdays):
        return []
    d, mo = int(g["d"]), int(g["m"])
    y, anchor = c.year_for(mo, d, c.sentence_of(g.start), g.start)
    if y is None:
        return [Found(g.start, g.end, "DATE", f"XXXX-{mo:02d}-{d:02d}")]
    c.set_ref(y, mo, d, anchor)
    return [Found(g.start, g.end, "DATE", fmt(y, mo, d), None, anchor)]


def resolve_weekday_set(g: Groups, c: Context) -> list[Found]:
    """'dienstags', 'an Dienstagen': every Tuesday; 'an (den) Wochenenden': every weekend."""
    if g["pl"]:
        if g["pl"] == "Wochenenden":
            return [Found(g.start, g.end, "SET", "XXXX-WXX-WE")]
        return [Found(g.start, g.end, "SET", f"XXXX-WXX-{c.lex.weekdays[g['pl'].lower()[:-2]]}")]
    target = c.lex.weekdays[g["w"].lower()[:-1]]
    return [Found(g.start, g.end, "SET", f"XXXX-WXX-{target}")]


def resolve_ago(g: Groups, c: Context) -> list[Found]:
    """'vor 80 Jahren', 'vor einer Woche': counted back from the publication date."""
    lex, u = c.lex, g["u"].lower()
    unit = lex.units[u]
    n = num_value(g["n"], lex.number_words) if g["n"] else (1 if u in lex.singular_units else None)
    mod = lex.ago_mods.get(lex.quantity_mods.get(g["q"].lower(), "")) if g["q"] else None
    if g["x"]:  # "vor 60 Millionen Jahren": no calendar date, the time back from now (span without "vor")
        if n is None or unit not in ("Y", "DE"):
            return []
        years = round(n * lex.large_numbers[g["x"]] * (10 if unit == "DE" else 1))
        start = g.start_of("q") if g["q"] else g.start_of("n")
        approx = lex.quantity_mods.get(g["q"].lower()) if g["q"] else None
        return [Found(start, g.end, "DURATION", f"P{years}Y", approx)]
    if c.pub is None:
        return [Found(g.start, g.end, "DATE", None)]
    if unit in ("H", "MIN", "S"):
        # "vor einigen Stunden", "vor zehn Minuten": hours back from a publication date that has no hour stay
        # on its day (or as many whole days back as the hours make: "vor 48 Stunden")
        hours = 0 if n is None else n / {"H": 1, "MIN": 60, "S": 3600}[unit]
        value = fmt(*shift((c.pub.year, c.pub.month, c.pub.day), "D", -int(hours // 24)))
        return [Found(g.start, g.end, "DATE", value, None, c.deictic())]
    if n is None or not float(n).is_integer():
        return [Found(g.start, g.end, "DATE", "PAST_REF", None, c.deictic())]
    n, p = int(n), c.pub
    if unit == "W":
        value = week(p, -n)
    elif unit == "DE":
        value = fmt_year(p.year - 10 * n)[:3]
    else:
        got = shift((p.year, p.month, p.day), unit, -n)
        value = fmt(*got) if got else None
    return [Found(g.start, g.end, "DATE", value, mod, c.deictic())]


def resolve_century(g: Groups, c: Context) -> list[Found]:
    """'19. Jahrhundert' is 18 (TIMEX3 counts centuries from 00)."""
    n = int(g["n"])
    value = f"BC{n - 1:02d}" if g["bc"] else f"{n - 1:02d}"
    return [Found(g.start, g.end, "DATE", value, c.lex.phases.get((g["p"] or "").lower()))]


def resolve_decade(g: Groups, c: Context) -> list[Found]:
    """'1990er Jahren', '1990-er Jahre', '50er und 60er Jahre', 'Achtzigerjahren': the decade's first three digits."""
    if g["n"]:
        digits = g["n"]
        value = digits[:3] if len(digits) == 4 else "19" + digits[0]
    else:
        value = f"19{c.lex.decade_words[g['w'].lower()]}"
    return [Found(g.start, g.end, "DATE", value, c.lex.phases.get((g["p"] or "").lower()))]


def resolve_quarter(g: Groups, c: Context) -> list[Found]:
    """'ersten Quartal 2025', 'zweiten Halbjahr', 'letzten Quartal des Jahres 2007': Q1..Q4, H1/H2."""
    letter = "Q" if g["q"] else "H"
    n = (4 if letter == "Q" else 2) if g["last"] else int(g["od"]) if g["od"] else c.lex.ordinals[g["o"].lower()]
    if letter == "H" and n > 2:
        return []
    if g["y"]:
        y, anchor = int(g["y"]), None
    else:
        y, anchor = c.this_year()
        if g["rn"] and y is not None:  # "im ersten Halbjahr des Vorjahres": the year before
            y += c.lex.relative_nouns[g["rn"].lower()][1]
    return [Found(g.start, g.end, "DATE", None if y is None else f"{fmt_year(y)}-{letter}{n}", None, anchor)]


def resolve_relative_period(g: Groups, c: Context) -> list[Found]:
    """'vergangenen Jahr', 'folgenden Tag', 'diese Woche'; 'den nächsten Jahren' is a duration."""
    lex = c.lex
    u = g["u"].lower()
    unit = lex.periods[u]
    mod = lex.phases.get((g["p"] or "").lower())
    if u in lex.dative_e_units and not g["n"] and not g["p"] \
            and c.prev_word(g.start)[0].lower() in lex.singular_datives:
        u = u[:-1]  # "am gleichen Tage": the old dative singular of "Tag", one day
    if u in lex.plural_units or g["n"]:
        n = num_value(g["n"], lex.number_words) if g["n"] else None
        return [Found(g.start, g.end, "DURATION", duration(n, unit), mod)]
    # "am nächsten Tag" is the day after the story's day, "nächste Woche" the week after publication
    off, deictic, this = relative(g["r"], lex, c.narrative or unit == "D")
    if unit == "Y" and g["r"].lower() in lex.adverbial_year_relatives and not g["p"] \
            and c.prev_word(g.start)[0].lower() not in lex.determiners:
        # "Nächstes Jahr soll er freikommen" after a story of 2011: the year after publication, not 2012
        off, deictic, this = lex.deictic_relatives[g["r"].lower()], True, False
    elif unit == "Y" and not deictic and (this or g["r"].lower() in lex.deictic_relatives) \
            and c.news_clause(g.start, g.end):
        # "In diesem Jahr soll er freikommen", "im nächsten Jahr will die Regierung sparen" after a story of a
        # few years back: a present or future clause is news, its year counted from publication
        off, deictic, this = lex.deictic_relatives.get(g["r"].lower(), 0), True, False
    elif unit == "Y" and not deictic and (lex.deictic_relatives.get(g["r"].lower(), 0) < 0
                                          or g["r"].lower() in lex.current_relatives) and c.narrative \
            and c.pub is not None and not c.history() and c.next_word(g.end).lower() not in lex.genitive_determiners:
        # "im letzten Jahr" after a story of a few years back is last year, as "im vergangenen Jahr" always is
        # (news: the story's year before is "im Vorjahr", "im Jahr zuvor"), and "im laufenden Jahr" is the
        # publication's; a history keeps its own, and "im letzten Jahr seiner Amtszeit" (a final year, not last
        # year) is left as it was
        off, deictic, this = lex.deictic_relatives.get(g["r"].lower(), 0), True, False
    if unit == "Y" and g["r"].lower().startswith(lex.new_year_stem) and not c.narrative and c.pub is not None \
            and c.pub.month <= lex.new_year_months and c.ref is not None and c.ref[0] == c.pub.year:
        # news early in a year: "das neue Jahr ist gerade einen Monat alt" is the year that has just begun
        off, deictic, this = 0, True, False
    if this and unit == "D" and c.ref is not None and c.ref[2] is not None:
        # "an diesem Tag" points back to the day the text named last ("Am gestrigen Freitag notierte ... Die
        # Zahl der an diesem Tag gehandelten Aktien"); today is "heute". Before any day: the publication day.
        value = fmt(*c.ref)
        return [Found(g.start, g.end, "DATE", value, mod, c.ref_anchor())]
    value, anchor = _period_value(c, unit, off, deictic, this)
    if value is None and not deictic and g["r"].lower() in lex.deictic_relatives and c.pub is not None \
            and not c.history():
        # "kommende Woche" after a background year that named no day: the week after publication
        value, anchor = _period_value(c, unit, lex.deictic_relatives[g["r"].lower()], True, False)
    return [Found(g.start, g.end, "DATE", value, mod, anchor)]


def resolve_phase_of(g: Groups, c: Context) -> list[Found]:
    """'Anfang des Jahres', 'Ende der Woche', 'Mitte des Jahres 2014' (not 'im Laufe der Jahre')."""
    if g["u"].lower() in c.lex.plural_units:
        return []
    unit = c.lex.periods[g["u"].lower()]
    mod = c.lex.phases.get(g["p"].lower())
    if g["y"]:
        y = int(g["y"])
        c.explicit(y, None, None, c.sentence_of(g.start))
        return [Found(g.start, g.end, "DATE", fmt_year(y), mod)]
    if unit not in ("Y", "M", "W"):
        return []
    value, anchor = _period_value(c, unit, 0, False, True)
    return [Found(g.start, g.end, "DATE", value, mod, anchor)]


def resolve_phase_compound(g: Groups, c: Context) -> list[Found]:
    """'Jahresende', 'Wochenende', 'Monatsanfang 2024'."""
    unit, mod = c.lex.phase_compounds[g["w"].lower()]
    if g["y"]:
        y = int(g["y"])
        c.explicit(y, None, None, c.sentence_of(g.start))
        return [Found(g.start, g.end, "DATE", fmt_year(y), mod)]
    if unit == "WE" and c.pub is not None:
        t = c.tense(c.sentence_of(g.start), g.start)
        weeks = -1 if t == "past" and c.pub.isoweekday() < 6 else 0
        return [Found(g.start, g.end, "DATE", week(c.pub, weeks) + "-WE", None, c.deictic())]
    value, anchor = _period_value(c, unit, 0, False, True)
    return [Found(g.start, g.end, "DATE", value, mod, anchor)]


def resolve_relative_noun(g: Groups, c: Context) -> list[Found]:
    """'Vorjahr', 'Folgetag', 'Ende des Vorjahres': one period from the reference time."""
    unit, off = c.lex.relative_nouns[g["w"].lower()]
    if g["w"].lower().startswith("tagesverlauf") and not any(
            w in c.lex.day_course_before for w in c.words_before(g.start, 1)):
        return []  # "der Tagesverlauf eines Schülers": a routine, no day
    value, anchor = _period_value(c, unit, off, False, False)
    return [Found(g.start, g.end, "DATE", value, c.lex.phases.get((g["p"] or "").lower()), anchor)]


def resolve_season(g: Groups, c: Context) -> list[Found]:
    """'Herbst 2024', 'im Sommer', 'vergangenen Winter', 'Frühsommer' (START)."""
    lex = c.lex
    code, mod = lex.seasons[g["w"].lower()]
    if g["early"]:
        mod = "START"
    elif g["late"]:
        mod = "END"
    anchor = None
    if g["y"]:
        y: int | None = _era(int(g["y"]), g["bc"])
        c.explicit(y, None, None, c.sentence_of(g.start))
    elif g["of"]:
        y, anchor = _of_year(g, c, anaphoric_first=False)
    elif g["r"]:
        off, deictic, _ = relative(g["r"], lex)
        if deictic and c.pub is not None:
            y, anchor = c.pub.year + off, c.deictic()
            if off < 0 and code == "WI" or off > 0 and SEASON_MONTH[code] > c.pub.month:
                y -= off  # "vergangenen Winter" in March is the winter of the year before only once
        elif deictic:
            y, anchor = None, None
        else:
            y, anchor = c.this_year()
    elif _yearly(g, c):  # "jedes Jahr im Sommer": every summer
        return [Found(g.start, g.end, "DATE", f"XXXX-{code}", mod)]
    elif _surname(g, c):
        return []  # "Autorin Vera Herbst": a name
    else:
        y, anchor = c.year_for(SEASON_MONTH[code], None, c.sentence_of(g.start), g.start)
        if code == "WI" and anchor == "published" and y is not None and c.pub is not None \
                and c.pub.month <= 3 and y == c.pub.year - 1:
            y = c.pub.year  # "nach diesem strengen Winter" in March: the winter now ending, as "vergangenen Winter"
    value = None if y is None else f"{fmt_year(y)}-{code}"
    return [Found(g.start, g.end, "DATE", value, mod, anchor)]


def resolve_month(g: Groups, c: Context) -> list[Found]:
    """'Juli 2025', 'im April', 'Mitte Mai', 'Juni des folgenden Jahres', 'Mai jeden Jahres'."""
    lex, sidx = c.lex, c.sentence_of(g.start)
    mo = _month(g["m"], lex)
    mod = lex.phases.get((g["p"] or "").lower())
    anchor = None
    if g["y"]:
        y: int | None = _era(int(g["y"]), g["bc"])
        c.explicit(y, mo, None, sidx)
    elif g["of"]:
        y, anchor = _of_year(g, c, anaphoric_first=False)
    elif g["ly"]:
        y = int(g["ly"])
    elif g["every"] or _yearly(g, c):  # "im Mai jeden Jahres", "jährlich im Mai": every year's May
        return [Found(g.start, g.end, "DATE", f"XXXX-{mo:02d}", mod)]
    else:
        if not g["p"] and not _bare_month_ok(g, c):
            return []
        y, anchor = c.year_for(mo, None, sidx, g.start)
    value = f"XXXX-{mo:02d}" if y is None else fmt(y, mo)
    if y is not None and not g["y"]:
        c.set_ref(y, mo, None, anchor)
    return [Found(g.start, g.end, "DATE", value, mod, anchor)]


def _surname(g: Groups, c: Context) -> bool:
    """A bare season right after a capitalized word that is no cue of a date ("Vera Herbst", "Familie Winter")
    inside a sentence is a surname; "Im Herbst", "Bis Sommer", "Anfang Herbst" are seasons."""
    prev, punct = c.prev_word(g.start)
    if not prev[:1].isupper() or punct or g["early"] or g["late"]:
        return False
    low, lex = prev.lower(), c.lex
    if low in lex.year_cues or low in lex.determiners or low in lex.phases or low in lex.deictic_relatives:
        return False
    return c.text[max(0, g.start - len(prev) - 3):g.start - len(prev)].strip()[-1:] not in ("", ".", "!", "?", ":", "\n")


def _yearly(g: Groups, c: Context) -> bool:
    """'jährlich im Mai', 'jedes Jahr im Sommer', 'alljährlich zu Ostern': a yearly word right before; 'was
    sonst im Juli fällt', 'im Januar grundsätzlich nicht möglich': an adverb of what is usual just around."""
    before = c.words_before(g.start, 4)
    after = re.split(r"[.!?;:]", c.text[g.end:g.end + 40], maxsplit=1)[0].lower().split()[:2]
    if any(w in c.lex.usual_cues for w in before) or any(w.strip(",") in c.lex.usual_cues for w in after):
        return True
    before = before[-3:]
    return any(w in c.lex.yearly_cues and (w not in ("jedes", "jeden") or before[i + 1:i + 2] == ["jahr"])
               for i, w in enumerate(before))


def _bare_month_ok(g: Groups, c: Context) -> bool:
    """A bare month name is a month unless it starts a name ("August von ...", "Mai Thi")."""
    if g["m"].endswith("."):
        return False
    nxt = c.next_word(g.end)
    prev, _ = c.prev_word(g.start)
    cued = prev.lower() in c.lex.year_cues or prev.lower() in c.lex.determiners
    if nxt.lower() in c.lex.name_particles:
        return cued  # "im Oktober von einem Gericht verurteilt", but "August von Goethe"
    if nxt[:1].isupper():
        return cued
    if prev[:1].isupper() and not cued and prev.lower() not in c.lex.month_heads \
            and c.text[max(0, g.start - 40):g.start].rstrip()[-1:].isalpha():
        return False  # the end of a name ("Chiang Mai"), not "Ende Mai", "Monat Mai"
    return True


_YEAR_WORD = re.compile(r"\bJahr")


def resolve_year(g: Groups, c: Context) -> list[Found]:
    """'2019', 'im Jahr 2019', 'Ende 2024', 'um 1900', '490 v. Chr.'; counts are no years."""
    lex = c.lex
    raw = int(g["y"])
    bc = g["bc"]
    if g["bcr"]:
        if int(g["bcr_y"]) >= raw:
            return []  # years before Christ count down: "264–260 v. Chr.", not "5-10 v. Chr."
        bc = g["bcr"]
    # "um das Jahr 2000 (herum)": the year word after an approximation is a cue too; the timex is "Jahr 2000"
    cued = bool(g["p"] or g["j"] or bc or g["ad"])
    m = None if cued or not g["q"] else _YEAR_WORD.search(c.text, g.start, g.end)
    year_word = m.start() if m else -1
    cued = cued or year_word >= 0
    if not cued and not _year_ok(g, c, raw):
        return []
    y = _era(raw, bc)
    mod = lex.phases.get((g["p"] or "").lower())
    if g["q"]:
        q = g["q"].lower()
        if q not in lex.year_approx:
            return []  # "rund 2000": a count
        mod = lex.quantity_mods.get(q)
    if not _attribute_year(g, c):
        c.explicit(y, None, None, c.sentence_of(g.start))
    out = [Found(year_word if year_word >= 0 else g.start, g.end, "DATE", fmt_year(y), mod)]
    y2 = int(g["y2"] or -1)
    if (y2 == (y + 1) % 100 if g["sep"] == "/" else 12 < y2 > y % 100) and not bc \
            and not (g["j"] or c.prev_word(g.start)[0]).lower().endswith(lex.span_year_nouns):
        # "im Deutsch-Französischen Krieg 1870/71", "den Balkankriegen (1912/13)": two years, the second written
        # short; a season or term of office over the turn of a year ("Saison 2014/15") is one period, no year.
        # After a dash a later year of the century ("1914–18", "1930-34"): the range's last year; not a month
        # ("2011-12" may be December 2011)
        out.append(Found(g.end + 1, g.end + 3, "DATE", fmt_year(y - y % 100 + y2)))
    elif g["sep"] == "/" and y2 == (y + 1) % 100 and not bc:
        # "mit dem Schuljahr 2012/13", "in der Saison 2014/15", "im Geschäftsjahr 2014/15": the period's noun and
        # both years are the span (its value stays the first year)
        prev = c.prev_word(g.start)[0]
        if g["j"] and g["j"].lower().endswith(lex.span_year_nouns):
            out[0] = Found(out[0].start, g.end + 3, "DATE", fmt_year(y), mod)
        elif not g["j"] and prev.lower().endswith(lex.span_year_nouns) \
                and c.text[g.start - len(prev) - 1:g.start] == prev + " ":
            out[0] = Found(g.start - len(prev) - 1, g.end + 3, "DATE", fmt_year(y), mod)
    return out


def _attribute_year(g: Groups, c: Context) -> bool:
    """Does a bare year stand in an extended participle attribute ("des 1849 verstorbenen Schriftstellers",
    "die 2005 gegründete Partei"; Duden: erweitertes Partizipialattribut)? It dates the noun's past, not the
    clause: it opens no story whose year later "in diesem Jahr" would take."""
    prev, prev_char = c.prev_word(g.start)
    if g["p"] or g["j"] or g["q"] or prev.lower() not in c.lex.np_articles or prev_char != "":
        return False
    words = c.text[g.end:g.end + 60].split()[:2]
    return len(words) == 2 and bool(_PAST_PARTICIPLE.match(words[0])) and words[1][:1].isupper()


def _year_ok(g: Groups, c: Context, y: int) -> bool:
    """Is a bare four-digit number a year? Counts ("rund 2000 Soldaten") are not."""
    if y < 1000:
        return False
    prev, prev_char = c.prev_word(g.start)
    p = prev.lower()
    nxt = c.next_word(g.end)
    if (nxt[:1] in ("%", "€", "$") or prev_char in ("€", "$", "#", "§")
            or nxt.lower() in c.lex.measure_units or nxt.lower().rstrip(".,;:!?") in c.lex.measure_units):
        return False
    if c.line_ends(g.end):
        return True
    words = c.words_after(g.end, 3)
    if len(words) == 3 and words[0] in c.lex.list_words and words[1][:1].isdigit() and (
            words[2] in c.lex.measure_units or words[2] in c.lex.not_clock_units):
        return False  # "von 2000 bis 3000 Grad": a range of amounts
    if p in c.lex.label_nouns:
        return False  # "Linie 2013", "Zimmer 1002": a number's label
    if p == "es" and c.words_before(g.start, 2)[:1] and c.words_before(g.start, 2)[0] in c.lex.count_verbs:
        return False  # "mittlerweile sind es 1600"
    if len(words) >= 2 and words[0] == "auf" and words[1][:1].isdigit():
        to = int(words[1]) if words[1].isdigit() else -1
        if abs(to - y) > 1:
            return False  # "stieg von 1800 auf 2100": a change of an amount ("von 2014 auf 2015" stays)
    if p in c.lex.determiners and nxt.endswith(("ischen", "ische", "ischer")) and nxt[:1].islower() \
            and c.text[g.end:g.end + 60].split()[1:2] and c.text[g.end:g.end + 60].split()[1][:1].isupper():
        return False  # "die 1400 hessischen Soldaten": a count before an adjective of origin and its noun
    if p == "zu" and c.words_before(g.start, 2)[:1] and c.words_before(g.start, 2)[0] in c.lex.comparison_heads:
        # "Im Vergleich zu 2003 fällt auf": a year compared with; "im Vergleich zu 2000 Menschen" a count
        return not (nxt[:1].isupper() and _month(nxt, c.lex) == 0)
    if p in c.lex.count_cues or g["q"]:
        return not nxt[:1].isalpha()
    if nxt[:1].isupper() and _month(nxt, c.lex) == 0:
        # a chronology's list item opens with its year ("* 1920 Chili-Anhwei-Krieg")
        return p in c.lex.year_cues or prev_char in ("(", "–", "-", "/") or c.in_chronology(g.start)
    if c.pub is not None and y > c.pub.year + 30:
        return False
    return True


_AGE = re.compile(r"\d+-?[jJ]ährig")
# an inflected participle or adjective in attributive position: "verstorbenen", "gegründete", "eröffneten"
_PAST_PARTICIPLE = re.compile(r"[a-zäöüß]{3,}(?:t|en)e[nmrs]?$")
_PRESENT_PARTICIPLE = re.compile(r"[a-zäöüß]{3,}end(?:e[nmrs]?)?$")  # "heute lebender Asiaten": those living now


def resolve_relative_day(g: Groups, c: Context) -> list[Found]:
    """'gestern', 'heute Abend', 'morgen früh'; 'bis heute' is PRESENT_REF."""
    lex = c.lex
    off = lex.relative_days[(g["w"] or g["w2"]).lower()]
    for idiom in lex.day_idioms:  # "von heute auf morgen": suddenly, no day
        lo = max(0, g.start - len(idiom))
        at = c.text[lo:g.end + len(idiom)].lower().find(idiom)
        if at >= 0 and lo + at <= g.start and g.end <= lo + at + len(idiom):
            return []
    if off == 0 and not g["dp"]:
        prev, prev_char = c.prev_word(g.start)
        nxt = c.next_word(g.end)
        sidx = c.sentence_of(g.start)
        # a simple past next to it tells what happened today ("Heute wurde ... geehrt", "wurden heute von
        # einem Gericht verurteilt"), even after a history or a "damals"; "bis heute", "(heute ...)" stay
        after = " ".join(c.words_after(g.end, 3))
        nowadays = (c.history() or nxt.lower().strip(".,;") in lex.nowadays_cues or nxt.lower() in lex.nowadays_next
                    or any(after == p or after.startswith(p + " ") for p in lex.nowadays_next_phrases)
                    or c.sentence_has(sidx, lex.then_words)) and not c.past_verb_beside(g.start, g.end)
        again = nxt.lower() in lex.again_words and prev.lower() != "bis"  # "auch heute wieder": the day
        # "von heute an gilt": from this day on ("noch heute an den Folgen leiden" is nowadays)
        again = again or prev.lower() == "von" and nxt.lower().rstrip(".,;") in lex.onwards_words
        if (c.pub is None or nowadays or prev.lower() in lex.nowadays_cues and not again or prev_char == "("
                or _AGE.match(nxt) or _PRESENT_PARTICIPLE.match(nxt)  # "der heute 65-Jährige", "heute lebender"
                or prev.lower() in lex.np_articles and prev_char == ""
                and any(_PRESENT_PARTICIPLE.match(w.rstrip(".,;:!?")) for w in c.text[g.end:g.end + 60].split()[:3])):
            # "der heute in Südamerika lebenden Anakonda": an article, then the attribute's participle
            return [Found(g.start, g.end, "DATE", "PRESENT_REF")]
    if c.pub is None:
        return [Found(g.start, g.end, "DATE", None)]
    dt = c.pub + timedelta(days=off)
    anchor = c.deictic()
    c.set_ref(dt.year, dt.month, dt.day, anchor)
    dp = (g["dp"] or "").lower()
    part = lex.day_part_adverbs.get(dp) or lex.day_parts.get(dp)
    if part:
        return [Found(g.start, g.end, "TIME", f"{dt.isoformat()}T{part}", None, anchor)]
    return [Found(g.start, g.end, "DATE", dt.isoformat(), None, anchor)]


def resolve_today_adjective(g: Groups, c: Context) -> list[Found]:
    """'am heutigen Morgen', 'am heutigen Donnerstagabend', 'am gestrigen Freitag', 'am vorgestrigen Donnerstag',
    'am morgigen Samstag': the publication day (with its part) or one counted from it; 'bis zum heutigen Tag'
    is "until now" (PRESENT_REF), like 'bis heute'."""
    lex = c.lex
    off = lex.day_adjectives[(g["a"] or g["oa"]).lower().rstrip("nm").rstrip("e")]
    if g["oa"] and (c.history() or c.narrative):
        return []  # "die heutige Sitzung" in a story: no day of the report
    if off == 0 and g["t"] and (c.after_any(g.start, ("bis zum", "bis zu dem")) or c.pub is None):
        return [Found(g.start, g.end, "DATE", "PRESENT_REF")]
    if c.pub is None:
        return [Found(g.start, g.end, "DATE", None)]
    day = c.pub + timedelta(days=off)
    if g["w"]:  # "am heutigen Montag" dated Sunday (written before midnight): the nearest such weekday
        delta = (lex.weekdays[g["w"].lower()] - day.isoweekday()) % 7
        day += timedelta(days=delta - 7 if delta > 3 else delta)
    anchor = c.deictic()
    c.set_ref(day.year, day.month, day.day, anchor)
    part = lex.day_parts.get((g["dp"] or g["wdp"] or "").lower())
    if part:
        return [Found(g.start, g.end, "TIME", f"{day.isoformat()}T{part}", None, anchor)]
    return [Found(g.start, g.end, "DATE", day.isoformat(), None, anchor)]


def resolve_relative_year(g: Groups, c: Context) -> list[Found]:
    """'heuer', 'diesjährigen', 'letztjährige': a year counted from the publication date."""
    lex = c.lex
    off = lex.relative_year_words[g["w"].lower()] if g["w"] else lex.relative_year_adjectives[g["a"]]
    if c.pub is None:
        return [Found(g.start, g.end, "DATE", None)]
    return [Found(g.start, g.end, "DATE", fmt_year(c.pub.year + off), None, c.deictic())]


def resolve_unit_shift(g: Groups, c: Context) -> list[Found]:
    """'Tag darauf', 'Jahr zuvor': one unit from the reference time."""
    unit = c.lex.units.get(g["u"].lower().rstrip("s"), "D")
    sign = c.lex.shift_words[g["s"].lower()]
    if c.ref is None:
        return [Found(g.start, g.end, "DATE", None)]
    got = shift(c.ref, unit, sign)
    anchor = c.ref_anchor()
    if got is None:
        return [Found(g.start, g.end, "DATE", None, None, anchor)]
    if sign > 0:  # a look back ("am Tag zuvor") leaves the story where it is, as "im Vorjahr" does
        c.set_ref(*got, anchor)
    return [Found(g.start, g.end, "DATE", fmt(*got), None, anchor)]
