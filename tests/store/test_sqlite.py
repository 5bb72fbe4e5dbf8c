import sqlite3

import pytest

from chronik.errors import StoreError
from chronik.records import Analysis, Article, Mention
from chronik.store import SCHEMA_VERSION, open_store
from chronik.store.folding import fold, snippet


def article(text: str, **kw) -> Article:
    from chronik.ids import article_id

    base = dict(id=article_id(text), source="a.txt", title=None, published=None, authors=(), agencies=(),
                language="de", outlet=None, text=text)
    base.update(kw)
    return Article(**base)


def test_new_store_records_schema_version(tmp_path):
    store = open_store(str(tmp_path / "s.db"))
    assert store.schema_version() == SCHEMA_VERSION


def test_articles_and_analyses_round_trip_and_insert_is_idempotent(tmp_path):
    store = open_store(str(tmp_path / "s.db"))
    a = article("Die Straßenbrücke über den Tumen wird gebaut.", authors=("A B",), dropped=(("x", "caption"),))
    an = Analysis(article_id=a.id, mentions=(Mention(start=27, end=32, text="Tumen", label="LOC", sentence=0),))
    assert store.add_batch([(a, an, b"sig")]) == [True]
    assert store.add_batch([(a, an, b"sig")]) == [False]
    assert store.articles() == [a]
    assert list(store.analyses()) == [an]


def test_search_folds_umlauts_and_sharp_s(tmp_path):
    store = open_store(str(tmp_path / "s.db"))
    a = article("Aktuell bauen die beiden Länder eine Strassenbrücke über den Fluss.")
    store.add_batch([(a, Analysis(article_id=a.id), b"")])
    for query in ("Straßenbrücke", "strassenbruecke", "Strassenbrücke", "LÄNDER"):
        hits = store.search(query)
        assert [h.article_id for h in hits] == [a.id], query
    assert store.search("Straßenbrücke")[0].snippet == (
        "Aktuell bauen die beiden Länder eine [Strassenbrücke] über den Fluss.")


def test_fold_and_snippet():
    assert fold("Straßenbrücke Über") == "strassenbruecke ueber"
    assert snippet("Ein Satz über Öl.", "Oel") == "Ein Satz über [Öl]."


def test_newer_store_is_refused(tmp_path):
    path = str(tmp_path / "s.db")
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value='99' WHERE key='schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="written by a newer chronik"):
        open_store(path)


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = str(tmp_path / "other.db")
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a chronik store"):
        open_store(path)


def test_read_only_store_must_exist(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        open_store(str(tmp_path / "missing.db"), read_only=True)


def test_schema_1_store_is_migrated_and_keeps_its_articles(tmp_path):
    path = str(tmp_path / "s.db")
    store = open_store(path)
    a = article("Ein Artikel aus einer älteren Version von chronik.")
    store.add_batch([(a, Analysis(article_id=a.id), b"")])
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE records")
    conn.execute("UPDATE meta SET value='1' WHERE key='schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="run 'chronik build' on it once"):
        open_store(path, read_only=True)
    store = open_store(path)
    assert store.schema_version() == SCHEMA_VERSION
    assert store.articles() == [a]
    store.put_records("correction", [{"id": "c1", "action": "reject"}])
    assert store.records("correction") == [{"id": "c1", "action": "reject"}]


def test_records_are_replaced_by_id_and_kept_apart_by_kind(tmp_path):
    store = open_store(str(tmp_path / "s.db"))
    store.put_records("correction", [{"id": "b", "v": 1}, {"id": "a", "v": 2}])
    store.put_records("correction", [{"id": "b", "v": 3}])
    store.put_records("version", [{"id": "a", "v": 9}])
    assert store.records("correction") == [{"id": "a", "v": 2}, {"id": "b", "v": 3}]
    store.replace_links({"entity": []})
    store.delete_records("correction", ["a"])
    assert store.records("correction") == [{"id": "b", "v": 3}]
    assert store.records("version") == [{"id": "a", "v": 9}]
