"""``chronik changes``: what the chronicle gained since a time, from first-seen records."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from chronik.cli import cli
from chronik.errors import ConfigError
from chronik.link.changes import changes_since, record_first_seen
from chronik.link.versions import build_time
from chronik.store import open_store
from tests.conftest import ROOT, SEEDS

LATER = ROOT / "examples" / "later"


def run(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


# -- keys that survive a re-link (synthetic rows in a real store) -------------------

def _figure(fid, article, text, low, as_of):
    return {"id": fid, "article": article, "text": text, "sentence": f"Es sind {text}.", "low": low, "high": low,
            "bound": None, "as_of": as_of, "attribution": None}


def _links(store, rows, now):
    record_first_seen(store, rows, now)
    store.replace_links({"article": [], "entity": [], "story": [], **rows})


def test_an_event_whose_id_changed_is_not_new_but_a_new_report_is(tmp_path):
    call = "Kim telefonierte am Dienstag mit Putin."
    with open_store(str(tmp_path / "c.db")) as store:
        _links(store, {
            "event": [{"id": "e1", "type": "call", "label": "call", "date": "2025-08-12",
                       "evidence": [{"article": "A", "sentence": call}]}],
            "quote": [{"id": "q1", "text": "alt"}],
            "figure": [_figure("f1", "A", "2000 Soldaten", 2000, "2025-06-30")],
            "series": [{"id": "s1", "label": "killed soldiers", "figures": ["f1"], "conflicts": []}],
        }, "2025-09-01T08:00:00Z")
        # A later build: the call merged with a report that dates it more
        # precisely (new id), a new meeting, a new quote, a higher count and a
        # conflicting one.
        _links(store, {
            "event": [
                {"id": "e1b", "type": "call", "label": "call", "date": "2025-08-12T10:00",
                 "evidence": [{"article": "A", "sentence": call}, {"article": "B", "sentence": "Das Telefonat..."}]},
                {"id": "e2", "type": "meeting", "label": "meeting", "date": "2025-09-03",
                 "evidence": [{"article": "B", "sentence": "Kim traf Putin in Peking."}]},
            ],
            "quote": [{"id": "q1", "text": "alt"}, {"id": "q2", "text": "neu"}],
            "figure": [_figure("f1", "A", "2000 Soldaten", 2000, "2025-06-30"),
                       _figure("f2", "B", "6000 Soldaten", 6000, "2025-09-03"),
                       _figure("f3", "C", "3000 Soldaten", 3000, "2025-09-03")],
            "series": [{"id": "s1", "label": "killed soldiers", "figures": ["f1", "f3", "f2"],
                        "conflicts": [["f3", "f2"]]}],
        }, "2025-09-04T08:00:00Z")
        new = changes_since(store, "2025-09-02")
        everything = changes_since(store, "2025-09-01")
        nothing = changes_since(store, "2025-09-04T08:00:01")
    assert [e["id"] for e in new.events] == ["e2"]
    assert [q["id"] for q in new.quotes] == ["q2"]
    (moved,) = new.figures
    assert ([f["id"] for f in moved["figures"]], moved["latest"]["text"], moved["before"]) == (
        ["f3", "f2"], "6000 Soldaten", {"text": "2000 Soldaten", "low": 2000, "high": 2000})
    assert [(c["figures"], c["texts"], c["first_seen"]) for c in new.conflicts] == [
        (["f3", "f2"], ["3000 Soldaten", "6000 Soldaten"], "2025-09-04T08:00:00Z")]
    assert [e["id"] for e in everything.events] == ["e1b", "e2"]
    assert everything.figures[0]["before"] is None  # the series itself is new then
    assert nothing.is_empty()


def test_a_link_records_only_the_keys_not_seen_before_and_keeps_their_first_time(tmp_path):
    """The keys known already are skipped while the rows are walked (issue 15:
    a re-link of a big store gathers few new keys, not all of them)."""
    call = {"article": "A", "sentence": "Kim telefonierte am Dienstag mit Putin."}
    meeting = {"article": "B", "sentence": "Kim traf Putin in Peking."}
    rows = {"event": [{"id": "e1", "type": "call", "label": "call", "date": "2025-08-12", "evidence": [call]}],
            "quote": [{"id": "q1", "text": "alt"}]}
    with open_store(str(tmp_path / "c.db")) as store:
        assert record_first_seen(store, rows, "2025-09-01T08:00:00Z") == 2
        assert record_first_seen(store, rows, "2025-09-02T08:00:00Z") == 0
        rows["event"][0]["evidence"].append(meeting)
        assert record_first_seen(store, rows, "2025-09-03T08:00:00Z") == 1
        seen = sorted(r["seen"] for r in store.records("seen"))
    assert seen == ["2025-09-01T08:00:00Z", "2025-09-01T08:00:00Z", "2025-09-03T08:00:00Z"]


def test_an_event_is_listed_when_a_later_report_first_disagrees_on_its_date_or_place(tmp_path):
    first = {"article": "A", "sentence": "Kim traf Putin am 3. September in Peking."}
    same = {"article": "B", "sentence": "Das Treffen in Peking am 3. September..."}
    other = {"article": "C", "sentence": "Kim traf Putin am 4. September in Wladiwostok."}

    def meeting(evidence, variants):
        return {"id": "e", "type": "meeting", "label": "meeting", "date": "2025-09-03", "evidence": evidence,
                "variants": variants}

    with open_store(str(tmp_path / "c.db")) as store:
        _links(store, {"event": [meeting([first], [])]}, "2025-09-03T08:00:00Z")
        _links(store, {"event": [meeting([first, same], [])]}, "2025-09-04T08:00:00Z")
        _links(store, {"event": [meeting([first, same, other], [
            {"field": "date", "value": "2025-09-03", "articles": ["A", "B"], "sources": 2},
            {"field": "date", "value": "2025-09-04", "articles": ["C"], "sources": 1},
            {"field": "place", "value": "Peking", "articles": ["A", "B"], "sources": 2},
            {"field": "place", "value": "Wladiwostok", "articles": ["C"], "sources": 1}])]},
               "2025-09-05T08:00:00Z")
        new = changes_since(store, "2025-09-05")
        before = changes_since(store, "2025-09-06")
    assert [(c["field"], [(v["value"], v["sources"], v["first_seen"]) for v in c["values"]], c["first_seen"])
            for c in new.event_conflicts] == [
        ("date", [("2025-09-03", 2, "2025-09-03T08:00:00Z"), ("2025-09-04", 1, "2025-09-05T08:00:00Z")],
         "2025-09-05T08:00:00Z"),
        ("place", [("Peking", 2, "2025-09-03T08:00:00Z"), ("Wladiwostok", 1, "2025-09-05T08:00:00Z")],
         "2025-09-05T08:00:00Z")]
    assert before.event_conflicts == () and before.is_empty()


# -- the seeds, then a later article (examples/later) ----------------------------------

@pytest.fixture(scope="module")
def followed(tmp_path_factory):
    """The seeds built on 2025-12-28, the later article on 2026-01-15."""
    db = tmp_path_factory.mktemp("changes") / "c.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CHRONIK_NOW", "2025-12-28T08:00")
        run("build", SEEDS, "--db", db)
        mp.setenv("CHRONIK_NOW", "2026-01-15T09:30")
        run("build", LATER, "--db", db)
    return db


def test_changes_since_the_later_build(followed):
    with open_store(str(followed)) as store:
        got = changes_since(store, "2026-01-15")
    assert [(Path(a["source"]).name, a["edit"], a["first_seen"]) for a in got.articles] == [
        ("005_schoigu_pjoengjang.txt", False, "2026-01-15T09:30:00Z")]
    # "Schoigu überbrachte demnach eine Botschaft": a simple past, no day of its own (the Wednesday of
    # the sentence before is hung on another word by the parser); "Nordkorea hatte im vergangenen Jahr
    # ... geschickt" (2025) is no longer linked to the seeds' deployment of 2024; "inzwischen rund 7000
    # nordkoreanische Soldaten ... gefallen" is a running tally (a figure), no event
    assert [(e["date"], e["label"]) for e in got.events] == [
        ("2025", "Nordkorea schickt nach Russland"), ("2026-01-15", "Kim Jong Un empfängt Schoigu in Pjöngjang"),
        (None, "Schoigu überbringt Botschaft"),
        (None, "Rückeroberung von Kursk"), (None, "Botschaft von Putin")]  # undated: by id
    assert [(q["speaker_name"], q["via"], q["text"]) for q in got.quotes] == [
        ("Kim Jong Un", "KCNA", "fest an der Seite Russlands stehen, bis der Sieg errungen ist")]
    assert [(s["label"], s["before"]["text"], s["latest"]["text"], [f["text"] for f in s["figures"]])
            for s in got.figures] == [
        ("deployed soldiers (Nordkorea)", "Tausende Soldaten", "mehr als 12.000 Soldaten",
         ["mehr als 12.000 Soldaten"]),
        ("killed soldiers (Nordkorea)", "6000 Nordkoreaner", "rund 7000 nordkoreanische Soldaten",
         ["etwa 4000 nordkoreanische Soldaten", "rund 7000 nordkoreanische Soldaten"]),
    ]
    assert [(c["label"], c["texts"]) for c in got.conflicts] == [
        ("killed soldiers (Nordkorea)", ["etwa 4000 nordkoreanische Soldaten", "rund 7000 nordkoreanische Soldaten"])]
    assert got.event_conflicts == ()  # the later article agrees with the seeds on dates and places


def test_changes_since_before_the_seeds_has_everything(followed):
    with open_store(str(followed)) as store:
        got = changes_since(store, "2025-12-28T09:00+01:00")  # 08:00 UTC: the first build counts
    assert len(got.articles) == 6
    assert len(got.events) == len(json.loads(run("export", "--db", followed))["events"])
    assert [(c["label"], c["field"], [(v["value"], v["sources"]) for v in c["values"]]) for c in got.event_conflicts] == [
        ("Nordkorea nach Russland geschickt", "place", [("Kursk", 1), ("Russland", 1)])]


def test_cli_text_json_and_errors(followed):
    assert run("changes", "--since", "2026-01-16", "--db", followed) == "nothing new since 2026-01-16T00:00:00Z\n"
    doc = json.loads(run("changes", "--since", "2026-01-15T09:30:00Z", "--db", followed, "--format", "json"))
    assert list(doc) == ["since", "articles", "events", "quotes", "figures", "conflicts", "event_conflicts"]
    assert [len(doc[k]) for k in list(doc)[1:]] == [1, 5, 1, 2, 1, 0]
    text = run("changes", "--since", "2026-01-15", "--db", followed).splitlines()
    assert text[:7] == [
        "changes since 2026-01-15T00:00:00Z", "", "articles (1):",
        f"  2026-01-15  {LATER / '005_schoigu_pjoengjang.txt'}", "", "events (5):",
        "  2025        Nordkorea schickt nach Russland"]
    bad = CliRunner().invoke(cli, ["changes", "--since", "gestern", "--db", str(followed)])
    assert (bad.exit_code, bad.output) == (
        1, "Error: --since 'gestern' is not an ISO date or date-time (e.g. 2025-09-05 or 2025-09-05T08:00)\n")


def test_a_bad_chronik_now_is_a_config_error(monkeypatch):
    monkeypatch.setenv("CHRONIK_NOW", "morgen")
    with pytest.raises(ConfigError, match="^CHRONIK_NOW 'morgen' is not an ISO date"):
        build_time()
