"""Where a TIMEX value sits on the timeline widget's axis."""
import pytest

from chronik.web.views import date_span


@pytest.mark.parametrize("value, span", [
    ("2025-08-12", ("2025-08-12", None)),
    ("2025-08-15T16:38", ("2025-08-15T16:38", None)),
    ("2025-08", ("2025-08-01", "2025-09-01")),
    ("2025-W33", ("2025-08-11", "2025-08-18")),
    ("2015-WI", ("2015-12-01", "2016-03-01")),  # winter, not a week
    ("2024-FA", ("2024-09-01", "2024-12-01")),
    ("2025-H2", ("2025-07-01", "2026-01-01")),
    ("2025", ("2025-01-01", "2026-01-01")),
    ("2025-W53", ("2025-01-01", "2026-01-01")),  # a week 2025 does not have: the year
    ("XXXX-08-09", None),
])
def test_date_span(value, span):
    assert date_span(value) == span
