"""Review filter, review queue, corrections and changes over HTTP, from real
`chronik serve` processes on the followed story (seeds, then examples/later).

Expected values come from the library on the same store: the export's rows,
``chronik.review.review_queue``, ``changes_since`` and the corrections it keeps.
"""
from __future__ import annotations

import html
import json
import re
import subprocess
import sys

import httpx
import pytest

import chronik
from chronik.link.changes import changes_since
from chronik.review import stored_corrections
from tests.web.conftest import exported, get_json


@pytest.fixture(scope="module")
def doc(followed_db) -> dict:
    return exported(followed_db)


@pytest.fixture(scope="module")
def client(followed_server):
    with httpx.Client(base_url=followed_server.url, timeout=30) as c:
        yield c


def flagged_ids(rows: list[dict]) -> list[str]:
    return [r["id"] for r in rows if r["needs_review"]]


def test_needs_review_filters_keep_exactly_the_flagged_rows(client, doc):
    events = get_json(client, "/api/events", needs_review="true")
    assert [e["id"] for e in events["items"]] == flagged_ids(doc["events"])
    assert events["total"] == len(flagged_ids(doc["events"])) >= 2
    assert "Putin: Treffen mit Kim Jong Un in Peking" in [e["label"] for e in events["items"]]
    quotes = get_json(client, "/api/quotes", needs_review="true")
    assert [q["id"] for q in quotes["items"]] == flagged_ids(doc["quotes"]) and quotes["total"] >= 5
    figures = get_json(client, "/api/figures", needs_review="true")
    assert [f["id"] for f in figures["items"]] == flagged_ids(doc["figures"]) and figures["total"] >= 3
    series = get_json(client, "/api/series", needs_review="true")
    flagged = set(flagged_ids(doc["figures"]))
    assert {s["id"] for s in series["items"]} == {s["id"] for s in doc["series"] if flagged & set(s["figures"])}
    assert get_json(client, "/api/events")["total"] == len(doc["events"]) > events["total"]
    # filters combine
    putin = get_json(client, "/api/events", needs_review="true", entity="Putin")
    putin_id = next(e["id"] for e in doc["entities"] if e["name"] == "Wladimir Putin")
    assert [e["id"] for e in putin["items"]] == [e["id"] for e in events["items"]
                                                  if putin_id in e["participants"]] != []
    assert all(set(e) >= {"sources", "basis", "needs_review"} for e in events["items"])


def test_review_is_the_librarys_queue_with_links(client, followed_db, doc):
    with chronik.open(str(followed_db), read_only=True) as chron:
        queue = chron.review()
    got = get_json(client, "/api/review", per_page=500)
    assert got["total"] == len(queue) >= 10
    assert [(r["kind"], r["id"], r["label"], r["reasons"], r["sources"], r["weight"]) for r in got["items"]] == [
        (i.kind, i.id, i.label, list(i.reasons), i.sources, i.weight) for i in queue]
    first = got["items"][0]
    assert first["url"] == f"/figures/{first['id']}" and first["weight"] >= got["items"][-1]["weight"]
    figure = next(f for f in doc["figures"] if f["id"] == first["id"])
    assert first["evidence"]["article"] == figure["article"] and first["evidence"]["sentence"] == figure["sentence"]
    assert re.fullmatch(rf"/articles/{figure['article']}#s-[0-9a-f]{{10}}", first["evidence"]["url"])
    quotes = get_json(client, "/api/review", kind="quote", per_page=3, page=2)
    assert quotes["total"] == sum(1 for i in queue if i.kind == "quote") >= 5 and quotes["pages"] >= 2
    assert [r["id"] for r in quotes["items"]] == [i.id for i in queue if i.kind == "quote"][3:6]
    assert client.get(first["url"]).status_code == 200
    assert client.get(first["evidence"]["url"]).status_code == 200


def test_changes_is_changes_since(client, followed_db):
    with chronik.open(str(followed_db), read_only=True) as chron:
        expected = changes_since(chron.store, "2026-01-15")
    got = get_json(client, "/api/changes", since="2026-01-15")
    assert got == json.loads(json.dumps(expected.as_dict()))
    assert got["since"] == "2026-01-15T00:00:00Z"
    assert [a["source"].rsplit("/", 1)[-1] for a in got["articles"]] == ["005_schoigu_pjoengjang.txt"]
    assert [e["label"] for e in got["events"]] == [
        "Nordkorea schickt nach Russland", "Kim Jong Un empfängt Schoigu in Pjöngjang",
        "Schoigu überbringt Botschaft", "Rückeroberung von Kursk", "Botschaft von Putin"]
    everything = get_json(client, "/api/changes", since="2025-12-28T09:00+01:00")
    assert len(everything["articles"]) == 6 and len(everything["events"]) == len(get_json(client, "/api/events",
                                                                                         per_page=500)["items"])
    assert get_json(client, "/api/changes", since="2026-01-16")["events"] == []
    bad = client.get("/api/changes", params={"since": "gestern"})
    assert (bad.status_code, bad.json()) == (400, {"detail": "since 'gestern' is not an ISO date or date-time "
                                                             "(e.g. 2025-09-05 or 2025-09-05T08:00)"})
    page = client.get("/changes", params={"since": "gestern"})
    assert page.status_code == 400 and "since &#39;gestern&#39; is not an ISO date" in page.text
    assert "Traceback" not in page.text


def test_overview_links_changes_since_the_last_build(client, followed_db):
    html = client.get("/").text
    assert 'href="/changes?since=2026-01-15" id="changes-link"' in html
    with chronik.open(str(followed_db), read_only=True) as chron:
        got = changes_since(chron.store, "2026-01-15")
    conflicts = len(got.conflicts) + len(getattr(got, "event_conflicts", ()))
    default = client.get("/changes").text
    assert (f"Since <b>2026-01-15T00:00:00Z</b>: 1 article, 5 events, 1 quote, 2 series that moved, "
            f"{conflicts} conflict{'s' if conflicts != 1 else ''}.") in default


def test_read_only_server_has_no_forms_and_refuses_posts(client, doc):
    event, entity = doc["events"][0]["id"], doc["entities"][0]["id"]
    for path in ("/review", "/corrections", f"/events/{event}", f"/entities/{entity}",
                 f"/quotes/{doc['quotes'][0]['id']}", f"/figures/{doc['figures'][0]['id']}"):
        html = client.get(path).text
        assert "<form" not in html.replace('<form class="search"', "").replace('<form class="filters"', ""), path
        assert 'name="token"' not in html and "/edit/" not in html, path
    refused = client.post("/edit/correct", data={"action": "reject", "item": event, "token": "x"})
    assert refused.status_code == 403 and "This server is read-only" in refused.text
    assert client.post("/edit/undo", data={"correction": "abcd"}).status_code == 403
    assert client.post(f"/events/{event}", data={"action": "reject"}).status_code == 405
    assert get_json(client, "/api/events")["total"] == len(doc["events"])
    assert get_json(client, "/api/corrections") == []


def test_openapi_lists_the_new_endpoints(client):
    paths = get_json(client, "/openapi.json")["paths"]
    assert {"/api/review", "/api/changes", "/api/corrections"} <= set(paths)
    assert any(p["name"] == "needs_review" for p in paths["/api/events"]["get"]["parameters"])
    assert not any(p.startswith("/edit") for p in paths)


# -- an editing server on its own copy ------------------------------------------------

@pytest.fixture(scope="module")
def editor(edit_server):
    with httpx.Client(base_url=edit_server.url, timeout=60) as c:
        token = re.search(r'name="token" value="([^"]+)"', c.get("/review").text).group(1)
        yield c, token


def test_edit_posts_need_the_token_and_say_what_is_wrong(editor, edit_db):
    client, token = editor
    event = next(e for e in get_json(client, "/api/events")["items"] if e["date"] is None)
    for data in ({"action": "set", "item": event["id"], "field": "date", "value": "2025-07-12"},
                 {"action": "set", "item": event["id"], "field": "date", "value": "2025-07-12", "token": "nope"}):
        answer = client.post("/edit/correct", data=data)
        assert answer.status_code == 403 and "token is missing or old" in answer.text
    assert get_json(client, "/api/corrections") == []
    for data, message in [
        ({"field": "date", "value": "gestern"},
         "event date: &#39;gestern&#39; is not a date value (e.g. 2025-08-12, 2025-08, 2025, 2025-Q1, 2024-FA)"),
        ({"field": "weather", "value": "sunny"},
         "a event has no field &#39;weather&#39; to set; fields: date, place, status, type, label"),
    ]:
        answer = client.post("/edit/correct", data={"action": "set", "item": event["id"], "token": token, **data})
        assert answer.status_code == 400 and f'<p class="error" id="error-message">{message}</p>' in answer.text
        assert "Traceback" not in answer.text
    gone = client.post("/edit/correct", data={"action": "reject", "item": "ffffffffffffffff", "token": token})
    assert gone.status_code == 400 and "has the id &#39;ffffffffffffffff&#39;" in gone.text
    # a good one: 303 back to the event, which shows the date at once
    made = client.post("/edit/correct", data={"action": "set", "item": event["id"], "field": "date",
                                              "value": "2025-07-12", "token": token, "note": "TASS, 12 July"})
    assert made.status_code == 303 and made.headers["location"] == f"/events/{event['id']}"
    assert get_json(client, f"/api/events/{event['id']}")["date"] == "2025-07-12"
    (c,) = get_json(client, "/api/corrections")
    assert (c["action"], c["field"], c["value"], c["note"], c["status"]) == (
        "set", "date", "2025-07-12", "TASS, 12 July", "applied")
    with chronik.open(str(edit_db), read_only=True) as chron:
        assert [x.id for x in stored_corrections(chron.store)] == [c["id"]]
    # undo: 303 to the corrections page, and the event is undated again
    undone = client.post("/edit/undo", data={"correction": c["id"], "token": token})
    assert undone.status_code == 303 and undone.headers["location"] == "/corrections"
    assert get_json(client, "/api/corrections") == []
    assert get_json(client, f"/api/events/{event['id']}")["date"] is None
    assert client.post("/edit/undo", data={"correction": c["id"], "token": token}).status_code == 400


def test_merging_entities_lands_on_the_kept_one(editor):
    client, token = editor
    entities = {e["name"]: e for e in get_json(client, "/api/entities", per_page=500)["items"]}
    keep, other = entities["Vereinigten Staaten"], entities["USA"]
    made = client.post("/edit/correct", data={"action": "merge-entities", "item": keep["id"], "other": "USA",
                                              "token": token})
    assert made.status_code == 303 and made.headers["location"] == f"/entities/{keep['id']}"
    merged = get_json(client, f"/api/entities/{keep['id']}")
    assert "USA" in merged["aliases"] and client.get(f"/api/entities/{other['id']}").status_code == 404
    (c,) = [c for c in get_json(client, "/api/corrections") if c["action"] == "merge-entities"]
    assert client.post("/edit/undo", data={"correction": c["id"], "token": token}).status_code == 303
    assert get_json(client, f"/api/entities/{other['id']}")["name"] == "USA"


def test_serve_help_names_the_read_only_default_and_edit():
    out = " ".join(subprocess.run([sys.executable, "-m", "chronik.cli", "serve", "--help"], capture_output=True,
                                  text=True, check=True).stdout.split())
    assert "Read-only by default: the store is opened read-only and no page can change it. With --edit," in out
    assert "--edit editing mode: open the store writable and show correction forms" in out


def test_split_entity_merge_and_split_events(editor):
    client, token = editor

    def post(**data):
        answer = client.post("/edit/correct", data={"token": token, **data})
        assert answer.status_code == 303, answer.text
        return answer.headers["location"]

    trump = next(e for e in get_json(client, "/api/entities", q="Trump")["items"] if e["name"] == "Donald Trump")
    assert post(action="split-entity", item=trump["id"], args="Trumps") == f"/entities/{trump['id']}"
    assert get_json(client, f"/api/entities/{trump['id']}")["aliases"] == ["Trump"]
    assert [e["name"] for e in get_json(client, "/api/entities", q="Trumps")["items"]] == ["Trumps"]

    events = get_json(client, "/api/events", per_page=500)["items"]
    letters = [e for e in events if e["type"] == "letter" and len(e["participants"]) == 2]
    keep, other = letters[0], letters[-1]
    assert keep["id"] != other["id"]
    merged_url = post(action="merge-events", item=keep["id"], other=other["id"])
    merged = get_json(client, "/api" + merged_url)
    assert set(merged["articles"]) == set(keep["articles"]) | set(other["articles"])
    assert get_json(client, "/api/events")["total"] == len(events) - 1
    split_url = post(action="split-event", item=merged["id"], args=other["articles"])
    assert set(get_json(client, "/api" + split_url)["articles"]) == set(keep["articles"])
    assert get_json(client, "/api/events")["total"] == len(events)
    assert [c["action"] for c in get_json(client, "/api/corrections")] == [
        "split-entity", "merge-events", "split-event"]
    for c in reversed(get_json(client, "/api/corrections")):
        assert client.post("/edit/undo", data={"correction": c["id"], "token": token}).status_code == 303
    assert get_json(client, f"/api/entities/{trump['id']}")["aliases"] == ["Trump", "Trumps"]


def test_a_statement_is_reviewed_and_corrected_on_its_own_page(editor):
    client, token = editor
    queued = get_json(client, "/api/review", kind="statement", per_page=500)["items"]
    carried = next(r for r in queued if "speaker carried over from an earlier sentence" in r["reasons"])
    assert carried["url"] == f"/statements/{carried['id']}"
    page = html.unescape(client.get(carried["url"]).text)
    assert "<h1>Statement</h1>" in page and 'data-field="speaker"' in page and 'data-field="kind"' in page
    assert "speaker from an earlier sentence" in page
    made = client.post("/edit/correct", data={"action": "set", "item": carried["id"], "field": "speaker",
                                              "value": "Südkorea", "token": token})
    assert made.status_code == 303 and made.headers["location"] == carried["url"]
    fixed = html.unescape(client.get(carried["url"]).text)
    assert "Südkorea" in fixed and "corrected" in fixed
    assert carried["id"] not in {r["id"] for r in get_json(client, "/api/review", kind="statement",
                                                           per_page=500)["items"]}
    (c,) = [c for c in get_json(client, "/api/corrections") if c["kind"] == "statement"]
    assert client.post("/edit/undo", data={"correction": c["id"], "token": token}).status_code == 303
