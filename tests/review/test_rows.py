"""The review step of a link (``chronik.review.rows.review_links``) on the seeds."""
from click.testing import CliRunner

from chronik.cli import cli
from chronik.lang import load
from chronik.link import link_store
from chronik.review.curation import ReviewCuration
from chronik.store import open_store


def test_the_review_lets_the_event_reports_go_once_every_event_has_its_variants(tmp_path, seeds_dir):
    """The link hands the event stage's reports over (``chronik.link.Curation``):
    the review empties the list once every event has its variants, so they are
    not held through the rest of the review (issue 15); the rows are the build's."""
    db = str(tmp_path / "s.db")
    assert CliRunner().invoke(cli, ["build", str(seeds_dir), "--db", db]).exit_code == 0
    handed: list[int] = []

    class Watched(ReviewCuration):
        def finish(self, rows, **context):
            handed.append(len(context["reports"]))
            rows = super().finish(rows, **context)
            handed.append(len(context["reports"]))
            return rows

    with open_store(db) as store:
        built = store.links("event")
        mentions = sum(len(a.events) for a in store.analyses(("events",)))
        rows = link_store(store, load("de"), Watched)
    assert handed == [mentions, 0] and mentions > len(built)
    assert sorted(rows["event"], key=lambda e: e["id"]) == built
