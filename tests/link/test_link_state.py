"""A build that changed nothing a link reads keeps the links; any change to
those inputs, a cut-off link or ``relink`` links the whole store again.
On SQLite and on PostgreSQL, with the example articles."""
import json

import pytest

import chronik
from chronik.export import export_document
from chronik.link import LINK_STATE_KIND
from chronik.pipeline import BuildOptions
from chronik.review.channels import keep_user_channels
from tests.store.conftest import raw_sql


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "s.db")
    return request.getfixturevalue("postgres_url")


def _build(url, paths, **options):
    with chronik.open(url) as chron:
        report = chron.add([str(p) for p in paths], BuildOptions(**options))
        return report, json.dumps(export_document(chron.store), sort_keys=True)


def test_links_are_kept_until_what_a_link_reads_changes(store_url, seeds_dir, tmp_path):
    first, exported = _build(store_url, [seeds_dir])
    assert first.linked and first.added == 5

    again, same = _build(store_url, [seeds_dir])
    assert (again.added, again.linked, same == exported) == (0, False, True)
    assert again.summary() == "0 articles added, 5 duplicates, 0 files skipped, links unchanged"

    forced, relinked = _build(store_url, [seeds_dir], relink=True)
    assert (forced.linked, relinked == exported) == (True, True)

    # a date changed behind chronik's back is an input: the next build links it
    article = sorted(seeds_dir.glob("*.txt"))[0]
    with chronik.open(store_url) as chron:
        target = next(a for a in chron.store.articles() if a.source.endswith(article.name))
    raw_sql(store_url, f"UPDATE articles SET published = '2020-01-01' WHERE id = '{target.id}'")
    moved, after = _build(store_url, [seeds_dir])
    assert moved.linked and after != exported
    assert next(a for a in json.loads(after)["articles"] if a["id"] == target.id)["published"] == "2020-01-01"

    # the user's channel file is an input too
    config = tmp_path / "channels.toml"
    config.write_text('[channels.extra]\nname = "Beispielblatt"\ntags = ["agency"]\n', encoding="utf-8")
    with chronik.open(store_url) as chron:
        keep_user_channels(chron.store, str(config))
    assert _build(store_url, [seeds_dir])[0].linked
    assert not _build(store_url, [seeds_dir])[0].linked

    # a link cut off half-way leaves no record of a finished link
    with chronik.open(store_url) as chron:
        chron.store.delete_records(LINK_STATE_KIND, ["last"])
    assert _build(store_url, [seeds_dir])[0].linked


def test_a_new_article_or_a_new_source_of_a_known_one_links_again(tmp_path, seeds_dir):
    files = sorted(seeds_dir.glob("*.txt"))
    db = str(tmp_path / "s.db")
    _build(db, files[:4])
    added, _ = _build(db, files)
    assert (added.added, added.linked) == (1, True)
    copy = tmp_path / "copy.txt"
    copy.write_bytes(files[0].read_bytes())
    again, _ = _build(db, [copy])
    assert (again.duplicates, again.linked) == (1, True)


def test_the_records_digest_leaves_out_the_kinds_named(tmp_path, seeds_dir):
    with chronik.open(str(tmp_path / "s.db")) as chron:
        chron.add([str(sorted(seeds_dir.glob("*.txt"))[0])])
        store = chron.store
        corpus, before = store.corpus_digest(), store.records_digest(skip_kinds=("note",))
        store.put_records("note", [{"id": "a", "text": "kept apart"}])
        assert store.records_digest(skip_kinds=("note",)) == before
        assert store.records_digest() != before
        assert store.corpus_digest() == corpus


def test_an_article_stored_while_a_link_runs_is_linked_by_the_next_build(tmp_path, seeds_dir, german, toolkit):
    """The recorded digest of the articles is taken before the link reads them: an
    article a concurrent build stores meanwhile makes the next link run."""
    from chronik.ids import article_id
    from chronik.link import Uncurated, link_store
    from chronik.pipeline import analyze_batch
    from chronik.records import Article
    from chronik.store import open_store

    db = str(tmp_path / "s.db")
    _build(db, sorted(seeds_dir.glob("*.txt"))[:2])
    text = "Der Stadtrat von Beispielstadt hat am Montag den neuen Haushalt beschlossen."
    late = Article(id=article_id(text), source="late.txt", title=None, published="2024-03-05", authors=(),
                   agencies=(), language="de", outlet=None, text=text)

    class StoresOneMore(Uncurated):
        def __init__(self, store=None, articles=None) -> None:
            self.store = store

        def figures(self, analyses):
            (done,) = analyze_batch([late], toolkit)
            self.store.add_batch([(done.article, done.analysis, done.signature)])
            return analyses

    with open_store(db) as store:
        link_store(store, german, StoresOneMore, code="test")
        assert link_store(store, german, StoresOneMore, code="test", keep_unchanged=True) is not None


def test_a_build_after_the_linking_code_changed_links_again(tmp_path, seeds_dir, monkeypatch):
    url = str(tmp_path / "s.db")
    assert _build(url, [seeds_dir])[0].linked
    assert not _build(url, [seeds_dir])[0].linked
    monkeypatch.setattr("chronik.pipeline.link_code", lambda: "another linker")
    assert _build(url, [seeds_dir])[0].linked
    assert not _build(url, [seeds_dir])[0].linked


def test_the_linking_code_digest_follows_the_sources(tmp_path):
    from pathlib import Path

    from chronik.pipeline import link_code

    package = tmp_path / "link"
    package.mkdir()
    for source in sorted((Path(chronik.__file__).parent / "link").glob("*.py")):
        (package / source.name).write_bytes(source.read_bytes())
    before = link_code((package,))
    assert before == link_code((package,)) and len(before) == 16
    (package / "events.py").write_text((package / "events.py").read_text() + "\n# changed\n")
    assert link_code((package,)) != before
