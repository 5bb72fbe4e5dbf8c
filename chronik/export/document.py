"""The export document: exactly the shape of the acceptance contract
(``articles``, ``entities``, ``timexes``, ``figures``, ``series``, ``quotes``,
``events``, ``statements``, ``stories``), built from a store, in a fixed order."""
from __future__ import annotations

from chronik.review.basis import timex_basis
from chronik.review.corrections import stored_corrections

ARTICLE_FIELDS = ("id", "source", "title", "published", "authors", "agencies", "language", "outlet", "text",
                  "duplicate_of", "story", "versions", "source_group", "channels", "url")
ENTITY_FIELDS = ("id", "name", "type", "aliases", "mentions", "articles", "basis", "reviewed")
TIMEX_FIELDS = ("article", "text", "start", "end", "type", "value", "mod", "basis")
FIGURE_FIELDS = ("id", "article", "text", "sentence", "low", "high", "bound", "approx", "vague", "unit",
                 "counted", "predicate", "subject", "attribution", "time", "as_of", "series", "articles", "sources",
                 "chains", "basis", "needs_review", "reviewed")
SERIES_FIELDS = ("id", "label", "counted", "predicate", "subject", "figures", "conflicts", "sources",
                 "conflict_sources")
QUOTE_FIELDS = ("id", "article", "articles", "text", "speaker", "speaker_name", "via", "sentence", "partial",
                "speaker_basis", "sources", "chains", "basis", "needs_review", "reviewed")
EVENT_FIELDS = ("id", "type", "label", "date", "date_basis", "status", "place", "participants", "roles",
                "predicate", "via", "articles", "evidence", "sources", "variants", "basis", "needs_review",
                "reviewed")
STATEMENT_FIELDS = ("id", "article", "articles", "kind", "text", "start", "end", "cue", "speaker", "speaker_name",
                    "speaker_basis", "via", "addressee", "date", "date_basis", "quote", "event", "sentence",
                    "sources", "basis", "needs_review", "reviewed")
STORY_FIELDS = ("id", "label", "articles", "first", "last", "entities")
CORRECTION_FIELDS = ("id", "seq", "action", "kind", "targets", "anchors", "field", "value", "args", "note",
                     "created", "status", "detail", "matched")

# The type of every export field: a name means the same in every part. With the
# field lists above this is the one definition of the export's rows; the web
# API's models are made from it (``chronik.web.api``), so the two cannot drift.
_NAME = str | None
FIELD_TYPES: dict[str, object] = {
    "id": str, "source": str, "title": _NAME, "published": _NAME, "authors": list[str], "agencies": list[str],
    "language": str, "outlet": _NAME, "text": str, "duplicate_of": _NAME, "story": _NAME, "versions": list[str],
    "source_group": _NAME, "channels": list[dict], "url": _NAME,
    "name": str, "type": str, "aliases": list[str], "mentions": int, "articles": list[str],
    "basis": list[str] | str,  # a time expression's basis is one word
    "reviewed": _NAME,
    "article": str, "start": int, "end": int, "value": object, "mod": _NAME,
    "sentence": _NAME, "low": int | float | None, "high": int | float | None, "bound": _NAME, "approx": bool,
    "vague": bool, "unit": _NAME, "counted": _NAME, "predicate": _NAME, "subject": _NAME, "attribution": _NAME,
    "time": _NAME, "as_of": _NAME, "series": _NAME, "sources": int, "chains": list[dict], "needs_review": bool,
    "label": str, "figures": list[str], "conflicts": list[list[str]], "conflict_sources": list,
    "speaker": _NAME, "speaker_name": _NAME, "via": _NAME, "partial": bool, "speaker_basis": _NAME,
    "date": _NAME, "date_basis": _NAME, "status": str, "place": _NAME, "participants": list[str],
    "roles": list[dict], "evidence": list[dict], "variants": list[dict],
    "first": _NAME, "last": _NAME, "entities": list[str],
    "cue": _NAME, "addressee": _NAME, "quote": _NAME, "event": _NAME,
    "seq": int, "action": str, "kind": str, "targets": list[str], "anchors": list[dict], "field": _NAME,
    "args": list[str], "note": _NAME, "created": _NAME, "detail": _NAME, "matched": list[str],
}


def _pick(row: dict, fields: tuple[str, ...]) -> dict:
    return {f: row.get(f) for f in fields}


PARTS = ("articles", "entities", "timexes", "figures", "series", "quotes", "events", "statements", "stories",
         "corrections")
# The parts that need the articles themselves (their rows, or their order).
_ARTICLE_PARTS = frozenset({"articles", "timexes", "figures", "quotes", "statements"})


def export_document(store, parts: tuple[str, ...] = PARTS) -> dict:
    """The export, or only the listed ``parts`` of it (the CLI's list commands
    need one or two and should not pay for reading every article or analysis)."""
    from chronik.link.versions import current_articles

    # an edited article's latest version only
    current, earlier = current_articles(store) if _ARTICLE_PARTS.intersection(parts) else ([], {})
    articles = sorted(current, key=lambda a: (a.source, a.id))
    position = {a.id: i for i, a in enumerate(articles)}
    build = {
        "articles": lambda: _articles(store, articles, earlier),
        "entities": lambda: [_pick(r, ENTITY_FIELDS) for r in _sorted_entities(store.links("entity"))],
        "timexes": lambda: _timexes(store, position),
        "figures": lambda: [_pick(r, FIGURE_FIELDS) for r in _in_order(store.links("figure"), position, "article")],
        "series": lambda: [_pick(r, SERIES_FIELDS) for r in store.links("series")],
        "quotes": lambda: [_pick(r, QUOTE_FIELDS) for r in _in_order(store.links("quote"), position, "article")],
        "events": lambda: [_pick(r, EVENT_FIELDS) for r in _dated_order(store.links("event"))],
        "statements": lambda: [_pick(r, STATEMENT_FIELDS)
                               for r in _in_order(store.links("statement"), position, "article")],
        "stories": lambda: [_pick(r, STORY_FIELDS) for r in sorted(store.links("story"),
                                                                  key=lambda r: (r.get("first") or "9999", r["id"]))],
        "corrections": lambda: [_pick(c.as_record(), CORRECTION_FIELDS) for c in stored_corrections(store)],
    }
    return {name: build[name]() for name in PARTS if name in parts}


def _articles(store, articles, earlier: dict[str, list[str]]) -> list[dict]:
    links = {a["id"]: a for a in store.links("article")}
    rows = []
    for a in articles:
        link = links.get(a.id, {})
        rows.append({
            "id": a.id, "source": a.source, "title": a.title, "published": a.published,
            "authors": list(a.authors), "agencies": list(a.agencies), "language": a.language,
            "outlet": a.outlet, "text": a.text, "duplicate_of": link.get("duplicate_of"),
            "story": link.get("story"), "versions": earlier.get(a.id, []),
            "source_group": link.get("source_group", a.id), "channels": link.get("channels", []),
            "url": a.url,
        })
    return rows


def _timexes(store, position: dict[str, int]) -> list[dict]:
    rows = []
    current = (x for x in store.analyses() if x.article_id in position)
    for analysis in sorted(current, key=lambda x: position[x.article_id]):
        for t in analysis.timexes:
            rows.append({"article": analysis.article_id, "text": t.text, "start": t.start, "end": t.end,
                         "type": t.type, "value": t.value, "mod": t.mod,
                         "basis": timex_basis(t.anchor, t.value, t.type)})
    return rows


def _sorted_entities(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: (-r["mentions"], r["name"], r["id"]))


def _in_order(rows: list[dict], position: dict[str, int], key: str) -> list[dict]:
    return sorted(rows, key=lambda r: (position.get(r[key], 0), r.get("start") or 0, r["id"]))


def _dated_order(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: (r.get("date") is None, r.get("date") or "", r["id"]))
