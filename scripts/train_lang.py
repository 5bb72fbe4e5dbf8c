"""Train chronik's German language core (part of speech, morphology, dependency
parse) and write its lemma exceptions.

    python3 scripts/train_lang.py            # about 30 minutes on 2 cores
    python3 scripts/train_lang.py --steps 500 --out /tmp/core   # a quick try, not installed

Steps (open data only, see each folder's SOURCE.md):
1. Read UD German GSD dev (CC BY-SA 4.0) and PUD (CC BY-SA 3.0) from
   ../shared/data/ud-german/, multiword tokens fused as chronik tokenizes them
   (``im``, ``zum``). Every tenth sentence is the development set that picks
   the best training step; GSD test is never read here (it is the reporting
   set of ``benchmarks/lang_ud.py``).
2. Train the spaCy pipeline of ``scripts/lang_de.cfg`` (CPU, fixed seed).
3. Write ``chronik/lang/de/lemmas_ud.tsv``: the treebank lemma of each
   (word, part of speech) where chronik's lemma rules give another one.
4. Install the best model as ``chronik/models/lang_de/`` with its licence,
   then report its accuracy on GSD test.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.lang_ud import TRAIN_FILES, UD, read_conllu  # noqa: E402

CONFIG = ROOT / "scripts" / "lang_de.cfg"
MODEL_DIR = ROOT / "chronik" / "models" / "lang_de"
LEMMAS = ROOT / "chronik" / "lang" / "de" / "lemmas_ud.tsv"
DEV_EVERY = 10
LICENSE = """# chronik's German language model: licence and provenance

Trained by `scripts/train_lang.py` (config `scripts/lang_de.cfg`) from:

- UD German GSD, dev split, commit 297fcf350481058d0737a27f0f8fd03b2eadd67a
  (McDonald et al. 2013; Universal Dependencies): CC BY-SA 4.0.
- UD German PUD, commit ff80846ae60a0a70fc4d6251ef73e6a483a620ee (Zeman et al. 2017): CC BY-SA 3.0.

The model's weights are derived from these treebanks and are shared under CC BY-SA 4.0
(https://creativecommons.org/licenses/by-sa/4.0/), with attribution to the treebanks above.
`chronik/lang/de/lemmas_ud.tsv` holds lemmas from the same treebanks, under the same terms.
"""


def write_docbins(work: Path) -> tuple[Path, Path, int]:
    import spacy
    from spacy.tokens import Doc, DocBin

    vocab = spacy.blank("de").vocab
    sentences = [s for name in TRAIN_FILES for s in read_conllu(UD / name)]
    train, dev = DocBin(), DocBin()
    for i, s in enumerate(sentences):
        doc = Doc(vocab, words=s.words, spaces=s.spaces, pos=s.upos, morphs=s.feats, lemmas=s.lemmas,
                  heads=s.heads, deps=["ROOT" if d == "root" else d for d in s.deps],
                  sent_starts=[True] + [False] * (len(s.words) - 1))
        (dev if i % DEV_EVERY == DEV_EVERY - 1 else train).add(doc)
    train.to_disk(work / "train.spacy")
    dev.to_disk(work / "dev.spacy")
    return work / "train.spacy", work / "dev.spacy", len(sentences)


def write_lemma_exceptions(path: Path) -> int:
    """Treebank lemmas that the rules alone get wrong, majority lemma per (word, UPOS)."""
    from chronik.extract.syntax import Lemmatizer
    from chronik.lang.de.lemmas import LEMMA_RULES
    from dataclasses import replace

    rules = Lemmatizer(replace(LEMMA_RULES, exceptions={}))
    seen: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for name in TRAIN_FILES:
        for s in read_conllu(UD / name):
            for word, pos, lemma in zip(s.words, s.upos, s.lemmas):
                seen[(word, pos)][lemma] += 1
    rows = []
    for (word, pos), lemmas in seen.items():
        best = min(lemmas.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        if best != rules(word, pos) and "\t" not in word + best:
            rows.append(f"{word}\t{pos}\t{best}")
    header = ("# word\tUPOS\tlemma: UD German GSD dev + PUD lemmas where chronik's rules differ "
              "(CC BY-SA; written by scripts/train_lang.py)")
    path.write_text("\n".join([header] + sorted(rows)) + "\n", encoding="utf-8")
    return len(rows)


def _stamp(model: Path) -> None:
    """Write the weights' hash into meta.json: the model's version in every
    stored analysis (chronik.pipeline.analysis_version)."""
    import hashlib
    import json

    digest = hashlib.sha256()
    for path in sorted(p for p in model.rglob("*") if p.is_file() and p.name not in ("meta.json", "LICENSE.md")):
        digest.update(path.relative_to(model).as_posix().encode())
        digest.update(path.read_bytes())
    meta_path = model / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(name="chronik_de_core", version="1.0.0", chronik_weights=digest.hexdigest()[:12],
                license="CC BY-SA 4.0", sources=["UD German GSD (dev)", "UD German PUD"])
    meta.pop("performance", None)
    meta_path.write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--steps", type=int, default=None, help="training steps (default: the config's)")
    ap.add_argument("--out", type=Path, default=None, help="write the model here instead of installing it")
    args = ap.parse_args()
    from spacy.cli.train import train

    with tempfile.TemporaryDirectory(prefix="chronik-lang-") as tmp:
        work = Path(tmp)
        train_path, dev_path, n = write_docbins(work)
        print(f"{n} treebank sentences ({n // DEV_EVERY} for development)")
        overrides = {"paths.train": str(train_path), "paths.dev": str(dev_path)}
        if args.steps:
            overrides["training.max_steps"] = args.steps
        train(CONFIG, work / "out", overrides=overrides)
        target = args.out or MODEL_DIR
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(work / "out" / "model-best", target)
    (target / "LICENSE.md").write_text(LICENSE, encoding="utf-8")
    _stamp(target)
    if args.out is None:
        print(f"{write_lemma_exceptions(LEMMAS)} lemma exceptions written to {LEMMAS.relative_to(ROOT)}")
    from benchmarks.lang_ud import TEST_FILE, evaluate
    from chronik.extract.syntax import LanguageCore

    result = evaluate(LanguageCore(target), read_conllu(UD / TEST_FILE))
    print(f"GSD test: UPOS {result['upos']:.3f}  lemma {result['lemma']:.3f}  UAS {result['uas']:.3f}  "
          f"LAS {result['las']:.3f}  ({result['words_per_s']:,.0f} words/s CPU)")


if __name__ == "__main__":
    main()
