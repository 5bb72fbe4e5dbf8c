"""Near-duplicate articles (agency copy re-published with small edits).

Each article gets a MinHash signature over word shingles when it is stored;
linking files every signature under its LSH bands and compares only articles
that share a band, so no pair of articles is compared unless the index says
they may match.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from itertools import combinations

import numpy as np
from datasketch import MinHash

NUM_PERM = 64
SHINGLE_WORDS = 5
# Estimated Jaccard similarity of 5-word shingles above which two articles
# are one story re-published: agency copy with a changed lead or an added
# paragraph stays above 0.7, distinct articles on one event stay far below.
DUPLICATE_THRESHOLD = 0.7
_WORD = re.compile(r"\w+")
_SEED = 1
# Fixed so that signatures stored by one build stay comparable in the next.
_SCHEME = "affine32"
# The banding datasketch's MinHashLSH picks for DUPLICATE_THRESHOLD and
# NUM_PERM (its optimum of false positives and negatives; a test checks):
# 8 bands of 8 hash values, each value 8 bytes in a stored signature.
BANDS = 8
BAND_ROWS = 8
_VALUE_BYTES = 8


def _shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode()}
    return {" ".join(words[i:i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}


@lru_cache(maxsize=1)
def _permutations():
    """The scheme's permutation parameters: drawing them costs more than
    hashing an article, and they are the same for every signature."""
    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations


def signature(text: str) -> bytes:
    m = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, permutations=_permutations())
    m.update_batch(sorted(_shingles(text)))
    return m.hashvalues.astype("<u8").tobytes()


def _minhash(sig: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, hashvalues=np.frombuffer(sig, dtype="<u8"),
                   permutations=_permutations())


def band_keys(sig: bytes) -> list[bytes]:
    """The signature cut into the LSH index's bands; two signatures are
    candidates when one band is equal."""
    size = BAND_ROWS * _VALUE_BYTES
    return [sig[i * size:(i + 1) * size] for i in range(BANDS)]


def candidate_pairs(signatures: Iterable[tuple[str, bytes]]) -> set[tuple[str, str]]:
    """Pairs (first id < second id) of articles that share a band: what an
    LSH index would answer, from one dictionary per band instead of a
    MinHash object per article (which cost 4 s of a 16 s link at 10,000
    articles)."""
    buckets: list[dict[bytes, list[str]]] = [defaultdict(list) for _ in range(BANDS)]
    for article_id, sig in signatures:
        for bucket, key in zip(buckets, band_keys(sig)):
            bucket[key].append(article_id)
    pairs: set[tuple[str, str]] = set()
    for bucket in buckets:
        for ids in bucket.values():
            if len(ids) > 1:
                pairs.update(combinations(sorted(ids), 2))
    return pairs


def jaccard(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures: the share of equal
    hash values, computed as datasketch's ``MinHash.jaccard`` does."""
    x, y = np.frombuffer(a, dtype="<u8"), np.frombuffer(b, dtype="<u8")
    return float(np.float64(np.count_nonzero(x == y)) / np.float64(len(x)))


def find_duplicates(signatures: Iterable[tuple[str, bytes]], order_key: dict[str, tuple]) -> dict[str, str]:
    """Map each near-duplicate article id to the article it repeats.

    Within a group of near-duplicates the original is the first by
    ``order_key`` (publication date, then id), so the answer does not depend
    on the order in which articles were added. An article's group is the
    articles whose signature is similar to its own, not their closure.
    """
    sigs = dict(signatures)
    similar: dict[str, list[str]] = defaultdict(list)
    for a, b in sorted(candidate_pairs(sigs.items())):
        if jaccard(sigs[a], sigs[b]) >= DUPLICATE_THRESHOLD:
            similar[a].append(b)
            similar[b].append(a)
    result: dict[str, str] = {}
    for article_id in sorted(similar):
        original = min(similar[article_id] + [article_id], key=lambda c: order_key[c])
        if original != article_id:
            result[article_id] = original
    return result
