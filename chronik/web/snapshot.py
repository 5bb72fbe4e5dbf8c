"""What the web app holds in memory: the export rows of a store, indexed.

``export_document`` reads the whole store, far too slow to run per page on
10,000 articles. ``StoreView`` loads it once (without the time expressions,
which only the article page needs, per article) and loads it again when the
store's files change; a store without local files (a database server) is
re-read at most every ``SERVER_RELOAD_S`` seconds.
"""
from __future__ import annotations

import gc
import os
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from chronik.errors import ChronikError
from chronik.export.document import export_document
from chronik.records import Analysis, Article

PARTS = ("articles", "entities", "figures", "series", "quotes", "events", "statements", "stories")
SERVER_RELOAD_S = 10
# Values derived from a snapshot kept at once (review queue, changes pages ...).
DERIVED_KEPT = 16


class ReadOnlyError(ChronikError):
    """A change asked of a server that was not started with ``--edit``."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Snapshot:
    """The export rows (contract shape, plus any fields later work adds) and
    the lookups the pages need. Read-only: pages never change it."""

    marker: tuple
    articles: list[dict]
    entities: list[dict]
    figures: dict[str, dict]
    series: list[dict]
    quotes: list[dict]
    events: list[dict]
    stories: list[dict]
    article_by_id: dict[str, dict]
    entity_by_id: dict[str, dict]
    series_by_id: dict[str, dict]
    event_by_id: dict[str, dict]
    quote_by_id: dict[str, dict]
    story_by_id: dict[str, dict]
    # Stories with the most articles first (the overview and /stories).
    stories_by_size: list[dict]
    event_types: list[str]
    events_of_entity: dict[str, list[dict]]
    events_of_article: dict[str, list[dict]]
    quotes_of_speaker: dict[str, list[dict]]
    quotes_of_article: dict[str, list[dict]]
    figures_of_article: dict[str, list[dict]]
    # Per article: each surface form of an entity found there -> entity id.
    surfaces: dict[str, dict[str, str]]
    outlets: Counter
    # Statements of every kind (direct, indirect, reported), in export order.
    statements: list[dict] = field(default_factory=list)
    statement_by_id: dict[str, dict] = field(default_factory=dict)


def load_snapshot(store, marker: tuple) -> Snapshot:
    doc = export_document(store, PARTS)
    entities = doc["entities"]
    events_of_entity, events_of_article = defaultdict(list), defaultdict(list)
    for e in doc["events"]:
        for p in e["participants"]:
            events_of_entity[p].append(e)
        for a in e["articles"]:
            events_of_article[a].append(e)
    quotes_of_speaker, quotes_of_article = defaultdict(list), defaultdict(list)
    for q in doc["quotes"]:
        if q["speaker"]:
            quotes_of_speaker[q["speaker"]].append(q)
        for a in q["articles"]:
            quotes_of_article[a].append(q)
    figures_of_article = defaultdict(list)
    for f in doc["figures"]:
        figures_of_article[f["article"]].append(f)
    surfaces: dict[str, dict[str, str]] = defaultdict(dict)
    # Entities come most-mentioned first, so a surface two entities share
    # goes to the one mentioned more often.
    for e in entities:
        for article_id in e["articles"]:
            for surface in (e["name"], *e["aliases"]):
                surfaces[article_id].setdefault(surface, e["id"])
    return Snapshot(
        marker=marker, articles=doc["articles"], entities=entities,
        figures={f["id"]: f for f in doc["figures"]}, series=doc["series"], quotes=doc["quotes"],
        events=doc["events"], stories=doc["stories"],
        article_by_id={a["id"]: a for a in doc["articles"]}, entity_by_id={e["id"]: e for e in entities},
        series_by_id={s["id"]: s for s in doc["series"]}, event_by_id={e["id"]: e for e in doc["events"]},
        quote_by_id={q["id"]: q for q in doc["quotes"]}, story_by_id={s["id"]: s for s in doc["stories"]},
        stories_by_size=sorted(doc["stories"], key=lambda s: (-len(s["articles"]), s["id"])),
        event_types=sorted({e["type"] for e in doc["events"]}),
        events_of_entity=dict(events_of_entity), events_of_article=dict(events_of_article),
        quotes_of_speaker=dict(quotes_of_speaker), quotes_of_article=dict(quotes_of_article),
        figures_of_article=dict(figures_of_article), surfaces=dict(surfaces),
        outlets=Counter(a["outlet"] for a in doc["articles"] if a["outlet"]),
        statements=doc.get("statements", []),
        statement_by_id={s["id"]: s for s in doc.get("statements", [])},
    )


def store_marker(store) -> tuple:
    """A cheap fingerprint that changes when the store is written: size and
    modification time of its database and write-ahead log (not the shared-memory
    index, which readers touch too)."""
    stamps = []
    for path in store.files():
        if path.endswith("-shm"):
            continue
        try:
            st = os.stat(path)
        except OSError:
            continue
        stamps.append((path, st.st_mtime_ns, st.st_size))
    if not stamps:
        return ("server", int(time.monotonic() // SERVER_RELOAD_S))
    return tuple(stamps)


class StoreView:
    """One store shared by the server's worker threads: a lock around every
    database call, the current snapshot, and what pages derive from it.
    ``writable`` only under ``chronik serve --edit``."""

    def __init__(self, store, writable: bool = False) -> None:
        self.store = store
        self.writable = writable
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        # name -> (snapshot marker, value): dropped with the snapshot they came from
        self._derived: dict = {}

    def snapshot(self) -> Snapshot:
        current = self._snapshot
        if current is not None and current.marker == store_marker(self.store):
            return current
        with self._lock:
            # Taken again under the lock: a request that waited out a write
            # must not file the new rows under the old stamps (the next
            # request would load them all again). Taken before reading: a
            # write during the load changes it, and the next request loads again.
            marker = store_marker(self.store)
            if self._snapshot is None or self._snapshot.marker != marker:
                self._snapshot = load_snapshot(self.store, marker)
                # A snapshot of 10,000 articles is millions of objects that never
                # form cycles: keep the collector from walking them again (a full
                # pass took ~0.2-0.7 s in the middle of a page).
                gc.collect()
                gc.freeze()
            return self._snapshot

    def derived(self, name, make: Callable[[Snapshot], object]):
        """``make(snapshot)``, computed once per snapshot (the review queue,
        the last build day): pages on a large store must not redo it."""
        snap = self.snapshot()
        found = self._derived.get(name)
        if found is not None and found[0] == snap.marker:
            return found[1]
        value = make(snap)
        if len(self._derived) >= DERIVED_KEPT:  # e.g. the changes since many different times
            self._derived = {k: v for k, v in self._derived.items() if v[0] == snap.marker}
            while len(self._derived) >= DERIVED_KEPT:
                self._derived.pop(next(iter(self._derived)))
        self._derived[name] = (snap.marker, value)
        return value

    def read(self, fn: Callable):
        """``fn(store)`` under the lock: for what the snapshot does not hold."""
        with self._lock:
            return fn(self.store)

    def write(self, fn: Callable):
        """``fn(store)`` under the lock, then drop the snapshot so the next
        page shows the change even if the files' stamps did not move."""
        if not self.writable:
            raise ReadOnlyError("this server is read-only; start it with 'chronik serve --edit' to make corrections")
        with self._lock:
            try:
                return fn(self.store)
            finally:
                self._snapshot = None
                self._derived.clear()

    def article(self, article_id: str) -> tuple[Article, Analysis | None] | None:
        with self._lock:
            article = self.store.article(article_id)
            if article is None:
                return None
            return article, self.store.analysis(article_id)

    def search(self, query: str, limit: int) -> list:
        """Hits without snippets: the pages cut them for the hits they show."""
        with self._lock:
            return self.store.search(query, limit, snippets=False)

    def close(self) -> None:
        with self._lock:
            self.store.close()
