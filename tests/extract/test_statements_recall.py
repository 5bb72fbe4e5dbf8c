"""Recall of indirect and reported speech: verbs of saying the first lexicon lacked (revealing, scolding,
concluding), each with exact values on German news sentences, and their readings that are no statement."""
from __future__ import annotations


def brief(found):
    return [(s.kind, s.text, s.cue, s.speaker_name, s.speaker_basis) for s in found]


def test_a_disclosure_with_its_dass_clause_is_indirect(statements):
    found = statements("Der Trainer verriet nach dem Spiel, dass er den Verein im Sommer verlassen werde.")
    assert brief(found) == [("indirect", "dass er den Verein im Sommer verlassen werde", "verriet", "Der Trainer",
                             "text")]


def test_a_disclosure_without_content_is_no_statement(statements):
    assert statements("Wie der Titel verrät, sind weitere Folgen nicht ausgeschlossen.") == ()


def test_scolding_with_its_prepositional_object_is_reported(statements):
    found = statements("Die Opposition wetterte am Mittwoch im Landtag gegen die geplante Reform.")
    assert brief(found) == [("reported", "wetterte am Mittwoch im Landtag gegen die geplante Reform", "wetterte",
                             "Die Opposition", "text")]


def test_a_conclusion_stated_with_its_content_clause(statements):
    found = statements("Die Forscher schlossen daraus, dass das Virus schon früher mutiert sei.")
    assert brief(found) == [("indirect", "dass das Virus schon früher mutiert sei", "schlossen", "Die Forscher",
                             "text")]


def test_closing_a_door_is_no_statement(statements):
    assert statements("Der Minister schloss die Tür hinter sich.") == ()


def test_generic_man_with_a_content_clause_is_a_statement_without_a_speaker(statements):
    found = statements("Im Kongress geht man davon aus, dass vom ursprünglichen Entwurf nicht viel übrig bleiben wird.")
    assert brief(found) == [("indirect", "dass vom ursprünglichen Entwurf nicht viel übrig bleiben wird", "geht aus",
                             None, None)]


def test_generic_man_with_a_modal_is_the_writers_own_claim(statements):
    assert statements("Man muss sagen, dass die Lage an den Grenzen ernst ist.") == ()


def test_generic_man_without_content_is_no_statement(statements):
    assert statements("Man sprach im Landtag lange über die Reform.") == ()


def test_nach_berechnung_credits_its_source(statements):
    found = statements("Die Inflation liegt nach Berechnung des Statistischen Bundesamtes bei 1,2 Prozent.")
    assert brief(found) == [("indirect", "Die Inflation liegt nach Berechnung des Statistischen Bundesamtes bei 1,2 "
                                         "Prozent", "Berechnung", "Statistischen Bundesamt", "text")]


# -- a verb of feeling or of the manner of speaking right after the words (GermEval 2014 training sentences) --

def test_a_feeling_verb_right_after_the_words_frames_them(statements):
    found = statements("Für mich ist das ein ganz klarer Wortbruch, ärgert sich die 40-Jährige.")
    assert brief(found) == [("direct", "Für mich ist das ein ganz klarer Wortbruch", "ärgert", "die 40-Jährige",
                             "text")]


def test_a_feeling_verb_after_konjunktiv_i_frames_indirect_speech(statements):
    found = statements("Die X-Box sei zu Weihnachten die am meisten verkaufte Konsole in den USA gewesen, freut sich "
                       "der zuständige Manager Robbie Bach.")
    assert brief(found) == [("indirect", "Die X-Box sei zu Weihnachten die am meisten verkaufte Konsole in den USA "
                                         "gewesen", "freut", "Robbie Bach", "text")]


def test_a_feeling_verb_after_a_phrase_or_with_dies_frames_nothing(statements):
    assert statements("Anlässlich der General-Visitation im Jahre 1592 zur Bekämpfung des Calvinismus, ärgerte er "
                      "sich besonders über die liederlichen Sitten.") == ()
    assert statements("Da er sich entschieden gegen das Treiben der Volkspartei in Baden erklärt hatte, wundert dies "
                      "nicht.") == ()
    assert statements("Michael Häupl freut sich auf den Urlaub.") == ()


def test_laut_as_an_adverb_at_the_end_of_its_clause_credits_no_one(statements):
    assert statements("Die Kinder, die im Garten spielen, lachen laut.") == ()


# -- an act of judging in the passive with no agent --------------------------------------------------------

def test_a_judgement_in_the_passive_without_agent_is_reported_by_no_one_named(statements):
    found = statements("PVC ist weltweit ein wichtiger Kunststoff. Kritisiert wird jedoch der hohe Verbrauch.")
    assert brief(found) == [("reported", "Kritisiert wird jedoch der hohe Verbrauch", "Kritisiert", None, None)]


def test_naming_announcing_and_judging_in_a_subordinate_clause_in_the_passive_are_no_statement(statements):
    assert statements("Das offizielle Ergebnis der Wahl wird am 8. Juni bekannt gegeben.") == ()
    assert statements("Die Teilchen stammen aus dem Partikelstrom, der als Sonnenwind bezeichnet wird.") == ()
    assert statements("China, das für sein Vorgehen in Tibet kritisiert wird, wies die Vorwürfe zurück.")[0].speaker_name \
        == "China"


def test_a_voice_raised_with_its_content_clause_is_a_statement_without_speaker(statements):
    found = statements("Im Landtag wurde Kritik laut, dass die Reform zu teuer sei.")
    assert brief(found) == [("indirect", "dass die Reform zu teuer sei", "wurde laut", None, None)]
    assert statements("Schnell wurde Kritik laut.") == ()
    assert statements("Die Musik wurde laut.") == ()
