"""The driver's side of a ``--ray`` or ``--jobs`` run: work into shards, shards
to the pool (Ray actors, or local worker processes), results back into order,
and the workers' statistics, timings and notes into the command's own batch
(so -stats and -time-passes read as in one process).

Without a store, a module no larger than a worker's share of the batch goes
to a worker whole, and only larger modules are cut into function units:
cutting and assembling run on the command alone, and a unit repeats the
declarations and globals its function names, so whole modules cost less
(bench/NOTES.md, "gpuopt --ray").  With a store, every module is cut, since
the store keeps functions.  Either way a function's result is the same.
"""

from __future__ import annotations

import time
from typing import Protocol, TextIO

import numpy as np

from gpuopt.batch import Batch
from gpuopt.cluster.pool import ShardResult
from gpuopt.cluster.shards import balanced_shards, instruction_counts, shard_count
from gpuopt.store.incremental import optimize_with_store


class Pool(Protocol):
    """What runs shards: pool.RayPool or local.LocalPool."""

    @property
    def kind(self) -> str: ...  # 'ray' or 'jobs', in phase names

    @property
    def workers(self) -> int: ...

    @property
    def shards_per_worker(self) -> int: ...

    def describe(self) -> str: ...

    def optimize(self, passes: str, shards: list[list[tuple[str, str]]],
                 messages: TextIO) -> list[ShardResult]: ...


def optimize_units(batch: Batch, pool: Pool, passes: str,
                   units: list[tuple[str, str]]) -> list[str]:
    """Each (text, name) unit's optimized text, in order, made by the pool."""
    start = time.perf_counter()
    texts = [text for text, _ in units]
    shards = balanced_shards(instruction_counts(texts),
                             shard_count(sum(map(len, texts)),
                                         pool.workers * pool.shards_per_worker))
    results = pool.optimize(passes, [[units[index] for index in shard] for shard in shards],
                            batch.messages)
    outputs = np.empty(len(units), dtype=object)
    if shards:
        outputs[np.concatenate(shards)] = [text for result in results for text in result.outputs]
    for result in results:
        batch.records += result.records
        for name, seconds in result.phases.items():  # summed over workers
            batch.add_phase(f"{name} ({pool.kind} workers)", seconds)
        batch.devices += [label for label in result.devices if label not in batch.devices]
        batch.messages.write(result.messages)
    batch.phase(f"shards on the cluster, wall clock ({pool.describe()})", start)
    return list(outputs)


def optimize_sources(batch: Batch, pool: Pool, passes: str,
                     sources: list[tuple[str, str]]) -> list[str]:
    """Each (text, name) module's optimized text, in order, made by the pool:
    modules up to a worker's share whole, larger ones as function units, all
    in one set of shards."""
    counts = instruction_counts([text for text, _ in sources])
    share = counts.sum() / max(pool.workers, 1)
    cut = np.flatnonzero(counts > share).tolist()
    whole = np.flatnonzero(counts <= share).tolist()
    whole_outputs: list[str] = []

    def with_whole_modules(units: list[tuple[str, str]]) -> list[str]:
        outputs = optimize_units(batch, pool, passes, units + [sources[i] for i in whole])
        whole_outputs.extend(outputs[len(units):])
        return outputs[:len(units)]

    cut_outputs = optimize_with_store(batch, None, passes, [sources[i] for i in cut],
                                      with_whole_modules) if cut else []
    if whole and not whole_outputs:  # (no unit was cut: the whole modules alone)
        with_whole_modules([])
    outputs = [""] * len(sources)
    for index, text in zip(cut + whole, cut_outputs + whole_outputs, strict=True):
        outputs[index] = text
    return outputs
