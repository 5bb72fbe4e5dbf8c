"""The Python API: a chronicle is a store plus what chronik does with it.

    import chronik
    with chronik.open("chronik.db") as chron:
        chron.add(["articles/"])
        for event in chron.timeline():
            print(event["date"], event["label"])
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from chronik.errors import ConfigError
from chronik.export import export, export_document
from chronik.ingest import Skip
from chronik.pipeline import BuildOptions, build
from chronik.records import Article, BuildReport
from chronik.review.queue import KINDS as REVIEW_KINDS
from chronik.store import SearchHit, open_store

if TYPE_CHECKING:
    from chronik.link.changes import Changes


class Chronicle:
    def __init__(self, db: str = "chronik.db", *, read_only: bool = False) -> None:
        self.store = open_store(db, read_only=read_only)

    def add(self, paths: Iterable[str], options: BuildOptions = BuildOptions(),
            on_skip: Callable[[Skip], None] | None = None,
            on_progress: Callable[[int], None] | None = None) -> BuildReport:
        """Read, clean, analyze and store ``paths`` (files or folders), then re-link."""
        return build(paths, self.store, options, on_skip=on_skip, on_progress=on_progress)

    def articles(self) -> list[Article]:
        """Every article; of an edited one, only its latest version."""
        from chronik.link.versions import current_articles

        return current_articles(self.store)[0]

    def channels(self):
        """Known channels and their tags (defaults plus the user's file kept in
        the store): a ``review.channels.ChannelBook``."""
        from chronik.review.channels import stored_book

        return stored_book(self.store)

    def review(self, kinds: tuple[str, ...] = REVIEW_KINDS, limit: int | None = None) -> list:
        """Items that need review, most consequential first (``review.ReviewItem``)."""
        from chronik.review import review_queue

        return review_queue(self.store, kinds, limit)

    def changes(self, since: str) -> Changes:
        """What the chronicle gained at or after ``since`` (ISO date or
        date-time, UTC unless it names a zone): a ``link.changes.Changes``."""
        from chronik.link.changes import changes_since

        return changes_since(self.store, since)

    def stories(self) -> list[dict]:
        """Story clusters, earliest first: id, label, articles, first, last, entities."""
        return export_document(self.store, ("stories",))["stories"]

    def story_articles(self, story: str | None) -> set[str] | None:
        """The article ids of one story (None: no story asked for)."""
        if not story:
            return None
        for row in self.stories():
            if row["id"] == story:
                return set(row["articles"])
        raise ConfigError(f"no story '{story}' in {self.store.path}; list the stories with 'chronik stories'")

    def entities(self, story: str | None = None) -> list[dict]:
        """Entities, optionally only those named in one story's articles."""
        rows = export_document(self.store, ("entities",))["entities"]
        members = self.story_articles(story)
        return rows if members is None else [e for e in rows if members & set(e["articles"])]

    def timeline(self, entity: str | None = None, start: str | None = None, end: str | None = None,
                 story: str | None = None) -> list[dict]:
        """Events in date order (undated last), optionally about one entity
        (name or alias), within a date range (ISO prefixes), or reported in
        one story's articles."""
        doc = export_document(self.store, ("entities", "events"))
        wanted = entity_ids(doc["entities"], entity)
        members = self.story_articles(story)
        events = []
        for e in doc["events"]:
            if wanted is not None and not wanted & set(e["participants"]):
                continue
            if members is not None and not members & set(e["articles"]):
                continue
            if not dated_within(e["date"], start, end):
                continue
            events.append(e)
        return events

    def quotes(self, speaker: str | None = None, story: str | None = None) -> list[dict]:
        doc = export_document(self.store, ("entities", "quotes"))
        members = self.story_articles(story)
        rows = [q for q in doc["quotes"] if members is None or members & set(q["articles"])]
        if not speaker:
            return rows
        return quotes_of(rows, entity_ids(doc["entities"], speaker) or set(), speaker)

    def statements(self, kind: str = "all", speaker: str | None = None, story: str | None = None) -> list[dict]:
        """Statements of one kind (``direct``, ``indirect``, ``reported``) or ``all``."""
        doc = export_document(self.store, ("entities", "statements"))
        members = self.story_articles(story)
        rows = [s for s in doc["statements"] if (kind == "all" or s["kind"] == kind)
                and (members is None or members & set(s["articles"]))]
        if not speaker:
            return rows
        return quotes_of(rows, entity_ids(doc["entities"], speaker) or set(), speaker)

    def figures(self, series: str | None = None, entity: str | None = None, story: str | None = None) -> dict:
        """Series with their figures (and figures in no series), optionally
        filtered; with a story, only the figures from its articles."""
        doc = export_document(self.store, ("figures", "series"))
        members = self.story_articles(story)
        figures = {f["id"]: f for f in doc["figures"] if members is None or f["article"] in members}
        chosen = [s for s in doc["series"] if not series or s["id"] == series]
        if members is not None:
            chosen = [_series_within(s, figures) for s in chosen if any(f in figures for f in s["figures"])]
        if entity:
            key = entity.lower()
            chosen = [s for s in chosen if key in (s["subject"] or "").lower()
                      or any(key in (figures[f]["attribution"] or "").lower() for f in s["figures"])]
        return {"series": chosen, "figures": figures}

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        return self.store.search(query, limit)

    def export(self, fmt: str = "json", output: str | None = None) -> str | None:
        return export(self.store, fmt, output)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Chronicle:
        return self

    def __exit__(self, *exc) -> bool:
        self.close()
        return False


def _series_within(series: dict, figures: dict) -> dict:
    """A series cut down to the given figures (and the conflicts among them)."""
    return {**series, "figures": [f for f in series["figures"] if f in figures],
            "conflicts": [pair for pair in series["conflicts"] if all(f in figures for f in pair)]}


# Row filters over export rows, shared with the web app (chronik.web.views),
# so a filter means the same on the command line, in the API and on the pages.
def entity_ids(entities: list[dict], name: str | None) -> set[str] | None:
    """The entities a user's ``name`` means: whole or part of a name, or an
    alias (case-insensitive); None when no name is given."""
    if not name:
        return None
    key = name.lower()
    return {e["id"] for e in entities
            if key == e["name"].lower() or key in (a.lower() for a in e["aliases"]) or key in e["name"].lower()}


def dated_within(date: str | None, start: str | None, end: str | None) -> bool:
    """Whether ``date`` lies in the range, compared as ISO prefixes (``2025-08``
    holds every day of August); with a range, an undated item never does."""
    if not (start or end):
        return True
    if not date:
        return False
    return (not start or date[: len(start)] >= start) and (not end or date[: len(end)] <= end)


def quotes_of(quotes: list[dict], wanted: set[str], speaker: str) -> list[dict]:
    """Quotes of the speaker a user named: one of the ``wanted`` entities,
    or a speaker name as written that contains the name."""
    key = speaker.lower()
    return [q for q in quotes if q["speaker"] in wanted or key in (q["speaker_name"] or "").lower()]


def open(db: str = "chronik.db", *, read_only: bool = False) -> Chronicle:  # noqa: A001 - the API's verb
    return Chronicle(db, read_only=read_only)
