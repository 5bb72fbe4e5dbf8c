"""Statements of every kind and their speakers on the non-fiction samples of corpus REDEWIEDERGABE.

usage: python3 benchmarks/statements_redewiedergabe.py [--part tune|report|all] [--show N] [--limit N]

Data: ../shared/data/redewiedergabe/ (Brunner et al. 2020, CC BY-NC-SA: evaluation only; untarred to a
temporary folder at run time, nothing is copied into the repository): the samples with `fictional == no`
(newspapers and magazines, 1840-1919), text as printed, rebuilt from the tokens as in
``quotes_redewiedergabe.py``. The split is that benchmark's, fixed before tuning: sources at even positions
of the sorted source names tune, odd ones report.

Gold: every speech or writing representation (the corpus also marks thought, which chronik does not
extract: an item whose medium is thought alone is left out). Kinds map as for Wikinews: direct ->
direct; indirect, indirect freeIndirect, freeIndirect -> indirect; reported -> reported. A direct item is
each contiguous run of its tokens; the others span from their first to their last token. The speaker is
every token annotated ``speaker.<id>``. Matching, speaker accuracy and recall are
``statements_wikinews.py``'s (lenient overlap, one to one; direct against direct, the rest together).

The texts are 80 to 180 years old: spelling, long sentences and reporting formulas differ from today's
news, so this measures how far the extractor carries, not its main target.

Measured 2026-12-05 at commit e891ce4 (before any tuning on it): tune 296 samples, report 147.
                              tune            report
  direct lenient P / R / F1   .615/.427/.504  .655/.609/.631   speaker accuracy tune .447, report .592
  indirect+reported P / R / F1 .446/.094/.155  .419/.078/.132  speaker accuracy tune .546, report .583
"""
from __future__ import annotations

import argparse
import csv
import os
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from quotes_redewiedergabe import DATA, marked_runs, rebuild, speakers_of  # noqa: E402
from statements_wikinews import evaluate, figures  # noqa: E402

# The corpus's types, as the Wikinews gold names them (statements_wikinews.KINDS maps those to chronik's).
TYPES = {"direct": "Direct", "indirect": "Indirect", "indirect freeIndirect": "IndirectFreeIndirect",
         "freeIndirect": "FreeIndirect", "reported": "Reported"}
MEDIA = ("speech", "writing")


def gold_quotes(rows: list[dict], spans: list[tuple[int, int]]) -> list[dict]:
    """The sample's representations of speech and writing in the Wikinews gold's shape."""
    tokens: dict[str, list[int]] = {}
    kind_of: dict[str, str] = {}
    for i, r in enumerate(rows):
        for level in r["stwr"].split("|"):
            parts = level.split(".")
            if len(parts) < 3 or parts[0] not in TYPES or not set(parts[1].split()) & set(MEDIA):
                continue
            tokens.setdefault(parts[2], []).append(i)
            kind_of[parts[2]] = TYPES[parts[0]]
    speakers = {sid: [list(span) for span in found] for sid, found in speakers_of(rows, spans).items()}
    out = []
    for sid, idx in sorted(tokens.items(), key=lambda kv: kv[1][0]):
        parts = [list(run) for run in marked_runs(rows, spans, idx)]
        if parts:
            out.append({"type": kind_of[sid], "quote": parts, "speaker": speakers.get(sid, [])})
    return out


def load_docs() -> list[dict]:
    """Every non-fiction sample as {id, text, part, quotes}."""
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(DATA) as tar:
            tar.extractall(tmp, filter="data")
        root = os.path.join(tmp, "redewiedergabe_main_tsv")
        with open(os.path.join(root, "metadata.tsv"), encoding="utf-8") as f:
            meta = [r for r in csv.DictReader(f, delimiter="\t") if r["fictional"] == "no"]
        tune_sources = set(sorted({r["source"] for r in meta})[0::2])
        docs = []
        for r in sorted(meta, key=lambda r: r["file"]):
            with open(os.path.join(root, r["file"]), encoding="utf-8") as f:
                rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
            text, spans = rebuild(rows, "tok")
            docs.append({"id": r["file"], "text": text, "part": "tune" if r["source"] in tune_sources else "report",
                         "quotes": gold_quotes(rows, spans)})
    return docs


def select(docs: list[dict], part: str) -> list[dict]:
    return docs if part == "all" else [d for d in docs if d["part"] == part]


def scores(part: str = "report") -> dict[str, float]:
    from chronik.pipeline import load_toolkit

    return figures(evaluate(select(load_docs(), part), load_toolkit()))


def main() -> None:
    from chronik.pipeline import load_toolkit

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--part", choices=["tune", "report", "all"], default="tune")
    ap.add_argument("--show", type=int, default=0, help="print up to N errors (tuning part only)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N samples of the part")
    args = ap.parse_args()
    docs = select(load_docs(), args.part)[: args.limit or None]
    tot = evaluate(docs, load_toolkit(), args.show if args.part == "tune" else 0)
    print(f"{args.part}: {len(docs)} samples")
    for group in ("direct", "other"):
        t = tot[group]
        print(f"  {group:7s} gold {t['gold']:5d} ({t['spk_gold']} with speaker) found {t['found']:5d} matched {t['tp']:5d}")
    for name, value in figures(tot).items():
        print(f"  {name:40s} {value:.3f}")


if __name__ == "__main__":
    main()
