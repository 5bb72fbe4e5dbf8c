"""Direct quotes and speakers on German Wikinews (Petersen-Frey & Biemann 2024).

usage: python3 benchmarks/quotes_wikinews.py [--show N] [--part tune|report|all]

Data: ../shared/data/quotes-wikinews-de/train.jsonl.gz (CC BY-NC-SA: evaluation
only; nothing of it is copied into the repository).

Split, fixed before any tuning: articles with an even line index are the tuning
half, odd ones the reporting half. Gold items are the contiguous parts of the
`Direct` annotations (a quote interrupted by its frame counts as its parts),
with the quotation marks and surrounding space stripped.

- lenient match: character overlap >= 50% of both the gold and the found quote;
  exact match: equal text after stripping quotation marks, spaces and final
  punctuation. One-to-one, greedy by overlap.
- speaker accuracy, on lenient matches whose gold has a speaker: the found
  speaker span overlaps a gold speaker span, or the found speaker name's last
  word occurs in the gold speaker text (a pronoun resolved to the name).
- speed: words (whitespace) per second of extract_quotes alone, and of
  tokenize + sentences + mentions + quotes.

Mentions come from chronik.extract.entities.find_mentions when it is there,
else from a crude capitalised-word fallback.
"""
from __future__ import annotations

import argparse
from pathlib import Path
import gzip
import json
import os
import re
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from benchmarks.span_match import lenient_candidates, one_to_one, overlap  # noqa: E402
from chronik.extract.quotes import extract_quotes  # noqa: E402
from chronik.extract.tokens import split_sentences, tokenize  # noqa: E402
from chronik.lang.de.abbreviations import ABBREVIATIONS  # noqa: E402
from chronik.lang.de.quotes import QUOTE_LEXICON  # noqa: E402
from chronik.records import Mention  # noqa: E402

DATA = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "quotes-wikinews-de", "train.jsonl.gz")
if not os.path.exists(DATA):
    DATA = str(Path(__file__).resolve().parents[2] / "shared" / "data" / "quotes-wikinews-de" / "train.jsonl.gz")
MARKS = "„“”»«\"‚‘’'"


def mention_finder():
    """find_mentions of the entity stage when present, else a crude fallback."""
    try:
        from chronik.extract.entities import find_mentions, load_ner_model
        from chronik.lang.de.entities import ENTITY_LEXICON

        model = load_ner_model()
        return "entities.find_mentions", lambda text, toks, sents: find_mentions(text, toks, sents, ENTITY_LEXICON, model)
    except Exception:  # noqa: BLE001 - the entity stage may not exist yet
        return "capitalised-word fallback", crude_mentions


_CAP = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)*")
_STOP = frozenset("Der Die Das Ein Eine Er Sie Es Wir Ich Man In Im Am An Auf Mit Bei Nach Vor Von Zu Und Aber Auch".split())


def crude_mentions(text, toks, sents):
    starts = [s.start for s in sents]
    out = []
    import bisect

    for m in _CAP.finditer(text):
        words = m.group().split()
        a = m.start()
        while words and words[0] in _STOP:
            a += len(words[0])
            a += len(text[a:]) - len(text[a:].lstrip())
            words = words[1:]
        if words:
            out.append(Mention(start=a, end=m.end(), text=text[a:m.end()], label="PER",
                               sentence=bisect.bisect_right(starts, a) - 1))
    return tuple(out)


def strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a] in MARKS or text[a].isspace()):
        a += 1
    while b > a and (text[b - 1] in MARKS or text[b - 1].isspace()):
        b -= 1
    return a, b


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip(MARKS + " \n")).rstrip(" .,!?;:").strip(MARKS + " ")


def gold_items(doc):
    text = doc["text"]
    items = []
    for q in doc["quotes"]:
        if q["type"] != "Direct":
            continue
        for a, b in q["quote"]:
            a, b = strip_span(text, a, b)
            if b > a:
                items.append((a, b, [tuple(s) for s in q["speaker"]]))
    # the dataset lists a quote once per speaker reading; keep one item per span
    seen, out = set(), []
    for a, b, spk in items:
        if (a, b) in seen:
            for it in out:
                if (it[0], it[1]) == (a, b):
                    it[2].extend(spk)
            continue
        seen.add((a, b))
        out.append((a, b, list(spk)))
    return out


def match(gold, found, text):
    """Greedy one-to-one lenient matching; returns pairs (gold index, found index)."""
    pairs = lenient_candidates([(g0, g1) for g0, g1, _ in gold], [(q.start, q.end) for q in found])
    return one_to_one(sorted(pairs, reverse=True))


def speaker_ok(text, q, spans) -> bool:
    if q.speaker_start is not None and any(overlap(q.speaker_start, q.speaker_end, a, b) for a, b in spans):
        return True
    if q.speaker_name:
        last = q.speaker_name.split()[-1].lower()
        return any(re.search(r"(?<!\w)" + re.escape(last) + r"(?!\w)", text[a:b].lower()) for a, b in spans)
    return False


def prf(tp, n_found, n_gold):
    p = tp / n_found if n_found else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(docs, finder, show=0):
    tot = dict(gold=0, found=0, lenient=0, exact=0, spk_n=0, spk_ok=0, words=0)
    t_quotes = t_all = 0.0
    shown = 0
    for doc in docs:
        text = doc["text"]
        t0 = time.perf_counter()
        toks = tokenize(text, ABBREVIATIONS)
        sents = split_sentences(text, toks)
        mentions = finder(text, toks, sents)
        t1 = time.perf_counter()
        found = extract_quotes(text, toks, sents, mentions, QUOTE_LEXICON)
        t2 = time.perf_counter()
        t_quotes += t2 - t1
        t_all += t2 - t0
        tot["words"] += len(text.split())
        gold = gold_items(doc)
        tot["gold"] += len(gold)
        tot["found"] += len(found)
        pairs = match(gold, found, text)
        tot["lenient"] += len(pairs)
        matched_g = {gi for gi, _ in pairs}
        matched_f = {fi for _, fi in pairs}
        for gi, fi in pairs:
            g0, g1, spk = gold[gi]
            q = found[fi]
            if norm(text[g0:g1]) == norm(q.text):
                tot["exact"] += 1
            if spk:
                tot["spk_n"] += 1
                ok = speaker_ok(text, q, spk)
                tot["spk_ok"] += ok
                if not ok and shown < show:
                    shown += 1
                    print(f"SPEAKER {doc['id']}: {q.text[:60]!r} got {q.speaker_name!r} "
                          f"({text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None}) "
                          f"gold {[text[a:b] for a, b in spk]}")
                    s = sents[q.sentence]
                    print("     ", text[max(0, s.start - 150):min(len(text), q.end + 150)].replace("\n", " / "))
        if show:
            for gi, (g0, g1, spk) in enumerate(gold):
                if gi not in matched_g and shown < show:
                    shown += 1
                    print(f"MISSED {doc['id']}: {text[max(0, g0 - 80):g0]!r} [[{text[g0:g1][:100]}]] {text[g1:g1 + 60]!r}")
            for fi, q in enumerate(found):
                if fi not in matched_f and shown < show:
                    shown += 1
                    print(f"SPURIOUS {doc['id']}: {text[max(0, q.start - 80):q.start]!r} [[{q.text[:100]}]] "
                          f"{text[q.end:q.end + 60]!r} partial={q.partial}")
    return tot, t_quotes, t_all


def report(name, tot, t_quotes, t_all):
    lp, lr, lf = prf(tot["lenient"], tot["found"], tot["gold"])
    ep, er, ef = prf(tot["exact"], tot["found"], tot["gold"])
    acc = tot["spk_ok"] / tot["spk_n"] if tot["spk_n"] else 0.0
    print(f"{name:7s} gold {tot['gold']:4d} found {tot['found']:4d} | lenient P {lp:.3f} R {lr:.3f} F1 {lf:.3f} | "
          f"exact P {ep:.3f} R {er:.3f} F1 {ef:.3f} | speaker acc {acc:.3f} ({tot['spk_ok']}/{tot['spk_n']}) | "
          f"{tot['words'] / t_quotes:,.0f} words/s quotes, {tot['words'] / t_all:,.0f} words/s with tokens+NER")


def load_docs() -> list[dict]:
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def scores(part: str = "report") -> dict[str, float]:
    """The gate's figures for one part (``tests/gold/benchmark_floors.json``)."""
    docs = load_docs()
    chosen = {"tune": docs[0::2], "report": docs[1::2], "all": docs}[part]
    tot, _, _ = evaluate(chosen, mention_finder()[1])
    _, _, lenient_f1 = prf(tot["lenient"], tot["found"], tot["gold"])
    return {"direct_lenient_f1": lenient_f1, "direct_speaker_accuracy": tot["spk_ok"] / tot["spk_n"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", type=int, default=0, help="print up to N errors (tuning half only)")
    ap.add_argument("--part", choices=["tune", "report", "all"], default=None)
    args = ap.parse_args()
    docs = load_docs()
    how, finder = mention_finder()
    print(f"mentions: {how}; {len(docs)} articles")
    parts = {"tune": docs[0::2], "report": docs[1::2], "all": docs}
    for name in ([args.part] if args.part else ["tune", "report", "all"]):
        tot, tq, ta = evaluate(parts[name], finder, show=args.show if name == "tune" else 0)
        report(name, tot, tq, ta)


if __name__ == "__main__":
    main()
