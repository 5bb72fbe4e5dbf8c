"""Which per-article reports stand behind each linked event.

Event rows keep each report's article and sentence as ``evidence``; the
per-article event mentions are found again by that pair, so that review can
see where the reports of one event differ (date, place) and a correction can
split an event by article.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from chronik.link.events import EventReport
from chronik.records import EventMention
from chronik.review.sources import SourceGroups


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """One event mention in one article, with its entity ids."""

    article: str
    position: int  # index into the article's analysis.events
    mention: EventMention
    participants: tuple[str, ...]
    place: str | None  # the place's entity name where it is one, else as written
    sentence: str


def all_reports(reports: Iterable[EventReport], names: Mapping[str, str]) -> list[Report]:
    """The event stage's reports (``link.events.event_reports``: in the order of the
    analyses and of each one's events) with their positions; ``names``: each entity's name by id."""
    out = []
    for pos, r in positioned(reports):
        out.append(Report(article=r.article_id, position=pos, mention=r.mention, participants=r.participant_ids,
                          place=names.get(r.place_id or "", r.mention.place), sentence=r.sentence_text))
    return out


def positioned(reports: Iterable[EventReport]) -> Iterator[tuple[int, EventReport]]:
    """Each report with its position among its article's (``Report.position``)."""
    seen: dict[str, int] = defaultdict(int)
    for r in reports:
        yield seen[r.article_id], r
        seen[r.article_id] += 1


def assign_reports(events: list[dict], reports: list[Report]) -> dict[str, list[Report]]:
    """Each report to the event whose evidence holds its article and sentence;
    where a sentence reports two events, to the one that fits it best."""
    by_evidence: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for e in events:
        for ev in e["evidence"]:
            by_evidence[(ev["article"], ev["sentence"])].append(e)
    out: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        candidates = by_evidence.get((r.article, r.sentence), [])
        if not candidates:
            continue
        best = max(candidates, key=lambda e: _fit(r, e))
        out[best["id"]].append(r)
    return out


def _fit(r: Report, event: dict) -> tuple:
    ids = set(r.participants)
    inside = ids <= set(event["participants"])
    return (r.mention.type == event["type"], inside, r.mention.date == event["date"],
            len(ids & set(event["participants"])), event["id"])


def _nested(dates: list[str]) -> bool:
    """Whether the dates only differ in precision (``2025`` holds ``2025-04``,
    which holds ``2025-04-12``): a vaguer report does not contradict a precise one."""
    finest = max(dates, key=len)
    return all(finest.startswith(d) for d in dates)


def variants(reports: list[Report], groups: SourceGroups) -> list[dict]:
    """Where the reports of one event give different dates (read in the text;
    not when one only states it more precisely) or places: each value with its
    articles and independent sources."""
    out = []
    fields = (("date", lambda r: r.mention.date if r.mention.date_basis == "text" else None),
              ("place", lambda r: r.place))
    for field, value_of in fields:
        articles: dict[str, set[str]] = defaultdict(set)
        for r in reports:
            value = value_of(r)
            if value:
                articles[value].add(r.article)
        if len(articles) < 2 or (field == "date" and _nested(list(articles))):
            continue
        for value in sorted(articles):
            ids = sorted(articles[value])
            out.append({"field": field, "value": value, "articles": ids, "sources": groups.count(ids)})
    return out
