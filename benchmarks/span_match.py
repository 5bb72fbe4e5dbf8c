"""Pairing found spans with gold spans one to one, as the quote, statement and
event benchmarks score them: candidates ranked best first, each side used once."""
from __future__ import annotations

from collections.abc import Iterable, Sequence


def overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    """Characters two spans share."""
    return max(0, min(a1, b1) - max(a0, b0))


def lenient_candidates(gold: Sequence[tuple[int, int]], found: Sequence[tuple[int, int]]) -> list[tuple]:
    """(shared characters, gold index, found index) for every pair that covers
    at least half of each side (the lenient match)."""
    out = []
    for gi, (g0, g1) in enumerate(gold):
        for fi, (f0, f1) in enumerate(found):
            ov = overlap(g0, g1, f0, f1)
            if ov >= 0.5 * (g1 - g0) and ov >= 0.5 * (f1 - f0):
                out.append((ov, gi, fi))
    return out


def one_to_one(ranked: Iterable[tuple]) -> list[tuple[int, int]]:
    """(gold index, found index) pairs from candidates ``(score, gold, found)``
    given best first; a gold or found item already paired is passed over."""
    used_g, used_f, out = set(), set(), []
    for _, gi, fi in ranked:
        if gi not in used_g and fi not in used_f:
            used_g.add(gi)
            used_f.add(fi)
            out.append((gi, fi))
    return out
