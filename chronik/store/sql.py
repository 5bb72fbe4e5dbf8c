"""What both SQL stores share: the schema, every query, transactions and migrations.

A backend (``sqlite.py``, ``postgres.py``) supplies only what differs between
the databases: how to connect, the column types of keys and bytes, the
full-text table with its insert and its query, which tables exist, and which
statements open a write transaction (and so take the write lock). Shared SQL is
written with ``?`` placeholders; a driver that wants another style rewrites
them in ``_sql``.

Two kinds of write transaction: ``_write`` (a batch of articles, a source, a
kept record) and ``_exclusive`` (schema changes and linking), which no other
write may overlap. On SQLite both are the one database write lock; on
PostgreSQL writers share an advisory lock that linking takes alone, so two
builds insert side by side and only linking runs by itself.
"""
from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterable, Iterator

from chronik.errors import StoreError
from chronik.records import Analysis, Article, ArticleMeta
from chronik.store.base import LINK_KINDS, SCHEMA_VERSION, SearchHit
from chronik.store.codec import (PARTS, analysis_from_json, analysis_to_json, article_from_row,
                                 article_meta_from_row, dumps)
from chronik.store.folding import fold, query_terms, snippet

# Schema 1 without its full-text table (each backend adds its own);
# {key} and {blob} are the backend's column types.
TABLES = (
    "CREATE TABLE meta (key {key} PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE articles (
        id {key} PRIMARY KEY, source TEXT NOT NULL, title TEXT, published TEXT,
        authors TEXT NOT NULL, agencies TEXT NOT NULL, language TEXT NOT NULL, outlet TEXT,
        text TEXT NOT NULL, dropped TEXT NOT NULL, signature {blob})""",
    "CREATE TABLE article_sources (source {key} PRIMARY KEY, article_id {key} NOT NULL)",
    "CREATE TABLE analyses (article_id {key} PRIMARY KEY, data TEXT NOT NULL)",
    "CREATE TABLE links (kind {key} NOT NULL, id {key} NOT NULL, data TEXT NOT NULL, PRIMARY KEY (kind, id))",
)

# Steps that bring a store of schema N-1 to N, in order; a new store gets
# schema 1 and then every step.
MIGRATIONS = {
    2: ("CREATE TABLE records (kind {key} NOT NULL, id {key} NOT NULL, data TEXT NOT NULL, "
        "PRIMARY KEY (kind, id))",),
    # The canonical URL a page names for itself; NULL for articles stored before.
    3: ("ALTER TABLE articles ADD COLUMN url TEXT",),
    # Which analysis made each row (chronik.pipeline.analysis_version); NULL for rows stored before.
    4: ("ALTER TABLE analyses ADD COLUMN version TEXT",),
    # The near-duplicate index kept between links (``chronik.link.duplicates``): each
    # indexed article's LSH band buckets, looked up by bucket for the new articles only.
    5: ("CREATE TABLE duplicate_bands (article_id {key} NOT NULL, band INTEGER NOT NULL, bucket BIGINT NOT NULL, "
        "PRIMARY KEY (article_id, band))",
        "CREATE INDEX duplicate_bands_bucket ON duplicate_bands (bucket)"),
}

# Rows per query when streaming analyses and signatures: bounded memory on a
# large store (an analysis is a few kB to a few tens of kB of JSON).
PAGE_ROWS = 256

# Once a link run has kept its articles, search reads only those: an edited
# article's latest version, not the text it replaced.
CURRENT = ("(NOT EXISTS (SELECT 1 FROM links WHERE kind = 'article') "
           "OR EXISTS (SELECT 1 FROM links l WHERE l.kind = 'article' AND l.id = a.id))")
_META_COLUMNS = "id, source, title, published, authors, agencies, language, outlet, url"
_ARTICLE_COLUMNS = f"{_META_COLUMNS}, text, dropped"


def search_sql(match: str, rank: str, joins: str = "") -> str:
    """The search statement of a backend (parameters: its query, the limit):
    current articles whose ``articles_fts f`` row meets ``match``, best
    ``rank`` first, ties by id."""
    return ("SELECT a.id, a.published, a.title, a.source, a.text "
            f"FROM articles_fts f JOIN articles a ON a.id = f.article_id{joins} "
            f"WHERE {match} AND {CURRENT} ORDER BY {rank}, a.id LIMIT ?")


class SQLStore:
    """One database; every write is one transaction, so a killed build leaves
    either all or none of a batch. Ids are compared as bytes on every backend,
    so ``ORDER BY id`` gives Python's order."""

    DESCRIPTION = "a database"  # for messages: "... is a database but not a chronik store"
    KEY_TYPE = "TEXT"
    BLOB_TYPE = "BLOB"
    FTS_TABLES: tuple[str, ...] = ()
    FTS_INSERT = ""  # (article_id, folded title, folded text)
    SEARCH = ""  # (match, limit) -> (id, published, title, source, text) rows, best first
    BEGIN_WRITE: tuple[str, ...] = ()
    BEGIN_EXCLUSIVE: tuple[str, ...] = ()

    def __init__(self, path: str, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self._depth = 0
        self._lock = threading.RLock()  # one transaction at a time on the shared connection
        self.conn = self._connect()
        try:
            self._check_schema()
        except self._driver_errors() as err:
            self.conn.close()
            raise StoreError(self._open_error(err)) from None

    # -- what a backend supplies ------------------------------------------------
    def _connect(self):
        raise NotImplementedError

    def _driver_errors(self) -> tuple[type[Exception], ...]:
        raise NotImplementedError

    def _open_error(self, err: Exception) -> str:
        return f"cannot open the store {self.path}: {err}"

    def _tables(self) -> set[str]:
        """Names of the tables a chronik store would own or collide with."""
        raise NotImplementedError

    def _match(self, query: str) -> str:
        """The engine's query for ``query``: every word as a prefix; empty for no words."""
        raise NotImplementedError

    def _marked_terms(self, query: str) -> list[str]:
        """Folded word beginnings a snippet marks: those the search matched."""
        return query_terms(query)

    def _sql(self, stmt: str) -> str:
        return stmt

    def _executemany(self, stmt: str, rows: Iterable[tuple]) -> None:
        self.conn.executemany(self._sql(stmt), rows)

    def files(self) -> list[str]:
        """Local files of the store (none for a server database)."""
        return []

    # -- schema -------------------------------------------------------------
    def _execute(self, stmt: str, params: tuple = ()):
        return self.conn.execute(self._sql(stmt), params)

    def _ddl(self, stmt: str) -> str:
        return stmt.format(key=self.KEY_TYPE, blob=self.BLOB_TYPE)

    def _check_schema(self) -> None:
        tables = self._tables()
        if "meta" not in tables:
            if tables:
                raise StoreError(f"{self.path} is {self.DESCRIPTION} but not a chronik store; choose another --db")
            if self.read_only:
                raise StoreError(f"{self.path} is empty; build it first with 'chronik build PATH --db {self.path}'")
            with self._exclusive():
                # Re-check under the lock: a concurrent build may have
                # created the schema since we looked.
                if "meta" not in self._tables():
                    for stmt in TABLES + self.FTS_TABLES:
                        self._execute(self._ddl(stmt))
                    self._execute("INSERT INTO meta VALUES ('schema_version', '1')")
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
        with self._exclusive():
            version = self.schema_version()  # again, under the lock
            for step in range(version + 1, SCHEMA_VERSION + 1):
                for stmt in MIGRATIONS[step]:
                    self._execute(self._ddl(stmt))
                self._execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(step),))

    def schema_version(self) -> int:
        return int(self._execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0])

    # -- transactions ---------------------------------------------------------
    class _Transaction:
        """BEGIN (and lock) ... COMMIT, ROLLBACK on error; a nested use joins the
        outer transaction, whatever lock that one took."""

        def __init__(self, store: SQLStore, begin: tuple[str, ...]) -> None:
            self.store = store
            self.begin = begin

        def __enter__(self):
            store = self.store
            store._lock.acquire()
            store._depth += 1
            if store._depth == 1:
                begun = 0
                try:
                    for stmt in self.begin:
                        store._execute(stmt)
                        begun += 1
                except BaseException:
                    self._leave("ROLLBACK" if begun else None)
                    raise
            return store

        def __exit__(self, exc_type, exc, tb):
            outer = self.store._depth == 1
            self._leave(("COMMIT" if exc_type is None else "ROLLBACK") if outer else None)
            return False

        def _leave(self, stmt: str | None) -> None:
            try:
                if stmt:
                    self.store._execute(stmt)
            finally:
                self.store._depth -= 1
                self.store._lock.release()

    def _write(self) -> _Transaction:
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        return self._Transaction(self, self.BEGIN_WRITE)

    def _exclusive(self) -> _Transaction:
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        return self._Transaction(self, self.BEGIN_EXCLUSIVE)

    def linking(self) -> _Transaction:
        """Hold the exclusive lock while linking reads the store and replaces
        the linked rows, so a concurrent build cannot slip articles in between."""
        return self._exclusive()

    # -- articles -----------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self._execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone() is not None

    def add_batch(self, items: Iterable[tuple[Article, Analysis, bytes]]) -> list[bool]:
        items = list(items)
        # Insert in id order: two concurrent batches then take row locks in
        # the same order and cannot deadlock. Flags come back in input order.
        order = sorted(range(len(items)), key=lambda i: (items[i][0].id, i))
        added = [False] * len(items)
        with self._write():
            for i in order:
                article, analysis, signature = items[i]
                added[i] = self._insert_article(article, signature)
                if added[i]:
                    self._execute("INSERT INTO analyses (article_id, data, version) VALUES (?, ?, ?) "
                                  "ON CONFLICT (article_id) DO NOTHING",
                                  (article.id, analysis_to_json(analysis), analysis.version))
                    self._execute(self.FTS_INSERT, (article.id, fold(article.title or ""), fold(article.text)))
            for source, article_id in sorted({(a.source, a.id) for a, _, _ in items}):
                self._insert_source(source, article_id)
        return added

    def _insert_article(self, article: Article, signature: bytes) -> bool:
        cur = self._execute(
            f"INSERT INTO articles ({_ARTICLE_COLUMNS}, signature) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT (id) DO NOTHING",
            (article.id, article.source, article.title, article.published,
             dumps(list(article.authors)), dumps(list(article.agencies)), article.language,
             article.outlet, article.url, article.text, dumps([list(d) for d in article.dropped]), signature),
        )
        return cur.rowcount == 1

    def _insert_source(self, source: str, article_id: str) -> None:
        self._execute("INSERT INTO article_sources VALUES (?, ?) ON CONFLICT (source) DO NOTHING",
                      (source, article_id))

    def add_source(self, source: str, article_id: str) -> None:
        with self._write():
            self._insert_source(source, article_id)

    def articles(self) -> list[Article]:
        rows = self._execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY id").fetchall()
        return [article_from_row(r) for r in rows]

    def article_metas(self) -> list[ArticleMeta]:
        rows = self._execute(f"SELECT {_META_COLUMNS} FROM articles ORDER BY id").fetchall()
        return [article_meta_from_row(r) for r in rows]

    def texts(self, ids: Iterable[str]) -> Iterator[tuple[str, str]]:
        return self._by_ids("SELECT id, text FROM articles WHERE id IN ({})", ids)

    def article(self, article_id: str) -> Article | None:
        row = self._execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id=?", (article_id,)).fetchone()
        return article_from_row(row) if row else None

    def _pages(self, query: str, *params) -> Iterator[tuple]:
        """Rows of ``query`` (key first; after ``params`` it takes the last
        key seen and a row limit) page by page, in key order."""
        last = ""
        while True:
            rows = self._execute(query, (*params, last, PAGE_ROWS)).fetchall()
            yield from rows
            if len(rows) < PAGE_ROWS:
                return
            last = rows[-1][0]

    def analyses(self, parts: Iterable[str] = PARTS) -> Iterator[Analysis]:
        shared: dict[str, str] = {}  # one object per distinct string over the whole read
        for _, data in self._pages("SELECT article_id, data FROM analyses WHERE article_id > ? "
                                   "ORDER BY article_id LIMIT ?"):
            yield analysis_from_json(data, parts, shared)

    def stale_analyses(self, version: str) -> list[str]:
        """Ids of the articles whose analysis another version made, in id order."""
        rows = self._execute("SELECT article_id FROM analyses WHERE version IS NULL OR version <> ? "
                             "ORDER BY article_id", (version,)).fetchall()
        return [r[0] for r in rows]

    def replace_analyses(self, analyses: Iterable[Analysis]) -> None:
        """Write new analyses of stored articles in one transaction."""
        with self._write():
            for analysis in sorted(analyses, key=lambda a: a.article_id):
                self._execute("UPDATE analyses SET data=?, version=? WHERE article_id=?",
                              (analysis_to_json(analysis), analysis.version, analysis.article_id))

    def analysis(self, article_id: str) -> Analysis | None:
        row = self._execute("SELECT data FROM analyses WHERE article_id=?", (article_id,)).fetchone()
        return analysis_from_json(row[0]) if row else None

    def signatures(self, ids: Iterable[str] | None = None) -> Iterator[tuple[str, bytes]]:
        if ids is None:
            rows = self._pages("SELECT id, signature FROM articles WHERE signature IS NOT NULL "
                               "AND id > ? ORDER BY id LIMIT ?")
        else:
            rows = self._by_ids("SELECT id, signature FROM articles WHERE signature IS NOT NULL AND id IN ({})", ids)
        for article_id, signature in rows:
            yield article_id, bytes(signature)

    def _by_ids(self, query: str, ids: Iterable) -> Iterator[tuple]:
        """Rows of ``query`` (its ``{}`` the placeholders of one page of keys,
        key first) for the distinct keys given, a page of keys per query, in key order."""
        ordered = sorted(set(ids))
        for n in range(0, len(ordered), PAGE_ROWS):
            page = ordered[n:n + PAGE_ROWS]
            yield from sorted(self._execute(query.format(", ".join("?" * len(page))), tuple(page)))

    # -- the near-duplicate index ---------------------------------------------
    def put_bands(self, rows: Iterable[tuple[str, int, int]]) -> None:
        with self._write():
            self._executemany("INSERT INTO duplicate_bands VALUES (?, ?, ?) "
                              "ON CONFLICT (article_id, band) DO UPDATE SET bucket = excluded.bucket", rows)

    def band_members(self, buckets: Iterable[int]) -> Iterator[tuple[int, str]]:
        return self._by_ids("SELECT bucket, article_id FROM duplicate_bands WHERE bucket IN ({})", buckets)

    def banded_ids(self) -> set[str]:
        return {i for (i,) in self._execute("SELECT article_id FROM duplicate_bands WHERE band = 0")}

    def delete_bands(self, ids: Iterable[str] | None = None) -> None:
        with self._write():
            if ids is None:
                self._execute("DELETE FROM duplicate_bands")
            else:
                self._executemany("DELETE FROM duplicate_bands WHERE article_id = ?", [(i,) for i in sorted(ids)])

    # -- linked results -------------------------------------------------------
    def replace_links(self, rows: dict[str, list[dict]]) -> None:
        """Make the linked rows of each kind in ``rows`` exactly these,
        writing only the rows that changed: a build that adds a few articles
        changes few rows, and rewriting all of them took a seventh of a link."""
        with self._write():
            for kind in LINK_KINDS:
                if kind in rows:
                    self._replace_kind(kind, {row["id"]: row for row in rows[kind]})

    def _replace_kind(self, kind: str, new: dict[str, dict]) -> None:
        # The stored rows are read page by page and only the ids of those
        # that stay as they are kept, so a link never holds the stored rows
        # beside the new ones (a tenth of a big link's memory).
        gone, same = [], set()
        for i, data in self._pages("SELECT id, data FROM links WHERE kind=? AND id > ? ORDER BY id LIMIT ?", kind):
            row = new.get(i)
            if row is None:
                gone.append(i)
            elif dumps(row) == data:
                same.add(i)
        self._executemany("DELETE FROM links WHERE kind=? AND id=?", [(kind, i) for i in sorted(gone)])
        self._executemany("INSERT INTO links VALUES (?, ?, ?) "
                          "ON CONFLICT (kind, id) DO UPDATE SET data = excluded.data",
                          ((kind, i, dumps(new[i])) for i in sorted(new) if i not in same))

    def links(self, kind: str) -> list[dict]:
        return [json.loads(d) for (d,) in self._execute("SELECT data FROM links WHERE kind=? ORDER BY id", (kind,))]

    # -- kept records ----------------------------------------------------------
    def put_records(self, kind: str, rows: list[dict]) -> None:
        with self._write():
            self._executemany(
                "INSERT INTO records VALUES (?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET data = excluded.data",
                [(kind, row["id"], dumps(row)) for row in rows])

    def records(self, kind: str) -> list[dict]:
        return [json.loads(d) for (d,) in self._execute("SELECT data FROM records WHERE kind=? ORDER BY id", (kind,))]

    def record_ids(self, kind: str) -> set[str]:
        return {i for (i,) in self._execute("SELECT id FROM records WHERE kind=?", (kind,))}

    def delete_records(self, kind: str, ids: list[str]) -> None:
        with self._write():
            self._executemany("DELETE FROM records WHERE kind=? AND id=?", [(kind, i) for i in ids])

    def corpus_digest(self) -> str:
        """See ``Store.corpus_digest``. The text and signature columns are left
        out: an article's id is its text's content id."""
        columns = [d[0] for d in self._execute("SELECT * FROM articles LIMIT 0").description]
        kept = ", ".join(c for c in columns if c not in ("text", "signature"))
        return self._digest([(f"SELECT {kept} FROM articles ORDER BY id", ()),
                             ("SELECT source, article_id FROM article_sources ORDER BY source", ()),
                             ("SELECT article_id, version FROM analyses ORDER BY article_id", ())])

    def records_digest(self, skip_kinds: Iterable[str] = ()) -> str:
        skip = tuple(sorted(set(skip_kinds)))
        marks = ", ".join("?" * len(skip)) or "''"
        return self._digest([(f"SELECT kind, id, data FROM records WHERE kind NOT IN ({marks}) ORDER BY kind, id",
                              skip)])

    def _digest(self, queries: list[tuple[str, tuple]]) -> str:
        digest = hashlib.sha256()
        for stmt, params in queries:
            digest.update(stmt.encode())
            for row in self._execute(stmt, params):
                digest.update("\x1f".join("\x00" if v is None else str(v) for v in row).encode() + b"\x1e")
        return digest.hexdigest()

    # -- search -------------------------------------------------------------
    def search(self, query: str, limit: int = 20, snippets: bool = True) -> list[SearchHit]:
        """Current articles containing every query word (folded, as word
        prefixes), best first, each with a snippet around its first hit.
        ``snippets=False`` leaves them empty, for a caller that shows one page
        of many hits and cuts its own."""
        match = self._match(query)
        rows = self._execute(self.SEARCH, (match, limit)).fetchall() if match else []
        terms = self._marked_terms(query) if rows and snippets else []
        return [SearchHit(article_id=r[0], published=r[1], title=r[2], source=r[3],
                          snippet=snippet(r[4], query, terms=terms) if snippets else "") for r in rows]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False
