"""Link stages run part by part (issue 15): entities by the components of their name
keys, events by type family, figure series by series key. On real piles (the five
seeds, and the seeds with 10kGNAD articles, CC BY-NC-SA, read from the shared data
for tests only) the parts joined give exactly what the stage gives over the whole
pile, in this process and on pools."""
from __future__ import annotations

import csv
import multiprocessing
import shutil
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from functools import partial

import pytest
from click.testing import CliRunner

import chronik
from benchmarks.link_partitions import recording_stage_inputs
from chronik.cli import cli
from chronik.lang import load
from chronik.lang.de.names import NAME_RULES
from chronik.link import link_store
from chronik.link.entities import as_one_part, entity_partitions, join_entities, link_entities, link_part
from chronik.link.events import (
    EventReport, event_partitions, join_events, merge_events, merge_part,
)
from chronik.link.figures import SeriesPart, link_series, series_of_part, series_partitions
from chronik.link.partitions import map_partitions, pack
from chronik.records import EventMention
from chronik.review.curation import ReviewCuration, link_reviewed
from tests.link.test_entities import analysis
from tests.conftest import SEEDS, shared_data

# Every sixteenth article of 10kGNAD's test.csv: 65 articles of every section (benchmarks/link_partitions.py
# checks all 1,028 of a built store).
GNAD_STEP = 16


def _pile(folder, gnad: bool):
    folder.mkdir()
    for f in sorted(SEEDS.glob("*.txt")):
        shutil.copy(f, folder / f.name)
    if gnad:
        with open(shared_data("10kgnad/test.csv"), encoding="utf-8", newline="") as f:
            texts = [row[1] for row in csv.reader(f, delimiter=";", quotechar="'")]
        for n in range(0, len(texts), GNAD_STEP):
            (folder / f"gnad_{n + 1:04d}.txt").write_text(texts[n], encoding="utf-8")
    return folder


@pytest.fixture(scope="module", params=["seeds", "seeds+10kgnad"])
def stage_inputs(request, tmp_path_factory):
    """What a build's link hands the three stages: the arguments of ``link_entities``, the
    reports ``merge_events`` merges and the arguments of ``link_series``, recorded while
    the store is linked."""
    tmp = tmp_path_factory.mktemp("partitions")
    pile = _pile(tmp / "pile", gnad=request.param != "seeds")
    db = tmp / "p.db"
    result = CliRunner().invoke(cli, ["build", str(pile), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with recording_stage_inputs() as seen, chronik.open(str(db)) as chron:
        seen["rows"] = link_reviewed(chron.store, load("de"))
    seen["db"] = db
    return request.param, seen


def test_a_link_with_its_stages_on_a_pool_stores_the_same_rows(stage_inputs):
    _, seen = stage_inputs
    with chronik.open(str(seen["db"])) as chron, ThreadPoolExecutor(2) as pool:
        rows = link_store(chron.store, load("de"), ReviewCuration, executor=pool)
    assert rows["event"] == seen["rows"]["event"] and rows["series"] == seen["rows"]["series"]
    assert rows == seen["rows"]


def _whole_events(reports):
    """The merge of the whole pile as one part (what ``merge_events`` did before it was partitioned)."""
    return join_events({"": reports}, {"": merge_part(reports)})


def _whole_entities(args):
    """The entities of the whole pile as one part (what ``link_entities`` did before it was partitioned)."""
    return join_entities([link_part(as_one_part(entity_partitions(**args).values()), args["rules"])])


def _same_index(index, whole) -> bool:
    """Equal, and the mentions listed in the same order (stories read them in that order)."""
    return (index == whole and list(index.of_mention.items()) == list(whole.of_mention.items())
            and list(index.of_surface.items()) == list(whole.of_surface.items()))


def _whole_series(args):
    part = SeriesPart(refs=tuple(args["refs"]), duplicate_of=args["duplicate_of"] or {},
                      story_of=args["story_of"] or {})
    return series_of_part(part, args["demonyms"], args["window_days"])


def test_events_merged_part_by_part_are_the_events_of_the_whole_pile(stage_inputs):
    pile, seen = stage_inputs
    reports = seen["reports"]
    parts = event_partitions(reports)
    whole = _whole_events(reports)
    assert merge_events(reports) == whole
    assert sum(map(len, parts.values())) == len(reports)
    if pile == "seeds":
        # the seeds' meetings, calls, letters and deployments, each family one part
        assert {"meeting", "call", "letter", "deployment"} <= set(parts)
        assert len(parts["meeting"]) > len({e.id for e in whole if e.type in ("meeting", "visit")}) > 1
    else:
        # mostly one predicate of "other" each: many small parts
        assert sum(k.startswith("other:") for k in parts) > 100 and len(whole) > 500
    assert all(k == k.lower() for k in parts if k.startswith("other:"))


def test_entities_linked_part_by_part_are_the_entities_of_the_whole_pile(stage_inputs):
    pile, seen = stage_inputs
    args = seen["entities"]
    parts = entity_partitions(**args)
    whole = _whole_entities(args)
    assert _same_index(link_entities(**args), whole)
    each = join_entities(map_partitions(lambda part: link_part(part, args["rules"]), parts).values())
    assert _same_index(each, whole)
    assert sum(map(len, parts.values())) == len(whole.of_mention)
    largest = max(map(len, parts.values()))
    if pile == "seeds":
        assert len(parts) > 30 and largest < len(whole.of_mention) / 4
    else:
        # many small parts: half of one mention, the largest a few per cent of the mentions
        assert len(parts) > 500 and sum(len(p) == 1 for p in parts.values()) > len(parts) / 3
        assert largest < len(whole.of_mention) / 10 and len(whole.entities) > 500


def test_series_formed_key_by_key_are_the_series_of_the_whole_pile(stage_inputs):
    pile, seen = stage_inputs
    args = seen["series"]
    parts = series_partitions(args["refs"], args["duplicate_of"], args["story_of"])
    whole = _whole_series(args)
    assert link_series(**args) == whole
    assert sorted(f for s in whole for f in s.figure_ids) == sorted(f.figure_id for p in parts.values() for f in p.refs)
    # a key without a subject forms one series per article or story: more series than keys
    assert len(whole) >= len(parts) > (200 if pile != "seeds" else 5)


def test_parts_on_a_thread_pool_and_a_process_pool_give_the_same(stage_inputs):
    _, seen = stage_inputs
    reports, args, args_e = seen["reports"], seen["series"], seen["entities"]
    whole_events, whole_series, whole_entities = _whole_events(reports), _whole_series(args), _whole_entities(args_e)
    with ThreadPoolExecutor(2) as pool:
        assert merge_events(reports, pool) == whole_events
        assert link_series(**args, executor=pool) == whole_series
        assert _same_index(link_entities(**args_e, executor=pool), whole_entities)
        parts = entity_partitions(**args_e)  # each part a task, not parts gathered as link_entities does
        linked = map_partitions(partial(link_part, rules=args_e["rules"]), parts, pool)
        assert _same_index(join_entities(linked.values()), whole_entities)
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        assert merge_events(reports, pool) == whole_events
        assert link_series(**args, executor=pool) == whole_series
        assert _same_index(link_entities(**args_e, executor=pool), whole_entities)


def test_parts_on_a_dask_client_give_the_same(stage_inputs):
    distributed = pytest.importorskip("distributed")
    _, seen = stage_inputs
    reports = seen["reports"]
    with distributed.Client(processes=False, n_workers=1, threads_per_worker=2, dashboard_address=None) as client:
        assert merge_events(reports, client) == _whole_events(reports)
        assert _same_index(link_entities(**seen["entities"], executor=client), _whole_entities(seen["entities"]))


def _other(article, trigger, start):
    mention = EventMention(type="other", trigger=trigger, start=start, end=start + len(trigger), sentence=0,
                           participants=("Polizei",), date="2025-03-04", date_basis="text", status="happened")
    return EventReport(article_id=article, published="2025-03-05", mention=mention, participant_ids=("polizei",),
                       place_id=None, sentence_text="Die Polizei meldete am 4. März einen Vorfall.")


def test_equal_event_ids_of_two_parts_are_made_unique_after_the_join():
    # two happenings without a predicate, told by different words: two parts ("other:brand", "other:unfall")
    # whose events hash alike (type, date, participants and place agree), as in the whole pile
    reports = [_other("a", "Brand", 10), _other("b", "Unfall", 20)]
    assert sorted(event_partitions(reports)) == ["other:brand", "other:unfall"]
    raw = [e.id for part in event_partitions(reports).values() for e in merge_part(part).events]
    assert raw[0] == raw[1]
    events = merge_events(reports)
    assert len({e.id for e in events}) == 2
    assert events == _whole_events(reports)


def test_batches_are_even_and_keep_every_part():
    parts = {"a": [1] * 9, "b": [1] * 5, "c": [1] * 4, "d": [1] * 3, "e": [1] * 2}
    assert pack(parts, 2) == [["a", "d"], ["b", "c", "e"]]  # 12 and 11
    assert pack(parts, 16) == [["a"], ["b"], ["c"], ["d"], ["e"]]
    with ThreadPoolExecutor(2) as pool:
        assert map_partitions(len, parts, pool, batches=2) == {"a": 9, "b": 5, "c": 4, "d": 3, "e": 2}
    assert list(map_partitions(len, parts)) == ["a", "b", "c", "d", "e"]


def _parts_of(analyses, texts=None) -> list[set[str]]:
    return [set(p.texts) for p in entity_partitions(analyses, NAME_RULES, texts).values()]


def test_an_acronym_is_in_the_part_of_its_long_form_in_every_article():
    a_text = "Das Bundesamt für Sicherheit in der Informationstechnik (BSI) warnt vor der Lücke."
    b_text = "Das BSI rät, die Software sofort zu aktualisieren. Auch Microsoft reagierte."
    a = analysis("a", a_text, [("Bundesamt für Sicherheit in der Informationstechnik", "ORG"), ("BSI", "ORG")])
    b = analysis("b", b_text, [("BSI", "ORG"), ("Microsoft", "ORG")])
    texts = {"a": a_text, "b": b_text}
    assert _parts_of([a, b], texts) == [{"Bundesamt für Sicherheit in der Informationstechnik", "BSI"},
                                        {"Microsoft"}]
    index = link_entities([a, b], NAME_RULES, texts)
    assert index.resolve("b", "BSI") == index.resolve("a", "Bundesamt für Sicherheit in der Informationstechnik")


def test_a_name_cut_short_is_in_the_part_of_the_name_it_begins_in_its_article():
    # "Kim Jong" ends with another word than "Kim Jong Un", and a bare "Kim" opens both:
    # within the article they are one part; "Jong" elsewhere is only the part of its last word
    a = analysis("a", "Machthaber Kim Jong Un reiste ab. Kim Jong sprach, Kim schwieg.",
                  [("Kim Jong Un", "PER"), ("Kim Jong", "PER"), ("Kim", "PER")])
    b = analysis("b", "Trainer Jong lobte die Mannschaft.", [("Jong", "PER")])
    assert _parts_of([a, b]) == [{"Kim Jong Un", "Kim Jong", "Kim", "Jong"}]
    c = analysis("c", "Kim Jong sprach.", [("Kim Jong", "PER")])
    d = analysis("d", "Ein Kim sang.", [("Kim", "PER")])
    assert _parts_of([c, d]) == [{"Kim Jong"}, {"Kim"}]
    index = link_entities([a, b], NAME_RULES)
    assert index.resolve("a", "Kim Jong") == index.resolve("a", "Kim") == index.resolve("a", "Kim Jong Un")


def test_spelling_variants_and_surnames_share_a_part_and_other_names_stay_apart():
    a = analysis("a", "Wolodymyr Selenskyj traf Olaf Scholz in Kiew.",
                  [("Wolodymyr Selenskyj", "PER"), ("Olaf Scholz", "PER"), ("Kiew", "LOC")])
    b = analysis("b", "Zelensky thanked Scholz.", [("Zelensky", "PER"), ("Scholz", "PER")])
    assert _parts_of([a, b]) == [{"Wolodymyr Selenskyj", "Zelensky"}, {"Olaf Scholz", "Scholz"}, {"Kiew"}]
