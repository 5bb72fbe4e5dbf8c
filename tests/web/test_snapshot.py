"""StoreView: the snapshot a server keeps, on a real SQLite store."""
from __future__ import annotations

import shutil
import threading
import time

import chronik
from chronik.web.snapshot import StoreView


def test_a_request_that_waits_out_a_write_keeps_what_it_loads(tmp_path, crafted_db):
    """A page asked for while a correction is being written waits for it, then
    loads the store once: the next page reuses that load instead of reading
    the whole store again."""
    db = tmp_path / "s.db"
    shutil.copy(crafted_db, db)
    with chronik.open(str(db)) as chron:
        view = StoreView(chron.store, writable=True)
        before = view.snapshot()
        wrote, go_on = threading.Event(), threading.Event()

        def change(store):
            store.put_records("note", [{"id": "first", "text": "written before the page asks"}])
            wrote.set()
            go_on.wait(10)
            store.put_records("note", [{"id": "second", "text": "written while the page waits"}])

        writer = threading.Thread(target=view.write, args=(change,))
        writer.start()
        assert wrote.wait(10)
        loaded = []
        reader = threading.Thread(target=lambda: loaded.append(view.snapshot()))
        reader.start()
        time.sleep(0.3)  # the reader has seen the first write and waits for the lock
        go_on.set()
        writer.join(10)
        reader.join(30)
        assert loaded[0] is not before
        assert view.snapshot() is loaded[0]
        assert [r["id"] for r in view.store.records("note")] == ["first", "second"]
