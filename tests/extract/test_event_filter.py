"""The learned event filter: the shipped model loads, decides on real sentences, and the training script reads
the same features as the extractor."""
from __future__ import annotations

import sys
from pathlib import Path

from chronik.extract.event_filter import FEATURE_NAMES, MODEL, load_event_filter, vector
from chronik.extract.events import event_candidates, extract_events
from chronik.ids import article_id
from chronik.pipeline import analyze
from chronik.records import Article

ROOT = Path(__file__).resolve().parents[2]


def _doc(toolkit, text: str, published: str = "2016-04-20"):
    article = Article(id=article_id(text), source="test", title=None, published=published, authors=(),
                      agencies=(), language="de", outlet=None, text=text)
    return analyze(article, toolkit)


def test_the_shipped_model_loads_with_the_toolkit(toolkit):
    model = load_event_filter()
    assert model is not None and model.names == FEATURE_NAMES
    assert model.threshold == 0.15
    assert toolkit.event_filter == model
    assert MODEL.name == "event_filter.json"


def test_a_page_button_is_dropped_and_a_reported_arrest_kept(events):
    # "Jetzt weiterlesen ...": a page's link text, no happening; "erfahren" there stays (a borderline candidate)
    assert [e.trigger for e in events("Jetzt weiterlesen und mehr erfahren")] == ["erfahren"]
    assert [e.trigger for e in events("Die Polizei nahm am Montag in Wien einen Mann fest.")] == ["nahm"]


def test_the_filter_decides_on_the_candidates_facts(toolkit):
    doc = _doc(toolkit, "Jetzt weiterlesen und mehr erfahren")
    kept = {m.trigger: toolkit.event_filter.keeps(vector(f)) for m, f in event_candidates(doc.view, toolkit.lang.events)}
    assert kept == {"weiterlesen": False, "erfahren": True}
    # without a filter every candidate is an event
    assert [e.trigger for e in extract_events(doc.view, toolkit.lang.events)] == ["weiterlesen", "erfahren"]


def test_the_training_script_reads_the_extractors_features(toolkit):
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_event_filter import document_features

    text = "Die Polizei nahm am Montag in Wien einen Mann fest. Jetzt weiterlesen und mehr erfahren"
    doc = {"text": text, "published": "2016-04-20", "outlet": "example.org"}
    script = document_features(toolkit, doc, 0)
    article = Article(id=article_id(text), source="smartdata#0", title=None, published="2016-04-20", authors=(),
                      agencies=(), language="de", outlet="example.org", text=text)
    ours = {(m.start, m.end): vector(f) for m, f in event_candidates(analyze(article, toolkit).view,
                                                                     toolkit.lang.events)}
    assert script == ours and len(script) == 3
    kept = [e.trigger for e in analyze(article, toolkit).events]
    assert kept == [text[s:e] for (s, e), x in sorted(script.items()) if toolkit.event_filter.keeps(x)]
    assert kept == ["nahm", "erfahren"]
