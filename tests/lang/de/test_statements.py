"""The statement cue lexicon: read off SpkAtt-2023's training split, less what
reports a fact or a procedure in news, shared with the events extractor."""
from chronik.lang.de.events import EVENT_LEXICON
from chronik.lang.de.statements import NOT_IN_NEWS, SPEECH_ACT_VERBS, STATEMENT_LEXICON, _read_cues


def test_cues_come_from_spkatt_training_counts():
    rows = {(lemma, pos): (n, share) for lemma, pos, n, share in _read_cues()}
    assert rows[("sagen", "VERB")][0] >= 400 and rows[("sagen", "VERB")][1] > 0.9
    assert ("wissen", "VERB") in rows  # a debate cue ...
    assert "wissen" not in STATEMENT_LEXICON.speech_verbs and "wissen" in NOT_IN_NEWS  # ... not a news one


def test_speech_verbs_and_frames():
    lex = STATEMENT_LEXICON
    assert {"sagen", "erklären", "betonen", "mitteilen", "hervorheben", "zurückweisen", "warnen"} <= lex.speech_verbs
    assert {"warnen", "loben", "kritisieren", "fordern"} <= lex.reported_verbs
    assert {"Angaben", "Ansicht"} <= lex.source_nouns and "laut" in lex.channel_before
    assert "zufolge" in lex.channel_after


def test_events_read_their_speech_verbs_from_the_statement_lexicon():
    assert EVENT_LEXICON.speech_verbs > SPEECH_ACT_VERBS and "vorwerfen" in EVENT_LEXICON.speech_verbs


def test_festhalten_frames_only_with_its_clause():
    lex = STATEMENT_LEXICON
    assert "festhalten" in lex.content_verbs and "festhalten" not in lex.speech_verbs


def test_verbs_of_position_are_spkatt_cues():
    cues = {lemma for lemma, pos, n, share in _read_cues() if pos == "VERB"}
    assert {lemma for lemma, _, _ in STATEMENT_LEXICON.advocacy_verbs} == {"wenden", "eintreten", "werben"} <= cues
    assert "einsetzen" not in cues  # ("sich für X einsetzen": no cue there, left out)
