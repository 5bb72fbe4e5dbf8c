"""What the chronicle gained since a given time.

Each link run keeps a record (kind ``seen``) of the first time it saw each
item. Linked rows are rebuilt from scratch every time, so the records are
keyed by content that survives a re-link, not by row ids:
- an event by its evidence (the reporting article's first version, and the
  sentence). Merging in a new report can change an event's id, because the id
  hashes its date, participants and place; the sentences that reported it
  stay. An event is new when every sentence that reports it is new;
- a quote by its id (a hash of its words);
- a figure by its article's first version, its sentence and its words; a
  series' latest value by the series id and the value; a conflict by its two
  figures.
An event's disagreement (reports giving different dates or places, its
``variants``) needs no record of its own: it is new when the second differing
value was first seen at or after the time asked for, and each value was first
seen with the evidence that carries it.
Items linked before the first recorded run have no record and never show.
"""
from __future__ import annotations

from dataclasses import dataclass

from chronik.ids import content_id
from chronik.link.versions import first_read, lineage_roots, load_versions, parse_time

SEEN_KIND = "seen"


def _root(article_id: str, roots: dict[str, str]) -> str:
    return roots.get(article_id, article_id)


def evidence_keys(event: dict, roots: dict[str, str], articles=None) -> list[str]:
    """The keys of the event's evidence (only from ``articles`` when given)."""
    return [content_id(SEEN_KIND, "evidence", _root(e["article"], roots), e["sentence"]) for e in event["evidence"]
            if articles is None or e["article"] in articles]


def quote_key(quote: dict) -> str:
    return content_id(SEEN_KIND, "quote", quote["id"])


def figure_key(figure: dict, roots: dict[str, str]) -> str:
    return content_id(SEEN_KIND, "figure", _root(figure["article"], roots), figure["sentence"], figure["text"])


def value_key(series_id: str, figure: dict) -> str:
    return content_id(SEEN_KIND, "value", series_id, figure["low"], figure["high"], figure["bound"])


def conflict_key(a: str, b: str) -> str:
    return content_id(SEEN_KIND, "conflict", *sorted((a, b)))


# What the record of a key keeps when that is only its kind: one shared,
# never changed dict each (a big link observes hundreds of thousands of keys).
_EVIDENCE, _QUOTE, _FIGURE, _CONFLICT = ({"what": w} for w in ("evidence", "quote", "figure", "conflict"))


def _observations(rows: dict[str, list[dict]], roots: dict[str, str], known: set[str]) -> dict[str, dict]:
    """Every key the linked rows hold and ``known`` does not, with what its
    record keeps: a link of a store seen before finds few new keys, and
    gathering all of them first cost 57 MiB at 30,000 articles (now 24)."""
    found: dict[str, dict] = {}

    def see(key: str, data: dict) -> None:
        if key not in known:
            found[key] = data
    for event in rows.get("event", ()):
        for key in evidence_keys(event, roots):
            see(key, _EVIDENCE)
    for quote in rows.get("quote", ()):
        see(quote_key(quote), _QUOTE)
    figures = {f["id"]: f for f in rows.get("figure", ())}
    for series in rows.get("series", ()):
        keys = {fid: figure_key(figures[fid], roots) for fid in series["figures"]}
        for key in keys.values():
            see(key, _FIGURE)
        latest = figures[series["figures"][-1]]
        see(value_key(series["id"], latest), {"what": "value", "series": series["id"], "text": latest["text"],
                                              "low": latest["low"], "high": latest["high"]})
        for a, b in series["conflicts"]:
            see(conflict_key(keys[a], keys[b]), _CONFLICT)
    return found


def record_first_seen(store, rows: dict[str, list[dict]], now: str, versions: list | None = None) -> int:
    """Keep the first-seen time of every item in ``rows`` not seen before;
    returns how many were new. ``versions``: the store's version records,
    when the caller has read them already."""
    roots = lineage_roots(load_versions(store) if versions is None else versions)
    known = store.record_ids(SEEN_KIND)
    new = [{"id": key, "seen": now, **data} for key, data in sorted(_observations(rows, roots, known).items())]
    if new:
        store.put_records(SEEN_KIND, new)
    return len(new)


@dataclass(frozen=True, slots=True, kw_only=True)
class Changes:
    """What was first seen at or after ``since``; each row has ``first_seen``."""

    since: str
    articles: tuple[dict, ...]   # new articles and new versions (``edit``)
    events: tuple[dict, ...]
    quotes: tuple[dict, ...]
    figures: tuple[dict, ...]    # series with a new figure or a changed latest value
    conflicts: tuple[dict, ...]  # figure pairs, with their series
    event_conflicts: tuple[dict, ...] = ()  # events whose reports came to differ on a date or place

    def is_empty(self) -> bool:
        return not (self.articles or self.events or self.quotes or self.figures or self.conflicts
                    or self.event_conflicts)

    def as_dict(self) -> dict:
        return {"since": self.since, "articles": list(self.articles), "events": list(self.events),
                "quotes": list(self.quotes), "figures": list(self.figures), "conflicts": list(self.conflicts),
                "event_conflicts": list(self.event_conflicts)}


def changes_since(store, since: str) -> Changes:
    """What the chronicle gained at or after ``since`` (an ISO date or
    date-time; UTC when it names no zone)."""
    since = parse_time(since, "--since")
    seen = {r["id"]: r for r in store.records(SEEN_KIND)}
    versions = load_versions(store)
    roots = lineage_roots(versions)

    def first(keys: list[str]) -> str | None:
        times = [seen[k]["seen"] for k in keys if k in seen]
        return min(times) if times else None

    def new(row: dict, keys: list[str]) -> dict | None:
        when = first(keys)
        return {**row, "first_seen": when} if when is not None and when >= since else None

    event_rows = store.links("event")
    events = [e for e in (new(r, evidence_keys(r, roots)) for r in event_rows) if e]
    quotes = [q for q in (new(r, [quote_key(r)]) for r in store.links("quote")) if q]
    figures, conflicts = _series_changes(store, seen, roots, since)
    return Changes(
        since=since,
        articles=tuple(_new_articles(store, versions, since)),
        events=tuple(sorted(events, key=lambda e: (e["date"] is None, e["date"] or "", e["id"]))),
        quotes=tuple(sorted(quotes, key=lambda q: (q["first_seen"], q.get("published") or "9999", q["id"]))),
        figures=tuple(figures),
        conflicts=tuple(conflicts),
        event_conflicts=tuple(_event_conflicts(event_rows, seen, roots, since)),
    )


def _event_conflicts(events: list[dict], seen: dict[str, dict], roots: dict[str, str], since: str) -> list[dict]:
    """Events whose reports disagree on a field since ``since``: before it,
    at most one value of the field had been seen."""
    rows = []
    for event in events:
        by_field: dict[str, list[dict]] = {}
        for variant in event.get("variants", ()):
            times = [seen[k]["seen"] for k in evidence_keys(event, roots, set(variant["articles"])) if k in seen]
            if times:
                by_field.setdefault(variant["field"], []).append({**variant, "first_seen": min(times)})
        for field, values in sorted(by_field.items()):
            if len(values) < 2:
                continue
            when = sorted(v["first_seen"] for v in values)[1]  # the second value made it a disagreement
            if when >= since:
                rows.append({"event": event["id"], "label": event["label"], "date": event["date"],
                             "field": field, "values": values, "first_seen": when})
    return sorted(rows, key=lambda r: (r["first_seen"], r["date"] or "9999", r["event"], r["field"]))


def _new_articles(store, versions, since: str) -> list[dict]:
    current = {r["id"] for r in store.links("article")}
    rows = []
    for article_id, (when, edit) in first_read(versions).items():
        if article_id not in current or when is None or when < since:
            continue
        article = store.article(article_id)
        if article is None:
            continue
        rows.append({"id": article.id, "source": article.source, "title": article.title,
                     "published": article.published, "edit": edit, "first_seen": when})
    return sorted(rows, key=lambda r: (r["first_seen"], r["published"] or "9999", r["id"]))


def _series_changes(store, seen: dict[str, dict], roots: dict[str, str], since: str) -> tuple[list, list]:
    figures = {f["id"]: f for f in store.links("figure")}
    values: dict[str, list[dict]] = {}
    for record in seen.values():
        if record.get("what") == "value":
            values.setdefault(record["series"], []).append(record)
    moved, conflicts = [], []
    for series in sorted(store.links("series"), key=lambda s: (s["label"], s["id"])):
        keys = {fid: figure_key(figures[fid], roots) for fid in series["figures"]}
        when = {fid: seen[k]["seen"] for fid, k in keys.items() if k in seen}
        latest = figures[series["figures"][-1]]
        now = seen.get(value_key(series["id"], latest))
        earlier = [v for v in values.get(series["id"], ()) if v["seen"] < since]
        before = max(earlier, key=lambda v: (v["seen"], v["id"])) if earlier else None
        changed = now is not None and now["seen"] >= since and before is not None
        added = [fid for fid in series["figures"] if when.get(fid, "") >= since]
        if added or changed:
            moved.append({
                "id": series["id"], "label": series["label"],
                "figures": [_figure(figures[f]) for f in added],
                "latest": _figure(latest),
                "before": {k: before[k] for k in ("text", "low", "high")} if changed else None,
                "first_seen": min([when[f] for f in added] + ([now["seen"]] if changed else [])),
            })
        for a, b in series["conflicts"]:
            record = seen.get(conflict_key(keys[a], keys[b]))
            if record is not None and record["seen"] >= since:
                conflicts.append({"series": series["id"], "label": series["label"], "figures": [a, b],
                                  "texts": [figures[a]["text"], figures[b]["text"]], "first_seen": record["seen"]})
    return moved, conflicts


def _figure(row: dict) -> dict:
    return {k: row.get(k) for k in ("id", "article", "text", "low", "high", "as_of", "attribution")}
