"""Cross-document linking: runs once over the whole store after each build.

Order: near-duplicates, entities, stories, figures and their series, quotes,
events, statements. Every step reads articles sorted by id and writes export-shaped rows,
so an incremental build gives exactly what a full re-link gives. Replaced
versions of an edited article are left out; what the rows hold is recorded
with the time it was first seen (``link.changes``). A build that changed
nothing a link reads (a feed polled with nothing new) keeps the links as they
are: each finished link records the digest of its inputs (``LINK_STATE_KIND``).

Linking depends on nothing above it. What a higher layer adds to a link (the
user's corrections, the review fields: ``chronik.review``) plugs in through
``Curation``, an interface defined here.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import Protocol

from chronik.lang import LanguageResources
from chronik.link.changes import SEEN_KIND, record_first_seen
from chronik.link.entities import link_entities
from chronik.link.figures import figure_rows
from chronik.link.events import EventReport, event_reports, report_rows
from chronik.link.quotes import link_quotes
from chronik.link.statements import statement_groups, statement_rows
from chronik.link.stories import FOLD_KIND, fold_stamp, story_rows
from chronik.link.texts import StoredTexts
from chronik.link.versions import build_time, load_versions, superseded
from chronik.link.entities import EntityIndex


class Curation(Protocol):
    """What one link lets a higher layer change, in three places: the
    per-article figures before series form, the entity index before names
    resolve, and the finished rows before they are stored (``finish`` gets the
    articles without their text, the texts as ``chronik.link.texts`` reads them,
    and the event stage's reports, ``chronik.link.events.EventReport``, in the
    order of the analyses and of each one's events: not the analyses and the
    entity index, which the link has let go by then). The list of reports is
    handed over: the link has no more use for it, so ``finish`` may empty it
    once done with them, and their memory goes then, not after the review."""

    def figures(self, analyses: list) -> list: ...

    def entities(self, index: EntityIndex, analyses: list) -> EntityIndex: ...

    def finish(self, rows: dict[str, list[dict]], *, articles: dict, texts: Mapping[str, str],
               reports: list[EventReport], duplicate_of: dict[str, str],
               signatures: Iterable[tuple[str, bytes]]) -> dict[str, list[dict]]: ...


# made once per link from the store and the articles being linked
CurationFactory = Callable[[object, dict], Curation]


class Uncurated:
    """A link with nothing added: the rows as the linkers make them."""

    def __init__(self, store=None, articles=None) -> None:
        pass

    def figures(self, analyses: list) -> list:
        return analyses

    def entities(self, index: EntityIndex, analyses: list) -> EntityIndex:
        return index

    def finish(self, rows, **_context) -> dict[str, list[dict]]:
        return rows


# What linking reads of an analysis: every part but the time expressions (events,
# figures and statements carry the dates read from them); a tenth of the analyses' memory.
LINK_PARTS = ("sentences", "mentions", "figures", "quotes", "events", "statements")

# The record of the last finished link: the digest of what it read.
LINK_STATE_KIND = "link_state"
_LAST = "last"


def link_store(store, lang: LanguageResources, curation: CurationFactory = Uncurated, *,
               code: str | None = None, keep_unchanged: bool = False, executor=None) -> dict[str, list[dict]] | None:
    """Link the whole store; ``curation`` (``chronik.review.ReviewCuration``
    in a build) adds the user's corrections and the review fields.

    With ``code`` (the linking code's version) the link records what it read
    and keeps its story fold; with ``keep_unchanged`` as well, nothing is done
    and None returned when the last finished link by that code read exactly
    what the store holds now, so its links are what a link would write, and
    else the kept story fold is resumed where that is exact (``--relink``
    folds every article again). With ``executor`` (a ``concurrent.futures``
    executor or a Dask client) the stages that can be partitioned, entities,
    figure series and events, run their parts on it (``chronik.link.partitions``)."""
    with store.linking():
        # taken before the link reads: a concurrent build may add articles while it runs
        corpus = store.corpus_digest() if code is not None else ""
        if keep_unchanged and code is not None:
            last = next((r for r in store.records(LINK_STATE_KIND) if r["id"] == _LAST), None)
            if last is not None and last["stamp"] == link_stamp(store, lang, curation, code, corpus):
                return None
        store.delete_records(LINK_STATE_KIND, [_LAST])
        rows = _link(store, lang, curation, code, resume=keep_unchanged, executor=executor)
        if code is not None:  # the records as the link leaves them: it keeps the corrections' states
            store.put_records(LINK_STATE_KIND, [{"id": _LAST,
                                                 "stamp": link_stamp(store, lang, curation, code, corpus)}])
        return rows


def link_stamp(store, lang: LanguageResources, curation: CurationFactory, code: str, corpus: str) -> str:
    """What one link depends on: the store's articles (``corpus``, their digest) and
    kept records, the curation, the language and the code."""
    from chronik.link.duplicates import INDEX_KIND, PAIR_KIND  # numpy: loaded when a link runs

    records = store.records_digest(skip_kinds=(SEEN_KIND, LINK_STATE_KIND, FOLD_KIND, PAIR_KIND, INDEX_KIND))
    who = f"{getattr(curation, '__module__', '')}.{getattr(curation, '__qualname__', repr(curation))}"
    return hashlib.sha256("\n".join((corpus, records, who, lang.code, code)).encode()).hexdigest()


def _link(store, lang: LanguageResources, curation: CurationFactory, code: str | None = None, *,
          resume: bool = False, executor=None) -> dict[str, list[dict]]:
    from chronik.link.duplicates import StoredSignatures, kept_duplicates

    articles = {a.id: a for a in store.article_metas()}  # their texts are read where a stage cites them
    versions = load_versions(store)
    old = superseded(versions, articles)  # only the latest version of an edited article
    articles = {i: a for i, a in articles.items() if i not in old}
    analyses = [a for a in store.analyses(LINK_PARTS) if a.article_id not in old]
    order_key = {a.id: (a.published or "9999", a.id) for a in articles.values()}
    # the kept index reads the new articles' signatures; the review walks the store's for its sources
    duplicate_of, _ = kept_duplicates(store, articles, order_key, resume=resume)
    signatures = StoredSignatures(store, articles)
    curate = curation(store, articles)
    analyses = curate.figures(analyses)

    texts = StoredTexts(store, sorted(articles))
    index = curate.entities(link_entities(analyses, lang.names, texts, order_key, executor), analyses)
    names = {e.id: e.name for e in index.entities}
    # before figures: series span stories; with ``code`` the story fold is kept and resumed by the next link
    stamp = fold_stamp(f"{code} {lang.code}") if code is not None else None
    kept = next(iter(store.records(FOLD_KIND)), None) if stamp is not None and resume else None
    stories, story_of, fold = story_rows(articles, analyses, index, duplicate_of, lang.names, kept, stamp,
                                          texts=texts)
    if fold is not None and fold != kept:  # a link that folded nothing new leaves the record as it is
        store.put_records(FOLD_KIND, [fold])  # now, not held beside the later stages: the link is one transaction
    del fold, kept
    figures, series = figure_rows(articles, analyses, index, lang.demonyms, duplicate_of, story_of, executor,
                                  texts=texts)
    analyses = _without(analyses, "mentions", "figures")
    quotes = link_quotes(articles, analyses, index.resolve, names.__getitem__, texts=texts)
    analyses = _without(analyses, "quotes")
    reports = event_reports(articles, analyses, index, texts=texts)  # kept for the review step
    said = statement_groups(articles, analyses, index.resolve, texts=texts)
    entities = index.entities
    # merging the events and making the statement rows read neither the analyses nor the entity index: they go
    # before (79 MiB of the 342 live here at 30,000 articles); the review reads the event reports instead
    del analyses, index
    events = report_rows(reports, executor)
    statements = statement_rows(said, articles, names.__getitem__, quotes, events)
    del said
    rows = {
        "article": [{"id": a, "duplicate_of": duplicate_of.get(a), "story": story_of.get(a)} for a in sorted(articles)],
        "entity": [e.as_dict() for e in entities],
        "figure": figures,
        "series": series,
        "quote": quotes,
        "event": events,
        "statement": statements,
        "story": stories,
    }
    del entities, names
    rows = curate.finish(rows, articles=articles, texts=texts, reports=reports, duplicate_of=duplicate_of,
                         signatures=signatures)
    # writing reads the rows alone: what made them is not held beside them (a fifth of a link's memory)
    del articles, reports, texts, signatures, order_key, curate
    store.replace_links(rows)
    record_first_seen(store, rows, build_time(), versions)
    return rows


def _without(analyses: list, *parts: str) -> list:
    """The analyses with ``parts`` emptied, once the last stage that reads them
    is done: the stages that follow do not hold them (entities, stories and
    figures read the mentions; events and statements the sentences and events)."""
    empty = dict.fromkeys(parts, ())
    return [replace(a, **empty) for a in analyses]
