"""Review, editing mode and changes in Debian's chromium (Playwright), against
real `chronik serve` processes on the followed story (seeds, then
examples/later): read-only, and with ``--edit`` on a copy of its own.
Counts and values come from the library on the same store.
"""
from __future__ import annotations

import re

import httpx
import pytest

import chronik
from chronik.link.changes import changes_since
from tests.web.conftest import Tab, exported


@pytest.fixture(scope="module")
def doc(followed_db) -> dict:
    return exported(followed_db)


@pytest.fixture
def tab(browser, followed_server, screenshots):
    t = Tab(browser, followed_server.url, screenshots)
    yield t
    t.close()


@pytest.fixture
def edit_tab(browser, edit_server, screenshots):
    t = Tab(browser, edit_server.url, screenshots)
    yield t
    t.close()


def flagged(rows: list[dict]) -> list[dict]:
    return [r for r in rows if r["needs_review"]]


def test_needs_review_filters_show_exactly_the_flagged_items(tab, doc):
    page = tab.open("/timeline")
    page.check("#timeline-filters input[name=needs_review]")
    page.click("#timeline-filters button[type=submit]")
    page.wait_for_url(re.compile(r"needs_review=true"))
    events = flagged(doc["events"])
    shown = page.locator("#dated-events > li, #undated-events > li")
    assert shown.locator(".what strong").all_inner_texts() == [e["label"] for e in events if e["date"]] + [
        e["label"] for e in events if not e["date"]]
    assert shown.locator(".needs-review").count() == len(events)
    first = shown.first
    assert first.locator(".trust .sources").inner_text() == str(events[0]["sources"])
    assert first.locator(".trust .counts").inner_text() == (
        f"{len(events[0]['articles'])} article" + ("s" if len(events[0]["articles"]) != 1 else "")
        + f" · {events[0]['sources']} independent source" + ("s" if events[0]["sources"] != 1 else ""))
    tab.shot("timeline_needs_review")
    # every event shows its sources and basis, flagged or not
    page = tab.open("/timeline")
    assert page.locator("li.event .trust .sources").count() == len(doc["events"])
    assert page.locator("li.event .needs-review").count() == len(events)

    page = tab.open("/quotes?needs_review=true")
    quotes = flagged(doc["quotes"])
    assert page.locator("#quote-count").inner_text() == f"{len(quotes)} quotes that need review."
    assert page.locator("#quotes .said").all_inner_texts() == [f"„{q['text']}“" for q in quotes]
    assert page.locator("#quotes .needs-review").count() == len(quotes)
    tab.shot("quotes_needs_review")

    page = tab.open("/figures?needs_review=true")
    figures = {f["id"] for f in flagged(doc["figures"])}
    in_series = [s for s in doc["series"] if figures & set(s["figures"])]
    assert page.locator("#series-count").inner_text().startswith(
        f"{len(in_series)} series with figures that need review ({sum(len(figures & set(s['figures'])) for s in in_series)} on this page)")
    assert page.locator("table.figures tbody tr").count() == sum(
        min(12, len(figures & set(s["figures"]))) for s in in_series)
    assert page.locator("table.figures tbody tr .needs-review").count() == page.locator(
        "table.figures tbody tr").count()
    tab.shot("figures_needs_review")


def test_review_page_links_items_and_sentences(tab, followed_db, doc):
    with chronik.open(str(followed_db), read_only=True) as chron:
        queue = chron.review()
    page = tab.open("/")
    page.click("#review-link")
    page.wait_for_url(re.compile(r"/review$"))
    assert page.locator("#review-count").inner_text() == f"{len(queue)} items need review."
    items = page.locator("#review > li.review-item")
    assert items.count() == min(50, len(queue))
    assert items.locator("a.item").all_inner_texts()[:10] == [i.label for i in queue[:10]]
    assert items.first.locator("ul.reasons li").all_inner_texts() == list(queue[0].reasons)
    assert page.locator("form.edit").count() == 0  # read-only: no forms
    tab.shot("review")
    # the first quote's link leads to the sentence it was read from
    quote = next(i for i in queue if i.kind == "quote")
    row = next(q for q in doc["quotes"] if q["id"] == quote.id)
    page.locator(f"#r-{quote.id} a.evidence-link").click()
    page.wait_for_url(re.compile(rf"/articles/{row['article']}#s-[0-9a-f]{{10}}$"))
    assert page.locator(".sent:target").inner_text() == row["sentence"]
    page = tab.open("/review?kind=event")
    events = [i for i in queue if i.kind == "event"]
    assert page.locator("#review > li.review-item").count() == len(events)
    page.locator("#review a.item").first.click()
    page.wait_for_url(re.compile(rf"/events/{events[0].id}$"))
    assert page.locator("li.event .needs-review").count() == 1


def test_read_only_server_shows_no_edit_controls(tab, followed_server, doc):
    entity = next(e for e in doc["entities"] if e["name"] == "USA")
    for path in (f"/entities/{entity['id']}", f"/events/{doc['events'][0]['id']}", "/corrections",
                 f"/quotes/{doc['quotes'][0]['id']}"):
        page = tab.open(path)
        assert page.locator("form.edit, #edit, input[name=token]").count() == 0, path
    assert page.locator("footer").inner_text().endswith("read-only")
    answer = httpx.post(followed_server.url + "/edit/correct", data={"action": "reject", "item": entity["id"]})
    assert answer.status_code == 403
    assert httpx.post(followed_server.url + f"/entities/{entity['id']}").status_code == 405


def test_edit_reject_set_date_merge_and_undo(edit_tab, edit_server, doc):
    tab = edit_tab
    # reject the first quote in the review queue: back on the review page, it is gone
    page = tab.open("/review?kind=quote")
    count = page.locator("#review > li.review-item").count()
    first = page.locator("#review > li.review-item").first
    quote_id = first.get_attribute("id")[2:]
    first.locator("button.reject").click()
    page.wait_for_url(re.compile(r"/review\?kind=quote$"))
    assert page.locator("#review > li.review-item").count() == count - 1
    assert page.locator(f"#r-{quote_id}").count() == 0
    assert httpx.get(f"{edit_server.url}/quotes/{quote_id}").status_code == 404
    tab.shot("review_edit")

    # set an undated event's date: it lands on the timeline in that month
    # the meeting of Kim and Lawrow in Pjöngjang, found by its sentence (its label follows the label rules)
    event = next(e for e in doc["events"] if e["date"] is None and e["predicate"] == "Treffen" and any(
        "Kim Jong Un und dem russischen Außenminister" in ev["sentence"] for ev in e["evidence"]))
    page = tab.open(f"/events/{event['id']}")
    tab.shot("event_edit")
    page.fill("form.set[data-field=date] input[name=value]", "2025-07-12")
    page.click("form.set[data-field=date] button")
    page.wait_for_url(re.compile(rf"/events/{event['id']}$"))
    assert page.locator("li.event .when").first.inner_text().startswith("2025-07-12")
    page = tab.open("/timeline?from=2025-07&to=2025-07")
    assert page.locator("#dated-events > li .what strong").all_inner_texts() == [event["label"]]
    assert page.locator("#dated-events .reviewed").inner_text() == "corrected"

    # a value the library refuses comes back as one line, status 400
    page = tab.open(f"/events/{event['id']}")
    page.fill("form.set[data-field=date] input[name=value]", "gestern")
    with page.expect_response(lambda r: r.url.endswith("/edit/correct")) as answer:
        page.click("form.set[data-field=date] button")
    assert answer.value.status == 400
    assert page.locator("#error-message").inner_text() == (
        "event date: 'gestern' is not a date value (e.g. 2025-08-12, 2025-08, 2025, 2025-Q1, 2024-FA)")
    tab.errors[:] = [e for e in tab.errors if "status of 400" not in e]

    # merge two entities: USA becomes part of Vereinigten Staaten
    keep = next(e for e in doc["entities"] if e["name"] == "Vereinigten Staaten")
    page = tab.open(f"/entities/{keep['id']}")
    page.fill("#merge-entities input[name=other]", "USA")
    page.click("#merge-entities button")
    page.wait_for_url(re.compile(rf"/entities/{keep['id']}$"))
    assert "USA" in page.locator("#aliases").inner_text().split(", ")
    tab.shot("entity_merged")
    page = tab.open("/entities?q=USA")
    assert page.locator("#entities tbody tr td:first-child").all_inner_texts() == ["Vereinigten Staaten"]

    # undo the merge on the corrections page: USA is its own entity again
    page = tab.open("/corrections")
    assert page.locator("#corrections tbody tr").count() == 3
    merge = page.locator("#corrections tbody tr", has_text="merge-entities")
    assert merge.locator(".status-applied").count() == 1
    tab.shot("corrections")
    merge.locator("button", has_text="Undo").click()
    page.wait_for_url(re.compile(r"/corrections$"))
    assert page.locator("#corrections tbody tr").count() == 2
    assert page.locator("#corrections tbody tr", has_text="merge-entities").count() == 0
    page = tab.open("/entities?q=USA")
    assert page.locator("#entities tbody tr td:first-child").all_inner_texts() == ["USA"]


def test_a_post_without_the_token_is_refused(edit_server, edit_tab, doc):
    page = edit_tab.open("/review")
    token = page.locator("input[name=token]").first.get_attribute("value")
    assert len(token) >= 24
    entity = doc["entities"][0]["id"]
    without = httpx.post(edit_server.url + "/edit/correct", data={"action": "reject", "item": entity})
    wrong = httpx.post(edit_server.url + "/edit/correct", data={"action": "reject", "item": entity,
                                                                "token": token[:-1]})
    assert without.status_code == wrong.status_code == 403
    assert httpx.get(f"{edit_server.url}/api/entities/{entity}").status_code == 200


def test_changes_page_lists_what_the_later_build_added(tab, followed_db):
    with chronik.open(str(followed_db), read_only=True) as chron:
        expected = changes_since(chron.store, "2026-01-15")
    page = tab.open("/")
    page.click("#changes-link")
    page.wait_for_url(re.compile(r"/changes\?since=2026-01-15$"))
    assert page.locator("#changes-articles li").all_inner_texts()[0].startswith("005_schoigu_pjoengjang.txt")
    assert page.locator("#changes-articles li").count() == 1
    # the later article's 2025 deployment report is an event of its own (it no longer joins the seeds' 2024 one)
    assert page.locator("#changes-events li a").all_inner_texts() == [e["label"] for e in expected.events] == [
        "Nordkorea schickt nach Russland", "Kim Jong Un empfängt Schoigu in Pjöngjang",
        "Schoigu überbringt Botschaft", "Rückeroberung von Kursk", "Botschaft von Putin"]
    assert page.locator("#changes-quotes li a").all_inner_texts() == [
        "„fest an der Seite Russlands stehen, bis der Sieg errungen ist“"]
    assert page.locator("#changes-quotes .who").inner_text() == "Kim Jong Un via KCNA"
    moved = page.locator("#changes-figures li.moved")
    assert moved.locator("> a").all_inner_texts() == ["deployed soldiers (Nordkorea)", "killed soldiers (Nordkorea)"]
    assert moved.locator(".now").all_inner_texts() == ["mehr als 12.000 Soldaten", "rund 7000 nordkoreanische Soldaten"]
    assert moved.locator(".was").all_inner_texts() == ["Tausende Soldaten", "6000 Nordkoreaner"]
    assert moved.nth(1).locator(".new-figures li a").all_inner_texts() == [
        "etwa 4000 nordkoreanische Soldaten", "rund 7000 nordkoreanische Soldaten"]
    assert page.locator("#changes-conflicts li.figure-conflict").all_inner_texts() == [
        "killed soldiers (Nordkorea): etwa 4000 nordkoreanische Soldaten vs rund 7000 nordkoreanische Soldaten"]
    assert page.locator("#changes-conflicts li.event-conflict").count() == len(
        getattr(expected, "event_conflicts", ()))
    tab.shot("changes")
    page.fill("#changes-form input[name=since]", "2026-01-16")
    page.click("#changes-form button")
    page.wait_for_url(re.compile(r"since=2026-01-16"))
    assert page.locator("#changes-summary").inner_text() == "Nothing new since 2026-01-16T00:00:00Z."
