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


def test_the_placeholder_of_es_gibt_is_no_agent(toolkit):
    # (Duden: "es gibt" with the accusative of what exists)
    doc, view = _view(toolkit, "Bei dem Unglück gab es mehrere Verletzte.")
    assert _arguments(doc, view, "gab") == [("Verletzte", "patient")]


def test_a_measure_verbs_subject_is_what_is_measured_and_the_measure_no_patient(toolkit):
    doc, view = _view(toolkit, "Das Defizit betrug im vergangenen Jahr 3,9 Prozent.")
    assert _arguments(doc, view, "betrug") == [("Defizit", "patient")]


def test_what_takes_place_is_the_patient(toolkit):
    doc, view = _view(toolkit, "Das Treffen der Außenminister fand am Montag in Wien statt.")
    k = _token(doc, "fand")
    assert [(doc.tokens[c].text, r) for c, r in view.arguments(k, [_token(doc, "statt")])] == [("Treffen", "patient")]


def test_an_infinitive_clause_takes_its_subject_from_the_verb_that_governs_it(toolkit):
    # (Duden, Kontrolle des Infinitivs: the governing verb's subject; its object with verbs of asking)
    doc, view = _view(toolkit, "Der Attentäter hatte seit Monaten versucht, den Minister umzubringen.")
    assert _arguments(doc, view, "umzubringen") == [("Attentäter", "agent"), ("Minister", "patient")]
    doc, view = _view(toolkit, "Die beiden Brüder hätten seit Monaten versucht, Rabin umzubringen.")
    assert _arguments(doc, view, "umzubringen") == [("Brüder", "agent"), ("Rabin", "patient")]
    doc, view = _view(toolkit, "Die Polizei forderte die Demonstranten auf, den Platz zu räumen.")
    assert _arguments(doc, view, "räumen") == [("Demonstranten", "agent"), ("Platz", "patient")]
    doc, view = _view(toolkit, "Die Gläubigen wurden aufgerufen, für den Frieden zu beten.")
    assert _arguments(doc, view, "beten") == [("Gläubigen", "agent")]


def test_a_participle_with_its_own_auxiliary_does_not_share_a_passive_it_is_joined_to(toolkit):
    doc, view = _view(toolkit, "Die Küche wurde am Montag geliefert und beim Einbau haben die Monteure "
                               "einige Mängel festgestellt.")
    assert _arguments(doc, view, "festgestellt") == [("Monteure", "agent"), ("Mängel", "patient")]


def test_the_subject_of_a_change_of_state_undergoes_it(toolkit):
    doc, view = _view(toolkit, "Der Fahrer verblutete noch am Unfallort.")
    assert _arguments(doc, view, "verblutete") == [("Fahrer", "patient")]
    doc, view = _view(toolkit, "Die Zahl der Arbeitslosen ist im März deutlich angestiegen.")
    assert _arguments(doc, view, "angestiegen") == [("Zahl", "patient")]
