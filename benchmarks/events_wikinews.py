"""Events on German Wikinews, against exhaustive hand annotation.

usage: python3 benchmarks/events_wikinews.py [--part tune|report|all] [--show N]
       python3 benchmarks/events_wikinews.py --draw     (once, before annotation: writes the draw)

Data: ../shared/data/quotes-wikinews-de/train.jsonl.gz (CC BY-NC-SA: development and evaluation
only; the repository keeps offsets and the short words at them, never the text). Gold:
benchmarks/events_gold/wikinews/*.json, annotated under GUIDELINE_wikinews.md.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT.parent / "shared" / "data" / "quotes-wikinews-de" / "train.jsonl.gz"
GOLD = ROOT / "benchmarks" / "events_gold"
DRAW = GOLD / "wikinews_draw.json"
SEED, PER_HALF, MIN_WORDS, MAX_WORDS = 16, 24, 120, 400


def load_docs() -> list[dict]:
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def draw(docs: list[dict]) -> dict:
    """Articles of 120 to 400 words in a fixed shuffle; even lines tune, odd lines report."""
    lines = [i for i, d in enumerate(docs) if MIN_WORDS <= len(d["text"].split()) <= MAX_WORDS]
    random.Random(SEED).shuffle(lines)
    tune = [i for i in lines if i % 2 == 0][:PER_HALF]
    report = [i for i in lines if i % 2 == 1][:PER_HALF]
    return {"seed": SEED, "rule": __doc__.split("\n")[0], "words": [MIN_WORDS, MAX_WORDS],
            "tune": [{"line": i, "id": docs[i]["id"]} for i in tune],
            "report": [{"line": i, "id": docs[i]["id"]} for i in report]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--draw", action="store_true", help="write the fixed draw (once, before annotation)")
    args = ap.parse_args()
    docs = load_docs()
    if args.draw:
        DRAW.write_text(json.dumps(draw(docs), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {DRAW}")


if __name__ == "__main__":
    main()
