"""The SQLite store (standard library sqlite3, WAL mode, FTS5 search)."""
from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator

from chronik.errors import StoreError
from chronik.records import Analysis, Article
from chronik.store.base import LINK_KINDS, SCHEMA_VERSION, SearchHit
from chronik.store.codec import analysis_from_json, analysis_to_json, article_from_row, dumps
from chronik.store.folding import fold, fts_query, snippet

# A second build waits this long for the first one's write lock.
BUSY_TIMEOUT_S = 600

SCHEMA = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE articles (
        id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT, published TEXT,
        authors TEXT NOT NULL, agencies TEXT NOT NULL, language TEXT NOT NULL, outlet TEXT,
        text TEXT NOT NULL, dropped TEXT NOT NULL, signature BLOB)""",
    "CREATE TABLE article_sources (source TEXT PRIMARY KEY, article_id TEXT NOT NULL)",
    "CREATE TABLE analyses (article_id TEXT PRIMARY KEY, data TEXT NOT NULL)",
    "CREATE TABLE links (kind TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (kind, id))",
    "CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, body, "
    "tokenize = 'unicode61 remove_diacritics 2')",
]

# Steps that bring a store of schema N-1 to N, in order; a new store gets
# SCHEMA and then every step.
MIGRATIONS = {
    2: ["CREATE TABLE records (kind TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (kind, id))"],
}

_ARTICLE_COLUMNS = "id, source, title, published, authors, agencies, language, outlet, text, dropped"


class SQLiteStore:
    """One SQLite file; every write is one transaction, so a killed build
    leaves either all or none of a batch."""

    def __init__(self, path: str, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        if read_only and not os.path.exists(path):
            raise StoreError(f"no store at {path}; build one first with 'chronik build PATH --db {path}'")
        try:
            if read_only:
                self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S,
                                            isolation_level=None, check_same_thread=False)
            else:
                self.conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
            self._check_schema()
        except sqlite3.DatabaseError as err:
            raise StoreError(f"cannot open the store {path}: {err} (is it a chronik SQLite file?)") from None

    # -- schema -----------------------------------------------------------
    def _check_schema(self) -> None:
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "meta" not in tables:
            if tables - {"sqlite_sequence"}:
                raise StoreError(f"{self.path} is an SQLite file but not a chronik store; choose another --db")
            if self.read_only:
                raise StoreError(f"{self.path} is empty; build it first with 'chronik build PATH --db {self.path}'")
            with self._write() as conn:
                # Re-check under the write lock: a concurrent build may have
                # created the schema since we looked.
                if conn.execute("SELECT 1 FROM sqlite_master WHERE name='meta'").fetchone() is None:
                    for stmt in SCHEMA:
                        conn.execute(stmt)
                    conn.execute("INSERT INTO meta VALUES ('schema_version', '1')")
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer chronik (schema {version}, this one reads {SCHEMA_VERSION}); "
                "upgrade chronik"
            )
        if version < SCHEMA_VERSION:
            if self.read_only:
                raise StoreError(f"{self.path} has schema {version}; run 'chronik build' on it once to upgrade it")
            self._migrate()

    def _migrate(self) -> None:
        with self._write() as conn:
            version = self.schema_version()  # again, under the lock
            for step in range(version + 1, SCHEMA_VERSION + 1):
                for stmt in MIGRATIONS[step]:
                    conn.execute(stmt)
                conn.execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(step),))

    def files(self) -> list[str]:
        """The files this store occupies, so a build of its own folder skips them."""
        return [self.path + suffix for suffix in ("", "-wal", "-shm", "-journal")]

    def schema_version(self) -> int:
        return int(self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0])

    class _Transaction:
        """BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error); nested uses join the outer one."""

        def __init__(self, conn: sqlite3.Connection) -> None:
            self.conn = conn
            self.outer = False

        def __enter__(self):
            self.outer = not self.conn.in_transaction
            if self.outer:
                self.conn.execute("BEGIN IMMEDIATE")
            return self.conn

        def __exit__(self, exc_type, exc, tb):
            if self.outer:
                self.conn.execute("COMMIT" if exc_type is None else "ROLLBACK")
            return False

    def _write(self) -> _Transaction:
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        return self._Transaction(self.conn)

    def linking(self) -> _Transaction:
        """Hold the write lock while linking reads the store and replaces the
        linked rows, so a concurrent build cannot slip articles in between."""
        return self._write()

    # -- articles -----------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone() is not None

    def add_batch(self, items: Iterable[tuple[Article, Analysis, bytes]]) -> list[bool]:
        added: list[bool] = []
        with self._write() as conn:
            for article, analysis, signature in items:
                cur = conn.execute(
                    f"INSERT INTO articles ({_ARTICLE_COLUMNS}, signature) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
                    "ON CONFLICT (id) DO NOTHING",
                    (article.id, article.source, article.title, article.published,
                     dumps(list(article.authors)), dumps(list(article.agencies)), article.language,
                     article.outlet, article.text, dumps([list(d) for d in article.dropped]), signature),
                )
                new = cur.rowcount == 1
                added.append(new)
                conn.execute("INSERT INTO article_sources VALUES (?, ?) ON CONFLICT (source) DO NOTHING",
                             (article.source, article.id))
                if new:
                    conn.execute("INSERT INTO analyses VALUES (?, ?) ON CONFLICT (article_id) DO NOTHING",
                                 (article.id, analysis_to_json(analysis)))
                    conn.execute("INSERT INTO articles_fts VALUES (?, ?, ?)",
                                 (article.id, fold(article.title or ""), fold(article.text)))
        return added

    def add_source(self, source: str, article_id: str) -> None:
        with self._write() as conn:
            conn.execute("INSERT INTO article_sources VALUES (?, ?) ON CONFLICT (source) DO NOTHING",
                         (source, article_id))

    def articles(self) -> list[Article]:
        rows = self.conn.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY id").fetchall()
        return [article_from_row(r) for r in rows]

    def article(self, article_id: str) -> Article | None:
        row = self.conn.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id=?", (article_id,)).fetchone()
        return article_from_row(row) if row else None

    def analyses(self) -> Iterator[Analysis]:
        for (data,) in self.conn.execute("SELECT data FROM analyses ORDER BY article_id"):
            yield analysis_from_json(data)

    def analysis(self, article_id: str) -> Analysis | None:
        row = self.conn.execute("SELECT data FROM analyses WHERE article_id=?", (article_id,)).fetchone()
        return analysis_from_json(row[0]) if row else None

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        yield from self.conn.execute("SELECT id, signature FROM articles WHERE signature IS NOT NULL ORDER BY id")

    # -- linked results -------------------------------------------------------
    def replace_links(self, rows: dict[str, list[dict]]) -> None:
        with self._write() as conn:
            for kind in LINK_KINDS:
                if kind not in rows:
                    continue
                conn.execute("DELETE FROM links WHERE kind=?", (kind,))
                conn.executemany("INSERT INTO links VALUES (?, ?, ?)",
                                 [(kind, row["id"], dumps(row)) for row in rows[kind]])

    def links(self, kind: str) -> list[dict]:
        return [json.loads(d) for (d,) in self.conn.execute("SELECT data FROM links WHERE kind=? ORDER BY id", (kind,))]

    # -- kept records ----------------------------------------------------------
    def put_records(self, kind: str, rows: list[dict]) -> None:
        with self._write() as conn:
            conn.executemany(
                "INSERT INTO records VALUES (?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET data = excluded.data",
                [(kind, row["id"], dumps(row)) for row in rows])

    def records(self, kind: str) -> list[dict]:
        return [json.loads(d) for (d,) in self.conn.execute("SELECT data FROM records WHERE kind=? ORDER BY id",
                                                              (kind,))]

    def delete_records(self, kind: str, ids: list[str]) -> None:
        with self._write() as conn:
            conn.executemany("DELETE FROM records WHERE kind=? AND id=?", [(kind, i) for i in ids])

    # -- search -------------------------------------------------------------
    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        match = fts_query(query)
        if not match:
            return []
        rows = self.conn.execute(
            "SELECT a.id, a.published, a.title, a.source, a.text FROM articles_fts f "
            "JOIN articles a ON a.id = f.article_id WHERE articles_fts MATCH ? ORDER BY rank, a.id LIMIT ?",
            (match, limit),
        ).fetchall()
        return [SearchHit(article_id=r[0], published=r[1], title=r[2], source=r[3], snippet=snippet(r[4], query))
                for r in rows]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False
