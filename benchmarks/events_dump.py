"""Every event of the first N 10kGNAD test articles, one JSON line each: to check that a change leaves them be.

    python3 benchmarks/events_dump.py OUT.jsonl [--rows 300]

Run it before and after a change that should not alter the events (a refactoring, a mend) and compare the two
files with ``cmp``. Each line: article row, trigger offset, label, roles, predicate, place, date, as
``events_sample.article_events`` gives them (merged within the article, as the export merges them).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.events_sample import article_events  # noqa: E402
from benchmarks.tenkgnad_sample import texts  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--rows", type=int, default=300)
    args = ap.parse_args()
    from chronik.pipeline import load_toolkit

    kit, all_texts = load_toolkit("de"), texts()
    with args.out.open("w", encoding="utf-8") as f:
        for row in range(min(args.rows, len(all_texts))):
            for e in article_events(kit, row, all_texts[row]):
                f.write(json.dumps([row, e["start"], e["label"], e["roles"], e["predicate"], e["place"], e["date"]],
                                   ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
