"""Real `chronik serve` processes on real stores, for the API and browser tests.

Three stores are built once per session: the seeds (examples/seeds), a small
hand-written one (tests/web/data: two reports of one fire whose injury counts
conflict, one of them with a ``<script>`` line in its text), and a followed
story: the seeds built on 2025-12-28, the later article (examples/later) on
2026-01-15 (``CHRONIK_NOW``), which the review, editing and changes tests use.
Editing tests get their own copy of it, served with ``--edit``.

The browser is Debian's chromium driven by Playwright: tests that need it skip
when it is missing, and fail instead when CHRONIK_REQUIRE_BROWSER is set.
Screenshots go to $CHRONIK_SCREENSHOTS (or a pytest temporary folder).
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

import httpx
import pytest

DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = DATA.parent.parent.parent / "examples"
CHROMIUM = Path(os.environ.get("CHRONIK_CHROMIUM", "/usr/bin/chromium"))
# The two builds of the followed story, and when each ran.
FIRST_BUILD, LATER_BUILD = "2025-12-28T08:00", "2026-01-15T09:30"


def build(db: Path, *paths: Path) -> Path:
    import chronik

    with chronik.open(str(db)) as chron:
        report = chron.add([str(p) for p in paths])
    assert report.added > 0, report.summary()
    return db


def exported(db: Path) -> dict:
    """The library's export of the store at ``db``: what pages and API must show."""
    import chronik
    from chronik.export import export_document

    with chronik.open(str(db), read_only=True) as chron:
        return export_document(chron.store)


def get_json(client: httpx.Client, path: str, **params):
    """The JSON answer of a GET that must succeed."""
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`chronik serve` in a subprocess, stopped by ``stop``."""

    def __init__(self, db: Path, *extra: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "chronik.cli", "serve", "--db", str(db), "--port", str(self.port), *extra],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self._wait()

    def _wait(self, timeout: float = 60) -> None:
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"chronik serve exited with {self.proc.returncode}: {self.proc.stderr.read()}")
            try:
                httpx.get(self.url + "/api/overview", timeout=5)
                return
            except httpx.TransportError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("chronik serve did not answer within a minute")

    def stop(self) -> str:
        """Stop the server; returns what it wrote to stderr."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.stderr.read()


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory, seeds_dir) -> Path:
    return build(tmp_path_factory.mktemp("web") / "seeds.db", seeds_dir)


@pytest.fixture(scope="session")
def seeds_doc(seeds_db) -> dict:
    """The seeds store's export, to check pages and the API against."""
    return exported(seeds_db)


@pytest.fixture(scope="session")
def seeds_client(seeds_server):
    with httpx.Client(base_url=seeds_server.url, timeout=30) as c:
        yield c


@pytest.fixture(scope="session")
def crafted_db(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("web") / "crafted.db", DATA)


@pytest.fixture(scope="session")
def seeds_server(seeds_db):
    server = Server(seeds_db)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def crafted_server(crafted_db):
    server = Server(crafted_db)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def followed_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("web") / "followed.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CHRONIK_NOW", FIRST_BUILD)
        build(db, EXAMPLES / "seeds")
        mp.setenv("CHRONIK_NOW", LATER_BUILD)
        build(db, EXAMPLES / "later")
    return db


@pytest.fixture(scope="session")
def followed_server(followed_db):
    server = Server(followed_db)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def edit_db(tmp_path_factory, followed_db) -> Path:
    """A copy of the followed store that the editing tests may change."""
    db = tmp_path_factory.mktemp("edit") / "edit.db"
    shutil.copy(followed_db, db)
    return db


@pytest.fixture(scope="module")
def edit_server(edit_db):
    server = Server(edit_db, "--edit")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory) -> Path:
    folder = os.environ.get("CHRONIK_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


# -- the browser ---------------------------------------------------------------------
def _unavailable(reason: str):
    message = f"browser tests need {reason}"
    if os.environ.get("CHRONIK_REQUIRE_BROWSER"):
        pytest.fail(message + " (CHRONIK_REQUIRE_BROWSER is set)")
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright Python package (pip install playwright)")
    if not CHROMIUM.exists():
        _unavailable(f"chromium at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as p:
        # --no-sandbox: the tests may run as root, where chromium's sandbox refuses to start.
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"])
        yield b
        b.close()


class Tab:
    """One page that records script errors and any request that leaves the server."""

    def __init__(self, browser, base: str, screenshots: Path) -> None:
        self.base = base
        self.screenshots = screenshots
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.page.on("pageerror", lambda err: self.errors.append(str(err)))
        self.page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))
        self.context.route("**/*", self._route)

    def _route(self, route) -> None:
        host = urlparse(route.request.url).hostname
        if route.request.url.startswith("data:") or host == "127.0.0.1":
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def open(self, path: str):
        response = self.page.goto(self.base + path)
        assert response.status == 200, path
        return self.page

    def shot(self, name: str) -> None:
        self.page.screenshot(path=str(self.screenshots / f"{name}.png"), full_page=True)

    def close(self) -> None:
        self.context.close()
        assert self.errors == [] and self.outside == []
