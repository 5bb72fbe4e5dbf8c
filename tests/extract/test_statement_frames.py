"""Speech-verb frames (``chronik.extract.statement_frames``): ``festhalten`` with its content clause.
Sentences written for these tests."""
from __future__ import annotations

import pytest

FOUND = [
    ("Die Richterin hielt fest, dass kein Beschuldigter über dem Gesetz stehe.",
     [("indirect", "dass kein Beschuldigter über dem Gesetz stehe", "hielt fest", "Die Richterin", "text")]),
]

NONE = [
    "Die Polizei hielt den Verdächtigen am Bahnhof fest.",  # (detained: "festhalten" states only with its clause)
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_frames_the_tagger_misreads_and_positions_taken(statements, text, expected):
    assert [(s.kind, s.text, s.cue, s.speaker_name, s.speaker_basis) for s in statements(text)] == expected


@pytest.mark.parametrize("text", NONE)
def test_such_verbs_without_their_marks_say_nothing(statements, text):
    assert statements(text) == ()
