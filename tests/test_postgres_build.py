"""``--db postgresql://...`` through the CLI: the same exports and answers as SQLite,
and concurrent builds from real processes."""
import re
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from chronik.cli import cli
from chronik.store import open_store
from chronik.store.base import LINK_KINDS
from tests.conftest import ACCEPTANCE, SEEDS, _free_port
from tests.test_build import _build_process, _pile

# Arguments for commands that need some; every other command taking --db runs bare.
COMMAND_ARGS = {"search": ["Straßenbrücke"], "timeline": ["--format", "json"],
                "changes": ["--since", "2025-01-01", "--format", "json"]}
# Both builds at the same (given) time, so what they record as first seen is equal.
BUILD_ENV = {"CHRONIK_NOW": "2026-01-15T09:30"}
# These do not answer and exit: build is the setup here, serve runs a server.
NOT_ONE_SHOT = {"build", "serve"}


def run(*args, env=None):
    return CliRunner().invoke(cli, list(map(str, args)), env=env)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory, postgres_server):
    """The seeds built into an SQLite file and into a PostgreSQL database of its own."""
    sqlite_db = str(tmp_path_factory.mktemp("pg-build") / "s.db")
    postgres_db = postgres_server.create_database()
    for db in (sqlite_db, postgres_db):
        result = run("build", SEEDS, "--db", db, env=BUILD_ENV)
        assert result.exit_code == 0, result.output
        assert result.output.strip().splitlines()[-1] == "5 articles added, 0 duplicates, 0 files skipped"
    yield sqlite_db, postgres_db
    postgres_server.drop_database(postgres_db)


@pytest.mark.parametrize("fmt", ["json", "md"])
def test_export_is_byte_for_byte_the_sqlite_export(seeded, fmt):
    sqlite_db, postgres_db = seeded
    exports = [run("export", "--db", db, "--format", fmt) for db in seeded]
    assert [r.exit_code for r in exports] == [0, 0], exports[1].output
    assert exports[1].output.encode() == exports[0].output.encode()
    assert len(exports[0].output) > 10_000


def test_seed_acceptance_score_is_the_same(seeded, tmp_path):
    scorer = ACCEPTANCE / "score.py"
    lines = []
    for name, db in zip(("sqlite", "postgres"), seeded):
        out = tmp_path / f"{name}.json"
        assert run("export", "--db", db, "--output", out).exit_code == 0
        lines.append(subprocess.run([sys.executable, str(scorer), str(out), str(ACCEPTANCE / "seeds.gold.json")],
                                    capture_output=True, text=True, check=True)
                     .stdout.strip().splitlines()[-1])
    assert lines[1] == lines[0]
    assert lines[1].startswith("score 1.000 (") and lines[1].endswith("; forbidden items 0)")


def test_every_command_with_db_answers_as_on_sqlite(seeded):
    """Each command that takes --db prints the same on both stores (search: one hit, so no ranking ties)."""
    compared = []
    for name, command in sorted(cli.commands.items()):
        if name in NOT_ONE_SHOT or "db" not in {p.name for p in command.params}:
            continue
        results = [run(name, *COMMAND_ARGS.get(name, []), "--db", db) for db in seeded]
        if results[0].exit_code == 2:  # a usage error: the command needs arguments this test does not know
            continue
        assert [r.exit_code for r in results] == [0, 0], (name, results[1].output)
        assert results[1].output == results[0].output, name
        compared.append(name)
    assert {"changes", "export", "search", "entities", "timeline", "quotes", "figures"} <= set(compared)


def test_incremental_build_equals_full_build(seeded, postgres_url):
    for f in sorted(SEEDS.glob("*.txt")):
        assert run("build", f, "--db", postgres_url, env=BUILD_ENV).exit_code == 0
    exports = [run("export", "--db", db, "--format", "json").output for db in (seeded[1], postgres_url)]
    assert exports[1] == exports[0]


def test_two_concurrent_builds_lose_nothing_and_link_as_a_serial_build(tmp_path, postgres_server, postgres_url):
    # Two folders of 60 files each, 40 texts in both (under other names): the
    # builds take as long as each other, so their linking steps meet.
    pile = _pile(tmp_path, 80)
    a, b = tmp_path / "a", tmp_path / "b"
    for folder, first in ((a, 0), (b, 20)):
        folder.mkdir()
        for f in sorted(pile.iterdir())[first:first + 60]:
            shutil.copy(f, folder / f"{folder.name}-{f.name}")
    db = postgres_server.create_database()
    procs = [_build_process(a, db), _build_process(b, db)]
    outs = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    # The build whose link comes second keeps the links when the first one's link read all articles.
    counts = [re.fullmatch(r"(\d+) articles? added, (\d+) duplicates?, 0 files skipped(, links unchanged)?",
                           out.decode().strip()) for out, _ in outs]
    # Which build stores a shared text first is a race; that it is stored once is not.
    assert (sum(int(c[1]) for c in counts), sum(int(c[2]) for c in counts)) == (80, 40), outs
    assert run("build", a, b, "--db", postgres_url, "--workers", "1").exit_code == 0  # the serial reference
    with open_store(db, read_only=True) as concurrent, open_store(postgres_url, read_only=True) as serial:
        for table in ("articles", "article_sources", "analyses", "articles_fts"):
            rows = concurrent.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            assert rows == (120 if table == "article_sources" else 80), table
        for kind in LINK_KINDS:
            assert concurrent.links(kind) == serial.links(kind), kind
        assert len(concurrent.links("article")) == 80
    postgres_server.drop_database(db)


def test_unreachable_server_is_one_line():
    port = _free_port()
    result = run("export", "--db", f"postgresql://chronik@127.0.0.1:{port}/archiv")
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert result.output.startswith(f"Error: cannot connect to the PostgreSQL store postgresql://chronik@127.0.0.1:"
                                    f"{port}/archiv: connection failed: ")


def test_missing_driver_is_one_line(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if psycopg were not installed
    result = run("entities", "--db", "postgresql://chronik@localhost/archiv")
    assert result.exit_code == 1
    assert result.output == ("Error: --db postgresql://chronik@localhost/archiv needs the PostgreSQL driver "
                             "psycopg; pip install 'chronik[postgres]'\n")
