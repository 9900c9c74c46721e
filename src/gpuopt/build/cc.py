"""``gpuopt-cc``: a drop-in C compiler that puts gpuopt between clang's front
end and LLVM's code generator (``make CC=gpuopt-cc``).

A compile step (``-c`` with C sources, an optimization level above ``-O0``)
runs three commands per source:

1. ``clang-22 -O0 -Xclang -disable-O0-optnone -S -emit-llvm``: unoptimized IR,
   with the user's flags (defines, includes, ``-std``, warnings, ``-g``, ``-f``
   and ``-m`` flags, ``-MD``/``-MMD`` with the .d file and target clang would
   have written for the object);
2. gpuopt with the standard pipeline, on the warm server when one listens at
   ``default_socket()``, else in this process (build/invoke.py; with
   ``GPUOPT_STORE=PATH``, through that function store);
3. ``clang-22 -O2 -Xclang -disable-llvm-passes -c``: LLVM 22's code generator
   at -O2 and no middle end, with the user's ``-f``/``-m``/``-g``/``-Wa,`` flags
   (PIC, sections, target, assembler), writing the object clang would have written;
   with a store, code is regenerated only for the partitions of the file
   that changed (build/codegen.py).

Everything else goes to clang-22 unchanged (exec, so output and exit status are
clang's): links, ``-E``, ``-S`` (assembly is clang's own, not gpuopt's),
``-M``/``-MM``, ``-v``, ``--version``, ``-x``, inputs that are not ``.c``,
``-O0`` (or no ``-O``: clang's default is -O0, so the user asked for no
optimization), and flags whose work needs LLVM's middle end (sanitizers,
profiling, coverage, LTO).

Differences from clang at -O2, because the front end runs at -O0:
``__OPTIMIZE__`` is not defined (glibc's inline string functions and
``_FORTIFY_SOURCE`` are off, so a ``-D_FORTIFY_SOURCE`` is dropped instead of
making glibc warn), and ``always_inline`` functions are called, not inlined.
On x86-64, frame pointers are omitted as clang does above -O0, unless the
user's flags say otherwise.

Environment: ``GPUOPT_CC_VERBOSE=1`` prints each command on stderr;
``GPUOPT_CC_KEEP=DIR`` keeps each step's IR in a folder under DIR;
``GPUOPT_CC_LOG=PATH`` appends one JSON line of timings per compiled source
(one ``O_APPEND`` write, so parallel makes do not mix lines).

This module imports only the standard library at start: a pass-through costs
one Python start and an exec.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from gpuopt.build.codegen import CodegenError, generate_object
from gpuopt.build.invoke import gpuopt_argv, object_cache, run_gpuopt, store_counts

TOOL = "gpuopt-cc"
CLANG = "clang-22"
FRONT_END_FLAGS = ("-O0", "-Xclang", "-disable-O0-optnone", "-S", "-emit-llvm")
CODEGEN_FLAGS = ("-O2", "-Xclang", "-disable-llvm-passes", "-Wno-unused-command-line-argument")

# Options whose value is the next argument (clang's separate forms).
_TAKES_VALUE = frozenset({
    "-o", "-I", "-D", "-U", "-include", "-imacros", "-isystem", "-iquote", "-idirafter",
    "-iprefix", "-iwithprefix", "-iwithprefixbefore", "-isysroot", "--sysroot", "-MF", "-MT",
    "-MQ", "-MJ", "-x", "-Xclang", "-Xlinker", "-Xpreprocessor", "-Xassembler", "-target",
    "-arch", "-L", "-l", "-u", "-z", "-T", "-e", "--param", "-mllvm", "-F", "-framework",
    "-aux-info", "-dependency-file", "-ivfsoverlay", "-B", "-working-directory",
})
# Any of these makes the command something other than a plain compile to an object.
_NOT_A_COMPILE = frozenset({
    "-E", "-S", "-M", "-MM", "-fsyntax-only", "-emit-llvm", "-###", "-v", "--version",
    "-x", "-pg", "--coverage", "-save-temps", "-MJ", "-working-directory",
})
# Flags whose work is done by passes of LLVM's middle end, which gpuopt replaces.
_MIDDLE_END_PREFIXES = (
    "-fsanitize", "-fprofile", "-fcoverage", "-fcs-profile", "-flto", "-fxray",
    "-finstrument-functions", "-fembed-bitcode", "-fopenmp", "-save-temps", "-fpass-plugin",
    "-fmemory-profile", "-fdebug-pass",
)
# glibc warns about _FORTIFY_SOURCE without __OPTIMIZE__, which the -O0 front end lacks.
_FORTIFY_FLAGS = ("-D_FORTIFY_SOURCE", "-U_FORTIFY_SOURCE", "-Wp,-D_FORTIFY_SOURCE",
                  "-Wp,-U_FORTIFY_SOURCE")
_FRAME_POINTER_FLAGS = ("-fomit-frame-pointer", "-fno-omit-frame-pointer",
                        "-momit-leaf-frame-pointer", "-mno-omit-leaf-frame-pointer")


@dataclass(frozen=True)
class CompileStep:
    """One source of a compile command: where its object and .d file go."""

    source: str
    object: str
    dependency_flags: tuple[str, ...]  # -MF/-MQ that clang would have derived from -o


@dataclass(frozen=True)
class CompilePlan:
    front_end_flags: tuple[str, ...]  # the user's flags for the front end
    codegen_flags: tuple[str, ...]    # the user's flags that matter to the code generator
    steps: tuple[CompileStep, ...]


class CompileFailed(Exception):
    """A step failed; ``status`` is the exit status to return."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def _verbose() -> bool:
    return os.environ.get("GPUOPT_CC_VERBOSE", "") not in ("", "0")


def _say(message: str) -> None:
    sys.stderr.write(f"{TOOL}: {message}\n")
    sys.stderr.flush()


def pass_through(args: list[str]) -> NoReturn:
    """Become ``clang-22 ARGS``: clang's output, messages and exit status."""
    if _verbose():
        _say(shlex.join([CLANG, *args]))
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        os.execvp(CLANG, [CLANG, *args])
    except OSError as failure:
        _say(f"error: cannot run {CLANG}: {failure.strerror}")
        sys.exit(1)


def _optimization_level(args: list[str]) -> str:
    """The last -O option's level ('0' when none: clang's default)."""
    levels = [arg[2:] or "1" for arg in args if arg.startswith("-O")]
    return levels[-1] if levels else "0"


def plan_compile(args: list[str]) -> CompilePlan | None:
    """How to compile ``args`` through gpuopt, or None to leave them to clang."""
    options: list[str] = []
    sources: list[str] = []
    output: str | None = None
    compile_only = False
    dependency_file_given = dependency_target_given = False
    index = 0
    while index < len(args):
        arg = args[index]
        value = args[index + 1] if arg in _TAKES_VALUE and index + 1 < len(args) else None
        index += 2 if value is not None else 1
        if arg in _NOT_A_COMPILE or arg.startswith(("@", "-x")) or \
                arg.startswith(_MIDDLE_END_PREFIXES):
            return None
        if arg == "-c":
            compile_only = True
        elif arg == "-o" or (arg.startswith("-o") and value is None):
            if output is not None:
                return None  # clang reports it
            output = value if arg == "-o" else arg[2:]
            if output is None:
                return None
        elif arg == "-" or not arg.startswith("-"):
            sources.append(arg)
        else:
            dependency_file_given |= arg.startswith("-MF")
            dependency_target_given |= arg.startswith(("-MT", "-MQ"))
            options.append(arg)
            if value is not None:
                options.append(value)
    if not compile_only or not sources or _optimization_level(options) == "0":
        return None
    if any(not source.endswith(".c") for source in sources):
        return None
    if output is not None and len(sources) > 1:
        return None  # clang's error: cannot specify -o with several outputs
    writes_dependencies = "-MD" in options or "-MMD" in options
    steps = []
    for source in sources:
        obj = output if output is not None else \
            os.path.splitext(os.path.basename(source))[0] + ".o"
        dependency: list[str] = []
        if writes_dependencies and not dependency_file_given:
            dependency += ["-MF", os.path.splitext(obj)[0] + ".d"]
        if writes_dependencies and not dependency_target_given:
            dependency += ["-MQ", obj]
        steps.append(CompileStep(source, obj, tuple(dependency)))
    return CompilePlan(_front_end_flags(options), _codegen_flags(options), tuple(steps))


def _front_end_flags(options: list[str]) -> tuple[str, ...]:
    kept: list[str] = []
    if os.uname().machine == "x86_64" and not any(flag in options
                                                 for flag in _FRAME_POINTER_FLAGS):
        kept.append("-fomit-frame-pointer")  # what clang does above -O0 on x86-64
    index = 0
    while index < len(options):
        flag = options[index]
        value = options[index + 1] if index + 1 < len(options) else ""
        if flag in ("-D", "-U") and value.startswith("_FORTIFY_SOURCE"):
            index += 2
            continue
        index += 1
        if flag.startswith(("-O", *_FORTIFY_FLAGS)):
            continue
        kept.append(flag)
    return tuple(kept)


def _codegen_flags(options: list[str]) -> tuple[str, ...]:
    kept: list[str] = []
    index = 0
    while index < len(options):
        flag = options[index]
        value = options[index + 1] if flag in _TAKES_VALUE else None
        index += 2 if value is not None else 1
        if flag in ("-target", "-mllvm", "-Xassembler") and value is not None:
            kept += [flag, value]
        elif flag.startswith(("-f", "-m", "-g", "--target=", "-Wa,")) and value is None:
            kept.append(flag)  # -Wa,: the integrated assembler runs in this step
    return tuple(kept)


def _run(command: list[str]) -> float:
    """Run a clang command with the user's streams; its seconds, or CompileFailed."""
    if _verbose():
        _say(shlex.join(command))
    start = time.perf_counter()
    try:
        status = subprocess.run(command, check=False).returncode
    except OSError as failure:
        _say(f"error: cannot run {command[0]}: {failure.strerror}")
        raise CompileFailed(1) from None
    if status != 0:
        raise CompileFailed(status if status > 0 else 1)
    return time.perf_counter() - start


def _log(entry: dict[str, object]) -> None:
    path = os.environ.get("GPUOPT_CC_LOG")
    if not path:
        return
    line = (json.dumps(entry, sort_keys=True) + "\n").encode()
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(descriptor, line)  # one write: whole lines under make -j
    finally:
        os.close(descriptor)


def compile_step(plan: CompilePlan, step: CompileStep, work: str) -> None:
    """Front end, gpuopt, code generator for one source; CompileFailed on an error."""
    stem = os.path.splitext(os.path.basename(step.object))[0]
    source_ir = os.path.join(work, f"{stem}.ll")
    optimized_ir = os.path.join(work, f"{stem}.opt.ll")
    front_end_s = _run([CLANG, *plan.front_end_flags, *step.dependency_flags, *FRONT_END_FLAGS,
                        step.source, "-o", source_ir])

    logging = bool(os.environ.get("GPUOPT_CC_LOG"))
    argv = gpuopt_argv(source_ir, optimized_ir, counts=logging)
    start = time.perf_counter()
    run = run_gpuopt(argv)
    gpuopt_s = time.perf_counter() - start
    if _verbose():
        _say(f"gpuopt ({run.via}, {gpuopt_s:.2f} s) {shlex.join(argv)}")
        sys.stderr.write(run.messages)
    entry: dict[str, object] = {
        "cwd": os.getcwd(), "source": step.source, "object": step.object,
        "front_end_s": round(front_end_s, 4), "gpuopt_s": round(gpuopt_s, 4), "gpuopt": run.via,
        **store_counts(run.messages),
    }
    if run.status != 0:
        if not _verbose():
            sys.stderr.write(run.messages)
        _say(f"error: gpuopt failed on {step.source} (exit status {run.status}); "
             f"no object written")
        _log({**entry, "status": run.status})
        raise CompileFailed(1)

    def codegen(source: Path, output: Path) -> list[str]:
        return [CLANG, *CODEGEN_FLAGS, *plan.codegen_flags, "-c", "-x", "ir", str(source),
                "-o", str(output)]

    start = time.perf_counter()
    try:
        if _verbose():
            _say(shlex.join(codegen(Path(optimized_ir), Path(step.object))))
        report = generate_object(Path(optimized_ir), Path(step.object), codegen,
                                 object_cache())
    except CodegenError as failure:
        sys.stderr.write(f"{failure}\n")
        _say(f"error: code generation failed on gpuopt's output for {step.source} "
             "(GPUOPT_CC_KEEP=DIR keeps the IR)")
        _log({**entry, "status": 1})
        raise CompileFailed(1) from None
    _log({**entry, "codegen_s": round(time.perf_counter() - start, 4), "status": 0,
          "parts": report.partitions, "parts_generated": report.generated})


def compile_all(plan: CompilePlan) -> int:
    """Every source in turn; as clang, a failed source does not stop the others."""
    keep = os.environ.get("GPUOPT_CC_KEEP")
    status = 0
    for step in plan.steps:
        prefix = f"{os.path.splitext(os.path.basename(step.object))[0]}-"
        if keep:
            os.makedirs(keep, exist_ok=True)
        work = tempfile.mkdtemp(prefix=prefix, dir=keep or None)
        try:
            compile_step(plan, step, work)
        except CompileFailed as failure:
            status = status or failure.status
            if os.path.exists(step.object):
                os.unlink(step.object)  # as clang does: make must not take an older object
        finally:
            if not keep:
                shutil.rmtree(work, ignore_errors=True)
    return status


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    plan = plan_compile(args)
    if plan is None:
        pass_through(args)
    try:
        return compile_all(plan)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
