"""What one link holds: the articles without their text, each analysis part
until the last stage that reads it, the event reports until the review step
(the five seed articles)."""
import chronik
from chronik.lang import load
from chronik.link import Uncurated, link_store
from chronik.pipeline import BuildOptions
from chronik.records import ArticleMeta


class Recording(Uncurated):
    """A curation that keeps what the review step is given."""

    seen: dict = {}

    def finish(self, rows, **context):
        Recording.seen = context
        return rows


def test_the_review_step_gets_texts_from_the_store_and_the_event_reports_not_the_analyses(seeds_dir, tmp_path):
    with chronik.open(str(tmp_path / "s.db")) as chron:
        chron.add([str(seeds_dir)], BuildOptions())
        link_store(chron.store, load("de"), Recording)
        stored = {a.id: a.text for a in chron.store.articles()}
        read = [(a.article_id, ev) for a in chron.store.analyses() for ev in a.events]
    seen = Recording.seen
    assert sorted(seen) == ["articles", "duplicate_of", "reports", "signatures", "texts"]
    assert len(seen["articles"]) == 5 and all(type(a) is ArticleMeta for a in seen["articles"].values())
    assert {i: seen["texts"][i] for i in sorted(seen["articles"])} == stored
    reports = seen["reports"]
    assert [(r.article_id, r.mention) for r in reports] == read
    assert len(reports) == 68
    assert all(r.sentence_text in stored[r.article_id] for r in reports)
