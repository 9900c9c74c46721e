"""Differential execution at scale: csmith programs and random IR modules through a
gpuopt pipeline, run, and compared with the unoptimized build of the same IR.

    python scripts/fuzz/differential.py --random-ir 10000 --csmith 500 --seed 1 --jobs 2

Random IR (scripts/fuzz/random_ir.py): modules (seed, index) are optimized in
batches of --batch per gpuopt process, linked into one program with their
guards (never optimized) and a driver, and run on --inputs inputs each; the
reference is the same IR through ``llc-22 -O0``.  An input whose guard says
UB prints ``ub`` in both builds, so only defined executions are compared.
csmith: program (seed, index) is csmith's --seed SEED*1000000+INDEX, compiled
to IR by clang-22 -O0; its -O0 build's output is the reference.

Every gpuopt failure, output that ``opt-22 -passes=verify`` rejects, or
different output is reduced by ``llvm-reduce-22`` with this script's
``interesting`` subcommand as the test, and saved under tests/fuzz_regressions/
(tests/test_fuzz_regressions.py runs them).  ``--write-modules DIR`` keeps
the inputs and ``--keep-outputs DIR`` gpuopt's outputs, so that the same
modules can be optimized on a GPU machine and compared byte for byte
(``compare-outputs``; see docs/fuzzing.md).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO_ROOT / "scripts" / "corpus"))
import random_ir  # noqa: E402
from quality import STANDARD  # noqa: E402

REGRESSIONS = REPO_ROOT / "tests" / "fuzz_regressions"
CLANG, LLC, OPT, LINK, REDUCE = "clang-22", "llc-22", "opt-22", "llvm-link-22", "llvm-reduce-22"
CLANG_IR_FLAGS = ("-O0", "-Xclang", "-disable-O0-optnone", "-g0", "-S", "-emit-llvm", "-w")
CSMITH_INCLUDE = "/usr/include/csmith"
CSMITH_OPTIONS = ("--max-funcs", "8")
GPUOPT_TIMEOUT_S = 600


@dataclass
class Failure:
    source: str  # random-ir or csmith
    seed: int
    index: int
    kind: str  # crash, verify, mismatch
    detail: str
    module: str  # the input's text


@dataclass
class Tally:
    checked: int = 0  # modules (programs) built both ways and compared
    skipped: int = 0  # csmith programs that fail or time out at -O0; random IR
    #                   modules that LLVM's -O0 code generator cannot compile
    inputs: int = 0  # executions compared (random IR: defined inputs)
    ub_inputs: int = 0
    failures: list[Failure] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.checked += other.checked
        self.skipped += other.skipped
        self.inputs += other.inputs
        self.ub_inputs += other.ub_inputs
        self.failures += other.failures


@dataclass(frozen=True)
class Settings:
    pipeline: str = STANDARD
    device: str = "cpu"
    inputs: int = 256
    run_timeout: float = 10.0
    write_modules: Path | None = None
    keep_outputs: Path | None = None
    profile: str = "default"
    reduce_timeout: float = 3600.0


def run(command: Sequence[str | Path], timeout: float | None = None,
        cwd: Path | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(part) for part in command], capture_output=True, text=True,
                          timeout=timeout, check=False, cwd=cwd, env=env)


def must(command: Sequence[str | Path], timeout: float | None = None) -> str:
    result = run(command, timeout)
    if result.returncode:
        raise RuntimeError(f"{' '.join(map(str, command))}: {result.stderr[-2000:]}")
    return result.stdout


def gpuopt(inputs: Sequence[Path], out: Path, settings: Settings) -> str:
    """Optimize files as one batch into folder ``out``; '' or the error text."""
    out.mkdir(parents=True, exist_ok=True)
    try:
        result = run([sys.executable, "-m", "gpuopt", "--device", settings.device, "-S",
                      f"-passes={settings.pipeline}", *inputs, "--output-dir", out],
                     timeout=GPUOPT_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return f"gpuopt ran over {GPUOPT_TIMEOUT_S} s"
    if result.returncode:
        return result.stderr.strip() or f"exit status {result.returncode}"
    return ""


def verify(path: Path) -> str:
    result = run([OPT, "-passes=verify", "-disable-output", path])
    return "" if result.returncode == 0 else result.stderr.strip()


def crash_signature(stderr: str) -> str:
    """The line that says what went wrong (a traceback's exception, an ``error:``
    line, else the last line), without numbers and names."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()] or ["no message"]
    said = [line for line in lines if re.search(r"\w(Error|Exception)\b|error:", line)]
    return re.sub(r"%[-\w.$]+|@[-\w.$]+|\d+", "#", (said or lines)[-1])[:200]


def optimize_each(work: Path, names: list[str], settings: Settings,
                  source: str, seed: int, indices: list[int]) -> tuple[list[bool], list[Failure]]:
    """gpuopt over the batch; on an error, each module alone to find the ones that fail.
    Then verify each output.  Returns which modules are fine and the failures."""
    inputs = [work / "in" / f"{name}.ll" for name in names]
    error = gpuopt(inputs, work / "out", settings)
    failures: list[Failure] = []
    good = [True] * len(names)
    if error:
        for at, path in enumerate(inputs):
            alone = gpuopt([path], work / "out", settings)
            if alone:
                good[at] = False
                failures.append(Failure(source, seed, indices[at], "crash", alone[-3000:],
                                        path.read_text()))
    for at, name in enumerate(names):
        if not good[at]:
            continue
        problems = verify(work / "out" / f"{name}.ll")
        if problems:
            good[at] = False
            failures.append(Failure(source, seed, indices[at], "verify", problems[-3000:],
                                    inputs[at].read_text()))
    keep(work, names, good, settings)
    return good, failures


def keep(work: Path, names: list[str], good: list[bool], settings: Settings) -> None:
    for folder, target in (("in", settings.write_modules), ("out", settings.keep_outputs)):
        if target is None:
            continue
        target.mkdir(parents=True, exist_ok=True)
        for name, fine in zip(names, good, strict=True):
            if fine or folder == "in":
                shutil.copyfile(work / folder / f"{name}.ll", target / f"{name}.ll")


# --------------------------------------------------------------------------- random IR


def driver_object(work: Path) -> Path:
    source = work / "driver.c"
    source.write_text(random_ir.DRIVER_C)
    must([CLANG, "-O0", "-w", "-c", source, "-o", work / "driver.o"])
    return work / "driver.o"


def build_program(modules: list[Path], harness: Path, driver: Path, exe: Path) -> None:
    """llvm-link the modules, llc -O0, link with the harness and the driver."""
    linked = exe.with_suffix(".bc")
    must([LINK, *modules, "-o", linked])
    must([LLC, "-O0", "-relocation-model=pic", "-filetype=obj", linked, "-o",
          exe.with_suffix(".o")])
    must([CLANG, exe.with_suffix(".o"), harness, driver, "-o", exe])


def execute(exe: Path, inputs: int, timeout: float, stack_byte: int = 0) -> list[str] | None:
    """The driver's lines, or None when it ran over the limit or failed."""
    try:
        result = run([exe, str(inputs), str(stack_byte)], timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    return result.stdout.splitlines() if result.returncode == 0 else None


def by_function(lines: list[str], count: int) -> list[list[str]]:
    grouped: list[list[str]] = [[] for _ in range(count)]
    for line in lines:
        k, rest = line.split(" ", 1)
        grouped[int(k)].append(rest)
    return grouped


def random_ir_batch(seed: int, indices: list[int], settings: Settings) -> Tally:
    tally = Tally()
    with tempfile.TemporaryDirectory(prefix="gpuopt-rir-") as scratch:
        work = Path(scratch)
        (work / "in").mkdir()
        names = [f"rir{index}" for index in indices]
        modules = [random_ir.generate(seed, index, settings.profile) for index in indices]
        for name, text in zip(names, modules, strict=True):
            (work / "in" / f"{name}.ll").write_text(text)
        good, tally.failures = optimize_each(work, names, settings, "random-ir", seed, indices)
        kept = [at for at in range(len(names)) if good[at]]
        try:
            compare_random_ir(work, names, modules, kept, seed, indices, settings, tally)
        except RuntimeError:
            # A build failed: LLVM's -O0 code generator cannot compile some module
            # (llc-22 aborts on a few random shapes, "Unable to copy EFLAGS
            # physical register!").  Where the input fails, LLVM cannot build the
            # reference: the module is skipped.  Where only gpuopt's output fails,
            # that is a failure.  The others are compared again.
            builds = {at: (compiles(work / "in" / f"{names[at]}.ll"),
                           compiles(work / "out" / f"{names[at]}.ll")) for at in kept}
            tally.skipped += sum(not reference for reference, _ in builds.values())
            tally.failures += [Failure("random-ir", seed, indices[at], "llc", "llc-22 -O0 cannot "
                                       "compile gpuopt's output, but compiles the input",
                                       modules[at])
                               for at, (reference, output) in builds.items()
                               if reference and not output]
            compare_random_ir(work, names, modules, [at for at in kept if all(builds[at])],
                              seed, indices, settings, tally)
    return tally


def compiles(module: Path) -> bool:
    """Does LLVM's -O0 code generator compile this module (the builds' step)?"""
    return run([LLC, "-O0", "-relocation-model=pic", "-filetype=null", module]).returncode == 0


def compare_random_ir(work: Path, names: list[str], modules: list[str], kept: list[int],
                      seed: int, indices: list[int], settings: Settings, tally: Tally) -> None:
    """Build the ``kept`` modules as they are and as gpuopt made them, run both on
    the same inputs, and add what was compared (and any difference) to ``tally``."""
    if not kept:
        return
    harness = work / "harness.ll"
    harness.write_text(random_ir.harness_module([modules[at] for at in kept]))
    must([LLC, "-O0", "-relocation-model=pic", "-filetype=obj", harness, "-o",
          work / "harness.o"])
    driver = driver_object(work)
    programs = {}
    for folder in ("in", "out"):
        exe = work / f"{folder}.exe"
        build_program([work / folder / f"{names[at]}.ll" for at in kept],
                      work / "harness.o", driver, exe)
        programs[folder] = execute(exe, settings.inputs, settings.run_timeout * len(kept))
    reference, optimized = programs["in"], programs["out"]
    if reference is None:
        raise RuntimeError(f"reference program of seed {seed} {indices[0]}.. failed")
    expected = by_function(reference, len(kept))
    got = by_function(optimized, len(kept)) if optimized is not None else None
    for slot, at in enumerate(kept):
        ub = sum(line.endswith(" ub") for line in expected[slot])
        tally.ub_inputs += ub
        tally.inputs += len(expected[slot]) - ub
        tally.checked += 1
        if got is None or got[slot] != expected[slot]:
            diff = ("the optimized program failed or ran over the limit" if got is None else
                    next((f"input {a.split()[0]}: expected {a.split(' ', 1)[1]}, "
                          f"got {b.split(' ', 1)[1]}"
                          for a, b in zip(expected[slot], got[slot], strict=False) if a != b),
                         "a different number of lines"))
            tally.failures.append(Failure("random-ir", seed, indices[at], "mismatch", diff,
                                          modules[at]))


# --------------------------------------------------------------------------- csmith


@dataclass
class Program:
    """A C program's IR and how its -O0 build behaves."""

    name: str
    module: Path
    expected: str
    link_libs: list[str] = field(default_factory=lambda: ["-lm"])


def build_and_run(module: Path, exe: Path, libs: list[str], timeout: float) -> str | None:
    """Output of the program built from IR at -O0, None on a failure or time-out."""
    built = run([CLANG, "-O0", "-w", "-Wno-override-module", module, "-o", exe, *libs])
    if built.returncode:
        return None
    return run_built(exe, timeout)


def run_built(exe: Path, timeout: float, pad: int = 0) -> str | None:
    """Output of a built program, None on a failure or time-out; ``pad`` bytes of
    environment move its stack."""
    env = {**os.environ, "GPUOPT_STACK_PAD": "x" * pad} if pad else None
    try:
        result = run([exe], timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return None
    return result.stdout if result.returncode == 0 else None


_ALLOCA = re.compile(r"^([ \t]*)(%[-\w.$]+) = alloca (.+?)(?:, align [0-9]+)?[ \t]*$", re.M)


def with_filled_allocas(text: str, byte: int) -> str:
    """The module with every alloca filled with ``byte`` where it is made: a
    program that prints the same for two bytes reads no uninitialised stack (a
    reduced candidate that deleted a store often does, and prints the garbage,
    which the stack's earlier use makes the same from run to run)."""
    def fill(alloca: re.Match[str]) -> str:
        indent, name, kind = alloca.group(1), alloca.group(2), alloca.group(3)
        return (f"{alloca.group(0)}\n{indent}call void @llvm.memset.p0.i64(ptr {name}, i8 {byte}, "
                f"i64 ptrtoint (ptr getelementptr ({kind}, ptr null, i32 1) to i64), i1 false)")
    filled = _ALLOCA.sub(fill, text)
    if not re.search(r"^declare .*@llvm\.memset\.p0\.i64\(", filled, re.M):
        filled += "\ndeclare void @llvm.memset.p0.i64(ptr, i8, i64, i1)\n"
    return filled


def loads_a_never_written_alloca(text: str) -> bool:
    """Does some function load from an alloca that nothing else touches (no store,
    call or address taken)?  Such a load is undef, whose uses may differ from each
    other: a program can print the same for every concrete filling and still be
    optimized to print otherwise, legally (a reduction of session 10's case ended
    on ``((ctx xor garbage) & 1)`` done twice)."""
    for body in re.findall(r"^define [^\n]*\{\n(.*?)^\}", text, re.M | re.S):
        for name in re.findall(r"^[ \t]*(%[-\w.$]+) = alloca ", body, re.M):
            uses = re.findall(rf"^.*{re.escape(name)}(?![-\w.$]).*$", body, re.M)
            reads = [use for use in uses if re.search(r"= load [^,]+, ptr " + re.escape(name)
                                                      + r"(?![-\w.$])", use)]
            if reads and len(uses) == len(reads) + 1:  # the alloca itself, and loads
                return True
    return False


def printf_lost_arguments(text: str) -> bool:
    """Does some call of printf pass other than a constant format and as many
    arguments as the format converts?  llvm-reduce drops call arguments, and
    printf then prints whatever the argument registers hold: the same on every
    run of one build, something else in another."""
    formats = dict(re.findall(r'^(@[-\w.$]+) = [^\n]*constant \[[0-9]+ x i8\] c"([^"]*)"',
                              text, re.M))
    for arguments in re.findall(r"^[^;\n]*\bcall\b[^\n]*@printf\(([^\n]*)\)", text, re.M):
        parts = [part.strip() for part in arguments.split(",")] if arguments.strip() else []
        found = re.fullmatch(r"ptr (?:noundef )?(@[-\w.$]+)", parts[0]) if parts else None
        if found is None or found.group(1) not in formats:
            return True
        conversions = re.findall(r"%[^%]", formats[found.group(1)].replace("%%", ""))
        if len(parts) - 1 != len(conversions):
            return True
    return False


# undef and poison as words of IR, once strings and comments are cut out
_UNDEFINED = re.compile(r"\b(?:undef|poison)\b")
_STRINGS_AND_COMMENTS = re.compile(r'c?"[^"]*"|;[^\n]*')


def csmith_program(seed: int, index: int, work: Path, timeout: float) -> Program | None:
    """Generate, compile to IR, and run at -O0; None when csmith's program misbehaves."""
    name = f"csmith{index}"
    source = work / f"{name}.c"
    must(["csmith", "--seed", str(seed * 1_000_000 + index), *CSMITH_OPTIONS, "-o", source])
    module = work / "in" / f"{name}.ll"
    if run([CLANG, *CLANG_IR_FLAGS, "-I", CSMITH_INCLUDE, source, "-o", module]).returncode:
        return None
    expected = build_and_run(module, work / f"{name}.ref", ["-lm"], timeout)
    return None if expected is None else Program(name, module, expected)


def check_programs(programs: list[Program], work: Path, settings: Settings, source: str,
                   seed: int, indices: list[int]) -> Tally:
    """Optimize the programs' modules as one batch, build and run each, compare."""
    tally = Tally()
    (work / "in").mkdir(exist_ok=True)
    for program in programs:
        target = work / "in" / f"{program.name}.ll"
        if program.module != target:
            shutil.copyfile(program.module, target)
    names = [program.name for program in programs]
    good, tally.failures = optimize_each(work, names, settings, source, seed, indices)
    for at, program in enumerate(programs):
        if not good[at]:
            continue
        tally.checked += 1
        tally.inputs += 1
        output = build_and_run(work / "out" / f"{program.name}.ll", work / f"{program.name}.opt",
                               program.link_libs, 2 * settings.run_timeout)
        if output != program.expected:
            got = "failed or ran over the limit" if output is None else repr(output[-200:])
            tally.failures.append(Failure(source, seed, indices[at], "mismatch",
                                          f"output {got}, expected {program.expected[-200:]!r}",
                                          (work / "in" / f"{program.name}.ll").read_text()))
    return tally


def csmith_batch(seed: int, indices: list[int], settings: Settings) -> Tally:
    with tempfile.TemporaryDirectory(prefix="gpuopt-csmith-") as scratch:
        work = Path(scratch)
        (work / "in").mkdir()
        programs, kept = [], []
        for index in indices:
            program = csmith_program(seed, index, work, settings.run_timeout)
            if program is not None:
                programs.append(program)
                kept.append(index)
        tally = check_programs(programs, work, settings, "csmith", seed, kept)
        tally.skipped = len(indices) - len(kept)
        return tally


# --------------------------------------------------------------------------- reduction


# All a csmith program prints (its driver's printf("checksum = %X\n", ...)).
_CHECKSUM_LINE = re.compile(r"checksum = [0-9A-F]+\n")


def interesting(kind: str, match: str, path: Path, settings: Settings) -> bool:
    """Does the module at ``path`` still show the failure (llvm-reduce's test)?"""
    with tempfile.TemporaryDirectory(prefix="gpuopt-reduce-") as scratch:
        work = Path(scratch)
        text = path.read_text()
        if kind == "mismatch-random-ir":
            try:
                harness_text = random_ir.harness_module([text])
            except random_ir.Unsupported:
                return False
        error = gpuopt([path], work / "out", settings)
        if kind == "crash":
            return bool(error) and crash_signature(error) == match
        if error:
            return False
        out = work / "out" / path.name
        problems = verify(out)
        if kind == "verify":
            return bool(problems) and crash_signature(problems.splitlines()[0]) == match
        if problems:
            return False
        if kind == "llc":
            return compiles(path) and not compiles(out)
        if kind == "mismatch-csmith":
            # llvm-reduce puts undef and poison where operands were; a program that
            # prints them prints whatever its registers held, differently in each
            # build: no miscompile.  (clang's -O0 IR of csmith programs has neither.)
            if _UNDEFINED.search(_STRINGS_AND_COMMENTS.sub("", text)) \
                    or loads_a_never_written_alloca(text) or printf_lost_arguments(text):
                return False
            expected = build_and_run(path, work / "ref", ["-lm"], settings.run_timeout)
            # the reference must print what a csmith program prints, its checksum line:
            # a candidate whose printf lost its format (llvm-reduce drops arguments)
            # prints whatever its registers point at
            if expected is None or not _CHECKSUM_LINE.fullmatch(expected):
                return False
            # nor may the reference read uninitialised stack: it must print the same
            # with its stack moved, and with every alloca filled with 0x55 and with
            # 0xaa (every bit differs, so no bit of garbage escapes: 0 and 0xaa agree
            # on the low bit, which let a reduction end on garbage & 1)
            if expected != run_built(work / "ref", settings.run_timeout, pad=4099):
                return False
            for byte in (85, -86):
                filled = work / f"filled{byte}.ll"
                filled.write_text(with_filled_allocas(text, byte))
                if build_and_run(filled, work / f"filled{byte}", ["-lm"],
                                 settings.run_timeout) != expected:
                    return False
            return expected != build_and_run(out, work / "opt", ["-lm"],
                                             2 * settings.run_timeout)
        harness = work / "harness.ll"
        harness.write_text(harness_text)
        try:
            must([LLC, "-O0", "-relocation-model=pic", "-filetype=obj", harness, "-o",
                  work / "harness.o"])
            driver = driver_object(work)
            build_program([path], work / "harness.o", driver, work / "ref.exe")
            build_program([out], work / "harness.o", driver, work / "opt.exe")
        except RuntimeError:
            return False
        reference = execute(work / "ref.exe", settings.inputs, settings.run_timeout)
        # Reading uninitialised memory shows as a reference that depends on the stack.
        if reference is None or reference != execute(work / "ref.exe", settings.inputs,
                                                     settings.run_timeout, 85):
            return False
        return reference != execute(work / "opt.exe", settings.inputs, settings.run_timeout)


def reduction_kind(failure: Failure) -> tuple[str, str]:
    if failure.kind == "crash":
        return "crash", crash_signature(failure.detail)
    if failure.kind == "verify":
        return "verify", crash_signature(failure.detail.splitlines()[0])
    if failure.kind == "llc":
        return "llc", ""
    return f"mismatch-{failure.source}", ""


def reduce_and_save(failure: Failure, settings: Settings, folder: Path = REGRESSIONS) -> Path:
    """llvm-reduce the failing module and save it as a regression test."""
    kind, match = reduction_kind(failure)
    stem = f"{failure.source}-s{failure.seed}-{failure.index}-{failure.kind}"
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="gpuopt-reduce-") as scratch:
        work = Path(scratch)
        original = work / f"{stem}.ll"
        original.write_text(failure.module)
        reduced = work / f"{stem}.reduced.ll"
        test = [f"--test={sys.executable}", f"--test-arg={Path(__file__).resolve()}",
                "--test-arg=interesting", f"--test-arg=--kind={kind}",
                f"--test-arg=--match={match}", f"--test-arg=--pipeline={settings.pipeline}"]
        try:
            result = run([REDUCE, f"-j={os.cpu_count() or 1}", *test, original, "-o", reduced],
                         timeout=settings.reduce_timeout)
        except subprocess.TimeoutExpired:
            # The unreduced module is still a regression case; say why it is whole.
            result = subprocess.CompletedProcess(
                [REDUCE], 1, "", f"llvm-reduce ran over {settings.reduce_timeout:g} s")
        body = reduced.read_text() if result.returncode == 0 and reduced.exists() \
            else failure.module
    # The scratch file names are no part of the case.
    body = "\n".join(line for line in body.splitlines()
                     if not line.startswith(("; ModuleID", "source_filename"))) + "\n"
    note = "reduced with llvm-reduce-22" if result.returncode == 0 else \
        f"not reduced: {' '.join(result.stderr.split())[-200:]}"
    detail = " ".join(failure.detail.split())[:300]
    header = [f"; fuzz regression: {failure.source} seed {failure.seed} index {failure.index} "
              "(scripts/fuzz/differential.py)",
              f"; kind: {kind}", f"; match: {match}", f"; found: {detail}", f"; {note}"]
    target = folder / f"{stem}.ll"
    target.write_text("\n".join(header) + "\n" + body)
    return target


# --------------------------------------------------------------------------- regression cases


def case_header(path: Path) -> dict[str, str]:
    fields = {}
    for line in path.read_text().splitlines():
        if not line.startswith("; "):
            break
        key, _, value = line[2:].partition(": ")
        fields[key] = value
    return fields


# An opt-style report: "gpuopt: FILE:LINE:COL: error: MESSAGE", the source line, a caret.
_POSITIONED_ERROR = re.compile(r"gpuopt: .+:(\d+):(\d+): error: (.+)\n.*\n( *)\^$")


def check_case(path: Path, settings: Settings | None = None) -> str:
    """'' when a saved regression case passes: gpuopt succeeds, the output verifies, and
    for mismatches the optimized program behaves like the reference.  A case of kind
    ``error`` is invalid IR that opt-22 rejects too: gpuopt must reject it with an
    opt-style report (no traceback, no output file) whose message is the header's
    ``error:`` line."""
    settings = settings or Settings()
    header = case_header(path)
    kind = header.get("kind", "crash")
    with tempfile.TemporaryDirectory(prefix="gpuopt-case-") as scratch:
        work = Path(scratch)
        error = gpuopt([path], work / "out", settings)
        if kind == "error":
            return check_rejected(error, header.get("error", ""), work / "out" / path.name)
        if error:
            return f"gpuopt failed: {error[-1000:]}"
        problems = verify(work / "out" / path.name)
        if problems:
            return f"output does not verify: {problems[:1000]}"
        if kind == "llc" and not compiles(work / "out" / path.name):
            return "llc-22 -O0 cannot compile the output"
    if kind.startswith("mismatch") and interesting(kind, "", path, settings):
        return "the optimized program behaves differently"
    return ""


def check_rejected(error: str, expected: str, output: Path) -> str:
    """'' when gpuopt's error text is one opt-style report of ``expected`` with its
    caret under the column, and no output was written."""
    if not error:
        return "gpuopt accepted invalid input"
    if output.exists():
        return f"gpuopt wrote {output.name} for invalid input"
    report = _POSITIONED_ERROR.fullmatch(error)
    if "Traceback" in error or report is None or len(report.group(4)) != int(report.group(2)) - 1:
        return f"not an opt-style report: {error[-1000:]}"
    if report.group(3) != expected:
        return f"expected the error {expected!r}, got {report.group(3)!r}"
    return ""


# --------------------------------------------------------------------------- driver


def batches(count: int, size: int) -> list[list[int]]:
    return [list(range(start, min(count, start + size))) for start in range(0, count, size)]


def sweep(name: str, count: int, seed: int, options: argparse.Namespace, settings: Settings,
          work: Callable[[int, list[int], Settings], Tally]) -> Tally:
    """Batches in a thread pool; after --time-limit seconds the rest are not started."""
    tally = Tally()
    start = time.perf_counter()
    done = 0

    def one(indices: list[int]) -> Tally | None:
        if options.time_limit and time.perf_counter() - start > options.time_limit:
            return None
        return work(seed, indices, settings)

    with ThreadPoolExecutor(options.jobs) as pool:
        for result in pool.map(one, batches(count, options.batch)):
            if result is None:
                continue
            tally.add(result)
            done += result.checked + result.skipped + sum(
                failure.kind != "mismatch" for failure in result.failures)
            for failure in result.failures:
                print(f"FAILURE {failure.source} seed {failure.seed} index {failure.index}: "
                      f"{failure.kind}: {' '.join(failure.detail.split())[:300]}", flush=True)
            if options.progress:
                print(f"[{name}] {done}/{count} modules, {len(tally.failures)} failures, "
                      f"{time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    extra = (f", {tally.inputs} defined inputs compared, {tally.ub_inputs} guarded as UB, "
             f"{tally.skipped} skipped (llc-22 -O0 cannot compile the input)"
             if name == "random-ir" else f", {tally.skipped} skipped (fail or slow at -O0)")
    print(f"{name}: {tally.checked} modules checked, {len(tally.failures)} failures{extra}, "
          f"{count - done} not run, seed {seed}, {settings.device}, "
          f"{time.perf_counter() - start:.0f} s", flush=True)
    return tally


def compare_outputs(first: Path, second: Path) -> int:
    """Byte-for-byte comparison of two --keep-outputs folders (e.g. CPU and GPU)."""
    names = sorted({p.name for p in first.glob("*.ll")} | {p.name for p in second.glob("*.ll")})
    differ = [n for n in names if not (first / n).exists() or not (second / n).exists()
              or (first / n).read_bytes() != (second / n).read_bytes()]
    for name in differ:
        print(f"DIFFERS {name}")
    print(f"{len(names) - len(differ)} identical, {len(differ)} differ or missing")
    return 1 if differ else 0


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command")
    test = sub.add_parser("interesting", help="llvm-reduce's interestingness test")
    test.add_argument("--kind", required=True)
    test.add_argument("--match", default="")
    test.add_argument("--pipeline", default=STANDARD)
    test.add_argument("file", type=Path)
    compare = sub.add_parser("compare-outputs", help="compare two --keep-outputs folders")
    compare.add_argument("first", type=Path)
    compare.add_argument("second", type=Path)
    parser.add_argument("--csmith", type=int, default=0, metavar="N")
    parser.add_argument("--random-ir", type=int, default=0, metavar="N")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profile", choices=sorted(random_ir.PROFILES), default="default",
                        help="random IR: 'constants' makes half the operands constants")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--batch", type=int, default=100, help="modules per gpuopt process")
    parser.add_argument("--device", choices=("cpu", "gpu"), default="cpu")
    parser.add_argument("--pipeline", default=STANDARD)
    parser.add_argument("--inputs", type=int, default=256, help="inputs per random function")
    parser.add_argument("--timeout", type=float, default=10.0,
                        help="seconds per program run (per function for random IR)")
    parser.add_argument("--write-modules", type=Path, metavar="DIR",
                        help="keep every generated input module here")
    parser.add_argument("--keep-outputs", type=Path, metavar="DIR",
                        help="keep gpuopt's outputs here (to compare CPU with GPU)")
    parser.add_argument("--generate-only", type=Path, metavar="DIR",
                        help="only write the random IR modules to DIR (no tools needed)")
    parser.add_argument("--time-limit", type=float, default=0, metavar="SECONDS",
                        help="start no batch after this many seconds (per kind)")
    parser.add_argument("--no-reduce", action="store_true")
    parser.add_argument("--regressions", type=Path, default=REGRESSIONS)
    parser.add_argument("--progress", action="store_true")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    options = parse(argv)
    if options.command == "interesting":
        # Candidates may loop forever: a short limit keeps reduction moving.
        settings = Settings(pipeline=options.pipeline, run_timeout=2.0)
        return 0 if interesting(options.kind, options.match, options.file, settings) else 1
    if options.command == "compare-outputs":
        return compare_outputs(options.first, options.second)
    if options.generate_only:
        options.generate_only.mkdir(parents=True, exist_ok=True)
        for index in range(options.random_ir):
            (options.generate_only / f"rir{index}.ll").write_text(
                random_ir.generate(options.seed, index, options.profile))
        return 0
    settings = Settings(options.pipeline, options.device, options.inputs, options.timeout,
                        options.write_modules, options.keep_outputs, options.profile)
    total = Tally()
    if options.random_ir:
        total.add(sweep("random-ir", options.random_ir, options.seed, options, settings,
                        random_ir_batch))
    if options.csmith:
        total.add(sweep("csmith", options.csmith, options.seed, options, settings,
                        csmith_batch))
    if not options.no_reduce:
        for failure in total.failures:
            print(f"saved {reduce_and_save(failure, settings, options.regressions)}",
                  flush=True)
    return 1 if total.failures else 0


if __name__ == "__main__":
    sys.exit(main())
