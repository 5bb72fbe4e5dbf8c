"""Words per second of all per-article stages together, on one core, and what each stage costs.

    taskset -c 0 python3 benchmarks/annotate_speed.py [--limit N]

Runs every stage of ``pipeline.STAGES`` (tokens, the language core, entities,
timexes, figures, quotes, events ...) over the 10kGNAD test articles in this
one process. Times are CPU seconds of this process (``time.process_time``),
so a busy machine slows them less than wall-clock time; the models are
loaded before timing.
"""
from __future__ import annotations

import argparse
import csv
import resource
import time
from collections import Counter
from pathlib import Path

import sys

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout, installed or not
from chronik.ids import article_id
from chronik.pipeline import STAGES, load_toolkit
from chronik.records import Article, Document

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
    per_stage: Counter = Counter()
    counts: Counter = Counter()
    start = time.process_time()
    for a in articles:
        doc = Document(article=a)
        for stage in STAGES:
            t0 = time.process_time()
            doc = stage.run(doc, kit)
            per_stage[stage.name] += time.process_time() - t0
        for k in ("mentions", "timexes", "figures", "quotes", "events"):
            counts[k] += len(getattr(doc, k))
    seconds = time.process_time() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(articles)} articles, {words} words in {seconds:.1f} CPU s: {words / seconds:,.0f} words/s "
          f"(peak memory {peak:.0f} MB)")
    print("per stage: " + ", ".join(f"{name} {per_stage[name]:.1f} s ({words / per_stage[name]:,.0f} words/s)"
                                    for name in (s.name for s in STAGES) if per_stage[name]))
    print("found: " + ", ".join(f"{counts[k]} {k}" for k in ("mentions", "timexes", "figures", "quotes", "events"))
          + f"; {counts['events'] / len(articles):.2f} events per article")


if __name__ == "__main__":
    main()
