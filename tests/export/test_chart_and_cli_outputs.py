"""The figures, timeline and quotes commands and the chart, on the seeds."""
import pytest
from click.testing import CliRunner

from chronik.cli import cli


@pytest.fixture(scope="module")
def db(tmp_path_factory, seeds_dir):
    path = tmp_path_factory.mktemp("out") / "s.db"
    assert CliRunner().invoke(cli, ["build", str(seeds_dir), "--db", str(path)]).exit_code == 0
    return str(path)


def invoke(*args):
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_figures_table_and_chart(db, tmp_path):
    out = invoke("figures", "--db", db, "--entity", "Nordkorea", "--chart", str(tmp_path / "c.png"))
    assert "killed soldiers (Nordkorea)" in out
    assert "mehr als 6000 nordkoreanische Soldaten\tlaut CNN" in out
    png = (tmp_path / "c.png").read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 10_000


def test_chart_needs_png_or_svg(db, tmp_path):
    result = CliRunner().invoke(cli, ["figures", "--db", db, "--chart", str(tmp_path / "c.pdf")])
    assert result.exit_code == 1
    assert "must end in .png or .svg" in result.output


def test_timeline_lists_dated_events_in_order_and_undated_apart(db):
    out = invoke("timeline", "--db", db)
    dated, _, undated = out.partition("\nundated:\n")
    dates = [line.split()[0] for line in dated.splitlines() if line[:4].isdigit()]
    assert dates == sorted(dates) and "2025-08-12" in dates and "2025-09-03" in dates
    assert "Lawrow" in undated


def test_timeline_filters(db):
    out = invoke("timeline", "--db", db, "--entity", "Lawrow")
    assert "2025-08-12" not in out
    out = invoke("timeline", "--db", db, "--from", "2025-09", "--to", "2025-09")
    assert [line.split()[0] for line in out.splitlines() if line[:4].isdigit()] == ["2025-09-03"] * len(
        [line for line in out.splitlines() if line[:4].isdigit()])


def test_quotes_by_speaker(db):
    out = invoke("quotes", "--db", db, "--speaker", "Uschakow")
    assert out.startswith("Juri Uschakow: „Ich möchte sagen, dass niemand irgendwelche Verschwörungen")


def test_markdown_chronicle(db):
    out = invoke("export", "--db", db, "--format", "md")
    assert out.startswith("# Chronicle\n\n5 articles, 2025-08-13 to 2025-12-27.")
    assert "## Undated events" in out and "## Figures over time" in out
    assert invoke("export", "--db", db, "--format", "markdown") == out


def test_csv_export_writes_one_file_per_list(db, tmp_path):
    import csv
    import json

    invoke("export", "--db", db, "--format", "csv", "--output", str(tmp_path / "csv"))
    doc = json.loads(invoke("export", "--db", db, "--format", "json"))
    for name, rows in doc.items():
        with (tmp_path / "csv" / f"{name}.csv").open(encoding="utf-8") as f:
            read = list(csv.DictReader(f))
        assert len(read) == len(rows), name
    with (tmp_path / "csv" / "articles.csv").open(encoding="utf-8") as f:
        first = next(csv.DictReader(f))
    assert first["text"] == doc["articles"][0]["text"]
    assert first["agencies"] == "|".join(doc["articles"][0]["agencies"])
