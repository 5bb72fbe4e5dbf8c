"""Cost of replaying corrections against re-linking without them and against a full rebuild.

    python3 benchmarks/corrections_replay.py --db STORE [--corrections 200] [--no-rebuild]

Works on a copy of STORE (the store itself is never written). Steps:
1. re-link the copy with no corrections (what every build ends with);
2. record ``--corrections`` corrections of every kind, drawn deterministically from the
   store's own items (accept, reject, set on events, quotes and figures; merge and split
   entities; merge and split events), then re-link, which replays them all;
3. one more correction the way ``chronik correct`` makes it: an accept, applied to the stored
   rows in place, and an entity merge, which re-links;
4. a full rebuild: the store's articles written as JSON lines and built into a fresh store
   by the real CLI (reading, cleaning, analysis, linking).
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout, installed or not
from chronik.lang import load
from chronik.review.curation import link_reviewed as link_store
from chronik.review.corrections import stored_corrections
from chronik.review.edit import correct, make_correction, record
from chronik.store import open_store


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _plan(store, n: int, rng: random.Random) -> list[tuple]:
    """(action, ids, keyword arguments) for about ``n`` corrections of every kind."""
    events = [e for e in store.links("event")]
    quotes = store.links("quote")
    figures = store.links("figure")
    entities = [e for e in store.links("entity") if e["aliases"]]
    per_kind = max(1, n // 11)
    plan: list[tuple] = []
    for e in rng.sample(events, min(per_kind, len(events))):
        plan.append(("accept", [e["id"]], {}))
    for e in rng.sample(events, min(per_kind, len(events))):
        plan.append(("set", [e["id"]], {"field": "date", "value": "2020-01-01"}))
    for q in rng.sample(quotes, min(per_kind, len(quotes))):
        plan.append(("accept", [q["id"]], {}))
    for q in rng.sample(quotes, min(per_kind, len(quotes))):
        plan.append(("set", [q["id"]], {"field": "via", "value": "dpa"}))
    numbered = [f for f in figures if f["low"] is not None]
    for f in rng.sample(numbered, min(per_kind, len(numbered))):
        plan.append(("set", [f["id"]], {"field": "bound", "value": "lower"}))
    for f in rng.sample(figures, min(per_kind, len(figures))):
        plan.append(("reject", [f["id"]], {}))
    for q in rng.sample(quotes, min(per_kind, len(quotes))):
        plan.append(("reject", [q["id"]], {}))
    by_type: dict[str, list[dict]] = {}
    for e in store.links("entity"):
        by_type.setdefault(e["type"], []).append(e)
    for _ in range(per_kind):
        kind = rng.choice(sorted(k for k, v in by_type.items() if len(v) > 1))
        a, b = rng.sample(by_type[kind], 2)
        plan.append(("merge-entities", [a["id"], b["id"]], {}))
    for e in rng.sample(entities, min(per_kind, len(entities))):
        plan.append(("split-entity", [e["id"]], {"args": (e["aliases"][0],)}))
    shared = [e for e in events if len(e["articles"]) > 1]
    for e in rng.sample(shared, min(per_kind, len(shared))):
        plan.append(("split-event", [e["id"]], {"args": (e["articles"][-1],)}))
    for _ in range(per_kind):
        a, b = rng.sample(events, 2)
        plan.append(("merge-events", [a["id"], b["id"]], {}))
    return plan


def _record_all(store, plan) -> int:
    made = 0
    seen: set[str] = set()
    for action, ids, kwargs in plan:
        if seen & set(ids):
            continue  # one correction per item keeps the plan valid in any order
        try:
            record(store, make_correction(store, action, ids, **kwargs))
        except Exception as err:  # noqa: BLE001 - a drawn item may not allow this kind
            print(f"  skipped {action} {ids}: {err}", file=sys.stderr)
            continue
        seen |= set(ids)
        made += 1
    return made


def _rebuild(store, folder: Path) -> tuple[float, int]:
    rows = [{"url": a.source, "title": a.title, "published": a.published, "outlet": a.outlet, "text": a.text}
            for a in store.articles()]
    pile = folder / "articles.jsonl"
    pile.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    cmd = [sys.executable, "-m", "chronik.cli", "build", str(pile), "--db", str(folder / "rebuilt.db")]
    seconds = _timed(lambda: subprocess.run(cmd, capture_output=True, text=True, check=True))
    return seconds, len(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="an SQLite store (it is copied, never written)")
    ap.add_argument("--corrections", type=int, default=200)
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--no-rebuild", action="store_true", help="skip the full rebuild")
    args = ap.parse_args()
    lang = load("de")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        copy = folder / "store.db"
        shutil.copy(args.db, copy)
        with open_store(str(copy)) as store:
            n_articles = len(store.articles())
            link_store(store, lang)  # warm: imports and caches, as in a running build
            plain = _timed(lambda: link_store(store, lang))
            made = _record_all(store, _plan(store, args.corrections, random.Random(args.seed)))
            replay = _timed(lambda: link_store(store, lang))
            outcome = stored_corrections(store)
            stale = sum(c.status == "stale" for c in outcome)
            for c in outcome:
                if c.status == "stale":
                    print(f"  stale: {c.describe()}: {c.detail}", file=sys.stderr)
            target = next(e["id"] for e in store.links("event") if not e.get("reviewed"))
            quick = _timed(lambda: correct(store, "accept", [target]))
            people = [e["id"] for e in store.links("entity") if e["type"] == "PER"][-2:]
            linked = _timed(lambda: correct(store, "merge-entities", people))
            rebuild, rebuilt = (None, 0) if args.no_rebuild else _rebuild(store, folder)
    rows = [("re-link without corrections", plain, ""),
            (f"re-link replaying {made} corrections", replay, f"  ({stale} stale after replay)"),
            ("one 'chronik correct accept' (in place)", quick, ""),
            ("one 'chronik correct merge-entities' (re-link)", linked, "")]
    if rebuild is not None:
        rows.append((f"full rebuild of {rebuilt} articles", rebuild, ""))
    print(f"store: {n_articles} articles ({args.db})")
    for label, seconds, note in rows:
        print(f"{label:<48} {seconds:7.2f} s{note}")

if __name__ == "__main__":
    main()
