"""The Python API: a chronicle is a store plus what chronik does with it.

    import chronik
    with chronik.open("chronik.db") as chron:
        chron.add(["articles/"])
        for event in chron.timeline():
            print(event["date"], event["label"])
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from chronik.export import export, export_document
from chronik.ingest import Skip
from chronik.pipeline import BuildOptions, build
from chronik.records import Article, BuildReport
from chronik.store import SearchHit, open_store


class Chronicle:
    def __init__(self, db: str = "chronik.db", *, read_only: bool = False) -> None:
        self.store = open_store(db, read_only=read_only)

    def add(self, paths: Iterable[str], options: BuildOptions = BuildOptions(),
            on_skip: Callable[[Skip], None] | None = None,
            on_progress: Callable[[int], None] | None = None) -> BuildReport:
        """Read, clean, analyze and store ``paths`` (files or folders), then re-link."""
        return build(paths, self.store, options, on_skip=on_skip, on_progress=on_progress)

    def articles(self) -> list[Article]:
        return self.store.articles()

    def entities(self) -> list[dict]:
        return export_document(self.store, ("entities",))["entities"]

    def timeline(self, entity: str | None = None, start: str | None = None, end: str | None = None) -> list[dict]:
        """Events in date order (undated last), optionally about one entity
        (name or alias) and within a date range (ISO prefixes)."""
        doc = export_document(self.store, ("entities", "events"))
        wanted = _entity_ids(doc, entity)
        events = []
        for e in doc["events"]:
            if wanted is not None and not wanted & set(e["participants"]):
                continue
            if (start or end) and not e["date"]:
                continue
            if start and e["date"][: len(start)] < start:
                continue
            if end and e["date"][: len(end)] > end:
                continue
            events.append(e)
        return events

    def quotes(self, speaker: str | None = None) -> list[dict]:
        doc = export_document(self.store, ("entities", "quotes"))
        if not speaker:
            return doc["quotes"]
        wanted = _entity_ids(doc, speaker) or set()
        key = speaker.lower()
        return [q for q in doc["quotes"]
                if q["speaker"] in wanted or (q["speaker_name"] and key in q["speaker_name"].lower())]

    def figures(self, series: str | None = None, entity: str | None = None) -> dict:
        """Series with their figures (and figures in no series), optionally filtered."""
        doc = export_document(self.store, ("figures", "series"))
        figures = {f["id"]: f for f in doc["figures"]}
        chosen = [s for s in doc["series"] if not series or s["id"] == series]
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


def _entity_ids(doc: dict, name: str | None) -> set[str] | None:
    if not name:
        return None
    key = name.lower()
    return {e["id"] for e in doc["entities"]
            if key == e["name"].lower() or key in (a.lower() for a in e["aliases"]) or key in e["name"].lower()}


def open(db: str = "chronik.db", *, read_only: bool = False) -> Chronicle:  # noqa: A001 - the API's verb
    return Chronicle(db, read_only=read_only)
