"""Resolvers of times of day, durations, recurrences and vague references.

One resolver per rule of ``timexes.RULES`` (``resolve_<rule name>``), as in ``timex_dates``; and
``clock_days``, the pass over all of an article's timexes that gives clock times the day of their
sentence.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from chronik.extract.timex_context import (
    CLAUSE_BREAKS, TIME_UNITS, YMD, Context, Found, Groups, duration, fmt, num_value, relative, shift,
)

EVENING_HOUR = 18  # a clock time from 18:00 opens a night ...
NIGHT_END_HOUR = 6  # ... that a time before 06:00 told after it belongs to, on the next day


def resolve_day_part(g: Groups, c: Context) -> list[Found]:
    """'am Abend', 'gegen Mittag', 'in der Früh', 'am frühen Nachmittag': that part of the reference day;
    'am nächsten Morgen', 'am selben Abend', 'am Morgen darauf': of a day counted from it."""
    if not c.after_any(g.start, c.lex.day_part_prepositions) and not (
            g["r"] and g["r"].lower() in c.lex.adverbial_relatives
            and c.prev_word(g.start)[0].lower() not in c.lex.determiners):
        return []  # "der Abend war lang": a noun, no time; "Letzte Nacht brannte es" is one
    part = c.lex.day_parts[g["dp"].lower()]
    mod = "START" if g["early"] else "END" if g["late"] else None
    sidx = c.sentence_of(g.start)
    if c.habitual(sidx, g.start):
        return []  # "jeweils am Abend": no one evening
    off, deictic = 0, False
    if g["r"]:
        off, deictic, _ = relative(g["r"], c.lex, True)  # "am nächsten Morgen": after the story's day
    elif g["s"]:
        off = c.lex.shift_words[g["s"].lower()]  # "am Morgen darauf"
    if deictic and c.pub is not None:
        day: YMD | None = shift((c.pub.year, c.pub.month, c.pub.day), "D", off)
        anchor = c.deictic()
    else:
        ref, anchor = c.ref, c.ref_anchor()
        if ref is not None and ref[2] is None and not c.narrative and c.pub is not None:
            ref, anchor = (c.pub.year, c.pub.month, c.pub.day), "published"  # as for clock times
        day = shift(ref, "D", off) if ref is not None and ref[2] is not None and ref[0] > 0 else None
    if day is None:
        return [Found(g.start, g.end, "TIME", f"XXXX-XX-XXT{part}" if not off else None, mod)]
    if off:
        c.set_ref(*day, anchor)
    return [Found(g.start, g.end, "TIME", f"{fmt(*day)}T{part}", mod, anchor)]


def resolve_clock(g: Groups, c: Context) -> list[Found]:
    """'20 Uhr', '14.30 Uhr', '8 Uhr abends' and the first times of '10 bis 18 Uhr': on the reference day."""
    return [_clock_time(g.start, g.end, int(g["h"]), g["m"] or g.get("m2") or "00", g.get("dp"), c)]


def resolve_clock_dateline(g: Groups, c: Context) -> list[Found]:
    """'25.09.2015 08:13', '28.01.2016, 11:43', '17. April 2016, 23:09': a time right after a date
    (not after a year: '2014 22:25' is a score)."""
    if g.start - c.last_day_end > 3:
        return []
    return [_clock_time(g.start, g.end, int(g["h"]), g["m"], None, c)]


def resolve_clock_cued(g: Groups, c: Context) -> list[Found]:
    """'um 12.15', 'ab 9.30' without 'Uhr': a time after a clock preposition, unless a unit follows."""
    nxt = c.next_word(g.end).lower().rstrip(".,;:!?")
    if nxt in c.lex.measure_units or nxt in c.lex.not_clock_units or nxt[:1] in ("%", "€", "$"):
        return []
    return [_clock_time(g.start + len(g["pre"]) + 1, g.end, int(g["h"]), g["m"], None, c)]


def resolve_clock_word(g: Groups, c: Context) -> list[Found]:
    """'gegen fünf Uhr', 'um acht Uhr abends', 'um ein Uhr': a full hour written as a word ('eine Uhr' is a
    watch; 'ein Uhr' is a time only after a clock preposition)."""
    w = g["w"].lower()
    if w == "ein" and c.prev_word(g.start)[0].lower() not in c.lex.clock_prepositions:
        return []
    return [_clock_time(g.start, g.end, int(c.lex.number_words[w]), "00", g["dp"], c)]


def resolve_clock_half(g: Groups, c: Context) -> list[Found]:
    """'um halb acht' 07:30, 'Viertel nach zehn Uhr' 10:15, 'Viertel vor acht' 07:45, 'dreiviertel acht' 07:45,
    'viertel acht' 07:15: with 'Uhr' or after a clock preposition ('um', 'gegen'), else no time."""
    if not g["u"] and c.prev_word(g.start)[0].lower() not in c.lex.clock_prepositions:
        return []
    raw = g["h"].lower()
    h = int(raw) if raw.isdigit() else 1 if raw == "eins" else int(c.lex.number_words[raw])
    f = " ".join(g["f"].lower().split())
    if f == "halb":
        h, mi = h - 1, "30"
    elif g["vd"] and g["vd"] == "nach":
        mi = "15"
    elif g["vd"] or f.startswith("drei"):
        h, mi = h - 1, "45"
    else:
        h, mi = h - 1, "15"
    return [_clock_time(g.start, g.end, h, mi, g["dp"], c)]


def _clock_time(start: int, end: int, h: int, mi: str, part_word: str | None, c: Context) -> Found:
    dp = c.lex.day_part_adverbs.get((part_word or "").lower())
    if dp in ("AF", "EV") and h < 12:
        h += 12
    ref, clock, anchor = c.ref, f"{h:02d}:{mi}", c.ref_anchor()
    if ref is not None and ref[2] is None and not c.narrative and c.pub is not None:
        # news after a year or month named in passing ("bei der Wahl 2002"): a time of the publication day
        ref, anchor = (c.pub.year, c.pub.month, c.pub.day), "published"
    if (ref is not None and ref[2] is not None and not c.narrative and c.pub is not None
            and ref > (c.pub.year, c.pub.month, c.pub.day) and c.last_day_end < c.sentences[c.sentence_of(start)].start
            and c.tense(c.sentence_of(start), start) == "past"):
        # a time told in the past cannot lie on a day after publication that only an earlier sentence named
        # ("Im Wahlkreis X wird erst am 2. Oktober gewählt. ... lag die Wahlbeteiligung von 8:00 bis 14:00 Uhr
        # bei 41,9 Prozent"): the publication day
        ref, anchor = (c.pub.year, c.pub.month, c.pub.day), "published"
    if ref is not None and ref[2] is not None and ref[0] > 0:
        if h < 12 and c.night_end is not None and shift(ref, "D", 1) == c.night_end:
            ref = c.night_end  # "in der Nacht zum Samstag gegen 1:30 Uhr": after midnight, on Saturday
        return Found(start, end, "TIME", f"{fmt(*ref)}T{clock}", None, anchor, clock)
    return Found(start, end, "TIME", f"XXXX-XX-XXT{clock}", None, None, clock)


def clock_days(found: list[Found], c: Context) -> list[Found]:
    """The day of each clock time, from its sentence where that says more than the reference time.

    - A time of day that recurs has no day: after a SET or a habitual word in its sentence ('jeweils',
      'wochentags'), or after two coordinated days ('am 25. und 26. August von 10 bis 18 Uhr'), its value
      is the time alone ('T10:00'), as in the KRAUTS news annotation; unless its own day stands right
      before it ('jeweils 20 Uhr, ... 29. September, 19.15 Uhr').
    - A time with no day before it in its sentence takes the day that follows in its clause
      ('Um 9 Uhr startet am Freitag die Qualifikation').
    - A time after midnight in a later sentence, with no day of its own, that follows an evening time of the
      same day and no other day is the next day: a night told in order ('Er verständigte gegen 19.30 Uhr die
      Polizei. ... Gegen 00.30 Uhr wurde er festgenommen'), when that night ended by the publication day (an
      evening on the publication day itself was mostly the day before, unnamed: no shift).
    """
    out: list[Found] = []
    evening: tuple[str, int] | None = None  # (day, sentence) of the last evening clock time, while no other day
    for i, f in enumerate(found):
        if f.clock is None:
            if f.value is not None and f.value[:10] != (evening[0] if evening else None) and (
                    is_day(f.value) or is_day(f.value[:10])):
                evening = None  # another day named
        if f.clock is not None:
            sidx = c.sentence_of(f.start)
            same = [d for d in found if d is not f and c.sentence_of(d.start) == sidx]
            before = [d for d in same if d.start < f.start and d.type == "DATE" and is_day(d.value)]
            dated = bool(before) and not c.text[before[-1].end:f.start].strip(" ,") and not (
                len(before) >= 2 and _coordinated(before[-2], before[-1], c))  # "29. September, 19.15 Uhr"
            if not dated and (any(d.type == "SET" and d.start < f.start for d in same) or c.habitual(sidx, f.start)
                              or len(before) >= 2 and _coordinated(before[-2], before[-1], c)):
                f = Found(f.start, f.end, "TIME", f"T{f.clock}", None, None, f.clock)
            elif not before:
                after = next((d for d in same if d.start > f.start and d.type == "DATE" and is_day(d.value)), None)
                if after is not None and not any(ch in CLAUSE_BREAKS for ch in c.text[f.end:after.start]):
                    f = Found(f.start, f.end, "TIME", f"{after.value}T{f.clock}", None, after.anchor, f.clock)
                elif after is None and evening is not None and f.value is not None and f.value[:10] == evening[0] \
                        and sidx > evening[1] and int(f.clock[:2]) < NIGHT_END_HOUR \
                        and c.pub is not None and date.fromisoformat(evening[0]) < c.pub:
                    day = (date.fromisoformat(evening[0]) + timedelta(days=1)).isoformat()
                    f = Found(f.start, f.end, f.type, day + f.value[10:], f.mod, f.anchor, f.clock)
            day = f.value[:10] if f.value is not None and is_day(f.value[:10]) else None
            if day is not None and int(f.clock[:2]) >= EVENING_HOUR:
                evening = (day, sidx)
            else:
                evening = None
        out.append(f)
    return out


def _coordinated(a: Found, b: Found, c: Context) -> bool:
    """Two days joined by a list word only ('25. und 26. August', '3., 4. und 5. Oktober')."""
    between = c.text[a.end:b.start].strip(" ,").lower()
    return not between or between in c.lex.list_words


def is_day(value: str | None) -> bool:
    """Is ``value`` a calendar day (``2025-08-15``)?"""
    return value is not None and len(value) == 10 and value[4] == "-" and value[:4].isdigit()


def resolve_duration(g: Groups, c: Context) -> list[Found]:
    """'zwei Wochen', 'nach drei Tagen', 'etwa zehn Sekunden'. 'um' before a duration measures a change ("um
    einen Tag verschoben", "um zwei Jahre verlängert"): a leading preposition, out of the span, no APPROX."""
    got = _resolve_duration(g, c)
    if (g["q"] or "").lower() in c.lex.measure_prepositions:
        n_start = g.start_of("n")
        got = [Found(n_start, f.end, f.type, f.value, None, f.anchor, f.clock) if f.start == g.start else f
               for f in got]
    return got


def _resolve_duration(g: Groups, c: Context) -> list[Found]:
    lex = c.lex
    u = g["u"].lower()
    unit = lex.units[u]
    n = num_value(g["n"], lex.number_words)
    if g["n"].lower().split()[-1].startswith("halbe"):  # "ein halbes Jahr": six months
        if unit not in lex.half_units or u in lex.plural_units:
            return []
        n, unit = lex.half_units[unit]
    elif g["n"] in lex.first_words:  # "den ersten Tagen": only before a plural ("am ersten Tag" is a day)
        if u not in lex.plural_units or g["s"] or g["a"]:
            return []
    elif n is None and g["n"].lower() not in lex.vague_quantities:
        return []
    if n is not None and n == 1 and u in lex.plural_units:
        return []  # "eine Jahre" is not German; "ein" belongs to something else
    if g["n"].lower() == lex.some_day[0] and u == lex.some_day[1] and not g["a"] and not g["q"]:
        prev, prev_char = c.prev_word(g.start)
        if not c.words_before(g.start, 1) or prev_char or prev[:1].islower() and prev not in lex.genitive_prepositions:
            return []  # "Eines Tages kam er zurück", "wir werden eines Tages": some day, no span of one day
    if lex.units[u] == "Y" and _is_age(g, c):
        return []
    mod = lex.quantity_mods.get((g["q"] or "").lower())
    # "innerhalb von zwei Wochen", "binnen 24 Stunden", "nach einer Woche Pause": how long, not when
    as_duration = Found(g.start + len(g["a"] or ""), g.end, "DURATION", duration(n, unit), mod)
    if g["a"] and (u not in lex.units_dative or g["a"].lower() in lex.within_words or _of_something(g.end, c)):
        return [as_duration]
    if g["s"] and unit in TIME_UNITS:
        # "15 Minuten später", "wenige Stunden später": the reference time is a day, not a clock time, so
        # what the text tells is how long after (TIMEX3: the duration, "später" its signal)
        return [Found(g.start, g.end - len(g["s"]), "DURATION", duration(n, unit), mod)]
    if g["s"] or g["a"]:  # "zwei Tage später", "nach drei Tagen": a date counted from the reference time
        sign = lex.shift_words[g["s"].lower()] if g["s"] else 1
        if n is None:
            if g["a"] and unit in TIME_UNITS:
                return [as_duration]  # "nach wenigen Minuten" as "nach 15 Minuten": how long after (PTXM)
            return [Found(g.start, g.end, "DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", mod)]
        got = None
        if float(n).is_integer() and c.ref is not None and unit not in TIME_UNITS:
            got = shift(c.ref, unit, sign * int(n))
        if got is None and g["s"] and not float(n).is_integer():
            # "eineinhalb Monate zuvor": no calendar date; what the text tells is how long before
            return [Found(g.start, g.end - len(g["s"]), "DURATION", duration(n, unit), mod)]
        if got is None:
            return [as_duration] if g["a"] else [Found(g.start, g.end, "DATE", None, mod)]
        anchor = c.ref_anchor()
        if sign > 0:  # "zwei Tage zuvor" looks back and leaves the story where it is
            c.set_ref(*got, anchor)
        return [Found(g.start, g.end, "DATE", fmt(*got), mod, anchor)]
    return [Found(g.start, g.end, "DURATION", duration(n, unit), mod)]


def _of_something(end: int, c: Context) -> bool:
    """Does a noun of what lasted follow the unit ("nach sechs Jahren Krieg", "nach mehreren Tagen des
    Angriffs", "nach sechs Wochen verlustreicher Kämpfe")? Then "nach N Jahren" tells how long, not when."""
    words = c.text[end:end + 60].split(None, 2)[:2]
    if not words or not words[0][:1].isalpha():
        return False
    first = words[0]
    if first[:1].isupper():
        return first.rstrip(".,;:!?") == first and first.lower() not in c.lex.weekdays \
            and first.lower().rstrip(".") not in c.lex.months
    nxt = words[1] if len(words) > 1 else ""
    return first in ("des", "der") or first.endswith(("er", "en")) and nxt[:1].isupper() and first not in c.lex.determiners


def _is_age(g: Groups, c: Context) -> bool:
    """An age is no temporal expression (TimeML): '22 Jahre alt', '16 Jahre jüngere', 'ab 16 Jahren', 'im Alter
    von 76 Jahren', 'Kinder unter 16 Jahren', 'im Alter
    von 62, 64 und 66 Jahren' (a list of ages)."""
    lex = c.lex
    nxt = c.next_word(g.end).lower().rstrip(".,;:!?")
    if any(nxt.startswith(w) for w in lex.age_words):
        return True
    if g["u"].lower() not in lex.units_dative:
        return False
    prev, _ = c.prev_word(g.start)
    if prev.lower() in lex.age_prepositions or c.after_any(g.start, lex.age_phrases):
        return True
    if prev.lower() in lex.list_words:  # "im Alter von 62, 64 und 66 Jahren": the last number of a list of ages
        before = c.words_before(g.start, 10)
        while before and (before[-1] in lex.list_words or before[-1] == "," or before[-1].isdigit()):
            before.pop()
        if " ".join(before[-2:]) in lex.age_phrases or before and before[-1] in lex.age_prepositions:
            return True
    before = c.words_before(g.start, 2)  # "Jugendliche unter | 16 Jahren", "Kinder | über 16 Jahren"
    if (g.get("q") or "").lower() in lex.age_limits:
        return bool(before) and before[-1] in lex.age_groups
    return len(before) == 2 and before[-1] in lex.age_limits and before[-2] in lex.age_groups


def resolve_duration_range(g: Groups, c: Context) -> list[Found]:
    """'sechs bis acht Monate', '2 oder 3 Tage': the first number takes the unit of the second."""
    n = num_value(g["n"], c.lex.number_words)
    if n is None or c.lex.units[g["u"].lower()] == "Y" and (_is_age(g, c) or _range_is_age(g, c)):
        return []
    return [Found(g.start, g.end, "DURATION", duration(n, c.lex.units[g["u"].lower()]))]


def _range_is_age(g: Groups, c: Context) -> bool:
    """'18 bis 25 Jahre alt': the age word follows the unit after the second number."""
    rest = c.text[g.end:g.end + 60]
    at = rest.find(g["u"])  # the unit after the second number (the pattern's lookahead saw it)
    return at >= 0 and any(c.next_word(g.end + at + len(g["u"])).startswith(w) for w in c.lex.age_words)


def resolve_adjective_duration(g: Groups, c: Context) -> list[Found]:
    n = num_value(g["n"], c.lex.number_words)
    unit = c.lex.duration_suffixes[g["u"].lower()]
    if unit == "Y" and (g["n"][:1].isdigit() and not _span_noun_follows(g.end, c)
                        or c.next_word(g.end).lower() in c.lex.age_persons):
        return []  # "der 47-jährige Mann", "der zwölfjährigen Chinesin": an age
    return [Found(g.start, g.end, "DURATION", duration(n, unit))]


def _span_noun_follows(pos: int, c: Context) -> bool:
    """Is the noun after ``pos`` (past at most one adjective) a stretch of time ('-jährigen indonesischen
    Besatzungszeit', '-jähriger Bauzeit')?"""
    for w in c.text[pos:pos + 60].split()[:2]:
        w = w.rstrip(".,;:!?)")
        if w[:1].isupper():
            low = w.lower()
            return low.rstrip("n").endswith(c.lex.span_noun_endings) and low not in c.lex.not_span_nouns
    return False


def resolve_long_duration(g: Groups, c: Context) -> list[Found]:
    return [Found(g.start, g.end, "DURATION", duration(None, c.lex.long_durations[g["w"].lower()]))]


def resolve_day_part_of(g: Groups, c: Context) -> list[Found]:
    """'Abend desselben Tages', 'Morgen des folgenden Tages': a day part of the reference day."""
    lex = c.lex
    part = lex.day_parts[g["dp"].lower()]
    off = 1 if any(lex.anaphoric_relatives.get(w.lower(), 0) > 0 for w in g["r"].split()) else 0
    if c.ref is None or c.ref[2] is None:
        return [Found(g.start, g.end, "TIME", None)]
    got = shift(c.ref, "D", off)
    if got is None:
        return [Found(g.start, g.end, "TIME", None)]
    return [Found(g.start, g.end, "TIME", f"{fmt(*got)}T{part}", None, c.ref_anchor())]


def resolve_since_long(g: Groups, c: Context) -> list[Found]:
    """'seit Jahren', 'seit Jahrzehnten', 'seit langem': a vague duration up to now. The span leaves out
    'seit' (a leading preposition, as 'seit zwei Jahren' gives 'zwei Jahren' and the gold of every news set)."""
    start = g.start_of("u")
    unit = c.lex.units.get(g["u"].lower())
    if unit is None:
        return [Found(start, g.end, "DURATION", "PXY")]
    return [Found(start, g.end, "DURATION", duration(None, unit))]


def resolve_over_years(g: Groups, c: Context) -> list[Found]:
    """'über Jahre hinweg', 'über die Jahre', 'über Monate': a vague duration (PXY, PXM); 'über' is a leading
    preposition, out of the span; the article stays in it ('die Jahre', as KRAUTS spans it)."""
    return [Found(g.start, g.end, "DURATION", duration(None, c.lex.units[g["u"].lower()]))]


def resolve_units_around(g: Groups, c: Context) -> list[Found]:
    """'in den Stunden nach dem Erdbeben' (PTXH), 'in den Jahren zuvor' (PAST_REF), 'in den Tagen danach'
    (FUTURE_REF): 'in' out of the span, the article in it, as the news gold has it."""
    if g["s"]:
        return [Found(g.start, g.end, "DATE", c.lex.around_shifts[g["s"].lower()])]
    return [Found(g.start, g.end, "DURATION", duration(None, c.lex.units[g["u"].lower()]))]


def resolve_set(g: Groups, c: Context) -> list[Found]:
    """'täglich', 'jährliche', 'pro Tag', 'jeden Abend', 'jedes Wochenende'."""
    if g["w"]:
        return [Found(g.start, g.end, "SET", c.lex.sets[g["w"].lower()])]
    return [Found(g.start, g.end, "SET", c.lex.set_units[g["u"].lower()])]


def resolve_every_weekday(g: Groups, c: Context) -> list[Found]:
    """'jeden Montag', 'an jedem Montagabend', 'jeden zweiten Donnerstag': a weekday that recurs."""
    target = c.lex.weekdays[g["w"].lower()]
    part = c.lex.day_parts.get((g["dp"] or "").lower())
    return [Found(g.start, g.end, "SET", f"XXXX-WXX-{target}" + (f"T{part}" if part else ""))]


def resolve_every_n(g: Groups, c: Context) -> list[Found]:
    """'alle zwei Wochen', 'alle vier Jahre': every n units."""
    n = num_value(g["n"], c.lex.number_words)
    return [Found(g.start, g.end, "SET", duration(n, c.lex.units[g["u"].lower()]))]


def resolve_per_unit(g: Groups, c: Context) -> list[Found]:
    """'einmal im Monat', 'zweimal pro Woche'; 'am Tag', 'im Monat' as a rate after a frequency, a number
    ('200 Patienten am Tag', '500 Euro im Monat') or a recurring weekday ('jeden zweiten Donnerstag im Monat')."""
    lex = c.lex
    if g["f"]:
        return [Found(g.start, g.end, "SET", lex.set_units[g["u"].lower()])]
    if not c.after_any(g.start, lex.per_unit_prepositions):
        return []
    before = c.words_before(g.start, 5)[:-1]  # the preposition is the last word before the unit
    if not any(w in lex.frequency_words or w[:1].isdigit() or lex.number_words.get(w, 0) >= 1 and w != "beiden"
               or w in lex.every_words or w.rstrip("s") in lex.weekdays for w in before):
        return []
    return [Found(g.start, g.end, "SET", lex.set_units[g["u2"].lower()])]


def resolve_future(g: Groups, c: Context) -> list[Found]:
    """'in Zukunft' (FUTURE_REF), 'in der Vergangenheit' (PAST_REF)."""
    return [Found(g.start, g.end, "DATE", "PAST_REF" if g["past"] else "FUTURE_REF")]


def resolve_vague(g: Groups, c: Context) -> list[Found]:
    w = g["w"].lower()
    if w == "zur zeit" and c.next_word(g.end).lower() in c.lex.not_now_next:
        return []  # "zur Zeit der Wende": at that time, not now
    if w == "letzten zeit" and not c.after_any(g.start, ("in der",)):
        return []  # "die letzte Zeit seines Lebens"; "in der letzten Zeit" is lately
    if w in ("moment", "augenblick") and (not c.after_any(g.start, ("im",)) or any(
            n in c.lex.not_now_next for n in c.words_after(g.end, 2)[:2] if n)):
        return []  # "einen Moment lang", "im Moment des Aufpralls"; "im Moment gibt es" is now
    value = next(v for k, v in c.lex.vague.items() if k.lower() == w)
    return [Found(g.start, g.end, "DATE", value)]


def resolve_now_adverb(g: Groups, c: Context) -> list[Found]:
    """'Aktuell bestehe diese Gefahr', 'die aktuell bestehenden Hinweise': the present (PRESENT_REF). Not a
    predicative 'aktuell' ('ist aktuell', 'so aktuell wie') and not a noun ('Aktuell' within a sentence)."""
    word = c.text[g.start:g.end]
    before = c.words_before(g.start, 1)
    if before and before[-1] in c.lex.now_not_after:
        return []
    if word[:1].isupper() and before and before[-1][:1].isalpha():
        return []
    return [Found(g.start, g.end, "DATE", "PRESENT_REF")]



# One-unit durations that a compound can join: ISO 8601 writes weeks alone (no "P6W3D"), so weeks stay out
_DURATION_PART = re.compile(r"^P(\d+)([YMD])$|^PT(\d+)([HMS])$")
_DURATION_ORDER = ("Y", "M", "D", "TH", "TM", "TS")


def _duration_part(value: str | None) -> tuple[int, int] | None:
    """(amount, place in ``_DURATION_ORDER``) of a one-unit whole duration ('PT5H' -> (5, 3)), else None."""
    m = _DURATION_PART.match(value or "")
    if not m:
        return None
    if m.group(1):
        return int(m.group(1)), _DURATION_ORDER.index(m.group(2))
    return int(m.group(3)), _DURATION_ORDER.index("T" + m.group(4))


def merge_durations(found: list[Found], c: Context) -> list[Found]:
    """Durations in a row from the largest unit down, with nothing but a comma or 'und' between, are one
    ('in fünf Stunden drei Minuten und fünfundvierzig Sekunden': PT5H3M45S; 'zwei Jahre und drei Monate':
    P2Y3M), as TIMEX3 writes one value for a compound duration. Only the first may carry a mod ('mehr als')."""
    out: list[Found] = []
    parts: list[tuple[int, int]] = []  # amount and unit place of each duration joined in out[-1]
    for f in found:
        part = _duration_part(f.value) if f.type == "DURATION" else None
        if (part is not None and f.mod is None and parts and part[1] > parts[-1][1]
                and c.text[out[-1].end:f.start].strip(" ,").lower() in ("", "und")):
            parts.append(part)
            date_part = "".join(f"{n}{_DURATION_ORDER[k]}" for n, k in parts if k < 3)
            time_part = "".join(f"{n}{_DURATION_ORDER[k][1]}" for n, k in parts if k >= 3)
            prev = out[-1]
            out[-1] = Found(prev.start, f.end, "DURATION", "P" + date_part + ("T" + time_part if time_part else ""),
                            prev.mod, prev.anchor)
            continue
        out.append(f)
        parts = [part] if part is not None else []
    return out
