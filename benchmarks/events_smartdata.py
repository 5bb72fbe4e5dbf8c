"""Event precision on open news: which hand-judged candidates of the DFKI SmartData pile the extractor emits.

usage: python3 benchmarks/events_smartdata.py [--part tune|report|all] [--list N]

Data: every event candidate chronik's extractor found in the 760 news documents of DFKI SmartData (CC BY 4.0,
Schiersch et al., LREC 2018; the pile of ``events_merging.py``) at fd9c95a and e8aed7c, 2,777 in all, each judged by
hand (a helper session that never read the extractor) as a specific happening or not under the Wikinews events
guideline (``scripts/eventness/smartdata_items*.json``, made by ``scripts/eventness_draw.py``; a second judge agreed
on 95 of 96 doubly judged items). Split by document before judging (SHA-256 of the id: first hex digit 0-9
``tune``, a-f ``report``): tune 1,790 items (1,294 events), report 987 (704 events); tune on ``tune`` only.

An item is kept when an event of its document overlaps its trigger. Figures over a part: ``precision``, the share
of kept items judged events (the precision of what the extractor lists, over candidates it once found), and
``kept``, the share of judged events still kept (what a change that only drops keeps). The judged non-events'
categories (state, generic, irrealis, negated, saying, trend, noun-generic, not-predicate) say what a rule should
keep out; ``--list`` prints kept non-events and lost events of the tuning part with the judge's note.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

ITEMS = (ROOT / "scripts" / "eventness" / "smartdata_items.json", ROOT / "scripts" / "eventness" / "smartdata_items2.json")
PARTS = {"train": "tune", "report": "report"}


def judged_items(part: str) -> list[dict]:
    items = [it for path in ITEMS for it in json.loads(path.read_text(encoding="utf-8"))["items"]
             if (it.get("judgment") or {}).get("event") is not None]
    return [it for it in items if part == "all" or PARTS[it["part"]] == part]


def kept_events(items: list[dict], kit=None) -> list[bool]:
    """Whether the extractor of this checkout emits an event over each item's trigger."""
    from events_merging import document_article, documents

    from chronik.pipeline import analyze, load_toolkit

    kit, docs = kit or load_toolkit("de"), documents()
    spans: dict[int, list[tuple[int, int]]] = {}
    for line in sorted({it["line"] for it in items}):
        spans[line] = [(e.start, e.end) for e in analyze(document_article(docs[line], line), kit).events]
    return [any(s <= it["start"] < e or it["start"] <= s < it["end"] for s, e in spans[it["line"]]) for it in items]


def figures(items: list[dict], kept: list[bool]) -> dict[str, float]:
    true_kept = sum(k for it, k in zip(items, kept) if it["judgment"]["event"])
    false_kept = sum(k for it, k in zip(items, kept) if not it["judgment"]["event"])
    events = sum(it["judgment"]["event"] for it in items)
    return {"precision": true_kept / max(1, true_kept + false_kept), "kept": true_kept / max(1, events),
            "true_kept": true_kept, "events": events, "false_kept": false_kept, "non_events": len(items) - events}


def scores(part: str = "report") -> dict[str, float]:
    """The gate's figures for one part (``tests/gold/benchmark_floors.json``)."""
    items = judged_items(part)
    return figures(items, kept_events(items))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--part", choices=["tune", "report", "all"], default="tune")
    ap.add_argument("--list", type=int, default=0, help="print up to N kept non-events and lost events (tune only)")
    args = ap.parse_args()
    items = judged_items(args.part)
    kept = kept_events(items)
    f = figures(items, kept)
    print(f"{args.part}: {len(items)} judged items, {f['events']} events; kept {f['true_kept']} events and "
          f"{f['false_kept']} of {f['non_events']} non-events: precision {f['precision']:.3f}, kept {f['kept']:.3f}")
    why = Counter(it["judgment"]["why"] for it, k in zip(items, kept) if k and not it["judgment"]["event"])
    print("kept non-events by category: " + ", ".join(f"{w} {n}" for w, n in why.most_common()))
    if args.list and args.part == "tune":
        shown = 0
        for it, k in zip(items, kept):
            if k != it["judgment"]["event"] and shown < args.list:
                shown += 1
                tag = "KEPT-FALSE" if k else "LOST-TRUE"
                print(f"{tag} {it['line']} {it['trigger']!r} [{it['judgment']['why']}] {it['sentence'][:150]!r} | "
                      f"{it['judgment'].get('note', '')[:100]}")


if __name__ == "__main__":
    main()
