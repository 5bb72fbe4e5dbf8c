"""The link stages that can be partitioned, part by part: what each part costs (issue 15).

    python3 benchmarks/link_partitions.py --db STORE [--workers 2] [--rounds 5]

Links a copy of STORE (the store itself is left as it is) the way a build does (``chronik.link`` with the
review layer) and records what it hands the three partitioned stages: the analyses ``link_entities``
links (parts: connected components of the name keys' last words, ``entity_partitions``), the event reports
``merge_events`` merges (parts: type family, and the predicate for ``other``) and the figures ``link_series``
forms series of (parts: series key). For each stage it prints the number of parts, the largest part (its items, its
time alone, its tracemalloc peak, against the whole pile's), and the stage's time over the whole pile as
one part (what the stage did before it was partitioned; for entities the split itself is timed apart), part
by part in this process, and part by part on a process pool of ``--workers`` (spawned, batches of parts as
in ``chronik.link.partitions``; the pool's start is not counted); for entities also ``link_entities`` as a
build runs it (the split, the parts gathered to ``PART_MENTIONS`` mentions, the join). Every way must give
the same entities, events and series: it stops if one does not. Times are the best of ``--rounds``, wall seconds.
"""
from __future__ import annotations

import argparse
import multiprocessing
import shutil
import sys
import tempfile
import time
import tracemalloc
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the checkout's chronik, installed or not

import chronik  # noqa: E402
import chronik.link as link  # noqa: E402
import chronik.link.entities as entities  # noqa: E402
import chronik.link.events as events  # noqa: E402
import chronik.link.figures as figures  # noqa: E402
from chronik.lang import load  # noqa: E402
from chronik.review.curation import ReviewCuration  # noqa: E402


@contextmanager
def recording_stage_inputs():
    """While inside, the three partitioned stages record what a link hands them (the analyses
    ``link_entities`` links, the reports ``merge_events`` merges, the arguments of ``link_series``)
    into the dict this yields; the stages themselves run as before."""
    seen: dict = {}
    merge, series, entity = events.merge_events, figures.link_series, link.link_entities

    def record_entities(analyses, rules, texts=None, order=None, executor=None):
        seen["entities"] = dict(analyses=list(analyses), rules=rules, texts=texts, order=order)
        return entity(**seen["entities"], executor=executor)

    def record_merge(reports, executor=None):
        seen["reports"] = list(reports)
        return merge(seen["reports"], executor)

    def record_series(refs, demonyms=None, window_days=7, duplicate_of=None, story_of=None, executor=None):
        seen["series"] = dict(refs=list(refs), demonyms=demonyms, window_days=window_days,
                              duplicate_of=duplicate_of, story_of=story_of)
        return series(**seen["series"], executor=executor)

    events.merge_events, figures.link_series, link.link_entities = record_merge, record_series, record_entities
    try:
        yield seen
    finally:
        events.merge_events, figures.link_series, link.link_entities = merge, series, entity


def stage_inputs(db: str) -> dict:
    """The inputs of the three stages as a build's link hands them, recorded while a copy is linked."""
    with recording_stage_inputs() as seen, tempfile.TemporaryDirectory() as tmp:
        copy = f"{tmp}/store.db"
        for ext in ("", "-wal", "-shm"):
            if Path(db + ext).exists():
                shutil.copy(db + ext, copy + ext)
        store = chronik.open(copy).store
        with store.linking():
            t = time.perf_counter()
            link._link(store, load("de"), ReviewCuration, None)
            seen["link_s"] = time.perf_counter() - t
        store.close()
    return seen


def best(rounds: int, run) -> tuple[float, object]:
    times, out = [], None
    for _ in range(rounds):
        t = time.perf_counter()
        out = run()
        times.append(time.perf_counter() - t)
    return min(times), out


def peak_mb(run) -> float:
    tracemalloc.start()
    run()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def report(name: str, parts: dict, whole, per_part, partitioned, pooled, rounds: int, pool_label: str,
           made=len) -> None:
    """One stage: ``whole()`` the pile as one part, ``per_part(part)`` one part, ``partitioned()`` the stage
    part by part here, ``pooled()`` on the pool."""
    sizes = sorted((len(p) for p in parts.values()), reverse=True)
    largest = max(parts, key=lambda k: len(parts[k]))
    part_times = {}
    for key, part in parts.items():
        t = time.perf_counter()
        per_part(part)
        part_times[key] = time.perf_counter() - t
    slowest = max(part_times, key=part_times.get)
    t_whole, out_whole = best(rounds, whole)
    t_parts, out_parts = best(rounds, partitioned)
    t_pool, out_pool = best(rounds, pooled)
    if not out_whole == out_parts == out_pool or not same_order(out_whole, out_parts, out_pool):
        sys.exit(f"{name}: the parts joined differ from the whole pile")
    t_largest, _ = best(rounds, lambda: per_part(parts[largest]))
    items = sum(sizes)
    print(f"\n{name}: {items} items in {len(parts)} parts; {made(out_whole)} made of them (equal in all three ways)")
    print(f"  parts by size: largest {sizes[:5]}, median {sizes[len(sizes) // 2]}, "
          f"{sum(s == 1 for s in sizes)} of one item")
    print(f"  largest part {largest!r}: {len(parts[largest])} items ({len(parts[largest]) / items:.1%}), "
          f"{t_largest * 1000:.1f} ms alone, tracemalloc peak {peak_mb(lambda: per_part(parts[largest])):.1f} MB "
          f"(whole pile as one part: {peak_mb(whole):.1f} MB)")
    print(f"  slowest part {slowest!r}: {part_times[slowest] * 1000:.1f} ms of {sum(part_times.values()):.2f} s "
          f"over all parts timed one by one")
    print(f"  stage time: whole pile as one part {t_whole:.3f} s, part by part in process {t_parts:.3f} s, "
          f"{pool_label} {t_pool:.3f} s")


def same_order(*outs) -> bool:
    """Entity indexes also list their mentions in one order (stories read them in that order)."""
    if not isinstance(outs[0], entities.EntityIndex):
        return True
    return all(list(o.of_mention.items()) == list(outs[0].of_mention.items())
               and list(o.of_surface.items()) == list(outs[0].of_surface.items()) for o in outs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="an SQLite store")
    ap.add_argument("--workers", type=int, default=2, help="processes of the pool")
    ap.add_argument("--rounds", type=int, default=5, help="times of each measurement, the best kept")
    args = ap.parse_args()
    seen = stage_inputs(args.db)
    print(f"{args.db}: one link as a build runs it {seen['link_s']:.2f} s")
    reports, series_args = seen["reports"], seen["series"]
    pool_label = f"on {args.workers} spawned processes"
    with ProcessPoolExecutor(args.workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        pool.submit(sum, ()).result()  # started before it is timed
        args_e = seen["entities"]
        rules = args_e["rules"]
        t = time.perf_counter()
        parts = entities.entity_partitions(**args_e)
        t_split = time.perf_counter() - t
        print(f"entities: partitioned in {t_split:.3f} s (name keys, genitives, union-find over last words), "
              f"tracemalloc peak {peak_mb(lambda: entities.entity_partitions(**args_e)):.1f} MB")
        whole_part = entities.as_one_part(parts.values())

        def one_entity_part(part):
            return entities.link_part(part, rules)

        report("entities", parts,
               lambda: entities.join_entities([one_entity_part(whole_part)]),
               one_entity_part,
               lambda: entities.join_entities(entities.map_partitions(one_entity_part, parts).values()),
               lambda: entities.link_entities(**args_e, executor=pool), args.rounds, pool_label,
               made=lambda index: len(index.entities))
        t_build, _ = best(args.rounds, lambda: entities.link_entities(**args_e))
        print(f"  as a build links them (partition included, parts gathered to {entities.PART_MENTIONS} mentions "
              f"or more): {t_build:.3f} s; tracemalloc peak {peak_mb(lambda: entities.link_entities(**args_e)):.1f} MB")
        parts = events.event_partitions(reports)
        report("events", parts,
               lambda: events.join_events({"": reports}, {"": events.merge_part(reports)}),
               events.merge_part,
               lambda: events.merge_events(reports),
               lambda: events.merge_events(reports, pool), args.rounds, pool_label)
        parts = figures.series_partitions(series_args["refs"], series_args["duplicate_of"],
                                          series_args["story_of"])
        whole = figures.SeriesPart(refs=tuple(series_args["refs"]), duplicate_of=series_args["duplicate_of"] or {},
                                   story_of=series_args["story_of"] or {})

        def one(part):
            return figures.series_of_part(part, series_args["demonyms"], series_args["window_days"])

        report("figure series", parts, lambda: one(whole), one,
               lambda: figures.link_series(**series_args),
               lambda: figures.link_series(**series_args, executor=pool), args.rounds, pool_label)


if __name__ == "__main__":
    main()
