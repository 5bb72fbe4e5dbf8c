"""Independent sources: articles that carry the same agency copy count as one.

Two articles are one source when
* one is a near-duplicate of the other (``duplicate_of``, Jaccard >= 0.7), or
* they credit a common agency and their texts match: estimated Jaccard of the
  stored 5-word-shingle MinHash signatures >= ``AGENCY_COPY_JACCARD`` (texts of
  ``MIN_COPY_WORDS`` or more), or they report one event in the same sentence
  (an outlet that rewrote the lead but kept the agency's sentence).
"One source" is transitive (a group). Candidates come from the signatures' LSH
bands and a sentence index, never from comparing all pairs. The group is named
after its earliest article (publication date, then id), like ``duplicate_of``.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from chronik.link.texts import texts_of

# Agency copy that an outlet shortened or extended with its own paragraphs keeps
# well above this share of shingles: 0.38 and 0.44 for a half-length reprint in
# the pile of tests/review/reprints.py, where articles of different stories stay
# at or below 0.03. The MinHash estimate (64 permutations) has a standard error
# of about 0.06 at 0.3.
AGENCY_COPY_JACCARD = 0.3
# The banding datasketch's MinHashLSH picks for AGENCY_COPY_JACCARD and the
# signatures' 64 values (a test checks): 21 bands of 3 values, the last value
# in no band.
COPY_BANDS = 21
COPY_BAND_ROWS = 3
# Only texts this long are compared: on the 1028 10kGNAD test articles every
# pair of different articles at J >= 0.25 (32 pairs) is two 22- to 34-word stubs
# sharing one boilerplate sentence ("Der Volltext dieses auf Agenturmeldungen
# basierenden Artikels ..."). A short copy still joins through a shared sentence.
MIN_COPY_WORDS = 60
_SPACE = re.compile(r"\W+")


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceGroups:
    """Which group of copies each article belongs to."""

    group_of: dict[str, str]

    def group(self, article_id: str) -> str:
        return self.group_of.get(article_id, article_id)

    def count(self, article_ids: Iterable[str]) -> int:
        return len({self.group(a) for a in article_ids})


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:
            self.parent[x], x = root, self.parent.get(x, x)
        return root

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def sentence_key(text: str) -> str:
    return _SPACE.sub(" ", text.lower()).strip()


def source_groups(articles: dict, duplicate_of: dict[str, str], signatures: Iterable[tuple[str, bytes]],
                  reports: Iterable[tuple[str, str]] = (), *,
                  texts: Mapping[str, str] | None = None) -> SourceGroups:
    """Group the articles into independent sources.

    ``reports`` are (article id, sentence) pairs in which an item was read;
    two articles crediting a common agency with one such sentence are copies.
    ``texts``: see ``chronik.link.texts``.
    """
    texts = texts_of(articles, texts)
    union = _Union()
    for copy, original in sorted(duplicate_of.items()):
        union.join(copy, original)
    credited = {a.id: set(a.agencies) for a in articles.values() if a.agencies}
    long_enough = {i: c for i, c in credited.items() if len(texts[i].split()) >= MIN_COPY_WORDS}
    for a, b in _similar_pairs(long_enough, signatures):
        union.join(a, b)
    by_sentence: dict[str, set[str]] = defaultdict(set)
    for article_id, sentence in reports:
        if article_id in credited:
            by_sentence[sentence_key(sentence)].add(article_id)
    for ids in by_sentence.values():
        ordered = sorted(ids)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                if credited[a] & credited[b]:
                    union.join(a, b)
    order = {a.id: (a.published or "9999", a.id) for a in articles.values()}
    members: dict[str, list[str]] = defaultdict(list)
    for article_id in sorted(articles):
        members[union.find(article_id)].append(article_id)
    group_of = {}
    for ids in members.values():
        first = min(ids, key=lambda x: order[x])
        for x in ids:
            group_of[x] = first
    return SourceGroups(group_of=group_of)


def _similar_pairs(credited: dict[str, set[str]], signatures: Iterable[tuple[str, bytes]]):
    """Pairs of articles with a common agency whose signatures match."""
    from chronik.link.duplicates import candidate_pairs, jaccard

    sigs = {i: sig for i, sig in signatures if i in credited and sig}
    for i, j in sorted(candidate_pairs(sigs.items(), COPY_BANDS, COPY_BAND_ROWS)):
        if credited[i] & credited[j] and jaccard(sigs[i], sigs[j]) >= AGENCY_COPY_JACCARD:
            yield i, j
