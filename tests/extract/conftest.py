"""What the event tests share: one article's events through the whole per-article analysis."""
from __future__ import annotations

import pytest

from chronik.ids import article_id
from chronik.pipeline import analyze
from chronik.records import Article


@pytest.fixture(scope="module")
def events(toolkit):
    """``events(text, published)``: the events ``analyze`` finds in a text given as one article."""
    def run(text: str, published: str | None = "2024-03-20"):
        article = Article(id=article_id(text), source="test", title=None, published=published, authors=(),
                          agencies=(), language="de", outlet=None, text=text)
        return analyze(article, toolkit).events
    return run
