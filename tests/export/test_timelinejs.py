"""`chronik export --format timelinejs`, checked against the fields that Knight Lab's
TimelineJS documents (timeline.knightlab.com/docs/json-format.html)."""
import json
from datetime import date

import pytest
from click.testing import CliRunner

import chronik
from chronik.cli import cli
from chronik.export import export_document
from chronik.export.jsonfile import to_json
from chronik.export.timelinejs import start_date, to_timelinejs

# The documented properties: the whole file, a slide, a date, a text object.
TIMELINE_KEYS = {"events", "title", "eras", "scale"}
SLIDE_KEYS = {"start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink",
              "unique_id"}
DATE_KEYS = {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date"}
TEXT_KEYS = {"headline", "text"}


@pytest.fixture(scope="module")
def db(tmp_path_factory, seeds_dir):
    path = tmp_path_factory.mktemp("tljs") / "s.db"
    with chronik.open(str(path)) as chron:
        chron.add([str(seeds_dir)])
    return str(path)


@pytest.mark.parametrize("value, expected", [
    ("2025-08-12", {"year": 2025, "month": 8, "day": 12}),
    ("2025-08", {"year": 2025, "month": 8}),
    ("2024", {"year": 2024}),
    ("2025-08-15T16:38", {"year": 2025, "month": 8, "day": 15, "hour": 16, "minute": 38}),
    ("2024-FA", {"year": 2024, "month": 9, "display_date": "2024-FA"}),
    ("2025-Q2", {"year": 2025, "month": 4, "display_date": "2025-Q2"}),
    ("2025-H2", {"year": 2025, "month": 7, "display_date": "2025-H2"}),
    ("2025-W33", {"year": 2025, "month": 8, "day": 11, "display_date": "2025-W33"}),
    ("2015-WI", {"year": 2015, "month": 12, "display_date": "2015-WI"}),  # winter, not a week
    ("2025-W53", {"year": 2025, "display_date": "2025-W53"}),  # 2025 has 52 weeks
    ("XXXX-08-09", None),
    ("PRESENT_REF", None),
    (None, None),
])
def test_start_date_keeps_the_precision_of_the_value(value, expected):
    assert start_date(value) == expected


def _check_date(d: dict) -> None:
    assert set(d) <= DATE_KEYS and isinstance(d["year"], int)
    if "month" in d:
        assert isinstance(d["month"], int) and 1 <= d["month"] <= 12
    if "day" in d:
        date(d["year"], d["month"], d["day"])  # a real day of that month
    for unit, top in (("hour", 23), ("minute", 59)):
        assert unit not in d or 0 <= d[unit] <= top


def test_seed_export_has_only_documented_fields(db):
    result = CliRunner().invoke(cli, ["export", "--db", db, "--format", "timelinejs"])
    assert result.exit_code == 0
    with chronik.open(db, read_only=True) as chron:
        doc = export_document(chron.store)
    undated = [e for e in doc["events"] if e["date"] is None]
    # 31 since casualty tallies ("bislang ... gefallen") are figures, not events
    assert len(undated) == 31 and result.stderr == "31 undated events left out\n"
    data = json.loads(result.stdout)
    assert set(data) <= TIMELINE_KEYS and isinstance(data["events"], list)
    assert set(data["title"]) <= SLIDE_KEYS and set(data["title"]["text"]) <= TEXT_KEYS
    assert len(data["events"]) == len(doc["events"]) - 31
    for slide in data["events"]:
        assert set(slide) <= SLIDE_KEYS
        _check_date(slide["start_date"])
        assert set(slide["text"]) <= TEXT_KEYS and slide["text"]["headline"]
    assert len({s["unique_id"] for s in data["events"]}) == len(data["events"])
    call = next(s for s in data["events"] if s["text"]["headline"] == "Telefonat zwischen Putin und Kim Jong Un")
    assert call["start_date"] == {"year": 2025, "month": 8, "day": 12} and call["group"] == "call"
    assert "<p>call; with Kim Jong Un, Wladimir Putin</p>" in call["text"]["text"]  # in entity id order
    assert "<cite>000_dae933c4ef42b23d.txt, 2025-08-13</cite>" in call["text"]["text"]
    april = next(s for s in data["events"] if s["start_date"].get("month") == 4)
    assert april["start_date"] == {"year": 2025, "month": 4}


def test_article_text_is_escaped_for_timelinejs_html():
    doc = {
        "articles": [{"id": "a1", "source": "https://example.org/a?x=1&y=2", "title": "T", "published": "2025-03-04",
                      "outlet": "Der <b>Bote</b>"}],
        "entities": [],
        "events": [{"id": "e1", "type": "statement", "label": "statement: <script>x</script>", "date": "2025-03",
                    "date_basis": "text", "status": "announced", "place": None, "participants": [],
                    "articles": ["a1"], "evidence": [{"article": "a1", "sentence": "Er sagte <img src=x onerror=y>."}]},
                   {"id": "e2", "type": "meeting", "label": "meeting", "date": None, "date_basis": None,
                    "status": "happened", "place": None, "participants": [], "articles": ["a1"], "evidence": []}],
    }
    result = to_timelinejs(doc)
    assert result.undated == 1
    slide = result.data["events"][0]
    assert slide["text"]["headline"] == "statement: &lt;script&gt;x&lt;/script&gt;"
    assert slide["text"]["text"] == (
        "<p>statement (announced)</p><blockquote>Er sagte &lt;img src=x onerror=y&gt;.<br><cite>"
        '<a href="https://example.org/a?x=1&amp;y=2">Der &lt;b&gt;Bote&lt;/b&gt;, 2025-03-04</a></cite></blockquote>')
    assert to_json(result.data) == to_json(to_timelinejs(doc).data)
