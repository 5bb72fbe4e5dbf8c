"""GermEval 2014 NER benchmark for chronik's German entity tagger.

    python3 benchmarks/ner_germeval.py [--split dev|test|both] [--model PATH] [--no-rules]

Runs ``find_mentions`` on the gold tokens (tokens joined with spaces, one
line per sentence, sentences of the same source URL form one document) and
prints strict span P/R/F1:
- PER/LOC/ORG: outer level; gold *deriv/*part and OTH spans are left out, and
  predicted MISC spans are ignored;
- official-style: outer PER/LOC/ORG/OTH with OTH = chronik's MISC (gold
  *deriv/*part left out, so every predicted span is scored);
and the speed of ``find_mentions`` in words per CPU second on one core (a
single process, the model loaded fresh before timing; CPU time, not wall
time, so that other jobs on a shared machine do not count).
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chronik.extract import entities as ner  # noqa: E402
from chronik.lang.de.entities import ENTITY_LEXICON  # noqa: E402
from chronik.records import Sentence, Token  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "germeval2014"
SPLITS = {"dev": DATA / "NER-de-dev.tsv", "test": DATA / "NER-de-test.tsv"}


def read_docs(path: Path):
    """Documents as lists of sentences; a sentence is (words, outer tags)."""
    docs, url, sent = [], None, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#\t"):
            new_url = line.split("\t")[1]
            if new_url != url or not docs:
                docs.append([])
            url = new_url
            sent = ([], [])
            docs[-1].append(sent)
            continue
        if not line.strip():
            continue
        cols = line.split("\t")
        sent[0].append(cols[1])
        sent[1].append(cols[2])
    return docs


def gold_spans(tags):
    spans, start, label = [], None, None
    for i, t in enumerate(tags + ["O"]):
        if start is not None and (t == "O" or t.startswith("B-") or t[2:] != label):
            spans.append((start, i, label))
            start = None
        if t.startswith("B-") or (t.startswith("I-") and start is None):
            start, label = i, t[2:]
    return spans


def build_doc(doc):
    text_parts, tokens, sentences, pos = [], [], [], 0
    for words, _ in doc:
        first = len(tokens)
        for w in words:
            tokens.append(Token(start=pos, end=pos + len(w), text=w))
            text_parts.append(w)
            pos += len(w) + 1
        sentences.append(Sentence(start=tokens[first].start, end=tokens[-1].end, first_token=first, last_token=len(tokens)))
    return "\n".join(" ".join(words) for words, _ in doc), tuple(tokens), tuple(sentences)


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(path: Path, model, lexicon, rules: bool = True):
    docs = read_docs(path)
    built = [build_doc(d) for d in docs]
    n_words = sum(len(t) for _, t, _ in built)
    # CPU time of this process: on a shared machine wall time measures the neighbours too.
    t0 = time.process_time()
    preds = [ner.find_mentions(text, toks, sents, lexicon, model, rules=rules) for text, toks, sents in built]
    elapsed = time.process_time() - t0
    tp, fp, fn = Counter(), Counter(), Counter()
    for doc, (text, toks, sents), mentions in zip(docs, built, preds):
        index = {t.start: i for i, t in enumerate(toks)}
        end_index = {t.end: i + 1 for i, t in enumerate(toks)}
        gold, offset = set(), 0
        for words, tags in doc:
            for a, b, lab in gold_spans(tags):
                gold.add((a + offset, b + offset, lab))
            offset += len(words)
        pred = {(index[m.start], end_index[m.end], m.label) for m in mentions}
        for view in ("plo", "all"):
            if view == "plo":
                g = {s for s in gold if s[2] in ("PER", "LOC", "ORG")}
                p = {s for s in pred if s[2] in ("PER", "LOC", "ORG")}
            else:
                g = {(a, b, "MISC" if lab == "OTH" else lab) for a, b, lab in gold if lab in ("PER", "LOC", "ORG", "OTH")}
                p = pred
            for s in p & g:
                tp[view, s[2]] += 1
                tp[view] += 1
            for s in p - g:
                fp[view, s[2]] += 1
                fp[view] += 1
            for s in g - p:
                fn[view, s[2]] += 1
                fn[view] += 1
    return tp, fp, fn, n_words, elapsed


def report(name, tp, fp, fn, n_words, elapsed):
    print(f"== GermEval 2014 {name}: {n_words} words, {n_words / elapsed:,.0f} words/s (find_mentions, CPU time of one core)")
    print(f"{'':14}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}")
    for lab in ("PER", "LOC", "ORG"):
        p, r, f = prf(tp["plo", lab], fp["plo", lab], fn["plo", lab])
        print(f"{lab:14}{p:7.3f}{r:7.3f}{f:7.3f}{tp['plo', lab] + fn['plo', lab]:7d}")
    p, r, f = prf(tp["plo"], fp["plo"], fn["plo"])
    print(f"{'PER/LOC/ORG':14}{p:7.3f}{r:7.3f}{f:7.3f}{tp['plo'] + fn['plo']:7d}")
    p2, r2, f2 = prf(tp["all", "MISC"], fp["all", "MISC"], fn["all", "MISC"])
    print(f"{'OTH=MISC':14}{p2:7.3f}{r2:7.3f}{f2:7.3f}{tp['all', 'MISC'] + fn['all', 'MISC']:7d}")
    p, r, f = prf(tp["all"], fp["all"], fn["all"])
    print(f"{'official-style':14}{p:7.3f}{r:7.3f}{f:7.3f}{tp['all'] + fn['all']:7d}  (outer PER/LOC/ORG/OTH)")


def scores(part: str = "report") -> dict[str, float]:
    """The gate's figures (``tests/gold/benchmark_floors.json``): strict
    PER/LOC/ORG F1 on GermEval 2014 test ("report") or dev ("tune")."""
    path = SPLITS["test" if part == "report" else "dev"]
    tp, fp, fn, _, _ = evaluate(path, ner.load_ner_model(), ENTITY_LEXICON)
    return {"per_loc_org_f1": prf(tp["plo"], fp["plo"], fn["plo"])[2]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "test", "both"), default="both")
    ap.add_argument("--model", default=None, help="a .crfsuite file (default: the bundled model)")
    ap.add_argument("--no-rules", action="store_true", help="the CRF alone, without the rule layers")
    args = ap.parse_args()
    splits = ("dev", "test") if args.split == "both" else (args.split,)
    for split in splits:
        model = ner.load_ner_model(args.model)
        report(split, *evaluate(SPLITS[split], model, ENTITY_LEXICON, rules=not args.no_rules))


if __name__ == "__main__":
    main()
