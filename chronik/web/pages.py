"""The HTML pages: each reads the snapshot through ``views`` and renders one
autoescaped Jinja2 template. Filters and page numbers live in the query
string, so every view can be shared as a link."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import fields
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, StrictUndefined

from chronik.errors import ChronikError
from chronik.export.jsonfile import to_json
from chronik.records import Analysis
from chronik.review.queue import KINDS as REVIEW_KINDS
from chronik.web import views
from chronik.web.highlight import article_spans, render
from chronik.web.snapshot import Snapshot, StoreView
from chronik.web.svgchart import series_svg

router = APIRouter(include_in_schema=False)

ENV = Environment(loader=PackageLoader("chronik.web", "templates"), autoescape=True, undefined=StrictUndefined)
ENV.globals.update(evidence_url=views.evidence_url, sentence_anchor=views.sentence_anchor,
                   source_label=views.source_label, article_label=views.article_label,
                   quote_fields=views.QUOTE_SHOWN, event_fields=views.EVENT_SHOWN, extra_tags=views.extra_tags,
                   max_per_page=views.MAX_PER_PAGE, basis_labels=views.BASIS_LABELS, item_url=views.item_url,
                   list_paths=views.LIST_PATHS, find_row=views.find_row)
# Lists on an entity page before they link on to the full, paged list.
ENTITY_LIMIT = 20
SERIES_PER_PAGE = 10
TABLE_ROWS = 12
SERIES_TABLE_PER_PAGE = 100
TIMELINE_PER_PAGE = 50
# Reports quoted per event in the timeline list; the event's page has them all.
TIMELINE_EVIDENCE = 3
SEARCH_PER_PAGE = 20
REVIEW_PER_PAGE = 50
# Rows per section of the changes page (all of them are in /api/changes).
CHANGES_SHOWN = 100
# Entity names offered when merging entities (a datalist; any name or id works).
MERGE_NAMES = 200


def _page(request: Request, template: str, nav: str = "", status: int = 200, **context) -> HTMLResponse:
    state = request.app.state
    html = ENV.get_template(template).render(nav=nav, store_name=state.store_name, edit=state.view.writable,
                                             token=state.token if state.view.writable else "",
                                             here=_here(request), last_build=views.last_build_day(state.view),
                                             search_query=context.pop("search_query", ""), **context)
    return HTMLResponse(html, status_code=status)


def _not_found(request: Request, message: str) -> HTMLResponse:
    return _page(request, "not_found.html", message=message, status=404)


def _here(request: Request) -> str:
    """This page's path and query: where a form on it sends the user back to."""
    return request.url.path + (f"?{request.url.query}" if request.url.query else "")


def _fields(kind: str, row: dict) -> list[tuple[str, str]]:
    """(field, current value as a form shows it) for each field ``chronik
    correct set`` may set on a ``kind`` item."""
    from chronik.review.corrections import FIELDS

    shown = {"speaker": row.get("speaker_name")}
    out = []
    for name in FIELDS[kind]:
        value = shown[name] if kind in ("quote", "statement") and name in shown else row.get(name)
        out.append((name, "" if value is None else str(value).lower() if isinstance(value, bool) else str(value)))
    return out


def _page_url(request: Request, param: str = "page") -> Callable[[int], str]:
    """Links to other pages of a list, keeping every other filter."""
    params = {k: v for k, v in request.query_params.items() if v}

    def url(number: int) -> str:
        return request.url.path + "?" + urlencode({**params, param: number})
    return url


def _snap(request: Request) -> Snapshot:
    return request.app.state.view.snapshot()


@router.get("/")
def overview_page(request: Request):
    snap = _snap(request)
    outlets = sorted(snap.outlets.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    return _page(request, "overview.html", nav="Overview", snap=snap, o=views.store_overview(request.app.state.view),
                 top_entities=snap.entities[:15], outlets=outlets, stories=snap.stories_by_size[:5])


@router.get("/timeline")
def timeline_page(request: Request, entity: str | None = None, start: str | None = Query(None, alias="from"),
                  end: str | None = Query(None, alias="to"), type: str | None = None,  # noqa: A002
                  needs_review: bool = False, page: int = 1, upage: int = 1):
    snap = _snap(request)
    rows = views.filter_events(snap, entity, start, end, type, needs_review)
    dated = views.paginate([e for e in rows if e["date"]], page, TIMELINE_PER_PAGE)
    undated = views.paginate([e for e in rows if not e["date"]], upage, TIMELINE_PER_PAGE)
    wanted = views.matching_entities(snap, entity) or set()
    filters = {k: v for k, v in (("entity", entity), ("from", start), ("to", end), ("type", type),
                                 ("needs_review", "true" if needs_review else None)) if v}
    return _page(
        request, "timeline.html", nav="Timeline", snap=snap, dated=dated, undated=undated,
        items=[item for e in dated.items if (item := views.timeline_item(e))],
        entity=entity, start=start, end=end, etype=type, needs_review=needs_review, filtered=bool(filters),
        entity_shown=snap.entity_by_id[entity]["name"] if entity in snap.entity_by_id else entity or "",
        wanted_names=sorted(snap.entity_by_id[i]["name"] for i in wanted)[:12],
        entity_names=[e["name"] for e in snap.entities[:200]],
        types=snap.event_types, query=("?" + urlencode(filters)) if filters else "",
        evidence_limit=TIMELINE_EVIDENCE, page_url=_page_url(request), undated_url=_page_url(request, "upage"))


@router.get("/download/timelinejs.json")
def timelinejs_download(request: Request, entity: str | None = None, start: str | None = Query(None, alias="from"),
                        end: str | None = Query(None, alias="to"), type: str | None = None):  # noqa: A002
    """The file ``chronik export --format timelinejs`` writes (for the events
    the filters keep)."""
    data = views.timelinejs(_snap(request), entity, start, end, type)
    return Response(to_json(data), media_type="application/json",
                    headers={"Content-Disposition": 'attachment; filename="timelinejs.json"'})


@router.get("/events/{event_id}")
def event_page(request: Request, event_id: str):
    snap = _snap(request)
    event = snap.event_by_id.get(event_id)
    if event is None:
        return _not_found(request, f"No event {event_id} in this store.")
    # The merge form's choices scan every event: only an editing server shows that form.
    candidates = views.merge_candidates(snap, event) if request.app.state.view.writable else []
    said = [s for s in snap.statements if s["event"] == event_id]
    return _page(request, "event.html", nav="Timeline", snap=snap, e=event, fields=_fields("event", event),
                 candidates=candidates, said=said)


def _series_page(request: Request, snap: Snapshot, page: views.Page, heading: str, single: bool,
                 q: str | None = None, rows_page: int = 1, needs_review: bool = False) -> HTMLResponse:
    """Series with a chart each and the table beside it: the first rows of
    each on the list, one page of rows at a time on a series' own page
    (with ``needs_review``, only the rows to check)."""
    charts = {s["id"]: series_svg(s, snap.figures, snap.article_by_id) for s in page.items}
    conflicted = {s["id"]: {f for pair in s["conflicts"] for f in pair} for s in page.items}
    numbered = {s["id"]: [(n, f) for n, f in enumerate(s["figures"], start=1)
                          if not needs_review or snap.figures[f].get("needs_review")] for s in page.items}
    if single:
        table = views.paginate(numbered[page.items[0]["id"]], rows_page, SERIES_TABLE_PER_PAGE)
        rows = {page.items[0]["id"]: table.items}
    else:
        table = page
        rows = {sid: numbered_rows[:TABLE_ROWS] for sid, numbered_rows in numbered.items()}
    flagged = sum(1 for s in page.items for _n, f in numbered[s["id"]] if snap.figures[f].get("needs_review"))
    return _page(request, "figures.html", nav="Figures", snap=snap, page=page, table=table, charts=charts,
                 conflicted=conflicted, rows=rows, numbered=numbered, heading=heading, single=single, q=q,
                 needs_review=needs_review, flagged=flagged, page_url=_page_url(request))


@router.get("/figures")
def figures_page(request: Request, q: str | None = None, needs_review: bool = False, page: int = 1):
    snap = _snap(request)
    paged = views.paginate(views.sorted_series(snap, q, needs_review), page, SERIES_PER_PAGE)
    return _series_page(request, snap, paged, "Figures over time", False, q, needs_review=needs_review)


@router.get("/figures/{item_id}")
def series_page(request: Request, item_id: str, needs_review: bool = False, page: int = 1):
    """A series, or one figure (series and figure ids never collide: both
    are content ids of different things)."""
    snap = _snap(request)
    figure = snap.figures.get(item_id)
    if figure is not None:
        return _page(request, "figure.html", nav="Figures", snap=snap, f=figure,
                     series=snap.series_by_id.get(figure["series"]), fields=_fields("figure", figure))
    series = snap.series_by_id.get(item_id)
    if series is None:
        return _not_found(request, f"No figure or figure series {item_id} in this store.")
    return _series_page(request, snap, views.paginate([series], 1, 1), series["label"], True, rows_page=page,
                        needs_review=needs_review)


@router.get("/entities")
def entities_page(request: Request, type: str | None = None, q: str | None = None, page: int = 1):  # noqa: A002
    snap = _snap(request)
    rows = views.filter_entities(snap, type, q)
    return _page(request, "entities.html", nav="Entities", snap=snap, page=views.paginate(rows, page), etype=type,
                 q=q, page_url=_page_url(request))


@router.get("/entities/{entity_id}")
def entity_page(request: Request, entity_id: str, page: int = 1):
    snap = _snap(request)
    entity = snap.entity_by_id.get(entity_id)
    if entity is None:
        return _not_found(request, f"No entity {entity_id} in this store.")
    articles = [snap.article_by_id[a] for a in entity["articles"] if a in snap.article_by_id]
    articles.sort(key=lambda a: (a["published"] or "9999", a["id"]))
    return _page(request, "entity.html", nav="Entities", snap=snap, e=entity, limit=ENTITY_LIMIT,
                 fields=_fields("entity", entity), merge_names=[e["name"] for e in snap.entities[:MERGE_NAMES]
                                                                if e["id"] != entity_id],
                 events=snap.events_of_entity.get(entity_id, []), quotes=snap.quotes_of_speaker.get(entity_id, []),
                 series=views.entity_figures(snap, entity), articles=views.paginate(articles, page, ENTITY_LIMIT),
                 page_url=_page_url(request))


@router.get("/quotes")
def quotes_page(request: Request, speaker: str | None = None, q: str | None = None, needs_review: bool = False,
                page: int = 1, kind: str | None = None):
    """Quotes between quotation marks; with ``kind`` (direct, indirect, reported, all) statements instead."""
    snap = _snap(request)
    if kind not in (*views.STATEMENT_KINDS, "all"):
        kind = None
    if kind:
        rows = views.filter_statements(snap, kind, speaker, q)
    else:
        rows = views.filter_quotes(snap, speaker, q, needs_review)
    shown = snap.entity_by_id[speaker]["name"] if speaker in snap.entity_by_id else speaker or ""
    counts = Counter(s["kind"] for s in snap.statements)
    return _page(request, "quotes.html", nav="Quotes", snap=snap, page=views.paginate(rows, page), speaker=speaker,
                 speaker_shown=shown, q=q, needs_review=needs_review, page_url=_page_url(request), kind=kind,
                 kinds=views.STATEMENT_KINDS, kind_counts=counts)


def _said_page(request: Request, kind: str, item_id: str):
    """The page of one quote or statement, with its correction forms."""
    snap = _snap(request)
    row = views.find_row(snap, kind, item_id)
    if row is None:
        return _not_found(request, f"No {kind} {item_id} in this store.")
    return _page(request, f"{kind}.html", nav="Quotes", snap=snap, item=row, fields=_fields(kind, row))


@router.get("/quotes/{quote_id}")
def quote_page(request: Request, quote_id: str):
    return _said_page(request, "quote", quote_id)


@router.get("/statements/{statement_id}")
def statement_page(request: Request, statement_id: str):
    return _said_page(request, "statement", statement_id)


@router.get("/review")
def review_page(request: Request, kind: str | None = None, page: int = 1):
    view: StoreView = request.app.state.view
    rows = views.review_page_rows(view, kind)
    counts = Counter(r["kind"] for r in views.review_page_rows(view))
    return _page(request, "review.html", nav="Review", snap=view.snapshot(), page=views.paginate(rows, page,
                 REVIEW_PER_PAGE), kind=kind, kinds=REVIEW_KINDS, counts=counts, page_url=_page_url(request))


@router.get("/corrections")
def corrections_page(request: Request, stale: bool = False):
    rows = views.corrections(request.app.state.view, stale)
    return _page(request, "corrections.html", nav="Review", snap=_snap(request), rows=rows, stale=stale)


@router.get("/changes")
def changes_page(request: Request, since: str | None = None):
    view: StoreView = request.app.state.view
    since = since or views.last_build_day(view)
    if not since:
        return _page(request, "changes.html", nav="Changes", snap=view.snapshot(), since="", result=None)
    try:
        result = views.changes(view, since)
    except ChronikError as err:
        return _page(request, "changes.html", nav="Changes", snap=view.snapshot(), since=since, result=None,
                     error=str(err), status=400)
    return _page(request, "changes.html", nav="Changes", snap=view.snapshot(), since=since, result=result,
                 event_conflicts=getattr(result, "event_conflicts", ()), shown=CHANGES_SHOWN)


@router.get("/articles")
def articles_page(request: Request, outlet: str | None = None, story: str | None = None, page: int = 1):
    snap = _snap(request)
    rows = views.filter_articles(snap, outlet, story)
    label = snap.story_by_id[story]["label"] if story in snap.story_by_id else story
    return _page(request, "articles.html", nav="Articles", snap=snap, page=views.paginate(rows, page), outlet=outlet,
                 story=story, story_label=label, page_url=_page_url(request))


@router.get("/articles/{article_id}")
def article_page(request: Request, article_id: str):
    view: StoreView = request.app.state.view
    snap = view.snapshot()
    found = view.article(article_id)
    if found is None:
        return _not_found(request, f"No article {article_id} in this store.")
    article, analysis = found
    analysis = analysis or Analysis(article_id=article_id)
    entity_of = snap.surfaces.get(article_id, {})
    figures = snap.figures_of_article.get(article_id, [])
    quotes = snap.quotes_of_article.get(article_id, [])
    spans = article_spans(article.text, analysis, entity_of,
                          series_of={(f["text"], f["sentence"]): f["series"] for f in figures if f["series"]},
                          quote_ids={q["text"]: q["id"] for q in quotes})
    counts = Counter(entity_of[m.text] for m in analysis.mentions if m.text in entity_of)
    names = {eid: snap.entity_by_id[eid]["name"] for eid in counts}
    sentences = [article.text[s.start:s.end] for s in analysis.sentences]
    timexes = [(t, views.sentence_anchor(sentences[t.sentence]) if 0 <= t.sentence < len(sentences) else "")
               for t in analysis.timexes]
    story_id = (snap.article_by_id.get(article_id) or {}).get("story")
    shown = {f.name: getattr(article, f.name) for f in fields(article)}
    return _page(request, "article.html", nav="Articles", snap=snap, a=shown, row=snap.article_by_id.get(article_id),
                 body=render(article.text, spans), story=snap.story_by_id.get(story_id),
                 entities=sorted(counts.items(), key=lambda kv: (-kv[1], names[kv[0]], kv[0])), timexes=timexes,
                 figures=figures, quotes=quotes, events=snap.events_of_article.get(article_id, []))


@router.get("/stories")
def stories_page(request: Request, page: int = 1):
    snap = _snap(request)
    return _page(request, "stories.html", nav="Stories", snap=snap, page=views.paginate(snap.stories_by_size, page),
                 page_url=_page_url(request))


@router.get("/search")
def search_page(request: Request, q: str = "", page: int = 1):
    paged, more = views.search(request.app.state.view, q, page, SEARCH_PER_PAGE)
    return _page(request, "search.html", page=paged, more=more, search_query=q, page_url=_page_url(request))


@router.get("/api")
def api_page(request: Request):
    return _page(request, "api.html", nav="API", endpoints=_endpoints(request.app.openapi()))


@router.get("/docs")
def docs_redirect():
    """FastAPI's interactive docs load their scripts from a CDN; this app
    stays offline and documents the API on /api instead."""
    return RedirectResponse("/api")


def _endpoints(schema: dict) -> list[dict]:
    out = []
    for path, methods in schema["paths"].items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "type": _type_name(p.get("schema", {})), "description": p.get("description", "")}
                      for p in op.get("parameters", [])]
            body = op.get("responses", {}).get("200", {}).get("content", {}).get("application/json", {})
            out.append({"id": op.get("operationId", path), "method": method.upper(), "path": path,
                        "summary": op.get("summary", ""), "params": params,
                        "response": _type_name(body.get("schema", {})) or "JSON"})
    return out


def _type_name(schema: dict) -> str:
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in schema:
        return " or ".join(_type_name(s) for s in schema["anyOf"])
    return schema.get("type", "")
