"""The review queue: items flagged ``needs_review``, most consequential first.

An item weighs more the more articles carry it (a wrong guess spreads with
each reprint), when it is half of a conflict (two claims that cannot both be
true), and when it is a figure in a series (it moves a trend line). The
weights are a judgment, not a measurement: one article = 1, a conflict = 3,
a place in a series of two or more figures = 2.
"""
from __future__ import annotations

from dataclasses import dataclass

CONFLICT_WEIGHT = 3
SERIES_WEIGHT = 2
KINDS = ("event", "quote", "statement", "figure")
_REASONS = {
    "speaker_pronoun": "speaker resolved from a pronoun",
    "speaker_role": "speaker resolved from a role noun",
    "speaker_carried": "speaker carried over from an earlier sentence",
    "date_published": "date taken from the publication date",
    "merged_differing": "merged from articles that differ",
    "vague": "vague figure (no number)",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class ReviewItem:
    kind: str
    id: str
    label: str
    reasons: tuple[str, ...]
    articles: tuple[str, ...]
    sources: int
    weight: int


def review_queue(store, kinds: tuple[str, ...] = KINDS, limit: int | None = None) -> list[ReviewItem]:
    """What needs review in ``store``, heaviest first (ties: kind, then id)."""
    series = {s["id"]: s for s in store.links("series")} if "figure" in kinds else {}
    figures = {f["id"]: f for f in store.links("figure")} if "figure" in kinds else {}
    items = []
    for kind in kinds:
        rows = figures.values() if kind == "figure" else store.links(kind)
        for row in rows:
            if kind == "statement" and row.get("quote"):
                continue  # it follows its quote's review
            if row.get("needs_review"):
                items.append(_item(kind, row, series, figures))
    items.sort(key=lambda i: (-i.weight, KINDS.index(i.kind), i.id))
    return items[:limit] if limit else items


def _item(kind: str, row: dict, series: dict, figures: dict) -> ReviewItem:
    reasons = [_REASONS[b] for b in row.get("basis", []) if b in _REASONS]
    weight = len(row["articles"])
    if kind == "event":
        label = f"{row['date'] or 'undated'} {row['label']}"
        for v in row.get("variants", []):
            reasons.append(f"{v['field']} {v['value']}: {_count(v['sources'], 'source')}")
    elif kind == "quote":
        label = f"{row['speaker_name'] or 'unknown speaker'}: „{row['text']}“"
    elif kind == "statement":
        label = f"{row['kind']}, {row['speaker_name'] or 'unknown speaker'}: {row['text']}"
    else:
        s = series.get(row.get("series"))
        label = row["text"] + (f" ({s['label']})" if s else "")
        if s and len(s["figures"]) > 1:
            weight += SERIES_WEIGHT
            reasons.append(f"in a series of {len(s['figures'])} figures")
        for pair, counts in zip(s["conflicts"] if s else [], s.get("conflict_sources", []) if s else []):
            if row["id"] in pair:
                other = pair[1] if pair[0] == row["id"] else pair[0]
                mine, theirs = counts if pair[0] == row["id"] else counts[::-1]
                weight += CONFLICT_WEIGHT
                reasons.append(f"conflicts with {figures[other]['text']!r} "
                               f"({_count(mine, 'source')} against {theirs})")
    return ReviewItem(kind=kind, id=row["id"], label=label, reasons=tuple(reasons), articles=tuple(row["articles"]),
                      sources=row.get("sources", len(row["articles"])), weight=weight)


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
