"""Publication dates and times as ISO strings, from header, byline and markup forms.

A time that states its zone ("2024-04-17T10:24:31Z", "...+0200") is given in
the outlets' own zone (``LocalTime``), so that the same moment reads the same
whatever zone a page or feed wrote it in; a time without a zone stays as
written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
                  r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?", re.IGNORECASE)
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\D{1,6}?(\d{1,2})[:.](\d{2})\s*Uhr)?")
# Java's Date.toString(), in some pages' JSON-LD: "Fri Apr 28 19:20:36 CEST 2023".
_JAVA = re.compile(r"^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{1,2}) (\d{1,2}):(\d{2}):\d{2} [A-Z]{2,5} (\d{4})$")
_MONTH_ABBR = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), start=1)}
_RFC822 = re.compile(r"^(?:[A-Z][a-z]{2},\s*)?\d{1,2} [A-Z][a-z]{2} \d{4} \d{1,2}:\d{2}")


@dataclass(frozen=True, slots=True)
class LocalTime:
    """The outlets' zone: a standard offset from UTC, with or without EU summer time."""

    utc_offset_minutes: int = 0
    eu_summer_time: bool = False

    def of(self, moment: datetime) -> datetime:
        """``moment`` (aware) as the wall-clock time of this zone."""
        utc = moment.astimezone(timezone.utc).replace(tzinfo=None)
        offset = self.utc_offset_minutes + (60 if self.eu_summer_time and _eu_summer(utc) else 0)
        return utc + timedelta(minutes=offset)


def _last_sunday(year: int, month: int) -> datetime:
    day = datetime(year, month + 1, 1) - timedelta(days=1) if month < 12 else datetime(year, 12, 31)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def _eu_summer(utc: datetime) -> bool:
    """Summer time in the EU: from 01:00 UTC on the last Sunday of March to
    01:00 UTC on the last Sunday of October (of September before 1996)."""
    if utc.year < 1981:
        return False
    start = _last_sunday(utc.year, 3) + timedelta(hours=1)
    end = _last_sunday(utc.year, 10 if utc.year >= 1996 else 9) + timedelta(hours=1)
    return start <= utc < end


def iso_date(year: int, month: int, day: int, hour: int | None = None, minute: int | None = None) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1000 <= year <= 2999):
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    if hour is not None and minute is not None and hour < 24 and minute < 60:
        return f"{date}T{hour:02d}:{minute:02d}"
    return date


def _zone(text: str) -> timezone:
    if text.upper() == "Z":
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))


def _in_zone(y: int, mo: int, d: int, h: int, mi: int, zone: timezone, local: LocalTime | None) -> str | None:
    if local is None:
        return iso_date(y, mo, d, h, mi)
    try:
        moment = local.of(datetime(y, mo, d, h, mi, tzinfo=zone))
    except ValueError:
        return None
    return iso_date(moment.year, moment.month, moment.day, moment.hour, moment.minute)


def normalize_published(value: str | None, local: LocalTime | None = None) -> str | None:
    """A container's date ("2025-08-15T16:38:00+02:00", "15.08.2025",
    "Fri, 15 Aug 2025 14:38:00 GMT") as ISO, or None. With ``local``, a time
    that states its zone is given in that zone; without, as written."""
    if not value:
        return None
    value = value.strip()
    m = _ISO.match(value)
    if m:
        y, mo, d, h, mi, _, zone = m.groups()
        if h is not None and zone:
            return _in_zone(int(y), int(mo), int(d), int(h), int(mi), _zone(zone), local)
        return iso_date(int(y), int(mo), int(d), int(h) if h else None, int(mi) if mi else None)
    m = _DOTTED.match(value)
    if m:
        d, mo, y, h, mi = m.groups()
        return iso_date(int(y), int(mo), int(d), int(h) if h else None, int(mi) if mi else None)
    m = _JAVA.match(value)
    if m and m.group(1) in _MONTH_ABBR:
        month, d, h, mi, y = m.groups()
        return iso_date(int(y), _MONTH_ABBR[month], int(d), int(h), int(mi))
    if _RFC822.match(value):
        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if moment.tzinfo is None:
            return iso_date(moment.year, moment.month, moment.day, moment.hour, moment.minute)
        return _in_zone(moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.tzinfo, local)
    return None
