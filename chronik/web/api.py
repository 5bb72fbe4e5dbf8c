"""The JSON API under /api/: the export's rows, filtered and paged like the
pages. The row models are made from the export's own definition of its rows
(``chronik.export.document``: field lists and ``FIELD_TYPES``), and allow
more."""
from __future__ import annotations

from typing import Generic, Optional, TypeVar

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel, ConfigDict, create_model

from chronik.errors import ChronikError
from chronik.export.document import (
    ARTICLE_FIELDS, CORRECTION_FIELDS, ENTITY_FIELDS, EVENT_FIELDS, FIELD_TYPES, FIGURE_FIELDS, QUOTE_FIELDS,
    SERIES_FIELDS, STORY_FIELDS,
)
from chronik.web import views
from chronik.web.snapshot import Snapshot, StoreView

router = APIRouter(prefix="/api", tags=["chronicle"])
T = TypeVar("T")

PAGE = Query(1, ge=1, description="page number, from 1")
PER_PAGE = Query(views.PER_PAGE, ge=1, le=views.MAX_PER_PAGE, description="rows per page")
NEEDS_REVIEW = Query(False, description="only items flagged needs_review (guesses a person should check)")


class Row(BaseModel):
    model_config = ConfigDict(extra="allow")


def _row_model(name: str, fields: tuple[str, ...], *, base: type[BaseModel] = Row, drop: tuple[str, ...] = (),
               doc: str | None = None, **extra) -> type[BaseModel]:
    """A model of an export row made from the export's own definition
    (``FIELD_TYPES`` and the part's field list); ``extra``: fields only the API adds."""
    spec = {f: (Optional[FIELD_TYPES[f]], None) for f in fields if f not in drop}
    spec.update({f: (t, ...) for f, t in extra.items()})
    return create_model(name, __base__=base, __doc__=doc, **spec)


class Dropped(BaseModel):
    text: str
    reason: str


class Mark(BaseModel):
    """A marked stretch of the article text (character offsets)."""

    start: int
    end: int
    text: str
    kind: str
    label: str | None = None
    value: str | None = None
    entity: str | None = None


ArticleSummary = _row_model("ArticleSummary", ARTICLE_FIELDS, drop=("text",))
ArticleDetail = _row_model("ArticleDetail", ("text",), base=ArticleSummary, dropped=list[Dropped], marks=list[Mark])
Entity = _row_model("Entity", ENTITY_FIELDS)
Event = _row_model("Event", EVENT_FIELDS)
Quote = _row_model("Quote", QUOTE_FIELDS)
Figure = _row_model("Figure", FIGURE_FIELDS)
Series = _row_model("Series", SERIES_FIELDS)
SeriesDetail = _row_model("SeriesDetail", (), base=Series, figure_rows=list[Figure])
Story = _row_model("Story", STORY_FIELDS)
EntityDetail = _row_model("EntityDetail", (), base=Entity, events=list[str], quotes=list[str], series=list[str])


class SearchHit(BaseModel):
    article: str
    published: str | None
    title: str | None
    source: str
    snippet: str
    snippet_html: str


class SearchPage(BaseModel):
    """Search reads hits only up to the page asked for: ``total`` counts those
    (and one more when ``more`` is true, so ``pages`` shows a next page)."""

    total: int
    page: int
    per_page: int
    pages: int
    more: bool
    items: list[SearchHit]


class Overview(BaseModel):
    articles: int
    entities: int
    events: int
    dated_events: int
    quotes: int
    figures: int
    series: int
    stories: int
    outlets: int
    first: str | None
    last: str | None
    undated_articles: int


class ReviewItem(BaseModel):
    """One entry of ``chronik review``: ``url`` is the item's page, ``evidence``
    the sentence it was read from."""

    kind: str
    id: str
    label: str
    reasons: list[str]
    articles: list[str]
    sources: int
    weight: int
    url: str
    evidence: dict | None


Correction = _row_model("Correction", CORRECTION_FIELDS, base=BaseModel, description=str)


class Changes(BaseModel):
    """``chronik changes --since``: what builds at or after ``since`` added."""

    model_config = ConfigDict(extra="allow")
    since: str
    articles: list[dict]
    events: list[dict]
    quotes: list[dict]
    figures: list[dict]
    conflicts: list[dict]
    event_conflicts: list[dict] = []


class Page(BaseModel, Generic[T]):
    total: int
    page: int
    per_page: int
    pages: int
    items: list[T]


def _snap(request: Request) -> Snapshot:
    return request.app.state.view.snapshot()


def _paged(rows: list, page: int, per_page: int) -> dict:
    return views.paginate(rows, page, per_page).as_dict()


@router.get("/overview", response_model=Overview, summary="Counts and the date range of the store")
def api_overview(request: Request):
    return views.store_overview(request.app.state.view)


@router.get("/articles", response_model=Page[ArticleSummary], summary="Articles, optionally of one outlet or story")
def api_articles(request: Request, outlet: str | None = None, story: str | None = None,
                 page: int = PAGE, per_page: int = PER_PAGE):
    rows = views.paginate(views.filter_articles(_snap(request), outlet, story), page, per_page).as_dict()
    # The text is on the article's own endpoint; a list of 500 would carry megabytes.
    return {**rows, "items": [{k: v for k, v in a.items() if k != "text"} for a in rows["items"]]}


@router.get("/articles/{article_id}", response_model=ArticleDetail,
            summary="One article: text, dropped boilerplate and every marked entity, date, figure and quote")
def api_article(request: Request, article_id: str):
    view: StoreView = request.app.state.view
    snap = view.snapshot()
    found = view.article(article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id}")
    article, analysis = found
    row = snap.article_by_id.get(article_id, {})
    surfaces = snap.surfaces.get(article_id, {})
    marks = []
    if analysis is not None:
        marks += [{"start": m.start, "end": m.end, "text": m.text, "kind": "entity", "label": m.label,
                   "entity": surfaces.get(m.text)} for m in analysis.mentions]
        marks += [{"start": t.start, "end": t.end, "text": t.text, "kind": "timex", "label": t.type,
                   "value": t.value} for t in analysis.timexes]
        marks += [{"start": f.start, "end": f.end, "text": f.text, "kind": "figure", "label": f.counted,
                   "value": None if f.low is None else str(f.low)} for f in analysis.figures]
        marks += [{"start": q.start, "end": q.end, "text": q.text, "kind": "quote", "label": q.speaker_name}
                  for q in analysis.quotes]
    marks.sort(key=lambda m: (m["start"], m["end"], m["kind"]))
    return {**{k: v for k, v in row.items() if k != "text"}, "id": article.id, "source": article.source,
            "title": article.title, "published": article.published, "authors": list(article.authors),
            "agencies": list(article.agencies), "language": article.language, "outlet": article.outlet,
            "duplicate_of": row.get("duplicate_of"), "story": row.get("story"), "text": article.text,
            "dropped": [{"text": t, "reason": r} for t, r in article.dropped], "marks": marks}


@router.get("/events", response_model=Page[Event], summary="Events in date order (undated last), filtered")
def api_events(request: Request, entity: str | None = Query(None, description="entity id, name or alias"),
               start: str | None = Query(None, alias="from", description="first date, ISO prefix (2025-08)"),
               end: str | None = Query(None, alias="to", description="last date, ISO prefix"),
               type: str | None = Query(None, description="event type (meeting, call ...)"),  # noqa: A002
               needs_review: bool = NEEDS_REVIEW, page: int = PAGE, per_page: int = PER_PAGE):
    return _paged(views.filter_events(_snap(request), entity, start, end, type, needs_review), page, per_page)


@router.get("/events/{event_id}", response_model=Event, summary="One event with its evidence")
def api_event(request: Request, event_id: str):
    event = _snap(request).event_by_id.get(event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id}")
    return event


@router.get("/entities", response_model=Page[Entity], summary="Entities, most mentioned first")
def api_entities(request: Request, type: str | None = Query(None, description="PER, ORG, LOC or MISC"),  # noqa: A002
                 q: str | None = Query(None, description="part of a name or alias"),
                 page: int = PAGE, per_page: int = PER_PAGE):
    return _paged(views.filter_entities(_snap(request), type, q), page, per_page)


@router.get("/entities/{entity_id}", response_model=EntityDetail,
            summary="One entity with the ids of its events, quotes and figure series")
def api_entity(request: Request, entity_id: str):
    snap = _snap(request)
    entity = snap.entity_by_id.get(entity_id)
    if entity is None:
        raise HTTPException(404, f"no entity {entity_id}")
    return {**entity, "events": [e["id"] for e in snap.events_of_entity.get(entity_id, [])],
            "quotes": [q["id"] for q in snap.quotes_of_speaker.get(entity_id, [])],
            "series": [s["id"] for s in views.entity_figures(snap, entity)]}


@router.get("/quotes", response_model=Page[Quote], summary="Direct quotes, optionally of one speaker")
def api_quotes(request: Request, speaker: str | None = Query(None, description="entity id or name"),
               q: str | None = Query(None, description="words in the quote"),
               needs_review: bool = NEEDS_REVIEW, page: int = PAGE, per_page: int = PER_PAGE):
    return _paged(views.filter_quotes(_snap(request), speaker, q, needs_review), page, per_page)


@router.get("/series", response_model=Page[Series], summary="Figure series, the most often reported first")
def api_series(request: Request, q: str | None = Query(None, description="part of the series label"),
               needs_review: bool = Query(False, description="only series with a figure flagged needs_review"),
               page: int = PAGE, per_page: int = PER_PAGE):
    return _paged(views.sorted_series(_snap(request), q, needs_review), page, per_page)


@router.get("/series/{series_id}", response_model=SeriesDetail, summary="One series with its figures in order")
def api_one_series(request: Request, series_id: str):
    snap = _snap(request)
    series = snap.series_by_id.get(series_id)
    if series is None:
        raise HTTPException(404, f"no series {series_id}")
    return {**series, "figure_rows": [snap.figures[f] for f in series["figures"]]}


@router.get("/figures", response_model=Page[Figure], summary="Figures, optionally of one article or series")
def api_figures(request: Request, article: str | None = None, series: str | None = None,
                needs_review: bool = NEEDS_REVIEW, page: int = PAGE, per_page: int = PER_PAGE):
    return _paged(views.filter_figures(_snap(request), article, series, needs_review), page, per_page)


@router.get("/review", response_model=Page[ReviewItem],
            summary="What needs review (chronik review), most consequential first")
def api_review(request: Request, kind: str | None = Query(None, description="event, quote, statement or figure"),
               page: int = PAGE, per_page: int = PER_PAGE):
    return _paged(views.review_page_rows(request.app.state.view, kind), page, per_page)


@router.get("/corrections", response_model=list[Correction],
            summary="Every correction in replay order, with what became of it (chronik correct list)")
def api_corrections(request: Request, stale: bool = Query(False, description="only those that match nothing")):
    return [views.correction_row(c) for c in views.corrections(request.app.state.view, stale)]


@router.get("/changes", response_model=Changes,
            summary="What builds since a time added (chronik changes --since): articles, events, quotes, "
                    "figures that moved, conflicts")
def api_changes(request: Request, since: str = Query(..., description="ISO date or date-time, UTC unless it "
                                                                     "names a zone (2025-09-05T08:00)")):
    try:
        return views.changes(request.app.state.view, since).as_dict()
    except ChronikError as err:
        raise HTTPException(400, str(err)) from None


@router.get("/stories", response_model=Page[Story], summary="Story clusters")
def api_stories(request: Request, page: int = PAGE, per_page: int = PER_PAGE):
    return _paged(_snap(request).stories, page, per_page)


@router.get("/search", response_model=SearchPage,
            summary="Full-text search (every word as a word start; umlauts and ß folded), best matches first")
def api_search(request: Request, q: str = Query(..., min_length=1, description="the words to find"),
               page: int = PAGE, per_page: int = Query(20, ge=1, le=views.MAX_PER_PAGE)):
    paged, more = views.search(request.app.state.view, q, page, per_page)
    items = [{**r, "snippet_html": str(r["snippet_html"])} for r in paged.items]
    return {**paged.as_dict(), "items": items, "more": more}


@router.get("/timelinejs", summary="The events as Knight Lab TimelineJS JSON (undated events left out)")
def api_timelinejs(request: Request, entity: str | None = None,
                   start: str | None = Query(None, alias="from"), end: str | None = Query(None, alias="to"),
                   type: str | None = None) -> dict:  # noqa: A002
    return views.timelinejs(_snap(request), entity, start, end, type)
