"""The JSON API and the HTML pages over HTTP, from a real `chronik serve` on the seeds.

Expected values come from the library's own export of the same store (the
contract) and from what the seed articles say.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from math import ceil

import httpx
import pytest

import chronik
from tests.web.conftest import DATA, Server, build, exported, get_json


@pytest.fixture(scope="module")
def doc(seeds_db) -> dict:
    return exported(seeds_db)


@pytest.fixture(scope="module")
def client(seeds_server):
    with httpx.Client(base_url=seeds_server.url, timeout=30) as c:
        yield c


def test_overview_counts_are_the_exports(client, doc):
    o = get_json(client, "/api/overview")
    assert (o["articles"], o["entities"], o["events"], o["quotes"], o["figures"], o["series"], o["stories"]) == (
        len(doc["articles"]), len(doc["entities"]), len(doc["events"]), len(doc["quotes"]), len(doc["figures"]),
        len(doc["series"]), len(doc["stories"]))
    assert o["articles"] == 5 and (o["first"], o["last"]) == ("2025-08-13", "2025-12-27")
    assert o["undated_articles"] == 1
    assert o["dated_events"] == sum(1 for e in doc["events"] if e["date"])


def test_events_filter_like_the_timeline_command(client, seeds_db):
    got = get_json(client, "/api/events", entity="Putin", **{"from": "2025-08", "to": "2025-08"})
    with chronik.open(str(seeds_db), read_only=True) as chron:
        expected = chron.timeline("Putin", "2025-08", "2025-08")
    assert [e["id"] for e in got["items"]] == [e["id"] for e in expected]
    assert got["total"] == len(expected) >= 3
    assert all(e["date"].startswith("2025-08") for e in got["items"])
    call = next(e for e in got["items"] if e["type"] == "call")
    assert call["date"] == "2025-08-12" and call["label"] == "Telefonat zwischen Putin und Kim Jong Un"


def test_lists_page_and_keep_their_order(client, doc):
    first = get_json(client, "/api/entities", per_page=2)
    assert first["total"] == len(doc["entities"]) and first["pages"] == ceil(len(doc["entities"]) / 2)
    second = get_json(client, "/api/entities", per_page=2, page=2)
    assert [e["id"] for e in first["items"] + second["items"]] == [e["id"] for e in doc["entities"][:4]]
    beyond = get_json(client, "/api/entities", per_page=2, page=999)
    assert beyond["page"] == first["pages"] and beyond["items"] == [
        {k: e[k] for k in e} for e in doc["entities"][(first["pages"] - 1) * 2:]]
    assert client.get("/api/entities", params={"page": 0}).status_code == 422
    assert client.get("/api/entities", params={"per_page": 501}).status_code == 422


def test_article_text_marks_and_dropped_lines(client, doc):
    article = next(a for a in doc["articles"] if a["source"].endswith("000_dae933c4ef42b23d.txt"))
    got = get_json(client, f"/api/articles/{article['id']}")
    assert got["text"] == article["text"] and got["published"] == "2025-08-13"
    caption = next(d for d in got["dropped"] if d["reason"] == "caption")
    assert caption["text"].startswith("Nordkoreas Machthaber Kim Jong Un telefonierte am Dienstag")
    assert all(got["text"][m["start"]:m["end"]] == m["text"] for m in got["marks"])
    kinds = {m["kind"] for m in got["marks"]}
    assert kinds == {"entity", "timex", "figure", "quote"}
    tuesday = next(m for m in got["marks"] if m["kind"] == "timex" and m["text"] == "Dienstag")
    assert tuesday["value"] == "2025-08-12"
    kim = next(m for m in got["marks"] if m["kind"] == "entity" and m["text"] == "Kim Jong Un")
    assert doc["entities"][[e["id"] for e in doc["entities"]].index(kim["entity"])]["name"] == "Kim Jong Un"
    assert client.get("/api/articles/0000000000000000").status_code == 404


def test_series_entity_and_quote_rows(client, doc):
    killed = next(s for s in doc["series"] if s["label"] == "killed soldiers (Nordkorea)")
    got = get_json(client, f"/api/series/{killed['id']}")
    assert got["figures"] == killed["figures"]
    assert [f["id"] for f in got["figure_rows"]] == killed["figures"]
    cnn = next(f for f in got["figure_rows"] if f["attribution"] == "laut CNN")
    assert (cnn["low"], cnn["high"], cnn["bound"]) == (6000, None, "lower")
    lawrow = next(e for e in doc["entities"] if e["name"] == "Sergej Lawrow")
    entity = get_json(client, f"/api/entities/{lawrow['id']}")
    assert entity["events"] == [e["id"] for e in doc["events"] if lawrow["id"] in e["participants"]]
    assert entity["events"] and entity["aliases"] == lawrow["aliases"]
    quotes = get_json(client, "/api/quotes", speaker="Uschakow")
    assert quotes["items"][0]["text"].startswith("Ich möchte sagen, dass niemand irgendwelche Verschwörungen")


def test_search_marks_terms_and_folds_umlauts(client):
    got = get_json(client, "/api/search", q="Straßenbrücke")
    assert got["total"] == 1
    hit = got["items"][0]
    assert hit["source"].endswith("004_4b274ed4b36cfa4a.txt")
    assert "eine <mark>Strassenbrücke</mark> über den Tumen-Fluss" in hit["snippet_html"]
    assert "[Strassenbrücke]" in hit["snippet"]
    assert get_json(client, "/api/search", q="Wörterbuchzauberei")["total"] == 0


def test_timelinejs_download_is_the_cli_export(client, seeds_db, doc):
    cli = subprocess.run([sys.executable, "-m", "chronik.cli", "export", "--db", str(seeds_db), "--format",
                          "timelinejs"], capture_output=True, text=True, check=True)
    undated = sum(1 for e in doc["events"] if not e["date"])
    assert undated == 31 and cli.stderr == f"{undated} undated events left out\n"
    download = client.get("/download/timelinejs.json")
    assert download.headers["content-disposition"] == 'attachment; filename="timelinejs.json"'
    assert download.text == cli.stdout
    assert len(json.loads(download.text)["events"]) == len(doc["events"]) - undated
    narrowed = client.get("/download/timelinejs.json", params={"from": "2025-09", "to": "2025-09"}).json()
    assert [s["start_date"] for s in narrowed["events"]] == [{"year": 2025, "month": 9, "day": 3}]


def test_openapi_documents_every_api_path_and_pages_stay_offline(client):
    schema = get_json(client, "/openapi.json")
    paths = set(schema["paths"])
    assert {"/api/overview", "/api/articles", "/api/articles/{article_id}", "/api/events", "/api/entities",
            "/api/entities/{entity_id}", "/api/quotes", "/api/series", "/api/series/{series_id}", "/api/figures",
            "/api/stories", "/api/search", "/api/timelinejs"} <= paths
    assert all(p.startswith("/api/") for p in paths)
    assert schema["paths"]["/api/events"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    docs = client.get("/docs", follow_redirects=True)
    assert docs.url.path == "/api" and all(f"<code>GET {p}</code>" in docs.text for p in paths)
    for page in ("/", "/timeline", "/figures", "/entities", "/quotes", "/articles", "/stories", "/search?q=Kim",
                 "/api"):
        html = client.get(page).text
        assert "http://" not in html.replace(client.base_url.host, "") and "https://" not in html, page


def test_every_page_answers_and_unknown_ids_are_404(client, doc):
    ids = {"article": doc["articles"][0]["id"], "entity": doc["entities"][0]["id"], "series": doc["series"][0]["id"],
           "event": doc["events"][0]["id"]}
    for page in ("/", "/timeline", "/timeline?entity=Kim&type=letter", "/figures", "/figures?q=killed",
                 f"/figures/{ids['series']}", "/entities", "/entities?type=PER", f"/entities/{ids['entity']}",
                 "/quotes", "/quotes?speaker=Putin", "/articles", f"/articles/{ids['article']}",
                 f"/events/{ids['event']}", "/stories", "/search?q=Kim", "/search", "/api",
                 "/static/vis-timeline/vis-timeline-graph2d.min.js", "/static/chronik.css"):
        assert client.get(page).status_code == 200, page
    for page in ("/articles/nope", "/entities/nope", "/figures/nope", "/events/nope"):
        response = client.get(page)
        assert response.status_code == 404 and "Not found" in response.text


def test_article_html_escapes_script(crafted_server, crafted_db):
    with chronik.open(str(crafted_db), read_only=True) as chron:
        article = next(a for a in chron.articles() if "<script>" in a.text)
    html = httpx.get(f"{crafted_server.url}/articles/{article.id}").text
    assert "&lt;script&gt;document.title = &#34;pwned&#34;" in html
    assert "<script>document" not in html and "<b>fett</b>" not in html


def test_server_opens_store_read_only_on_loopback(seeds_server, seeds_db):
    before = hashlib.sha1(seeds_db.read_bytes()).hexdigest()
    httpx.get(seeds_server.url + "/articles")
    assert hashlib.sha1(seeds_db.read_bytes()).hexdigest() == before
    listening = _listening_addresses(seeds_server.port)
    if listening is None:
        pytest.skip("no /proc/net/tcp to read listening addresses from")
    assert listening == {"127.0.0.1"}


def _listening_addresses(port: int) -> set[str] | None:
    try:
        lines = open("/proc/net/tcp").read().splitlines()[1:]
    except OSError:
        return None
    found = set()
    for line in lines:
        local, state = line.split()[1], line.split()[3]
        address, hex_port = local.split(":")
        if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
            found.add(".".join(str(int(address[i:i + 2], 16)) for i in (6, 4, 2, 0)))
    return found


def test_pages_follow_a_store_that_changes(tmp_path, crafted_db):
    db = tmp_path / "live.db"
    shutil.copy(crafted_db, db)
    server = Server(db)
    try:
        assert httpx.get(server.url + "/api/overview").json()["articles"] == 2
        build(db, DATA.parent.parent.parent / "examples" / "seeds" / "003_4dbd1b156968bcc1.txt")
        assert httpx.get(server.url + "/api/overview").json()["articles"] == 3
    finally:
        server.stop()


def test_serve_refuses_a_missing_store(tmp_path):
    result = subprocess.run([sys.executable, "-m", "chronik.cli", "serve", "--db", str(tmp_path / "none.db")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("Error: no store at ")


def test_the_api_models_are_the_export_rows():
    """One definition: a field added to the export shows in the API's schema."""
    from chronik.export.document import EVENT_FIELDS, FIGURE_FIELDS, QUOTE_FIELDS
    from chronik.web import api

    assert tuple(api.Event.model_fields) == EVENT_FIELDS
    assert tuple(api.Quote.model_fields) == QUOTE_FIELDS
    assert tuple(api.Figure.model_fields) == FIGURE_FIELDS
    assert "text" not in api.ArticleSummary.model_fields and "text" in api.ArticleDetail.model_fields


def test_every_export_field_has_its_type():
    from chronik.export import document

    lists = [getattr(document, n) for n in dir(document) if n.endswith("_FIELDS")]
    assert len(lists) >= 10 and [f for fields in lists for f in fields if f not in document.FIELD_TYPES] == []
