"""Article versions: the same address read again with edited text.

An article's address is the canonical URL its page names for itself when it
has one (two saved copies of one page, or a page and its feed entry, are one
article however the files are named), else its source. Below, "source" means
that address.

Article ids are hashes of the text, so an edited article is a new article.
A kept record per source (kind ``version``) lists the articles read from it,
oldest first, with the time each was first read there; linking never touches
it. The latest stored article of a source replaces the earlier ones, unless an
earlier one is still the latest text of another source (the same agency copy
at another address): then it stays current too. Reading a source's latest text
again (a re-run) adds nothing; reading an earlier text of it again (an edit
taken back) makes that text the latest once more.

A source that is a position in a container rather than an address (line 12
of a JSONL file, a CSV row, a feed entry with neither link nor id) is not
followed: the next export of that file may hold another article there, and
taking that for an edit would drop the first article from the chronicle.
"""
from __future__ import annotations

import os
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timezone

from chronik.errors import ConfigError
from chronik.ids import content_id

VERSION_KIND = "version"
NOW_VARIABLE = "CHRONIK_NOW"
# Version records written per store transaction while a build reads.
FLUSH_EVERY = 64
# What the readers append to a container's path for one of its records.
_POSITION = re.compile(r"#\d+$")


def address(article) -> str:
    """Where an article's versions are kept: its canonical URL, else its source."""
    return article.url or article.source


def record_id(source: str, article_id: str) -> str:
    """The version record of ``source``; a position gets one per article."""
    if _POSITION.search(source):
        return content_id(VERSION_KIND, source, article_id)
    return content_id(VERSION_KIND, source)


def parse_time(value: str, what: str = "the time") -> str:
    """An ISO date or date-time as a UTC timestamp (``2025-09-05T08:00:00Z``);
    a time without a zone is taken as UTC."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ConfigError(f"{what} {value!r} is not an ISO date or date-time (e.g. 2025-09-05 or "
                          "2025-09-05T08:00)") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def build_time() -> str:
    """Now, in UTC; ``CHRONIK_NOW`` overrides the clock (tests, replays)."""
    given = os.environ.get(NOW_VARIABLE)
    if given:
        return parse_time(given, NOW_VARIABLE)
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceVersions:
    """The articles read from one source, oldest first, with when each was first read."""

    source: str
    seen: tuple[tuple[str, str | None], ...]

    @property
    def id(self) -> str:
        return record_id(self.source, self.seen[0][0] if self.seen else "")

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(a for a, _ in self.seen)

    def as_record(self) -> dict:
        return {"id": self.id, "source": self.source,
                "articles": [{"article": a, "seen": t} for a, t in self.seen]}

    @classmethod
    def from_record(cls, row: dict) -> SourceVersions:
        return cls(source=row["source"], seen=tuple((a["article"], a.get("seen")) for a in row["articles"]))


def load_versions(store) -> list[SourceVersions]:
    return [SourceVersions.from_record(r) for r in store.records(VERSION_KIND)]


class VersionBook:
    """The version records of a store, kept up to date while a build reads."""

    def __init__(self, store, now: str) -> None:
        self.store = store
        self.now = now
        self._known: dict[str, SourceVersions] | None = None
        self._pending: dict[str, SourceVersions] = {}
        self._last_read: dict[str, tuple[str, str]] = {}  # record id -> (source, article id)

    def _load(self) -> dict[str, SourceVersions]:
        known = {v.id: v for v in load_versions(self.store)}
        if not known:
            # A store from before versions were kept: its articles' first
            # sources start the records, read at an unknown time.
            started = (SourceVersions(source=address(a), seen=((a.id, None),)) for a in self.store.articles())
            known = {v.id: v for v in started}
            self._pending.update(known)
        return known

    def saw(self, source: str, article_id: str) -> bool:
        """Note that ``source`` has the text ``article_id``; True when that is
        an edit of a text read from it before."""
        if self._known is None:
            self._known = self._load()
        key = record_id(source, article_id)
        versions = self._known.get(key)
        self._last_read[key] = (source, article_id)
        if versions is not None and article_id in versions.article_ids:
            return False
        seen = (versions.seen if versions else ()) + ((article_id, self.now),)
        self._known[key] = self._pending[key] = SourceVersions(source=source, seen=seen)
        if len(self._pending) >= FLUSH_EVERY:
            self.save()
        return versions is not None

    def _taken_back(self) -> None:
        """A source whose last text read in this build is an earlier text of
        it (an edit taken back): that text is its latest once more, listed
        again at the end. Only the last read counts, so input that holds one
        source twice settles after one build instead of growing each time."""
        for key, (source, article_id) in self._last_read.items():
            versions = self._known[key]
            if versions.article_ids[-1] != article_id:
                seen = versions.seen + ((article_id, self.now),)
                self._known[key] = self._pending[key] = SourceVersions(source=source, seen=seen)
        self._last_read = {}

    def save(self) -> None:
        self._taken_back()
        if self._pending:
            self.store.put_records(VERSION_KIND, [self._pending[s].as_record() for s in sorted(self._pending)])
            self._pending = {}


def superseded(versions: Iterable[SourceVersions], stored: Collection[str]) -> set[str]:
    """Stored articles that some source replaced and no source still shows."""
    latest: set[str] = set()
    earlier: set[str] = set()
    for v in versions:
        ids = [a for a in v.article_ids if a in stored]
        if ids:
            latest.add(ids[-1])
            earlier.update(ids[:-1])
    return earlier - latest


def earlier_versions(versions: Iterable[SourceVersions], stored: Collection[str]) -> dict[str, list[str]]:
    """For each article that replaced others: their ids, oldest first."""
    out: dict[str, list[str]] = {}
    for v in sorted(versions, key=lambda v: v.source):
        ids = [a for a in v.article_ids if a in stored]
        if len(ids) > 1:
            before = out.setdefault(ids[-1], [])
            before.extend(a for a in ids[:-1] if a not in before and a != ids[-1])
    return out


def lineage_roots(versions: Iterable[SourceVersions]) -> dict[str, str]:
    """Article id -> the first text of its source, so that what an article
    reports keeps one key across its versions (the smallest such id when
    several sources carried it)."""
    roots: dict[str, str] = {}
    for v in versions:
        first = v.article_ids[0]
        for a in v.article_ids:
            roots[a] = min(roots.get(a, first), first)
    return roots


def first_read(versions: Iterable[SourceVersions]) -> dict[str, tuple[str | None, bool]]:
    """Article id -> (when it was first read, whether it was an edit of an earlier text)."""
    out: dict[str, tuple[str | None, bool]] = {}
    for v in versions:
        for position, (a, seen) in enumerate(v.seen):
            old = out.get(a)
            if old is None or (seen or "") < (old[0] or ""):
                out[a] = (seen, position > 0)
    return out


def current_articles(store) -> tuple[list, dict[str, list[str]]]:
    """The store's articles without the replaced versions, and for each
    article that replaced others their ids (``earlier_versions``).

    An article kept current only by another address (its first address was
    edited, a copy elsewhere was not) is shown with that other address."""
    articles = store.articles()
    versions = load_versions(store)
    stored = {a.id for a in articles}
    old = superseded(versions, stored)
    shown_at: dict[str, list[str]] = {}
    moved_on: set[tuple[str, str]] = set()
    for v in versions:
        ids = [a for a in v.article_ids if a in stored]
        if ids:
            shown_at.setdefault(ids[-1], []).append(v.source)
            moved_on.update((a, v.source) for a in ids[:-1])
    current = [a if (a.id, address(a)) not in moved_on or a.id not in shown_at
               else _shown_at(a, min(shown_at[a.id])) for a in articles if a.id not in old]
    return current, earlier_versions(versions, stored)


def _shown_at(article, other: str):
    """``article`` shown at the address ``other``: a web address as its url
    (the path it was read from stays its source), a path as its source."""
    if other.startswith(("http://", "https://")):
        return replace(article, url=other)
    return replace(article, source=other)
