"""Near-duplicate articles (agency copy re-published with small edits).

Each article gets a MinHash signature over word shingles when it is stored;
linking files every signature under its LSH bands and compares only articles
that share a band, so no pair of articles is compared unless the index says
they may match.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from itertools import combinations

import numpy as np

NUM_PERM = 64
SHINGLE_WORDS = 5
# Estimated Jaccard similarity of 5-word shingles above which two articles
# are one story re-published: agency copy with a changed lead or an added
# paragraph stays above 0.7, distinct articles on one event stay far below.
DUPLICATE_THRESHOLD = 0.7
_WORD = re.compile(r"\w+")
# The signature scheme, fixed so that signatures stored by one build stay
# comparable in the next: datasketch's (>= 2.0) MinHash with its "affine32"
# permutations and seed 1, which chronik stored before it computed the
# signature itself (tests/link/test_duplicates.py compares the bytes).
_SEED = 1
# The banding datasketch's MinHashLSH picks for DUPLICATE_THRESHOLD and
# NUM_PERM (its optimum of false positives and negatives; a test checks):
# 8 bands of 8 hash values, each value 8 bytes in a stored signature.
BANDS = 8
BAND_ROWS = 8
_VALUE_BYTES = 8
_EMPTY = np.uint32(0xFFFFFFFF)
# MurmurHash3's 32-bit finalizer: the fixed bijection that mixes each
# shingle's hash once before the permutations.
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


def _shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode()}
    return {" ".join(words[i:i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The NUM_PERM affine permutations h -> a * h + b (mod 2**32), drawn from
    numpy's legacy generator seeded with _SEED: first every ``a`` (odd, so the
    map is a bijection: 2 * [0, 2**31) + 1), then every ``b`` ([0, 2**32)),
    as 32-bit draws."""
    gen = np.random.RandomState(_SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(h: np.ndarray) -> np.ndarray:
    s1, m1, s2, m2, s3 = _FMIX
    h = h ^ (h >> s1)
    h = h * m1
    h = h ^ (h >> s2)
    h = h * m2
    return h ^ (h >> s3)


def signature(text: str) -> bytes:
    """The MinHash signature of the text's 5-word shingles: for each of the
    NUM_PERM permutations the least permuted hash, where a shingle's hash is
    the first 4 bytes of its SHA-1 (little-endian), mixed by _fmix32. Stored
    as NUM_PERM little-endian 8-byte values."""
    digests = b"".join(hashlib.sha1(s).digest()[:4] for s in _shingles(text))
    hashed = _fmix32(np.frombuffer(digests, dtype="<u4").astype(np.uint32))
    a, b = _permutations()
    values = np.full(NUM_PERM, _EMPTY, dtype=np.uint32)
    if len(hashed):  # 32-bit products wrap: the permutation's mod 2**32
        values = np.minimum(values, (hashed[:, None] * a + b).min(axis=0))
    return values.astype("<u8").tobytes()


def band_keys(sig: bytes, bands: int = BANDS, rows: int = BAND_ROWS) -> list[bytes]:
    """The signature cut into the LSH index's bands of ``rows`` values each,
    from the first value on (values past ``bands * rows`` are in no band, as
    in datasketch's index); two signatures are candidates when one band is
    equal."""
    size = rows * _VALUE_BYTES
    return [sig[i * size:(i + 1) * size] for i in range(bands)]


def candidate_pairs(signatures: Iterable[tuple[str, bytes]], bands: int = BANDS,
                    rows: int = BAND_ROWS) -> set[tuple[str, str]]:
    """Pairs (first id < second id) of articles that share a band: what an
    LSH index would answer, from one dictionary per band instead of a
    MinHash object per article (which cost 4 s of a 16 s link at 10,000
    articles)."""
    buckets: list[dict[bytes, list[str]]] = [defaultdict(list) for _ in range(bands)]
    for article_id, sig in signatures:
        for bucket, key in zip(buckets, band_keys(sig, bands, rows)):
            bucket[key].append(article_id)
    pairs: set[tuple[str, str]] = set()
    for bucket in buckets:
        for ids in bucket.values():
            if len(ids) > 1:
                pairs.update(combinations(sorted(ids), 2))
    return pairs


def jaccard(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures: the share of equal
    hash values (as datasketch's ``MinHash.jaccard`` computes it)."""
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
