"""Words per second of all per-article stages together, on one core.

    taskset -c 0 python3 benchmarks/annotate_speed.py [--limit N]

Runs ``pipeline.analyze`` (tokens, entities, timexes, figures, quotes,
events) over the 10kGNAD test articles in this one process.
"""
from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

from chronik.ids import article_id
from chronik.pipeline import analyze, load_toolkit
from chronik.records import Article

CSV = Path(__file__).resolve().parents[2] / "shared" / "data" / "10kgnad" / "test.csv"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    with CSV.open(encoding="utf-8") as f:
        texts = [row[1] for row in csv.reader(f, delimiter=";", quotechar="'")]
    if args.limit:
        texts = texts[: args.limit]
    kit = load_toolkit("de")
    articles = [Article(id=article_id(t), source="bench", title=None, published="2016-01-15", authors=(),
                        agencies=(), language="de", outlet=None, text=t) for t in texts]
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    counts = dict(mentions=0, timexes=0, figures=0, quotes=0, events=0)
    for a in articles:
        doc = analyze(a, kit)
        for k in counts:
            counts[k] += len(getattr(doc, k))
    seconds = time.perf_counter() - start
    print(f"{len(articles)} articles, {words} words in {seconds:.1f} s: {words / seconds:,.0f} words/s")
    print("found: " + ", ".join(f"{v} {k}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
