"""Events on German Wikinews, against exhaustive hand annotation.

usage: python3 benchmarks/events_wikinews.py [--part tune|report|all|tune-ext] [--show N] [--participants]
       [--agreement] [--dates]
       python3 benchmarks/events_wikinews.py --draw     (once, before annotation: writes the draw)
       python3 benchmarks/events_wikinews.py --draw-extension   (once: the second tuning draw)

Data: ../shared/data/quotes-wikinews-de/train.jsonl.gz (CC BY-NC-SA: development and evaluation
only; the repository keeps offsets and the short words at them, never the text). Gold:
benchmarks/events_gold/wikinews/*.json, annotated under GUIDELINE_wikinews.md by annotators who never
saw chronik's output (A: tuning half, B: reporting half; C did the first five of each half again,
in wikinews_second/, for agreement). A second tuning set (part ``tune-ext``, 25 articles drawn on
2026-12-06 by ``draw_extension``, gold in wikinews_ext/) was annotated the same way by an annotator D
who never saw chronik's output; the reporting half is unchanged.

Found events are the article's events as the export shows them: its event reports merged within the
article by chronik.link.events.merge_events (a verb and a noun, or a definite "das Treffen", that
report one happening are one event), each with every sentence that reports it.

Matching, one to one: a found event can match a gold event when one of its sentences holds one of the
gold event's mentions (the sentence of the same happening); among those, trigger overlap counts first,
then the same predicate, then the same type. Over matched pairs:
- date: the same value at day precision (a null date against a dated gold event is wrong, and so is a
  date against an undated one);
- participants: a found participant matches a gold one when their names share a word of 3+ letters
  (case-folded); by role, the role must be the same too;
- type, status, place (same word), label (not scored: judged by hand in the note).
"""
from __future__ import annotations

import argparse
import bisect
import gzip
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.span_match import one_to_one  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "quotes-wikinews-de" / "train.jsonl.gz"
GOLD = ROOT / "benchmarks" / "events_gold"
DRAW = GOLD / "wikinews_draw.json"
SEED, PER_HALF, MIN_WORDS, MAX_WORDS = 16, 24, 120, 400
# A second tuning set, drawn on 2026-12-06 after the first was tuned on (the reporting half unchanged).
DRAW_EXT, EXT_ARTICLES = GOLD / "wikinews_draw_ext.json", 25
ROLES = ("agent", "patient", "other")


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


def draw_extension(docs: list[dict]) -> dict:
    """The next tuning articles of the same shuffle, and only articles that no other Wikinews
    benchmark reports on: an even line (the quote benchmark's tuning half), the statement
    benchmark's tuning half (even last hex digit of the id's SHA-1), none of the 60 time
    expression articles (timex_gold/wikinews.json)."""
    import hashlib

    timex = {str(a["id"]) for a in json.loads((ROOT / "benchmarks" / "timex_gold" / "wikinews.json")
                                               .read_text(encoding="utf-8"))["articles"]}
    first = json.loads(DRAW.read_text(encoding="utf-8"))
    taken = {item["line"] for p in ("tune", "report") for item in first[p]}
    lines = [i for i, d in enumerate(docs) if MIN_WORDS <= len(d["text"].split()) <= MAX_WORDS]
    random.Random(SEED).shuffle(lines)
    chosen = [i for i in lines if i % 2 == 0 and i not in taken and str(docs[i]["id"]) not in timex
              and int(hashlib.sha1(str(docs[i]["id"]).encode()).hexdigest()[-1], 16) % 2 == 0][:EXT_ARTICLES]
    return {"seed": SEED, "rule": draw_extension.__doc__.split("\n")[0], "words": [MIN_WORDS, MAX_WORDS],
            "tune-ext": [{"line": i, "id": docs[i]["id"]} for i in chosen]}


def gold_articles(part: str, folder: Path = GOLD / "wikinews") -> list[dict]:
    if part == "tune-ext":
        chosen, folder = json.loads(DRAW_EXT.read_text(encoding="utf-8")), GOLD / "wikinews_ext"
    else:
        chosen = json.loads(DRAW.read_text(encoding="utf-8"))
    parts = ("tune", "report") if part == "all" else (part,)
    out = []
    for p in parts:
        for item in chosen[p]:
            path = folder / f"{item['id']}.json"
            if path.exists():
                out.append(json.loads(path.read_text(encoding="utf-8")))
    return out


# -- what chronik finds, as plain dicts --------------------------------------------------
def found_events(kit, doc: dict) -> tuple[list[dict], list]:
    from chronik.ids import article_id
    from chronik.pipeline import analyze
    from chronik.records import Article

    article = Article(id=article_id(doc["text"]), source="wikinews", title=None, published=doc["published"],
                      authors=(), agencies=(), language="de", outlet=None, text=doc["text"])
    from chronik.link.events import EventReport, merge_events

    analysed = analyze(article, kit)
    text = doc["text"]
    reports = []
    for e in analysed.events:
        s = analysed.sentences[e.sentence]
        reports.append(EventReport(article_id=article.id, published=article.published, mention=e,
                                   participant_ids=e.participants, place_id=e.place,
                                   sentence_text=text[s.start:s.end], role_ids=e.roles))
    by_text: dict[str, list] = {}
    for r in reports:
        by_text.setdefault(r.sentence_text, []).append(r)
    events = []
    for merged in merge_events(reports):
        members = [r for _, sentence in merged.evidence for r in by_text[sentence]
                   if set(r.participant_ids) <= set(merged.participants) and
                   r.mention.type in (merged.type, "visit", "meeting")]
        first = min(members, key=lambda r: r.mention.start)
        events.append({"spans": [(r.mention.start, r.mention.end) for r in members],
                       "sentences": {r.mention.sentence for r in members}, "type": merged.type,
                       "predicate": merged.predicate or first.mention.trigger, "date": merged.date,
                       "status": merged.status, "place": merged.place,
                       "roles": [list(r) for r in merged.roles], "label": merged.label,
                       "trigger": first.mention.trigger, "start": first.mention.start, "end": first.mention.end})
    return sorted(events, key=lambda e: e["start"]), analysed.sentences


# -- matching ---------------------------------------------------------------------------
def _sentence_of(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def _overlap(a0, a1, b0, b1) -> bool:
    return min(a1, b1) > max(a0, b0)


def match(gold: list[dict], found: list[dict], sentence_starts: list[int]) -> list[tuple[int, int]]:
    pairs = []
    for gi, g in enumerate(gold):
        g_sents = {_sentence_of(sentence_starts, m["start"]) for m in g["mentions"]}
        for fi, f in enumerate(found):
            if not f["sentences"] & g_sents:
                continue
            overlap = any(_overlap(m["start"], m["end"], a, b) for m in g["mentions"] for a, b in f["spans"])
            same_pred = (f["predicate"] or "").lower() == (g["predicate"] or "").lower()
            pairs.append(((overlap, same_pred, f["type"] == g["type"]), gi, fi))
    pairs.sort(key=lambda p: (p[0], -p[1], -p[2]), reverse=True)
    return one_to_one(pairs)


def _day(value: str | None) -> str | None:
    return value[:10] if value else None


def _words(name: str | None) -> set[str]:
    return {w for w in re.findall(r"\w{3,}", (name or "").casefold())}


def _role_pairs(gold_parts: list[dict], found_roles: list[list[str]]) -> tuple[int, int, int, int]:
    """(matched by name, matched by name and role, gold count, found count)."""
    used, by_name, by_role = set(), 0, 0
    for name, role in found_roles:
        for gi, g in enumerate(gold_parts):
            if gi not in used and _words(name) & (_words(g["name"]) | _words(g["text"])):
                used.add(gi)
                by_name += 1
                by_role += role == g["role"]
                break
    return by_name, by_role, len(gold_parts), len(found_roles)


def _participant_lines(gold_event: dict, found_event: dict, text: str, article_id: str) -> list[str]:
    """Per matched event: each gold participant no found one matched (MISS), each matched one given
    another role (ROLE) and each found one that matched no gold participant (EXTRA), with the event's trigger in its sentence context."""
    unmatched_found = list(found_event["roles"])
    missed, crossed = [], []
    for g in gold_event["participants"]:
        hit = next((r for r in unmatched_found if _words(r[0]) & (_words(g["name"]) | _words(g["text"]))), None)
        if hit is None:
            missed.append(g)
        else:
            unmatched_found.remove(hit)
            if hit[1] != g["role"]:
                crossed.append((g, hit[1]))
    if not missed and not unmatched_found and not crossed:
        return []
    m = gold_event["mentions"][0]
    head = (f"{article_id} {gold_event['predicate']}: {text[max(0, m['start'] - 90):m['start']]!r} "
            f"[[{m['text']}]] {text[m['end']:m['end'] + 70]!r}")
    lines = [f"PART-MISS {head} gold={g['name']}/{g['role']} ({g['text']!r})" for g in missed]
    lines += [f"PART-ROLE {head} gold={g['name']}/{g['role']} found={r}" for g, r in crossed]
    return lines + [f"PART-EXTRA {head} found={n}/{r}" for n, r in unmatched_found]


def evaluate(articles: list[dict], docs_by_id: dict[str, dict], kit, show: int = 0, labels: bool = False,
             show_participants: bool = False, show_dates: bool = False) -> dict:
    c = Counter()
    role_c = Counter()
    types = Counter()
    shown = 0
    for gold_doc in articles:
        doc = docs_by_id[gold_doc["id"]]
        found, sentences = found_events(kit, doc)
        starts = [s.start for s in sentences]
        gold = gold_doc["events"]
        pairs = match(gold, found, starts)
        c["gold"] += len(gold)
        c["found"] += len(found)
        c["matched"] += len(pairs)
        types.update(f["type"] for f in found)
        for gi, fi in pairs:
            g, f = gold[gi], found[fi]
            if labels:  # the annotator's label beside chronik's (labels are judged by hand)
                print(f"label\t{g.get('label')}\t{f['label']}")
            if show_participants:
                for line in _participant_lines(g, f, doc["text"], gold_doc["id"]):
                    print(line)
            c["date_ok"] += _day(g["date"]) == _day(f["date"])
            if show_dates and _day(g["date"]) != _day(f["date"]):
                m = g["mentions"][0]
                print(f"DATE {gold_doc['id']} pub={doc['published']} gold={g['date']} found={f['date']} "
                      f"{g['predicate']}: {doc['text'][max(0, m['start'] - 110):m['start']]!r} [[{m['text']}]] "
                      f"{doc['text'][m['end']:m['end'] + 80]!r}")
            c["type_ok"] += g["type"] == f["type"]
            c["status_ok"] += g["status"] == f["status"]
            gp = g["place"]
            c["place_ok"] += (gp is None and not f["place"]) or bool(gp and _words(f["place"]) & _words(gp["name"]))
            by_name, by_role, ng, nf = _role_pairs(g["participants"], f["roles"])
            c["part_match"] += by_name
            c["part_role_match"] += by_role
            c["part_gold"] += ng
            c["part_found"] += nf
            for role in ROLES:
                gr = [p for p in g["participants"] if p["role"] == role]
                fr = [r for r in f["roles"] if r[1] == role]
                m, _, _, _ = _role_pairs(gr, fr)
                role_c[(role, "tp")] += m
                role_c[(role, "gold")] += len(gr)
                role_c[(role, "found")] += len(fr)
        if show and shown < show:
            text = doc["text"]
            mg = {gi for gi, _ in pairs}
            mf = {fi for _, fi in pairs}
            for gi, g in enumerate(gold):
                if gi not in mg and shown < show:
                    shown += 1
                    m = g["mentions"][0]
                    print(f"MISSED {gold_doc['id']} {g['type']}/{g['predicate']}: "
                          f"{text[max(0, m['start'] - 70):m['start']]!r} [[{m['text']}]] {text[m['end']:m['end'] + 50]!r}")
            for fi, f in enumerate(found):
                if fi not in mf and shown < show:
                    shown += 1
                    print(f"SPURIOUS {gold_doc['id']} {f['type']}/{f['predicate']}: "
                          f"{text[max(0, f['start'] - 70):f['start']]!r} [[{f['trigger']}]] {text[f['end']:f['end'] + 50]!r}")
    n = c["matched"] or 1
    out = {
        "articles": len(articles), "gold": c["gold"], "found": c["found"], "matched": c["matched"],
        "recall": c["matched"] / c["gold"] if c["gold"] else 0.0,
        "precision": c["matched"] / c["found"] if c["found"] else 0.0,
        "date_accuracy": c["date_ok"] / n, "type_accuracy": c["type_ok"] / n,
        "status_accuracy": c["status_ok"] / n, "place_accuracy": c["place_ok"] / n,
        "participant_precision": c["part_match"] / c["part_found"] if c["part_found"] else 0.0,
        "participant_recall": c["part_match"] / c["part_gold"] if c["part_gold"] else 0.0,
        "participant_role_accuracy": c["part_role_match"] / c["part_match"] if c["part_match"] else 0.0,
        "other_share": types["other"] / c["found"] if c["found"] else 0.0,
    }
    for role in ROLES:
        tp, ng, nf = role_c[(role, "tp")], role_c[(role, "gold")], role_c[(role, "found")]
        out[f"{role}_precision"] = tp / nf if nf else 0.0
        out[f"{role}_recall"] = tp / ng if ng else 0.0
    out["f1"] = (2 * out["precision"] * out["recall"] / (out["precision"] + out["recall"])
                 if out["precision"] + out["recall"] else 0.0)
    return out


def agreement() -> dict:
    """Annotator C against A/B on the ten articles both did: C's events as 'found'."""
    c = Counter()
    docs = {d["id"]: d for d in load_docs()}
    for second in sorted((GOLD / "wikinews_second").glob("*.json")):
        other = json.loads(second.read_text(encoding="utf-8"))
        first = json.loads((GOLD / "wikinews" / second.name).read_text(encoding="utf-8"))
        from chronik.extract.tokens import split_sentences, tokenize
        from chronik.lang.de.abbreviations import ABBREVIATIONS

        text = docs[first["id"]]["text"]
        starts = [s.start for s in split_sentences(text, tokenize(text, ABBREVIATIONS))]
        found = [{"spans": [(m["start"], m["end"]) for m in e["mentions"]],
                  "sentences": {_sentence_of(starts, m["start"]) for m in e["mentions"]}, "type": e["type"],
                  "predicate": e["predicate"], "date": e["date"]} for e in other["events"]]
        pairs = match(first["events"], found, starts)
        c["strict"] += sum(1 for gi, fi in pairs if any(
            _overlap(m["start"], m["end"], n["start"], n["end"])
            for m in first["events"][gi]["mentions"] for n in other["events"][fi]["mentions"]))
        c["a"] += len(first["events"])
        c["c"] += len(other["events"])
        c["matched"] += len(pairs)
        for gi, fi in pairs:
            c["date"] += _day(first["events"][gi]["date"]) == _day(found[fi]["date"])
            c["type"] += first["events"][gi]["type"] == found[fi]["type"]
    p, r = c["matched"] / c["c"], c["matched"] / c["a"]
    ps, rs = c["strict"] / c["c"], c["strict"] / c["a"]
    return {"first": c["a"], "second": c["c"], "matched": c["matched"], "f1": 2 * p * r / (p + r),
            "f1_same_trigger": 2 * ps * rs / (ps + rs),
            "date_agreement": c["date"] / c["matched"], "type_agreement": c["type"] / c["matched"]}


def scores(part: str = "report") -> dict[str, float]:
    """The gate's figures for one part (``tests/gold/benchmark_floors.json``)."""
    from chronik.pipeline import load_toolkit

    docs = {d["id"]: d for d in load_docs()}
    return evaluate(gold_articles(part), docs, load_toolkit("de"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--draw", action="store_true", help="write the fixed draw (once, before annotation)")
    ap.add_argument("--draw-extension", action="store_true", help="write the second tuning draw (once)")
    ap.add_argument("--part", choices=["tune", "report", "all", "tune-ext"], default=None)
    ap.add_argument("--show", type=int, default=0, help="print up to N misses and spurious events (tuning half)")
    ap.add_argument("--agreement", action="store_true", help="annotator agreement on the doubly annotated ten")
    ap.add_argument("--labels", action="store_true", help="print gold and found labels of matched events (tuning half)")
    ap.add_argument("--dates", action="store_true",
                    help="print matched events whose date differs from gold's (tuning half)")
    ap.add_argument("--participants", action="store_true",
                    help="print missed and extra participants of matched events (tuning half)")
    args = ap.parse_args()
    docs = load_docs()
    if args.draw:
        DRAW.write_text(json.dumps(draw(docs), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {DRAW}")
        return
    if args.draw_extension:
        DRAW_EXT.write_text(json.dumps(draw_extension(docs), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {DRAW_EXT}")
        return
    if args.agreement:
        print(json.dumps(agreement(), indent=1))
        return
    from chronik.pipeline import load_toolkit

    kit = load_toolkit("de")
    by_id = {d["id"]: d for d in docs}
    for part in ([args.part] if args.part else ["tune", "report"]):
        tune = part.startswith("tune")
        result = evaluate(gold_articles(part), by_id, kit, show=args.show if tune else 0, labels=args.labels and tune,
                          show_participants=args.participants and tune, show_dates=args.dates and tune)
        print(part, " ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in result.items()))


if __name__ == "__main__":
    main()
