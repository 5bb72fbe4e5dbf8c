"""Where the reports of one event differ (``variants``)."""
import pytest

from chronik.records import EventMention
from chronik.review.reports import Report, variants
from chronik.review.sources import SourceGroups

SENTENCE = "Nordkorea bestätigte im April den Einsatz von Truppen."


def report(article: str, date: str | None, place: str | None = None) -> Report:
    mention = EventMention(type="deployment", trigger="Einsatz", start=0, end=10, sentence=0, place=place,
                           date=date, date_basis="text" if date else None)
    return Report(article=article, position=0, mention=mention, participants=("kp",), place=place,
                  sentence=SENTENCE)


@pytest.mark.parametrize("dates", [("2024", "2024-FA"), ("2025", "2025-04", "2025-04-12"), ("2025-04", "2025-04")])
def test_a_date_stated_more_precisely_is_no_variant(dates):
    reports = [report(f"a{i}", d) for i, d in enumerate(dates)]
    assert variants(reports, SourceGroups(group_of={})) == []


def test_differing_dates_and_places_list_every_value_with_independent_sources():
    reports = [report("a", "2025-04", "Russland"), report("b", "2025-04", "Russland"),
               report("c", "2025-05", "Ukraine"), report("d", "2025", None)]
    copies = SourceGroups(group_of={"b": "a"})  # b reprints a
    assert [(v["field"], v["value"], v["articles"], v["sources"]) for v in variants(reports, copies)] == [
        ("date", "2025", ["d"], 1), ("date", "2025-04", ["a", "b"], 1), ("date", "2025-05", ["c"], 1),
        ("place", "Russland", ["a", "b"], 1), ("place", "Ukraine", ["c"], 1)]
