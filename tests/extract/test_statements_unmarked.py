"""Unmarked direct speech (10kGNAD prints no quotation marks) against the reporter's own rendering of
someone's words, on real German news sentences (``statement_unmarked_direct``)."""
from __future__ import annotations


def brief(found):
    return [(s.kind, s.text, s.cue, s.speaker_name, s.speaker_basis) for s in found]


def test_content_that_names_its_own_speaker_is_the_reporters(statements):
    found = statements("Die SPÖ wird am 28. November einen neuen Stadtparteivorsitzenden wählen. Die bisherige Chefin "
                       "der Sozialdemokraten in der Landeshauptstadt, Gabi Schiessling, wird nicht mehr kandidieren, "
                       "erklärte sie am Montag bei einer Pressekonferenz.")
    assert brief(found) == [
        ("indirect", "Die bisherige Chefin der Sozialdemokraten in der Landeshauptstadt, Gabi Schiessling, wird nicht "
                     "mehr kandidieren", "erklärte", "Gabi Schiessling", "pronoun")]


def test_sollen_before_an_inverted_frame_is_the_reporters(statements):
    assert brief(statements("Die Teststrecken werden ab dem Sommer befahren. Es soll auch einen echten Testbetrieb "
                            "geben, sagte Verkehrsminister Alois Stöger.")) == [
        ("indirect", "Es soll auch einen echten Testbetrieb geben", "sagte", "Alois Stöger", "text")]
    # (read off the word order where the parse loses the sentence: the modal in the second place)
    assert brief(statements("Für Neukunden und solche, die ihren Vertrag verlängern, sollen in den meisten Tarifen die "
                            "Roamingzuschläge zum 14. April entfallen, sagte Vodafone-Chef Hannes Ametsreiter der "
                            "Rheinischen Post.")) == [
        ("indirect", "Für Neukunden und solche, die ihren Vertrag verlängern, sollen in den meisten Tarifen die "
                     "Roamingzuschläge zum 14. April entfallen", "sagte", "Hannes Ametsreiter", "text")]


def test_sollen_in_a_subordinate_clause_or_in_the_first_person_stays_direct(statements):
    assert brief(statements("Das Ziel, das erreicht werden soll, ist klar, sagt Sebastian Kurz.")) == [
        ("direct", "Das Ziel, das erreicht werden soll, ist klar", "sagt", "Sebastian Kurz", "text")]
    assert brief(statements("Wir sollen das Geld zurückzahlen, sagt Sebastian Kurz.")) == [
        ("direct", "Wir sollen das Geld zurückzahlen", "sagt", "Sebastian Kurz", "text")]


def test_first_person_words_before_a_persons_indirect_frame_are_theirs(statements):
    found = statements("Es gibt viel zu tun. Aber wir können es schaffen. Ausländische Autobauer sollten nun mit "
                       "Investitionspaketen angelockt werden, sagte der Verbandschef Lawrence Davies.")
    assert brief(found) == [
        ("direct", "Aber wir können es schaffen", None, "Lawrence Davies", "carried"),
        ("indirect", "Ausländische Autobauer sollten nun mit Investitionspaketen angelockt werden", "sagte",
         "Lawrence Davies", "text")]


def test_narration_in_the_preterite_does_not_open_the_speakers_words(statements):
    found = statements("Die Ministerin verteidigte den Plan. Wir haben alles geprüft. Es gibt keine Alternative. Das "
                       "sagte Mikl-Leitner am Montag in Wien.")
    assert brief(found) == [("direct", "Wir haben alles geprüft. Es gibt keine Alternative", "sagte", "Mikl-Leitner",
                             "text")]


def test_interview_turn_goes_on_up_to_the_next_turn(statements):
    found = statements("Der Ökonom Stephan Schulmeister sieht die Lage kritisch. STANDARD: Wie geht es weiter mit der "
                       "Eurozone? Schulmeister: Ich sehe keine Besserung. Die Politik hat versagt. STANDARD: Was müsste "
                       "passieren? Schulmeister: Wir brauchen mehr Investitionen. Das ist klar.")
    # (after the last turn only the speaker's first-person words go on, as after any colon)
    assert brief(found) == [
        ("direct", "Ich sehe keine Besserung. Die Politik hat versagt", ":", "Stephan Schulmeister", "text"),
        ("direct", "Wir brauchen mehr Investitionen", ":", "Stephan Schulmeister", "text")]


def test_present_sentence_linked_back_to_a_persons_statement_goes_on_in_their_words(statements):
    found = statements("Der Chef der Welt-Anti-Doping-Agentur, Olivier Niggli, rechnet nicht mit einem Freispruch. Er "
                       "betonte allerdings, es sei nicht an ihm, in dem Fall zu entscheiden. Das wird der "
                       "internationale Tennisverband festlegen. Scharapowa hatte am 8. März öffentlich gemacht, dass "
                       "sie positiv getestet worden war.")
    assert brief(found)[1:3] == [
        ("indirect", "es sei nicht an ihm, in dem Fall zu entscheiden", "betonte", "Olivier Niggli", "pronoun"),
        ("direct", "Das wird der internationale Tennisverband festlegen", None, "Olivier Niggli", "carried")]
    assert brief(statements("Die Strecken seien sicher, sagte Verkehrsminister Alois Stöger. Das gilt auch für den "
                            "Winter.")) == [
        ("indirect", "Die Strecken seien sicher", "sagte", "Alois Stöger", "text"),
        ("direct", "Das gilt auch für den Winter", None, "Alois Stöger", "carried")]


def test_reporters_present_sentence_after_a_statement_is_no_speech(statements):
    # a noun opening a topic of its own, or the speaker in the third person: the reporter's
    intro = "Österreich bekommt erste Teststrecken für selbstfahrende Autos. Die Strecken seien sicher, sagte " \
            "Verkehrsminister Alois Stöger. "
    for text in ("Die Teststrecken sind Teil des Turbopaket Technologie.",
                 "Er will nun rasch den gesetzlichen Rahmen dafür schaffen."):
        assert brief(statements(intro + text)) == [
            ("indirect", "Die Strecken seien sicher", "sagte", "Alois Stöger", "text")]
