import json

from click.testing import CliRunner

from chronik.cli import cli
from chronik.link.duplicates import find_duplicates, signature
from tests.conftest import seed


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
    from datasketch import MinHashLSH

    from chronik.link.duplicates import BAND_ROWS, BANDS, DUPLICATE_THRESHOLD, NUM_PERM

    lsh = MinHashLSH(threshold=DUPLICATE_THRESHOLD, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (BANDS, BAND_ROWS)


def _lsh_duplicates(sigs, order):
    """What the finder answered when it used datasketch's LSH index itself."""
    from datasketch import MinHashLSH

    from chronik.link.duplicates import DUPLICATE_THRESHOLD, NUM_PERM, _minhash

    lsh = MinHashLSH(threshold=DUPLICATE_THRESHOLD, num_perm=NUM_PERM)
    hashes = {i: _minhash(s) for i, s in sigs}
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
