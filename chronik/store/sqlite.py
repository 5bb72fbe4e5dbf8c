"""The SQLite store (standard library sqlite3, WAL mode, FTS5 search)."""
from __future__ import annotations

import os
import sqlite3
import time

from chronik.errors import StoreError
from chronik.store.folding import fts_query
from chronik.store.sql import SQLStore, search_sql

# A second build waits this long for the first one's write lock.
BUSY_TIMEOUT_S = 600


class SQLiteStore(SQLStore):
    """One SQLite file. BEGIN IMMEDIATE takes the one write lock of the file
    for every write, so writes and linking never overlap."""

    DESCRIPTION = "an SQLite file"
    FTS_TABLES = (
        "CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, body, "
        "tokenize = 'unicode61 remove_diacritics 2')",
    )
    FTS_INSERT = "INSERT INTO articles_fts VALUES (?, ?, ?)"
    SEARCH = search_sql("articles_fts MATCH ?", "rank")
    BEGIN_WRITE = ("BEGIN IMMEDIATE",)
    BEGIN_EXCLUSIVE = ("BEGIN IMMEDIATE",)

    def _connect(self) -> sqlite3.Connection:
        path = self.path
        if self.read_only and not os.path.exists(path):
            raise StoreError(f"no store at {path}; build one first with 'chronik build PATH --db {path}'")
        try:
            # A web server uses the store from its worker threads; SQLStore
            # keeps their transactions apart.
            if self.read_only:
                return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S,
                                       isolation_level=None, check_same_thread=False)
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
            _write_ahead(conn)
            conn.execute("PRAGMA synchronous=NORMAL")
            return conn
        except sqlite3.DatabaseError as err:
            raise StoreError(self._open_error(err)) from None

    def _driver_errors(self) -> tuple[type[Exception], ...]:
        return (sqlite3.DatabaseError,)

    def _open_error(self, err: Exception) -> str:
        return f"cannot open the store {self.path}: {err} (is it a chronik SQLite file?)"

    def _tables(self) -> set[str]:
        names = {r[0] for r in self._execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return names - {"sqlite_sequence"}

    def _match(self, query: str) -> str:
        return fts_query(query)

    def files(self) -> list[str]:
        """The files this store occupies, so a build of its own folder skips them."""
        return [self.path + suffix for suffix in ("", "-wal", "-shm", "-journal")]


def _write_ahead(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL. SQLite answers "database is locked" at once,
    without its busy wait, while a second build opens the same new file, so
    wait here as long as any other lock would be waited for."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
