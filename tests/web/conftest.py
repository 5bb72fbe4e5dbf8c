"""Real `chronik serve` processes on real stores, for the API and browser tests.

Two stores are built once per session: the seeds (examples/seeds) and a
small hand-written one (tests/web/data: two reports of one fire whose injury
counts conflict, one of them with a ``<script>`` line in its text).
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

DATA = Path(__file__).resolve().parent / "data"


def build(db: Path, *paths: Path) -> Path:
    import chronik

    with chronik.open(str(db)) as chron:
        report = chron.add([str(p) for p in paths])
    assert report.added > 0, report.summary()
    return db


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
def screenshots(tmp_path_factory) -> Path:
    folder = os.environ.get("CHRONIK_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path
