"""Statements of every kind and their speakers on German Wikinews (Petersen-Frey & Biemann 2024).

usage: python3 benchmarks/statements_wikinews.py [--part tune|report|all] [--show N] [--limit N]

Data: ../shared/data/quotes-wikinews-de/train.jsonl.gz only (CC BY-NC-SA: evaluation only; nothing of it
is copied into the repository; its dev and test splits are withheld and never read).

Split, fixed before any tuning of the statement extractor (2026-12-05): an article whose id's SHA-1 is
even in its last hex digit is in the tuning part, odd in the reporting part. Direct statements between
quotation marks come from the quote extractor, which was tuned on the even *lines* of the same file
(``quotes_wikinews.py``); the direct figures are therefore also given on the reporting part's articles
that were odd lines there (``report∩quotes-report``), held out from both.

Gold: the dataset's kinds map to chronik's: Direct -> direct; Indirect, IndirectFreeIndirect,
FreeIndirect -> indirect; Reported -> reported. Direct items are the contiguous parts of each annotation
(as in ``quotes_wikinews.py``); the others span from their first to their last part. Quotation marks,
spaces and final punctuation are stripped; one item per span.

- lenient match: character overlap >= 50% of both the gold and the found span, one-to-one, greedy by
  overlap; direct is matched against found ``direct``, indirect + reported against found ``indirect``
  and ``reported`` together (a found ``reported`` statement by the clause from its speaker to the end of
  its act, as the dataset marks Reported; a kind confusion between the two still matches there; ``kind accuracy``
  says how often the kind agrees).
- speaker: a found speaker is right when its span overlaps a gold speaker span and is at most two tokens
  longer than it, or when the last word of the resolved name occurs in a gold speaker span (a pronoun or
  role noun resolved to the name). Accuracy over matched items whose gold has a speaker; recall over all
  gold items with a speaker (an unmatched item counts as missed).
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.span_match import lenient_candidates, one_to_one, overlap  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "quotes-wikinews-de" / "train.jsonl.gz"
MARKS = "„“”»«\"‚‘’'"
KINDS = {"Direct": "direct", "Indirect": "indirect", "IndirectFreeIndirect": "indirect",
         "FreeIndirect": "indirect", "Reported": "reported"}


def load_docs() -> list[dict]:
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        return [dict(json.loads(line), line=i) for i, line in enumerate(f)]


def part_of(doc: dict) -> str:
    return "tune" if int(hashlib.sha1(str(doc["id"]).encode()).hexdigest()[-1], 16) % 2 == 0 else "report"


def strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a] in MARKS or text[a].isspace()):
        a += 1
    while b > a and (text[b - 1] in MARKS or text[b - 1].isspace() or text[b - 1] in ".,;:!?"):
        b -= 1
    while b > a and (text[b - 1] in MARKS or text[b - 1].isspace()):
        b -= 1
    return a, b


def gold_items(doc: dict) -> list[dict]:
    text = doc["text"]
    out: dict[tuple[int, int, str], dict] = {}
    for q in doc["quotes"]:
        kind = KINDS[q["type"]]
        parts = [strip_span(text, a, b) for a, b in q["quote"]]
        spans = parts if kind == "direct" else [(min(a for a, _ in parts), max(b for _, b in parts))] if parts else []
        for a, b in spans:
            if b <= a:
                continue
            key = (a, b, "direct" if kind == "direct" else "other")
            item = out.setdefault(key, {"start": a, "end": b, "kind": kind, "speaker": []})
            item["speaker"].extend(tuple(s) for s in q["speaker"])
    return sorted(out.values(), key=lambda g: (g["start"], g["end"]))


def extent(s) -> tuple[int, int]:
    """The span a found statement is compared on: its message; for ``reported``, whose message is the
    act alone, the clause with its speaker (the dataset's Reported spans are whole clauses)."""
    if s.kind == "reported" and s.speaker_start is not None and 0 <= s.start - s.speaker_end <= 200:
        return min(s.start, s.speaker_start), max(s.end, s.speaker_end)
    return s.start, s.end


def match(gold: list[dict], found: list) -> list[tuple[int, int]]:
    pairs = lenient_candidates([(g["start"], g["end"]) for g in gold], [extent(s) for s in found])
    return one_to_one(sorted(pairs, key=lambda p: (-p[0], p[1], p[2])))


def speaker_ok(text: str, st, spans) -> bool:
    if st.speaker_start is not None:
        n_found = len(text[st.speaker_start:st.speaker_end].split())
        for a, b in spans:
            if overlap(st.speaker_start, st.speaker_end, a, b) and n_found <= len(text[a:b].split()) + 2:
                return True
    if st.speaker_name:
        last = st.speaker_name.split()[-1].lower()
        return any(re.search(r"(?<!\w)" + re.escape(last) + r"(?!\w)", text[a:b].lower()) for a, b in spans)
    return False


def found_statements(kit, doc: dict) -> list:
    from chronik.ids import article_id
    from chronik.pipeline import analyze
    from chronik.records import Article

    article = Article(id=article_id(doc["text"]), source="wikinews", title=None, published=doc.get("published"),
                      authors=(), agencies=(), language="de", outlet=None, text=doc["text"])
    return list(analyze(article, kit).statements)


def prf(tp: int, found: int, gold: int) -> tuple[float, float, float]:
    p = tp / found if found else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(docs: list[dict], kit, show: int = 0) -> dict:
    tot = {g: dict(gold=0, found=0, tp=0, spk_n=0, spk_ok=0, spk_gold=0, kind_ok=0) for g in ("direct", "other")}
    shown = 0
    for doc in docs:
        text = doc["text"]
        found = found_statements(kit, doc)
        gold = gold_items(doc)
        for group in ("direct", "other"):
            g = [x for x in gold if (x["kind"] == "direct") == (group == "direct")]
            f = [s for s in found if (s.kind == "direct") == (group == "direct")]
            t = tot[group]
            t["gold"] += len(g)
            t["found"] += len(f)
            t["spk_gold"] += sum(1 for x in g if x["speaker"])
            pairs = match(g, f)
            t["tp"] += len(pairs)
            for gi, fi in pairs:
                t["kind_ok"] += g[gi]["kind"] == f[fi].kind
                if g[gi]["speaker"]:
                    t["spk_n"] += 1
                    t["spk_ok"] += speaker_ok(text, f[fi], g[gi]["speaker"])
            if show and shown < show:
                mg, mf = {gi for gi, _ in pairs}, {fi for _, fi in pairs}
                for gi, x in enumerate(g):
                    if gi not in mg and shown < show:
                        shown += 1
                        print(f"MISSED {group} {x['kind']}: {text[max(0, x['start'] - 60):x['start']]!r} "
                              f"[[{text[x['start']:x['end']][:120]}]]")
                for fi, s in enumerate(f):
                    if fi not in mf and shown < show:
                        shown += 1
                        print(f"SPURIOUS {s.kind} cue={s.cue!r} spk={s.speaker_name!r}: [[{s.text[:120]}]]")
                for gi, fi in pairs:
                    x, s = g[gi], f[fi]
                    if x["speaker"] and not speaker_ok(text, s, x["speaker"]) and shown < show:
                        shown += 1
                        print(f"SPEAKER {s.kind}: got {s.speaker_name!r} ({s.speaker_basis}) gold "
                              f"{[text[a:b] for a, b in x['speaker']]} [[{s.text[:80]}]]")
    return tot


def figures(tot: dict) -> dict[str, float]:
    out = {}
    for group, name in (("direct", "direct"), ("other", "indirect_reported")):
        t = tot[group]
        p, r, f = prf(t["tp"], t["found"], t["gold"])
        out[f"{name}_lenient_precision"] = p
        out[f"{name}_lenient_recall"] = r
        out[f"{name}_lenient_f1"] = f
        out[f"{name}_speaker_accuracy"] = t["spk_ok"] / t["spk_n"] if t["spk_n"] else 0.0
        out[f"{name}_speaker_recall"] = t["spk_ok"] / t["spk_gold"] if t["spk_gold"] else 0.0
        out[f"{name}_kind_accuracy"] = t["kind_ok"] / t["tp"] if t["tp"] else 0.0
    return out


def select(docs: list[dict], part: str) -> list[dict]:
    if part == "all":
        return docs
    if part == "report∩quotes-report":
        return [d for d in docs if part_of(d) == "report" and d["line"] % 2 == 1]
    return [d for d in docs if part_of(d) == part]


def scores(part: str = "report") -> dict[str, float]:
    """The gate's figures for one part (``tests/gold/benchmark_floors.json``)."""
    from chronik.pipeline import load_toolkit

    return figures(evaluate(select(load_docs(), part), load_toolkit()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--part", choices=["tune", "report", "all", "report∩quotes-report"], default="tune")
    ap.add_argument("--show", type=int, default=0, help="print up to N errors (tuning part only)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles of the part")
    args = ap.parse_args()
    from chronik.pipeline import load_toolkit

    docs = select(load_docs(), args.part)
    if args.limit:
        docs = docs[:args.limit]
    tot = evaluate(docs, load_toolkit(), show=args.show if args.part == "tune" else 0)
    f = figures(tot)
    for group, name in (("direct", "direct"), ("other", "indirect_reported")):
        t = tot[group]
        print(f"{args.part} {len(docs)} articles {name}: gold {t['gold']} found {t['found']} matched {t['tp']} | "
              f"lenient P {f[name + '_lenient_precision']:.3f} R {f[name + '_lenient_recall']:.3f} "
              f"F1 {f[name + '_lenient_f1']:.3f} | speaker accuracy {f[name + '_speaker_accuracy']:.3f} "
              f"({t['spk_ok']}/{t['spk_n']}) recall {f[name + '_speaker_recall']:.3f} | "
              f"kind accuracy {f[name + '_kind_accuracy']:.3f}")


if __name__ == "__main__":
    main()
