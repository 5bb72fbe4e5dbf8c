"""``chronik annotate``: the section-2 contract, without a store."""
import json

from click.testing import CliRunner

from chronik.cli import cli

LINES = [
    {"id": "a", "published": "2025-08-15",
     "text": 'Etwa 600 Nordkoreaner wurden nach südkoreanischen Angaben getötet. "Wir warten auf Sie, kommen Sie", '
             "entgegnete Putin am Freitag."},
    {"id": "b", "text": "Am vergangenen Samstag traf Sergej Lawrow in Wonsan ein."},
]


def annotate(data: str):
    result = CliRunner().invoke(cli, ["annotate", "-", "--format", "jsonl"], input=data)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def test_round_trip_offsets_and_fields():
    rows = annotate("\n".join(json.dumps(x, ensure_ascii=False) for x in LINES) + "\n")
    assert [r["id"] for r in rows] == ["a", "b"]
    for row, given in zip(rows, LINES):
        assert set(row) == {"id", "published", "entities", "timexes", "figures", "quotes", "events", "statements"}
        for kind in ("entities", "timexes", "figures", "quotes", "statements"):
            for item in row[kind]:
                assert given["text"][item["start"]:item["end"]] == item["text"]
        for item in row["events"]:
            assert given["text"][item["start"]:item["end"]] == item["trigger"]
    a, b = rows
    (figure,) = a["figures"]
    assert (figure["low"], figure["high"], figure["approx"], figure["unit"]) == (600, 600, True, "Nordkoreaner")
    assert "südkoreanisch" in figure["attribution"]
    (quote,) = a["quotes"]
    assert (quote["text"], quote["speaker_name"]) == ("Wir warten auf Sie, kommen Sie", "Putin")
    assert LINES[0]["text"][quote["speaker_start"]:quote["speaker_end"]] == "Putin"
    assert [t["value"] for t in a["timexes"]] == ["2025-08-15"]
    # the quote is a direct statement too; the figure's source an indirect one (first to last word)
    assert [(s["kind"], s["text"], s["speaker_name"]) for s in a["statements"]] == [
        ("indirect", "Etwa 600 Nordkoreaner wurden nach südkoreanischen Angaben getötet", "südkoreanischen Angaben"),
        ("direct", "Wir warten auf Sie, kommen Sie", "Putin")]
    direct = a["statements"][1]
    assert LINES[0]["text"][direct["cue_start"]:direct["cue_end"]] == "entgegnete"
    assert set(direct) == {"start", "end", "text", "kind", "cue_start", "cue_end", "speaker_name", "speaker_start",
                           "speaker_end", "via"}
    assert b["published"] is None
    assert [t["value"] for t in b["timexes"]] == ["XXXX-WXX-6"]  # no anchor: unresolved, never guessed
    assert {"start": 28, "end": 41, "label": "PER", "text": "Sergej Lawrow"} in b["entities"]
    assert [(e["predicate"], e["type"], e["label"], e["date"], e["place"], e["roles"]) for e in b["events"]] == [
        ("eintreffen", "other", "Lawrow trifft in Wonsan ein", None, "Wonsan", [{"name": "Sergej Lawrow", "role": "agent"}])]


def test_plain_text_input_is_one_document():
    (row,) = annotate("Kim Jong Un lobt die Freundschaft.\nZweite Zeile ohne JSON.\n")
    assert row["id"] == "1"
    assert {"start": 0, "end": 11, "label": "PER", "text": "Kim Jong Un"} in row["entities"]
