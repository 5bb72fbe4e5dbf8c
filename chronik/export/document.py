"""The export document: exactly the shape of the acceptance contract
(``articles``, ``entities``, ``timexes``, ``figures``, ``series``, ``quotes``,
``events``, ``stories``), built from a store, in a fixed order."""
from __future__ import annotations

ARTICLE_FIELDS = ("id", "source", "title", "published", "authors", "agencies", "language", "outlet", "text",
                  "duplicate_of", "story")
ENTITY_FIELDS = ("id", "name", "type", "aliases", "mentions", "articles")
TIMEX_FIELDS = ("article", "text", "start", "end", "type", "value", "mod")
FIGURE_FIELDS = ("id", "article", "text", "sentence", "low", "high", "bound", "approx", "vague", "unit",
                 "counted", "predicate", "subject", "attribution", "time", "as_of", "series")
SERIES_FIELDS = ("id", "label", "counted", "predicate", "subject", "figures", "conflicts")
QUOTE_FIELDS = ("id", "article", "articles", "text", "speaker", "speaker_name", "via", "sentence", "partial",
                "speaker_basis")
EVENT_FIELDS = ("id", "type", "label", "date", "date_basis", "status", "place", "participants", "articles",
                "evidence")
STORY_FIELDS = ("id", "label", "articles", "first", "last", "entities")


def _pick(row: dict, fields: tuple[str, ...]) -> dict:
    return {f: row.get(f) for f in fields}


PARTS = ("articles", "entities", "timexes", "figures", "series", "quotes", "events", "stories")


def export_document(store, parts: tuple[str, ...] = PARTS) -> dict:
    """The export, or only the listed ``parts`` of it (the CLI's list commands
    need one or two and should not pay for reading every analysis)."""
    articles = sorted(store.articles(), key=lambda a: (a.source, a.id))
    position = {a.id: i for i, a in enumerate(articles)}
    build = {
        "articles": lambda: _articles(store, articles),
        "entities": lambda: [_pick(r, ENTITY_FIELDS) for r in _sorted_entities(store.links("entity"))],
        "timexes": lambda: _timexes(store, position),
        "figures": lambda: [_pick(r, FIGURE_FIELDS) for r in _in_order(store.links("figure"), position, "article")],
        "series": lambda: [_pick(r, SERIES_FIELDS) for r in store.links("series")],
        "quotes": lambda: [_pick(r, QUOTE_FIELDS) for r in _in_order(store.links("quote"), position, "article")],
        "events": lambda: [_pick(r, EVENT_FIELDS) for r in _dated_order(store.links("event"))],
        "stories": lambda: [_pick(r, STORY_FIELDS) for r in sorted(store.links("story"),
                                                                  key=lambda r: (r.get("first") or "9999", r["id"]))],
    }
    return {name: build[name]() for name in PARTS if name in parts}


def _articles(store, articles) -> list[dict]:
    links = {a["id"]: a for a in store.links("article")}
    rows = []
    for a in articles:
        link = links.get(a.id, {})
        rows.append({
            "id": a.id, "source": a.source, "title": a.title, "published": a.published,
            "authors": list(a.authors), "agencies": list(a.agencies), "language": a.language,
            "outlet": a.outlet, "text": a.text, "duplicate_of": link.get("duplicate_of"),
            "story": link.get("story"),
        })
    return rows


def _timexes(store, position: dict[str, int]) -> list[dict]:
    rows = []
    for analysis in sorted(store.analyses(), key=lambda x: position.get(x.article_id, 0)):
        for t in analysis.timexes:
            rows.append({"article": analysis.article_id, "text": t.text, "start": t.start, "end": t.end,
                         "type": t.type, "value": t.value, "mod": t.mod})
    return rows


def _sorted_entities(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: (-r["mentions"], r["name"], r["id"]))


def _in_order(rows: list[dict], position: dict[str, int], key: str) -> list[dict]:
    return sorted(rows, key=lambda r: (position.get(r[key], 0), r.get("start") or 0, r["id"]))


def _dated_order(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: (r.get("date") is None, r.get("date") or "", r["id"]))
