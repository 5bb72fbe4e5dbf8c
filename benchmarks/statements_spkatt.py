"""Speech cues and their sources on SpkAtt-2023 task 1 (German parliamentary debates), dev split.

usage: python3 benchmarks/statements_spkatt.py [--split dev|train] [--limit N]

``--split train`` scores the training split of the same tarball: the part to tune and study errors on
(the cue lexicon was read off it too); dev stays the reporting part (``scores``) and is never tuned on.

Data: ../shared/data/spkatt-2023/spkatt2023-task1-train-dev.tar.gz (CC BY-SA 4.0; Rehbein et al. 2023).
The cue lexicon (chronik/lang/de/statement_cues.tsv) was read off the *training* split only; the dev split
is never tuned on. The shared task's published figures are on its blind test split (proceedings in that
folder): an indication, not a like-for-like comparison.

Each speech's tokens are joined with spaces (sentences by line breaks) and run through chronik's whole
per-article analysis; every statement's cue and speaker span are mapped back to SpkAtt tokens by
character overlap (a cue by its own words only, not the words between a verb and its particle; a
separated particle is SpkAtt's PTC label, not a cue token).
Scores are token-level (micro over all speeches), as in the shared task's proportional
measure: cue F1 over the tokens of all annotated cues, source F1 over the tokens of all Source spans.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def _tokens_in(tokens, a: int | None, b: int | None) -> set[int]:
    if a is None or b is None:
        return set()
    return {i for i, t in enumerate(tokens) if t.start < b and t.end > a}


def _cue_tokens(tokens, st) -> set[int]:
    """The tokens of a statement's cue: its own words only. A separable verb's cue runs from the verb to its
    particle (``fordert ... auf``); SpkAtt marks the cue words themselves, never the words between them
    (guideline, section 3.1: "nur den Trigger selbst")."""
    span = _tokens_in(tokens, st.cue_start, st.cue_end)
    words = set((st.cue or "").split())
    return {i for i in span if tokens[i].text in words} or span


def evaluate(split: str = "dev", limit: int = 0) -> dict[str, float]:
    from chronik.ids import article_id
    from chronik.pipeline import analyze, load_toolkit
    from chronik.records import Article
    from statement_cues import parse_speech, speeches

    kit = load_toolkit()
    tot = dict(cue_tp=0, cue_found=0, cue_gold=0, src_tp=0, src_found=0, src_gold=0)
    for n, (_, speech) in enumerate(speeches(split)):
        if limit and n >= limit:
            break
        text, tokens, _, _, index = parse_speech(kit.core, speech)
        gold_cue, gold_src, gold_ptc = set(), set(), set()
        for ann in speech["Annotations"]:
            for key, target in (("Cue", gold_cue), ("Source", gold_src), ("PTC", gold_ptc)):
                for c in ann[key]:
                    pos = tuple(map(int, c.split(":")))
                    if pos in index:
                        target.add(index[pos])
        article = Article(id=article_id(text), source="spkatt", title=None, published=None, authors=(),
                          agencies=(), language="de", outlet=None, text=text)
        found_cue, found_src = set(), set()
        for st in analyze(article, kit).statements:
            found_cue |= _cue_tokens(tokens, st)
            if st.speaker_basis in ("text", "pronoun", "role", "self"):
                found_src |= _tokens_in(tokens, st.speaker_start, st.speaker_end)
        # a separated verb particle is its own label in SpkAtt (guideline 2.2: "das Verb als Trigger und die
        # Partikel als PTC"), neither a cue token found nor one missed
        found_cue -= gold_ptc - gold_cue
        tot["cue_tp"] += len(found_cue & gold_cue)
        tot["cue_found"] += len(found_cue)
        tot["cue_gold"] += len(gold_cue)
        tot["src_tp"] += len(found_src & gold_src)
        tot["src_found"] += len(found_src)
        tot["src_gold"] += len(gold_src)
    out = {}
    for name in ("cue", "src"):
        p = tot[f"{name}_tp"] / tot[f"{name}_found"] if tot[f"{name}_found"] else 0.0
        r = tot[f"{name}_tp"] / tot[f"{name}_gold"] if tot[f"{name}_gold"] else 0.0
        label = "cue" if name == "cue" else "source"
        out[f"{label}_precision"], out[f"{label}_recall"] = p, r
        out[f"{label}_f1"] = 2 * p * r / (p + r) if p + r else 0.0
    return out


def scores(part: str = "dev") -> dict[str, float]:
    """The gate's figures (``tests/gold/benchmark_floors.json``); SpkAtt's dev split is the held-out part."""
    return evaluate(part)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["dev", "train"], default="dev")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    f = evaluate(args.split, args.limit)
    print(f"spkatt {args.split}: " + " ".join(f"{k} {v:.3f}" for k, v in f.items()))


if __name__ == "__main__":
    main()
