"""Article versions: a source read again with edited text replaces its earlier text."""
import json
import shutil

from click.testing import CliRunner

from chronik.cli import cli
from chronik.ids import article_id
from chronik.link.changes import changes_since
from chronik.link.versions import (
    SourceVersions, VersionBook, build_time, earlier_versions, load_versions, parse_time, superseded,
)
from chronik.store import open_store
from tests.conftest import seed

# Two edits to a real article: a figure corrected, a closing quote cut.
OLD_FIGURE, NEW_FIGURE = "schätzungsweise 2000 Nordkoreaner", "schätzungsweise 2500 Nordkoreaner"
CUT_QUOTE = ' "Wir warten auf Sie, kommen Sie", entgegnete Putin.'


def run(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


def edit(path) -> None:
    text = path.read_text(encoding="utf-8")
    assert OLD_FIGURE in text and CUT_QUOTE in text
    path.write_text(text.replace(OLD_FIGURE, NEW_FIGURE).replace(CUT_QUOTE, ""), encoding="utf-8")


def test_book_adds_an_edit_once_and_ignores_known_texts(tmp_path):
    with open_store(str(tmp_path / "c.db")) as store:
        book = VersionBook(store, "2025-09-03T20:00:00Z")
        assert [book.saw("a.txt", "A"), book.saw("a.txt", "A"), book.saw("b.txt", "A")] == [False, False, False]
        book.save()
        book = VersionBook(store, "2025-09-04T07:00:00Z")
        assert [book.saw("a.txt", "B"), book.saw("a.txt", "A"), book.saw("a.txt", "B")] == [True, False, False]
        book.save()
        assert store.records("version") == sorted([
            {"id": SourceVersions(source="a.txt", seen=()).id, "source": "a.txt",
             "articles": [{"article": "A", "seen": "2025-09-03T20:00:00Z"},
                          {"article": "B", "seen": "2025-09-04T07:00:00Z"}]},
            {"id": SourceVersions(source="b.txt", seen=()).id, "source": "b.txt",
             "articles": [{"article": "A", "seen": "2025-09-03T20:00:00Z"}]},
        ], key=lambda r: r["id"])


def test_a_position_in_a_file_is_not_followed(tmp_path):
    # Line 3 of a JSONL export holds another article after the export is redone:
    # that is a new article, not an edit that would drop the first one.
    with open_store(str(tmp_path / "c.db")) as store:
        book = VersionBook(store, "2025-09-04T07:00:00Z")
        assert [book.saw("feed.jsonl#3", "A"), book.saw("feed.jsonl#3", "B")] == [False, False]
        book.save()
        versions = load_versions(store)
    assert sorted(v.article_ids for v in versions) == [("A",), ("B",)]
    assert superseded(versions, {"A", "B"}) == set()


def test_replaced_is_what_no_source_shows_any_more():
    versions = [
        SourceVersions(source="s1", seen=(("A", None), ("B", None), ("C", None))),
        SourceVersions(source="s2", seen=(("A", None),)),  # a copy of A that was never edited
        SourceVersions(source="s3", seen=(("D", None), ("E", None))),  # E failed analysis: not stored
    ]
    stored = {"A", "B", "C", "D"}
    assert superseded(versions, stored) == {"B"}
    assert earlier_versions(versions, stored) == {"C": ["A", "B"]}


def test_times_are_utc_and_chronik_now_overrides_the_clock(monkeypatch):
    assert parse_time("2025-09-05") == "2025-09-05T00:00:00Z"
    assert parse_time("2025-09-05T10:30+02:00") == "2025-09-05T08:30:00Z"
    monkeypatch.setenv("CHRONIK_NOW", "2026-01-15T09:30")
    assert build_time() == "2026-01-15T09:30:00Z"


def build_then_edit(tmp_path, monkeypatch):
    """A seed article built on 2025-09-03 and its edit built the next morning:
    (the file, the store, the first version's id, the build's last line)."""
    article = tmp_path / "a.txt"
    shutil.copy(seed("003"), article)
    db = tmp_path / "c.db"
    monkeypatch.setenv("CHRONIK_NOW", "2025-09-03T20:00")
    run("build", article, "--db", db)
    old_id = json.loads(run("export", "--db", db))["articles"][0]["id"]
    edit(article)
    monkeypatch.setenv("CHRONIK_NOW", "2025-09-04T07:00")
    return article, db, old_id, run("build", article, "--db", db).splitlines()[-1]


def test_an_edited_article_is_a_new_version_and_only_the_latest_is_linked(tmp_path, monkeypatch):
    article, db, old_id, summary = build_then_edit(tmp_path, monkeypatch)
    assert summary == "1 article added, 0 duplicates, 0 files skipped"
    first = run("export", "--db", db)
    doc = json.loads(first)
    (row,) = doc["articles"]
    assert (row["source"], row["versions"], row["duplicate_of"]) == (str(article), [old_id], None)
    assert row["id"] == article_id(row["text"]) != old_id
    assert [f["text"] for f in doc["figures"]] == [NEW_FIGURE, "drei Staatsführer"]
    assert "Wir warten auf Sie, kommen Sie" not in [q["text"] for q in doc["quotes"]]
    linked = {f["article"] for f in doc["figures"]} | {a for q in doc["quotes"] for a in q["articles"]} \
        | {a for e in doc["events"] for a in e["articles"]} | {t["article"] for t in doc["timexes"]}
    assert linked == {row["id"]}
    # What changed: the new version, its corrected figure and the happening
    # of the edited sentence (new evidence); its unchanged events and quotes
    # are not news.
    with open_store(str(db)) as store:
        got = changes_since(store, "2025-09-04")
    assert [(a["source"], a["edit"]) for a in got.articles] == [(str(article), True)]
    assert [(e["label"], NEW_FIGURE in e["evidence"][0]["sentence"]) for e in got.events] == [
        ("Nordkoreaner getötet", True), ("Ukraine besetzt Grenzgebiet", True)]
    assert (got.quotes, got.conflicts) == ((), ())
    assert [(s["label"], s["before"]["text"], s["latest"]["text"]) for s in got.figures] == [
        ("killed soldiers (Nordkorea)", OLD_FIGURE, NEW_FIGURE)]

    # Search finds the latest text only.
    assert run("search", "2000 Nordkoreaner", "--db", db) == "no matches\n"
    assert len(run("search", "2500 Nordkoreaner", "--db", db).splitlines()) == 2  # one hit: title, snippet

    # The same input again adds nothing: no article, no version, same bytes.
    with open_store(str(db)) as store:
        versions_before = store.records("version")
    monkeypatch.setenv("CHRONIK_NOW", "2025-09-05T07:00")
    assert run("build", article, "--db", db).splitlines()[-1] == \
        "0 articles added, 1 duplicate, 0 files skipped, links unchanged"
    assert run("export", "--db", db) == first
    with open_store(str(db)) as store:
        assert store.records("version") == versions_before


def test_a_copy_elsewhere_keeps_the_old_text_current(tmp_path, monkeypatch):
    edited, copy = tmp_path / "a.txt", tmp_path / "b.txt"
    shutil.copy(seed("003"), edited)
    shutil.copy(seed("003"), copy)
    db = tmp_path / "c.db"
    monkeypatch.setenv("CHRONIK_NOW", "2025-09-03T20:00")
    run("build", edited, copy, "--db", db)
    edit(edited)
    monkeypatch.setenv("CHRONIK_NOW", "2025-09-04T07:00")
    run("build", edited, copy, "--db", db)
    new, kept = json.loads(run("export", "--db", db))["articles"]
    assert (new["source"], kept["source"], kept["versions"]) == (str(edited), str(copy), [])
    assert new["versions"] == [kept["id"]] and new["id"] != kept["id"]


def test_an_edit_taken_back_makes_the_earlier_text_current_again(tmp_path, monkeypatch):
    article, db, old_id, _ = build_then_edit(tmp_path, monkeypatch)
    edited_id = json.loads(run("export", "--db", db))["articles"][0]["id"]

    shutil.copy(seed("003"), article)
    monkeypatch.setenv("CHRONIK_NOW", "2025-09-05T07:00")
    assert run("build", article, "--db", db).splitlines()[-1] == "0 articles added, 1 duplicate, 0 files skipped"
    first = run("export", "--db", db)
    doc = json.loads(first)
    assert [(a["id"], a["versions"]) for a in doc["articles"]] == [(old_id, [edited_id])]
    assert [f["text"] for f in doc["figures"]] == [OLD_FIGURE, "drei Staatsführer"]
    with open_store(str(db)) as store:
        (record,) = store.records("version")
    assert [(a["article"], a["seen"]) for a in record["articles"]] == [
        (old_id, "2025-09-03T20:00:00Z"), (edited_id, "2025-09-04T07:00:00Z"), (old_id, "2025-09-05T07:00:00Z")]

    monkeypatch.setenv("CHRONIK_NOW", "2025-09-06T07:00")  # the same input again changes nothing
    run("build", article, "--db", db)
    assert run("export", "--db", db) == first
    with open_store(str(db)) as store:
        assert store.records("version") == [record]


def test_one_source_read_twice_in_a_build_settles(tmp_path):
    with open_store(str(tmp_path / "c.db")) as store:
        for day in ("03", "04", "05"):
            book = VersionBook(store, f"2025-09-{day}T07:00:00Z")
            book.saw("https://example.org/a", "A")
            book.saw("https://example.org/a", "B")
            book.save()
        (record,) = store.records("version")
    assert [a["article"] for a in record["articles"]] == ["A", "B"]


def saved_page(text: str) -> str:
    return ('<html lang="de"><head><meta property="og:title" content="Kim versichert Putin volle Unterstützung">'
            '<link rel="canonical" href="https://example.org/ausland/kim-putin-100.html"></head><body><article>'
            + "".join(f"<p>{p}</p>" for p in text.split("\n") if p.strip()) + "</article></body></html>")


def test_two_saved_copies_of_one_page_are_versions_of_one_article(tmp_path, monkeypatch):
    story = seed("003").read_text(encoding="utf-8").split("\n", 1)[1]  # without the title line
    morning, evening = tmp_path / "kim-putin-0800.html", tmp_path / "kim-putin-1900.html"
    morning.write_text(saved_page(story), encoding="utf-8")
    evening.write_text(saved_page(story.replace(OLD_FIGURE, NEW_FIGURE)), encoding="utf-8")
    db = tmp_path / "c.db"
    monkeypatch.setenv("CHRONIK_NOW", "2025-09-03T08:00")
    run("build", morning, "--db", db)
    old_id = json.loads(run("export", "--db", db))["articles"][0]["id"]
    monkeypatch.setenv("CHRONIK_NOW", "2025-09-03T19:00")
    run("build", evening, "--db", db)
    (row,) = json.loads(run("export", "--db", db))["articles"]
    assert (row["source"], row["url"], row["versions"]) == (
        str(evening), "https://example.org/ausland/kim-putin-100.html", [old_id])
    assert NEW_FIGURE in row["text"]


def test_an_article_kept_current_elsewhere_is_shown_at_that_address(tmp_path):
    from chronik.link.versions import current_articles
    from tests.store.test_store import added, article

    text = "Der Stadtrat hat am Dienstag den Haushalt beschlossen."
    page = article(text, source="a.html", url="https://example.org/haushalt")
    edit = article(text + " Die Opposition stimmte dagegen.", source="b.html", url="https://example.org/haushalt")
    with open_store(str(tmp_path / "c.db")) as store:
        added(store, page, edit)
        store.put_records("version", [
            SourceVersions(source="https://example.org/haushalt", seen=((page.id, None), (edit.id, None))).as_record(),
            SourceVersions(source="https://partner.example/haushalt", seen=((page.id, None),)).as_record(),
            SourceVersions(source="kopie.txt", seen=((edit.id, None),)).as_record()])
        current, earlier = current_articles(store)
    shown = {a.id: (a.source, a.url) for a in current}
    # The first text is still the latest at the partner's address: shown there, read from a.html.
    assert shown == {page.id: ("a.html", "https://partner.example/haushalt"),
                     edit.id: ("b.html", "https://example.org/haushalt")}
    assert earlier == {edit.id: [page.id]}
