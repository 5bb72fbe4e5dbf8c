"""Knight Lab TimelineJS JSON: the events as slides newsrooms can publish as they are.

The format (timeline.knightlab.com/docs/json-format.html) is one object with
``events`` (slides) and an optional ``title`` slide. A slide needs a
``start_date`` whose only required field is ``year``; ``month`` (1-12),
``day``, ``hour`` and ``minute`` are optional, so a month-only date
(``2025-08``) stays a month. TimelineJS renders ``headline`` and ``text`` as
HTML, so everything taken from articles is escaped here.

A TIMEX value that names a stretch of a year (quarter, half, season, week) is
placed at its first month or day, and ``display_date`` keeps the value as
written, so a reader never sees a day that was not in the text. Events with
no date, or only a partial one (``XXXX-08-09``), are left out and counted.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html import escape

# What ``to_timelinejs`` reads of an export document (no analyses: no timexes).
PARTS = ("articles", "entities", "events")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$")
_PART = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI|W\d{2})$")
# First month of each part of a year (TIMEX3 quarters, halves, seasons).
_PART_MONTH = {"Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "H1": 1, "H2": 7, "SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineJS:
    """The TimelineJS document, and how many events it had to leave out."""

    data: dict
    undated: int


def start_date(value: str | None) -> dict | None:
    """A TimelineJS date object for a TIMEX value, or None when it has no year."""
    if not value:
        return None
    m = _DATE.match(value)
    if m:
        names = ("year", "month", "day", "hour", "minute")
        return {name: int(part) for name, part in zip(names, m.groups()) if part is not None}
    m = _PART.match(value)
    if not m:
        return None
    year, part = int(m.group(1)), m.group(2)
    if part in _PART_MONTH:
        return {"year": year, "month": _PART_MONTH[part], "display_date": value}
    try:  # a week: its Monday
        monday = date.fromisocalendar(year, int(part[1:]), 1)
    except ValueError:  # a week the year does not have (W53 of most years)
        return {"year": year, "display_date": value}
    return {"year": monday.year, "month": monday.month, "day": monday.day, "display_date": value}


def to_timelinejs(doc: dict, title: str = "Chronicle") -> TimelineJS:
    """Slides for the dated events of an export document (needs its
    ``articles``, ``entities`` and ``events``), in the document's order."""
    articles = {a["id"]: a for a in doc["articles"]}
    names = {e["id"]: e["name"] for e in doc["entities"]}
    slides, undated = [], 0
    for event in doc["events"]:
        when = start_date(event["date"])
        if when is None:
            undated += 1
            continue
        slides.append({
            "unique_id": event["id"],
            "start_date": when,
            "text": {"headline": escape(event["label"]), "text": _slide_text(event, articles, names)},
            "group": event["type"],
        })
    data = {"title": {"text": {"headline": escape(title),
                               "text": f"{len(slides)} dated events from {len(articles)} articles"}},
            "events": slides}
    return TimelineJS(data=data, undated=undated)


def _slide_text(event: dict, articles: dict, names: dict) -> str:
    facts = [event["type"] + ("" if event["status"] == "happened" else f" ({event['status']})")]
    who = [names.get(p, p) for p in event["participants"]]
    if who:
        facts.append("with " + ", ".join(who))
    if event.get("place"):
        facts.append("in " + event["place"])
    if event["date_basis"] == "published":
        facts.append("date: the publication date")
    parts = [f"<p>{escape('; '.join(facts))}</p>"]
    for evidence in event["evidence"]:
        parts.append(f"<blockquote>{escape(evidence['sentence'])}<br><cite>{_source(articles.get(evidence['article']))}"
                     "</cite></blockquote>")
    return "".join(parts)


def _source(article: dict | None) -> str:
    """Outlet, date and where the article came from; a web address becomes a link."""
    if article is None:
        return "unknown source"
    label = article.get("outlet") or article.get("title") or article["source"].rsplit("/", 1)[-1]
    when = (article.get("published") or "undated")[:10]
    text = escape(f"{label}, {when}")
    if article["source"].startswith(("http://", "https://")):
        return f'<a href="{escape(article["source"])}">{text}</a>'
    return text
