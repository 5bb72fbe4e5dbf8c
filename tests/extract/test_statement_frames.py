"""Reported speech acts read off a speech verb's own clause (``statement_frames``), from real German
news sentences: the act before a colon, the second of two coordinated acts, and speakers the parse
leaves outside the subject's head noun."""
from __future__ import annotations


def brief(found):
    return [(s.kind, s.text, s.cue, s.speaker_name) for s in found]


def test_an_act_before_a_colon_and_the_words_it_introduces(statements):
    found = statements("Günter Kreissl, Sportchef der Niederösterreicher, bestätigte am Donnerstag gegenüber der APA "
                       "einen Bericht der Oberösterreichischen Nachrichten: Andi hat diesen Traum.")
    assert brief(found) == [
        ("reported", "bestätigte am Donnerstag gegenüber der APA einen Bericht der Oberösterreichischen Nachrichten",
         "bestätigte", "Günter Kreissl"),
        ("direct", "Andi hat diesen Traum", "bestätigte", "Günter Kreissl")]


def test_an_act_before_a_colon_and_its_konjunktiv_is_one_statement(statements):
    found = statements("Senatssprecher Richard Meng kritisierte den harten Gewerkschaftskurs: Das gehe zu Lasten der "
                       "Berliner Bevölkerung.")
    assert [s.kind for s in found] == ["indirect"]
