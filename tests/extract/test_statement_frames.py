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
    (st,) = statements("Senatssprecher Richard Meng kritisierte den harten Gewerkschaftskurs: Das gehe zu Lasten der "
                       "Berliner Bevölkerung.")
    assert (st.kind, st.text, st.cue) == ("indirect", "Das gehe zu Lasten der Berliner Bevölkerung", "kritisierte")


def test_a_second_coordinated_act_shares_the_first_ones_speaker(statements):
    found = statements("Mexikos Regierung verurteilte den Vorfall scharf und forderte eine Untersuchung.")
    assert [(s.kind, s.text, s.cue) for s in found] == [
        ("reported", "verurteilte den Vorfall scharf", "verurteilte"),
        ("reported", "forderte eine Untersuchung", "forderte")]
    assert found[0].speaker_name == found[1].speaker_name


def test_a_noun_before_a_persons_name_is_the_persons_title(statements):
    found = statements("Der damalige freiheitliche Landeshauptmann Jörg Haider nannte den Richterspruch ein "
                       "Faschingsurteil.")
    assert brief(found) == [("reported", "nannte den Richterspruch ein Faschingsurteil", "nannte", "Jörg Haider")]


def test_an_expectation_in_the_perfect_ends_before_its_participle(statements):
    assert brief(statements("Ökonomen hatten mit einem Anstieg von 0,5 Prozent gerechnet.")) == [
        ("reported", "hatten mit einem Anstieg von 0,5 Prozent gerechnet", "gerechnet", "Ökonomen")]
    # (in a relative clause the participle is no perfect of the frame's: no view stated)
    assert statements("Die Soldaten schossen auf Männer, die sie für Söldner gehalten hätten.") == ()
