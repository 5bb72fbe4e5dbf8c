"""The quotes page lists statements of every kind with their kind (``/quotes?kind=...``)."""
import html


def test_quotes_page_shows_statements_by_kind(seeds_client, seeds_doc):
    plain = seeds_client.get("/quotes").text
    assert 'id="quotes"' in plain and 'id="statement-kinds"' in plain
    counts = {k: sum(1 for s in seeds_doc["statements"] if s["kind"] == k) for k in ("direct", "indirect", "reported")}
    assert f"reported ({counts['reported']})" in plain
    page = html.unescape(seeds_client.get("/quotes", params={"kind": "reported", "speaker": "Kim"}).text)
    assert 'id="statements"' in page and "kind-reported" in page and "kind-indirect" not in page
    assert "sprach von einem baldigen neuen Treffen" in page
    every = seeds_client.get("/quotes", params={"kind": "all"}).text
    assert f"<b>{len(seeds_doc['statements'])}</b>" in every and "occasion ›" in every


def test_an_event_page_lists_what_was_said_on_that_occasion(seeds_client, seeds_doc):
    call = next(e for e in seeds_doc["events"] if e["label"] == "Telefonat zwischen Putin und Kim Jong Un")
    said = [s for s in seeds_doc["statements"] if s["event"] == call["id"]]
    page = html.unescape(seeds_client.get(f"/events/{call['id']}").text)
    assert len(said) == 3 and 'id="said"' in page
    assert all(f'id="s-{s["id"]}"' in page for s in said)
    assert page.count('class="quote-item statement"') == 3
