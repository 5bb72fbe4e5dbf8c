"""What the event and statement tests share: one article through the whole per-article analysis."""
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


@pytest.fixture(scope="module")
def statements(toolkit):
    """``statements(text, published)``: the statements ``analyze`` finds in a text given as one
    article, each checked to sit at its offsets (and its one-word cue at its own)."""
    def run(text: str, published: str | None = "2016-01-10"):
        article = Article(id=article_id(text), source="test", title=None, published=published, authors=(),
                          agencies=(), language="de", outlet=None, text=text)
        doc = analyze(article, toolkit)
        for st in doc.statements:
            assert text[st.start:st.end] == st.text
            if st.cue_start is not None and " " not in (st.cue or ""):
                assert text[st.cue_start:st.cue_end] == st.cue
        return doc.statements
    return run
