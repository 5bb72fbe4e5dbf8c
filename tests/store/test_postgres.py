"""What only the PostgreSQL store does: a server, a session, German text search, advisory locks."""
import sys
import threading

import pytest

from chronik.errors import StoreError
from chronik.records import Analysis
from chronik.store import open_store
from chronik.store.postgres import INSTALL_HINT, redact
from tests.conftest import _free_port, _with_path
from tests.store.test_store import BRIDGE, FLOOD, TALKS, added

psycopg = pytest.importorskip("psycopg", reason="the PostgreSQL store needs psycopg (pip install 'chronik[postgres]')")


def test_read_only_store_is_a_read_only_session(postgres_url):
    open_store(postgres_url).close()
    with open_store(postgres_url, read_only=True) as store:
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            store.conn.execute("UPDATE meta SET value='3' WHERE key='schema_version'")


def test_search_uses_german_stems_and_stop_words(postgres_url):
    with open_store(postgres_url) as store:
        added(store, BRIDGE, TALKS, FLOOD)
        # "Brücken" and "Brücke" share the stem "brueck"; a prefix alone would
        # miss "Brücke" (SQLite does), the stem finds it and "Brückenbau".
        assert sorted(h.article_id for h in store.search("Brücken")) == sorted([TALKS.id, BRIDGE.id])
        assert [h.snippet for h in store.search("Brücken") if h.article_id == TALKS.id] == [
            "…inister trafen sich am Montag in Pjöngjang. Über die [Brücke] sprachen sie nicht."]
        # Stop words are dropped from the query, not required in the text.
        assert [h.article_id for h in store.search("die Hochwasser")] == [FLOOD.id]
        assert store.search("und die") == []
        stored = store.conn.execute("SELECT document FROM articles_fts WHERE article_id = %s", (FLOOD.id,))
        assert stored.fetchone()[0] == "'fluss':6 'hochwass':3 'ruhig':8"  # folded, stemmed, no stop words


def test_ids_sort_by_bytes_in_a_german_collated_database(postgres_url):
    with open_store(postgres_url) as store:
        german_first = store.conn.execute("SELECT 'a' < 'B'").fetchone()[0]
        if not german_first:
            pytest.skip("this test server's default collation already sorts by bytes")
        store.put_records("correction", [{"id": "a"}, {"id": "B"}])
        assert [r["id"] for r in store.records("correction")] == ["B", "a"]


def waits_for_linking(linker, action) -> None:
    """Run ``action`` (on another connection) while ``linker`` links: it must
    wait until linking commits, then finish."""
    done = threading.Event()

    def act():
        action()
        done.set()

    with linker.linking():
        linker.replace_links({"entity": [{"id": "e", "name": "Kim"}]})
        thread = threading.Thread(target=act)
        thread.start()
        assert not done.wait(0.5)
    assert done.wait(10)
    thread.join()


def test_a_batch_waits_while_another_build_links(postgres_url):
    linker, writer = open_store(postgres_url), open_store(postgres_url)
    waits_for_linking(linker, lambda: added(writer, BRIDGE))
    assert linker.has_article(BRIDGE.id)
    linker.close()
    writer.close()


def test_one_linking_at_a_time(postgres_url):
    first, second = open_store(postgres_url), open_store(postgres_url)

    def link_again():
        with second.linking():
            second.replace_links({"entity": [{"id": "f", "name": "Putin"}]})

    waits_for_linking(first, link_again)
    assert first.links("entity") == [{"id": "f", "name": "Putin"}]  # the later linking wins whole
    first.close()
    second.close()


def test_concurrent_batches_of_the_same_articles_store_each_once(postgres_url):
    """Two sessions insert overlapping batches in opposite orders at once: no
    deadlock, no duplicate, and each article is new for exactly one of them."""
    one, two = open_store(postgres_url), open_store(postgres_url)
    items = [(a, Analysis(article_id=a.id), b"") for a in (BRIDGE, TALKS, FLOOD)]
    flags: dict[str, list[bool]] = {}
    start = threading.Barrier(2)

    def insert(name, store, batch):
        start.wait()
        flags[name] = store.add_batch(batch)

    threads = [threading.Thread(target=insert, args=("one", one, items)),
               threading.Thread(target=insert, args=("two", two, items[::-1]))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert [a + b for a, b in zip(flags["one"], flags["two"][::-1])] == [1, 1, 1]
    assert one.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
    assert one.conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 3
    one.close()
    two.close()


def test_unreachable_server_is_one_line_without_the_password():
    port = _free_port()  # nothing listens there
    with pytest.raises(StoreError) as err:
        open_store(f"postgresql://chronik:geheim@127.0.0.1:{port}/archiv", read_only=True)
    message = str(err.value)
    assert message.startswith(f"cannot connect to the PostgreSQL store postgresql://chronik:***@127.0.0.1:{port}"
                              "/archiv: connection failed: ")
    assert "Connection refused" in message
    assert "\n" not in message and "geheim" not in message


def test_missing_database_is_one_line(postgres_server):
    url = _with_path(postgres_server.admin_url, "/gibt_es_nicht")
    with pytest.raises(StoreError, match=r'^cannot connect to the PostgreSQL store postgresql://\S*/gibt_es_nicht\S*: '
                                         r'.*database "gibt_es_nicht" does not exist$'):
        open_store(url)


def test_missing_driver_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if psycopg were not installed
    with pytest.raises(StoreError) as err:
        open_store("postgresql://chronik@localhost/archiv")
    assert str(err.value) == ("--db postgresql://chronik@localhost/archiv needs the PostgreSQL driver psycopg; "
                              "pip install 'chronik[postgres]'")
    assert INSTALL_HINT in str(err.value)


def test_redact_hides_only_the_password():
    assert redact("postgresql://u:pw@db.example:5433/x?sslmode=require") == \
        "postgresql://u:***@db.example:5433/x?sslmode=require"
    assert redact("postgresql://u@/x?host=/run/postgresql") == "postgresql://u@/x?host=/run/postgresql"
