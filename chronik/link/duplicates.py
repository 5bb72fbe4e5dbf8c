"""Near-duplicate articles (agency copy re-published with small edits).

Each article gets a MinHash signature over word shingles when it is stored;
linking puts all signatures in an LSH index and asks it for candidates, so no
pair of articles is compared unless the index says they may match.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

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


def find_duplicates(signatures: Iterable[tuple[str, bytes]], order_key: dict[str, tuple]) -> dict[str, str]:
    """Map each near-duplicate article id to the article it repeats.

    Within a group of near-duplicates the original is the first by
    ``order_key`` (publication date, then id), so the answer does not depend
    on the order in which articles were added.
    """
    lsh = MinHashLSH(threshold=DUPLICATE_THRESHOLD, num_perm=NUM_PERM)
    hashes: dict[str, MinHash] = {}
    for article_id, sig in sorted(signatures):
        m = _minhash(sig)
        hashes[article_id] = m
        lsh.insert(article_id, m)
    result: dict[str, str] = {}
    for article_id in sorted(hashes):
        m = hashes[article_id]
        candidates = [c for c in lsh.query(m) if c != article_id and m.jaccard(hashes[c]) >= DUPLICATE_THRESHOLD]
        if not candidates:
            continue
        original = min(candidates + [article_id], key=lambda c: order_key[c])
        if original != article_id:
            result[article_id] = original
    return result
