"""Text work on several cores.

Joining a batch's modules and cutting the result back (ir/join.py) is
regular-expression work over each module's whole text, independent from
module to module, and on a large batch it costs as long as reading it.
Worker processes take it where the batch is large enough to pay for their
start.  They are forked, and only from a process with one Python thread (no
progress bar, server or Ray client thread, whose locks a fork could copy
held): spawned workers would import the caller's main module again, which
runs a user's script a second time.  A CUDA context the process holds is
not touched by the children, which only run regular expressions and leave
with ``os._exit``."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import Any, TypeVar

T = TypeVar("T")

# Below this much text a batch's text work stays in the process.
PARALLEL_MIN_BYTES = 16 << 20


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") \
        else os.cpu_count() or 1


class TextWorkers:
    """Worker processes for text work over modules of ``total`` bytes, or
    none (the work runs here) where that is too little to pay for them or
    there is one core: ``with TextWorkers(total) as workers: workers.map(...)``."""

    def __init__(self, total: int) -> None:
        count = cores()
        self.pool = ProcessPoolExecutor(count, mp_context=get_context("fork")) \
            if total >= PARALLEL_MIN_BYTES and count > 1 and threading.active_count() == 1 \
            and sys.platform == "linux" else None

    def __enter__(self) -> TextWorkers:
        return self

    def __exit__(self, *failure: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)

    def map(self, function: Callable[..., T], jobs: list[tuple[Any, ...]],
            sizes: list[int]) -> list[T]:
        """``function(*job)`` for each job, in order (the largest first in workers)."""
        if self.pool is None or len(jobs) < 2:
            return [function(*job) for job in jobs]
        futures = {k: self.pool.submit(function, *jobs[k])
                   for k in sorted(range(len(jobs)), key=lambda k: -sizes[k])}
        return [futures[k].result() for k in range(len(jobs))]
