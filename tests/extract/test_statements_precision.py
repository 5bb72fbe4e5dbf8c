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


def test_what_threatens_is_no_threat_said(statements):
    # (drohen with the threatening thing for its subject and the one threatened in the dative says nothing)
    assert statements("Den Berliner Verkehrsbetrieben (BVG) droht ab heute ein neuer unbefristeter Streik.") == ()
    assert statements("Griechenland droht die Pleite.") == ()
    assert [(s.kind, s.text, s.speaker_name) for s in statements("Der Präsident drohte der Opposition mit Neuwahlen.")] \
        == [("reported", "drohte der Opposition mit Neuwahlen", "Der Präsident")]


def test_a_sentence_passed_and_help_ordered_are_no_saying(statements):
    # (the penalty's zu-phrase hangs on the court, the passive's agent)
    assert statements("Uhl war gestern vom Amtsgericht Wolfsburg zu einer Geldstrafe von 39.200 Euro verurteilt "
                      "worden.") == ()
    assert statements("Der Gouverneur von Missouri forderte die Nationalgarde an.") == ()
    assert [(s.kind, s.text) for s in statements("Die Regierung verurteilte den Anschlag scharf.")] == [
        ("reported", "verurteilte den Anschlag scharf")]


def test_a_name_given_with_wie_is_no_statement(statements):
    # (the passive or reflexive naming verb gives the name one goes by; the active credits the wording)
    assert statements("Seit seiner Wutrede im März 1998 erreichte „Trap“, wie er weitläufig genannt wird, "
                      "Kultstatus.") == ()
    assert [(s.kind, s.text, s.speaker_name) for s in statements("Die Lage sei, wie der Minister es nannte, ernst.")] \
        == [("indirect", "Die Lage sei, wie der Minister es nannte, ernst", "der Minister")]
