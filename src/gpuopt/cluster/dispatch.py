"""The driver's side of a ``--ray`` run: units into shards, shards to the
pool, results back into unit order, and the workers' statistics, timings
and notes into the command's own batch (so -stats and -time-passes read as
in one process)."""

from __future__ import annotations

import time

import numpy as np

from gpuopt.batch import Batch
from gpuopt.cluster.pool import RayPool
from gpuopt.cluster.shards import balanced_shards, instruction_counts, shard_count


def optimize_units(batch: Batch, pool: RayPool, passes: str,
                   units: list[tuple[str, str]]) -> list[str]:
    """Each (text, name) unit's optimized text, in order, made by the pool."""
    start = time.perf_counter()
    texts = [text for text, _ in units]
    shards = balanced_shards(instruction_counts(texts),
                             shard_count(sum(map(len, texts)), len(pool.actors)))
    results = pool.optimize(passes, [[units[index] for index in shard] for shard in shards],
                            batch.messages)
    outputs = np.empty(len(units), dtype=object)
    if shards:
        outputs[np.concatenate(shards)] = [text for result in results for text in result.outputs]
    for result in results:
        batch.records += result.records
        for name, seconds in result.phases.items():  # summed over workers
            batch.phases[f"{name} (ray workers)"] = \
                batch.phases.get(f"{name} (ray workers)", 0.0) + seconds
        batch.devices += [label for label in result.devices if label not in batch.devices]
        batch.messages.write(result.messages)
    batch.phase(f"shards on the cluster, wall clock ({pool.describe()})", start)
    return list(outputs)
