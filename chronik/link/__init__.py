"""Cross-document linking: runs once over the whole store after each build.

Order: near-duplicates, entities, figures and their series, quotes, events,
stories. Every step reads articles sorted by id and writes export-shaped rows,
so an incremental build gives exactly what a full re-link gives.
"""
from __future__ import annotations

from chronik.lang import LanguageResources
from chronik.link.duplicates import find_duplicates
from chronik.link.entities import link_entities
from chronik.link.figures_rows import figure_rows
from chronik.link.events_rows import event_rows
from chronik.link.quotes import link_quotes
from chronik.link.stories import story_rows


def link_store(store, lang: LanguageResources) -> dict[str, list[dict]]:
    with store.linking():
        return _link(store, lang)


def _link(store, lang: LanguageResources) -> dict[str, list[dict]]:
    articles = {a.id: a for a in store.articles()}
    analyses = list(store.analyses())
    order_key = {a.id: (a.published or "9999", a.id) for a in articles.values()}
    duplicate_of = find_duplicates(store.signatures(), order_key)

    index = link_entities(analyses, lang.names)
    names = {e.id: e.name for e in index.entities}
    figures, series = figure_rows(articles, analyses, index, lang.demonyms)
    quotes = link_quotes(articles, analyses, index.resolve, names.__getitem__)
    events = event_rows(articles, analyses, index)
    stories, story_of = story_rows(articles, analyses, index, duplicate_of)
    rows = {
        "article": [{"id": a, "duplicate_of": duplicate_of.get(a), "story": story_of.get(a)} for a in sorted(articles)],
        "entity": [e.as_dict() for e in index.entities],
        "figure": figures,
        "series": series,
        "quote": quotes,
        "event": events,
        "story": stories,
    }
    store.replace_links(rows)
    return rows
