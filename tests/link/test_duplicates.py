import csv
import json

import numpy as np
import pytest
from click.testing import CliRunner

from chronik.cli import cli
from chronik.link.duplicates import NUM_PERM, _shingles, candidate_pairs, find_duplicates, signature
from tests.conftest import SEEDS, seed, shared_data


def _reference_minhash(sig: bytes | None = None, text: str | None = None):
    """datasketch's MinHash of the scheme chronik stored before it computed
    signatures itself (datasketch stays the reference, in the test extra)."""
    datasketch = pytest.importorskip("datasketch")
    if sig is not None:
        return datasketch.MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32",
                                  hashvalues=np.frombuffer(sig, dtype="<u8"))
    m = datasketch.MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32")
    m.update_batch(sorted(_shingles(text)))
    return m


def _reference_signature(text: str) -> bytes:
    return _reference_minhash(text=text).hashvalues.astype("<u8").tobytes()


SAMPLES = 166  # 5 seeds, 158 distinct parts of them, 3 short texts


def test_signature_is_datasketchs_byte_for_byte_on_the_seeds():
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    parts = {p for t in texts for p in t.split("\n\n") + t.split(". ") + t.splitlines() if p.strip()}
    # whole articles, every paragraph, sentence and line alone (down to one-
    # to four-word lines: one shingle of all words), the empty text
    samples = texts + sorted(parts) + ["", "Berlin", "Über die Brücke"]
    assert len(samples) == SAMPLES
    for text in samples:
        assert signature(text) == _reference_signature(text), text[:60]
    empty = b"\xff\xff\xff\xff\0\0\0\0" * NUM_PERM  # no shingle at all: every value at its maximum
    assert signature("") == _reference_signature("") != empty  # the empty text is one (empty) shingle


def test_signature_is_datasketchs_byte_for_byte_on_10kgnad_articles():
    with open(shared_data("10kgnad/test.csv"), encoding="utf-8", newline="") as f:
        texts = [row[1] for row in csv.reader(f, delimiter=";", quotechar="'")][:300]
    assert len(texts) == 300
    assert [signature(t) for t in texts] == [_reference_signature(t) for t in texts]


SEED_001_FIRST_VALUES = [47000875, 4236440, 9614878, 3522818]


def test_signature_of_a_seed_is_the_stored_value():
    """Pinned bytes (datasketch 2.0's affine32 MinHash, seed 1), so the
    scheme cannot drift even where datasketch is not installed."""
    sig = np.frombuffer(signature(seed("001").read_text(encoding="utf-8")), dtype="<u8")
    assert len(sig) == NUM_PERM
    assert sig[:4].tolist() == SEED_001_FIRST_VALUES


def test_agency_copy_with_small_edits_is_linked_not_merged(tmp_path):
    original = seed("001").read_text(encoding="utf-8")
    edited = original.replace("Von afp 15.08.2025 - 16:38 Uhr", "Von afp 16.08.2025 - 09:10 Uhr").replace(
        "Tausende Nordkoreaner kämpfen für Russland", "Tausende Soldaten aus Nordkorea kämpfen für Russland")
    (tmp_path / "a.txt").write_text(original, encoding="utf-8")
    (tmp_path / "b.txt").write_text(edited, encoding="utf-8")
    (tmp_path / "c.txt").write_text(seed("003").read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "s.db"
    assert CliRunner().invoke(cli, ["build", str(tmp_path), "--db", str(db)]).output.strip().endswith(
        "3 articles added, 0 duplicates, 0 files skipped")
    doc = json.loads(CliRunner().invoke(cli, ["export", "--db", str(db)]).output)
    by_name = {a["source"].rsplit("/", 1)[-1]: a for a in doc["articles"]}
    assert by_name["a.txt"]["duplicate_of"] is None
    assert by_name["b.txt"]["duplicate_of"] == by_name["a.txt"]["id"]  # the later copy points to the earlier
    assert by_name["c.txt"]["duplicate_of"] is None


def test_original_is_the_earliest_whatever_the_order():
    text = " ".join(f"Satz Nummer {i} über den Gipfel in der Hauptstadt." for i in range(40))
    sigs = [("x", signature(text)), ("y", signature(text + " Ein Zusatz."))]
    order = {"x": ("2025-02-01", "x"), "y": ("2025-01-01", "y")}
    assert find_duplicates(sigs, order) == {"x": "y"}
    assert find_duplicates(list(reversed(sigs)), order) == {"x": "y"}


def test_bands_are_the_ones_datasketch_picks_for_the_threshold():
    MinHashLSH = pytest.importorskip("datasketch").MinHashLSH

    from chronik.link.duplicates import BAND_ROWS, BANDS, DUPLICATE_THRESHOLD, NUM_PERM

    lsh = MinHashLSH(threshold=DUPLICATE_THRESHOLD, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (BANDS, BAND_ROWS)


def _lsh_duplicates(sigs, order):
    """What the finder answered when it used datasketch's LSH index itself."""
    MinHashLSH = pytest.importorskip("datasketch").MinHashLSH

    from chronik.link.duplicates import DUPLICATE_THRESHOLD

    lsh = MinHashLSH(threshold=DUPLICATE_THRESHOLD, num_perm=NUM_PERM)
    hashes = {i: _reference_minhash(s) for i, s in sigs}
    for i in sorted(hashes):
        lsh.insert(i, hashes[i])
    result = {}
    for i in sorted(hashes):
        found = [c for c in lsh.query(hashes[i]) if c != i and hashes[i].jaccard(hashes[c]) >= DUPLICATE_THRESHOLD]
        original = min(found + [i], key=order.__getitem__)
        if found and original != i:
            result[i] = original
    return result


def test_band_index_answers_what_the_lsh_index_answered():
    sentences = [f"Der Rat der Stadt {w} beschloss am Dienstag {n} neue Wohnungen am Rand des Viertels."
                 for w in ("Linz", "Graz", "Wels", "Steyr") for n in ("zwölf", "vierzig", "hundert")]
    texts = {}
    for k in range(24):  # overlapping runs of sentences: some near-duplicates, some far apart
        texts[f"a{k:02d}"] = " ".join(sentences[(k // 3):(k // 3) + 5 + k % 3])
    sigs = [(i, signature(t)) for i, t in sorted(texts.items())]
    order = {i: (f"2025-01-{31 - int(i[1:]):02d}", i) for i in texts}
    expected = _lsh_duplicates(sigs, order)
    assert expected  # the texts do hold near-duplicates
    assert find_duplicates(sigs, order) == expected


def test_signatures_and_bands_load_neither_datasketch_nor_scipy():
    import subprocess
    import sys

    code = ("import sys; from chronik.link.duplicates import find_duplicates, signature; "
            "from chronik.review.sources import _similar_pairs; s = signature('Ein Satz aus fünf Wörtern hier.'); "
            "find_duplicates([('a', s), ('b', s)], {'a': (1,), 'b': (2,)}); "
            "list(_similar_pairs({'a': {'dpa'}, 'b': {'dpa'}}, [('a', s), ('b', s)])); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('datasketch', 'scipy')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=SEEDS.parents[1])
    assert done.stdout.strip() == "[]"


# -- the kept index: a link reads what is new, and answers what a full one does ----------------

_COUNCIL = [f"Der Rat der Stadt {w} beschloss am {d} {n} neue Wohnungen am Rand des Viertels."
            for w in ("Linz", "Graz", "Wels", "Steyr") for d in ("Dienstag", "Freitag") for n in ("zwölf", "hundert")]


def _council(k: int) -> str:
    """Overlapping runs of sentences: neighbours are near-duplicates, runs far apart are not."""
    return " ".join(_COUNCIL[(k // 3):(k // 3) + 5 + k % 3])


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "s.db")
    return request.getfixturevalue("postgres_url")


class _Reads:
    """The ids whose signatures a store was asked for, by id."""

    def __init__(self, store, monkeypatch) -> None:
        self.ids: list[str] = []
        read = store.signatures

        def signatures(ids=None):
            assert ids is not None, "the kept index never reads every signature"
            ids = list(ids)
            self.ids.extend(ids)
            return read(ids)

        monkeypatch.setattr(store, "signatures", signatures)


def test_kept_index_in_steps_equals_find_duplicates_over_the_whole_pile(store_url, monkeypatch):
    from chronik.link import duplicates
    from chronik.records import Analysis
    from chronik.store import open_store
    from tests.store.test_store import article

    monkeypatch.setattr(duplicates, "CHUNK", 3)  # a first link files the pile a chunk at a time
    texts = {f"a{k:02d}": _council(k) for k in range(24)}
    docs = {i: article(t, source=f"{i}.txt") for i, t in texts.items()}
    # publication order against id order: the later articles by id are published earlier
    order = {docs[i].id: (f"2025-01-{31 - int(i[1:]):02d}", docs[i].id) for i in docs}
    store = open_store(store_url)
    reads = _Reads(store, monkeypatch)
    current: list[str] = []
    answers = []
    for step in (range(0, 10), range(10, 18), range(18, 24)):  # later steps bring earlier-published copies
        new = [docs[f"a{k:02d}"] for k in step]
        store.add_batch([(a, Analysis(article_id=a.id), signature(a.text)) for a in new])
        current += [a.id for a in new]
        reads.ids.clear()
        with store.linking():
            found, change = duplicates.kept_duplicates(store, current, order)
        full = find_duplicates([(a, signature(docs_by_id(docs)[a].text)) for a in current], order)
        assert found == full
        answers.append(found)
        assert change.filed == len(new) and change.removed == 0
        # read: the new ones, and the kept ones that share a band with one of them
        fresh = {a.id for a in new}
        sigs = [(a, signature(docs_by_id(docs)[a].text)) for a in current]
        met = {x for pair in candidate_pairs(sigs) if set(pair) & fresh for x in pair}
        assert set(reads.ids) == fresh | met
        assert step.start == 0 or len(set(reads.ids)) < len(current)
        assert store.banded_ids() == set(current)
    # the copy published earliest arrives last and becomes the original of its group
    late, old = docs["a23"].id, docs["a22"].id
    assert answers[1].get(old) != late and answers[2][old] == late
    # an article taken out (superseded by a new version, or gone) leaves the index with its pairs
    gone = docs["a22"].id
    current.remove(gone)
    with store.linking():
        found, change = duplicates.kept_duplicates(store, current, order)
    assert found == find_duplicates([(a, signature(docs_by_id(docs)[a].text)) for a in current], order)
    assert (change.filed, change.removed, change.found) == (0, 1, 0) and change.dropped > 0
    assert gone not in store.banded_ids() and gone not in found
    # made anew (``--relink``): the same answer, and the index refreshed
    with store.linking():
        again, change = duplicates.kept_duplicates(store, current, order, resume=False)
    assert again == found and change.filed == len(current) and store.banded_ids() == set(current)
    store.close()


def docs_by_id(docs: dict) -> dict:
    return {a.id: a for a in docs.values()}


def test_an_index_kept_by_other_settings_is_made_anew(tmp_path):
    from chronik.link import duplicates
    from chronik.records import Analysis
    from chronik.store import open_store
    from tests.store.test_store import article

    docs = [article(_council(k), source=f"{k}.txt") for k in (0, 1, 2)]
    order = {a.id: ("2025-01-01", a.id) for a in docs}
    with open_store(str(tmp_path / "s.db")) as store:
        store.add_batch([(a, Analysis(article_id=a.id), signature(a.text)) for a in docs])
        with store.linking():
            first, _ = duplicates.kept_duplicates(store, [a.id for a in docs], order)
            store.put_records(duplicates.INDEX_KIND, [{"id": "stamp", "stamp": "bands 16x4"}])
            again, change = duplicates.kept_duplicates(store, [a.id for a in docs], order)
        assert first == again and first and change.filed == 3
        assert store.records(duplicates.INDEX_KIND) == [{"id": "stamp", "stamp": duplicates.index_stamp()}]


def _pile(path, rows) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_builds_in_steps_link_what_a_full_link_does(store_url, tmp_path, monkeypatch):
    """Builds that add near-duplicates step by step: a copy published earlier than the
    original arriving late, an edited article whose old text was a copy; each build's
    duplicates equal a full re-link's (``--relink``), the export too."""
    import chronik
    from chronik.export import export_document
    from chronik.link.duplicates import PAIR_KIND
    from chronik.pipeline import BuildOptions

    monkeypatch.setenv("CHRONIK_NOW", "2025-09-01T08:00:00Z")
    original = seed("001").read_text(encoding="utf-8")
    copy = original.replace("Tausende Nordkoreaner kämpfen für Russland",
                            "Tausende Soldaten aus Nordkorea kämpfen für Russland")
    other = seed("003").read_text(encoding="utf-8")
    steps = [
        [{"url": "https://a.example/1", "published": "2025-08-15", "text": original},
         {"url": "https://b.example/3", "published": "2025-08-14", "text": other}],
        # the copy, published a day before the original, arrives late: it becomes the original
        [{"url": "https://c.example/1", "published": "2025-08-14", "text": copy}],
        # the copy's page is edited into another article: its old text leaves the index
        [{"url": "https://c.example/1", "published": "2025-08-14", "text": seed("002").read_text(encoding="utf-8")}],
    ]

    def build(paths, **options):
        with chronik.open(store_url) as chron:
            chron.add([str(p) for p in paths], BuildOptions(**options))
            doc = export_document(chron.store)
            return doc, json.dumps(doc, sort_keys=True), chron.store.banded_ids(), chron.store.record_ids(PAIR_KIND)

    def duplicates(doc) -> dict[str, str]:
        url = {a["id"]: a["url"] for a in doc["articles"]}
        return {url[a["id"]]: url[a["duplicate_of"]] for a in doc["articles"] if a["duplicate_of"]}

    expected = [{}, {"https://a.example/1": "https://c.example/1"}, {}]
    for n, (rows, want) in enumerate(zip(steps, expected)):
        _pile(tmp_path / f"step{n}.jsonl", rows)
        doc, exported, banded, pairs = build([tmp_path / f"step{n}.jsonl"])
        assert duplicates(doc) == want
        assert banded == {a["id"] for a in doc["articles"]}  # the current articles, no replaced version
        assert len(pairs) == len(want)
        relinked = build([], relink=True)
        assert relinked[1] == exported and relinked[2:] == (banded, pairs)
