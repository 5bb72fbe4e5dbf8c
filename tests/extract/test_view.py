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


def _arguments(doc, view, verb: str) -> list[tuple[str, str]]:
    return [(doc.tokens[c].text, role) for c, role in view.arguments(_token(doc, verb))]


def test_the_subject_of_a_copula_is_what_the_state_is_said_of(toolkit):
    # (Duden, Kopulaverben; PropBank be.01 and stay.01: the subject is the theme, A1)
    doc, view = _view(toolkit, "Die Lage in der Stadt ist seit Tagen angespannt.")
    assert _arguments(doc, view, "ist") == [("Lage", "patient")]
    doc, view = _view(toolkit, "Der Minister blieb trotz der Kritik im Amt.")
    assert _arguments(doc, view, "blieb") == [("Minister", "patient")]


def test_a_reflexive_pronoun_of_the_subject_is_no_patient(toolkit):
    doc, view = _view(toolkit, "Der Außenminister hat sich für einen neuen Vertrag ausgesprochen.")
    assert _arguments(doc, view, "ausgesprochen") == [("Außenminister", "agent")]
    doc, view = _view(toolkit, "Ich freue mich auf den nächsten Besuch.")
    assert _arguments(doc, view, "freue") == [("Ich", "agent")]
    # another subject: "mich" is who the verb acts on
    doc, view = _view(toolkit, "Er sah mich kaum an.")
    assert _arguments(doc, view, "sah") == [("Er", "agent"), ("mich", "patient")]
