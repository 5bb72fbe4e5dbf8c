"""Derive the speech cue lexicon (chronik/lang/de/statement_cues.tsv) from SpkAtt-2023.

usage: python3 scripts/statement_cues.py [--min-count 3] [--min-share 0.25]

Data: ../shared/data/spkatt-2023/spkatt2023-task1-train-dev.tar.gz, the *training* split only
(CC BY-SA 4.0; Rehbein et al., GermEval 2023). Every speech is run through chronik's language core;
each annotated cue is read as the lemma of its head word (with a separated particle joined on:
``wies ... zurück`` -> ``zurückweisen``). A lemma is kept when it was a cue at least ``min-count`` times
and in at least ``min-share`` of its occurrences. Columns: lemma, pos, cue count, occurrences, the share
of its cues that had a message annotated (high: it takes content, indirect; low: a reported act).
"""
from __future__ import annotations

import argparse
import io
import json
import sys
import tarfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "spkatt-2023" / "spkatt2023-task1-train-dev.tar.gz"
OUT = ROOT / "chronik" / "lang" / "de" / "statement_cues.tsv"


def speeches(split: str):
    with tarfile.open(DATA) as tar:
        for m in sorted(tar.getmembers(), key=lambda m: m.name):
            if m.isfile() and f"/{split}/" in "/" + m.name and m.name.endswith(".json"):
                yield m.name, json.load(io.TextIOWrapper(tar.extractfile(m), encoding="utf-8"))


def parse_speech(core, speech):
    """Text, tokens, sentences and the parse of one speech; (sentence, token) -> token index."""
    from chronik.records import Sentence, Token

    parts, tokens, sentences, index = [], [], [], {}
    pos = 0
    for s in speech["Sentences"]:
        first = len(tokens)
        for ti, w in enumerate(s["Tokens"]):
            index[(s["SentenceId"], ti)] = len(tokens)
            tokens.append(Token(start=pos, end=pos + len(w), text=w))
            parts.append(w + " ")
            pos += len(w) + 1
        if len(tokens) > first:
            sentences.append(Sentence(start=tokens[first].start, end=tokens[-1].end, first_token=first,
                                      last_token=len(tokens)))
        parts[-1] = parts[-1][:-1] + "\n"
    text = "".join(parts)
    return text, tokens, sentences, core.analyse(text, tokens, sentences), index


def cue_lemma(syntax, tokens, idx: list[int]) -> tuple[str, str]:
    """The lemma of a cue: its verb, noun or preposition, with a separated particle joined on."""
    head = next((k for k in idx if syntax.pos[k] in ("VERB", "AUX")), None)
    if head is None:
        head = next((k for k in idx if syntax.pos[k] in ("NOUN", "ADP", "ADJ", "PROPN")), idx[0])
    lemma = syntax.lemma[head]
    if syntax.pos[head] in ("VERB", "AUX"):
        prt = [k for k in range(len(tokens)) if syntax.dep[k] == "compound:prt" and syntax.head[k] == head]
        if prt:
            lemma = tokens[prt[0]].text.lower() + lemma
    pos = syntax.pos[head]
    if pos == "AUX":
        pos = "VERB"
    return lemma, pos


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-share", type=float, default=0.25)
    args = ap.parse_args()
    from chronik.extract.syntax import load_language_core

    core = load_language_core("de")
    cues, with_msg, seen = Counter(), Counter(), Counter()
    for _, speech in speeches("train"):
        text, tokens, sentences, syntax, index = parse_speech(core, speech)
        for k in range(len(tokens)):
            p = syntax.pos[k] if syntax.pos[k] != "AUX" else "VERB"
            lemma = syntax.lemma[k]
            if p == "VERB":
                prt = [c for c in range(max(0, k - 1), min(len(tokens), k + 40))
                       if syntax.dep[c] == "compound:prt" and syntax.head[c] == k]
                if prt:
                    lemma = tokens[prt[0]].text.lower() + lemma
            seen[(lemma, p)] += 1
        for ann in speech["Annotations"]:
            idx = sorted(index[tuple(map(int, c.split(":")))] for c in ann["Cue"] if tuple(map(int, c.split(":"))) in index)
            if not idx:
                continue
            key = cue_lemma(syntax, tokens, idx)
            cues[key] += 1
            with_msg[key] += bool(ann["Message"])
    rows = []
    for (lemma, pos), n in cues.items():
        occ = max(seen[(lemma, pos)], n)
        if n >= args.min_count and n / occ >= args.min_share and lemma[:1].isalpha():
            rows.append((lemma, pos, n, occ, with_msg[(lemma, pos)] / n))
    rows.sort(key=lambda r: (-r[2], r[0], r[1]))
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# Speech cues read off SpkAtt-2023 task 1, training split (CC BY-SA 4.0; Rehbein et al. 2023),\n")
        f.write(f"# by scripts/statement_cues.py --min-count {args.min_count} --min-share {args.min_share}.\n")
        f.write("# lemma\tpos\tcues\toccurrences\tmessage_share\n")
        for lemma, pos, n, occ, share in rows:
            f.write(f"{lemma}\t{pos}\t{n}\t{occ}\t{share:.2f}\n")
    print(f"wrote {len(rows)} cues to {OUT}")


if __name__ == "__main__":
    main()
