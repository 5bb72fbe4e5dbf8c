"""Draw chronik's event candidates on open German news for hand judging (training data for the event filter).

usage: python3 scripts/eventness_draw.py --draw COMMIT      (once: writes scripts/eventness/smartdata_items.json)
       python3 scripts/eventness_draw.py --summary           (judged counts by part)
       python3 scripts/eventness_draw.py --merge FILE...     (the judges' files into the items, once complete)
       python3 scripts/eventness_draw.py --draw-rest COMMIT  (once: every other candidate, smartdata_items2.json)
       python3 scripts/eventness_draw.py --rest --merge FILE... | --rest --summary   (the same for smartdata_items2.json)

Text: the news documents of the DFKI SmartData corpus (``../shared/data/smartdata-events/v1_20180119``, CC BY 4.0,
Schiersch et al., LREC 2018; the pile of ``benchmarks/events_merging.py``: 760 documents of November 2015 to July
2016). Being CC BY, judgments on it may train a model chronik ships; judgments on 10kGNAD or Wikinews (NC) may not.

Every event report the extractor of COMMIT emits in those documents is a candidate; 640 are drawn with
``random.Random(2701)`` and split before judging by the SHA-256 of the document id: first hex digit 0-9 ``train``
(what the filter is fitted on), a-f ``report`` (held out: scored once, never tuned on). Judges (helper sessions that
never read the extractor) set ``judgment``: ``{"event": true|false, "why": category, "note": short}`` under the
Wikinews events guideline (``benchmarks/events_gold/GUIDELINE_wikinews.md``, "What is an event").

The first draw held 106 non-events in its train part, too few to fit the filter on (2026-12-07), so every other
candidate of the pile (``--draw-rest``: the extractor of COMMIT with the filter off, less the 640 drawn) is judged
the same way into ``smartdata_items2.json``, split by the same rule. The filter fitted on both (branch
``h16-filter2``) did not raise F1 on Wikinews and is not shipped; the judgments are also the events benchmark
``benchmarks/events_smartdata.py`` (open data: train part to tune on, report part held out).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

ITEMS = ROOT / "scripts" / "eventness" / "smartdata_items.json"
REST = ROOT / "scripts" / "eventness" / "smartdata_items2.json"
SEED, SIZE = 2701, 640


def part_of(doc_id: str) -> str:
    return "train" if hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[0] in "0123456789" else "report"


def candidates() -> tuple[list[dict], int]:
    """Every event report of every pile document, with its sentence and the sentences either side."""
    from events_merging import document_article, documents

    from chronik.pipeline import analyze, load_toolkit

    kit, out = load_toolkit("de"), []
    docs = documents()
    for line, d in enumerate(docs):
        analysis = analyze(document_article(d, line), kit)
        sents = [d["text"][s.start:s.end] for s in analysis.sentences]
        for e in analysis.events:
            before = sents[e.sentence - 1] if e.sentence > 0 else ""
            after = sents[e.sentence + 1] if e.sentence + 1 < len(sents) else ""
            out.append({"doc": d["id"], "line": line, "published": d["published"], "part": part_of(d["id"]),
                        "start": e.start, "end": e.end, "trigger": e.trigger, "predicate": e.predicate,
                        "type": e.type, "status": e.status, "label": e.label, "sentence": sents[e.sentence],
                        "before": before, "after": after})
    return out, len(docs)


def merge(paths: list[str], target: Path = ITEMS) -> int:
    """Set each item's ``judgment`` from the judges' files (lists of ``{"id", "event", "why", "note"}``),
    only when together they judge every item exactly once: a partial or doubled merge is refused."""
    data = json.loads(target.read_text(encoding="utf-8"))
    judged: dict[int, dict] = {}
    for path in paths:
        for j in json.loads(Path(path).read_text(encoding="utf-8")):
            if j["id"] in judged:
                raise SystemExit(f"item {j['id']} is judged twice ({path})")
            judged[j["id"]] = {"event": bool(j["event"]), "why": j["why"], "note": j.get("note", "")}
    missing = sorted({it["id"] for it in data["items"]} - set(judged))
    if missing:
        raise SystemExit(f"{len(missing)} items not judged yet (first {missing[:5]})")
    for it in data["items"]:
        it["judgment"] = judged[it["id"]]
    target.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(judged)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--draw", metavar="COMMIT")
    ap.add_argument("--summary", action="store_true")
    ap.add_argument("--merge", nargs="+", metavar="FILE")
    ap.add_argument("--draw-rest", metavar="COMMIT")
    ap.add_argument("--rest", action="store_true", help="--merge/--summary: smartdata_items2.json")
    args = ap.parse_args()
    if args.draw:
        if ITEMS.exists():
            raise SystemExit(f"{ITEMS.name} exists: a draw is made once")
        items, n_docs = candidates()
        picked = random.Random(SEED).sample(items, SIZE)
        picked.sort(key=lambda it: (it["line"], it["start"]))
        for i, it in enumerate(picked):
            it["id"] = i
        head = {"seed": SEED, "size": SIZE, "commit": args.draw, "pool": len(items), "documents": n_docs,
                "licence": "text CC BY 4.0 (DFKI SmartData corpus, Schiersch et al. 2018); judgments CC BY 4.0"}
        ITEMS.parent.mkdir(parents=True, exist_ok=True)
        ITEMS.write_text(json.dumps({**head, "items": picked}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(items)} candidates in {n_docs} documents ({len(items) / n_docs:.2f} per document); drew {SIZE}")
    if args.merge:
        print(f"merged {merge(args.merge, REST if args.rest else ITEMS)} judgments")
    if args.draw_rest:
        if REST.exists():
            raise SystemExit(f"{REST.name} exists: a draw is made once")
        drawn = {(it["line"], it["start"], it["end"]) for it in json.loads(ITEMS.read_text(encoding="utf-8"))["items"]}
        items, n_docs = candidates()
        rest = [it for it in items if (it["line"], it["start"], it["end"]) not in drawn]
        for i, it in enumerate(rest):
            it["id"] = i
        head = {"commit": args.draw_rest, "pool": len(items), "documents": n_docs, "rule": "every candidate not drawn",
                "licence": "text CC BY 4.0 (DFKI SmartData corpus, Schiersch et al. 2018); judgments CC BY 4.0"}
        REST.write_text(json.dumps({**head, "items": rest}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{len(items)} candidates in {n_docs} documents; {len(rest)} not drawn before -> {REST.name}")
    if args.summary:
        items = json.loads((REST if args.rest else ITEMS).read_text(encoding="utf-8"))["items"]
        for part in ("train", "report"):
            judged = [it for it in items if it["part"] == part and it.get("judgment")]
            true = sum(it["judgment"]["event"] for it in judged)
            print(f"{part}: {len(judged)} judged of {sum(it['part'] == part for it in items)}, {true} events")


if __name__ == "__main__":
    main()
