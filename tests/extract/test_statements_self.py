"""The text's own speaker (``speaker_basis: self``): a frame whose subject is ``ich`` or ``wir`` outside
quotation marks, as a speech, an interview or a column speaks (sentences of Bundestag speeches, SpkAtt-2023
training split, CC BY-SA 4.0)."""
from __future__ import annotations


def brief(found):
    return [(s.kind, s.text, s.cue, s.speaker_name, s.speaker_basis) for s in found]


def test_first_person_frame_with_a_colon_is_its_own_words(statements):
    text = "Ich sage Ihnen: Das ist ein Irrweg, von dem wir uns verabschieden müssen."
    (st,) = statements(text)
    assert brief([st]) == [("direct", "Das ist ein Irrweg, von dem wir uns verabschieden müssen", "sage", None,
                            "self")]
    assert text[st.speaker_start:st.speaker_end] == "Ich"


def test_first_person_plural_demand_with_a_dass_clause(statements):
    text = "Wir fordern, dass die Bundesregierung endlich einen Gesetzentwurf vorlegt."
    (st,) = statements(text)
    assert brief([st]) == [("indirect", "dass die Bundesregierung endlich einen Gesetzentwurf vorlegt", "fordern",
                            None, "self")]
    assert text[st.speaker_start:st.speaker_end] == "Wir"


def test_first_person_reported_act(statements):
    assert brief(statements("Wir fordern die Bundesregierung auf, das Gesetz zurückzuziehen.")) == [
        ("indirect", "das Gesetz zurückzuziehen", "fordern auf", None, "self")]


def test_a_view_after_a_colon_is_no_first_person_direct_speech(statements):
    assert statements("Ich hoffe: Das Gesetz wird bald beschlossen.") == ()


def test_an_interview_answer_belongs_to_its_label(statements):
    # (a paragraph that opens with the speaker's label: its first person is the one labelled)
    assert brief(statements("Pau: Für verfassungsbedenklich halte ich die geplante Online-Durchsuchung.")) == [
        ("direct", "Für verfassungsbedenklich halte ich die geplante Online-Durchsuchung", ":", "Pau", "text")]


def test_generic_man_is_still_no_speaker(statements):
    assert statements("Man kann nur sagen: Gut, dass wir das nicht getan haben.") == ()


def test_third_person_frame_unchanged(statements):
    assert brief(statements("Der Minister sagte: Die Parlamentarier sind notwendig.")) == [
        ("direct", "Die Parlamentarier sind notwendig", "sagte", "Der Minister", "text")]


def test_first_person_under_a_label_the_parse_does_not_read(statements):
    # (a Wikinews interview prints its labels in wiki markup: the answer's paragraph still opens with a label)
    assert statements("Die Abgeordnete sprach mit der Zeitung.\n\n''Pau'': Das ist falsch. Wir fordern, dass die "
                      "Regierung handelt.") == ()
    assert brief(statements("Die Abgeordnete sprach mit der Zeitung.\n\nDas ist falsch. Wir fordern, dass die "
                            "Regierung handelt.")) == [
        ("indirect", "dass die Regierung handelt", "fordern", None, "self")]


# -- a modal the parse made the head of the speech verb -----------------------------------------------

def test_modal_with_speech_infinitive_frames_its_content(statements):
    assert brief(statements("Ich will sehr deutlich sagen: Es war richtig, dass diese Fragen im Mittelpunkt "
                            "standen.")) == [
        ("direct", "Es war richtig, dass diese Fragen im Mittelpunkt standen", "sagen", None, "self")]
    assert brief(statements("Der Minister will sehr deutlich sagen: Es war richtig, dass diese Fragen im "
                            "Mittelpunkt standen.")) == [
        ("direct", "Es war richtig, dass diese Fragen im Mittelpunkt standen", "sagen", "Der Minister", "text")]


def test_modal_with_a_question_left_open_is_no_statement(statements):
    assert statements("Der Minister wollte nicht sagen, ob er zurücktritt.") == ()


# -- a frame closing its line with a colon ----------------------------------------------------------

def test_frame_closing_with_a_colon_frames_the_next_sentence(statements):
    assert brief(statements("Dann wird er gefragt. Der Minister hat gesagt:\nWir haben Beobachterstatus.")) == [
        ("direct", "Wir haben Beobachterstatus", "gesagt", "Der Minister", "text")]
    assert brief(statements("Ich will ganz deutlich sagen:\nEs war richtig, dass diese Fragen im Mittelpunkt "
                            "standen.")) == [
        ("direct", "Es war richtig, dass diese Fragen im Mittelpunkt standen", "sagen", None, "self")]


def test_frame_closing_its_paragraph_with_a_colon_frames_nothing_after_it(statements):
    assert statements("Der Minister hat gesagt:\n\nWir haben Beobachterstatus.") == ()


# -- present forms in "-te" the tagger read as a particle or an adjective ---------------------------

def test_politeness_particle_is_no_frame(statements):
    assert statements("Aber hören Sie bitte auf, Angst in der Bevölkerung zu schüren.") == ()


def test_first_person_request_beside_its_subject_stays(statements):
    assert brief(statements("Ich bitte Sie, dem Antrag zuzustimmen.")) == [
        ("indirect", "dem Antrag zuzustimmen", "bitte", None, "self")]


def test_weak_preterite_read_as_other_word_stays_a_frame(statements):
    assert brief(statements("Lammert würdigte die Arbeit der Abgeordneten.")) == [
        ("reported", "würdigte die Arbeit der Abgeordneten", "würdigte", "Lammert", "text")]


# -- a frame set in between dashes, its pronoun standing for the host sentence ----------------------

def test_frame_set_in_dashes_reports_its_host_sentence(statements):
    assert brief(statements("Die Lage ist – das sagte der Minister am Montag – sehr ernst.")) == [
        ("indirect", "Die Lage ist – das sagte der Minister am Montag – sehr ernst", "sagte", "der Minister",
         "text")]


def test_frame_set_in_dashes_in_the_perfect(statements):
    # (the parse hangs the participle on the host as a clause of its own, the speaker as a time phrase;
    # "Kollegin" is a role noun before the name, so the speaker is the named colleague)
    assert brief(statements("Die Lage ist - das hat die Kollegin Leikert gesagt - sehr ernst.")) == [
        ("indirect", "Die Lage ist - das hat die Kollegin Leikert gesagt - sehr ernst", "gesagt", "Leikert",
         "text")]


def test_dashes_without_a_pronoun_for_the_host_frame_nothing(statements):
    assert statements("Die Lage ist – sagte der Minister am Montag – sehr ernst.") == ()
