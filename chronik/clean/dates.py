"""Publication dates and times as ISO strings, from header and byline forms."""
from __future__ import annotations

import re

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\D{1,6}?(\d{1,2})[:.](\d{2})\s*Uhr)?")


def iso_date(year: int, month: int, day: int, hour: int | None = None, minute: int | None = None) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1000 <= year <= 2999):
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    if hour is not None and minute is not None and hour < 24 and minute < 60:
        return f"{date}T{hour:02d}:{minute:02d}"
    return date


def normalize_published(value: str | None) -> str | None:
    """A container's date ("2025-08-15T16:38:00+02:00", "15.08.2025") as ISO, or None."""
    if not value:
        return None
    value = value.strip()
    m = _ISO.match(value)
    if m:
        y, mo, d, h, mi = m.groups()
        return iso_date(int(y), int(mo), int(d), int(h) if h else None, int(mi) if mi else None)
    m = _DOTTED.match(value)
    if m:
        d, mo, y, h, mi = m.groups()
        return iso_date(int(y), int(mo), int(d), int(h) if h else None, int(mi) if mi else None)
    return None
