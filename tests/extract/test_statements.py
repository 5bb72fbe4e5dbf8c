"""Statements of every kind from real German news sentences, through the whole
per-article analysis: direct speech with and without quotation marks, indirect
speech (dass-clause, Konjunktiv I, ``laut``, ``zufolge``, ``wie X mitteilte``),
reported speech acts, speakers carried over, ``via`` and dates."""
from __future__ import annotations


def brief(found):
    return [(s.kind, s.text, s.cue, s.speaker_name, s.speaker_basis) for s in found]


# -- direct speech without quotation marks (10kGNAD prints none) ------------------------

def test_unmarked_direct_speech_before_its_frame(statements):
    (st,) = statements("Ich bin nicht rechts, sagt Sebastian Kurz.")
    assert brief([st]) == [("direct", "Ich bin nicht rechts", "sagt", "Sebastian Kurz", "text")]
    assert not st.marked


def test_unmarked_direct_speech_over_several_sentences(statements):
    found = statements("Innenminister Angelino Alfano hat am Samstag die Einigung mit seinem Amtskollegen begrüßt. "
                       "Wir sind zu einem Abkommen gelangt. Es werden keine Mauern errichtet, kommentierte Alfano.")
    assert brief(found) == [
        ("reported", "hat am Samstag die Einigung mit seinem Amtskollegen begrüßt", "begrüßt", "Angelino Alfano",
         "text"),
        ("direct", "Wir sind zu einem Abkommen gelangt. Es werden keine Mauern errichtet", "kommentierte",
         "Angelino Alfano", "text")]
    assert (found[0].date, found[0].date_basis) == ("2016-01-09", "text")
    assert (found[1].date, found[1].date_basis) == ("2016-01-10", "published")


def test_unmarked_own_words_go_on_in_the_present_after_their_frame(statements):
    found = statements("Die Krankheit führt bei Amphibien zu einem Massensterben. Wir erleben gerade ein Massensterben "
                       "von Spezies, besonders Amphibien sind in Gefahr, sagt Mitautorin Amber Griffiths. Die "
                       "Verschlechterung der Umweltbedingungen und der Klimawandel verschärfen die Situation.")
    assert brief(found) == [
        ("direct", "Wir erleben gerade ein Massensterben von Spezies, besonders Amphibien sind in Gefahr, sagt "
                   "Mitautorin Amber Griffiths. Die Verschlechterung der Umweltbedingungen und der Klimawandel "
                   "verschärfen die Situation", "sagt", "Amber Griffiths", "text")]


def test_unmarked_speech_stops_at_narration_or_when_not_in_the_first_person(statements):
    # the reporter goes on in the past; words in the third person are no sure sign of the speaker's own
    found = statements("Aber womöglich haben unsere Gehirne ein Miniatur-System dessen, was Wale und Delphine haben, "
                       "sagt die Forscherin Yuka Sasaki. Das Team nahm mit Hirnstrommessungen den Schlaf von 35 "
                       "Freiwilligen unter die Lupe.")
    assert brief(found) == [("direct", "Aber womöglich haben unsere Gehirne ein Miniatur-System dessen, was Wale "
                                       "und Delphine haben", "sagt", "Yuka Sasaki", "text")]
    found = statements("Österreich bekommt erste Teststrecken für selbstfahrende Autos. Es soll auch einen echten "
                       "Testbetrieb geben, sagte Verkehrsminister Alois Stöger. Die Teststrecken sind Teil des "
                       "Turbopaket Technologie, das von der Regierung auf den Weg gebracht wird.")
    # (its "soll" is the reporter's rendering of a plan: indirect, test_statements_unmarked.py)
    assert brief(found) == [("indirect", "Es soll auch einen echten Testbetrieb geben", "sagte", "Alois Stöger",
                             "text")]


def test_content_before_its_frame_may_open_with_a_preposition_of_a_subordinators_form(statements):
    found = statements("Die Deutsche Telekom streicht die zusätzlichen Gebühren für Telefonate. Zum 19. April sollen "
                       "die angepassten Tarife zunächst für Neukunden gelten, sagte ein Sprecher.")
    assert brief(found) == [("indirect", "Zum 19. April sollen die angepassten Tarife zunächst für Neukunden gelten",
                             "sagte", "ein Sprecher", "text")]
    # a subordinate clause the tagger read with a preposition keeps its verb last: no content of the frame
    found = statements("Während die Bangkok Post von 100.000 Demonstranten sprach, sprach die Nachrichtenagentur "
                       "Reuters von 50.000 Menschen.")
    assert [(s.kind, s.speaker_name) for s in found] == [("reported", "Bangkok Post"), ("reported", "Reuters")]


def test_verbless_colon_frame_goes_on(statements):
    found = statements("Philipp Kohlschreiber hat gewonnen. Kohlschreiber zum Spiel: Das war nicht der Traumstart, "
                       "ich habe nervös angefangen. Im zweiten habe ich dann mehr riskiert.")
    assert brief(found) == [("direct", "Das war nicht der Traumstart, ich habe nervös angefangen. Im zweiten habe "
                                       "ich dann mehr riskiert", ":", "Philipp Kohlschreiber", "text")]


def test_frameless_first_person_speech_after_a_statement(statements):
    found = statements("Philipp Kohlschreiber lobte seinen Gegner Dominic Thiem. Ich hoffe, ich habe gestern nicht "
                       "zu viele Fans verloren. Ich bin sicher, Dominic wird es hier auch noch schaffen.")
    assert brief(found)[1] == ("direct", "Ich hoffe, ich habe gestern nicht zu viele Fans verloren. Ich bin sicher, "
                                         "Dominic wird es hier auch noch schaffen", None, "Philipp Kohlschreiber",
                               "carried")


def test_frameless_first_person_speech_after_a_person_subject(statements):
    found = statements("Der Sieger heißt Philipp Kohlschreiber. Im Moment des Triumphs dachte Kohlschreiber auch "
                       "noch an Dominic Thiem, den er am Freitag aus dem Turnier entfernt hatte. Ich hoffe, ich habe "
                       "gestern nicht zu viele österreichische Fans verloren.")
    assert brief(found) == [("direct", "Ich hoffe, ich habe gestern nicht zu viele österreichische Fans verloren",
                             None, "Philipp Kohlschreiber", "carried")]
    # (a sentence before whose subject is no person names no one)
    assert statements("Die Stadt Wien wurde von einem Sturm getroffen. Ich habe so etwas noch nie erlebt.") == ()


def test_pronoun_speaker_resolved(statements):
    found = statements("Außenminister Sergej Lawrow lobte die Hilfe. Jedoch bin ich höchst beunruhigt, sagte er.")
    assert brief(found) == [("reported", "lobte die Hilfe", "lobte", "Sergej Lawrow", "text"),
                            ("direct", "Jedoch bin ich höchst beunruhigt", "sagte", "Sergej Lawrow", "pronoun")]


def test_so_frame(statements):
    (st,) = statements("Die Ermittlungen dauern an, so ein Sprecher der Polizei.")
    assert (st.kind, st.text, st.cue, st.speaker_name) == ("direct", "Die Ermittlungen dauern an", "so", "ein Sprecher der Polizei")


# -- indirect speech ---------------------------------------------------------------------

def test_konjunktiv_clause_and_free_indirect_speech_carried(statements):
    found = statements("Der Minister sagte: Wir werden das schaffen. Die Lage sei ernst. Es gebe keine Alternative.")
    assert brief(found) == [("direct", "Wir werden das schaffen", "sagte", "Der Minister", "text"),
                            ("indirect", "Die Lage sei ernst. Es gebe keine Alternative", None, "Der Minister",
                             "carried")]


def test_verb_second_konjunktiv_clause(statements):
    (st,) = statements("Der Kreml erklärte, Putin habe mit Kim Informationen ausgetauscht.")
    assert brief([st]) == [("indirect", "Putin habe mit Kim Informationen ausgetauscht", "erklärte", "Kreml", "text")]
    assert st.speaker_start == 0 and st.speaker_end == len("Der Kreml")


def test_verb_second_indicative_clause_after_a_verb_of_saying(statements):
    # (the parse attaches the clause after the comma to anything; the frame's own words decide)
    assert brief(statements("Der Minister sagte, das ist der falsche Ansatz.")) == [
        ("indirect", "das ist der falsche Ansatz", "sagte", "Der Minister", "text")]
    assert brief(statements("Müller sagte dem Sender, der Plan ist gescheitert.")) == [
        ("indirect", "der Plan ist gescheitert", "sagte", "Müller", "text")]


def test_no_bare_clause_after_an_object_or_as_a_relative_clause(statements):
    assert brief(statements("Er erzählte eine Geschichte, die Leute lachten.")) == []
    assert brief(statements("Bis zum Samstag wurden keine Schäden durch den Sturm berichtet, der seit dem "
                            "4. März nach Südosten zieht.")) == []
    assert brief(statements("Müller lobte die Hilfe, die Regierung hat viel getan.")) == [
        ("reported", "lobte die Hilfe", "lobte", "Müller", "text")]


def test_a_colleague_can_speak(statements):
    assert brief(statements("Der Kollege hat von einem kranken Land gesprochen.")) == [
        ("reported", "hat von einem kranken Land gesprochen", "gesprochen", "Der Kollege", "text")]


def test_dass_clause_and_role_noun(statements):
    found = statements("Bundeskanzlerin Angela Merkel sagte der Zeitung, die Regierung werde helfen. "
                       "Die Kanzlerin betonte, dass niemand zurückgelassen werde.")
    assert brief(found) == [("indirect", "die Regierung werde helfen", "sagte", "Angela Merkel", "text"),
                            ("indirect", "dass niemand zurückgelassen werde", "betonte", "Angela Merkel", "role")]


def test_separable_cue_verb_and_via(statements):
    (st,) = statements("Putin hob laut KCNA hervor, dass die Beziehungen gut seien.")
    assert brief([st]) == [("indirect", "dass die Beziehungen gut seien", "hob hervor", "Putin", "text")]
    assert st.via == "KCNA"


def test_zufolge_inside_a_frame_is_no_speaker(statements):
    (st,) = statements("Kim versicherte den Angaben zufolge, dass Nordkorea alle Maßnahmen unterstützen werde.")
    assert brief([st]) == [("indirect", "dass Nordkorea alle Maßnahmen unterstützen werde", "versicherte", "Kim",
                            "text")]


def test_laut_and_wie_frames(statements):
    assert brief(statements("Laut Polizei wurden drei Menschen verletzt.")) == [
        ("indirect", "wurden drei Menschen verletzt", "Laut", "Polizei", "text")]
    assert brief(statements("Wie der Bundeswahlleiter mitteilte, lag die Wahlbeteiligung bei 41,9 Prozent.")) == [
        ("indirect", "lag die Wahlbeteiligung bei 41,9 Prozent", "mitteilte", "der Bundeswahlleiter", "text")]


def test_zu_infinitive_after_a_separable_speech_verb(statements):
    found = statements("Ärzte ohne Grenzen sowie das Internationale Rote Kreuz kündigten an, die Zahl der Helfer "
                       "in der Region zu erhöhen.")
    assert [(s.kind, s.text, s.cue) for s in found] == [
        ("indirect", "die Zahl der Helfer in der Region zu erhöhen", "kündigten an")]


def test_zu_infinitive_in_the_first_person_is_not_direct_speech(statements):
    found = statements("Papst Franziskus regte an, unseren Blick zu weiten und nicht bei der äußeren Erscheinung "
                       "stehen zu bleiben.")
    assert [(s.kind, s.cue) for s in found] == [("indirect", "regte an")]


def test_separable_prefix_taken_for_an_adjective(statements):
    assert brief(statements("Die Polizei stellte klar, dass der Mann nicht bewaffnet gewesen sei.")) == [
        ("indirect", "dass der Mann nicht bewaffnet gewesen sei", "stellte klar", "Die Polizei", "text")]


def test_hearsay_sollen_with_a_perfect_infinitive(statements):
    found = statements("Tibetische Exilgruppen berichteten von Protesten in Lhasa. Dabei sollen vor allem junge "
                       "Tibeter verhaftet worden sein. Das Treffen soll im Mai stattfinden.")
    assert [(s.kind, s.text, s.cue) for s in found if s.cue == "sollen"] == [
        ("indirect", "Dabei sollen vor allem junge Tibeter verhaftet worden sein", "sollen")]
    assert not any("Treffen" in s.text for s in found)  # a plan, not hearsay


def test_frames_the_tagger_misreads(statements):
    # a passive frame with a dative subject, a strong participle read as an adjective, a
    # Konjunktiv I verb read as an adverb
    assert brief(statements("Ihm wird vorgeworfen, seine Tochter 34 Jahre lang vergewaltigt zu haben.")) == [
        ("indirect", "seine Tochter 34 Jahre lang vergewaltigt zu haben", "vorgeworfen", None, None)]
    assert brief(statements("Die Frauen hatten angegeben, dass der Vater sie geschlagen hatte.")) == [
        ("indirect", "dass der Vater sie geschlagen hatte", "angegeben", "Die Frauen", "text")]
    assert brief(statements("Der französische Premierminister François Fillon erklärte, sein Land plane "
                            "konkrete militärische Operationen gegen Libyen.")) == [
        ("indirect", "sein Land plane konkrete militärische Operationen gegen Libyen", "erklärte",
         "François Fillon", "text")]


def test_free_indirect_speech_with_a_form_shared_by_the_first_person(statements):
    found = statements("Der Minister hat seinen Rücktritt verkündet. Er werde allerdings als Abgeordneter im "
                       "Bundestag bleiben.")
    assert brief(found)[1] == ("indirect", "Er werde allerdings als Abgeordneter im Bundestag bleiben", None,
                               "Der Minister", "carried")


def test_free_indirect_speech_read_off_the_words(statements):
    found = statements("Die Polizei bittet um Mithilfe bei der Fahndung. Der Mann sei 18 bis 25 Jahre alt, "
                       "etwa 1,75 Meter groß.")
    assert brief(found) == [("indirect", "Der Mann sei 18 bis 25 Jahre alt, etwa 1,75 Meter groß", None,
                             "Die Polizei", "carried")]  # the subject of the sentence before


def test_doubting_and_denying_verbs(statements):
    assert brief(statements("Die Organisation bezweifelt aber, dass es zu echten Verbesserungen kommt.")) == [
        ("indirect", "dass es zu echten Verbesserungen kommt", "bezweifelt", "Die Organisation", "text")]


def test_impersonal_frames_without_a_speaker(statements):
    assert brief(statements("Doch es wird befürchtet, dass sich viele der Vermissten in dem Wrack befinden.")) == [
        ("indirect", "dass sich viele der Vermissten in dem Wrack befinden", "befürchtet", None, None)]
    assert brief(statements("Wie heute bekannt wurde, sind in dem Gebiet bereits erste Cholerafälle "
                            "aufgetreten.")) == [
        ("indirect", "sind in dem Gebiet bereits erste Cholerafälle aufgetreten", "bekannt", None, None)]


def test_indirect_question(statements):
    assert brief(statements("Apple hat offiziell bekannt gegeben, wann die neuen iPhones in Österreich auf den "
                            "Markt kommen.")) == [
        ("indirect", "wann die neuen iPhones in Österreich auf den Markt kommen", "bekannt gegeben", "Apple",
         "text")]


def test_studies_and_statements_as_sources(statements):
    assert brief(statements("Nach einer Stellungnahme der US-Armee befand sich der Helikopter auf dem Flug nach "
                            "Bagdad.")) == [
        ("indirect", "befand sich der Helikopter auf dem Flug nach Bagdad", "Stellungnahme", "der US-Armee", "text")]
    assert brief(statements("Einer Umfrage zufolge lehnen die meisten Deutschen das Gesetz ab.")) == [
        ("indirect", "lehnen die meisten Deutschen das Gesetz ab", "zufolge", "Einer Umfrage", "text")]


def test_content_ends_before_the_next_frame(statements):
    found = statements("René Préval sagte vor der Presse, Annabi sei tot, doch UN-Pressesprecher Nicholas Birnback "
                       "erklärte, den Tod Annabis bislang nicht bestätigen zu können.")
    assert [(s.text, s.cue) for s in found] == [
        ("Annabi sei tot", "sagte"), ("den Tod Annabis bislang nicht bestätigen zu können", "erklärte")]


def test_decision_with_a_content_clause(statements):
    assert brief(statements("Der VfGH hat entschieden, dass diese alle ab sofort außer Betrieb zu nehmen sind.")) == [
        ("indirect", "dass diese alle ab sofort außer Betrieb zu nehmen sind", "entschieden", "VfGH", "text")]
    assert statements("Die Regierung entschied über den Haushalt.") == ()  # a procedure, no statement


def test_ruling_out_or_doubting_with_a_content_clause(statements):
    found = statements("Der Regierungschef soll bald ernannt werden. Sonthi schloss nicht aus, dass auch ein "
                       "Ex-Militär diese Funktion ausüben könnte.")
    assert brief(found) == [("indirect", "dass auch ein Ex-Militär diese Funktion ausüben könnte", "schloss aus",
                             "Sonthi", "text")]
    assert brief(statements("Der Trainer bezweifelte, dass die Mannschaft noch den Klassenerhalt schafft.")) == [
        ("indirect", "dass die Mannschaft noch den Klassenerhalt schafft", "bezweifelte", "Der Trainer", "text")]
    assert statements("Die Polizei schloss ein Fremdverschulden aus.") == ()  # no content clause, no statement


def test_wonach_clause(statements):
    found = statements("Die Polizei konnte Berichte der Nachrichtenagentur Interfax nicht bestätigen, wonach der "
                       "Oppositionsführer Aljaksandr Milinkewitsch festgenommen worden sei.")
    assert brief(found) == [("indirect", "der Oppositionsführer Aljaksandr Milinkewitsch festgenommen worden sei",
                             "wonach", "Interfax", "text")]


def test_dated_dass_clause(statements):
    (st,) = statements("Die Polizei teilte am Montag mit, dass zwei Männer festgenommen worden seien.")
    assert brief([st]) == [("indirect", "dass zwei Männer festgenommen worden seien", "teilte mit", "Die Polizei",
                            "text")]
    assert (st.date, st.date_basis) == ("2016-01-04", "text")


def test_a_source_phrase_inside_its_clause_credits_all_of_it(statements):
    # (a phrase of another preposition the parse hung on the source's noun is the clause's: "auf 30")
    assert brief(statements("Die Zahl der Toten stieg nach Angaben der Behörden auf 30.")) == [
        ("indirect", "Die Zahl der Toten stieg nach Angaben der Behörden auf 30", "Angaben", "der Behörden", "text")]


def test_a_wie_frame_set_in_its_clause_frames_both_parts(statements):
    assert brief(statements("Drei Menschen wurden, wie die Polizei berichtete, schwer verletzt.")) == [
        ("indirect", "Drei Menschen wurden, wie die Polizei berichtete, schwer verletzt", "berichtete", "die Polizei",
         "text")]
    # (the part before it from its own clause's start)
    assert [(s.kind, s.text) for s in statements(
        "Der Minister trat zurück, und der Konzern habe, wie ein Sprecher sagte, keine Pläne für einen Verkauf.")] \
        == [("indirect", "der Konzern habe, wie ein Sprecher sagte, keine Pläne für einen Verkauf")]
    assert [s.text for s in statements("Drei Menschen wurden verletzt, wie die Polizei mitteilte.")] == [
        "Drei Menschen wurden verletzt"]


# -- reported speech acts ----------------------------------------------------------------

def test_reported_acts(statements):
    assert brief(statements("UN-Generalsekretär Ban Ki-moon warnte vor der restriktiven Flüchtlingspolitik.")) == [
        ("reported", "warnte vor der restriktiven Flüchtlingspolitik", "warnte", "Ban Ki-moon", "text")]
    assert brief(statements("Die Opposition kritisierte den Beschluss.")) == [
        ("reported", "kritisierte den Beschluss", "kritisierte", "Die Opposition", "text")]


def test_subject_with_a_relative_clause_is_no_content(statements):
    found = statements("Der PSOE-Vorsitzende Pedro Sanchez, der von König Felipe VI. mit der Regierungsbildung "
                       "betraut worden war, lehnte wiederum Iglesias Forderung nach exklusiven Verhandlungen ab.")
    assert [(s.kind, s.cue, s.speaker_name) for s in found] == [("reported", "lehnte ab", "Pedro Sanchez")]


def test_acts_of_taking_a_position(statements):
    assert brief(statements("Die Stadt Nürnberg begründet diese Erhöhung mit dem erweiterten Angebot.")) == [
        ("reported", "begründet diese Erhöhung mit dem erweiterten Angebot", "begründet", "Nürnberg", "text")]
    found = statements("Ministerpräsident Stanislaw Tillich sprach sich für eine Zwei-Staaten-Regelung aus.")
    assert [(s.kind, s.cue) for s in found] == [("reported", "sprach aus")]


def test_an_act_with_its_object_fronted_keeps_it(statements):
    # (the parse takes the fronted noun phrase for the subject; the speaker follows the verb)
    found = statements("Die Zahl der Menschen, die durch die Unruhen am Freitag getötet worden sein sollen, bezifferte "
                       "die chinesische Nachrichtenagentur Xinhua heute mit 13.")
    assert brief(found) == [
        ("reported", "Die Zahl der Menschen, die durch die Unruhen am Freitag getötet worden sein sollen, bezifferte "
                     "die chinesische Nachrichtenagentur Xinhua heute mit 13", "bezifferte", "Xinhua", "text")]
    found = statements("Den von der Belegschaft zu erzielenden Einspareffekt, unter anderem durch kürzere "
                       "Verteilzeiten, bezifferte Airbus-Vorstandsvorsitzender Thomas Enders mit 22,5 Millionen Euro.")
    assert [(s.kind, s.text[:30], s.speaker_name) for s in found] == [
        ("reported", "Den von der Belegschaft zu erz", "Thomas Enders")]
    # a pronoun for what was said before is no act of its own; an adverb the tagger took for a noun no object
    assert statements("Dies bestätigte die Polizei.") == ()
    found = statements("Des Weiteren schlug der SPD-Fraktionschef Peter Struck den SPD-Obmann Thomas Oppermann als "
                       "Nachfolger vor.")
    assert [(s.kind, s.text[:25]) for s in found] == [("reported", "schlug der SPD-Fraktionsc")]


def test_support_verb_phrases_name_an_act(statements):
    # (a verb that says nothing by itself, with a noun of saying for its object)
    assert brief(statements("Die Opposition übte scharfe Kritik an dem Beschluss.")) == [
        ("reported", "übte scharfe Kritik an dem Beschluss", "übte Kritik", "Die Opposition", "text")]
    found = statements("Die kanadischen Ermittler haben nach der spektakulären Bruchlandung eines A 340 schwere "
                       "Vorwürfe gegen die beiden Piloten des Unglücks-Airbus erhoben.")
    assert brief(found) == [
        ("reported", "haben nach der spektakulären Bruchlandung eines A 340 schwere Vorwürfe gegen die beiden Piloten "
                     "des Unglücks-Airbus erhoben", "Vorwürfe erhoben", "Die kanadischen Ermittler", "text")]
    assert [(s.kind, s.text) for s in statements("Die Kanzlerin erteilte den Plänen eine Absage.")] == [
        ("reported", "erteilte den Plänen eine Absage")]
    # (the verb with another object, or the act denied, names none)
    assert statements("Die Mannschaft fand keine Worte.") == ()
    assert statements("Die Mannschaft übte am Nachmittag Elfmeter.") == ()


# -- quotes stay quotes --------------------------------------------------------------------

def test_marked_quote_is_a_direct_statement(statements, toolkit):
    text = '"Wir warten auf Sie, kommen Sie", entgegnete Putin am Freitag.'
    (st,) = statements(text, published="2025-08-15")
    assert (st.kind, st.text, st.cue, st.speaker_name, st.marked) == (
        "direct", "Wir warten auf Sie, kommen Sie", "entgegnete", "Putin", True)


def test_quote_that_goes_on_carries_its_speaker(statements):
    found = statements('Kremlsprecher Dmitri Peskow sagte am Montag: „Die Beziehungen sind gut.“ '
                       '„Wir werden weiter zusammenarbeiten.“')
    assert brief(found) == [("direct", "Die Beziehungen sind gut.", "sagte", "Dmitri Peskow", "text"),
                            ("direct", "Wir werden weiter zusammenarbeiten.", None, "Dmitri Peskow", "carried")]
    assert all(st.marked for st in found)
    assert [(st.date, st.date_basis) for st in found] == [("2016-01-04", "text"), ("2016-01-10", "published")]


def test_partial_quote_inside_indirect_speech_with_via(statements):
    found = statements("Putin hob laut KCNA hervor, die Beziehungen seien „auf einem neuen Niveau“.")
    assert [(s.kind, s.text, s.speaker_name, s.via, s.marked) for s in found] == [
        ("indirect", "die Beziehungen seien „auf einem neuen Niveau", "Putin", "KCNA", False),
        ("direct", "auf einem neuen Niveau", "Putin", "KCNA", True)]


def test_mostly_quoted_konjunktiv_clause_is_indirect_too(statements):
    found = statements("Italiens Ministerpräsident Mario Monti erklärte, er sei „äußerst erschüttert von dieser "
                       "unerwarteten Nachricht“.")
    assert [(s.kind, s.text, s.speaker_name) for s in found] == [
        ("indirect", "er sei „äußerst erschüttert von dieser unerwarteten Nachricht", "Mario Monti"),
        ("direct", "äußerst erschüttert von dieser unerwarteten Nachricht", "Mario Monti")]


def test_free_indirect_speech_around_a_partial_quote(statements):
    found = statements("Der Anwalt schrieb an die Universität. Die Universitätsleitung habe dieses Schreiben "
                       "„irritiert“ zur Kenntnis genommen.")
    assert [(s.kind, s.text, s.speaker_basis) for s in found] == [
        ("indirect", "Die Universitätsleitung habe dieses Schreiben „irritiert“ zur Kenntnis genommen", "carried"),
        ("direct", "irritiert", "text")]


def test_outlet_after_an_inverted_frames_subject_is_spoken_to(statements):
    found = statements("Die Telekom streicht die Gebühren. Zum 19. April sollen die Tarife für Neukunden gelten, "
                       "sagte ein Sprecher der dpa.")
    assert brief(found) == [("indirect", "Zum 19. April sollen die Tarife für Neukunden gelten", "sagte",
                             "ein Sprecher", "text")]
    (st,) = statements("Die Lage sei ernst, sagte Innenminister Peter Müller der Deutschen Presse-Agentur.")
    assert (st.speaker_name, st.addressee) == ("Peter Müller", "der Deutschen Presse-Agentur")
    # (a body's genitive stays the speaker's own)
    (st,) = statements("Die Lage sei ernst, sagte ein Sprecher der Bundesregierung.")
    assert st.speaker_name == "ein Sprecher der Bundesregierung"


def test_view_noun_after_a_copula_is_its_subjects(statements):
    assert brief(statements("Der Minister ist der Meinung, dass die Reform zu spät kommt.")) == [
        ("indirect", "dass die Reform zu spät kommt", "Meinung", "Der Minister", "text")]
    assert brief(statements("Die Experten waren der Ansicht, die Reform komme zu spät.")) == [
        ("indirect", "die Reform komme zu spät", "Ansicht", "Die Experten", "text")]


def test_a_compound_source_noun_names_its_own_source(statements):
    text = ("Ein Polizeisprecher sagte, der Brand sei in der Nacht ausgebrochen. Laut Augenzeugenberichten "
            "wurden mehrere Explosionen gehört. Den Angaben zufolge wurde niemand verletzt.")
    assert [(s.text, s.cue, s.speaker_name, s.speaker_basis) for s in statements(text)] == [
        ("der Brand sei in der Nacht ausgebrochen", "sagte", "Ein Polizeisprecher", "text"),
        ("wurden mehrere Explosionen gehört", "Laut", "Augenzeugenberichten", "text"),  # not the police's
        ("wurde niemand verletzt", "zufolge", "Augenzeugenberichten", "carried")]  # a bare "Angaben" goes on


# -- the speaker's noun phrase and its resolution -----------------------------------------

def test_speaker_role_keeps_its_genitive(statements):
    found = statements("Die Zahl der Arbeitslosen werde im Winter steigen, sagte ein Sprecher der Autobauer.")
    assert [(s.speaker_name, s.speaker_basis) for s in found] == [("ein Sprecher der Autobauer", "text")]


def test_name_in_the_genitive_of_a_role_is_not_the_speaker(statements):
    found = statements("Ein Sprecher der Landesrätin Martina Berthold erklärte, dass die Bevölkerung gut "
                       "informiert worden sei.")
    assert [s.speaker_name for s in found] == ["Ein Sprecher der Landesrätin Martina Berthold"]


def test_organisation_noun_resolves_to_the_organisation_before(statements):
    found = statements("Der Energiekonzern Uniper hat seine Prognose gesenkt. Die Firma teilte mit, dass der "
                       "Gewinn deutlich sinken werde.")
    assert brief(found) == [("indirect", "dass der Gewinn deutlich sinken werde", "teilte mit", "Uniper", "role")]


def test_claims_are_no_speaker(statements):
    found = statements("Behauptungen, wonach der Minister zurücktreten wolle, seien falsch.")
    assert [(s.speaker_name, s.speaker_basis) for s in found] == [(None, None)]


def test_truncated_compound_is_no_name(statements):
    found = statements("Die Mannschaft habe gut gespielt, sagte der frühere Austria- und Tirol-Trainer.")
    assert [s.speaker_name for s in found] == ["der frühere Austria- und Tirol-Trainer"]


def test_compound_role_introduced_before_resolves_its_head(statements):
    # "Verteidigungsministerin X" named earlier, not as a speaker; "die Ministerin" later is her
    found = statements("Verteidigungsministerin Christine Lambrecht besuchte am Montag die Truppe in Litauen. "
                       "Am Abend traf Bundeskanzler Olaf Scholz den litauischen Präsidenten. "
                       "Die Ministerin kündigte an, dass die Bundeswehr ihre Präsenz verstärken werde.")
    assert [(s.speaker_name, s.speaker_basis) for s in found if s.cue == "kündigte an"] == [
        ("Christine Lambrecht", "role")]


def test_name_set_off_after_a_role_phrase_is_the_speaker(statements):
    found = statements("Wir haben gut gearbeitet, sagte der Geschäftsführer der Wiener Linien, Günter Steinbauer, "
                       "am Montag.")
    assert [(s.speaker_name, s.speaker_basis) for s in found] == [("Günter Steinbauer", "text")]


def test_person_noun_with_article_resolves_to_the_person_before(statements):
    found = statements("Der Politiker Jean Asselborn kritisierte die Pläne der Regierung in Budapest. "
                       "Ungarn müsse die Werte der Union achten, sagte der Luxemburger am Dienstag.")
    assert [(s.speaker_name, s.speaker_basis) for s in found if s.cue == "sagte"] == [("Jean Asselborn", "role")]


def test_person_noun_of_a_trade_resolves_to_the_person_before(statements):
    found = statements("Der Anwalt Michael Berger vertritt die Familie seit Jahren. Der Jurist erklärte, dass "
                       "die Frist längst abgelaufen sei.")
    assert [(s.speaker_name, s.speaker_basis) for s in found if s.cue == "erklärte"] == [("Michael Berger", "role")]


def test_organisation_named_after_its_noun_is_the_speaker(statements):
    found = statements("Der Verdächtige ist laut der französischen Zeitung Le Monde bereits gefasst.")
    assert [(s.speaker_name, s.speaker_basis) for s in found] == [("Le Monde", "text")]


def test_plural_role_noun_is_a_group_not_the_person_before(statements):
    found = statements("Kammerpräsident Rupert Gruber warnte vor höheren Gebühren. Die Spitäler seien überlastet, "
                       "sagten die Experten.")
    assert [(s.speaker_name, s.speaker_basis) for s in found if s.cue == "sagten"] == [("die Experten", "text")]


# -- a sentence's own frame, whatever its verb, before carrying a speaker on ----------------

def test_inverted_frame_after_konjunktiv_is_the_sentences_own(statements):
    found = statements("Der Bürgermeister Stefan Huber kritisierte die Pläne. Die Schule werde im Herbst "
                       "wiedereröffnet, zeigte sich Direktorin Maria Koller zuversichtlich.")
    assert [(s.kind, s.text, s.cue, s.speaker_name, s.speaker_basis) for s in found][-1:] == [
        ("indirect", "Die Schule werde im Herbst wiedereröffnet", "zeigte", "Maria Koller", "text")]


def test_impersonal_frame_after_konjunktiv_names_its_source(statements):
    found = statements("Die Feuerwehr war mit zwölf Fahrzeugen im Einsatz. Die Polizei sperrte die Straße. Der "
                       "Unterricht werde später nachgeholt, hieß es aus dem Büro des Landesrats.")
    assert [(s.cue, s.speaker_name, s.speaker_basis) for s in found if "Unterricht" in s.text] == [
        ("hieß", "dem Büro des Landesrats", "text")]


def test_wie_frame_across_an_apposition(statements):
    found = statements("Die Brücke bleibt bis Freitag gesperrt, wie Anna Berger, Direktorin des Landesamts für "
                       "Verkehr, mitteilte.")
    assert [(s.kind, s.text, s.cue, s.speaker_name, s.speaker_basis) for s in found] == [
        ("indirect", "Die Brücke bleibt bis Freitag gesperrt", "mitteilte", "Anna Berger", "text")]


# -- the outlet spoken to, datelines, hearsay "soll" -------------------------------------

def test_outlet_in_the_dative_is_the_addressee(statements):
    (st,) = statements("Die Regierung habe keine andere Wahl gehabt, sagte Außenministerin Petra Lindner der Zeitung "
                       "Kurier.")
    assert (st.kind, st.speaker_name, st.addressee, st.via) == ("indirect", "Petra Lindner", "der Zeitung Kurier",
                                                                None)


def test_magazine_title_in_quotation_marks_is_the_addressee(statements):
    found = statements('Der Bürgermeister sagte dem "Spiegel", die Stadt könne keine weiteren Flüchtlinge aufnehmen. '
                       "Die Quartiere seien voll.")
    assert [(s.text, s.speaker_name, s.speaker_basis, s.addressee) for s in found] == [
        ("die Stadt könne keine weiteren Flüchtlinge aufnehmen", "Der Bürgermeister", "text", 'dem "Spiegel"'),
        ("Die Quartiere seien voll", "Der Bürgermeister", "carried", None)]


def test_interview_partner_is_the_addressee(statements):
    (st,) = statements("Im Gespräch mit der Zeitung Standard sagte Gewerkschaftschef Karl Huber, die Löhne müssten "
                       "steigen.")
    assert (st.speaker_name, st.addressee) == ("Karl Huber", "der Zeitung Standard")


def test_dateline_is_neither_speaker_nor_message(statements):
    (st,) = statements("Graz – Die Landesregierung werde das Budget im Herbst vorlegen, sagte Finanzlandesrat Anton "
                       "Lang.")
    assert (st.text, st.speaker_name) == ("Die Landesregierung werde das Budget im Herbst vorlegen", "Anton Lang")


def test_dateline_with_agency_is_no_speaker(statements):
    found = statements("Die Reform wird seit Monaten verhandelt. Wien (APA) – Gewerkschaftschef Erich Berger nennt "
                       "den Vorschlag der Regierung begrüßenswert.")
    assert [s.speaker_name for s in found] == ["Erich Berger"]


def test_hearsay_soll_without_a_source_is_no_statement(statements):
    found = statements("Die Polizei nahm am Montag einen 34-Jährigen in Linz fest. Der Mann soll seine Nachbarin mit "
                       "einem Messer bedroht haben.")
    assert [s.text for s in found] == []


def test_hearsay_soll_with_a_source_is_kept(statements):
    (st,) = statements("Der Mann soll laut Polizei seine Nachbarin mit einem Messer bedroht haben.")
    assert (st.kind, st.cue, st.speaker_name) == ("indirect", "laut", "Polizei")


def test_lassen_with_an_infinitive_of_telling_is_its_own_frame(statements):
    found = statements("Die Zeitung berichtete über den Streit in der Koalition. Der Kanzler hatte im Jänner wissen "
                       "lassen, dass er eine Neuwahl nicht ausschließen würde.")
    assert [(s.text, s.cue, s.speaker_name, s.speaker_basis) for s in found][-1:] == [
        ("dass er eine Neuwahl nicht ausschließen würde", "wissen lassen", "Der Kanzler", "text")]


def test_genitive_source_without_article_is_the_speaker_not_a_carried_one(statements):
    found = statements("Der Bürgermeister lobte die Feuerwehr. Bei dem Brand sollen nach Angaben örtlicher Behörden "
                       "drei Menschen verletzt worden sein.")
    assert [(s.cue, s.speaker_name, s.speaker_basis) for s in found][-1:] == [
        ("Angaben", "örtlicher Behörden", "text")]


def test_so_dass_and_so_with_a_preposition_frame_nothing(statements):
    assert statements("Die Brücke wurde gesperrt, so dass die Pendler einen Umweg fahren mussten.") == ()
    assert statements("Die Preise stiegen in vielen Städten, so in Hamburg und Bremen.") == ()


def test_capitalised_laut_inside_a_sentence_is_the_noun(statements):
    assert statements("Im Deutschen hat man einen gewissen Laut oft zu sprechen, und das fällt Kindern schwer.") == ()
    (st,) = statements("Laut Polizei wurde bei dem Brand niemand verletzt.")
    assert (st.cue, st.speaker_name) == ("Laut", "Polizei")


def test_postposed_nach_marks_a_source_not_a_demand(statements):
    assert statements("Die Rebellen beharren auf der Forderung nach mehr Autonomie.") == ()
    (st,) = statements("Seinen Angaben nach ist die Lage in der Stadt ruhig.")
    assert (st.kind, st.text, st.cue) == ("indirect", "ist die Lage in der Stadt ruhig", "Angaben")


# -- whose account a source phrase credits ------------------------------------------------

def test_dative_after_a_source_noun_is_no_owner(statements):
    (st,) = statements("Die Tunnel dienten nach israelischen Angaben dem Schmuggel von Waffen.")
    assert brief([st]) == [("indirect", "Die Tunnel dienten nach israelischen Angaben dem Schmuggel von Waffen",
                            "Angaben", "israelischen Angaben", "text")]


def test_accusative_after_zufolge_is_no_owner(statements):
    (st,) = statements("Die Stadtwerke haben Medienberichten zufolge trotz eines Urteils das Gehalt nicht "
                       "ausgezahlt.")
    assert (st.cue, st.speaker_name, st.speaker_basis) == ("zufolge", "Medienberichten", "text")


def test_possessive_genitive_after_a_source_noun_is_the_owner(statements):
    (st,) = statements("Die beiden Ärzte sollen laut Angaben ihrer Witwen exzessiv Bier getrunken haben.")
    assert (st.cue, st.speaker_name, st.speaker_basis) == ("laut", "ihrer Witwen", "text")


def test_zufolge_hung_on_the_verb_credits_the_noun_before_it(statements):
    (st,) = statements("Es handele sich ersten Angaben zufolge um vier Angreifer.")
    assert brief([st]) == [("indirect", "Es handele sich ersten Angaben zufolge um vier Angreifer", "zufolge",
                            "ersten Angaben", "text")]


def test_laut_with_an_attributive_phrase_before_its_noun(statements):
    found = statements("Laut einer am Dienstag veröffentlichten Pressemitteilung des WFP wurden zunächst 2.000 "
                       "Menschen mit Lebensmitteln versorgt.")
    assert brief(found) == [("indirect", "wurden zunächst 2.000 Menschen mit Lebensmitteln versorgt", "Laut", "WFP",
                             "text")]


def test_laut_with_a_noun_read_as_a_verb(statements):
    (st,) = statements("In Guatemala bleiben aber laut ai-Bericht die meisten Morde an Frauen ungestraft.")
    assert (st.cue, st.speaker_name, st.speaker_start, st.speaker_end) == ("laut", "ai-Bericht", 31, 41)


def test_eigenen_angaben_is_the_subjects_account(statements):
    (st,) = statements("Die Polizei hat nach eigenen Angaben drei Verdächtige festgenommen.")
    assert (st.cue, st.speaker_name, st.speaker_basis, st.speaker_start, st.speaker_end) == (
        "Angaben", "Die Polizei", "pronoun", 21, 36)
    (st,) = statements("Der Autobauer will nach eigenen Angaben im kommenden Jahr weitere Werke in China eröffnen.")
    assert (st.speaker_name, st.speaker_basis) == ("Der Autobauer", "pronoun")


def test_speech_noun_with_a_role_and_its_name_however_parsed(statements):
    (st,) = statements("Der Minister reagierte am Mittwoch auf die Forderung des CSU-Vorsitzenden Edmund Stoiber, in "
                       "der Gesundheitspolitik auf die SPD zuzugehen.")
    assert brief([st]) == [("indirect", "in der Gesundheitspolitik auf die SPD zuzugehen", "Forderung",
                            "Edmund Stoiber", "text")]
    assert (st.speaker_start, st.speaker_end) == (53, 88)


def test_speech_noun_as_subject_credits_where_it_came_from(statements):
    (st,) = statements("Von der italienischen Polizei kam die Information, bei den Toten handele es sich um "
                       "Mitglieder eines Clans aus Kalabrien.")
    assert brief([st]) == [("indirect", "bei den Toten handele es sich um Mitglieder eines Clans aus Kalabrien",
                            "Information", "der italienischen Polizei", "text")]


def test_semicolon_ends_the_content_without_a_konjunktiv(statements):
    (st,) = statements("Die Frau gab an, dass der Vater sie geschlagen hatte; es wird momentan geprüft, ob diese "
                       "Vorwürfe bereits verjährt sind.")
    assert (st.text, st.speaker_name) == ("dass der Vater sie geschlagen hatte", "Die Frau")
    (st,) = statements("Der Sprecher sagte, die Lage sei ruhig; die Polizei habe alles im Griff.")
    assert st.text == "die Lage sei ruhig; die Polizei habe alles im Griff"  # (a Konjunktiv goes on)


def test_subject_of_the_auxiliary_that_can_speak(statements):
    (st,) = statements("Die Universität hatte die Aberkennung des Doktortitels damit begründet, dass aus mehr als 30 "
                       "verschiedenen Texten mehr als 120 Wortpassagen abgeschrieben wurden.")
    assert (st.kind, st.cue, st.speaker_name, st.speaker_basis) == ("indirect", "begründet", "Die Universität",
                                                                    "text")


def test_separable_prefix_the_parse_took_for_an_adverb_or_object(statements):
    (st,) = statements("Die Wissenschaftler fanden heraus, dass es sich bei dem hellen Klumpen nicht um Gas, sondern "
                       "um Stein handelte.")
    assert (st.kind, st.cue, st.speaker_name) == ("indirect", "fanden heraus", "Die Wissenschaftler")
    (st,) = statements("Der Premier machte klar, dass er nicht zurücktreten werde.")
    assert brief([st]) == [("indirect", "dass er nicht zurücktreten werde", "machte klar", "Der Premier", "text")]


def test_passive_agent_hung_on_the_auxiliary(statements):
    (st,) = statements("Die Forderungen des Abgeordneten wurden von Bundesverkehrsminister Manfred Stolpe als "
                       "unrealistisch bezeichnet.")
    assert (st.kind, st.cue, st.speaker_name, st.speaker_basis) == ("reported", "bezeichnet", "Manfred Stolpe", "text")


def test_name_whose_first_word_was_read_as_a_preposition_is_the_subject(statements):
    (st,) = statements("Im selben Schreiben fordert al Huthi die Schaffung sicherer Korridore.")
    assert brief([st]) == [("reported", "Im selben Schreiben fordert al Huthi die Schaffung sicherer Korridore",
                            "fordert", "al Huthi", "text")]


def test_a_denied_act_is_no_statement(statements):
    assert statements("Einen von ihm favorisierten Kandidaten wollte Abwerzger indes nicht nennen.") == ()
    assert statements("Den Zusammenhang mit Morden in Italien konnte die Duisburger Polizei zunächst nicht "
                      "bestätigen.") == ()
    (st,) = statements("Der Minister warnte nicht nur vor Steuererhöhungen, sondern auch vor neuen Schulden.")
    assert (st.kind, st.cue, st.speaker_name) == ("reported", "warnte", "Der Minister")


def test_sodass_clause_is_no_content_of_a_speech_noun(statements):
    found = statements("Nach dem Bericht von Human Rights Investigation sollen die Rebellen solche Gerüchte verbreitet "
                       "haben, sodass Hetzjagden auf Migranten entstanden seien.")
    assert [(s.kind, s.cue) for s in found] == [("indirect", "Bericht")]
    assert found[0].text == "sollen die Rebellen solche Gerüchte verbreitet haben, sodass Hetzjagden auf Migranten " \
                            "entstanden seien"


def test_fronted_nach_with_a_document_credits_the_clause(statements):
    (st,) = statements("Nach einem EU-Dokument leben sie in Armut und werden diskriminiert.")
    assert brief([st]) == [("indirect", "leben sie in Armut und werden diskriminiert", "Nach", "einem EU-Dokument",
                            "text")]
    (st,) = statements("Nach dem Plan der Europäischen Union müssen alle Staaten Konzepte vorlegen.")
    assert (st.text, st.speaker_name) == ("müssen alle Staaten Konzepte vorlegen", "Europäischen Union")


def test_fronted_nach_with_an_event_a_place_or_a_person_credits_nothing(statements):
    assert statements("Nach dem Treffen reiste der Minister ab.") == ()
    assert statements("Nach dem Tod des Präsidenten übernahm der Vize die Amtsgeschäfte.") == ()
    assert statements("Nach Kathrin Zettel fiel auch ihre Teamkollegin aus.") == ()


def test_demand_with_its_owner_and_what_is_demanded(statements):
    found = statements("Eine Forderung Frankreichs nach der Einschaltung des Sicherheitsrats wurde durch China "
                       "abgelehnt.")
    assert brief(found) == [
        ("indirect", "der Einschaltung des Sicherheitsrats", "Forderung", "Frankreichs", "text"),
        ("reported", "wurde durch China abgelehnt", "abgelehnt", "China", "text")]
    (st,) = statements("Der Ruf der Opposition nach Neuwahlen wurde immer lauter.")
    assert brief([st]) == [("indirect", "Neuwahlen", "Ruf", "der Opposition", "text")]
    assert statements("Die Forderung nach mehr Autonomie wird lauter.") == ()  # no one's demand in particular


def test_source_phrase_inside_a_relative_clause_credits_that_clause(statements):
    (st,) = statements("Die festgenommenen Rechtsterroristen aus Zwickau, die nach den bisherigen Ermittlungen für zehn "
                       "Morde verantwortlich sein dürften, schweigen.")
    assert (st.kind, st.text, st.cue) == (
        "indirect", "die nach den bisherigen Ermittlungen für zehn Morde verantwortlich sein dürften", "Ermittlungen")


def test_relative_possessive_stands_for_the_agreeing_noun_before(statements):
    (st,) = statements("Beim Untersuchen der Tasche des Mannes, die nach dessen Angaben die Bombe enthalten sollte, "
                       "wurde kein Sprengstoff gefunden.")
    assert brief([st]) == [("indirect", "die nach dessen Angaben die Bombe enthalten sollte", "Angaben",
                            "des Mannes", "pronoun")]
    assert (st.speaker_start, st.speaker_end) == (49, 55)  # "dessen"


def test_stance_shown_with_a_content_clause(statements):
    (st,) = statements("Wahlkampfleiter Bodo Ramelow zeigte sich optimistisch, dass ein gemeinsamer Auftritt der PDS "
                       "mit der WASG gelingen werde.")
    assert brief([st]) == [("indirect", "dass ein gemeinsamer Auftritt der PDS mit der WASG gelingen werde", "zeigte",
                            "Bodo Ramelow", "text")]
    assert statements("Der Trainer zeigte sich zufrieden mit der Leistung seiner Mannschaft.") == ()


def test_preposition_of_a_subordinators_form_opens_a_content_clause(statements):
    (st,) = statements("Außerdem warf die Staatsanwaltschaft Ertel vor, seit 2014 Vorschriften zur Vergabe von "
                       "Straßenbauaufträgen verletzt zu haben.")
    assert (st.kind, st.text, st.cue) == (
        "indirect", "seit 2014 Vorschriften zur Vergabe von Straßenbauaufträgen verletzt zu haben", "warf vor")
    (st,) = statements("Der Minister erinnerte an die Zeiten, als die Stadt noch geteilt war.")
    assert (st.kind, st.text) == ("reported", "erinnerte an die Zeiten")  # ("als": a conjunction, no content)


def test_demonstrative_subject_is_the_person_mentioned_last(statements):
    found = statements("Der Minister traf den Anwalt Peter Müller. Dieser sagte, die Verhandlungen seien gescheitert.")
    assert brief(found) == [("indirect", "die Verhandlungen seien gescheitert", "sagte", "Peter Müller", "pronoun")]
    assert (found[0].speaker_start, found[0].speaker_end) == (43, 49)


def test_expectation_stated_with_rechnen_mit(statements):
    found = statements("Premium Aerotec rechnet für das Jahr 2009 mit einem Umsatz in einer Größenordnung von zirka "
                       "einer Milliarde Euro.")
    assert brief(found) == [("reported", "rechnet für das Jahr 2009 mit einem Umsatz in einer Größenordnung von "
                             "zirka einer Milliarde Euro", "rechnet", "Aerotec", "text")]
    (st,) = statements("Die Experten rechnen damit, dass die Preise weiter steigen.")
    assert brief([st]) == [("indirect", "dass die Preise weiter steigen", "rechnen", "Die Experten", "text")]
    assert statements("Er muss mit einer hohen Strafe rechnen.") == ()  # (a consequence, no view)


def test_negated_view_is_still_stated(statements):
    (st,) = statements("Der Minister hält eine Einigung nicht für möglich.")
    assert brief([st]) == [("reported", "hält eine Einigung nicht für möglich", "hält", "Der Minister", "text")]


def test_view_over_a_relative_clause(statements):
    found = statements("Die Abgeordneten wollen Klage einreichen. Sie halten das Verfahren, das zur Auflösung des "
                       "Bundestages führte, für verfassungswidrig.")
    assert [(s.kind, s.text, s.cue) for s in found] == [
        ("reported", "halten das Verfahren, das zur Auflösung des Bundestages führte, für verfassungswidrig", "halten")]
    assert statements("Die Polizei hält die Straße, die zum Stadion führt, gesperrt.") == ()


def test_state_passive_and_sentencing_are_no_acts_of_their_subject(statements):
    assert statements("Heute waren 62 Millionen Bundesbürger zur Abgabe ihrer Stimme aufgerufen.") == ()
    (st,) = statements("Die Bürger sind aufgerufen, sich an der Wahl zu beteiligen.")
    assert brief([st]) == [("indirect", "sich an der Wahl zu beteiligen", "aufgerufen", None, None)]
    assert statements("Das Gericht verurteilte den Mann zu einer Geldstrafe von 39.200 Euro.") == ()
    (st,) = statements("Der Minister hat den Anschlag scharf verurteilt.")
    assert brief([st]) == [("reported", "hat den Anschlag scharf verurteilt", "verurteilt", "Der Minister", "text")]


def test_leadership_and_states_speak(statements):
    (st,) = statements("Die Landesparteispitze hatte in der Vergangenheit mehrmals auf eine Verjüngung in Innsbruck "
                       "gedrängt.")
    assert brief([st]) == [("reported", "hatte in der Vergangenheit mehrmals auf eine Verjüngung in Innsbruck gedrängt",
                            "gedrängt", "Die Landesparteispitze", "text")]
    (st,) = statements("Die frühere Sowjetrepublik wies dies zurück.")
    assert brief([st]) == [("reported", "wies dies zurück", "wies zurück", "Die frühere Sowjetrepublik", "text")]


def test_state_passive_of_a_thing_is_no_statement(statements):
    assert statements("Dies ist darin begründet, dass die Schauspieler selten mehr sehen als ihre eigenen "
                      "Rollen.") == ()


def test_an_attribution_phrase_that_opens_the_sentence_credits_the_frames_after_it(statements):
    # ("Nach Angaben der Polizei ...": the police's account of all of it; the man's demand inside it stays his)
    found = statements("Nach Angaben der Polizei habe der Mann am Nachmittag begonnen, Flugblätter zu verteilen, "
                       "und verlangt, gegen angebliche Versuche vorzugehen.")
    assert [(s.kind, s.text, s.cue, s.speaker_name) for s in found] == [
        ("indirect", "habe der Mann am Nachmittag begonnen, Flugblätter zu verteilen, und verlangt, gegen angebliche "
         "Versuche vorzugehen", "Angaben", "der Polizei"),
        ("indirect", "gegen angebliche Versuche vorzugehen", "verlangt", "der Mann")]


def test_lassen_with_a_verb_of_hinting_frames_a_statement(statements):
    found = statements("Ein Manager des Konzerns ließ damals gegenüber der Zeitschrift durchblicken, dass auch ein "
                       "neues Werk entstehen solle.")
    assert [(s.kind, s.text, s.cue, s.speaker_name) for s in found] == [
        ("indirect", "dass auch ein neues Werk entstehen solle", "ließ durchblicken", "Ein Manager des Konzerns")]



def test_konjunktiv_i_before_the_frame_is_indirect(statements):
    # (where the parse loses such a clause, its first clause's Konjunktiv I form is read off the words)
    found = statements("In Italien habe Berlusconi vermutlich bessere Chancen als in Spanien, sagte Prodi.")
    assert [(s.kind, s.text, s.cue, s.speaker_name) for s in found] == [
        ("indirect", "In Italien habe Berlusconi vermutlich bessere Chancen als in Spanien", "sagte", "Prodi")]


def test_a_konjunktiv_i_the_tagger_took_for_an_adverb_makes_a_so_frame_indirect(statements):
    found = statements("Die ganze Inszenierung lenke aber von der Musik ab, so Anna Berger von der Stadtzeitung.")
    assert [(s.kind, s.text, s.cue, s.speaker_name) for s in found] == [
        ("indirect", "Die ganze Inszenierung lenke aber von der Musik ab", "so", "Anna Berger")]


def test_a_stance_shown_over_a_pronominal_adverb_and_an_agreement_frame_their_content(statements):
    found = statements("Die Aktivistin zeigte sich besonders darüber besorgt, dass viele Frauen vor ihrem Tod "
                       "misshandelt würden.")
    assert [(s.kind, s.text, s.cue, s.speaker_name) for s in found] == [
        ("indirect", "dass viele Frauen vor ihrem Tod misshandelt würden", "zeigte", "Die Aktivistin")]
    found = statements("Die Firma gab sich zuversichtlich, bis Jahresende schwarze Zahlen zu schreiben.")
    assert [(s.kind, s.text, s.cue, s.speaker_name) for s in found] == [
        ("indirect", "bis Jahresende schwarze Zahlen zu schreiben", "gab", "Die Firma")]
    found = statements("Der Betriebsrat hat sich mit der Geschäftsleitung geeinigt, bis zu 80 Stellen abzubauen.")
    assert [(s.kind, s.text, s.speaker_name) for s in found] == [
        ("indirect", "bis zu 80 Stellen abzubauen", "Der Betriebsrat")]
    # (without a content clause an agreement or a stance states nothing)
    assert statements("Die Parteien einigten sich auf einen Kompromiss. Der Trainer zeigte sich erfreut über den "
                      "Sieg.") == ()


def test_first_person_words_before_the_frame_stay_direct_though_habe_leads(statements):
    found = statements("Dann habe ich einen Schlag am Knöchel gespürt und bin auf dem Rücken gelegen, schildert "
                       "Anna Berger.")
    assert [(s.kind, s.text, s.cue) for s in found] == [
        ("direct", "Dann habe ich einen Schlag am Knöchel gespürt und bin auf dem Rücken gelegen", "schildert")]


def test_a_warning_with_its_owner_takes_what_it_warns_of(statements):
    found = statements("Die Warnung des Ministers vor einer neuen Krise stieß auf Kritik.")
    assert [(s.kind, s.text, s.cue, s.speaker_name) for s in found] == [
        ("indirect", "einer neuen Krise", "Warnung", "Minister")]
    # (without an owner a warning is no one's in particular)
    assert statements("Nach der Warnung vor dem Sturm blieben die Schiffe im Hafen.") == ()
