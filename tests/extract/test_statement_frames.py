"""Speech-verb frames (``chronik.extract.statement_frames``) where the tagger misreads the frame (a separable
speech verb's finite form read as an adjective, a support verb's act noun read as an oblique), ``festhalten``
with its content clause, verbs of taking a position with their preposition, and an act in a verb-final clause.
Sentences written for these tests."""
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
    ("Nachdem der Minister eine kürzere Arbeitszeit gefordert hatte, wandten sich Wirtschaftsvertreter gegen eine "
     "Verkürzung der Arbeitszeit.",
     [("reported", "eine kürzere Arbeitszeit gefordert hatte", "gefordert", "der Minister", "text"),
      ("reported", "wandten sich Wirtschaftsvertreter gegen eine Verkürzung der Arbeitszeit", "wandten",
       "Wirtschaftsvertreter", "text")]),
    ("Der Premier hatte bei beiden Parteien erfolglos für eine Zusammenarbeit geworben.",
     [("reported", "hatte bei beiden Parteien erfolglos für eine Zusammenarbeit geworben", "geworben", "Der Premier",
       "text")]),
    # (a verb-final clause ends at its verb: the words after the dash are an addition, no part of the act)
    ("Die Chefin sprach auf mehreren Kundgebungen, auf denen sie für ihr neues Tarifmodell warb – ebenso wie auf "
     "einem Plakat am Eingang.",
     [("reported", "auf denen sie für ihr neues Tarifmodell warb", "warb", None, "pronoun")]),
]

NONE = [
    "Die Polizei hielt den Verdächtigen am Bahnhof fest.",  # (detained: "festhalten" states only with its clause)
    "Der Kasache setzte sich im Finale gegen den Spanier durch.",  # (a win)
    "Die Polizei hatte Tränengas gegen die Demonstranten eingesetzt.",  # (gas deployed)
    "Der Premier wollte bei den Parteien nicht für eine Zusammenarbeit werben.",  # (a position not taken)
    # ("sich für ... einsetzen" is no cue of SpkAtt's and stays out)
    "Die frühere Ministerin hatte sich für einen Sozialindex in der Schulfinanzierung eingesetzt.",
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_frames_the_tagger_misreads_and_positions_taken(statements, text, expected):
    assert [(s.kind, s.text, s.cue, s.speaker_name, s.speaker_basis) for s in statements(text)] == expected


@pytest.mark.parametrize("text", NONE)
def test_such_verbs_without_their_marks_say_nothing(statements, text):
    assert statements(text) == ()
