"""Figure series across articles: the same measure reported over time and by different sources.

A series is keyed by (predicate, counted kind, subject): "600 Syrer getötet"
and "mehr als 6000 syrische Soldaten gefallen" share one,
"um 3.000 bis 4.000 Mann verstärkt" (predicate ``reinforced``) never joins the
``deployed`` total. Figures without a predicate or counted kind get no series.

A key that names whose or where the count is (the subject: "Syrer",
"Nordkorea", "der Bundestag") spans articles. Without one, "2.000 Flüchtlinge
kamen an" or "der Anteil liegt bei 27 Prozent" says what is measured but not of
what, and the same words in another article are mostly another count (refugees
arriving at another border, another share). Such a series spans only the
article's near-duplicates (the same report in another outlet) and the articles
of its story whose figure, in its own sentence, names a place or entity that
this one's sentence names too ("12 Menschen verletzt" and "40 Menschen verletzt",
each in a sentence about the fire "in Linz", in two reports of that fire).

Conflicts are pairs of figures in one series from different sources about the
same period (``as_of`` at most ``window_days`` apart) whose value ranges do not
overlap. A later, higher value of a cumulative count is an update, not a
conflict.
"""
from __future__ import annotations

import calendar
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial

from chronik.ids import content_id
from chronik.link.partitions import map_partitions
from chronik.link.texts import texts_of
from chronik.records import Figure

# Season ends (meteorological seasons, TIMEX3 SP/SU/FA/WI); WI ends in the next year.
_SEASON_END = {"SP": (5, 31), "SU": (8, 31), "FA": (11, 30)}
# Approximate values ("rund 600") are taken as +/- this share when testing for a conflict.
APPROX_SHARE = 0.1


@dataclass(frozen=True, slots=True, kw_only=True)
class FigureRef:
    """One figure with where and when it was published."""

    figure_id: str
    article_id: str
    published: str | None
    figure: Figure
    as_of: str | None = None
    # the entities (ids) that the figure's sentence names, its source left out: what a figure
    # without a subject is about, for a series across the articles of one story
    anchors: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True, kw_only=True)
class Series:
    id: str
    label: str
    counted: str
    predicate: str
    subject: str | None
    figure_ids: tuple[str, ...]
    conflicts: tuple[tuple[str, str], ...] = ()


def series_key(figure: Figure) -> tuple[str, str, str | None] | None:
    """(predicate, counted, subject), or None when the figure measures nothing nameable."""
    if not figure.predicate or not figure.counted:
        return None
    return figure.predicate, figure.counted, figure.subject


def series_id(figure: Figure, article_id: str | None = None) -> str | None:
    """Content hash of the series key: the first 16 hex digits of its sha1. A key without a
    subject is one series per article: ``article_id`` (the article, or the original of a
    near-duplicate) is then part of what is hashed."""
    key = series_key(figure)
    if key is None:
        return None
    parts = [k or "" for k in key]
    if figure.subject is None and article_id is not None:
        parts.append(article_id)
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:16]


def _end_of(value: str) -> date | None:
    """The last day of a TIMEX3 date value, or None when it has no fixed end."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI|W\d{2})(?:-(\d{2}))?)?(?:T.*)?", value)
    if not m:
        return None
    year = int(m.group(1))
    part, day = m.group(2), m.group(3)
    try:
        if part is None:
            return date(year, 12, 31)
        if day is not None:
            return date(year, int(part), int(day))
        if part.isdigit():
            month = int(part)
            return date(year, month, calendar.monthrange(year, month)[1])
        if part[0] == "Q":
            month = 3 * int(part[1])
            return date(year, month, calendar.monthrange(year, month)[1])
        if part[0] == "H":
            return date(year, 6, 30) if part == "H1" else date(year, 12, 31)
        if part == "WI":
            return date(year + 1, 3, 1) - timedelta(days=1)
        if part[0] == "W":
            return date.fromisocalendar(year, int(part[1:]), 7)
        month, d = _SEASON_END[part]
        return date(year, month, d)
    except ValueError:
        return None


def as_of(figure: Figure, published: str | None) -> str | None:
    """The date a figure was true by: the end of its time value, else the publication date.

    A time that ends after publication ("2025" in an article of September 2025)
    is cut to the publication date: nothing later was known when it was written.
    """
    pub = date.fromisoformat(published[:10]) if published and re.match(r"\d{4}-\d{2}-\d{2}", published) else None
    end = _end_of(figure.time) if figure.time else None
    if end is not None and pub is not None and end > pub:
        end = pub
    if end is not None:
        return end.isoformat()
    return pub.isoformat() if pub else None


def _source(ref: FigureRef, demonyms) -> str:
    """Who vouches for a figure: the place its attribution names, the phrase, else the article."""
    attribution = ref.figure.attribution
    if not attribution:
        return "article:" + ref.article_id
    if demonyms is not None:
        for word in re.findall(r"[\w-]+", attribution):
            place = demonyms.place_of(word)
            if place is not None:
                return place
    return attribution.lower()


def _interval(f: Figure) -> tuple[float, float] | None:
    if f.vague or (f.low is None and f.high is None):
        return None
    lo = float(f.low) if f.low is not None else 0.0
    hi = float(f.high) if f.high is not None else float("inf")
    if f.approx:
        lo, hi = lo * (1 - APPROX_SHARE), hi * (1 + APPROX_SHARE)
    return lo, hi


def _conflict(da: date, ia: tuple[float, float] | None, db: date, ib: tuple[float, float] | None) -> bool:
    """Whether two figures of different sources, dated within the window, cannot both hold."""
    if ia is None or ib is None:
        return False
    if ia[1] >= ib[0] and ib[1] >= ia[0]:
        return False  # the ranges overlap: both can be true
    if da != db:
        early, late = (ia, ib) if da < db else (ib, ia)
        if late[0] > early[1]:
            return False  # a later, higher count: an update
    return True


def _conflicts(members: list[FigureRef], sources: list[str], window_days: int) -> list[tuple[str, str]]:
    """Conflicting pairs of a series, in member order.

    Members are sorted by ``as_of`` (an ISO date; undated ones first), so each
    is compared only with the later ones up to ``window_days`` on, not with
    every other member: a long series costs its length times the figures of
    one window, not its length squared."""
    days = [date.fromisoformat(r.as_of) if r.as_of is not None else None for r in members]
    spans = [_interval(r.figure) for r in members]
    pairs = []
    for i, day in enumerate(days):
        if day is None or spans[i] is None:
            continue
        for j in range(i + 1, len(members)):
            if (days[j] - day).days > window_days:
                break
            if sources[i] != sources[j] and _conflict(day, spans[i], days[j], spans[j]):
                pairs.append((members[i].figure_id, members[j].figure_id))
    return pairs


def _local_roots(refs: list[FigureRef], original: dict[str, str], story_of: dict[str, str]) -> dict[tuple, str]:
    """For each (key, article) of a key without a subject, the article whose id names its series:
    the first by id of the articles of one story that it reaches through shared anchors."""
    anchors: dict[tuple, set[str]] = {}
    for ref in refs:
        key = series_key(ref.figure)
        if key is not None and key[2] is None:
            anchors.setdefault((key, original.get(ref.article_id, ref.article_id)), set()).update(ref.anchors)
    parent = {node: node for node in anchors}

    def find(node):
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    by_story: dict[tuple, list[tuple]] = {}
    for node in sorted(anchors):
        story = story_of.get(node[1])
        if story is not None and anchors[node]:
            by_story.setdefault((node[0], story), []).append(node)
    for nodes in by_story.values():
        seen: dict[str, tuple] = {}
        for node in nodes:
            for anchor in sorted(anchors[node]):
                if anchor in seen:
                    a, b = find(seen[anchor]), find(node)
                    if a != b:
                        parent[max(a, b)] = min(a, b)
                else:
                    seen[anchor] = node
    return {node: find(node)[1] for node in anchors}


@dataclass(frozen=True, slots=True)
class SeriesPart:
    """The figures of one series key, with the near-duplicate originals and
    stories of their articles: what ``link_series`` needs to form their series."""

    refs: tuple[FigureRef, ...]
    duplicate_of: dict[str, str]
    story_of: dict[str, str]

    def __len__(self) -> int:
        return len(self.refs)


def series_partitions(refs: Iterable[FigureRef], duplicate_of: dict[str, str] | None = None,
                      story_of: dict[str, str] | None = None) -> dict[tuple, SeriesPart]:
    """The figures by series key (``series_key``; figures without one form no
    series). A series holds the figures of one key, and a key without a subject
    reaches other articles only through figures of that key (``_local_roots``),
    so the series of each part alone are the series of the pile, bar two keys
    whose ids collide (``link_series`` then forms the pile's series at once)."""
    original = duplicate_of or {}
    stories = story_of or {}
    grouped: dict[tuple, list[FigureRef]] = {}
    for ref in refs:
        key = series_key(ref.figure)
        if key is not None:
            grouped.setdefault(key, []).append(ref)
    parts = {}
    for key, members in grouped.items():
        dups: dict[str, str] = {}
        story: dict[str, str] = {}
        for ref in members:
            root = original.get(ref.article_id, ref.article_id)
            if root != ref.article_id:
                dups[ref.article_id] = root
            if root in stories:
                story[root] = stories[root]
        parts[key] = SeriesPart(refs=tuple(members), duplicate_of=dups, story_of=story)
    return parts


def series_of_part(part: SeriesPart, demonyms=None, window_days: int = 7) -> tuple[Series, ...]:
    """The series of one part of ``series_partitions``, sorted by id."""
    return _series(list(part.refs), demonyms, window_days, part.duplicate_of, part.story_of)


def link_series(refs: Iterable[FigureRef], demonyms=None, window_days: int = 7,
                duplicate_of: dict[str, str] | None = None,
                story_of: dict[str, str] | None = None, executor=None) -> tuple[Series, ...]:
    """Group figures into series, order each by as_of then publication, and list conflicts.

    ``demonyms`` (the ``Demonyms`` tables) lets "nach japanischen Angaben"
    and "nach Informationen Japans" count as one source. A key without a
    subject forms a series within one article; ``duplicate_of`` (article id ->
    the id of the article it nearly duplicates) lets it span an article and its
    near-duplicates, ``story_of`` (article id -> story id) the articles of one
    story whose figures share an anchor. Output is sorted by series id; the
    result does not depend on the order of ``refs``. The series are formed key
    by key (``series_partitions``), in this process or on ``executor`` (see
    ``chronik.link.partitions``); the result is the same.
    """
    refs = list(refs)
    parts = series_partitions(refs, duplicate_of, story_of)
    stage = partial(series_of_part, demonyms=demonyms, window_days=window_days)
    series = [s for done in map_partitions(stage, parts, executor).values() for s in done]
    if len({s.id for s in series}) < len(series):
        # two keys whose series ids collide make one series of the pile (never seen: a 64-bit hash)
        return _series(refs, demonyms, window_days, duplicate_of or {}, story_of or {})
    return tuple(sorted(series, key=lambda s: s.id))


def _series(refs: list[FigureRef], demonyms, window_days: int, original: dict[str, str],
            story_of: dict[str, str]) -> tuple[Series, ...]:
    root = _local_roots(refs, original, story_of)
    groups: dict[str, list[FigureRef]] = {}
    keys: dict[str, tuple] = {}
    for ref in refs:
        key = series_key(ref.figure)
        if key is None:
            continue
        sid = series_id(ref.figure, root.get((key, original.get(ref.article_id, ref.article_id))))
        if ref.as_of is None:
            ref = FigureRef(figure_id=ref.figure_id, article_id=ref.article_id, published=ref.published,
                            figure=ref.figure, as_of=as_of(ref.figure, ref.published), anchors=ref.anchors)
        groups.setdefault(sid, []).append(ref)
        keys[sid] = series_key(ref.figure)
    out = []
    for sid in sorted(groups):
        members = sorted(groups[sid], key=lambda r: (r.as_of or "", r.published or "", r.figure_id))
        conflicts = _conflicts(members, [_source(r, demonyms) for r in members], window_days)
        predicate, counted, subject = keys[sid]
        label = f"{predicate} {counted}" + (f" ({subject})" if subject else "")
        out.append(Series(id=sid, label=label, counted=counted, predicate=predicate, subject=subject,
                          figure_ids=tuple(r.figure_id for r in members), conflicts=tuple(conflicts)))
    return tuple(out)


# -- export rows ------------------------------------------------------------------------

def figure_id(article_id: str, start: int, end: int) -> str:
    return content_id("figure", article_id, start, end)


def anchors(analysis, figure: Figure, of_mention: dict[tuple[str, int], str]) -> frozenset[str]:
    """The entities (ids, from the entity index's ``of_mention``) named in the figure's sentence,
    the names in its attribution ("laut APA") left out: a shared source says nothing of what is counted."""
    source = figure.attribution or ""
    return frozenset(of_mention[(analysis.article_id, i)] for i, m in enumerate(analysis.mentions)
                     if m.sentence == figure.sentence and (analysis.article_id, i) in of_mention
                     and m.text not in source)


def figure_rows(articles: dict, analyses, index, demonyms=None, duplicate_of: dict[str, str] | None = None,
                story_of: dict[str, str] | None = None, executor=None, *,
                texts: Mapping[str, str] | None = None) -> tuple[list[dict], list[dict]]:
    """The figures of the analyses and their series as export rows; ``executor``: see ``link_series``;
    ``texts``: see ``chronik.link.texts``."""
    texts = texts_of(articles, texts)
    refs, rows = [], {}
    for analysis in analyses:
        article = articles[analysis.article_id]
        for f in analysis.figures:
            fid = figure_id(article.id, f.start, f.end)
            when = as_of(f, article.published)
            refs.append(FigureRef(figure_id=fid, article_id=article.id, published=article.published,
                                  figure=f, as_of=when, anchors=anchors(analysis, f, index.of_mention)))
            rows[fid] = {
                "id": fid, "article": article.id, "text": f.text,
                "sentence": _sentence(texts[article.id], analysis.sentences, f.sentence, f.start),
                "low": _number(f.low), "high": _number(f.high), "bound": f.bound,
                "approx": f.approx, "vague": f.vague, "unit": f.unit, "counted": f.counted,
                "predicate": f.predicate, "subject": f.subject, "attribution": f.attribution,
                "time": f.time, "as_of": when, "series": None,
                "start": f.start, "end": f.end, "published": article.published,
            }
    series_rows = []
    for s in link_series(refs, demonyms=demonyms, duplicate_of=duplicate_of, story_of=story_of,
                         executor=executor):
        for fid in s.figure_ids:
            rows[fid]["series"] = s.id
        series_rows.append({"id": s.id, "label": s.label, "counted": s.counted, "predicate": s.predicate,
                            "subject": s.subject, "figures": list(s.figure_ids),
                            "conflicts": [list(pair) for pair in s.conflicts]})
    ordered = sorted(rows.values(), key=lambda r: (r["published"] or "9999", r["article"], r["start"], r["id"]))
    return ordered, sorted(series_rows, key=lambda r: r["id"])


def _number(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _sentence(text: str, sentences, index: int, start: int) -> str:
    if 0 <= index < len(sentences):
        s = sentences[index]
        return text[s.start:s.end]
    for s in sentences:
        if s.start <= start < s.end:
            return text[s.start:s.end]
    return ""
