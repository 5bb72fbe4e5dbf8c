import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "seeds"
SHARED = ROOT.parent / "shared"
# The seed acceptance gold, its scorer and the output contracts: the repo's own
# copy of ../shared/acceptance (tests/gold/test_acceptance_copy.py keeps them equal).
ACCEPTANCE = ROOT / "tests" / "gold" / "acceptance"


def shared_data(relative: str) -> Path:
    """A staged corpus under ../shared/data. Tests that need one skip with the
    reason when it is not beside the repo (a fresh clone), and fail instead under
    CHRONIK_REQUIRE_DATA (set by .ci/run), so CI always runs them."""
    path = SHARED / "data" / relative
    if not path.exists():
        why = f"needs ../shared/data/{relative}, the staged corpora beside the repo"
        if os.environ.get("CHRONIK_REQUIRE_DATA"):
            pytest.fail(f"{why} (CHRONIK_REQUIRE_DATA is set)")
        pytest.skip(why)
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def german():
    from chronik.lang import load

    return load("de")


@pytest.fixture(scope="session")
def toolkit():
    from chronik.pipeline import load_toolkit

    return load_toolkit("de")


def seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


# -- PostgreSQL ------------------------------------------------------------------
# A throw-away cluster for the session (initdb into a temp dir, fsync off),
# or the server at CHRONIK_TEST_POSTGRES_URL (a URL whose user may CREATE
# DATABASE). Tests that need it skip when neither is available, and fail when
# CHRONIK_REQUIRE_POSTGRES is set (scripts/test.sh sets it).

class PostgresUnavailable(Exception):
    """Why no PostgreSQL server could be had for the tests."""


@dataclass
class PostgresServer:
    admin_url: str  # a database to run CREATE DATABASE from
    conn: object  # psycopg connection to it, autocommit
    names: itertools.count = field(default_factory=itertools.count)

    def _name(self) -> str:
        return f"chronik_test_{os.getpid()}_{next(self.names)}"

    def create_database(self) -> str:
        """A new empty database; returns its URL. Takes ~0.3 s (two checkpoints)."""
        name = self._name()
        self.conn.execute(f"CREATE DATABASE {name}")
        return _with_path(self.admin_url, f"/{name}")

    def drop_database(self, url: str) -> None:
        name = urlsplit(url).path.lstrip("/")
        self.conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def create_schema(self, database_url: str) -> str:
        """A new empty schema in a database, as the only one on the returned
        URL's search path: an empty store in a few milliseconds."""
        import psycopg

        name = self._name()
        with psycopg.connect(database_url, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {name}")
        joiner = "&" if "?" in database_url else "?"
        return f"{database_url}{joiner}options=-csearch_path%3D{name}"


def _with_path(url: str, path: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=path))


def _postgres_bindir() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    if found:
        return found[-1].parent
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise PostgresUnavailable("no PostgreSQL binaries (initdb) found; install Debian's postgresql package")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_cluster(root: Path) -> str:
    """initdb + pg_ctl start into ``root``; returns the admin URL."""
    bindir = _postgres_bindir()
    as_owner: list[str] = []
    if os.geteuid() == 0:  # postgres refuses to run as root
        if shutil.which("runuser") is None:
            raise PostgresUnavailable("running as root and runuser is missing to start postgres as 'postgres'")
        shutil.chown(root, "postgres")
        as_owner = ["runuser", "-u", "postgres", "--"]

    def run(*args: str) -> None:
        done = subprocess.run([*as_owner, *args], capture_output=True, text=True, timeout=60)
        if done.returncode != 0:
            lines = (done.stderr or done.stdout).strip().splitlines() or ["no output"]
            raise PostgresUnavailable(f"{Path(args[0]).name} failed: {lines[-1]}")

    data = root / "data"
    # German ICU collation, so the tests catch any order that comes from the
    # database's collation instead of byte order.
    try:
        run(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
            "--locale=C", "--locale-provider=icu", "--icu-locale=de-DE", "-N")
    except PostgresUnavailable:
        shutil.rmtree(data, ignore_errors=True)
        run(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
            "--locale=C", "-N")
    port = _free_port()
    settings = (f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                "-c full_page_writes=off")
    run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-w", "-t", "30", "-o", settings, "start")
    return f"postgresql://postgres@127.0.0.1:{port}/postgres"


def _stop_cluster(root: Path) -> None:
    as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    subprocess.run([*as_owner, str(_postgres_bindir() / "pg_ctl"), "-D", str(root / "data"), "-m", "immediate",
                    "stop"], capture_output=True, timeout=60)
    shutil.rmtree(root, ignore_errors=True)


def _admin_connection(url: str):
    try:
        import psycopg
    except ImportError:
        raise PostgresUnavailable("psycopg is not installed (pip install 'chronik[postgres]')") from None
    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=10)
    except psycopg.Error as err:
        raise PostgresUnavailable(f"cannot connect to {url}: {err}") from None


@pytest.fixture(scope="session")
def postgres_server():
    """The session's PostgreSQL server (started once, about a second)."""
    url = os.environ.get("CHRONIK_TEST_POSTGRES_URL")
    root = None
    try:
        if not url:
            # Not under pytest's tmp_path: its parents are closed to the postgres user.
            root = Path(tempfile.mkdtemp(prefix="chronik-pg-"))
            url = _start_cluster(root)
        conn = _admin_connection(url)
    except (PostgresUnavailable, OSError, subprocess.SubprocessError) as err:
        if root is not None:
            _stop_cluster(root)
        why = f"no PostgreSQL server for the tests: {' '.join(str(err).split())}"
        if os.environ.get("CHRONIK_REQUIRE_POSTGRES"):
            pytest.fail(f"{why} (CHRONIK_REQUIRE_POSTGRES is set)")
        pytest.skip(why)
    try:
        yield PostgresServer(admin_url=url, conn=conn)
    finally:
        conn.close()
        if root is not None:
            _stop_cluster(root)


@pytest.fixture(scope="session")
def postgres_database(postgres_server):
    """One database for the session's schema-per-test stores."""
    url = postgres_server.create_database()
    yield url
    postgres_server.drop_database(url)


@pytest.fixture
def postgres_url(postgres_server, postgres_database):
    """An empty PostgreSQL store: a fresh schema of the session's database.
    For a whole database of its own, use ``postgres_server.create_database()``."""
    return postgres_server.create_schema(postgres_database)
