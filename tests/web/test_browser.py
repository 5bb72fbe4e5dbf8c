"""The web UI in Debian's chromium (Playwright), against a real `chronik serve`.

Skipped when chromium or Playwright is missing, failed instead when
CHRONIK_REQUIRE_BROWSER is set (the ``browser`` fixture, tests/web/conftest.py).
Screenshots go to $CHRONIK_SCREENSHOTS (or a pytest temporary folder).
"""
from __future__ import annotations

import re

import pytest

import chronik
from tests.web.conftest import Tab, exported


@pytest.fixture
def seeds_tab(browser, seeds_server, screenshots):
    tab = Tab(browser, seeds_server.url, screenshots)
    yield tab
    tab.close()


@pytest.fixture(scope="module")
def doc(seeds_db) -> dict:
    return exported(seeds_db)


def test_every_page_shows_the_chronicle(seeds_tab, doc):
    page = seeds_tab.open("/")
    assert page.locator("#count-articles").inner_text() == "5"
    assert page.locator("#count-events").inner_text() == str(len(doc["events"]))
    assert page.locator("#date-range").inner_text().startswith("Published 2025-08-13 to 2025-12-27")
    assert page.locator("#top-entities li").count() == min(15, len(doc["entities"]))
    seeds_tab.shot("overview")

    page = seeds_tab.open("/timeline")
    dated = [e for e in doc["events"] if e["date"]]
    assert page.locator("#event-count").inner_text().startswith(f"{len(dated)} dated events")
    page.wait_for_selector("#timeline .vis-item")
    assert page.locator("#timeline .vis-item:not(.vis-dot)").count() == len(dated)
    assert page.locator("#dated-events > li").count() == len(dated)
    assert page.locator("#undated-events > li").count() == len(doc["events"]) - len(dated)
    seeds_tab.shot("timeline")

    page = seeds_tab.open("/figures")
    assert page.locator("section.series").count() == min(10, len(doc["series"]))
    killed = page.locator("section.series", has_text="killed soldiers (Nordkorea)")
    assert killed.locator("svg.chart a.mark").count() == 4
    assert killed.locator("tr", has_text="laut CNN").locator("td").nth(2).inner_text().startswith(
        "mehr als 6000 nordkoreanische Soldaten")
    seeds_tab.shot("figures")

    page = seeds_tab.open("/entities?type=PER")
    persons = [e for e in doc["entities"] if e["type"] == "PER"]
    assert page.locator("#entity-count").inner_text().startswith(f"{len(persons)} entit")
    assert page.locator("#entities tbody tr").first.locator("td").first.inner_text() == persons[0]["name"]
    seeds_tab.shot("entities")

    page = seeds_tab.open("/quotes?speaker=Uschakow")
    assert page.locator("#quotes .said").first.inner_text().startswith(
        "„Ich möchte sagen, dass niemand irgendwelche Verschwörungen")
    seeds_tab.shot("quotes")

    page = seeds_tab.open("/articles")
    assert page.locator("#articles tbody tr").count() == 5
    seeds_tab.shot("articles")
    page = seeds_tab.open("/stories")
    assert page.locator("#story-count").inner_text().startswith(f"{len(doc['stories'])} stor")
    seeds_tab.shot("stories")
    page = seeds_tab.open("/api")
    assert page.locator("section.endpoint").count() >= 13
    seeds_tab.shot("api")


def test_timeline_to_article_to_entity(seeds_tab):
    page = seeds_tab.open("/timeline")
    call = page.locator("#dated-events > li", has_text="Telefonat zwischen Putin und Kim Jong Un")
    sentence = call.locator("blockquote.evidence a").first
    said = sentence.inner_text()
    sentence.click()
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]{16}#s-[0-9a-f]{10}$"))
    assert page.locator(".sent:target").inner_text() == said
    seeds_tab.shot("article")
    page.locator("#article-text a.ent", has_text="Kim Jong Un").first.click()
    page.wait_for_url(re.compile(r"/entities/[0-9a-f]{16}$"))
    assert page.locator("#entity-name").inner_text().startswith("Kim Jong Un")
    assert page.locator("li.event", has_text="Telefonat zwischen Putin und Kim Jong Un").count() == 1
    seeds_tab.shot("entity")
    # A click on an item of the timeline widget leads to its first evidence too.
    page = seeds_tab.open("/timeline?from=2025-09&to=2025-09")
    page.wait_for_selector("#timeline .vis-item")
    page.locator("#timeline .vis-item", has_text="Peking").first.click()
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]{16}#s-"))
    assert "Peking" in page.locator(".sent:target").inner_text()


def test_filter_the_timeline(seeds_tab, seeds_db):
    with chronik.open(str(seeds_db), read_only=True) as chron:
        lawrow = chron.timeline("Lawrow")
        september = chron.timeline(None, "2025-09", "2025-09")
    page = seeds_tab.open("/timeline")
    page.fill("input[name=entity]", "Lawrow")
    page.click("#timeline-filters button[type=submit]")
    page.wait_for_url(re.compile(r"entity=Lawrow"))
    assert page.locator("#dated-events > li").count() == sum(1 for e in lawrow if e["date"]) == 0
    assert page.locator("#undated-events > li").count() == len(lawrow) == 2
    assert page.locator("#timeline.empty").inner_text() == "No dated events to show."
    page.fill("input[name=entity]", "")
    page.fill("input[name=from]", "2025-09")
    page.fill("input[name=to]", "2025-09")
    page.click("#timeline-filters button[type=submit]")
    page.wait_for_url(re.compile(r"from=2025-09&to=2025-09"))
    assert page.locator("#dated-events > li .what strong").all_inner_texts() == [e["label"] for e in september]
    # one September event: Welt's "dankte Kim für die Entsendung" is the 2024 deployment, not news of its day
    assert page.locator("#timeline .vis-item:not(.vis-dot)").count() == len(september) == 1
    assert page.locator("a.download").get_attribute("href") == "/download/timelinejs.json?from=2025-09&to=2025-09"
    seeds_tab.shot("timeline_filtered")


def test_search_highlights_matches(seeds_tab):
    page = seeds_tab.open("/")
    page.fill("header input[name=q]", "Straßenbrücke")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"/search\?q="))
    assert page.locator("#hit-count").inner_text().startswith("1 article matches")
    assert page.locator("#hits mark").all_inner_texts() == ["Strassenbrücke"]
    seeds_tab.shot("search")
    page.locator("#hits a").first.click()
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]{16}$"))


def test_script_in_an_article_is_shown_as_text(browser, crafted_server, crafted_db, screenshots):
    with chronik.open(str(crafted_db), read_only=True) as chron:
        article = next(a for a in chron.articles() if "<script>" in a.text)
    tab = Tab(browser, crafted_server.url, screenshots)
    page = tab.open(f"/articles/{article.id}")
    assert 'Text: <script>document.title = "pwned"; window.chronikPwned = true;</script> <b>fett</b>' in (
        page.locator("#article-text").inner_text())
    assert page.evaluate("window.chronikPwned === undefined") and page.title() != "pwned"
    assert page.locator("#article-text script, #article-text b").count() == 0
    tab.shot("article_script")
    page = tab.open("/figures")
    injured = page.locator("section.series", has_text="wounded people")
    assert injured.locator("tr.conflict").count() == 2 and injured.locator("svg.chart circle.ring").count() == 2
    assert injured.locator(".conflict-note").inner_text() == "1 conflict"
    tab.shot("figures_conflict")
    tab.close()
