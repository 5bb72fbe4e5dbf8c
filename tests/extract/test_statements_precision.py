"""What is no statement though it looks like one (issue 17, precision of indirect and reported
speech): ``nach`` and a noun of saying that names a time or a manner, not a source.
Sentences in the style of German news (Wikinews-like, reworded)."""
from __future__ import annotations


def brief(found):
    return [(s.kind, s.text, s.cue, s.speaker_name, s.speaker_basis) for s in found]


# -- "nach" and a noun of saying or deciding: after it, unless an account names its owner ----------

def test_nach_a_decision_without_owner_is_a_time(statements):
    assert statements("Nach dem Beschluss zur Aufnahme von Koalitionsverhandlungen gab es in der Partei "
                      "weiterhin Bedenken gegen die Kandidatin.") == ()


def test_nach_a_message_about_an_event_is_a_time(statements):
    assert statements("Nach der Nachricht vom Rücktritt des Vorstandschefs stiegen die Aktienkurse der Bank "
                      "um sieben Prozent.") == ()


def test_nach_a_report_with_its_owner_credits_the_clause(statements):
    assert brief(statements("Nach dem Bericht der Zeitung soll der Minister von den Zahlungen gewusst haben.")) == [
        ("indirect", "soll der Minister von den Zahlungen gewusst haben", "Bericht", "der Zeitung", "text")]


# -- "sollen" with a state (Zustandspassiv) sets a goal or a rule; with a perfect it is hearsay -------

def test_sollen_with_a_state_is_a_goal_not_hearsay(statements):
    assert brief(statements("Der Konzern kündigte am Montag die Übernahme des Konkurrenten an. Bis zum Jahr 2011 "
                            "soll die Fusion der beiden Hersteller erreicht sein.")) == [
        ("reported", "kündigte am Montag die Übernahme des Konkurrenten an", "kündigte an", "Der Konzern", "text")]


def test_sollen_with_the_perfect_of_a_particle_verb_of_motion_is_hearsay(statements):
    assert brief(statements("Die Armee meldete einen Angriff auf den Stützpunkt. Nach dem Angriff sollen fünf "
                            "Soldaten mit den Angreifern mitgegangen sein.")) == [
        ("indirect", "Nach dem Angriff sollen fünf Soldaten mit den Angreifern mitgegangen sein", "sollen",
         "Die Armee", "carried")]


def test_sollen_with_a_passive_perfect_is_hearsay(statements):
    assert brief(statements("Die Polizei berichtete von Razzien. Dabei sollen viele Menschen verhaftet worden "
                            "sein.")) == [
        ("reported", "berichtete von Razzien", "berichtete", "Die Polizei", "text"),
        ("indirect", "Dabei sollen viele Menschen verhaftet worden sein", "sollen", "Die Polizei", "carried")]


# -- "berufen" with the office in a zu-phrase appoints; "sich berufen auf" cites ------------------------

def test_berufen_zum_minister_is_an_appointment(statements):
    assert statements("Der Präsident berief den Diplomaten zum Botschafter in Berlin.") == ()


def test_sich_berufen_auf_is_reported(statements):
    assert brief(statements("Der Kanzler berief sich auf das Grundgesetz.")) == [
        ("reported", "berief sich auf das Grundgesetz", "berief", "Der Kanzler", "text")]


# -- "bestreiten" a match or one's living plays or pays; "bestreiten" an accusation denies -------------

def test_bestreiten_a_match_is_no_denial(statements):
    assert statements("Die Mannschaft bestreitet ihr zweites Gruppenspiel am Freitag gegen Spanien.") == ()


def test_bestreiten_a_living_is_no_denial(statements):
    assert statements("Die Familie bestreitet ihren Lebensunterhalt mit Gelegenheitsarbeiten.") == ()


def test_bestreiten_an_accusation_is_reported(statements):
    assert brief(statements("Der Politiker bestreitet die Vorwürfe gegen seine Person.")) == [
        ("reported", "bestreitet die Vorwürfe gegen seine Person", "bestreitet", "Der Politiker", "text")]


# -- a word the tagger read as an auxiliary whose lemma is none: no Konjunktiv, and a speech verb ---------

def test_adjective_read_as_auxiliary_is_no_konjunktiv(statements):
    # ("lokale" is tagged AUX, lemma "lokalen", mood Sub: no free indirect speech goes on with it)
    assert brief(statements("Konservative Politiker sagten, der Sender sei zu teuer. Bei NPR für das Radio und PBS "
                            "für das Fernsehen handelt es sich um zentrale Dienstleister für lokale "
                            "non-profit-Stationen, die überall in den USA Programme ausstrahlen.")) == [
        ("indirect", "der Sender sei zu teuer", "sagten", "Konservative Politiker", "text")]


def test_speech_verb_read_as_auxiliary_frames_its_act(statements):
    # ("warnt" is tagged AUX with mood Sub: the act it names, not a Konjunktiv sentence)
    assert brief(statements("Die Kanzlerin möchte die Debatte beenden und warnt vor einer pauschalen "
                            "Verurteilung der Abgeordneten.")) == [
        ("reported", "warnt vor einer pauschalen Verurteilung der Abgeordneten", "warnt", "Die Kanzlerin", "text")]


# -- a question after a negated frame is left open: nothing said ------------------------------------------

def test_question_after_negated_frame_is_no_statement(statements):
    assert statements("Der Regierungschef wollte sich in einem Interview nicht festlegen, ob der Schaden bei "
                      "einem deutschen oder bei einem spanischen Gericht eingeklagt werden solle.") == ()


def test_fronted_question_of_negated_particle_verb_is_no_statement(statements):
    # ("nicht" hangs on the particle "bekannt", not on "gab")
    assert statements("Das Flugzeug war zuvor in Richtung USA gestartet. Wieso die Maschine kurz nach dem Start "
                      "diesen Flug abbrach, gab die Flugsicherung nicht bekannt.") == ()


def test_negated_particle_verb_names_no_act(statements):
    assert statements("Nähere Einzelheiten gab der Sprecher nicht bekannt.") == ()


def test_question_after_affirmative_frame_stays(statements):
    assert brief(statements("Die Kanzlerin forderte von der Regierung Aufklärung darüber, ob die Wahl regulär "
                            "verlaufen sei.")) == [
        ("indirect", "ob die Wahl regulär verlaufen sei", "forderte", "Die Kanzlerin", "text")]


# -- a noun of believing with no holder in its sentence is the author's view; with one it is reported --

def test_belief_noun_without_holder_is_no_statement(statements):
    assert statements("Es ist kein Wunder, dass die Regierung die Steuern erhöhen will.") == ()


def test_conviction_that_prevailed_is_no_statement(statements):
    assert statements("Allmählich setzte sich die Überzeugung durch, dass die Zukunft dem Golde gehöre.") == ()


def test_belief_noun_with_copula_subject_is_reported(statements):
    got = brief(statements("Der Minister ist der Meinung, dass die Steuern nicht erhöht werden dürfen."))
    assert got == [("indirect", "dass die Steuern nicht erhöht werden dürfen", "Meinung", "Der Minister", "text")]


# -- a yes/no question to the addressee asks for a view, states none ------------------------------------

def test_question_to_the_addressee_is_no_statement(statements):
    assert statements("Glauben Sie nicht, dass die Regierung die Steuern erhöhen wird?") == ()


def test_question_to_an_interviewee_after_a_colon_is_no_statement(statements):
    assert statements("Zeitung: Sehen Sie einen Mehrwert in der Speicherung der Fingerabdrücke aller Bürger?") == ()


def test_question_about_others_keeps_its_frame(statements):
    got = [(s.kind, s.text, s.cue) for s in statements("Glauben sie wirklich, dass die Freiheit siegt?")]
    assert got == [("indirect", "dass die Freiheit siegt", "Glauben")]


# -- a frame inside the content of the same speaker's indirect statement is counted once -----------------

def test_frame_inside_the_same_speakers_content_is_no_second_statement(statements):
    found = statements("Der Außenminister sagte, Russland habe mit dieser Sanktionspolitik nicht begonnen und halte "
                       "sie nicht für zielführend.")
    assert [(s.kind, s.text, s.cue, s.speaker_name) for s in found] == [
        ("indirect", "Russland habe mit dieser Sanktionspolitik nicht begonnen und halte sie nicht für zielführend",
         "sagte", "Der Außenminister")]


def test_someone_elses_frame_inside_the_content_stays(statements):
    found = statements("Der Sprecher sagte, der Minister habe gefordert, dass die Steuern sinken.")
    assert [(s.kind, s.text, s.cue, s.speaker_name) for s in found] == [
        ("indirect", "der Minister habe gefordert, dass die Steuern sinken", "sagte", "Der Sprecher"),
        ("indirect", "dass die Steuern sinken", "gefordert", "der Minister")]


# -- the tagger's Konjunktiv counts only on a form that may be one: not on "-t" ------------------------

def test_indicative_in_t_tagged_subjunctive_is_no_free_indirect(statements):
    # (the tagger reads "übt" as Mood=Sub; a Konjunktiv I ends in -e, -en or -est: "übe")
    assert statements("Die tiefste Wirkung übt unter diesen rituellen Gebräuchen ohne jeden Zweifel der jüdische "
                      "Taufakt aus.") == ()


def test_konjunktiv_i_in_e_stays_free_indirect(statements):
    found = statements("Der Minister sprach von einem Erfolg. Die Reform habe eine tiefe Wirkung auf die Wirtschaft.")
    assert [(s.kind, s.text, s.cue, s.speaker_name) for s in found] == [
        ("reported", "sprach von einem Erfolg", "sprach", "Der Minister"),
        ("indirect", "Die Reform habe eine tiefe Wirkung auf die Wirtschaft", None, "Der Minister")]


# -- "laut" the adjective ("laut werden", "schrie laut") is no source; "laut X" and "wurden laut, ob" stay --

def test_laut_werden_without_content_is_no_statement(statements):
    assert statements("Schon seit längerem wurden Vorwürfe gegen die neue Regierung laut.") == ()


def test_laut_as_adverb_of_manner_is_no_source(statements):
    assert statements("Da ihm das Wasser zu heiß war, schrie er laut in seiner Not.") == ()


def test_laut_werden_with_a_content_clause_stays(statements):
    found = statements("Bedenken wurden laut, ob die Wahl rechtmäßig verlaufen sei.")
    assert [(s.kind, s.text, s.cue, s.speaker_name) for s in found] == [
        ("indirect", "Bedenken wurden laut, ob die Wahl rechtmäßig verlaufen sei", "laut", None)]


def test_laut_before_a_source_the_tagger_misreads_stays(statements):
    found = statements("Bei Gewaltverbrechen gegen Frauen gibt es aber laut ai-Bericht eine hohe Dunkelziffer.")
    assert [(s.kind, s.cue, s.speaker_name) for s in found] == [("indirect", "laut", "ai-Bericht")]
