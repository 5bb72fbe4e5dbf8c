"""The review layer's part of every link (``chronik.link.Curation``): the
user's corrections replayed in their three places, and the review fields
(sources, chains, basis, needs_review) added to the finished rows."""
from __future__ import annotations

from chronik.lang import LanguageResources
from chronik.link import link_store
from chronik.link.entities import EntityIndex
from chronik.review.corrections import stored_corrections
from chronik.review.replay import Replay
from chronik.review.rows import review_links


class ReviewCuration:
    """Made by ``link_store`` once per link, from the store and its articles."""

    def __init__(self, store, articles: dict) -> None:
        self.store = store
        self.replay = Replay(stored_corrections(store), articles)

    def figures(self, analyses: list) -> list:
        return self.replay.figures(analyses)

    def entities(self, index: EntityIndex, analyses: list) -> EntityIndex:
        return self.replay.entities(index, analyses)

    def finish(self, rows: dict[str, list[dict]], **context) -> dict[str, list[dict]]:
        return review_links(self.store, rows, replay=self.replay, **context)


def link_reviewed(store, lang: LanguageResources, *, code: str | None = None,
                  keep_unchanged: bool = False) -> dict[str, list[dict]] | None:
    """Link the store with the user's corrections and the review fields: what a
    build does (``code``, ``keep_unchanged``: see ``chronik.link.link_store``)."""
    return link_store(store, lang, ReviewCuration, code=code, keep_unchanged=keep_unchanged)
