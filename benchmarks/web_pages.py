"""Page speed of `chronik serve`: every page and API endpoint, timed over HTTP.

    python3 benchmarks/web_pages.py --seeds                    # the bundled seeds
    python3 benchmarks/web_pages.py --db big.db [--limit 10000] [--repeat 5]

With ``--db`` a store that does not exist yet is built first from the 10kGNAD
test articles (1,028 texts; see ``--csv``). To reach ``--limit`` distinct
articles, copy k of article i is the first half of article i joined to the
second half of another article, so no copy is a near-duplicate of another; each
gets a publication date spread over 2015-2016 (10kGNAD has none), so relative
dates resolve and the timeline has dated events. Building 10,000 articles takes
about 4-5 minutes at ~40 articles/s; an existing ``--db`` is reused as it is.

The server runs as a real subprocess (`chronik serve`); each page is fetched
once to warm the cache (the first request after start-up or a store change
loads the store), then ``--repeat`` times, and the median and worst times are
printed. The targets are 200 ms per page on the seeds and 1 s on 10,000
articles.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CSV = ROOT.parent / "shared" / "data" / "10kgnad" / "test.csv"
SEEDS = ROOT / "examples" / "seeds"
# A prime step picks the second half of copy k from a far-away article.
STEP = 7919
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])")


def read_gnad(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as f:
        return [row[1] for row in csv.reader(f, delimiter=";", quotechar="'") if len(row) > 1 and row[1].strip()]


def mixed_corpus(texts: list[str], limit: int) -> list[dict]:
    """``limit`` distinct articles as JSONL records (see the module docstring)."""
    halves = [_SENTENCE_END.split(t) for t in texts]
    n = len(texts)
    start = date(2015, 1, 1)
    records = []
    for number in range(limit):
        k, i = divmod(number, n)
        if k == 0:
            text = texts[i]
        else:
            first = halves[i][: max(1, len(halves[i]) // 2)]
            other = halves[(i + k * STEP) % n]
            text = " ".join(first + other[len(other) // 2:])
        published = start + timedelta(days=(number * 37) % 730)
        records.append({"id": f"gnad-{number}", "text": text, "published": published.isoformat(),
                        "outlet": f"outlet {number % 7}"})
    return records


def build_store(db: Path, csv_path: Path, limit: int) -> None:
    records = mixed_corpus(read_gnad(csv_path), limit)
    with tempfile.TemporaryDirectory() as tmp:
        lines = Path(tmp) / "corpus.jsonl"
        lines.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "chronik.cli", "build", str(lines), "--db", str(db),
                        "--max-bytes", str(lines.stat().st_size + 1)], check=True)
        print(f"built {db} from {len(records)} articles in {time.perf_counter() - started:.0f} s")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(client: httpx.Client, proc: subprocess.Popen, timeout: float = 120) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if proc.poll() is not None:
            raise SystemExit(f"chronik serve exited with {proc.returncode}: {proc.stderr.read()}")
        try:
            client.get("/api/overview")
            return time.perf_counter() - started
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit("chronik serve did not answer in time")


def page_list(client: httpx.Client) -> list[str]:
    """Every page kind, with ids taken from the store itself."""
    overview = client.get("/api/overview").json()
    entity = client.get("/api/entities", params={"per_page": 1}).json()["items"]
    article = client.get("/api/articles", params={"per_page": 1}).json()["items"]
    series = client.get("/api/series", params={"per_page": 1}).json()["items"]
    pages = ["/", "/articles", "/articles?page=3", "/timeline", "/timeline?from=2015-06&to=2015-09",
             "/figures", "/entities", "/entities?type=PER", "/quotes", "/stories", "/search?q=Regierung",
             "/search?q=Regierung&page=2", "/api", "/download/timelinejs.json",
             "/api/overview", "/api/events", "/api/entities", "/api/quotes", "/api/series", "/api/articles",
             "/api/search?q=Regierung", "/openapi.json", "/review", "/review?kind=figure", "/api/review",
             "/timeline?needs_review=true", "/quotes?needs_review=true", "/figures?needs_review=true",
             "/changes?since=2000-01-01", "/api/changes?since=2000-01-01", "/corrections"]
    if entity:
        name = entity[0]["name"]
        pages += [f"/entities/{entity[0]['id']}", f"/timeline?entity={name}", f"/quotes?speaker={name}",
                  f"/api/entities/{entity[0]['id']}"]
    if article:
        pages += [f"/articles/{article[0]['id']}", f"/api/articles/{article[0]['id']}"]
    if series:
        pages += [f"/figures/{series[0]['id']}", f"/api/series/{series[0]['id']}"]
    print(f"store: {overview['articles']} articles, {overview['events']} events, {overview['quotes']} quotes, "
          f"{overview['entities']} entities, {overview['series']} series")
    return pages


def time_pages(db: Path, repeat: int) -> None:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "chronik.cli", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            print(f"server up after {wait_until_up(client, proc):.1f} s")
            print(f"{'page':<58} {'first':>8} {'median':>8} {'worst':>8}")
            worst_all = 0.0
            for page in page_list(client):
                first = _timed(client, page)
                times = [_timed(client, page) for _ in range(repeat)]
                worst_all = max(worst_all, max(times))
                print(f"{page[:58]:<58} {first:>6.0f}ms {statistics.median(times):>6.0f}ms {max(times):>6.0f}ms")
            print(f"slowest page (warm): {worst_all:.0f} ms")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _timed(client: httpx.Client, page: str) -> float:
    started = time.perf_counter()
    response = client.get(page)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise SystemExit(f"{page}: HTTP {response.status_code}")
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=None, help="store to time (built first if it does not exist)")
    ap.add_argument("--seeds", action="store_true", help="time a fresh store of examples/seeds")
    ap.add_argument("--limit", type=int, default=10000, help="articles to build into a new --db")
    ap.add_argument("--csv", default=str(DEFAULT_CSV), help="the 10kGNAD test.csv")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.seeds:
            db = Path(tmp) / "seeds.db"
            subprocess.run([sys.executable, "-m", "chronik.cli", "build", str(SEEDS), "--db", str(db)], check=True)
        elif args.db:
            db = Path(args.db)
            if not db.exists():
                build_store(db, Path(args.csv), args.limit)
        else:
            ap.error("give --seeds or --db FILE")
        time_pages(db, args.repeat)


if __name__ == "__main__":
    main()
