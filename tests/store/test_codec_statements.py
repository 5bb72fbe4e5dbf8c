"""Statements are stored with the analysis and read back unchanged."""
from chronik.records import Analysis, Statement
from chronik.store.codec import analysis_from_json, analysis_to_json


def test_statements_round_trip():
    st = Statement(kind="indirect", start=28, end=60, text="dass die Beziehungen gut seien", cue="hob hervor",
                   cue_start=5, cue_end=8, speaker_name="Putin", speaker_start=0, speaker_end=5,
                   speaker_basis="text", via="KCNA", date="2025-08-15", date_basis="published", sentence=0)
    analysis = Analysis(article_id="a1", statements=(st,))
    assert analysis_from_json(analysis_to_json(analysis)).statements == (st,)
    # an analysis stored before statements existed reads back with none
    assert analysis_from_json('{"article_id": "a1"}').statements == ()
