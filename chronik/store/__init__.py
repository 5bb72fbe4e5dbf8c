"""Stores: one interface (``Store``), SQLite as the embedded default.

A store holds three kinds of rows: articles (with every source they were read
from), per-article analyses (the extractors' records as JSON), and linked
results (entities, series, quotes, events, stories) that the cross-document
stage rebuilds as a whole after each build.
"""
from __future__ import annotations

from chronik.errors import StoreError
from chronik.store.base import SCHEMA_VERSION, SearchHit, Store


def open_store(url: str, *, read_only: bool = False) -> Store:
    """Open (and create or migrate) the store at ``url``: a file path for SQLite."""
    if url.startswith(("postgresql://", "postgres://")):
        raise StoreError(
            f"cannot open {url}: the PostgreSQL store is not part of this version of chronik; use an SQLite file path"
        )
    from chronik.store.sqlite import SQLiteStore

    return SQLiteStore(url, read_only=read_only)


__all__ = ["SCHEMA_VERSION", "SearchHit", "Store", "open_store"]
