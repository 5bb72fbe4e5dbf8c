"""Figure extraction on a hand-judged sample of 10kGNAD (see figures_gold/GUIDELINE.md).

usage: python3 benchmarks/figures_10kgnad.py [--verbose] [--gold PATH]
--gold: the hand-judged sample to score (default figures_gold/10kgnad_test_sample.json, the
seed-6 sample the extractor was tuned on; figures_gold/10kgnad_test_heldout.json is the
held-out one). Prints detection precision/recall, value/unit/attribution accuracy, and words/s of
extract_figures over the whole test.csv (tokenizing not counted).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures_sample import articles  # noqa: E402

from chronik.extract.figures import extract_figures  # noqa: E402
from chronik.extract.tokens import split_sentences, tokenize  # noqa: E402
from chronik.lang.de.abbreviations import ABBREVIATIONS  # noqa: E402
from chronik.lang.de.demonyms import DEMONYM_DATA  # noqa: E402
from chronik.lang.de.numbers import NUMBER_LEXICON  # noqa: E402

GOLD = Path(__file__).resolve().parent / "figures_gold" / "10kgnad_test_sample.json"


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 0.01 * max(abs(float(b)), 1.0)


def main(verbose: bool = False, gold_path: Path = GOLD) -> None:
    texts = articles()
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    prepared = {}
    for i in sorted({g["article"] for g in gold}):
        toks = tokenize(texts[i], ABBREVIATIONS)
        prepared[i] = extract_figures(texts[i], toks, split_sentences(texts[i], toks), (), (), NUMBER_LEXICON,
                                      DEMONYM_DATA, None)
    tp = fp = fn = 0
    value = unit = attribution = 0
    for k, g in enumerate(gold):
        hits = [f for f in prepared[g["article"]] if f.start < g["end"] and g["start"] < f.end]
        if not g["figure"]:
            if hits:
                fp += 1
                if verbose:
                    print(f"FP {k}: {hits[0].text!r}")
            continue
        if not hits:
            fn += 1
            if verbose:
                t = texts[g["article"]]
                print(f"FN {k}: {t[max(0, g['start'] - 50):g['end'] + 30]!r}")
            continue
        tp += 1
        f = hits[0]
        ok_v = close(f.low, g["low"]) and close(f.high, g["high"]) and f.bound == g["bound"]
        ok_u = (f.unit or "").lower() == (g["unit"] or "").lower()
        ok_a = (g["attribution"] is None and f.attribution is None) or (
            g["attribution"] is not None and f.attribution is not None
            and g["attribution"].lower() in f.attribution.lower())
        value, unit, attribution = value + ok_v, unit + ok_u, attribution + ok_a
        if verbose and not (ok_v and ok_u and ok_a):
            print(f"~ {k}: got {f.text!r} low={f.low} high={f.high} bound={f.bound} unit={f.unit} "
                  f"attr={f.attribution!r}; gold {g}")
    n = sum(g["figure"] for g in gold)
    print(f"gold: {gold_path}")
    print(f"sample: {len(gold)} mentions, {n} figures (hand-judged; GUIDELINE.md)")
    print(f"detection: precision {tp / max(tp + fp, 1):.3f}  recall {tp / max(n, 1):.3f}  "
          f"(tp {tp}, fp {fp}, fn {fn})")
    print(f"on matched: value {value / max(tp, 1):.3f}  unit {unit / max(tp, 1):.3f}  "
          f"attribution {attribution / max(tp, 1):.3f}")
    # speed: extract_figures alone over the whole file, tokens and sentences prepared beforehand
    docs = []
    for t in texts:
        toks = tokenize(t, ABBREVIATIONS)
        docs.append((t, toks, split_sentences(t, toks)))
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    count = 0
    for t, toks, sents in docs:
        count += len(extract_figures(t, toks, sents, (), (), NUMBER_LEXICON, DEMONYM_DATA, None))
    secs = time.perf_counter() - start
    print(f"speed: {words / secs:,.0f} words/s ({words:,} words, {len(texts)} articles, {count:,} figures, "
          f"{secs:.2f} s, extract_figures only)")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--gold", type=Path, default=GOLD, help="hand-judged sample JSON (see GUIDELINE.md)")
    args = ap.parse_args()
    main(args.verbose, args.gold)
