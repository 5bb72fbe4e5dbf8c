"""Events: happenings the extractor missed (recall on the Wikinews tuning
sets), in real-looking German sentences through the whole analysis."""
from __future__ import annotations

import pytest

from chronik.ids import article_id
from chronik.pipeline import analyze
from chronik.records import Article


@pytest.fixture(scope="module")
def events(toolkit):
    def run(text: str, published: str | None = "2024-03-20"):
        article = Article(id=article_id(text), source="test", title=None, published=published, authors=(),
                          agencies=(), language="de", outlet=None, text=text)
        return analyze(article, toolkit).events
    return run


def test_an_event_noun_the_dictionary_spells_with_the_old_sz_is_still_one(events):
    # the lemmatizer gives "Prozeß" and "Beschluß"; the word lists are in today's spelling
    found = events("Der Prozess gegen den früheren Bürgermeister Ole von Beust begann am Montag in Hamburg.")
    assert [(e.predicate, e.type, e.date) for e in found] == [("Prozess", "trial", "2024-03-18")]
    found = events("Am Mittwoch fasste der Bundestag einen Beschluss zur Rente.")
    assert [(e.predicate, e.type) for e in found] == [("fassen", "decision")]
