"""Speech-verb frames (``chronik.extract.statement_frames``) where the tagger misreads the frame (a separable
speech verb's finite form read as an adjective, a support verb's act noun read as an oblique), and ``festhalten``
with its content clause. Sentences written for these tests."""
from __future__ import annotations

import pytest

FOUND = [
    # ("warf" tagged ADJ: the particle "vor" the parse hung on it makes "vorwerfen")
    ("Russland warf Polen daraufhin Vernachlässigung seiner Pflichten zum Schutz der Denkmäler vor.",
     [("reported", "warf Polen daraufhin Vernachlässigung seiner Pflichten zum Schutz der Denkmäler vor", "warf vor",
       "Russland", "text")]),
    # ("eine Absage" parsed as an oblique with no preposition: the bare accusative of "erteilen")
    ("Die SPÖ erteilte nicht nur Huber, sondern auch dem Zweiten Landtagspräsidenten Karl Berger eine Absage.",
     [("reported", "erteilte nicht nur Huber, sondern auch dem Zweiten Landtagspräsidenten Karl Berger eine Absage",
       "erteilte Absage", "SPÖ", "text")]),
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
