"""End-to-end builds through the CLI and the Python API, with real files."""
import json
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

import chronik
from chronik.cli import cli


def run(*args):
    result = CliRunner().invoke(cli, list(map(str, args)))
    return result


def export_bytes(db) -> bytes:
    result = run("export", "--db", db, "--format", "json")
    assert result.exit_code == 0, result.output
    return result.output.encode()


def test_build_and_export_seeds(tmp_path, seeds_dir):
    db = tmp_path / "s.db"
    result = run("build", seeds_dir, "--db", db)
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1] == "5 articles added, 0 duplicates, 0 files skipped"
    doc = json.loads(export_bytes(db))
    assert list(doc) == ["articles", "entities", "timexes", "figures", "series", "quotes", "events", "statements",
                         "stories", "corrections"]
    assert [Path(a["source"]).name[:3] for a in doc["articles"]] == ["000", "001", "002", "003", "004"]


def test_rerun_and_copy_under_another_name_add_no_duplicates(tmp_path, seeds_dir):
    db = tmp_path / "s.db"
    assert run("build", seeds_dir, "--db", db).exit_code == 0
    before = export_bytes(db)
    copy = tmp_path / "copy.txt"
    shutil.copy(next(seeds_dir.glob("003_*.txt")), copy)
    result = run("build", seeds_dir, copy, "--db", db)
    assert result.output.strip().splitlines()[-1] == "0 articles added, 6 duplicates, 0 files skipped"
    assert export_bytes(db) == before


def test_two_builds_give_identical_bytes(tmp_path, seeds_dir):
    for name in ("a.db", "b.db"):
        assert run("build", seeds_dir, "--db", tmp_path / name).exit_code == 0
    assert export_bytes(tmp_path / "a.db") == export_bytes(tmp_path / "b.db")


def test_incremental_build_equals_full_build(tmp_path, seeds_dir):
    files = sorted(seeds_dir.glob("*.txt"))
    for f in files:
        assert run("build", f, "--db", tmp_path / "inc.db").exit_code == 0
    assert run("build", seeds_dir, "--db", tmp_path / "full.db").exit_code == 0
    assert export_bytes(tmp_path / "inc.db") == export_bytes(tmp_path / "full.db")


def test_a_pile_built_in_three_steps_exports_what_one_build_does(tmp_path):
    pile = _pile(tmp_path, 36)
    steps = [tmp_path / f"step{n}" for n in range(3)]
    for n, step in enumerate(steps):
        step.mkdir()
        for f in sorted(pile.glob("*.txt"))[n::3]:  # every step adds articles among the earlier ones' ids
            shutil.copy(f, step / f.name)
    for step in steps:
        assert run("build", step, "--db", tmp_path / "inc.db", "--workers", "1").exit_code == 0
    assert run("build", *steps, "--db", tmp_path / "full.db", "--workers", "1").exit_code == 0
    full = export_bytes(tmp_path / "full.db")
    assert export_bytes(tmp_path / "inc.db") == full
    doc = json.loads(full)
    assert len(doc["articles"]) == 36 and doc["entities"] and doc["stories"]


def test_a_build_analyses_again_what_an_older_analysis_made(tmp_path, seeds_dir):
    """No store links analyses of two versions: a stored analysis another extractor or language
    model made is made again by the next build, which then exports what a fresh build does."""
    import sqlite3

    from chronik.pipeline import analysis_version

    db = tmp_path / "s.db"
    assert run("build", seeds_dir, "--db", db).exit_code == 0
    fresh = export_bytes(db)
    with sqlite3.connect(db) as conn:
        assert {v for (v,) in conn.execute("SELECT version FROM analyses")} == {analysis_version("de")}
        conn.execute("UPDATE analyses SET version = 'older', data = replace(data, '\"events\":[', "
                     "'\"events\":[{\"type\":\"meeting\",\"trigger\":\"x\",\"start\":0,\"end\":1,"
                     "\"sentence\":0},') WHERE article_id = (SELECT min(article_id) FROM analyses)")
        conn.execute("UPDATE analyses SET version = NULL WHERE article_id = (SELECT max(article_id) FROM analyses)")
    result = run("build", seeds_dir, "--db", db)
    assert result.output.strip().splitlines()[-1] == "0 articles added, 5 duplicates, 0 files skipped, 2 re-analysed"
    assert export_bytes(db) == fresh
    result = run("build", seeds_dir, "--db", db)
    assert result.output.strip().splitlines()[-1] == "0 articles added, 5 duplicates, 0 files skipped, links unchanged"


def test_bad_inputs_get_one_line_each_and_the_rest_is_stored(tmp_path, seeds_dir):
    pile = tmp_path / "pile"
    shutil.copytree(seeds_dir, pile)
    (pile / "empty.txt").write_text("")
    (pile / "noise.txt").write_bytes(random.Random(1).randbytes(2000))
    (pile / "feed.jsonl").write_text('{"text": "Die Regierung tagte am Montag in Wien."}\n{oops\n', encoding="utf-8")
    (pile / "notes.docx").write_bytes(b"PK\x03\x04")
    result = run("build", pile, "--db", tmp_path / "s.db")
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert lines[-1] == "6 articles added, 0 duplicates, 4 files skipped"
    skipped = sorted(line for line in lines if line.startswith("skipped "))
    assert skipped == [
        f"skipped {pile / 'empty.txt'}: the file is empty",
        f"skipped {pile / 'feed.jsonl'}#2: broken JSON (Expecting property name enclosed in double quotes at column 2)",
        f"skipped {pile / 'noise.txt'}: the file looks binary (it contains NUL bytes), not text",
        f"skipped {pile / 'notes.docx'}: unsupported file type '.docx'; chronik reads .atom, .csv, .htm, .html, "
        ".jsonl, .rss, .text, .txt, .warc, .warc.gz, .xml",
    ]
    assert "Traceback" not in result.output


def test_nothing_readable_exits_non_zero(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = run("build", tmp_path / "empty.txt", "--db", tmp_path / "s.db")
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1] == "0 articles added, 0 duplicates, 1 file skipped"


def test_python_api(tmp_path, seeds_dir):
    with chronik.open(str(tmp_path / "s.db")) as chron:
        report = chron.add([str(seeds_dir)])
        assert (report.added, report.duplicates, report.skipped) == (5, 0, ())
        assert len(chron.articles()) == 5
        assert chron.search("Strassenbrücke")[0].snippet.count("[Strassenbrücke]") == 1
        assert any(e["name"] == "Wladimir Putin" for e in chron.entities())


def test_search_command_folds_sharp_s(tmp_path, seeds_dir):
    db = tmp_path / "s.db"
    run("build", seeds_dir, "--db", db)
    result = run("search", "Straßenbrücke", "--db", db)
    assert result.exit_code == 0
    first, snippet = result.output.splitlines()[:2]
    assert first.startswith("2025-12-27  ") and first.endswith("004_4b274ed4b36cfa4a.txt")
    assert "[Strassenbrücke]" in snippet


def test_every_command_has_help():
    for name, command in cli.commands.items():
        result = run(name, "--help")
        assert result.exit_code == 0, name
        assert command.help, name
    assert run("--version").output.strip() == f"chronik, version {chronik.__version__}"


def test_missing_store_is_one_line(tmp_path):
    result = run("export", "--db", tmp_path / "none.db")
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: no store at {tmp_path / 'none.db'}; build one first with " \
                                    f"'chronik build PATH --db {tmp_path / 'none.db'}'"


def _pile(tmp_path, n: int) -> Path:
    """n distinct real-looking articles (seed sentences recombined)."""
    from tests.conftest import SEEDS

    sentences = []
    for f in sorted(SEEDS.glob("*.txt")):
        sentences += [s for s in f.read_text(encoding="utf-8").replace("\n", " ").split(". ") if len(s) > 40]
    pile = tmp_path / f"pile{n}"
    pile.mkdir()
    for i in range(n):
        picked = [sentences[(i * 7 + k * 3) % len(sentences)] for k in range(6)]
        (pile / f"{i:04d}.txt").write_text(f"Meldung {i}. " + ". ".join(picked) + ".", encoding="utf-8")
    return pile


def _build_process(pile, db, workers="1"):
    return subprocess.Popen([sys.executable, "-m", "chronik.cli", "build", str(pile), "--db", str(db),
                             "--workers", workers], stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_killed_build_leaves_a_consistent_store_and_rerun_completes(tmp_path):
    pile = _pile(tmp_path, 300)
    db = tmp_path / "k.db"
    proc = _build_process(pile, db)
    deadline = time.time() + 120
    while time.time() < deadline:  # wait until the first batches are committed
        time.sleep(0.5)
        if db.exists():
            import sqlite3

            try:
                n = sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                n = 0
            if n >= 64:
                break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with chronik.open(str(db)) as chron:  # opens fine: every batch was all or nothing
        stored = len(chron.articles())
        assert stored % 64 == 0 and 0 < stored < 300
    out = subprocess.run([sys.executable, "-m", "chronik.cli", "build", str(pile), "--db", str(db), "--workers", "1"],
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == f"{300 - stored} articles added, {stored} duplicates, 0 files skipped"


_BUILD_THEN_DIE_LINKING = """
import os, sys
import chronik, chronik.link
from chronik.pipeline import BuildOptions, build
chronik.link.record_first_seen = lambda *a, **k: os._exit(9)  # killed after the links are written, before commit
build([sys.argv[2]], chronik.open(sys.argv[1]).store, BuildOptions(workers=1))
"""


def test_a_link_killed_midway_leaves_a_store_the_next_build_completes(tmp_path):
    pile = _pile(tmp_path, 30)
    first, later = tmp_path / "first", tmp_path / "later"
    first.mkdir(), later.mkdir()
    for f in sorted(pile.glob("*.txt")):
        shutil.copy(f, (first if int(f.stem) % 3 else later) / f.name)
    db = tmp_path / "k.db"
    assert run("build", first, "--db", db, "--workers", "1").exit_code == 0
    with chronik.open(str(db)) as chron:
        linked = chron.store.links("article")
    died = subprocess.run([sys.executable, "-c", _BUILD_THEN_DIE_LINKING, str(db), str(later)], capture_output=True)
    assert died.returncode == 9, died.stderr
    with chronik.open(str(db)) as chron:  # the new articles are stored, the links are the old ones
        assert len(chron.articles()) == 30
        assert chron.store.links("article") == linked
    out = run("build", later, "--db", db, "--workers", "1").output
    assert out.strip().endswith("0 articles added, 10 duplicates, 0 files skipped")
    assert run("build", first, later, "--db", tmp_path / "full.db", "--workers", "1").exit_code == 0
    assert export_bytes(db) == export_bytes(tmp_path / "full.db")


def test_two_concurrent_builds_into_one_store_lose_nothing(tmp_path):
    a, b = _pile(tmp_path, 40), tmp_path / "other"
    shutil.copytree(_pile(tmp_path, 80), b)
    db = tmp_path / "c.db"
    procs = [_build_process(a, db), _build_process(b, db)]
    outs = [p.communicate(timeout=600) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    with chronik.open(str(db)) as chron:
        # pile40 is the first half of pile80: 80 distinct texts in all
        assert len(chron.articles()) == 80
        sources = chron.store.conn.execute("SELECT count(*) FROM article_sources").fetchone()[0]
        assert sources == 120
