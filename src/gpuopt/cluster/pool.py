"""A pool of Ray actors, each a warm gpuopt engine, and the dispatch of
shards to them.

``RayPool.get(address, device)`` connects to a running cluster (an address,
or ``auto`` for the one Ray finds itself) or starts a local one (no address,
or ``local``), and starts one actor per GPU (``--device gpu``, or ``auto``
on a cluster that has GPUs) or one per CPU.  Each actor keeps its imports,
CUDA context and compiled kernels between shards; the server keeps the pool
between requests.  When connecting to a cluster, gpuopt's package travels
with the job (Ray's ``py_modules``), and every actor's digest of gpuopt's
code must equal the driver's: a result is only as good as the code that
made it, and store keys name that code.

Shards go to idle actors as they free up.  An actor that dies in the middle
of a shard (its process killed, its node lost) has the shard queued again
for the others, with a note, and a replacement is started when the cluster
has room; a shard that has killed ``MAX_ATTEMPTS`` workers ends the run
with an error.  An error inside a shard (a bad input) is raised as the
worker raised it.
"""

from __future__ import annotations

import io
import logging
import os
import re
import socket
import sys
import tempfile
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, ClassVar, TextIO

from gpuopt.diagnostics import TOOL, UserError
from gpuopt.kept import Kept

MAX_ATTEMPTS = 3
READY_SECONDS = 300.0  # for a new actor to import gpuopt (and, on a GPU, make its context)

# What --ray accepts as an address; anything else is taken as an input file.
ADDRESS = re.compile(r"(?:auto|local|ray://\S+|[A-Za-z0-9.\-]+:[0-9]+|\[[0-9a-fA-F:]+\]:[0-9]+)")


@dataclass
class ShardResult:
    """What one worker made of one shard."""

    outputs: list[str]
    records: list[Any]             # passes.manager.PassRecord, one per pass run
    phases: dict[str, float]
    devices: list[str]
    messages: str
    worker: str                    # host:pid, for notes


class GpuoptWorker:
    """One warm gpuopt engine (a Ray actor: ``ray.remote`` wraps it in
    ``RayPool``, so that importing this module needs no Ray)."""

    def __init__(self, device: str) -> None:
        import gpuopt.batch  # noqa: F401  (the passes and NumPy, before the first shard)

        self.device = device

    def ready(self) -> tuple[str, str]:
        """(digest of gpuopt's code, host:pid)."""
        from gpuopt.store.incremental import code_digest

        return code_digest(), f"{socket.gethostname()}:{os.getpid()}"

    def optimize(self, passes: str, units: list[tuple[str, str]]) -> ShardResult:
        from gpuopt.batch import Batch

        messages = io.StringIO()
        batch = Batch(passes, self.device, messages)
        outputs = batch.optimize_all(units, printed=True)
        return ShardResult(outputs, batch.records, batch.phases, batch.devices,
                           messages.getvalue(), f"{socket.gethostname()}:{os.getpid()}")


@dataclass
class _Actor:
    handle: Any
    name: str = "starting"


@dataclass
class RayPool(Kept["RayPool"]):
    """The actors of one cluster connection, and how to make more (the server
    keeps them between requests: kept.Kept)."""

    address: str
    device: str                     # 'gpu' or 'cpu': what each actor runs on
    options: dict[str, Any]         # resources of one actor
    actors: list[_Actor] = field(default_factory=list)

    kind: ClassVar[str] = "ray"
    shards_per_worker: ClassVar[int] = 1

    @classmethod
    def get(cls, address: str, device: str) -> RayPool:
        return cls.opened((address, device), lambda: cls._connect(address, device),
                          RayPool._kill_actors)

    def _kill_actors(self) -> None:
        ray = _ray()
        for actor in self.actors:
            ray.kill(actor.handle)

    @classmethod
    def close_all(cls) -> None:
        super().close_all()
        ray = _ray()
        if ray.is_initialized():
            ray.shutdown()

    @classmethod
    def _connect(cls, address: str, device: str) -> RayPool:
        ray = _ray()
        local = address in ("", "local")
        settings: dict[str, Any] = {"logging_level": logging.ERROR, "log_to_driver": False,
                                    "include_dashboard": False}
        said = io.StringIO()
        if not ray.is_initialized():
            if not local:
                _check_reachable(address)
            try:
                if local:
                    ray.init(address="local", num_cpus=os.cpu_count() or 1, **settings)
                else:
                    import gpuopt

                    with _stderr_captured() as said:
                        ray.init(address=address, runtime_env={"py_modules": [gpuopt]},
                                 **settings)
            except (ConnectionError, RuntimeError, ValueError) as failure:
                reason = str(failure).splitlines()[0] if str(failure) else repr(failure)
                if "InvalidAuthToken" in said.getvalue():
                    reason = ("the cluster wants its token: set RAY_AUTH_MODE=token, and "
                              "RAY_AUTH_TOKEN unless the token is in ~/.ray/auth_token")
                raise UserError(f"error: cannot connect to the Ray cluster at '{address}': "
                                f"{reason}") from None
        resources = ray.cluster_resources()
        gpus, cpus = int(resources.get("GPU", 0)), int(resources.get("CPU", 0))
        if device == "gpu" and gpus == 0:
            raise UserError("error: --device gpu: the Ray cluster has no GPU")
        if device != "cpu" and gpus > 0:
            pool = cls(address, "gpu", {"num_gpus": 1, "num_cpus": 1})
            count = gpus
        else:
            pool = cls(address, "cpu", {"num_cpus": 1})
            count = max(cpus, 1)
        starting = [pool._start() for _ in range(count)]
        pool._wait_ready(starting)
        return pool

    def _start(self) -> _Actor:
        ray = _ray()
        # no restarts by Ray: optimize() queues a dead worker's shard for another
        actor_class = ray.remote(max_restarts=0, **self.options)(GpuoptWorker)
        return _Actor(actor_class.remote(self.device))

    def _wait_ready(self, starting: list[_Actor]) -> None:
        ray = _ray()
        try:
            answers = ray.get([actor.handle.ready.remote() for actor in starting],
                              timeout=READY_SECONDS)
        except ray.exceptions.GetTimeoutError:
            raise UserError(f"error: Ray workers did not start within {READY_SECONDS:.0f} s "
                            "(does the cluster have the resources it advertises?)") from None
        for actor, answer in zip(starting, answers, strict=True):
            self._admit(actor, answer)

    def _admit(self, actor: _Actor, answer: tuple[str, str]) -> None:
        from gpuopt.store.incremental import code_digest

        digest, actor.name = answer
        if digest != code_digest():
            raise UserError(f"error: Ray worker {actor.name} runs other gpuopt code than this "
                            "command (its results would not be this gpuopt's)")
        self.actors.append(actor)

    @property
    def workers(self) -> int:
        return len(self.actors)

    def describe(self) -> str:
        return f"ray: {len(self.actors)} {self.device} workers"

    def optimize(self, passes: str, shards: list[list[tuple[str, str]]],
                 messages: TextIO) -> list[ShardResult]:
        """Each shard's result, in order; shards run on idle actors as they
        free up, and a shard whose actor died runs again on another."""
        ray = _ray()
        lost = (ray.exceptions.RayActorError, ray.exceptions.WorkerCrashedError,
                ray.exceptions.NodeDiedError, ray.exceptions.ObjectLostError,
                ray.exceptions.OutOfMemoryError)  # (killed by Ray's memory monitor)
        results: list[ShardResult | None] = [None] * len(shards)
        attempts = [0] * len(shards)
        pending = deque(range(len(shards)))
        idle = list(self.actors)
        running: dict[Any, tuple[int, _Actor]] = {}
        starting: dict[Any, _Actor] = {}
        while pending or running:
            while pending and idle:
                index, actor = pending.popleft(), idle.pop()
                attempts[index] += 1
                running[actor.handle.optimize.remote(passes, shards[index])] = (index, actor)
            if not running and not starting:
                raise UserError("error: every Ray worker died and none could be started")
            ready, _ = ray.wait([*running, *starting], num_returns=1,
                                timeout=None if running else READY_SECONDS)
            if not ready:
                raise UserError("error: every Ray worker died, and no replacement started "
                                f"within {READY_SECONDS:.0f} s")
            reference = ready[0]
            if reference in starting:
                actor = starting.pop(reference)
                try:
                    answer = ray.get(reference)
                except lost:
                    continue  # the replacement died too; the others carry on
                self._admit(actor, answer)
                idle.append(actor)
                continue
            index, actor = running.pop(reference)
            try:
                results[index] = ray.get(reference)
            except ray.exceptions.RayTaskError as failure:
                cause = failure.cause
                raise cause if isinstance(cause, Exception) else failure from None
            except lost as failure:
                self.actors.remove(actor)
                kind = type(failure).__name__
                if attempts[index] >= MAX_ATTEMPTS:
                    raise UserError(f"error: shard {index + 1} of {len(shards)} killed "
                                    f"{attempts[index]} Ray workers ({kind}); giving up") from None
                messages.write(f"{TOOL}: note: Ray worker {actor.name} was lost ({kind}) in "
                               f"shard {index + 1} of {len(shards)}; running the shard again "
                               "on another worker\n")
                pending.appendleft(index)
                replacement = self._start()
                starting[replacement.handle.ready.remote()] = replacement
                continue
            idle.append(actor)
        for actor in starting.values():  # replacements not needed any more
            ray.kill(actor.handle)
        return [result for result in results if result is not None]


@contextmanager
def _stderr_captured() -> Iterator[io.StringIO]:
    """What Ray's C++ core writes to file descriptor 2 while connecting
    (a warning per retry), kept out of the user's stderr; yields it."""
    said = io.StringIO()
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as captured:
        os.dup2(captured.fileno(), 2)
        try:
            yield said
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            captured.seek(0)
            said.write(captured.read().decode(errors="replace"))


def _check_reachable(address: str) -> None:
    """A clear error at once for a cluster that does not answer (Ray itself
    retries for minutes, logging each attempt)."""
    match = re.fullmatch(r"(?:ray://)?\[?(.+?)\]?:([0-9]+)", address)
    if match is None:
        return  # 'auto': Ray finds the cluster, or says at once that there is none
    try:
        socket.create_connection((match[1], int(match[2])), timeout=5).close()
    except OSError as failure:
        raise UserError(f"error: cannot connect to the Ray cluster at '{address}': "
                        f"{failure.strerror or failure}") from None


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise UserError("error: --ray needs Ray: pip install 'gpuopt[ray]'") from None
    return ray

