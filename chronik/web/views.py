"""What each page shows, as plain data: filters, paging and lookups over a
``Snapshot``. The HTML pages and the JSON API both call these, so the two
always agree."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from math import ceil

from markupsafe import Markup, escape

from chronik.chronicle import dated_within, entity_ids, quotes_of
from chronik.export.timelinejs import start_date, to_timelinejs
from chronik.ids import content_id
from chronik.store.folding import fold, snippet
from chronik.web.snapshot import Snapshot, StoreView

PER_PAGE = 50
MAX_PER_PAGE = 500
# Search reads no further than this many hits (the store builds a snippet for
# every hit it returns, ~2 ms each on news articles).
SEARCH_LIMIT = 500
# Fields the pages lay out themselves; any other field of a row (later work
# adds trust fields such as ``basis`` or ``needs_review``) is shown as a tag.
# The trust fields (``trust`` in the templates) are laid out next to the articles.
TRUST_SHOWN = ("sources", "basis", "needs_review", "reviewed")
EVENT_SHOWN = ("id", "type", "label", "date", "date_basis", "status", "place", "participants", "articles", "evidence",
               *TRUST_SHOWN)
QUOTE_SHOWN = ("id", "article", "articles", "text", "speaker", "speaker_name", "via", "sentence", "partial",
               "speaker_basis", *TRUST_SHOWN)
# How an item was obtained (``chronik.review.basis``), in words.
BASIS_LABELS = {
    "text": "read in the text", "speaker_pronoun": "speaker from a pronoun", "speaker_role": "speaker from a role noun",
    "speaker_carried": "speaker from an earlier sentence",
    "speaker_unknown": "speaker unknown", "date_published": "date = publication date", "undated": "no date",
    "merged_differing": "merged reports differ", "vague": "vague figure", "as_of_published": "as of publication",
    "corrected": "corrected",
}
# Where each kind of item has its page, and its list.
ITEM_PATHS = {"event": "/events/", "quote": "/quotes/", "statement": "/statements/", "figure": "/figures/",
              "entity": "/entities/"}
LIST_PATHS = {"event": "/timeline", "quote": "/quotes", "statement": "/quotes?kind=all", "figure": "/figures",
              "entity": "/entities"}
# Private-use characters mark query terms in a snippet until it is escaped.
_MARK = ("\ue000", "\ue001")


@dataclass(frozen=True, slots=True, kw_only=True)
class Page:
    """One page of a longer list."""

    items: list
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, ceil(self.total / self.per_page))

    def as_dict(self) -> dict:
        return {"total": self.total, "page": self.page, "per_page": self.per_page, "pages": self.pages,
                "items": self.items}


def paginate(rows: list, page: int, per_page: int = PER_PAGE) -> Page:
    per_page = max(1, min(per_page, MAX_PER_PAGE))
    last = max(1, ceil(len(rows) / per_page))
    page = max(1, min(page, last))
    return Page(items=rows[(page - 1) * per_page: page * per_page], total=len(rows), page=page, per_page=per_page)


def sentence_anchor(sentence: str | None) -> str:
    """The HTML id of a sentence in its article page: derived from the
    sentence text, so any row that quotes the sentence can link to it."""
    return "s-" + content_id("sentence", sentence or "")[:10]


def evidence_url(article_id: str, sentence: str | None = None) -> str:
    return f"/articles/{article_id}" + (f"#{sentence_anchor(sentence)}" if sentence else "")


def extra_tags(row: dict, shown: tuple[str, ...]) -> list[tuple[str, str]]:
    """(label, tooltip) for each field the page does not lay out itself:
    scalars and lists of scalars as they are, nested data as a count with
    the JSON in the tooltip; false and empty values are left out."""
    tags = []
    for key, value in row.items():
        if key in shown or value in (None, False, "", [], {}):
            continue
        name = key.replace("_", " ")
        if value is True:
            tags.append((name, key))
        elif isinstance(value, (str, int, float)):
            tags.append((f"{name}: {value}", key))
        elif isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
            tags.append((f"{name}: {', '.join(map(str, value))}", key))
        else:
            count = len(value) if isinstance(value, (list, dict)) else 1
            tags.append((f"{name}: {count}", json.dumps(value, ensure_ascii=False, sort_keys=True)))
    return tags


# -- labels ------------------------------------------------------------------
def article_label(article: dict | None) -> str:
    """Title, else the start of the text, else the source's file name."""
    if article is None:
        return "unknown article"
    if article["title"]:
        return article["title"]
    first = article["text"].strip().split("\n", 1)[0]
    if first:
        return first if len(first) <= 90 else first[:87].rsplit(" ", 1)[0] + " …"
    return article["source"].rsplit("/", 1)[-1]


def source_label(article: dict | None) -> str:
    """Where and when: outlet (or file name) and publication date."""
    if article is None:
        return "unknown source"
    where = article["outlet"] or article["source"].rsplit("/", 1)[-1]
    return f"{where}, {(article['published'] or 'undated')[:10]}"


def date_span(value: str | None) -> tuple[str, str | None] | None:
    """Where a TIMEX value sits on a time axis: a day is a point, a month, a
    quarter, a season or a year is a range over all of it."""
    when = start_date(value)
    if when is None:
        return None
    year, month = when["year"], when.get("month", 1)
    first = date(year, month, when.get("day", 1))
    if "day" in when and "display_date" not in when:
        clock = f"T{when['hour']:02d}:{when['minute']:02d}" if "hour" in when else ""
        return first.isoformat() + clock, None
    part = (value or "")[5:]
    if "day" in when:  # a week ("2025-W33"), from its Monday
        return first.isoformat(), (first + timedelta(days=7)).isoformat()
    months = 12 if "month" not in when else 6 if part.startswith("H") else 3 if "display_date" in when else 1
    following = month - 1 + months
    return first.isoformat(), date(year + following // 12, following % 12 + 1, 1).isoformat()


def timeline_item(event: dict) -> dict | None:
    """An event as a timeline widget item; a click leads to its first evidence."""
    span = date_span(event["date"])
    if span is None:
        return None
    first = event["evidence"][0] if event["evidence"] else None
    url = evidence_url(first["article"], first["sentence"]) if first else f"/events/{event['id']}"
    return {"id": event["id"], "label": event["label"], "start": span[0], "end": span[1], "url": url,
            "className": event["status"]}


# -- filters -----------------------------------------------------------------
def matching_entities(snap: Snapshot, name: str | None) -> set[str] | None:
    """Entity ids a filter value means: an id (the pages link with ids), else
    what ``chronik timeline --entity`` takes: a name or alias."""
    if name and name in snap.entity_by_id:
        return {name}
    return entity_ids(snap.entities, name)


def flagged(rows: list[dict], needs_review: bool) -> list[dict]:
    """The rows a user should check (``needs_review``), or all of them."""
    return [r for r in rows if r.get("needs_review")] if needs_review else rows


def filter_events(snap: Snapshot, entity: str | None = None, start: str | None = None, end: str | None = None,
                  etype: str | None = None, needs_review: bool = False) -> list[dict]:
    """Events in date order; a date range keeps dated events whose date
    (as an ISO prefix) lies within it."""
    wanted = matching_entities(snap, entity)
    rows = snap.events if wanted is None else [e for e in snap.events if wanted & set(e["participants"])]
    rows = flagged(rows, needs_review)
    if etype:
        rows = [e for e in rows if e["type"] == etype]
    if start or end:
        rows = [e for e in rows if dated_within(e["date"], start, end)]
    return rows


def filter_entities(snap: Snapshot, etype: str | None = None, query: str | None = None) -> list[dict]:
    rows = snap.entities
    if etype:
        rows = [e for e in rows if e["type"] == etype]
    if query:
        key = fold(query)
        rows = [e for e in rows if key in fold(e["name"]) or any(key in fold(a) for a in e["aliases"])]
    return rows


def filter_quotes(snap: Snapshot, speaker: str | None = None, query: str | None = None,
                  needs_review: bool = False) -> list[dict]:
    return _said(snap, flagged(snap.quotes, needs_review), speaker, query)


def _said(snap: Snapshot, rows: list[dict], speaker: str | None, query: str | None) -> list[dict]:
    """Quotes or statements of a speaker, with words in them."""
    if speaker:
        rows = quotes_of(rows, matching_entities(snap, speaker) or set(), speaker)
    if query:
        key = fold(query)
        rows = [q for q in rows if key in fold(q["text"])]
    return rows


STATEMENT_KINDS = ("direct", "indirect", "reported")


def filter_statements(snap: Snapshot, kind: str = "all", speaker: str | None = None,
                      query: str | None = None) -> list[dict]:
    """Statements of one kind (or ``all``), of a speaker, with words in them."""
    return _said(snap, [s for s in snap.statements if kind == "all" or s["kind"] == kind], speaker, query)


def filter_articles(snap: Snapshot, outlet: str | None = None, story: str | None = None) -> list[dict]:
    rows = snap.articles
    if outlet:
        rows = [a for a in rows if a["outlet"] == outlet]
    if story:
        rows = [a for a in rows if a["story"] == story]
    return rows


def sorted_series(snap: Snapshot, query: str | None = None, needs_review: bool = False) -> list[dict]:
    """Series with the most figures first: the measures reported most often;
    with ``needs_review``, those with a figure to check."""
    rows = snap.series
    if query:
        key = query.lower()
        rows = [s for s in rows if key in s["label"].lower()]
    if needs_review:
        rows = [s for s in rows if any(snap.figures[f].get("needs_review") for f in s["figures"])]
    return sorted(rows, key=lambda s: (-len(s["figures"]), s["label"], s["id"]))


def filter_figures(snap: Snapshot, article: str | None = None, series: str | None = None,
                   needs_review: bool = False) -> list[dict]:
    rows = snap.figures_of_article.get(article, []) if article else list(snap.figures.values())
    if series:
        rows = [f for f in rows if f["series"] == series]
    return flagged(rows, needs_review)


# -- review and corrections -----------------------------------------------------
class SnapshotRows:
    """The snapshot's rows behind the one store method ``review_queue``
    reads (``links``): the queue is the library's, without a database read."""

    def __init__(self, snap: Snapshot) -> None:
        self._rows = {"event": snap.events, "quote": snap.quotes, "statement": snap.statements,
                      "figure": list(snap.figures.values()),
                      "series": snap.series, "entity": snap.entities}

    def links(self, kind: str) -> list[dict]:
        return self._rows[kind]


def item_url(kind: str, item_id: str) -> str:
    return ITEM_PATHS[kind] + item_id


def find_row(snap: Snapshot, kind: str, item_id: str) -> dict | None:
    if kind == "event":
        return snap.event_by_id.get(item_id)
    if kind == "figure":
        return snap.figures.get(item_id)
    if kind == "entity":
        return snap.entity_by_id.get(item_id)
    if kind == "statement":
        return snap.statement_by_id.get(item_id)
    return snap.quote_by_id.get(item_id)


def first_evidence(kind: str, row: dict) -> tuple[str, str | None] | None:
    """(article, sentence) an item was read from first."""
    if kind == "event":
        return (row["evidence"][0]["article"], row["evidence"][0]["sentence"]) if row["evidence"] else None
    return row["article"], row.get("sentence")


def review_items(snap: Snapshot) -> list[dict]:
    """``chronik review``'s queue, most consequential first, with the links
    a page needs: the item and the sentence it was read from."""
    from chronik.review import review_queue

    out = []
    for item in review_queue(SnapshotRows(snap)):
        row = find_row(snap, item.kind, item.id)
        where = first_evidence(item.kind, row) if row else None
        out.append({"kind": item.kind, "id": item.id, "label": item.label, "reasons": list(item.reasons),
                    "articles": list(item.articles), "sources": item.sources, "weight": item.weight,
                    "url": item_url(item.kind, item.id),
                    "evidence": {"article": where[0], "sentence": where[1], "url": evidence_url(*where)}
                    if where else None})
    return out


def landing(snap: Snapshot, correction, fallback: str) -> str:
    """Where a user goes after a correction: its item, or where the item went
    (a merge keeps one, a split names the new one), else ``fallback``."""
    for ident in (*correction.targets[:1], *correction.matched):
        if find_row(snap, correction.kind, ident) is not None:
            return item_url(correction.kind, ident)
    return fallback


def resolve_entity(snap: Snapshot, text: str) -> str:
    """An entity id for what a user typed: an id, or a name or alias only one
    entity has; anything else goes to the library as it is (an id prefix)."""
    text = text.strip()
    if text in snap.entity_by_id:
        return text
    key = text.lower()
    exact = [e["id"] for e in snap.entities
             if key == e["name"].lower() or key in (a.lower() for a in e["aliases"])]
    return exact[0] if len(exact) == 1 else text


def merge_candidates(snap: Snapshot, event: dict, limit: int = 50) -> list[dict]:
    """Events a user may mean to merge with ``event``: those sharing a
    participant or its type and month, in date order."""
    people = set(event["participants"])
    month = (event["date"] or "")[:7]
    rows = [e for e in snap.events if e["id"] != event["id"] and (
        people & set(e["participants"]) or (e["type"] == event["type"] and month and (e["date"] or "")[:7] == month))]
    return rows[:limit]


# -- composite pages ---------------------------------------------------------
def overview(snap: Snapshot) -> dict:
    dates = sorted(a["published"][:10] for a in snap.articles if a["published"])
    return {
        "articles": len(snap.articles), "entities": len(snap.entities), "events": len(snap.events),
        "dated_events": sum(1 for e in snap.events if e["date"]), "quotes": len(snap.quotes),
        "figures": len(snap.figures), "series": len(snap.series), "stories": len(snap.stories),
        "outlets": len(snap.outlets), "first": dates[0] if dates else None, "last": dates[-1] if dates else None,
        "undated_articles": len(snap.articles) - len(dates),
    }


def store_overview(view: StoreView) -> dict:
    """``overview`` of the current snapshot, computed once per snapshot."""
    return view.derived("overview", overview)


def timelinejs(snap: Snapshot, entity: str | None = None, start: str | None = None, end: str | None = None,
               etype: str | None = None) -> dict:
    """What ``chronik export --format timelinejs`` writes, for the events the filters keep."""
    events = filter_events(snap, entity, start, end, etype)
    return to_timelinejs({"articles": snap.articles, "entities": snap.entities, "events": events}).data


def entity_figures(snap: Snapshot, entity: dict) -> list[dict]:
    """Series about the entity (its subject) or with a figure it is credited with."""
    names = {entity["name"].lower(), *(a.lower() for a in entity["aliases"])}
    out = []
    for s in snap.series:
        if (s["subject"] or "").lower() in names or any(
                (snap.figures[f]["attribution"] or "").lower() in names for f in s["figures"]):
            out.append(s)
    return out


def search(view: StoreView, query: str, page: int, per_page: int) -> tuple[Page, bool]:
    """One page of hits, and whether there are more than it counts: the store
    is asked for the hits up to this page and one more, never for all."""
    if not query.strip():
        return paginate([], 1, per_page), False
    wanted = max(1, page) * max(1, min(per_page, MAX_PER_PAGE))
    hits = view.search(query, min(wanted, SEARCH_LIMIT) + 1)
    paged = paginate(hits, page, per_page)
    rows = search_hits(view.snapshot(), paged.items, query)
    return Page(items=rows, total=paged.total, page=paged.page, per_page=paged.per_page), len(hits) > wanted


def search_hits(snap: Snapshot, hits: list, query: str) -> list[dict]:
    """Hits with a snippet in which the query terms are ``<mark>``ed (all
    else escaped)."""
    rows = []
    for h in hits:
        article = snap.article_by_id.get(h.article_id)
        text = article["text"] if article else ""
        clean = text.replace(_MARK[0], "").replace(_MARK[1], "")
        # One snippet, marked with characters the text cannot hold: brackets
        # for the plain one, <mark> once the rest is escaped.
        cut = _whole_words(snippet(clean, query, mark=_MARK))
        html = Markup(str(escape(cut)).replace(_MARK[0], "<mark>").replace(_MARK[1], "</mark>"))
        rows.append({"article": h.article_id, "published": h.published, "title": h.title, "source": h.source,
                     "label": article_label(article) if article else h.source, "snippet_html": html,
                     "snippet": cut.replace(_MARK[0], "[").replace(_MARK[1], "]")})
    return rows


def _whole_words(cut: str) -> str:
    """A snippet without the broken word at either cut end ("…ng an" -> "…an")."""
    if cut.startswith("…") and " " in cut[1:40]:
        cut = "…" + cut[1:].split(" ", 1)[1]
    if cut.endswith("…") and " " in cut[-40:-1]:
        cut = cut[:-1].rsplit(" ", 1)[0] + " …"
    return cut


# -- review queue, corrections, changes (cached per snapshot) ---------------------
def review_page_rows(view: StoreView, kind: str | None = None) -> list[dict]:
    """The review queue of the current snapshot (computed once per snapshot),
    optionally of one kind."""
    rows = view.derived("review", review_items)
    return [r for r in rows if r["kind"] == kind] if kind else rows


def corrections(view: StoreView, only_stale: bool = False) -> list:
    """The store's corrections in replay order (``chronik correct list``)."""
    from chronik.review import stale_corrections, stored_corrections

    return view.derived(("corrections", only_stale),
                        lambda _snap: view.read(stale_corrections if only_stale else stored_corrections))


def correction_row(c) -> dict:
    return {**c.as_record(), "description": c.describe()}


def changes(view: StoreView, since: str):
    """``chronik changes --since``: a ``link.changes.Changes``. ``since`` is
    checked here so a bad one reads as the page's parameter, not the CLI's."""
    from chronik.link.changes import changes_since
    from chronik.link.versions import parse_time

    when = parse_time(since, "since")
    return view.derived(("changes", when), lambda _snap: view.read(lambda store: changes_since(store, when)))


def last_build_day(view: StoreView) -> str | None:
    """The day of the latest build that recorded new items: the default
    ``since`` of the changes page (what that build added)."""
    from chronik.link.changes import SEEN_KIND

    def latest(store) -> str | None:
        times = [r["seen"] for r in store.records(SEEN_KIND) if r.get("seen")]
        return max(times)[:10] if times else None
    return view.derived("last_build_day", lambda _snap: view.read(latest))


def item_url_guess(snap: Snapshot, item_id: str) -> str | None:
    """The page of whatever item has this id (for a "back" link)."""
    for kind in ITEM_PATHS:
        if find_row(snap, kind, item_id) is not None:
            return item_url(kind, item_id)
    return None
