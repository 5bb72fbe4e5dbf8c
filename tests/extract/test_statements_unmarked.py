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


def test_first_person_words_after_the_frame_stop_at_the_reporters_perfect(statements):
    # (the parse may give the participle no verb form, only its past tense: "hat ... eröffnet" is still no present)
    found = statements("Wir haben kein Interesse daran, dass die Deutschen hier die dominierende Kraft sind, sagte der "
                       "PiS-Vorsitzende Jarosław Kaczyński. Wir müssen unsere Interessen und unsere Souveränität "
                       "schützen. Die EU-Kommission hat unter anderem wegen der faktischen Lähmung des "
                       "Verfassungsgerichts ein Prüfverfahren gegen Polen eröffnet.")
    assert brief(found) == [
        ("direct", "Wir haben kein Interesse daran, dass die Deutschen hier die dominierende Kraft sind, sagte der "
                   "PiS-Vorsitzende Jarosław Kaczyński. Wir müssen unsere Interessen und unsere Souveränität schützen",
         "sagte", "Jarosław Kaczyński", "text")]


def test_interview_label_with_the_surname_alone_is_the_person_named_before(statements):
    turns = ("STANDARD: Nur noch elf Prozent für die SPÖ. Was jetzt?",
             "Peter Kaiser: Es ist schlicht ein Desaster.",
             "STANDARD: Warum sollte ein Neubeginn diesmal gelingen?",
             "Kaiser: Es bleibt uns jetzt ja nichts anderes übrig.",
             "STANDARD: Wen werden Sie wählen?",
             # ("werde" after "ich" is the indicative, no Konjunktiv I: the answer goes on)
             "Kaiser: Da bin ich mir nicht so sicher. Ich persönlich werde Alexander Van der Bellen wählen.")
    assert brief(statements(" ".join(turns))) == [
        ("direct", "Es ist schlicht ein Desaster", ":", "Peter Kaiser", "text"),
        ("direct", "Es bleibt uns jetzt ja nichts anderes übrig", ":", "Peter Kaiser", "text"),
        ("direct", "Da bin ich mir nicht so sicher. Ich persönlich werde Alexander Van der Bellen wählen", ":",
         "Peter Kaiser", "text")]


def test_a_long_interview_answer_runs_up_to_the_next_turn(statements):
    found = statements("STANDARD: Was jetzt? Peter Kaiser: Es ist schlicht ein Desaster. Und das ist auch schon 40 "
                       "Jahre her. Die Bundespräsidentenwahl war da eine sehr willkommene Gelegenheit. Wir müssen jetzt "
                       "zeigen, dass es für die SPÖ einen Weg gibt. Die FPÖ wird immer weiter lizitieren. Da müssen wir "
                       "klarmachen, dass die Position der FPÖ absurd ist. STANDARD: Und nun? Kaiser: Wir müssen "
                       "radikal über alles reden.")
    # (the speaker's own frames inside the answer are part of it, not the text's own voice)
    assert brief(found) == [
        ("direct", "Es ist schlicht ein Desaster. Und das ist auch schon 40 Jahre her. Die Bundespräsidentenwahl war "
                   "da eine sehr willkommene Gelegenheit. Wir müssen jetzt zeigen, dass es für die SPÖ einen Weg gibt. "
                   "Die FPÖ wird immer weiter lizitieren. Da müssen wir klarmachen, dass die Position der FPÖ absurd "
                   "ist", ":", "Peter Kaiser", "text"),
        ("direct", "Wir müssen radikal über alles reden", ":", "Peter Kaiser", "text")]


def test_a_colon_frame_outside_an_interview_goes_on_no_further_than_before(statements):
    found = statements("Peter Kaiser: Es ist schlicht ein Desaster. Und das ist auch schon 40 Jahre her. Die Wahl war "
                       "da eine willkommene Gelegenheit. Die FPÖ wird immer weiter lizitieren. Die SPÖ hat verloren. "
                       "Die ÖVP auch. Zum Vergleich: Die Grünen gewannen.")
    assert [s[:2] for s in brief(found)] == [("direct", "Es ist schlicht ein Desaster")]


def test_words_before_the_frame_run_back_to_the_speakers_first_person(statements):
    found = statements("Der materielle Schaden ist hingegen noch nicht abzuschätzen. Die Unfallstelle ist noch nicht "
                       "frei, erst wenn die Wagen entfernt sind, können wir uns einen Überblick verschaffen. "
                       "Wahrscheinlich müssen aber die Oberleitungen und die Signale erneuert werden. Die Kosten werden "
                       "sich sicher im siebenstelligen Bereich abspielen, sagt Christopher Seif.")
    assert brief(found) == [
        ("direct", "Die Unfallstelle ist noch nicht frei, erst wenn die Wagen entfernt sind, können wir uns einen "
                   "Überblick verschaffen. Wahrscheinlich müssen aber die Oberleitungen und die Signale erneuert "
                   "werden. Die Kosten werden sich sicher im siebenstelligen Bereich abspielen", "sagt",
         "Christopher Seif", "text")]


def test_words_before_the_frame_stop_at_the_reporters_past(statements):
    found = statements("Ich hoffe, ich habe gestern nicht zu viele Fans verloren. Der unterlegene Finalist war "
                       "letztlich auch zufrieden. Es ist immer schwer zu verlieren, besonders im Finale, sagte der "
                       "33-jährige Franzose Paul-Henri Mathieu.")
    assert [s[:2] for s in brief(found) if s[0] == "direct"] == [
        ("direct", "Es ist immer schwer zu verlieren, besonders im Finale")]


def test_a_stand_in_konjunktiv_ii_before_or_after_the_frame_is_reported(statements):
    assert brief(statements("Dank der kostenfreien Zuteilung von Zertifikaten hätten die großen Stahlkonzerne in Europa "
                            "sehr viel Geld verdient, erklärte die Linken-Abgeordnete Eva Bulling-Schröter.")) == [
        ("indirect", "Dank der kostenfreien Zuteilung von Zertifikaten hätten die großen Stahlkonzerne in Europa sehr "
                     "viel Geld verdient", "erklärte", "Eva Bulling-Schröter", "text")]
    assert [s[:2] for s in brief(statements(
        "Der Bachelor unterscheide sich auch in der Konzeption, sagt Vizerektorin Jutta Fiegl: Die Studierenden "
        "würden nicht nur Rechtswissenschaft lernen, sondern auch Kommunikationsstrategien."))][-1:] == [
        ("indirect", "Die Studierenden würden nicht nur Rechtswissenschaft lernen, sondern auch "
                     "Kommunikationsstrategien")]


def test_a_stand_in_konjunktiv_ii_in_the_first_person_stays_direct(statements):
    assert [s[:2] for s in brief(statements("Wir würden uns das genau anhören, sagte der 25-jährige Aleksandar "
                                            "Dragovic."))] == [
        ("direct", "Wir würden uns das genau anhören")]


def test_a_konjunktiv_i_right_after_er_is_reported_however_tagged(statements):
    assert brief(statements("Er rechne aber damit, in einem Jahr als Anbieter akkreditiert zu sein, sagt Rektor Alfred "
                            "Pritz.")) == [
        ("indirect", "Er rechne aber damit, in einem Jahr als Anbieter akkreditiert zu sein", "sagt", "Alfred Pritz",
         "text")]
