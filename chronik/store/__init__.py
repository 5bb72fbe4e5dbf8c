"""Stores: one interface (``Store``), SQLite as the embedded default, PostgreSQL for a server.

A store holds three kinds of rows: articles (with every source they were read
from), per-article analyses (the extractors' records as JSON), and linked
results (entities, series, quotes, events, stories) that the cross-document
stage rebuilds as a whole after each build.
"""
from __future__ import annotations

from chronik.store.base import SCHEMA_VERSION, SearchHit, Store

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def open_store(url: str, *, read_only: bool = False) -> Store:
    """Open (and create or migrate) the store at ``url``: a PostgreSQL URL
    (postgresql://user@host/dbname) or else an SQLite file path."""
    if url.startswith(POSTGRES_SCHEMES):
        from chronik.store.postgres import PostgresStore

        return PostgresStore(url, read_only=read_only)
    from chronik.store.sqlite import SQLiteStore

    return SQLiteStore(url, read_only=read_only)


__all__ = ["SCHEMA_VERSION", "SearchHit", "Store", "open_store"]
