"""The calendar arithmetic and number reading the timex resolvers share."""
from __future__ import annotations

from datetime import date

import pytest

from chronik.extract.timex_context import duration, easter, fmt, fmt_year, num_value, parse_published, shift, week


@pytest.mark.parametrize("year,sunday", [(1945, "1945-04-01"), (2015, "2015-04-05"), (2016, "2016-03-27"),
                                         (2024, "2024-03-31"), (2025, "2025-04-20")])
def test_easter_sunday(year, sunday):
    assert easter(year).isoformat() == sunday


def test_values_in_timex3_form():
    assert (fmt_year(-489), fmt(2025, 8), fmt(2025, 8, 15)) == ("BC0490", "2025-08", "2025-08-15")
    assert (duration(3, "D"), duration(1.5, "H"), duration(None, "Y"), duration(2, "N")) == ("P3D", "PT90M", "PXY", "P2D")
    assert week(date(2025, 8, 13)) == "2025-W33" and week(date(2025, 8, 13), -1) == "2025-W32"


def test_shift_keeps_the_precision_it_has():
    assert shift((2025, 1, 31), "M", 1) == (2025, 2, None)
    assert shift((2024, 12, 30), "D", 3) == (2025, 1, 2)
    assert shift((2025, None, None), "D", 1) is None


def test_numbers_and_publication_dates():
    assert (num_value("2,5", {}), num_value("drei", {"drei": 3}), num_value("zehn-", {"zehn": 10})) == (2.5, 3, 10)
    assert parse_published("2015-08-19T10:00:00+02:00") == date(2015, 8, 19)
    assert parse_published("19.08.2015") is None and parse_published("2015-02-30") is None
