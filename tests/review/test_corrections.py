"""Every correction kind, made on the seeds, survives a rebuild with more input (a later article),
and a correction whose item is gone is reported as stale, never dropped."""
import json
import shutil
from pathlib import Path

import pytest

import chronik
from chronik.export import export_document
from chronik.review import correct, stored_corrections
from chronik.review.corrections import CorrectionError
from chronik.review.edit import in_place, relink
from tests.conftest import SEEDS
from tests.review.runner import run

LATER = Path(__file__).parent / "data" / "005_later.txt"
# Seed item ids (content hashes) as the seeds build them.
CALL = "f008eec1060cfac0"            # Telefonat zwischen Putin und Kim Jong Un, 2025-08-12
PEKING = "534fc50edc1c6600"          # Treffen ... in Peking, date taken from the publication date
WOLODIN = "bfde2dda7b2ca343"         # Wjatscheslaw Wolodin empfangen, 2025-08-14
PEKING_TALK = "20ee34d156403f5e"     # "Ihr bilaterales Gespräch fand ... statt" (seed 003), undated
DEPLOY_APRIL = "2a4c2d933d09b87a"    # Nordkorea bestätigt Einsatz, 2025-04, in seeds 000 and 001
SEED_001 = "6e08e052d3fdd0d1"
PRONOUN_QUOTE = "b07c7c5ea1976582"   # speaker resolved from a pronoun
SOVEREIGNTY = "58a6e6c45ed84839"     # „Souveränität verteidigen“
ATMOSPHERE = "fbe90026dd010bf5"      # „herzlichen, kameradschaftlichen Atmosphäre“
FALLEN = "d0e45d4a0c7d08c0"          # 6000 Nordkoreaner (a headline: "6000 Nordkoreaner gefallen")
LEADERS = "2118a2f899a544fb"         # drei Staatsführer
THOUSANDS = "c151637a4d29bd26"       # Tausende Nordkoreaner
TALKS = "3a9fd2c790414ee9"           # indirect, speaker carried over: "Falls die Friedensgespräche ..."
FRONT = "e1aac21eb9b35038"           # indirect, "Nordkorea" carried over as speaker: "sollen rund 12.000 ..."
REINFORCED = "ed9dcc8fb89a873e"      # indirect, "westlichen Angaben" as speaker: "Sie wurden ... verstärkt"
SOVEREIGNTY_STATEMENT = "8116325a0ca49407"  # the direct statement that is the quote SOVEREIGNTY
ATMOSPHERE_STATEMENT = "580f88580696890f"   # the direct statement that is the quote ATMOSPHERE


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seeds")
    pile = folder / "pile"
    shutil.copytree(SEEDS, pile)
    run("build", pile, "--db", folder / "s.db")
    return folder


@pytest.fixture
def store_dir(seeds_db, tmp_path):
    shutil.copytree(seeds_db / "pile", tmp_path / "pile")
    shutil.copy(seeds_db / "s.db", tmp_path / "s.db")
    return tmp_path


def entity_id(db, name):
    with chronik.open(str(db), read_only=True) as chron:
        return next(e["id"] for e in chron.entities() if e["name"] == name)


def export(db) -> dict:
    return json.loads(run("export", "--db", db).stdout)


def make_every_kind(db):
    """One correction of each kind, in this order (the entity split comes last
    and changes the call's id, which the earlier accept must survive)."""
    usa, us, russia, soviet, truth, dollar = (entity_id(db, n) for n in (
        "USA", "Vereinigten Staaten", "Russland", "Sowjetunion", "Truth Social", "Dollar"))
    kim = entity_id(db, "Kim Jong Un")
    steps = [
        ("accept", CALL), ("set", PEKING, "date", "2025-09-03"), ("reject", WOLODIN),
        ("merge-events", PEKING, PEKING_TALK), ("split-event", DEPLOY_APRIL, SEED_001),
        ("accept", PRONOUN_QUOTE), ("set", SOVEREIGNTY, "speaker", "Kim Jong Un"), ("reject", ATMOSPHERE),
        ("set", FALLEN, "bound", "lower"), ("reject", LEADERS), ("accept", THOUSANDS),
        ("merge-entities", usa, us), ("merge-entities", russia, soviet), ("set", truth, "type", "ORG"),
        ("reject", dollar), ("split-entity", kim, "Kim"),
    ]
    for action, *args in steps:
        out = run("correct", action, *args, "--db", db).stdout
        assert out.startswith("applied: "), out
    return len(steps)


def check_every_kind(doc: dict) -> None:
    events = {e["id"]: e for e in doc["events"]}
    names = {e["id"]: e["name"] for e in doc["entities"]}
    assert all(c["status"] == "applied" for c in doc["corrections"]), [c for c in doc["corrections"]
                                                                       if c["status"] != "applied"]
    # accept: the call is found by its reports although the split changed its participants and id
    call = next(e for e in doc["events"] if e["type"] == "call" and e["date"] == "2025-08-12")
    assert call["id"] != CALL and call["reviewed"] == "accepted" and call["needs_review"] is False
    assert sorted(names[p] for p in call["participants"]) == ["Kim", "Wladimir Putin"]
    peking = events[PEKING]
    assert (peking["date"], peking["date_basis"], peking["basis"], peking["needs_review"]) == (
        "2025-09-03", "corrected", ["corrected"], False)
    assert not any("Wolodin" in e["label"] for e in doc["events"])
    assert PEKING_TALK not in events
    assert any("bilaterales Gespräch" in ev["sentence"] for ev in peking["evidence"])  # the merged report
    april = [e for e in doc["events"] if e["type"] == "announcement" and e["date"] == "2025-04"]
    assert sorted(len(e["articles"]) for e in april) == [1, 1]
    assert [e["articles"] for e in april if e["id"] != DEPLOY_APRIL] == [[SEED_001]]
    quotes = {q["id"]: q for q in doc["quotes"]}
    assert quotes[PRONOUN_QUOTE]["reviewed"] == "accepted" and not quotes[PRONOUN_QUOTE]["needs_review"]
    assert (quotes[SOVEREIGNTY]["speaker_name"], quotes[SOVEREIGNTY]["speaker_basis"]) == ("Kim Jong Un", "corrected")
    assert ATMOSPHERE not in quotes
    figures = {f["id"]: f for f in doc["figures"]}
    assert (figures[FALLEN]["low"], figures[FALLEN]["high"], figures[FALLEN]["bound"]) == (6000, None, "lower")
    assert LEADERS not in figures
    assert figures[THOUSANDS]["reviewed"] == "accepted" and not figures[THOUSANDS]["needs_review"]
    entities = {e["name"]: e for e in doc["entities"]}
    assert "Vereinigten Staaten" in entities["USA"]["aliases"] and "Vereinigten Staaten" not in entities
    assert "Sowjetunion" in entities["Russland"]["aliases"] and "Kim" not in entities["Kim Jong Un"]["aliases"]
    assert entities["Kim"]["type"] == "PER" and entities["Truth Social"]["type"] == "ORG"
    assert "Dollar" not in entities and "Sowjetunion" not in entities


def test_every_correction_kind_survives_a_rebuild_with_a_later_article(store_dir):
    db = store_dir / "s.db"
    n = make_every_kind(db)
    before = export(db)
    check_every_kind(before)
    assert [c["seq"] for c in before["corrections"]] == list(range(1, n + 1))
    shutil.copy(LATER, store_dir / "pile")
    result = run("build", store_dir / "pile", "--db", db)
    assert result.stdout.startswith("1 article added"), result.stdout
    after = export(db)
    check_every_kind(after)
    later = next(a["id"] for a in after["articles"] if a["source"].endswith("005_later.txt"))
    call = next(e for e in after["events"] if e["type"] == "call" and e["date"] == "2025-08-12")
    assert later in call["articles"] and call["sources"] == 2  # the later article joined the accepted call
    assert [c["id"] for c in after["corrections"]] == [c["id"] for c in before["corrections"]]
    # replaying again on the same input changes nothing, byte for byte
    run("build", store_dir / "pile", "--db", db)
    assert run("export", "--db", db).stdout == json.dumps(after, ensure_ascii=False, indent=1) + "\n"


def test_corrections_move_to_another_store_through_a_file(store_dir, seeds_db, tmp_path):
    db = store_dir / "s.db"
    make_every_kind(db)
    run("correct", "export", tmp_path / "fixes.json", "--db", db)
    other = tmp_path / "other.db"
    shutil.copy(seeds_db / "s.db", other)
    out = run("correct", "apply", tmp_path / "fixes.json", "--db", other).stdout
    assert out.endswith("16 corrections added from " + str(tmp_path / "fixes.json") + "\n")
    mine, theirs = export(db), export(other)
    for part in ("entities", "figures", "series", "quotes", "events"):
        assert mine[part] == theirs[part], part
    # applying the same file again adds nothing
    assert run("correct", "apply", tmp_path / "fixes.json", "--db", other).stdout == (
        "0 corrections added from " + str(tmp_path / "fixes.json") + "\n")


def test_a_correction_whose_item_is_gone_is_reported_stale_not_dropped(store_dir):
    db = store_dir / "own.db"  # built from this folder, so that an edited file is a new version
    run("build", store_dir / "pile", "--db", db)
    peking = next((store_dir / "pile").glob("003_*.txt"))
    with chronik.open(str(db)) as chron:
        fig = next(f for f in export_document(chron.store, ("figures",))["figures"]
                   if f["text"] == "schätzungsweise 2000 Nordkoreaner")
        fixed = correct(chron.store, "set", [fig["id"]], field="time", value="2025-Q1")
        kept = correct(chron.store, "reject", ["9f9051f7"])  # „Wir warten auf Sie, kommen Sie“
        ok = correct(chron.store, "accept", [LEADERS])
    assert (fixed.status, kept.status, ok.status) == ("applied", "applied", "applied")
    # A new version of the article: the figure is reworded, the closing quote cut.
    text = peking.read_text(encoding="utf-8")
    peking.write_text(text.replace("schätzungsweise 2000 Nordkoreaner", "schätzungsweise 2500 Nordkoreaner")
                      .replace(' "Wir warten auf Sie, kommen Sie", entgegnete Putin.', ""), encoding="utf-8")
    result = run("build", store_dir / "pile", "--db", db)
    stale = result.stderr.splitlines()
    assert len(stale) == 2
    assert stale[0] == (f"stale correction {fixed.id}: set figure 3bc75ec1 (schätzungsweise 2000 Nordkoreaner) "
                        "time = \"2025-Q1\": the figure is no longer in its article (see 'chronik correct list')")
    assert stale[1].startswith(f"stale correction {kept.id}: reject quote 9f9051f7 (Wir warten auf Sie, kommen Sie)")
    listed = run("correct", "list", "--db", db).stdout.splitlines()
    assert [line.split()[2] for line in listed] == ["stale", "stale", "applied"]
    assert run("correct", "list", "--stale", "--db", db).stdout.count("\n") == 2
    doc = export(db)
    assert [c["status"] for c in doc["corrections"]] == ["stale", "stale", "applied"]
    # the accepted figure was found again by its article's source, although the new version
    # of the article gave it another id
    accepted = doc["corrections"][2]["matched"][0]
    assert accepted != LEADERS and {f["id"]: f for f in doc["figures"]}[accepted]["reviewed"] == "accepted"


def test_undo_forgets_a_correction(store_dir):
    db = store_dir / "s.db"
    run("correct", "reject", WOLODIN, "--db", db)
    cid = run("correct", "list", "--db", db).stdout.split()[1]
    assert run("correct", "undo", cid[:8], "--db", db).stdout.startswith("undone: reject event bfde2dda")
    assert WOLODIN in {e["id"] for e in export(db)["events"]}
    assert run("correct", "list", "--db", db).stdout == "no corrections\n"


@pytest.mark.parametrize("args, message", [
    (("set", FALLEN, "low", "6.000"), "write 6.000 without thousands separators (6000)"),
    (("set", FALLEN, "colour", "red"), "a figure has no field 'colour' to set; fields: low, high, bound"),
    (("set", PEKING, "date", "Anfang September"), "'Anfang September' is not a date value"),
    (("reject", "0000000000000000"), "no event or quote or statement or figure or entity has the id '0000000000000000'"),
    (("merge-events", PEKING, FALLEN), "no event has the id"),
    (("split-event", DEPLOY_APRIL, DEPLOY_APRIL), "does not report this event"),
])
def test_a_bad_correction_is_one_line_and_changes_nothing(store_dir, args, message):
    db = store_dir / "s.db"
    result = run("correct", *args, "--db", db, ok=False)
    assert result.exit_code == 1 and message in result.stderr and len(result.stderr.splitlines()) == 1
    assert run("correct", "list", "--db", db).stdout == "no corrections\n"


def test_recording_the_same_correction_twice_keeps_one(store_dir):
    with chronik.open(str(store_dir / "s.db")) as chron:
        first = correct(chron.store, "accept", [PEKING])
        second = correct(chron.store, "accept", [PEKING[:6]])
        assert first.id == second.id and len(stored_corrections(chron.store)) == 1
        gone = correct(chron.store, "reject", [WOLODIN])
        with pytest.raises(CorrectionError, match=f"event {WOLODIN} was rejected by correction {gone.id}; "
                                                  f"'chronik correct undo {gone.id}' brings it back"):
            correct(chron.store, "reject", [WOLODIN[:6]])
        with pytest.raises(CorrectionError, match="needs two different items"):
            correct(chron.store, "merge-events", [PEKING, PEKING])


def test_a_correction_applied_in_place_gives_what_a_full_relink_gives(store_dir):
    steps = [("accept", [CALL], {}), ("reject", [WOLODIN], {}),
             ("set", [PEKING], {"field": "date", "value": "2025-09"}),
             ("set", [SOVEREIGNTY], {"field": "speaker", "value": "Kim"}), ("accept", [THOUSANDS], {}),
             ("reject", [ATMOSPHERE], {}), ("set", [PRONOUN_QUOTE], {"field": "via", "value": "Yonhap"}),
             ("set", [PEKING_TALK], {"field": "type", "value": "visit"})]
    with chronik.open(str(store_dir / "s.db")) as chron:
        made = [correct(chron.store, action, ids, **kw) for action, ids, kw in steps]
        assert all(in_place(c) and c.status == "applied" for c in made)
        quick = export_document(chron.store)
        relink(chron.store)
        full = export_document(chron.store)
    assert quick == full
    assert {q["id"]: q for q in full["quotes"]}[SOVEREIGNTY]["speaker_name"] == "Kim Jong Un"
    assert {e["id"]: e for e in full["events"]}[PEKING_TALK]["type"] == "visit"


def test_correcting_a_store_that_does_not_exist_creates_none(tmp_path):
    result = run("correct", "reject", WOLODIN, "--db", tmp_path / "typo.db", ok=False)
    assert result.exit_code == 1 and "no store at" in result.stderr and not (tmp_path / "typo.db").exists()


def test_statement_corrections_survive_a_rebuild_and_follow_their_quote(store_dir):
    db = store_dir / "s.db"
    steps = [("accept", TALKS), ("reject", FRONT), ("set", REINFORCED, "speaker", "Südkorea"),
             ("set", SOVEREIGNTY, "speaker", "Kim Jong Un"), ("reject", ATMOSPHERE)]
    for action, *args in steps:
        assert run("correct", action, *args, "--db", db).stdout.startswith("applied: ")
    review = run("review", "--kind", "statement", "--db", db).stdout
    assert review.splitlines()[0] == "6 items need review, most consequential first"
    shutil.copy(LATER, store_dir / "pile")
    run("build", store_dir / "pile", "--db", db)
    doc = export(db)
    assert all(c["status"] == "applied" for c in doc["corrections"])
    statements = {s["id"]: s for s in doc["statements"]}
    assert (statements[TALKS]["reviewed"], statements[TALKS]["needs_review"]) == ("accepted", False)
    assert FRONT not in statements
    reinforced = statements[REINFORCED]
    assert (reinforced["speaker_name"], reinforced["speaker_basis"], reinforced["basis"]) == (
        "Südkorea", "corrected", ["corrected"])
    # the statements that are quotes follow the quotes' corrections
    sovereignty = statements[SOVEREIGNTY_STATEMENT]
    assert (sovereignty["speaker_name"], sovereignty["speaker_basis"], sovereignty["reviewed"]) == (
        "Kim Jong Un", "corrected", "corrected")
    assert ATMOSPHERE_STATEMENT not in statements
