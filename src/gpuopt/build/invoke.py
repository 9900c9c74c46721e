"""How the build drivers run gpuopt: on the warm server when one listens,
else in their own process; with the function store when the build has one.

``GPUOPT_STORE=PATH`` gives every run ``--store PATH`` (``GPUOPT_STORE_KIND``
picks sqlite or cozo) and gives code generation its cache of partition
objects, ``PATH.objects`` (build/codegen.py).  This module imports only the
standard library: a driver that passes a command through starts fast.
"""

from __future__ import annotations

import io
import os
import re
import traceback
from dataclasses import dataclass
from pathlib import Path

from gpuopt.passes import STANDARD_PIPELINE

_STORE_COUNT = re.compile(r"^ *([0-9]+) store - Functions (reused|optimized)", re.MULTILINE)


def store_path() -> str | None:
    path = os.environ.get("GPUOPT_STORE")
    return os.path.abspath(path) if path else None


def object_cache() -> Path | None:
    """Where code generation keeps partition objects: beside the store."""
    path = store_path()
    return Path(path + ".objects") if path else None


def gpuopt_argv(source: str, destination: str, passes: str = STANDARD_PIPELINE,
                counts: bool = False) -> list[str]:
    """The gpuopt command line for one module; ``counts`` asks for -stats, so
    that ``store_counts`` can read how many functions were reused."""
    argv = ["-S", f"-passes={passes}", source, "-o", destination]
    if (path := store_path()) is not None:
        argv += ["--store", path, "--store-kind", os.environ.get("GPUOPT_STORE_KIND", "sqlite")]
        if counts:
            argv.append("-stats")
    return argv


@dataclass
class GpuoptRun:
    status: int
    messages: str
    via: str  # 'server' or 'in-process'


def run_gpuopt(argv: list[str]) -> GpuoptRun:
    """Run ``gpuopt ARGV`` from the current directory."""
    from gpuopt.diagnostics import UserError
    from gpuopt.server import default_socket, send_request

    try:
        reply = send_request(default_socket(), argv, os.getcwd())
    except UserError as failure:
        return GpuoptRun(1, failure.render() + "\n", "server")
    if reply is not None:
        status, _, messages = reply
        return GpuoptRun(status, messages.decode(errors="replace"), "server")
    from gpuopt.cli import Streams, run_guarded  # NumPy and the passes: only now

    buffer = io.StringIO()
    try:
        status = run_guarded(argv, Streams(io.BytesIO(), io.StringIO(), buffer))
    except Exception:  # a gpuopt bug: say where; the build reports a failed compile
        return GpuoptRun(70, buffer.getvalue() + traceback.format_exc(), "in-process")
    return GpuoptRun(status, buffer.getvalue(), "in-process")


def store_counts(messages: str) -> dict[str, int]:
    """{'reused': N, 'optimized': M} from a run's -stats, when it used the store."""
    return {kind: int(number) for number, kind in _STORE_COUNT.findall(messages)}
