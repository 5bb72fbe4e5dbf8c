"""Direct quotes and speakers on the non-fiction samples of corpus REDEWIEDERGABE.

usage: python3 benchmarks/quotes_redewiedergabe.py [--normtok] [--show N]

Data: ../shared/data/redewiedergabe/ (Brunner et al. 2020, CC BY-NC-SA: evaluation
only; untarred to a temporary folder at run time, nothing is copied into the
repository). Samples with `fictional == no` (newspapers and magazines,
1840-1919), text as printed (`tok`; `--normtok` uses the normalised spelling).

Split by source, fixed before tuning: the sorted source names at even
positions are the tuning half, the odd ones the reporting half.

The text is rebuilt from the tokens (no space before punctuation and closing
quotation marks, none after opening ones). Gold items are the contiguous runs
of tokens of each `direct` STWR id (quotation marks stripped); the speaker is
every token annotated `speaker.<id>`.

- lenient match: character overlap >= 50% of both gold and found quote;
  exact: equal text after stripping marks, spaces and final punctuation.
- speaker accuracy on lenient matches with a gold speaker: the found speaker
  span overlaps a gold speaker token of that id (or the resolved name's last
  word is one of them).
"""
from __future__ import annotations

import argparse
from pathlib import Path
import csv
import os
import sys
import tarfile
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, os.path.dirname(__file__))

from quotes_wikinews import match, mention_finder, norm, prf, speaker_ok  # noqa: E402

from chronik.extract.quotes import extract_quotes  # noqa: E402
from chronik.extract.tokens import split_sentences, tokenize  # noqa: E402
from chronik.lang.de.abbreviations import ABBREVIATIONS  # noqa: E402
from chronik.lang.de.quotes import QUOTE_LEXICON  # noqa: E402

DATA = str(Path(__file__).resolve().parents[2] / "shared" / "data" / "redewiedergabe" / "redewiedergabe_main_tsv.tar.gz")
MARKS = set("„“”\"»«‚‘")
NO_SPACE_BEFORE = set(",.;:!?)]")
NO_SPACE_AFTER = set("([")


def rebuild(rows, column):
    """Text from tokens, and each token's (start, end)."""
    parts, spans, pos = [], [], 0
    quote_open = False
    glue_next = True
    for r in rows:
        tok = r[column] if r[column] not in ("", "-") else r["tok"]
        attach_prev = False
        attach_next = False
        if tok in MARKS:
            if quote_open:
                attach_prev, quote_open = True, False
            else:
                attach_next, quote_open = True, True
        elif tok[:1] in NO_SPACE_BEFORE and len(tok) == 1:
            attach_prev = True
        if tok in NO_SPACE_AFTER:
            attach_next = True
        if parts and not (attach_prev or glue_next):
            parts.append(" ")
            pos += 1
        spans.append((pos, pos + len(tok)))
        parts.append(tok)
        pos += len(tok)
        glue_next = attach_next
    return "".join(parts), spans


def speakers_of(rows, spans) -> dict[str, list[tuple[int, int]]]:
    """The spans of the tokens annotated ``speaker.<id>``, by id."""
    speakers: dict[str, list[tuple[int, int]]] = {}
    for i, r in enumerate(rows):
        if r["speaker"] not in ("-", ""):
            for ann in r["speaker"].split("|"):
                ids = ann.split(".", 1)[1] if "." in ann else ""
                for sid in ids.split("_"):
                    speakers.setdefault(sid, []).append(spans[i])
    return speakers


def marked_runs(rows, spans, idx: list[int]) -> list[tuple[int, int]]:
    """(start, end) of each contiguous run of an item's tokens, quotation marks left out."""
    runs = [[idx[0]]]
    for k in idx[1:]:
        if k == runs[-1][-1] + 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    out = []
    for run in runs:
        toks = [k for k in run if rows[k]["tok"] not in MARKS]
        if toks:
            out.append((spans[toks[0]][0], spans[toks[-1]][1]))
    return out


def gold_of(rows, spans, text):
    direct: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        for level in r["stwr"].split("|"):
            f = level.split(".")
            if len(f) >= 3 and f[0] == "direct":
                direct.setdefault(f[2], []).append(i)
    speakers = speakers_of(rows, spans)
    return [(a, b, list(speakers.get(sid, [])))
            for sid, idx in sorted(direct.items(), key=lambda kv: kv[1][0])
            for a, b in marked_runs(rows, spans, idx)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--normtok", action="store_true", help="use the normalised spelling")
    ap.add_argument("--show", type=int, default=0, help="print up to N errors of the tuning half")
    args = ap.parse_args()
    column = "normtok" if args.normtok else "tok"
    how, finder = mention_finder()
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(DATA) as tar:
            tar.extractall(tmp, filter="data")
        root = os.path.join(tmp, "redewiedergabe_main_tsv")
        with open(os.path.join(root, "metadata.tsv"), encoding="utf-8") as f:
            meta = [r for r in csv.DictReader(f, delimiter="\t") if r["fictional"] == "no"]
        sources = sorted({r["source"] for r in meta})
        tune_sources = set(sources[0::2])
        docs = []
        for r in sorted(meta, key=lambda r: r["file"]):
            with open(os.path.join(root, r["file"]), encoding="utf-8") as f:
                rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
            text, spans = rebuild(rows, column)
            docs.append((r["file"], r["source"] in tune_sources, text, gold_of(rows, spans, text)))
    print(f"mentions: {how}; {len(docs)} non-fiction samples, {len(sources)} sources "
          f"(tune: {', '.join(sorted(tune_sources))})")
    for name, keep in (("tune", lambda t: t), ("report", lambda t: not t), ("all", lambda t: True)):
        tot = dict(gold=0, found=0, lenient=0, exact=0, spk_n=0, spk_ok=0, words=0, with_spk=0)
        t_q = 0.0
        shown = 0
        for fname, is_tune, text, gold in docs:
            if not keep(is_tune):
                continue
            toks = tokenize(text, ABBREVIATIONS)
            sents = split_sentences(text, toks)
            mentions = finder(text, toks, sents)
            t0 = time.perf_counter()
            found = extract_quotes(text, toks, sents, mentions, QUOTE_LEXICON)
            t_q += time.perf_counter() - t0
            tot["words"] += len(text.split())
            tot["gold"] += len(gold)
            tot["found"] += len(found)
            tot["with_spk"] += sum(1 for g in gold if g[2])
            pairs = match(gold, found, text)
            tot["lenient"] += len(pairs)
            for gi, fi in pairs:
                g0, g1, spk = gold[gi]
                q = found[fi]
                tot["exact"] += norm(text[g0:g1]) == norm(q.text)
                if spk:
                    tot["spk_n"] += 1
                    ok = speaker_ok(text, q, spk)
                    tot["spk_ok"] += ok
                    if not ok and name == "tune" and shown < args.show:
                        shown += 1
                        print(f"SPEAKER {fname}: {q.text[:50]!r} got {q.speaker_name!r} gold "
                              f"{sorted({text[a:b] for a, b in spk})} | {text[max(0, q.start - 150):q.start]!r}")
            if name == "tune" and args.show:
                mg = {gi for gi, _ in pairs}
                mf = {fi for _, fi in pairs}
                for gi, (g0, g1, _) in enumerate(gold):
                    if gi not in mg and shown < args.show:
                        shown += 1
                        print(f"MISSED {fname}: {text[max(0, g0 - 60):g0]!r} [[{text[g0:g1][:90]}]]")
                for fi, q in enumerate(found):
                    if fi not in mf and shown < args.show:
                        shown += 1
                        print(f"SPURIOUS {fname}: {text[max(0, q.start - 60):q.start]!r} [[{q.text[:90]}]]")
        lp, lr, lf = prf(tot["lenient"], tot["found"], tot["gold"])
        ep, er, ef = prf(tot["exact"], tot["found"], tot["gold"])
        acc = tot["spk_ok"] / tot["spk_n"] if tot["spk_n"] else 0.0
        print(f"{name:7s} gold {tot['gold']:4d} ({tot['with_spk']} with speaker) found {tot['found']:4d} | "
              f"lenient P {lp:.3f} R {lr:.3f} F1 {lf:.3f} | exact P {ep:.3f} R {er:.3f} F1 {ef:.3f} | "
              f"speaker acc {acc:.3f} ({tot['spk_ok']}/{tot['spk_n']}) | {tot['words'] / t_q:,.0f} words/s")


if __name__ == "__main__":
    main()
