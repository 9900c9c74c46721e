"""gpuopt-cc's compile step: front end, gpuopt, code generator, per source.

The same code runs in the driver's own process (no server listening) and in
the warm server (a compile request, wire.py), where it runs in the
connection's thread: the front end and the code generator of parallel
compiles overlap, and only gpuopt's part queues for the engine.  A
``Context`` holds what differs: the working directory and environment (the
server runs for many clients, so every path is made absolute and every
command gets the client's environment), where output goes, and how gpuopt
runs.
"""

from __future__ import annotations

import io
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from gpuopt.build.cc import CLANG, TOOL, CompilePlan, CompileStep, plan_compile, verbose
from gpuopt.build.codegen import CodegenError, generate_object
from gpuopt.build.invoke import gpuopt_argv, object_cache, store_counts

FRONT_END_FLAGS = ("-O0", "-Xclang", "-disable-O0-optnone", "-S", "-emit-llvm")
CODEGEN_FLAGS = ("-O2", "-Xclang", "-disable-llvm-passes", "-Wno-unused-command-line-argument")
_COLOR_FLAGS = ("-fcolor-diagnostics", "-fno-color-diagnostics", "-fdiagnostics-color")

GpuoptRunner = Callable[[list[str], str], tuple[int, bytes, bytes]]  # (argv, cwd) -> reply


def run_in_process(argv: list[str], cwd: str) -> tuple[int, bytes, bytes]:
    """``gpuopt ARGV`` in this process (paths in ARGV are absolute)."""
    import traceback

    from gpuopt.cli import Streams, run_guarded  # NumPy and the passes: only now

    out, err = io.StringIO(), io.StringIO()
    try:
        status = run_guarded(argv, Streams(io.BytesIO(), out, err))
    except Exception:  # a gpuopt bug: say where; the build reports a failed compile
        err.write(traceback.format_exc())
        status = 70
    return status, out.getvalue().encode(), err.getvalue().encode()


@dataclass
class Context:
    cwd: str
    env: Mapping[str, str]
    gpuopt: GpuoptRunner = run_in_process
    via: str = "in-process"   # for the step log: where gpuopt ran
    color: bool = False       # the client's stderr is a terminal: ask clang for colours
    capture: bool = True      # collect output in out/err (the server) or pass it on
    out: io.BytesIO = field(default_factory=io.BytesIO)
    err: io.BytesIO = field(default_factory=io.BytesIO)

    @classmethod
    def local(cls) -> Context:
        """The driver's own process: output goes to its streams as it comes."""
        return cls(os.getcwd(), os.environ, capture=False)

    def path(self, name: str) -> str:
        return os.path.join(self.cwd, name)

    def write(self, data: bytes, stream: str = "err") -> None:
        if self.capture:
            (self.out if stream == "out" else self.err).write(data)
            return
        target: BinaryIO = sys.stdout.buffer if stream == "out" else sys.stderr.buffer
        target.write(data)
        target.flush()

    def say(self, message: str) -> None:
        self.write(f"{TOOL}: {message}\n".encode())

    def run(self, command: list[str]) -> float:
        """A clang command in the client's directory and environment: its
        seconds, or CompileFailed with clang's status."""
        if verbose(self.env):
            self.say(shlex.join(command))
        start = time.perf_counter()
        try:
            result = subprocess.run(command, cwd=self.cwd, env=dict(self.env), check=False,
                                    capture_output=self.capture)
        except OSError as failure:
            self.say(f"error: cannot run {command[0]}: {failure.strerror}")
            raise CompileFailed(1) from None
        if self.capture:
            self.write(result.stdout, "out")
            self.write(result.stderr)
        if result.returncode != 0:
            raise CompileFailed(result.returncode if result.returncode > 0 else 1)
        return time.perf_counter() - start

    def log(self, entry: dict[str, object]) -> None:
        path = self.env.get("GPUOPT_CC_LOG")
        if not path:
            return
        line = (json.dumps(entry, sort_keys=True) + "\n").encode()
        descriptor = os.open(self.path(path), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(descriptor, line)  # one write: whole lines under make -j
        finally:
            os.close(descriptor)


class CompileFailed(Exception):
    """A step failed; ``status`` is the exit status to return."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def compile_step(plan: CompilePlan, step: CompileStep, work: str, context: Context) -> None:
    """Front end, gpuopt, code generator for one source; CompileFailed on an error."""
    stem = os.path.splitext(os.path.basename(step.object))[0]
    source_ir = os.path.join(work, f"{stem}.ll")
    optimized_ir = os.path.join(work, f"{stem}.opt.ll")
    color = ["-fcolor-diagnostics"] if context.color and context.capture and not any(
        flag.startswith(_COLOR_FLAGS) for flag in plan.front_end_flags) else []
    front_end_s = context.run([CLANG, *plan.front_end_flags, *color, *step.dependency_flags,
                               *FRONT_END_FLAGS, step.source, "-o", source_ir])

    argv = gpuopt_argv(source_ir, optimized_ir, counts=bool(context.env.get("GPUOPT_CC_LOG")),
                       env=context.env, cwd=context.cwd)
    start = time.perf_counter()
    status, _, messages_bytes = context.gpuopt(argv, context.cwd)
    gpuopt_s = time.perf_counter() - start
    messages = messages_bytes.decode(errors="replace")
    if verbose(context.env):
        context.say(f"gpuopt ({context.via}, {gpuopt_s:.2f} s) {shlex.join(argv)}")
        context.write(messages_bytes)
    entry: dict[str, object] = {
        "cwd": context.cwd, "source": step.source, "object": step.object,
        "front_end_s": round(front_end_s, 4), "gpuopt_s": round(gpuopt_s, 4),
        "gpuopt": context.via, **store_counts(messages),
    }
    if status != 0:
        if not verbose(context.env):
            context.write(messages_bytes)
        context.say(f"error: gpuopt failed on {step.source} (exit status {status}); "
                    f"no object written")
        context.log({**entry, "status": status})
        raise CompileFailed(1)

    def codegen(source: Path, output: Path) -> list[str]:
        return [CLANG, *CODEGEN_FLAGS, *plan.codegen_flags, "-c", "-x", "ir", str(source),
                "-o", str(output)]

    start = time.perf_counter()
    obj = Path(context.path(step.object))
    try:
        if verbose(context.env):
            context.say(shlex.join(codegen(Path(optimized_ir), Path(step.object))))
        report = generate_object(Path(optimized_ir), obj, codegen,
                                 object_cache(context.env, context.cwd))
    except CodegenError as failure:
        context.write(f"{failure}\n".encode())
        context.say(f"error: code generation failed on gpuopt's output for {step.source} "
                    "(GPUOPT_CC_KEEP=DIR keeps the IR)")
        context.log({**entry, "status": 1})
        raise CompileFailed(1) from None
    context.log({**entry, "codegen_s": round(time.perf_counter() - start, 4), "status": 0,
                 "parts": report.partitions, "parts_generated": report.generated})


def compile_all(plan: CompilePlan, context: Context) -> int:
    """Every source in turn; as clang, a failed source does not stop the others."""
    keep = context.env.get("GPUOPT_CC_KEEP")
    status = 0
    for step in plan.steps:
        prefix = f"{os.path.splitext(os.path.basename(step.object))[0]}-"
        if keep:
            os.makedirs(context.path(keep), exist_ok=True)
        work = tempfile.mkdtemp(prefix=prefix, dir=context.path(keep) if keep else None)
        try:
            compile_step(plan, step, work, context)
        except CompileFailed as failure:
            status = status or failure.status
            if os.path.exists(context.path(step.object)):
                os.unlink(context.path(step.object))  # as clang: make must not take an older one
        finally:
            if not keep:
                shutil.rmtree(work, ignore_errors=True)
    return status


def compile_arguments(args: list[str], context: Context) -> int:
    """A gpuopt-cc command line, as the driver would run it (the server's
    entry): a compile step, or clang-22 itself for anything else."""
    plan = plan_compile(args)
    if plan is None:
        try:
            context.run([CLANG, *args])
        except CompileFailed as failure:
            return failure.status
        return 0
    return compile_all(plan, context)
