"""The quotes page lists statements of every kind with their kind (``/quotes?kind=...``)."""
import html

import httpx
import pytest

from tests.web.conftest import exported


@pytest.fixture(scope="module")
def doc(seeds_db) -> dict:
    return exported(seeds_db)


@pytest.fixture(scope="module")
def client(seeds_server):
    with httpx.Client(base_url=seeds_server.url, timeout=30) as c:
        yield c


def test_quotes_page_shows_statements_by_kind(client, doc):
    plain = client.get("/quotes").text
    assert 'id="quotes"' in plain and 'id="statement-kinds"' in plain
    counts = {k: sum(1 for s in doc["statements"] if s["kind"] == k) for k in ("direct", "indirect", "reported")}
    assert f"reported ({counts['reported']})" in plain
    page = html.unescape(client.get("/quotes", params={"kind": "reported", "speaker": "Kim"}).text)
    assert 'id="statements"' in page and "kind-reported" in page and "kind-indirect" not in page
    assert "sprach von einem baldigen neuen Treffen" in page
    every = client.get("/quotes", params={"kind": "all"}).text
    assert f"<b>{len(doc['statements'])}</b>" in every and "occasion ›" in every
