"""``basis`` and ``needs_review`` on every item kind of the seeds, and the review queue
(the seeds plus a later article of mine that contradicts a casualty figure)."""
import json
import re
import shutil
from pathlib import Path

import pytest

import chronik
from chronik.review import correct
from chronik.review.basis import quote_basis
from tests.conftest import SEEDS
from tests.review.runner import out

LATER = Path(__file__).parent / "data" / "005_later.txt"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("later")
    pile = folder / "pile"
    shutil.copytree(SEEDS, pile)
    shutil.copy(LATER, pile)
    out("build", pile, "--db", folder / "l.db")
    return folder / "l.db", json.loads(out("export", "--db", folder / "l.db"))


def by_text(rows, text):
    return next(r for r in rows if r["text"] == text)


@pytest.mark.parametrize("text, basis, review", [
    ("könnte Putin Kim Jong Uns Haltung in Bezug auf Trumps Interessen bezüglich Nordkorea vermitteln",
     ["speaker_pronoun"], True),
    ("die stabilste Kameradschaft und eine umfassende strategische Partnerschaft", ["speaker_role"], True),
    ("heldenhaft", ["text"], False),
])
def test_quote_basis(built, text, basis, review):
    q = by_text(built[1]["quotes"], text)
    assert (q["basis"], q["needs_review"], q["reviewed"]) == (basis, review, None)


def test_a_quote_without_speaker_is_marked_but_not_queued():
    assert quote_basis({"speaker_basis": None, "speaker_name": None}, None) == ["speaker_unknown"]


@pytest.mark.parametrize("label, date, basis, review", [
    ("Putin: Treffen mit Kim Jong Un in Peking", "2025-09-03", ["date_published"], True),
    # "2024" in one report, "autumn 2024" in another: only more precise; the place differs
    ("Nordkorea entsendet nach Russland", "2024-FA", ["merged_differing"], True),
    ("Nordkorea bestätigt Einsatz", "2025-04", ["text"], False),
    ("Lawrow: Treffen mit Choe Son Hui", None, ["undated"], False),
    ("Telefonat zwischen Putin und Kim Jong Un", "2025-08-12", ["text"], False),
])
def test_event_basis(built, label, date, basis, review):
    e = next(e for e in built[1]["events"] if e["label"] == label and e["date"] == date)
    assert (e["basis"], e["needs_review"]) == (basis, review)


def test_differing_reports_are_counted_in_sources(built):
    e = next(e for e in built[1]["events"] if e["date"] == "2024-FA")
    variants = [(v["field"], v["value"], v["sources"]) for v in e["variants"]]
    assert variants == [("place", "Kursk", 1), ("place", "Russland", 3)]


@pytest.mark.parametrize("text, basis, review", [
    ("Tausende Nordkoreaner", ["vague", "as_of_published"], True),
    ("6000 Nordkoreaner", ["as_of_published"], True),  # in a conflict with the later article
    ("zwischen 10.000 und 12.000 Soldaten", ["text"], False),
])
def test_figure_basis(built, text, basis, review):
    f = by_text(built[1]["figures"], text)
    assert (f["basis"], f["needs_review"]) == (basis, review)


@pytest.mark.parametrize("text, value, basis", [
    ("Dienstag", "2025-08-12", "relative_published"),
    ("15. August 1945", "1945-08-15", "text"),
    ("vergangenen Samstag", "XXXX-WXX-6", "unresolved"),
    ("vergangenen Jahren", "PXY", "text"),
])
def test_timex_basis(built, text, value, basis):
    t = next(t for t in built[1]["timexes"] if t["text"] == text and t["value"] == value)
    assert t["basis"] == basis


def test_review_lists_conflicts_first_then_items_in_many_articles(built):
    lines = out("review", "--db", built[0], "--limit", "4").splitlines()
    assert lines[0] == "28 items need review, the 4 most consequential first"
    heads = [line.split() for line in lines if re.match(r"^ +\d+\. ", line)]
    assert [h[:2] for h in heads] == [["1.", "figure"], ["2.", "figure"], ["3.", "figure"], ["4.", "figure"]]
    assert lines[2].endswith("rund 4000 nordkoreanische Soldaten (killed soldiers (Nordkorea))")
    assert lines[3] == ("     why: in a series of 5 figures; conflicts with 'mehr als 6000 nordkoreanische Soldaten' "
                       "(1 source against 1); conflicts with '6000 Nordkoreaner' (1 source against 1)")
    assert lines[4].startswith("     1 independent source in 1 article: 2025-12-30 ")
    assert lines[4].endswith("005_later.txt (dpa [agency])")


def test_review_json_and_kind_filter_and_an_accepted_item_leaves(built, tmp_path):
    db = tmp_path / "l.db"
    shutil.copy(built[0], db)
    items = json.loads(out("review", "--db", db, "--kind", "quote", "--format", "json", "--limit", "0"))
    assert {i["kind"] for i in items} == {"quote"} and len(items) == 7
    assert [i["weight"] for i in items] == sorted((i["weight"] for i in items), reverse=True)
    with chronik.open(str(db)) as chron:
        correct(chron.store, "accept", [items[0]["id"]])
        left = [i.id for i in chron.review(("quote",))]
    assert left == [i["id"] for i in items[1:]]


def test_the_timeline_shows_where_sources_disagree(built):
    lines = out("timeline", "--db", built[0], "--from", "2024", "--to", "2024").splitlines()
    at = lines.index("2024-FA     Nordkorea entsendet nach Russland  (4 articles, 4 independent sources)")
    assert lines[at + 1] == "            sources disagree: place Kursk (1 source) vs Russland (3 sources)"
