"""Near-duplicate articles (agency copy re-published with small edits).

Each article gets a MinHash signature over word shingles when it is stored;
linking files every signature under its LSH bands and compares only articles
that share a band, so no pair of articles is compared unless the index says
they may match.

The index is kept in the store between links (``KeptIndex``), with the
similar pairs it found: a link reads the signatures of the articles that are
new since the last one (and of the kept articles they share a band with), not
every signature. Which article of a group is the original is decided anew from
the kept pairs each time, so an earlier-published copy arriving late moves it.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations, islice

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


def similar_pairs(signatures: Iterable[tuple[str, bytes]]) -> set[tuple[str, str]]:
    """Pairs (first id < second id) that share a band and whose estimated
    Jaccard similarity reaches DUPLICATE_THRESHOLD."""
    sigs = dict(signatures)
    return {(a, b) for a, b in candidate_pairs(sigs.items()) if jaccard(sigs[a], sigs[b]) >= DUPLICATE_THRESHOLD}


def originals(pairs: Iterable[tuple[str, str]], order_key: Mapping[str, tuple]) -> dict[str, str]:
    """Map each article of a similar pair that is not the first of its group
    (itself and the articles similar to it, not their closure) by
    ``order_key`` to that first article."""
    similar: dict[str, list[str]] = defaultdict(list)
    for a, b in sorted(pairs):
        similar[a].append(b)
        similar[b].append(a)
    result: dict[str, str] = {}
    for article_id in sorted(similar):
        original = min(similar[article_id] + [article_id], key=lambda c: order_key[c])
        if original != article_id:
            result[article_id] = original
    return result


def find_duplicates(signatures: Iterable[tuple[str, bytes]], order_key: dict[str, tuple]) -> dict[str, str]:
    """Map each near-duplicate article id to the article it repeats.

    Within a group of near-duplicates the original is the first by
    ``order_key`` (publication date, then id), so the answer does not depend
    on the order in which articles were added. An article's group is the
    articles whose signature is similar to its own, not their closure.
    """
    return originals(similar_pairs(signatures), order_key)


# The kept index: the store's table of band buckets (``Store.put_bands``) and one
# record per similar pair; a record of kind INDEX_KIND holds what the index was made by.
PAIR_KIND = "duplicate_pair"
INDEX_KIND = "duplicate_index"
_STAMP = "stamp"
# New articles are read and filed this many at a time: a link that files a whole
# store (the first, or ``--relink``) holds one chunk of signatures, not all.
CHUNK = 4096


def bucket(band: int, key: bytes) -> int:
    """A band's key as a signed 64-bit bucket number (blake2b), what the store
    indexes; two signatures in one bucket are checked for an equal band
    (``share_band``), so a collision of the hash adds no pair."""
    digest = hashlib.blake2b(bytes([band]) + key, digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def buckets(sig: bytes) -> list[int]:
    return [bucket(band, key) for band, key in enumerate(band_keys(sig))]


def share_band(a: bytes, b: bytes) -> bool:
    return any(x == y for x, y in zip(band_keys(a), band_keys(b)))


def index_stamp() -> str:
    """What the kept index and pairs depend on: the banding, the threshold and the bucket hash."""
    return f"bands {BANDS}x{BAND_ROWS}, values {NUM_PERM}, threshold {DUPLICATE_THRESHOLD}, buckets blake2b-8"


@dataclass(frozen=True, slots=True, kw_only=True)
class IndexChange:
    """What one link did to the kept index: articles filed and taken out, pairs found and dropped."""

    filed: int
    removed: int
    found: int
    dropped: int


def kept_duplicates(store, current: Collection[str], order_key: Mapping[str, tuple], *,
                    resume: bool = True) -> tuple[dict[str, str], IndexChange]:
    """What ``find_duplicates`` gives over the signatures of the ``current``
    articles, from the index kept in the store, which is brought up to date:
    articles no longer current (superseded by a new version, or gone) leave it
    with their pairs, and the current ones not in it are compared with those
    in it that share a bucket and with each other, then filed. Without
    ``resume``, or when the kept index was made another way (``index_stamp``),
    it is emptied and made anew from every current article."""
    stamp = next((r["stamp"] for r in store.records(INDEX_KIND) if r["id"] == _STAMP), None)
    if not resume or stamp != index_stamp():
        store.delete_bands()
        store.delete_records(PAIR_KIND, sorted(store.record_ids(PAIR_KIND)))
        store.put_records(INDEX_KIND, [{"id": _STAMP, "stamp": index_stamp()}])
    indexed = store.banded_ids()
    gone = indexed - set(current)
    pairs = {(r["a"], r["b"]) for r in store.records(PAIR_KIND)}
    dropped = sorted(p for p in pairs if p[0] in gone or p[1] in gone)
    store.delete_bands(gone)
    store.delete_records(PAIR_KIND, [_pair_id(p) for p in dropped])
    pairs.difference_update(dropped)
    new = sorted(set(current) - indexed)
    found = 0
    ids = iter(new)
    while chunk := list(islice(ids, CHUNK)):
        sigs = dict(store.signatures(chunk))
        more = similar_pairs(sigs.items()) | set(_matches(store, sigs))
        store.put_bands((i, band, b) for i, sig in sigs.items() for band, b in enumerate(buckets(sig)))
        store.put_records(PAIR_KIND, [{"id": _pair_id(p), "a": p[0], "b": p[1]} for p in sorted(more)])
        pairs |= more
        found += len(more)
    return originals(pairs, order_key), IndexChange(filed=len(new), removed=len(gone), found=found,
                                                    dropped=len(dropped))


def _matches(store, sigs: dict[str, bytes]) -> Iterator[tuple[str, str]]:
    """Similar pairs of one new article (of ``sigs``) and one already indexed."""
    filed: dict[int, list[str]] = defaultdict(list)
    for i, sig in sigs.items():
        for b in buckets(sig):
            filed[b].append(i)
    candidates: set[tuple[str, str]] = set()
    for b, old in store.band_members(filed):
        candidates.update((new, old) for new in filed[b])
    kept = dict(store.signatures({old for _, old in candidates}))
    for new, old in sorted(candidates):
        if share_band(sigs[new], kept[old]) and jaccard(sigs[new], kept[old]) >= DUPLICATE_THRESHOLD:
            yield min(new, old), max(new, old)


def _pair_id(pair: tuple[str, str]) -> str:
    return f"{pair[0]} {pair[1]}"


class StoredSignatures:
    """The current articles' signatures as an iterable that reads them from the
    store page by page each time it is walked, for a reader that keeps only some
    (the review's independent sources keep those of agency copy)."""

    def __init__(self, store, current: Collection[str]) -> None:
        self.store = store
        self.current = current

    def __iter__(self) -> Iterator[tuple[str, bytes]]:
        return ((i, sig) for i, sig in self.store.signatures() if i in self.current)
