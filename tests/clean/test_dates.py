"""Publication dates as ISO strings; times with a zone given in the outlets' own zone."""
import pytest

from chronik.clean.dates import LocalTime, normalize_published

CET = LocalTime(utc_offset_minutes=60, eu_summer_time=True)


@pytest.mark.parametrize("value, expected", [
    ("2024-04-17T10:24:31Z", "2024-04-17T12:24"),             # summer time: UTC+2
    ("2024-11-22T06:57:50.233Z", "2024-11-22T07:57"),         # winter: UTC+1
    ("2024-04-27T07:39:18.751+0200", "2024-04-27T07:39"),     # already German time
    ("2024-04-30 16:17:29 +02:00", "2024-04-30T16:17"),
    ("2025-06-29T23:29:54.000Z", "2025-06-30T01:29"),         # the German day, not the UTC one
    ("2024-03-31T00:59:00Z", "2024-03-31T01:59"),             # the hour before summer time starts
    ("2024-03-31T01:00:00Z", "2024-03-31T03:00"),
    ("2024-10-27T00:59:00Z", "2024-10-27T02:59"),             # the hour before it ends
    ("2024-10-27T01:00:00Z", "2024-10-27T02:00"),
    ("1995-09-24T01:00:00Z", "1995-09-24T02:00"),             # before 1996 it ended in September
    ("2024-04-22", "2024-04-22"),                             # a day stays a day
    ("2024-09-30 07:50:48", "2024-09-30T07:50"),              # no zone: as written
    ("Fri Apr 28 19:20:36 CEST 2023", "2023-04-28T19:20"),    # Java's Date.toString in JSON-LD
    ("Tue, 05 Mar 2024 08:15:00 GMT", "2024-03-05T09:15"),
    ("15.08.2025 - 16:38 Uhr", "2025-08-15T16:38"),
    ("gestern", None),
])
def test_dates_in_the_outlets_zone(value, expected):
    assert normalize_published(value, CET) == expected


def test_without_a_zone_to_give_times_stay_as_written():
    assert normalize_published("2024-04-17T10:24:31Z") == "2024-04-17T10:24"
    assert normalize_published("2025-08-15T16:38:00+02:00") == "2025-08-15T16:38"
