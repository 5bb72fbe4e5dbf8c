"""What one link holds: the articles without their text, each analysis part
until the last stage that reads it (the five seed articles)."""
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


def test_the_review_step_gets_texts_from_the_store_and_only_sentences_and_events(seeds_dir, tmp_path):
    with chronik.open(str(tmp_path / "s.db")) as chron:
        chron.add([str(seeds_dir)], BuildOptions())
        link_store(chron.store, load("de"), Recording)
        stored = {a.id: a.text for a in chron.store.articles()}
        read = [(a.sentences, a.events) for a in chron.store.analyses()]
    seen = Recording.seen
    assert len(seen["articles"]) == 5 and all(type(a) is ArticleMeta for a in seen["articles"].values())
    assert {i: seen["texts"][i] for i in sorted(seen["articles"])} == stored
    analyses = seen["analyses"]
    assert [a.article_id for a in analyses] == sorted(stored)
    assert {(a.mentions, a.figures, a.quotes, a.statements, a.timexes) for a in analyses} == {((),) * 5}
    assert [(a.sentences, a.events) for a in analyses] == read
    assert sum(len(events) for _, events in read) == 68
