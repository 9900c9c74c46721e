"""Worker processes on this machine (``gpuopt --jobs N``): the ``--ray``
dispatch without Ray.

One process reads, optimizes and prints at a time, and most of that is host
work (reading text, the passes' Python between launches, printing), so one
process keeps one core busy.  On the CPU, N processes do N times the work.  On
a GPU they help less: each has its own CUDA context, and contexts take turns on
the GPU, so launch-bound passes wait for each other (on the H100, four
processes took a 1,000-module csmith batch, bound by reading, from 269 s to
67-79 s, but the corpus, bound by its passes, only from 58 s to 38-42 s;
bench/NOTES.md).  ``LocalPool`` starts N processes, each a warm
engine (``pool.GpuoptWorker``) on the command's device, and dispatch.py hands
them the same shards it hands Ray actors: whole modules, and the functions of
larger ones, balanced by instruction count.  With ``--device gpu`` they all
share the one GPU, each with its own CUDA context.  Outputs are byte-identical
to a run in one process, because a function's result depends on the function
alone.

The processes are spawned, not forked: the command may hold a CUDA context,
which a forked child cannot use.  A spawned child imports the caller's main
module again (``gpuopt.__main__`` only runs under ``if __name__ ==
"__main__"``).  The server keeps its pool between requests (``keep``).
"""

from __future__ import annotations

import signal
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from typing import ClassVar, TextIO

from gpuopt.cluster.pool import GpuoptWorker, ShardResult
from gpuopt.diagnostics import UserError
from gpuopt.kept import Kept

_worker: GpuoptWorker | None = None  # this process's engine, in a worker process


def _start_worker(device: str) -> None:
    global _worker
    # ^C at a terminal reaches the whole process group: the command alone acts on
    # it (and ends the workers), so that no worker prints a traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker = GpuoptWorker(device)


def _ready() -> tuple[str, str]:
    assert _worker is not None
    return _worker.ready()


def _optimize(passes: str, units: list[tuple[str, str]]) -> ShardResult:
    assert _worker is not None
    return _worker.optimize(passes, units)


@dataclass
class LocalPool(Kept["LocalPool"]):
    """N warm worker processes on this machine, all on ``device`` (the server
    keeps them between requests: kept.Kept)."""

    workers: int
    device: str
    executor: ProcessPoolExecutor

    kind: ClassVar[str] = "jobs"

    @classmethod
    def get(cls, workers: int, device: str) -> LocalPool:
        return cls.opened((workers, device), lambda: cls._start(workers, device),
                          LocalPool._shut_down)

    def _shut_down(self) -> None:
        self.executor.shutdown(cancel_futures=True)

    @classmethod
    def _start(cls, workers: int, device: str) -> LocalPool:
        executor = ProcessPoolExecutor(workers, mp_context=get_context("spawn"),
                                       initializer=_start_worker, initargs=(device,))
        # Every worker up (and importing) before the first shard, so that a
        # shard's time is its own; a worker that cannot start fails the run here.
        try:
            for future in [executor.submit(_ready) for _ in range(workers)]:
                future.result()
        except BrokenProcessPool:
            executor.shutdown(cancel_futures=True)
            raise UserError("error: --jobs: a worker process could not start") from None
        return cls(workers, device, executor)

    @property
    def shards_per_worker(self) -> int:
        """On the CPU three, largest first, handed out as workers free up: work per
        instruction differs from module to module, and one shard each left workers
        idle (the corpus with 16 workers on the H100 machine: 21.0 and 23.4 s against
        23.4 and 26.7 s).  On the GPU one: its passes pay per launch, so per shard,
        and there three took 54 and 62 s against 40 and 42 s (bench/NOTES.md)."""
        return 3 if self.device == "cpu" else 1

    def describe(self) -> str:
        return f"jobs: {self.workers} {self.device} worker processes"

    def optimize(self, passes: str, shards: list[list[tuple[str, str]]],
                 messages: TextIO) -> list[ShardResult]:
        """Each shard's result, in order; a bad input's error is raised as the
        worker raised it."""
        del messages  # (the workers' own notes come back in their results)
        futures: list[Future[ShardResult]] = [self.executor.submit(_optimize, passes, shard)
                                              for shard in shards]
        try:
            return [future.result() for future in futures]
        except BrokenProcessPool:
            self._end_now()
            raise UserError("error: --jobs: a worker process died (killed, or out of "
                            "memory) before its shard was done") from None
        except KeyboardInterrupt:  # ^C, or SIGTERM (cli.Terminated)
            self._end_now()
            raise

    def _end_now(self) -> None:
        """Stop the workers without waiting for the shards they are running (a
        shutdown waits for them, which can take minutes)."""
        LocalPool.forget((self.workers, self.device))
        # (the executor keeps its processes in a private dict, the only handle on them)
        for process in list(getattr(self.executor, "_processes", {}).values()):
            process.terminate()
        self.executor.shutdown(wait=False, cancel_futures=True)
