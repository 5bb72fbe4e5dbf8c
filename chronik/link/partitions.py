"""Running a link stage over its partitions, in this process or on a pool.

A stage that can be partitioned (entities by the components of their name keys,
events by type family, figure series by series key) is split into parts that
share nothing: the stage applied to each part and the results joined gives
exactly what the stage gives over the whole pile. Each
part is a plain picklable value, so the parts can run anywhere: in this process
(the default, what a build does), on a ``concurrent.futures`` executor (a thread
or process pool), or on a Dask cluster through a ``distributed.Client`` (its
``map`` and ``gather``); ``chronik.link`` imports neither.

Many parts are tiny (most predicates of ``other`` events name one happening), so
on an executor they travel in batches of about equal size, the largest parts
first (each batch one task), not one task per part.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Any

# Batches per run on an executor: a few per worker evens out unequal parts.
BATCHES = 16


def map_partitions(stage: Callable[[Any], Any], parts: Mapping[Hashable, Any], executor=None, *,
                   size: Callable[[Any], int] = len, batches: int = BATCHES) -> dict:
    """``{key: stage(part)}`` for every part, in the order of ``parts``.

    Without an executor the parts run one after another here. With one (a
    ``concurrent.futures.Executor``, or a Dask ``distributed.Client``) they are
    packed into at most ``batches`` batches by ``size`` and each batch is one
    task; ``stage`` must then be picklable for a process pool or a cluster (a
    module-level function, or a ``functools.partial`` of one)."""
    if executor is None:
        return {key: stage(part) for key, part in parts.items()}
    packed = pack(parts, batches, size)
    work = [[parts[key] for key in batch] for batch in packed]
    stages = [stage] * len(work)
    if hasattr(executor, "gather"):  # a Dask client: futures, then their results
        results = executor.gather(executor.map(run_batch, stages, work, pure=False))
    else:
        results = list(executor.map(run_batch, stages, work))
    out = {key: result for batch, done in zip(packed, results) for key, result in zip(batch, done)}
    return {key: out[key] for key in parts}


def run_batch(stage: Callable[[Any], Any], parts: list) -> list:
    """One task on an executor: the stage over a batch of parts."""
    return [stage(part) for part in parts]


def pack(parts: Mapping[Hashable, Any], batches: int, size: Callable[[Any], int] = len) -> list[list]:
    """The keys of ``parts`` in at most ``batches`` batches of about equal total
    size: the largest part first into the lightest batch so far."""
    loads: list[int] = []
    packed: list[list] = []
    for key in sorted(parts, key=lambda k: -size(parts[k])):
        if len(packed) < batches:
            packed.append([key])
            loads.append(size(parts[key]))
            continue
        lightest = min(range(len(loads)), key=loads.__getitem__)
        packed[lightest].append(key)
        loads[lightest] += size(parts[key])
    return packed
