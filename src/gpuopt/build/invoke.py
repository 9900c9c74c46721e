"""How the build drivers run gpuopt: on the warm server when one listens,
else in their own process; with the function store when the build has one.

``GPUOPT_STORE=PATH`` gives every run ``--store PATH`` (``GPUOPT_STORE_KIND``
picks sqlite or cozo) and gives code generation its cache of partition
objects, ``PATH.objects`` (build/codegen.py).  ``GPUOPT_RAY=ADDRESS`` gives
every run ``--ray=ADDRESS`` (``local``: a cluster on this machine); with a
warm server, start it with ``gpuopt serve --ray`` instead, so that one
connection and its warm workers serve the whole build.  This module imports only the
standard library: a driver that passes a command through starts fast.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from gpuopt.passes import STANDARD_PIPELINE

_STORE_COUNT = re.compile(r"^ *([0-9]+) store - Functions (reused|optimized)", re.MULTILINE)


Environment = Mapping[str, str]


def store_path(env: Environment | None = None, cwd: str | None = None) -> str | None:
    """$GPUOPT_STORE of ``env`` (default: this process's), absolute from ``cwd``."""
    path = (os.environ if env is None else env).get("GPUOPT_STORE")
    return os.path.join(cwd or os.getcwd(), path) if path else None


def object_cache(env: Environment | None = None, cwd: str | None = None) -> Path | None:
    """Where code generation keeps partition objects: beside the store."""
    path = store_path(env, cwd)
    return Path(path + ".objects") if path else None


def gpuopt_argv(source: str, destination: str, passes: str = STANDARD_PIPELINE,
                counts: bool = False, env: Environment | None = None,
                cwd: str | None = None) -> list[str]:
    """The gpuopt command line for one module; ``counts`` asks for -stats, so
    that ``store_counts`` can read how many functions were reused."""
    env = os.environ if env is None else env
    argv = ["-S", f"-passes={passes}", source, "-o", destination]
    if (path := store_path(env, cwd)) is not None:
        argv += ["--store", os.path.normpath(path), "--store-kind",
                 env.get("GPUOPT_STORE_KIND", "sqlite")]
        if counts:
            argv.append("-stats")
    if ray := env.get("GPUOPT_RAY"):
        argv.append(f"--ray={ray}")
    return argv


@dataclass
class GpuoptRun:
    status: int
    messages: str
    via: str  # 'server' or 'in-process'


def run_gpuopt(argv: list[str]) -> GpuoptRun:
    """Run ``gpuopt ARGV`` from the current directory."""
    from gpuopt.wire import NoAnswer, default_socket, request

    try:
        reply = request(default_socket(), {"argv": argv, "cwd": os.getcwd(), "stdin": 0})
    except NoAnswer as failure:
        return GpuoptRun(1, f"{failure}\n", "server")
    if reply is not None:
        status, _, messages = reply
        return GpuoptRun(status, messages.decode(errors="replace"), "server")
    from gpuopt.build.compile import run_in_process

    status, _, messages = run_in_process(argv, os.getcwd())
    return GpuoptRun(status, messages.decode(errors="replace"), "in-process")


def store_counts(messages: str) -> dict[str, int]:
    """{'reused': N, 'optimized': M} from a run's -stats, when it used the store."""
    return {kind: int(number) for number, kind in _STORE_COUNT.findall(messages)}
