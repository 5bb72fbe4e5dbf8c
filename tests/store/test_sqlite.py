"""What only the SQLite store does: a file on disk, and text folding helpers."""
import pytest

from chronik.errors import StoreError
from chronik.store import open_store
from chronik.store.folding import fold, fts_query, snippet, tsquery


def test_fold_and_snippet():
    assert fold("Straßenbrücke Über") == "strassenbruecke ueber"
    assert snippet("Ein Satz über Öl.", "Oel") == "Ein Satz über [Öl]."


def test_queries_for_both_engines():
    assert fts_query("Straßen-Brücke") == '"strassen"* AND "bruecke"*'
    assert tsquery("Straßen-Brücke") == "'strassen':* & 'bruecke':*"
    assert fts_query("?!") == tsquery("?!") == ""


def test_read_only_store_must_exist(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        open_store(str(tmp_path / "missing.db"), read_only=True)


def test_a_file_that_is_not_sqlite_is_one_line(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("Das ist keine Datenbank, sondern eine Notiz.\n" * 200, encoding="utf-8")
    with pytest.raises(StoreError, match=r"^cannot open the store .*notes\.db: file is not a database "
                                         r"\(is it a chronik SQLite file\?\)$"):
        open_store(str(path))


def test_files_lists_the_database_and_its_journals(tmp_path):
    path = str(tmp_path / "s.db")
    with open_store(path) as store:
        assert store.files() == [path, path + "-wal", path + "-shm", path + "-journal"]
