"""Statements of every kind on 10kGNAD test articles, against exhaustive hand annotation.

usage: python3 benchmarks/statements_10kgnad.py --draw     (once, before annotation: writes the draw)

Data: ../shared/data/10kgnad/test.csv (CC BY-NC-SA: development and evaluation only; the repository keeps
offsets and short words at them, never the text). Gold: benchmarks/statements_gold/10kgnad/*.json,
annotated under benchmarks/statements_gold/GUIDELINE.md.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT.parent / "shared" / "data" / "10kgnad" / "test.csv"
GOLD = ROOT / "benchmarks" / "statements_gold"
DRAW = GOLD / "draw.json"
SEED, PER_HALF, MIN_WORDS, MAX_WORDS = 17, 16, 100, 450


def load_texts() -> list[str]:
    with DATA.open(encoding="utf-8", newline="") as f:
        return [row[1] for row in csv.reader(f, delimiter=";", quotechar="'")]


def draw(texts: list[str]) -> dict:
    """Articles of 100 to 450 words in a fixed shuffle; even rows tune, odd rows report."""
    rows = [i for i, t in enumerate(texts) if MIN_WORDS <= len(t.split()) <= MAX_WORDS]
    random.Random(SEED).shuffle(rows)
    return {"seed": SEED, "words": [MIN_WORDS, MAX_WORDS],
            "tune": [i for i in rows if i % 2 == 0][:PER_HALF],
            "report": [i for i in rows if i % 2 == 1][:PER_HALF]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--draw", action="store_true", help="write the fixed draw (once, before annotation)")
    args = ap.parse_args()
    if args.draw:
        DRAW.write_text(json.dumps(draw(load_texts())) + "\n", encoding="utf-8")
        print(f"wrote {DRAW}")


if __name__ == "__main__":
    main()
