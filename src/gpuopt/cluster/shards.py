"""Splitting a batch's units into shards of about equal work.

Work is counted in instructions (the body lines of a unit's function), the
measure the passes' cost follows.  Units are taken largest first and cut
where the running total crosses a multiple of the target, so shards are
contiguous runs of that order: the cut is one cumulative sum, and a shard
never holds more than the target plus one unit.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

# A shard of at most this much text: a worker reads it in a few parts of
# batch.PART_TEXT_BYTES, so its host and device memory stay bounded.
SHARD_TEXT_BYTES = 128 << 20


def instruction_counts(texts: list[str]) -> npt.NDArray[np.int64]:
    """Instructions of each unit: its lines indented by two spaces (the
    printer's layout of an instruction), at least one per unit."""
    counts = np.fromiter((text.count("\n  ") for text in texts), dtype=np.int64,
                         count=len(texts))
    return np.maximum(counts, 1)


def shard_count(text_bytes: int, workers: int) -> int:
    """At least one shard per worker (each starts at once), and more when
    the text would not fit ``SHARD_TEXT_BYTES`` per shard."""
    return max(workers, -(-text_bytes // SHARD_TEXT_BYTES), 1)


def balanced_shards(counts: npt.NDArray[np.int64], shards: int) -> list[npt.NDArray[np.int64]]:
    """Unit indices per shard, largest shards first, none empty."""
    order = np.argsort(-counts, kind="stable")
    before = np.cumsum(counts[order]) - counts[order]   # work ahead of each unit
    target = max(int(counts.sum()) / max(shards, 1), 1.0)
    shard_of = np.minimum((before / target).astype(np.int64), shards - 1)
    bounds = np.searchsorted(shard_of, np.arange(shards + 1), side="left")
    return [order[bounds[k]:bounds[k + 1]] for k in range(shards) if bounds[k] < bounds[k + 1]]
