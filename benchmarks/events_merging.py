"""Events across articles: are the reports chronik merges into one event one happening? On dated German news.

    python3 benchmarks/events_merging.py --draw COMMIT      (once, before judging: builds the pile, lists items)
    python3 benchmarks/events_merging.py [--part tune|report|all] [--show N]

The pile: the news documents of the DFKI SmartData corpus (``../shared/data/smartdata-events/v1_20180119``,
train and test, CC BY 4.0): German online news of November 2015 to July 2016, tweets and texts under 500
characters left out (760 documents). The time in a document's id is when it was fetched, not always when it was
published (98 pages carry a date more than a week older in their first lines): a document's publication date
is the first date written dd.mm.yy(yy) in its first 400 characters, else the day it was fetched. Dense in time and full of
stories told by several outlets (agency copy, strikes, insolvencies, rail and traffic notices), it is what
cross-article merging is for, and what the per-article event benchmarks cannot test.

The draw (``events_gold/smartdata_merges.json``): every event the pile's export lists with reports from two
or more articles, at the commit named, each with its reports (article, sentence). Split before judging, by
SHA-256 of the event's first report (article line and sentence): even first hex digit tune, odd report.
A judge (a helper session that did not write the linker) reads the articles and gives each report a group
letter: reports with one letter are one happening (``groups``), with a note.

Scores, over pairs of judged reports from different articles: a pair is merged when one event of the
current export of the item's type holds both sentences (the type, not the predicate or label: those come
from an event's earliest report and change with the extractor); precision = merged pairs judged one
happening / merged pairs; kept = merged pairs judged one happening / pairs judged one happening (the
draw's right merges that a change keeps: a change that only splits gains precision and loses these).
"""
from __future__ import annotations

import argparse
import hashlib
import html
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
DATA = ROOT.parent / "shared" / "data" / "smartdata-events" / "v1_20180119"
DRAW = ROOT / "benchmarks" / "events_gold" / "smartdata_merges.json"
MIN_CHARS = 500
DATELINE = re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.(20\d\d|\d\d)(?!\d)")


def _published(text: str, fetched: str) -> str:
    """The first dd.mm.yy(yy) date of the text's first 400 characters, else the day it was fetched."""
    from datetime import date

    for m in DATELINE.finditer(text[:400]):
        day, month, year = (int(g) for g in m.groups())
        try:
            return date(year + 2000 if year < 100 else year, month, day).isoformat()
        except ValueError:
            continue
    return fetched


def documents() -> list[dict]:
    """The pile's documents in corpus order (train, then test): id, publication date, outlet, text."""
    from entity_linking import _json_objects

    docs = []
    for split in ("train", "test"):
        for doc in _json_objects(DATA / f"{split}.json.gz"):
            body = re.search(r"<TEXT>(.*)</TEXT>", doc["raw"], re.S)
            day = re.search(r"@(\d{4}-\d{2}-\d{2})T", doc["id"])
            outlet = re.sub(r"^https?://(www\.)?", "", doc["id"]).split("/")[0]
            if not body or not day or "twitter" in outlet:
                continue
            text = html.unescape(re.sub(r'<NODE id="\d+" />', "", body.group(1))).replace("\r\n", "\n")
            if len(text) >= MIN_CHARS:
                docs.append({"id": doc["id"], "published": _published(text, day.group(1)), "outlet": outlet,
                             "text": text})
    return docs


def document_article(doc: dict, line: int):
    """One pile document as the per-article pipeline takes it (``chronik.records.Article``), by its line in
    ``documents()``: for the per-article work on the pile (``events_smartdata.py``, ``scripts/eventness_draw.py``)."""
    from chronik.ids import article_id
    from chronik.records import Article

    return Article(id=article_id(doc["text"]), source=f"smartdata#{line}", title=None, published=doc["published"],
                   authors=(), agencies=(), language="de", outlet=doc["outlet"], text=doc["text"])


def build_pile(docs: list[dict], folder: str) -> str:
    """The pile built into a fresh store under ``folder`` by the chronik of this checkout; the store's path."""
    pile = Path(folder) / "pile.jsonl"
    pile.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    db = f"{folder}/s.db"
    subprocess.run([sys.executable, "-m", "chronik", "build", str(pile), "--db", db], check=True,
                   capture_output=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return db


def build_export(docs: list[dict]) -> dict:
    """The pile built into a fresh store; its JSON export."""
    with tempfile.TemporaryDirectory() as tmp:
        db = build_pile(docs, tmp)
        subprocess.run([sys.executable, "-m", "chronik", "export", "--db", db, "--format", "json", "--output",
                        f"{tmp}/s.json"], check=True, capture_output=True, cwd=ROOT,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
        return json.loads(Path(f"{tmp}/s.json").read_text(encoding="utf-8"))


def _line(article: dict) -> int:
    return int(article["source"].rsplit("#", 1)[1])


def _reports(event: dict, line_of: dict[str, int]) -> list[dict]:
    return [{"line": line_of[e["article"]], "sentence": e["sentence"]} for e in event["evidence"]]


def part_of(item: dict) -> str:
    first = item["reports"][0]
    digest = hashlib.sha256(f"{first['line']}\n{first['sentence']}".encode("utf-8")).hexdigest()
    return "tune" if int(digest[0], 16) % 2 == 0 else "report"


def draw(commit: str) -> None:
    if DRAW.exists():
        raise SystemExit(f"{DRAW.name} exists: a draw is made once")
    docs = documents()
    export = build_export(docs)
    line_of = {a["id"]: _line(a) for a in export["articles"]}
    items = []
    for event in export["events"]:
        if len(event["articles"]) < 2:
            continue
        item = {"label": event["label"], "predicate": event["predicate"], "type": event["type"],
                "date": event["date"], "reports": _reports(event, line_of)}
        item["part"] = part_of(item)
        items.append(item)
    head = {"commit": commit, "documents": len(docs), "articles": len(export["articles"]),
            "events": len(export["events"]), "rule": "every event with reports from two or more articles"}
    DRAW.write_text(json.dumps({**head, "items": items}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(items)} merged events of {len(export['events'])} in {len(export['articles'])} articles -> {DRAW}")


def scores(part: str = "report", show: int = 0) -> dict[str, float]:
    """Pairwise merge precision and kept share over the judged items of ``part``."""
    items = [it for it in json.loads(DRAW.read_text(encoding="utf-8"))["items"]
             if "groups" in it and (part == "all" or it["part"] == part)]
    export = build_export(documents())
    line_of = {a["id"]: _line(a) for a in export["articles"]}
    held: dict[tuple[int, str, str], set[str]] = {}
    for event in export["events"]:
        for r in _reports(event, line_of):
            held.setdefault((r["line"], r["sentence"], event["type"]), set()).add(event["id"])
    merged = right = same = 0
    shown = 0
    for it in items:
        for (a, ga), (b, gb) in itertools.combinations(zip(it["reports"], it["groups"]), 2):
            if a["line"] == b["line"]:
                continue
            one = ga == gb
            together = bool(held.get((a["line"], a["sentence"], it["type"]), set())
                            & held.get((b["line"], b["sentence"], it["type"]), set()))
            same += one
            merged += together
            right += together and one
            if show and together and not one and shown < show:
                shown += 1
                print(f"  wrongly together: {it['label']!r}: {a['sentence'][:90]!r} / {b['sentence'][:90]!r}")
    return {"pairs_merged": merged, "pairs_same": same,
            "merge_precision": right / merged if merged else 1.0, "kept": right / same if same else 1.0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--draw", metavar="COMMIT", help="build the pile and write the items (once, before judging)")
    ap.add_argument("--part", default="tune", choices=("tune", "report", "all"))
    ap.add_argument("--show", type=int, default=0, help="print up to N wrongly merged pairs")
    args = ap.parse_args()
    if args.draw:
        draw(args.draw)
        return
    s = scores(args.part, args.show)
    print(f"{args.part}: pairs of reports from two articles merged {s['pairs_merged']}, judged one happening "
          f"{s['pairs_same']}; merge precision {s['merge_precision']:.3f}, right merges kept {s['kept']:.3f}")


if __name__ == "__main__":
    main()
