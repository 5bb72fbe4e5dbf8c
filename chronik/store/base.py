"""The store interface every database backend implements."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from chronik.records import Analysis, Article, ArticleMeta
from chronik.store.codec import PARTS

SCHEMA_VERSION = 5

# Kinds of linked rows, rebuilt together by the link stage.
LINK_KINDS = ("entity", "figure", "series", "quote", "event", "statement", "story", "article")


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchHit:
    article_id: str
    published: str | None
    title: str | None
    source: str
    snippet: str


class Store(Protocol):
    path: str

    def files(self) -> list[str]:
        """Local files of the store (none for a server database)."""

    def has_article(self, article_id: str) -> bool: ...

    def add_batch(self, items: Iterable[tuple[Article, Analysis, bytes]]) -> list[bool]:
        """Store articles with their analyses and MinHash signatures in one
        transaction; returns, per item, whether it was new."""

    def add_source(self, source: str, article_id: str) -> None: ...

    def articles(self) -> list[Article]: ...

    def article_metas(self) -> list[ArticleMeta]:
        """Every article without its text, in id order: what linking holds."""

    def texts(self, ids: Iterable[str]) -> Iterator[tuple[str, str]]:
        """(id, text) of the articles named that the store holds, in id order,
        read a page at a time: a reader holds the texts it is working on, not all."""

    def article(self, article_id: str) -> Article | None: ...

    def analyses(self, parts: Iterable[str] = PARTS) -> Iterator[Analysis]:
        """Every analysis, in article id order (streamed page by page), with
        the records of ``parts`` only (names of ``Analysis`` fields: a reader
        that needs no time expressions leaves them unread). Equal strings of
        one read share one object."""

    def analysis(self, article_id: str) -> Analysis | None: ...

    def stale_analyses(self, version: str) -> list[str]:
        """Ids of the articles whose analysis another version made, in id order."""

    def replace_analyses(self, analyses: Iterable[Analysis]) -> None:
        """Write new analyses of stored articles in one transaction."""

    def signatures(self, ids: Iterable[str] | None = None) -> Iterator[tuple[str, bytes]]:
        """(id, MinHash signature) of every article that has one, or of those
        named, in id order, read a page at a time."""

    def put_bands(self, rows: Iterable[tuple[str, int, int]]) -> None:
        """File articles in the near-duplicate index: (article id, band, bucket)
        rows, one per band (``chronik.link.duplicates``)."""

    def band_members(self, buckets: Iterable[int]) -> Iterator[tuple[int, str]]:
        """(bucket, article id) of every indexed article filed under one of the
        buckets, in bucket order: what a new article is compared with."""

    def banded_ids(self) -> set[str]:
        """Ids of the articles in the near-duplicate index."""

    def delete_bands(self, ids: Iterable[str] | None = None) -> None:
        """Take the articles named, or all (None), out of the near-duplicate index."""

    def linking(self):
        """A context in which linking reads and rewrites the store under its write lock."""

    def replace_links(self, rows: dict[str, list[dict]]) -> None: ...

    def links(self, kind: str) -> list[dict]: ...

    def put_records(self, kind: str, rows: list[dict]) -> None:
        """Insert or replace kept rows (each with an ``id``) of one kind.

        Records hold what linking must never overwrite: user corrections,
        article versions, when an item was first seen."""

    def records(self, kind: str) -> list[dict]:
        """Kept rows of one kind, sorted by id."""

    def record_ids(self, kind: str) -> set[str]:
        """Ids of the kept rows of one kind (their data left unread)."""

    def delete_records(self, kind: str, ids: list[str]) -> None: ...

    def corpus_digest(self) -> str:
        """A digest of the articles a link reads (their text by its content id),
        their sources and which version made each analysis."""

    def records_digest(self, skip_kinds: Iterable[str] = ()) -> str:
        """A digest of the kept records but the kinds named."""

    def search(self, query: str, limit: int = 20, snippets: bool = True) -> list[SearchHit]: ...

    def schema_version(self) -> int: ...

    def close(self) -> None: ...
