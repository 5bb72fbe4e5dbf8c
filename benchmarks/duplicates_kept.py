"""The near-duplicate stage and the whole link when articles are added to a linked store (issue 15).

    python3 benchmarks/duplicates_kept.py prepare --base BASE.db --full FULL.db --out PENDING.db [--link-first]
    python3 benchmarks/duplicates_kept.py link --db PENDING.db [--traced]

``prepare`` copies BASE (an SQLite store built and linked by ``chronik build``), with ``--link-first`` links the
copy once with this checkout's code (as a build would: the kept state of this code, the near-duplicate index
among it), then adds the articles FULL holds and BASE does not (FULL built from BASE's files and more: the
articles with their analyses, sources, search rows and version records, as a build stores them before it links),
without linking them. ``link`` links a copy of PENDING the way a build that added those articles does
(``chronik.pipeline.build`` with no files: its link resumes the kept state) and prints, in wall seconds, the near-duplicate stage
(reading the signatures and finding the duplicates) and the whole link, the peak resident memory of the process,
and with ``--traced`` (slower: tracemalloc) the traced peak within the near-duplicate stage above what was live
when it began and what it leaves held. Runs with the checkout it lives in: copy it into another checkout to
measure that one's code.
"""
from __future__ import annotations

import argparse
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the checkout's chronik, installed or not

import chronik  # noqa: E402
import chronik.link.duplicates as duplicates  # noqa: E402
import chronik.review.curation as curation  # noqa: E402
from chronik.store.sql import SQLStore  # noqa: E402

# What a build stores for an article before it links: rows keyed by article id, and its version records.
_ARTICLE_TABLES = (("articles", "id"), ("analyses", "article_id"), ("articles_fts", "article_id"))


def _copy(src: str, dst: str) -> None:
    for ext in ("", "-wal", "-shm"):
        if Path(src + ext).exists():
            shutil.copy(src + ext, dst + ext)


def prepare(base: str, full: str, out: str, link_first: bool) -> None:
    _copy(base, out)
    if link_first:
        with chronik.open(out) as chron:
            chron.add([])
    conn = sqlite3.connect(out)
    conn.execute("ATTACH DATABASE ? AS full", (full,))
    for table, key in _ARTICLE_TABLES:
        conn.execute(f"INSERT INTO main.{table} SELECT * FROM full.{table} "
                     f"WHERE {key} NOT IN (SELECT {key} FROM main.{table})")
    conn.execute("INSERT INTO main.article_sources SELECT * FROM full.article_sources "
                 "WHERE source NOT IN (SELECT source FROM main.article_sources)")
    conn.execute("INSERT INTO main.records SELECT * FROM full.records WHERE kind = 'version' "
                 "AND id NOT IN (SELECT id FROM main.records WHERE kind = 'version')")
    added = conn.execute("SELECT count(*) FROM main.articles").fetchone()[0]
    conn.commit()
    conn.close()
    print(f"{out}: {added} articles, those beyond {base} not linked")


class _Stage:
    """Wall time (and with ``traced`` memory) of the near-duplicate stage: from the link's first read of
    signatures, or the kept index's call, until the duplicates are found."""

    def __init__(self, traced: bool) -> None:
        self.traced = traced
        self.seconds = 0.0
        self.began: float | None = None
        self.live = 0
        self.peak = 0
        self.held = 0

    def begin(self) -> None:
        if self.began is None:
            self.began = time.perf_counter()
            if self.traced:
                self.live = tracemalloc.get_traced_memory()[0]
                tracemalloc.reset_peak()

    def end(self) -> None:
        self.seconds = time.perf_counter() - self.began
        if self.traced:
            current, peak = tracemalloc.get_traced_memory()
            self.peak, self.held = peak - self.live, current - self.live

    def wrap(self, finder):
        def timed(*args, **kwargs):
            self.begin()
            out = finder(*args, **kwargs)
            self.end()
            return out
        return timed


def link(db: str, traced: bool) -> None:
    stage = _Stage(traced)
    read = SQLStore.signatures

    def signatures(store, *args, **kwargs):
        stage.begin()  # main's link reads every signature first, then finds the duplicates
        return read(store, *args, **kwargs)

    SQLStore.signatures = signatures
    for name in ("find_duplicates", "kept_duplicates"):
        if hasattr(duplicates, name):
            setattr(duplicates, name, stage.wrap(getattr(duplicates, name)))
    whole = {}
    link_reviewed = curation.link_reviewed

    def timed_link(*args, **kwargs):
        t = time.perf_counter()
        out = link_reviewed(*args, **kwargs)
        whole["seconds"] = time.perf_counter() - t
        return out

    curation.link_reviewed = timed_link  # the build imports it when it links
    with tempfile.TemporaryDirectory() as tmp:
        copy = f"{tmp}/store.db"
        _copy(db, copy)
        with chronik.open(copy) as chron:
            if traced:
                tracemalloc.start()
            chron.add([])
    line = f"near-duplicate stage {stage.seconds:6.2f} s, whole link {whole['seconds']:6.2f} s"
    if traced:
        line += f", stage traced peak {stage.peak / 2**20:6.2f} MiB, held after it {stage.held / 2**20:6.2f} MiB"
    print(f"{line}, peak memory of the process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--base", required=True)
    p.add_argument("--full", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--link-first", action="store_true")
    p = sub.add_parser("link")
    p.add_argument("--db", required=True)
    p.add_argument("--traced", action="store_true")
    args = ap.parse_args()
    if args.command == "prepare":
        prepare(args.base, args.full, args.out, args.link_first)
    else:
        link(args.db, args.traced)


if __name__ == "__main__":
    main()
