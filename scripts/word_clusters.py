"""Word clusters for the German NER model, trained here from open text.

    python3 scripts/word_clusters.py        # writes chronik/lang/de/entities_clusters.tsv

Distributional word classes stand in for the large pretrained embeddings that
strong German NER systems use and that cannot be had here: a word the tagger
never saw in training ("Wolodin") still shares a class with names it did see.

Method (deterministic, numpy/scipy only): every word form seen >= MIN_COUNT
times is described by the words at positions -2, -1, +1, +2 (lower-cased,
the CONTEXTS most frequent), weighted by positive PMI; a truncated SVD gives
DIM dimensions; k-means on the unit-length rows at several sizes gives one
class id per size. The output has one line per word: word, then one class id
per size in SIZES.

Text (open licences only; GermEval dev/test, ler/ and the NC sets are never
read): GermEval 2014 train (CC BY 4.0), SmartData and MobIE (CC BY 4.0),
Europeana Newspapers (CC0), HIPE-2022 newseye/sonar (CC BY 4.0), UD German
GSD/PUD (CC BY-SA 4.0/3.0), WikiWarsDE (CC BY-SA 3.0), SpkAtt-2023 Bundestag
speeches (CC BY-SA 4.0).
"""
from __future__ import annotations

import gzip
import io
import json
import re
import sys
import tarfile
import time
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.cluster.vq import kmeans2
from scipy.sparse.linalg import svds

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "chronik" / "lang" / "de" / "entities_clusters.tsv"

MIN_COUNT = 3  # rarer forms get no class: their contexts are too few to place them
CONTEXTS = 8000
DIM = 100
SIZES = (64, 256, 1024)
SEED = 7


def _conll_words(path: Path, word_col: int = 0):
    opener = gzip.open if path.suffix == ".gz" else open
    sent = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            if not line.strip():
                if sent:
                    yield sent
                    sent = []
                continue
            sent.append(line.rstrip("\n").split("\t")[word_col])
    if sent:
        yield sent


def _conllu_words(path: Path):
    sent = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sent:
                yield sent
                sent = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                sent.append(cols[1])
    if sent:
        yield sent


def _raw_text_words(text: str):
    from chronik.extract.tokens import split_sentences, tokenize
    from chronik.lang.de.abbreviations import ABBREVIATIONS

    tokens = tokenize(text, ABBREVIATIONS)
    for s in split_sentences(text, tokens):
        yield [t.text for t in tokens[s.first_token:s.last_token]]


def sentences():
    """Every sentence of the open text, as word lists, in a fixed order."""
    yield from _conll_words(DATA / "germeval2014-train" / "NER-de-train.outer.tsv.gz", 1)
    for name in ("smartdata", "mobie"):
        for part in ("train", "dev", "test"):
            yield from _conll_words(DATA / name / f"{name}-{part}.conll.tsv")
    for path in sorted((DATA / "europeana-ner-de").glob("*.conll.tsv")):
        yield from _conll_words(path)
    for path in sorted((DATA / "hipe2022-de").glob("*.conll.tsv")):
        yield from _conll_words(path)
    for path in sorted((DATA / "ud-german").glob("*.conllu")):
        yield from _conllu_words(path)
    for path in sorted((DATA / "wikiwarsde" / "WikiWarsDE_20110412" / "in").glob("*.sgm")):
        raw = path.read_text(encoding="utf-8")
        body = raw.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
        yield from _raw_text_words(re.sub(r"<[^>]+>", " ", body))
    with tarfile.open(DATA / "spkatt-2023" / "spkatt2023-task1-train-dev.tar.gz") as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            if member.isfile() and member.name.endswith(".json"):
                doc = json.load(io.TextIOWrapper(tar.extractfile(member), encoding="utf-8"))
                for s in doc.get("Sentences", ()):
                    yield list(s["Tokens"])


def main() -> None:
    t0 = time.perf_counter()
    sents = list(sentences())
    counts = Counter(w for s in sents for w in s)
    n_tokens = sum(counts.values())
    vocab = sorted((w for w, c in counts.items() if c >= MIN_COUNT), key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    low_counts = Counter()
    for w, c in counts.items():
        low_counts[w.lower()] += c
    ctx_words = sorted(low_counts, key=lambda w: (-low_counts[w], w))[:CONTEXTS]
    ctx_index = {w: i for i, w in enumerate(ctx_words)}
    print(f"{len(sents)} sentences, {n_tokens} tokens, {len(vocab)} words >= {MIN_COUNT}, {time.perf_counter() - t0:.0f}s")

    rows, cols = [], []
    for s in sents:
        low = ["<s>", "<s>", *(w.lower() for w in s), "</s>", "</s>"]
        for i, w in enumerate(s):
            r = index.get(w)
            if r is None:
                continue
            for slot, off in enumerate((-2, -1, 1, 2)):
                c = ctx_index.get(low[i + 2 + off])
                if c is not None:
                    rows.append(r)
                    cols.append(slot * CONTEXTS + c)
    m = sparse.coo_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)),
                          shape=(len(vocab), 4 * CONTEXTS)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row_sum = np.asarray(m.sum(axis=1)).ravel()
    col_sum = np.asarray(m.sum(axis=0)).ravel() ** 0.75  # context smoothing (Levy et al. 2015)
    col_sum = col_sum / col_sum.sum() * total
    coo = m.tocoo()
    pmi = np.log(coo.data * total / (row_sum[coo.row] * col_sum[coo.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape)
    u, s, _ = svds(ppmi, k=DIM, random_state=SEED)
    vecs = u * np.sqrt(s)
    vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
    print(f"PPMI {ppmi.nnz} cells, SVD {DIM} dims, {time.perf_counter() - t0:.0f}s")

    labels = []
    for k in SIZES:
        _, lab = kmeans2(vecs, k, iter=15, minit="points", seed=np.random.default_rng(SEED))
        labels.append(lab)
        print(f"k-means {k}: {time.perf_counter() - t0:.0f}s", flush=True)
    lines = [f"{w}\t" + "\t".join(str(int(lab[i])) for lab in labels) for i, w in enumerate(vocab)]
    lines.sort()
    header = (f"# word classes ({', '.join(map(str, SIZES))} classes: PPMI-SVD + k-means) from {n_tokens} tokens of open "
              "German text, built by scripts/word_clusters.py: GermEval 2014 train, SmartData, MobIE (CC BY 4.0), "
              "Europeana Newspapers NER (CC0), HIPE-2022 newseye/sonar (CC BY 4.0), UD German GSD/PUD (CC BY-SA), "
              "WikiWarsDE (CC BY-SA 3.0), SpkAtt-2023 (CC BY-SA 4.0)")
    OUT.write_text(header + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} words, {OUT.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - t0:.0f}s")


if __name__ == "__main__":
    main()
