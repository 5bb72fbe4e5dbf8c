"""German time data: every holiday has a date, every rule pattern compiles on its own."""
from __future__ import annotations

import re

import pytest

from chronik.extract.timexes import RULES
from chronik.extract.timex_dates import holiday_date
from chronik.lang.de.time import TIME_LEXICON


@pytest.mark.parametrize("name", sorted([*TIME_LEXICON.fixed_holidays, *TIME_LEXICON.easter_holidays,
                                         *TIME_LEXICON.weekday_holidays]))
def test_every_holiday_has_a_date_every_year(name):
    for year in (1900, 2000, 2015, 2016, 2030):
        assert holiday_date(name, year, TIME_LEXICON).year == year


def test_movable_feasts_of_2015():
    days = {n: holiday_date(n, 2015, TIME_LEXICON).isoformat() for n in ("karfreitag", "pfingstmontag", "fronleichnam",
                                                                         "christi himmelfahrt", "muttertag")}
    assert days == {"karfreitag": "2015-04-03", "pfingstmontag": "2015-05-25", "fronleichnam": "2015-06-04",
                    "christi himmelfahrt": "2015-05-14", "muttertag": "2015-05-10"}


@pytest.mark.parametrize("name", sorted(TIME_LEXICON.patterns))
def test_every_rule_pattern_compiles_alone(name):
    assert re.compile(TIME_LEXICON.patterns[name]).groupindex is not None
    assert name in {r.name for r in RULES}
