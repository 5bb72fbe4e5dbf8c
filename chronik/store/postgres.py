"""The PostgreSQL store (psycopg 3): the same tables as SQLite, German text search.

Writers share an advisory lock and linking takes it alone, so concurrent
builds insert side by side (content ids, ``ON CONFLICT DO NOTHING``) and each
links a store no one is writing to.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit

from chronik.errors import StoreError
from chronik.store.folding import tsquery
from chronik.store.sql import SQLStore, search_sql

# Advisory lock key of a chronik store (the bytes of "chronik"); advisory locks
# are per database, so stores in different databases do not wait on each other.
LOCK_KEY = int.from_bytes(b"chronik", "big")

# An unreachable host fails after this many seconds instead of hanging.
CONNECT_TIMEOUT_S = 10

INSTALL_HINT = "pip install 'chronik[postgres]'"

# The text-search configuration: Snowball's German stemmer and stop words.
TS_CONFIG = "german"


class PostgresStore(SQLStore):
    """One PostgreSQL database (its current schema)."""

    DESCRIPTION = "a PostgreSQL database"
    # Byte order for ids whatever the database's locale, as on SQLite.
    KEY_TYPE = 'TEXT COLLATE "C"'
    BLOB_TYPE = "BYTEA"
    FTS_TABLES = (
        "CREATE TABLE articles_fts (article_id {key} PRIMARY KEY, document tsvector NOT NULL)",
        "CREATE INDEX articles_fts_document ON articles_fts USING GIN (document)",
    )
    # Folded title (weighted above the body for ranking) and folded text.
    FTS_INSERT = (f"INSERT INTO articles_fts VALUES (?, setweight(to_tsvector('{TS_CONFIG}', ?), 'A') "
                  f"|| to_tsvector('{TS_CONFIG}', ?)) ON CONFLICT (article_id) DO NOTHING")
    SEARCH = search_sql("f.document @@ q", "ts_rank(f.document, q) DESC", joins=f", to_tsquery('{TS_CONFIG}', ?) q")
    BEGIN_WRITE = ("BEGIN", f"SELECT pg_advisory_xact_lock_shared({LOCK_KEY})")
    BEGIN_EXCLUSIVE = ("BEGIN", f"SELECT pg_advisory_xact_lock({LOCK_KEY})")

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        self.url = url
        super().__init__(redact(url), read_only=read_only)

    def _connect(self):
        try:
            import psycopg
        except ImportError:
            raise StoreError(f"--db {self.path} needs the PostgreSQL driver psycopg; {INSTALL_HINT}") from None
        options = {} if "connect_timeout" in self.url else {"connect_timeout": CONNECT_TIMEOUT_S}
        try:
            conn = psycopg.connect(self.url, autocommit=True, **options)
        except psycopg.Error as err:
            raise StoreError(f"cannot connect to the PostgreSQL store {self.path}: {_one_line(err)}") from None
        try:
            encoding = conn.execute("SHOW server_encoding").fetchone()[0]
            if encoding != "UTF8":
                raise StoreError(f"{self.path} has the encoding {encoding}; chronik needs a UTF8 database "
                                 "(createdb --encoding UTF8 --template template0 NAME)")
            if self.read_only:
                conn.execute("SET default_transaction_read_only = on")
        except BaseException:
            conn.close()
            raise
        return conn

    def _driver_errors(self) -> tuple[type[Exception], ...]:
        import psycopg

        return (psycopg.Error,)

    def _open_error(self, err: Exception) -> str:
        return f"cannot open the PostgreSQL store {self.path}: {_one_line(err)}"

    def _tables(self) -> set[str]:
        rows = self._execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        return {r[0] for r in rows}

    def _sql(self, stmt: str) -> str:
        return _format_placeholders(stmt)

    def _executemany(self, stmt: str, rows: Iterable[tuple]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(self._sql(stmt), rows)

    def _match(self, query: str) -> str:
        return tsquery(query)

    def _marked_terms(self, query: str) -> list[str]:
        # The query's stems ('bruecken' -> 'brueck'), so a snippet marks
        # "Brücke" where the search found it.
        text = self._execute(f"SELECT to_tsquery('{TS_CONFIG}', ?)::text", (tsquery(query),)).fetchone()[0]
        return sorted(set(_LEXEME.findall(text)))


_LEXEME = re.compile(r"'((?:[^']|'')*)'")


@lru_cache(maxsize=None)
def _format_placeholders(stmt: str) -> str:
    # psycopg takes %s; the shared SQL has no literal ? or %.
    return stmt.replace("?", "%s")


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


def _one_line(err: Exception) -> str:
    return " ".join(str(err).split())
