"""Anchors: what an item was, so a correction finds it again when its id changed.

Ids are content hashes, and content moves: an event's id holds its date and
participants (a new article can add one), an entity's id its fullest name, a
figure's id its offsets in its article (a new version of the article moves
them). An anchor keeps what identifies the item across such changes: an
event's reports (article and sentence), an entity's name, type and other
forms, a figure's article, source and text. An article is "the same" when its
id or its source (path or URL) is, so a new version of an article still counts.
"""
from __future__ import annotations

from collections.abc import Iterable

from chronik.ids import content_id
from chronik.review.sources import sentence_key


def sentence_hash(text: str) -> str:
    return content_id("sentence", sentence_key(text))


def entity_anchor(row: dict) -> dict:
    return {"label": row["name"], "name": row["name"], "type": row["type"], "aliases": list(row["aliases"])}


def event_anchor(row: dict, source_of: dict[str, str]) -> dict:
    reports = [[ev["article"], source_of.get(ev["article"]), sentence_hash(ev["sentence"])] for ev in row["evidence"]]
    return {"label": row["label"], "type": row["type"], "date": row["date"], "reports": reports}


def quote_anchor(row: dict) -> dict:
    return {"label": _short(row["text"]), "text": row["text"]}


def statement_anchor(row: dict, source_of: dict[str, str]) -> dict:
    """A statement's words in its first article: an indirect one is often told
    in the same words by another speaker's article, so the article counts."""
    return {"label": _short(row["text"]), "text": row["text"], "article": row["article"],
            "source": source_of.get(row["article"])}


def figure_anchor(row: dict, source_of: dict[str, str]) -> dict:
    return {"label": row["text"], "article": row["article"], "source": source_of.get(row["article"]),
            "text": row["text"], "start": row.get("start")}


def anchored_articles(kind: str, row: dict) -> set[str]:
    """The articles whose source the anchor of ``row`` keeps (and a split of an event names)."""
    if kind == "event":
        return {ev["article"] for ev in row["evidence"]} | set(row["articles"])
    if kind in ("figure", "statement"):
        return {row["article"]}
    return set()


def anchor_for(kind: str, row: dict, source_of: dict[str, str]) -> dict:
    if kind == "entity":
        return entity_anchor(row)
    if kind == "event":
        return event_anchor(row, source_of)
    if kind == "figure":
        return figure_anchor(row, source_of)
    if kind == "statement":
        return statement_anchor(row, source_of)
    return quote_anchor(row)


def _short(text: str, size: int = 60) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def same_article(article_id: str, anchor_article: str | None, anchor_source: str | None,
                 source_of: dict[str, str]) -> bool:
    return article_id == anchor_article or (anchor_source is not None and source_of.get(article_id) == anchor_source)


def find_entity(target: str, anchor: dict, entities: dict[str, tuple[str, str, set[str]]]) -> str | None:
    """``entities``: id -> (name, type, forms). By id, else the entity of the
    same type whose forms hold the anchor's name, most shared forms first."""
    if target in entities:
        return target
    forms = {anchor["name"], *anchor.get("aliases", ())}
    best = None
    for eid, (name, etype, have) in entities.items():
        if etype != anchor["type"] or anchor["name"] not in have | {name}:
            continue
        key = (len(forms & (have | {name})), eid)
        if best is None or key > best:
            best = key
    return best[1] if best else None


def find_event(target: str, anchor: dict, events: Iterable[dict], source_of: dict[str, str]) -> str | None:
    """By id, else the event sharing most of the anchor's reports (same
    sentence in the same article)."""
    events = list(events)
    if any(e["id"] == target for e in events):
        return target
    wanted = anchor.get("reports", [])
    best = None
    for e in events:
        have = {(ev["article"], sentence_hash(ev["sentence"])) for ev in e["evidence"]}
        shared = sum(1 for art, src, h in wanted
                     if any(hh == h and same_article(a, art, src, source_of) for a, hh in have))
        if shared:
            key = (shared, e["type"] == anchor.get("type"), e["date"] == anchor.get("date"), e["id"])
            if best is None or key > best:
                best = key
    return best[-1] if best else None


def find_figure(target: str, anchor: dict, figures: Iterable[tuple[str, str, str, int]],
                source_of: dict[str, str]) -> str | None:
    """``figures``: (id, article, text, start). By id, else the figure with
    the same text in the same article, nearest the old position."""
    figures = list(figures)
    if any(f[0] == target for f in figures):
        return target
    start = anchor.get("start") or 0
    hits = [(abs(s - start), fid) for fid, art, text, s in figures
            if text == anchor["text"] and same_article(art, anchor.get("article"), anchor.get("source"), source_of)]
    return min(hits)[1] if hits else None


def find_quote(target: str, anchor: dict, quotes: Iterable[dict]) -> str | None:
    """By id (a hash of the quote's words), else by the same words."""
    quotes = list(quotes)
    if any(q["id"] == target for q in quotes):
        return target
    return next((q["id"] for q in quotes if sentence_key(q["text"]) == sentence_key(anchor["text"])), None)


def find_statement(target: str, anchor: dict, statements: Iterable[dict], source_of: dict[str, str]) -> str | None:
    """By id, else the statement with the same words reported by the anchor's
    article (or a new version of it), else the same words anywhere."""
    statements = list(statements)
    if any(s["id"] == target for s in statements):
        return target
    key = sentence_key(anchor["text"])
    same = [s for s in statements if sentence_key(s["text"]) == key]
    here = [s for s in same if any(same_article(a, anchor.get("article"), anchor.get("source"), source_of)
                                   for a in s["articles"])]
    return (here or same)[0]["id"] if here or same else None
