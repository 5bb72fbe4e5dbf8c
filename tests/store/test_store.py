"""The store contract: every public method, on SQLite and on PostgreSQL (``store_url``)."""
import threading

import pytest

import chronik.store.sql
from chronik.errors import StoreError
from chronik.ids import article_id
from chronik.records import Analysis, Article, ArticleMeta, Mention, Timex
from chronik.store import SCHEMA_VERSION, open_store
from tests.store.conftest import raw_sql


def article(text: str, **kw) -> Article:
    base = dict(id=article_id(text), source="a.txt", title=None, published=None, authors=(), agencies=(),
                language="de", outlet=None, text=text)
    base.update(kw)
    return Article(**base)


BRIDGE = article("Aktuell bauen die beiden Länder eine Strassenbrücke über den Fluss.", source="bruecke.txt",
                 title="Brückenbau am Tumen", published="2025-12-27")
TALKS = article("Die Außenminister trafen sich am Montag in Pjöngjang. Über die Brücke sprachen sie nicht.",
                source="treffen.txt", published="2025-08-13T10:00")
FLOOD = article("Nach dem Hochwasser ist der Fluss wieder ruhig.", source="fluss.txt")


def added(store, *articles: Article) -> list[bool]:
    return store.add_batch([(a, Analysis(article_id=a.id), a.id.encode()) for a in articles])


def test_new_store_records_schema_version(store_url):
    with open_store(store_url) as store:
        assert store.schema_version() == SCHEMA_VERSION == 5


def test_articles_and_analyses_round_trip_and_insert_is_idempotent(store_url):
    store = open_store(store_url)
    a = article("Die Straßenbrücke über den Tumen wird am Montag eröffnet.", authors=("A B",), agencies=("dpa",),
                dropped=(("Foto: X", "credit"),), title="Brücke", published="2025-12-27", outlet="Zeitung",
                url="https://example.org/bruecke-tumen")
    an = Analysis(article_id=a.id, mentions=(Mention(start=27, end=32, text="Tumen", label="LOC", sentence=0),),
                  timexes=(Timex(start=41, end=47, text="Montag", type="date", value="2025-12-29", sentence=0),))
    assert store.add_batch([(a, an, b"\x00sig\xff")]) == [True]
    assert store.add_batch([(a, an, b"other")]) == [False]
    assert store.articles() == [a]
    assert store.article(a.id) == a
    assert store.article("missing") is None
    assert store.has_article(a.id) and not store.has_article("missing")
    assert list(store.analyses()) == [an]
    assert store.analysis(a.id) == an
    assert store.analysis("missing") is None
    assert list(store.signatures()) == [(a.id, b"\x00sig\xff")]
    store.close()


def test_add_batch_answers_in_input_order_and_lists_by_id(store_url):
    store = open_store(store_url)
    assert added(store, TALKS) == [True]
    assert added(store, FLOOD, TALKS, BRIDGE) == [True, False, True]
    assert [a.id for a in store.articles()] == sorted([BRIDGE.id, TALKS.id, FLOOD.id])
    assert [s for s, _ in store.signatures()] == sorted([BRIDGE.id, TALKS.id, FLOOD.id])
    store.close()


def test_sources_are_kept_once_each(store_url):
    store = open_store(store_url)
    added(store, BRIDGE)
    store.add_source("kopie/bruecke.txt", BRIDGE.id)
    store.add_source("kopie/bruecke.txt", BRIDGE.id)
    added(store, article(BRIDGE.text, source="noch-eine-kopie.txt"))
    rows = store.conn.execute("SELECT source, article_id FROM article_sources ORDER BY source").fetchall()
    assert [tuple(r) for r in rows] == [("bruecke.txt", BRIDGE.id), ("kopie/bruecke.txt", BRIDGE.id),
                                        ("noch-eine-kopie.txt", BRIDGE.id)]
    assert store.articles() == [BRIDGE]  # the first source stays the article's own
    store.close()


def test_analyses_and_signatures_stream_page_by_page(store_url, monkeypatch):
    monkeypatch.setattr(chronik.store.sql, "PAGE_ROWS", 2)
    store = open_store(store_url)
    texts = [article(f"Meldung Nummer {n} über den Fluss.") for n in range(5)]
    added(store, *texts)
    assert [a.article_id for a in store.analyses()] == sorted(a.id for a in texts)
    assert list(store.signatures()) == sorted((a.id, a.id.encode()) for a in texts)
    store.close()


def test_article_metas_leave_the_text_out_and_texts_are_read_by_id_page_by_page(store_url, monkeypatch):
    monkeypatch.setattr(chronik.store.sql, "PAGE_ROWS", 2)
    store = open_store(store_url)
    added(store, BRIDGE, TALKS, FLOOD)
    metas = store.article_metas()
    assert [m.id for m in metas] == sorted([BRIDGE.id, TALKS.id, FLOOD.id])
    assert next(m for m in metas if m.id == BRIDGE.id) == ArticleMeta(
        id=BRIDGE.id, source="bruecke.txt", title="Brückenbau am Tumen", published="2025-12-27", authors=(),
        agencies=(), language="de", outlet=None, url=None)
    asked = [FLOOD.id, "missing", BRIDGE.id, TALKS.id, FLOOD.id]
    assert list(store.texts(asked)) == sorted([(FLOOD.id, FLOOD.text), (BRIDGE.id, BRIDGE.text),
                                               (TALKS.id, TALKS.text)])
    assert list(store.texts([])) == []
    store.close()


def test_analyses_read_only_the_parts_asked_for_and_share_equal_strings(store_url):
    store = open_store(store_url)
    pjoengjang = [Mention(start=34, end=43, text="Pjöngjang", label="LOC", sentence=0)]
    talks = Analysis(article_id=TALKS.id, mentions=tuple(pjoengjang),
                     timexes=(Timex(start=28, end=34, text="Montag", type="date", value="2025-08-11", sentence=0),))
    river = Analysis(article_id=FLOOD.id, mentions=(Mention(start=27, end=32, text="Fluss", label="LOC", sentence=0),))
    store.add_batch([(TALKS, talks, b"t"), (FLOOD, river, b"f")])
    read = sorted(store.analyses(("mentions",)), key=lambda x: x.article_id)
    assert read == sorted([Analysis(article_id=TALKS.id, mentions=talks.mentions), river], key=lambda x: x.article_id)
    assert list(store.analyses()) == sorted([talks, river], key=lambda x: x.article_id)
    first, second = (a.mentions[0] for a in read)
    assert first.label is second.label  # one "LOC" for both articles
    store.close()


def test_links_are_replaced_per_kind_and_listed_in_byte_order(store_url):
    store = open_store(store_url)
    store.replace_links({"entity": [{"id": "a", "name": "Pjöngjang"}, {"id": "B", "name": "Tumen"},
                                    {"id": "_x", "name": "Kim"}],
                         "event": [{"id": "e1", "label": "Treffen"}]})
    # Byte order (B < _x < a) on every database, whatever its collation.
    assert [r["id"] for r in store.links("entity")] == ["B", "_x", "a"]
    assert store.links("entity")[2] == {"id": "a", "name": "Pjöngjang"}
    store.replace_links({"entity": [{"id": "c", "name": "Wladimir Putin"}]})
    assert store.links("entity") == [{"id": "c", "name": "Wladimir Putin"}]
    assert store.links("event") == [{"id": "e1", "label": "Treffen"}]
    assert store.links("story") == []
    store.close()


def test_replacing_links_writes_only_the_rows_that_changed(store_url, monkeypatch):
    store = open_store(store_url)
    store.replace_links({"entity": [{"id": "a", "name": "Pjöngjang"}, {"id": "b", "name": "Tumen"},
                                    {"id": "c", "name": "Kim"}]})
    written = []
    real = store._executemany

    def executemany(stmt, rows):  # the rows may come as an iterator: keep what was written
        written.append(list(rows))
        real(stmt, written[-1])

    monkeypatch.setattr(store, "_executemany", executemany)
    store.replace_links({"entity": [{"id": "a", "name": "Pjöngjang"}, {"id": "b", "name": "Tumen-Fluss"},
                                    {"id": "d", "name": "Wladimir Putin"}]})
    assert written == [[("entity", "c")],  # gone
                       [("entity", "b", '{"id":"b","name":"Tumen-Fluss"}'),  # changed
                        ("entity", "d", '{"id":"d","name":"Wladimir Putin"}')]]  # new
    assert store.links("entity") == [{"id": "a", "name": "Pjöngjang"}, {"id": "b", "name": "Tumen-Fluss"},
                                     {"id": "d", "name": "Wladimir Putin"}]
    store.close()


def test_records_are_replaced_by_id_and_kept_apart_by_kind(store_url):
    store = open_store(store_url)
    store.put_records("correction", [{"id": "b", "v": 1}, {"id": "a", "v": 2}, {"id": "B", "v": "Ä"}])
    store.put_records("correction", [{"id": "b", "v": 3}])
    store.put_records("version", [{"id": "a", "v": 9}])
    assert store.records("correction") == [{"id": "B", "v": "Ä"}, {"id": "a", "v": 2}, {"id": "b", "v": 3}]
    store.replace_links({"entity": []})  # linking leaves records alone
    store.delete_records("correction", ["a", "B", "not-there"])
    assert store.records("correction") == [{"id": "b", "v": 3}]
    assert store.records("version") == [{"id": "a", "v": 9}]
    assert store.records("nothing") == []
    assert store.record_ids("correction") == {"b"}
    assert store.record_ids("nothing") == set()
    store.close()


def test_search_folds_umlauts_and_sharp_s(store_url):
    store = open_store(store_url)
    added(store, BRIDGE, TALKS, FLOOD)
    for query in ("Straßenbrücke", "strassenbruecke", "Strassenbrücke", "STRASSENBR", "Länder Fluss",
                  "brückenbau"):
        assert [h.article_id for h in store.search(query)] == [BRIDGE.id], query
    hit = store.search("Straßenbrücke")[0]
    assert (hit.published, hit.title, hit.source) == ("2025-12-27", "Brückenbau am Tumen", "bruecke.txt")
    assert hit.snippet == "Aktuell bauen die beiden Länder eine [Strassenbrücke] über den Fluss."
    assert [h.article_id for h in store.search("Pjöngjang")] == [TALKS.id]
    assert store.search("Aussenminister")[0].snippet.startswith("Die [Außenminister] trafen")
    assert sorted(h.article_id for h in store.search("Fluss")) == sorted([BRIDGE.id, FLOOD.id])
    assert len(store.search("Fluss", limit=1)) == 1
    assert store.search("Kremlchef") == []
    assert store.search("  ... !? ") == []
    store.close()


def test_search_without_snippets_finds_the_same_hits(store_url):
    store = open_store(store_url)
    added(store, BRIDGE, TALKS, FLOOD)
    bare = store.search("Fluss", snippets=False)
    assert [h.article_id for h in bare] == [h.article_id for h in store.search("Fluss")]
    assert {h.snippet for h in bare} == {""}
    store.close()


def test_search_reads_only_the_articles_linking_kept(store_url):
    store = open_store(store_url)
    added(store, BRIDGE, FLOOD)
    store.replace_links({"article": [{"id": FLOOD.id}]})  # BRIDGE's text was replaced by a later version
    assert [h.article_id for h in store.search("Fluss")] == [FLOOD.id]
    assert store.search("Straßenbrücke") == []
    store.close()


def test_linking_is_one_transaction(store_url):
    store = open_store(store_url)
    store.replace_links({"entity": [{"id": "e", "name": "Kim"}]})
    with pytest.raises(RuntimeError):
        with store.linking():
            store.replace_links({"entity": [{"id": "f", "name": "Putin"}]})
            assert store.links("entity") == [{"id": "f", "name": "Putin"}]  # seen inside
            raise RuntimeError("linking failed midway")
    assert store.links("entity") == [{"id": "e", "name": "Kim"}]  # rolled back
    with store.linking():
        store.replace_links({"entity": [{"id": "f", "name": "Putin"}]})
        added(store, FLOOD)
    assert store.links("entity") == [{"id": "f", "name": "Putin"}]
    assert store.has_article(FLOOD.id)
    store.close()


def test_threads_sharing_a_store_keep_their_transactions_apart(store_url):
    store = open_store(store_url)
    inside = threading.Event()
    release = threading.Event()

    def link():
        with store.linking():
            store.replace_links({"entity": [{"id": "e", "name": "Kim"}]})
            inside.set()
            release.wait(10)

    linker = threading.Thread(target=link)
    linker.start()
    assert inside.wait(10)
    writer = threading.Thread(target=store.put_records, args=("correction", [{"id": "c"}]))
    writer.start()
    writer.join(0.3)
    assert writer.is_alive()  # waits for the other thread's transaction
    release.set()
    linker.join(10)
    writer.join(10)
    assert store.records("correction") == [{"id": "c"}]
    assert store.links("entity") == [{"id": "e", "name": "Kim"}]
    store.close()


def test_read_only_store_reads_and_refuses_writes(store_url):
    with open_store(store_url) as store:
        added(store, BRIDGE)
    with open_store(store_url, read_only=True) as store:
        assert store.articles() == [BRIDGE]
        assert [h.article_id for h in store.search("Brücke")] == [BRIDGE.id]
        for write in (lambda: added(store, FLOOD), lambda: store.put_records("correction", [{"id": "c"}]),
                      lambda: store.replace_links({"entity": []}), store.linking,
                      lambda: store.add_source("x.txt", BRIDGE.id), lambda: store.delete_records("c", ["c"])):
            with pytest.raises(StoreError, match="is open read-only"):
                write()


def test_empty_database_is_refused_read_only(store_url):
    raw_sql(store_url)  # creates the empty SQLite file; the PostgreSQL database exists already
    with pytest.raises(StoreError, match=r"is empty; build it first with 'chronik build PATH --db "):
        open_store(store_url, read_only=True)


def test_newer_store_is_refused(store_url):
    open_store(store_url).close()
    raw_sql(store_url, "UPDATE meta SET value='99' WHERE key='schema_version'")
    with pytest.raises(StoreError, match=r"written by a newer chronik \(schema 99, this one reads 5\); upgrade"):
        open_store(store_url)


def test_foreign_database_is_refused(store_url):
    raw_sql(store_url, "CREATE TABLE t (x TEXT)")
    with pytest.raises(StoreError, match="but not a chronik store; choose another --db"):
        open_store(store_url)


def test_schema_1_store_is_migrated_and_keeps_its_articles(store_url):
    with open_store(store_url) as store:
        added(store, BRIDGE)
    raw_sql(store_url, "DROP TABLE duplicate_bands", "DROP TABLE records", "ALTER TABLE articles DROP COLUMN url",
            "ALTER TABLE analyses DROP COLUMN version", "UPDATE meta SET value='1' WHERE key='schema_version'")
    with pytest.raises(StoreError, match="has schema 1; run 'chronik build' on it once to upgrade it"):
        open_store(store_url, read_only=True)
    with open_store(store_url) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.articles() == [BRIDGE]
        store.put_records("correction", [{"id": "c1", "action": "reject"}])
        assert store.records("correction") == [{"id": "c1", "action": "reject"}]


def test_schema_2_store_gets_the_url_column_and_keeps_its_articles(store_url):
    with open_store(store_url) as store:
        added(store, BRIDGE, TALKS)
    raw_sql(store_url, "DROP TABLE duplicate_bands", "ALTER TABLE articles DROP COLUMN url",
            "ALTER TABLE analyses DROP COLUMN version", "UPDATE meta SET value='2' WHERE key='schema_version'")
    with pytest.raises(StoreError, match="has schema 2; run 'chronik build' on it once to upgrade it"):
        open_store(store_url, read_only=True)
    page = article("Der Stadtrat hat am Dienstag den Haushalt beschlossen.", source="seite.html",
                   url="https://example.org/stadtrat-haushalt")
    with open_store(store_url) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.articles() == sorted([BRIDGE, TALKS], key=lambda a: a.id)  # url None, as before
        assert added(store, page, BRIDGE) == [True, False]
        assert store.article(page.id).url == "https://example.org/stadtrat-haushalt"
    with open_store(store_url) as store:  # migrated once: opening again changes nothing
        assert store.schema_version() == SCHEMA_VERSION
        assert len(store.articles()) == 3


def test_schema_3_store_gets_the_analysis_version_and_its_rows_are_stale(store_url):
    """Analyses stored before versions were kept have none: the next build makes them again."""
    with open_store(store_url) as store:
        added(store, BRIDGE, TALKS)
    raw_sql(store_url, "DROP TABLE duplicate_bands", "ALTER TABLE analyses DROP COLUMN version",
            "UPDATE meta SET value='3' WHERE key='schema_version'")
    with pytest.raises(StoreError, match="has schema 3; run 'chronik build' on it once to upgrade it"):
        open_store(store_url, read_only=True)
    with open_store(store_url) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.stale_analyses("v2") == sorted([BRIDGE.id, TALKS.id])
        store.replace_analyses([Analysis(article_id=BRIDGE.id, version="v2")])
        assert store.stale_analyses("v2") == [TALKS.id]
        assert store.analysis(BRIDGE.id) == Analysis(article_id=BRIDGE.id)


def test_schema_4_store_gets_an_empty_near_duplicate_index(store_url):
    """A store linked before the index was kept has none: the next link files every article."""
    with open_store(store_url) as store:
        added(store, BRIDGE, TALKS)
    raw_sql(store_url, "DROP TABLE duplicate_bands", "UPDATE meta SET value='4' WHERE key='schema_version'")
    with pytest.raises(StoreError, match="has schema 4; run 'chronik build' on it once to upgrade it"):
        open_store(store_url, read_only=True)
    with open_store(store_url) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.banded_ids() == set()
        assert len(store.articles()) == 2


def test_signatures_are_read_by_id_page_by_page(store_url, monkeypatch):
    monkeypatch.setattr(chronik.store.sql, "PAGE_ROWS", 2)
    store = open_store(store_url)
    added(store, BRIDGE, TALKS, FLOOD)
    asked = [FLOOD.id, "missing", BRIDGE.id, TALKS.id, FLOOD.id]
    assert list(store.signatures(asked)) == sorted((a.id, a.id.encode()) for a in (FLOOD, BRIDGE, TALKS))
    assert list(store.signatures([])) == []
    store.close()


def test_the_near_duplicate_index_files_finds_and_forgets_articles(store_url, monkeypatch):
    monkeypatch.setattr(chronik.store.sql, "PAGE_ROWS", 2)
    store = open_store(store_url)
    big = -(1 << 63)  # buckets are signed 64-bit numbers, the least of them too
    store.put_bands([(BRIDGE.id, 0, 7), (BRIDGE.id, 1, big), (TALKS.id, 0, 7), (TALKS.id, 1, 9),
                     (FLOOD.id, 0, 8), (FLOOD.id, 1, big)])
    assert store.banded_ids() == {BRIDGE.id, TALKS.id, FLOOD.id}
    assert list(store.band_members([7, big, 5])) == sorted([(7, BRIDGE.id), (7, TALKS.id), (big, BRIDGE.id),
                                                           (big, FLOOD.id)])
    store.put_bands([(TALKS.id, 0, 5)])  # an article's band filed again takes its new bucket
    assert list(store.band_members([5, 7])) == [(5, TALKS.id), (7, BRIDGE.id)]
    store.delete_bands([BRIDGE.id, "missing"])
    assert store.banded_ids() == {TALKS.id, FLOOD.id}
    assert list(store.band_members([7, big])) == [(big, FLOOD.id)]
    store.delete_bands()
    assert store.banded_ids() == set() and list(store.band_members([5, 8, 9, big])) == []
    store.close()
