"""One statement per real statement across articles; the export's and the
CLI's statements on the seeds (contract fields, quote and occasion named)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from chronik.cli import cli
from chronik.ids import article_id
from chronik.link.statements import link_statements, statement_groups, statement_rows
from chronik.pipeline import analyze
from chronik.records import Article

CONTRACT = {"id", "article", "articles", "kind", "text", "start", "end", "cue", "speaker", "speaker_name",
            "speaker_basis", "via", "addressee", "date", "date_basis", "quote", "event", "sentence"}
# What review adds to every statement, as to quotes (the contract allows added fields).
REVIEW_FIELDS = {"sources", "basis", "needs_review", "reviewed"}


def _article(text: str, published: str) -> Article:
    return Article(id=article_id(text), source=published, title=None, published=published, authors=(),
                   agencies=(), language="de", outlet=None, text=text)


def test_same_speaker_same_message_is_one_statement(toolkit):
    a = _article("Die Polizei teilte am Montag mit, dass zwei Männer festgenommen worden seien.", "2016-01-05")
    b = _article("Nach dem Überfall in Graz teilte die Polizei mit, dass zwei Männer festgenommen worden seien.",
                 "2016-01-06")
    c = _article("Die Feuerwehr teilte mit, dass zwei Männer verletzt worden seien.", "2016-01-06")
    analyses = [analyze(x, toolkit).analysis() for x in (a, b, c)]
    rows = link_statements({x.id: x for x in (a, b, c)}, analyses, lambda article, name: None, str, [], [])
    assert [(r["kind"], r["text"], r["speaker_name"], r["articles"]) for r in rows] == [
        ("indirect", "dass zwei Männer festgenommen worden seien", "Die Polizei", [a.id, b.id]),
        ("indirect", "dass zwei Männer verletzt worden seien", "Die Feuerwehr", [c.id])]
    assert (rows[0]["date"], rows[0]["date_basis"]) == ("2016-01-04", "text")


def test_groups_hold_what_the_rows_read_once_the_analyses_are_gone(toolkit):
    """A link makes the groups, lets the analyses and the entity index go, merges
    the events and only then makes the rows from the groups (issue 15)."""
    a = _article("Der Minister sagte in Berlin, die Steuern würden nicht erhöht. Danach reiste er ab.", "2016-01-05")
    b = _article("Die Steuern würden nicht erhöht, sagte der Minister am Dienstag.", "2016-01-06")
    articles = {x.id: x for x in (a, b)}
    analyses = [analyze(x, toolkit).analysis() for x in (a, b)]
    resolve = {(a.id, "Der Minister"): "e1", (b.id, "der Minister"): "e1"}.get
    groups = statement_groups(articles, analyses, lambda article, name: resolve((article, name)))
    assert [(g.key, g.speaker, [(m.article_id, m.statement.text, m.sentence) for m in g.members]) for g in groups] == [
        ("e1", "e1", [(a.id, "die Steuern würden nicht erhöht",
                       "Der Minister sagte in Berlin, die Steuern würden nicht erhöht."),
                      (b.id, "Die Steuern würden nicht erhöht",
                       "Die Steuern würden nicht erhöht, sagte der Minister am Dienstag.")])]
    del analyses
    occasion = {"id": "ev1", "type": "statement", "date": "2016-01-04",
                "evidence": [{"article": b.id, "sentence": groups[0].members[1].sentence}]}
    rows = statement_rows(groups, articles, {"e1": "Minister"}.__getitem__, [], [occasion])
    assert [(r["speaker"], r["speaker_name"], r["articles"], r["sentence"], r["event"], r["date"], r["date_basis"])
            for r in rows] == [("e1", "Minister", [a.id, b.id], groups[0].members[0].sentence, "ev1", "2016-01-04",
                                "occasion")]


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory, seeds_dir):
    path = tmp_path_factory.mktemp("out") / "s.db"
    assert CliRunner().invoke(cli, ["build", str(seeds_dir), "--db", str(path)]).exit_code == 0
    return str(path)


def test_seed_export_statements(seeds_db, tmp_path):
    out = tmp_path / "s.json"
    result = CliRunner().invoke(cli, ["export", "--db", seeds_db, "--format", "json", "--output", str(out)])
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    statements, quotes = doc["statements"], doc["quotes"]
    assert all(set(s) == CONTRACT | REVIEW_FIELDS for s in statements)
    assert {s["kind"] for s in statements} == {"direct", "indirect", "reported"}
    quote_ids = {q["id"] for q in quotes}
    named = [s for s in statements if s["quote"]]
    # every quote with a speaker is a direct statement naming it
    assert {s["quote"] for s in named} <= quote_ids and all(s["kind"] == "direct" for s in named)
    assert len(named) >= len([q for q in quotes if q["speaker_name"]])
    putin = next(s for s in statements if s["text"].startswith("Die Beziehungen zwischen unseren Ländern"))
    assert (putin["speaker_name"], putin["cue"], putin["date"], putin["date_basis"]) == (
        "Wladimir Putin", "sagte", "2025-09-03", "occasion")
    assert putin["event"] in {e["id"] for e in doc["events"]}
    kreml = next(s for s in statements if s["cue"] == "wies zurück")
    assert (kreml["kind"], kreml["text"], kreml["speaker_name"]) == (
        "indirect", "Russland, China und Nordkorea hätten sich gegen Washington verschworen", "Kreml")


def test_quotes_command_kind(seeds_db):
    result = CliRunner().invoke(cli, ["quotes", "--db", seeds_db, "--kind", "reported"])
    assert result.exit_code == 0, result.output
    assert "reported: Kim Jong Un (sprach): sprach von einem baldigen neuen Treffen" in result.output
    assert "indirect:" not in result.output
    plain = CliRunner().invoke(cli, ["quotes", "--db", seeds_db])
    assert "reported:" not in plain.output and "„Wir warten auf Sie, kommen Sie“" in plain.output
