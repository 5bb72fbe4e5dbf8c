"""The article view's reading of the parse: which verb is a passive."""
from __future__ import annotations

from chronik.ids import article_id
from chronik.pipeline import analyze
from chronik.records import Article


def _view(toolkit, text: str):
    article = Article(id=article_id(text), source="test", title=None, published="2024-03-20", authors=(),
                      agencies=(), language="de", outlet=None, text=text)
    doc = analyze(article, toolkit)
    return doc, doc.view


def _token(doc, word: str) -> int:
    return next(i for i, t in enumerate(doc.tokens) if t.text == word)


def test_a_subordinate_clause_under_the_main_clauses_wurde_is_no_passive(toolkit):
    doc, view = _view(toolkit, "Die Öffentlichkeit wurde 1956 auf Monaco aufmerksam, als er die Sängerin "
                               "Maria Lenz heiratete.")
    k = _token(doc, "heiratete")
    assert view.passive(k) is False
    assert doc.tokens[view.subject(k)].text == "er"


def test_a_participle_with_the_passive_auxiliary_is_a_passive(toolkit):
    doc, view = _view(toolkit, "Am Montag wurde in Hamburg der mutmaßliche Anführer der Bande festgenommen.")
    assert view.passive(_token(doc, "festgenommen")) is True
