"""Speakers of statements where the parse misleads: a fronted phrase that cannot speak
(``Als Grund nannte die NASA, ...``)."""
from __future__ import annotations

import pytest

from chronik.ids import article_id
from chronik.pipeline import analyze
from chronik.records import Article


@pytest.fixture(scope="module")
def statements(toolkit):
    def run(text: str, published: str | None = "2016-01-10"):
        article = Article(id=article_id(text), source="test", title=None, published=published, authors=(),
                          agencies=(), language="de", outlet=None, text=text)
        return analyze(article, toolkit).statements
    return run


def brief(found):
    return [(s.kind, s.text, s.cue, s.speaker_name, s.speaker_basis) for s in found]


def test_fronted_object_is_no_speaker_the_subject_after_the_verb_is(statements):
    text = ("Die Mission der Raumfähre wird um einen Tag verlängert. Als Grund für die Verlängerung nannte die NASA, "
            "den Astronauten zusätzliche Zeit zu geben.")
    found = statements(text)
    assert brief(found) == [("indirect", "den Astronauten zusätzliche Zeit zu geben", "nannte", "NASA", "text")]
    assert text[found[0].speaker_start:found[0].speaker_end] == "die NASA"


def test_fronted_object_leaves_an_act_without_content_alone(statements):
    # (an act whose object is fronted mostly takes up what was said before: no reported act of its own)
    assert brief(statements("Die Annullierung der Wahl verlangte Mussawi vom Wächterrat.")) == []
