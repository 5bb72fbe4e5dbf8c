"""Statements are stored with the analysis and read back unchanged."""
from chronik.records import Analysis, EventMention, Statement, Timex
from chronik.store.codec import analysis_from_json, analysis_to_json


def test_statements_round_trip():
    st = Statement(kind="indirect", start=28, end=60, text="dass die Beziehungen gut seien", cue="hob hervor",
                   cue_start=5, cue_end=8, speaker_name="Putin", speaker_start=0, speaker_end=5,
                   speaker_basis="text", via="KCNA", date="2025-08-15", date_basis="published", sentence=0)
    analysis = Analysis(article_id="a1", statements=(st,))
    assert analysis_from_json(analysis_to_json(analysis)).statements == (st,)
    # an analysis stored before statements existed reads back with none
    assert analysis_from_json('{"article_id": "a1"}').statements == ()


def test_parts_left_unread_are_empty_and_equal_values_are_shared():
    meeting = EventMention(type="meeting", trigger="trafen", start=19, end=25, sentence=0,
                           participants=("Lawrow", "Choe Son Hui"), roles=(("agent", "Lawrow"),), predicate="treffen")
    again = EventMention(type="meeting", trigger="Treffen", start=4, end=11, sentence=1, participants=("Lawrow",),
                         predicate="treffen")
    monday = Timex(start=0, end=6, text="Montag", type="date", value="2025-08-11", sentence=0)
    stored = analysis_to_json(Analysis(article_id="a1", events=(meeting, again), timexes=(monday,)))
    shared: dict = {}
    read = analysis_from_json(stored, ("events",), shared)
    assert read == Analysis(article_id="a1", events=(meeting, again))
    first, second = read.events
    assert first.participants[0] is second.participants[0] and first.predicate is second.predicate
    # a second analysis read with the same dict shares the first one's strings
    assert analysis_from_json(stored, ("events",), shared).events[0].type is first.type
