"""Paired check on the judged 10kGNAD event draws: which judged items the extractor still emits.

usage: python3 benchmarks/events_draws_kept.py [--draws 1,2,...] [--list]

An item counts as kept when an event of the same article overlaps its trigger. Over the chosen draws it
prints how many judged happenings are kept (``true_kept`` of ``true``) and how many judged non-events
(``false_kept`` of ``false``); ``--list`` names each lost happening and kept non-event with the judge's note.
Every draw but the latest is a tuning sample (``events_sample.py``): this is a tuning tool, not a held-out
figure.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.events_sample import DRAWS, article_events  # noqa: E402
from benchmarks.tenkgnad_sample import texts  # noqa: E402


def kept(which: list[int], show: bool = False) -> dict[str, int]:
    from chronik.pipeline import load_toolkit

    kit, all_texts, cache = load_toolkit("de"), texts(), {}
    tot = {"true_kept": 0, "true": 0, "false_kept": 0, "false": 0}
    for n in which:
        for it in json.loads(DRAWS[n][0].read_text(encoding="utf-8"))["items"]:
            judgment = it.get("judgment") or {}
            if judgment.get("event") is None:
                continue
            row = it["article"]
            if row not in cache:
                cache[row] = article_events(kit, row, all_texts[row])
            now = [e for e in cache[row] if e["start"] <= it["start"] < e["end"] or it["start"] <= e["start"] < it["end"]]
            side = "true" if judgment["event"] else "false"
            tot[side] += 1
            tot[side + "_kept"] += bool(now)
            if show and (side == "true") != bool(now):
                label = now[0]["label"] if now else it["label"]
                print(n, "LOST-TRUE" if side == "true" else "KEPT-FALSE", row, it["trigger"], "|", label, "|",
                      (judgment.get("note") or "")[:110])
    return tot


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--draws", default=",".join(str(n) for n in DRAWS), help="comma-separated draw numbers")
    ap.add_argument("--list", action="store_true", help="name each lost happening and kept non-event")
    args = ap.parse_args()
    tot = kept([int(x) for x in args.draws.split(",")], show=args.list)
    print(json.dumps(tot), "precision-if-kept %.3f" % (tot["true_kept"] / max(1, tot["true_kept"] + tot["false_kept"])))


if __name__ == "__main__":
    main()
