"""The parse repaired where German case marking contradicts it (issue 16, ``chronik.extract.syntax_cases``):
an accusative-only phrase is its verb's object, in real-looking German sentences through the whole analysis."""
from __future__ import annotations

import pytest

from chronik.extract.syntax_cases import accusative_opening
from chronik.ids import article_id
from chronik.lang.de.grammar import GRAMMAR
from chronik.pipeline import analyze
from chronik.records import Article


@pytest.fixture(scope="module")
def view(toolkit):
    def run(text: str):
        article = Article(id=article_id(text), source="test", title=None, published="2024-03-20", authors=(),
                          agencies=(), language="de", outlet=None, text=text)
        return analyze(article, toolkit).view
    return run


def _at(v, word: str) -> int:
    return next(k for k, t in enumerate(v.tokens) if t.text == word)


def test_den_before_a_noun_without_n_or_s_opens_only_an_accusative(view):
    v = view("Am Montag haben die Richter den Minister, den Präsidenten, einen Zeugen und den Chefs geantwortet.")
    opens = {w: accusative_opening(v.syntax, v.tokens, _at(v, w) - 1, GRAMMAR)
             for w in ("Minister", "Präsidenten", "Zeugen", "Chefs")}
    # "den Präsidenten" and "den Chefs" may be dative plurals; "einen" has no plural
    assert opens == {"Minister": True, "Präsidenten": False, "Zeugen": True, "Chefs": False}


def test_an_accusative_hung_inside_the_subject_is_the_verbs_object(view):
    v = view("Am Donnerstag hat das polnische Parlament den Wirtschaftsminister Tomasz Nowak zum neuen "
             "Sejmmarschall gewählt.")
    verb = _at(v, "gewählt")
    assert (v.dep(_at(v, "Wirtschaftsminister")), v.head(_at(v, "Wirtschaftsminister"))) == ("obj", verb)
    # the phrase it hung on agrees with the singular "hat": the subject
    assert (v.dep(_at(v, "Parlament")), v.head(_at(v, "Parlament"))) == ("nsubj", verb)


def test_a_name_after_a_prepositional_phrase_is_no_part_of_the_objects_name(view):
    v = view("Allerdings hatten die Rebellen noch am selben Tag den Militärstützpunkt Al-Umaliqa im Norden "
             "Jemens überrannt.")
    assert v.head(_at(v, "Jemens")) == _at(v, "Norden")


def test_the_object_and_its_name_are_the_events_patient(events):
    found = events("Am Donnerstag hat das polnische Parlament den Wirtschaftsminister Tomasz Nowak zum neuen "
                   "Sejmmarschall gewählt.")
    assert [(e.predicate, e.roles) for e in found] == [
        ("wählen", (("polnisches Parlament", "agent"), ("Tomasz Nowak", "patient")))]
    found = events("Am Montag hat das Unternehmen Siemens den Manager Peter Löscher entlassen.")
    assert [(e.predicate, e.roles) for e in found] == [
        ("entlassen", (("Siemens", "agent"), ("Peter Löscher", "patient")))]


def test_a_plural_phrase_is_no_subject_of_a_singular_verb(view, events):
    v = view("Die Geiseln befreite die Armee Nigerias am Dienstag.")
    assert (v.dep(_at(v, "Geiseln")), v.dep(_at(v, "Armee"))) == ("obj", "nsubj")
    found = events("Die Sanktionen gegen Russland verlängerte die EU am Freitag um sechs Monate.")
    assert [(e.roles, e.label) for e in found] == [
        ((("EU", "agent"), ("Russland", "patient")), "EU verlängert Sanktionen gegen Russland")]
    # a plural verb: the plural phrase stays its subject
    v = view("Die Soldaten befreiten die Geisel am Dienstag.")
    assert (v.dep(_at(v, "Soldaten")), v.dep(_at(v, "Geisel"))) == ("nsubj", "obj")
