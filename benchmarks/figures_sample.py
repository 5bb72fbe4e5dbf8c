"""Draw the figure benchmark sample from 10kGNAD test.csv (run once; the gold is judged by hand).

Rule, independent of the extractor: every maximal run of whitespace-separated
tokens that contain a digit or one of a fixed list of German number words is a
number mention; 150 are drawn with random.Random(6). Prints article index and
character offsets (the text itself stays out of the repository).

Held-out sample (figures_gold/10kgnad_test_heldout.json): the same pool minus every
mention of the seed-6 sample, 100 drawn with random.Random(2025):
    python3 benchmarks/figures_sample.py --seed 2025 --size 100 \
        --exclude benchmarks/figures_gold/10kgnad_test_sample.json
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "10kgnad" / "test.csv"
SEED = 6
SIZE = 150
WORDS = ("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig sechzig "
         "siebzig achtzig neunzig hundert tausend dutzende hunderte tausende zehntausende hunderttausende "
         "millionen milliarden").split()
_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"(?i)^[\W_]*(?:" + "|".join(WORDS) + r")[\W_]*$")


def articles() -> list[str]:
    with DATA.open(encoding="utf-8") as f:
        return [row[1] for row in csv.reader(f, delimiter=";", quotechar="'")]


def mentions(text: str):
    """Maximal runs of adjacent number tokens, as (start, end)."""
    run = None
    for m in _TOKEN.finditer(text):
        tok = m.group(0)
        if any(ch.isdigit() for ch in tok) or _WORD.match(tok):
            run = (run[0], m.end()) if run else (m.start(), m.end())
        elif run:
            yield run
            run = None
    if run:
        yield run


def sample(seed: int = SEED, size: int = SIZE, exclude: frozenset = frozenset()):
    """Draw `size` mentions with random.Random(seed) from the pool minus `exclude` ((article, start, end))."""
    texts = articles()
    pool = [(i, s, e) for i, t in enumerate(texts) for s, e in mentions(t) if (i, s, e) not in exclude]
    return texts, random.Random(seed).sample(pool, size), len(pool)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--size", type=int, default=SIZE)
    ap.add_argument("--exclude", action="append", default=[], help="gold/sample JSON whose mentions to leave out")
    args = ap.parse_args()
    excluded = frozenset((g["article"], g["start"], g["end"]) for path in args.exclude
                         for g in json.loads(Path(path).read_text(encoding="utf-8")))
    texts, picked, n = sample(args.seed, args.size, excluded)
    print(f"{n} number mentions in {len(texts)} articles ({len(excluded)} excluded); drew {len(picked)}",
          file=sys.stderr)
    json.dump([{"article": i, "start": s, "end": e} for i, s, e in picked], sys.stdout)
