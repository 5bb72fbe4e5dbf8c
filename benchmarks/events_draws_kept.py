"""Paired check on the judged 10kGNAD event draws: which judged items the extractor still emits.

usage: python3 benchmarks/events_draws_kept.py [--draws 1,2,...] [--list] [--participants]

An item counts as kept when an event of the same article overlaps its trigger. Over the chosen draws it
prints how many judged happenings are kept (``true_kept`` of ``true``) and how many judged non-events
(``false_kept`` of ``false``); ``--list`` names each lost happening and kept non-event with the judge's note.
Every draw but the latest is a tuning sample (``events_sample.py``): this is a tuning tool, not a held-out
figure.

``--participants`` prints, for every item whose participants were judged, the judgment, the role list the
extractor gives now beside the one judged, and the note: one tab-separated line each, to diff before and after
a change (a list judged wrong that changed may be fixed; one judged right that changed is broken).
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


def participants(which: list[int]) -> None:
    """One line per item with judged participants: draw, article, trigger, judgment, roles now, roles judged, note."""
    from chronik.pipeline import load_toolkit

    kit, all_texts, cache = load_toolkit("de"), texts(), {}
    for n in which:
        for it in json.loads(DRAWS[n][0].read_text(encoding="utf-8"))["items"]:
            judged = (it.get("judgment") or {}).get("participants")
            if judged is None:
                continue
            row = it["article"]
            if row not in cache:
                cache[row] = article_events(kit, row, all_texts[row])
            now = [e for e in cache[row] if e["start"] <= it["start"] < e["end"] or it["start"] <= e["start"] < it["end"]]
            roles = now[0]["roles"] if now else None
            print(n, row, it["trigger"], "RIGHT" if judged else "WRONG",
                  json.dumps(roles, ensure_ascii=False), json.dumps(it["roles"], ensure_ascii=False),
                  (it["judgment"].get("note") or "").replace("\n", " "), sep="\t")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--draws", default=",".join(str(n) for n in DRAWS), help="comma-separated draw numbers")
    ap.add_argument("--list", action="store_true", help="name each lost happening and kept non-event")
    ap.add_argument("--participants", action="store_true",
                    help="print each judged participant list beside the one given now, with the note")
    args = ap.parse_args()
    if args.participants:
        participants([int(x) for x in args.draws.split(",")])
        return
    tot = kept([int(x) for x in args.draws.split(",")], show=args.list)
    print(json.dumps(tot), "precision-if-kept %.3f" % (tot["true_kept"] / max(1, tot["true_kept"] + tot["false_kept"])))


if __name__ == "__main__":
    main()
