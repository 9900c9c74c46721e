"""csmith programs at scale, with the GPU machine's 16 cores doing the checking.

This 2-core machine makes the programs' IR (csmith, then clang-22 at -O0:
the modules differential.py makes); the GPU machine, which has no clang,
optimizes them all with gpuopt (on the CPU through ``--ray``, one worker per
core, or with ``--no-ray`` one gpuopt process per core, where Ray is not
installed; and a part of them on the GPU, whose output must be
byte-identical),
compiles the unoptimized and the optimized IR with LLVM 22 in process
(llvmlite, no optimization) and links them with the system's C compiler,
runs both with a time limit and compares what they print (csmith prints a
checksum of all globals).  A program whose unoptimized build fails or runs
over the limit is skipped, as differential.py skips it::

    python scripts/fuzz/csmith_device.py prepare --count 5000 --seed 11 --out .gpu/csmith-11.tar.xz
    python scripts/fuzz/csmith_device.py check .gpu/csmith-11.tar.xz --out DIR --gpu 200 --no-ray
    python scripts/fuzz/csmith_device.py check .gpu/csmith-11.tar.xz --out DIR --gpu 1000 \
        --no-ray --gpu-only     # GPU against CPU bytes only, for programs checked before

Here (for testing the harness) ``check --compiler clang`` uses clang-22
instead of llvmlite.  Results: ``DIR/csmith-check.json`` and the failing
modules under ``DIR/failures/``.  Back here, where llvm-reduce-22 is,
``reduce DIR`` reduces each failure into a regression test under
tests/fuzz_regressions/, as differential.py does with its own::

    python scripts/fuzz/csmith_device.py reduce DIR
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

STANDARD = "function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)"
CLANG = "clang-22"
CLANG_IR_FLAGS = ("-O0", "-Xclang", "-disable-O0-optnone", "-g0", "-S", "-emit-llvm", "-w")
CSMITH_OPTIONS = ("--max-funcs", "8")
CSMITH_INCLUDE = "/usr/include/csmith"
ROOT = Path(__file__).resolve().parents[2]


# ------------------------------------------------------------------ here

def _make_one(job: tuple[int, int, str]) -> str | None:
    seed, index, folder = job
    name = f"csmith-{seed}-{index}"
    source, module = Path(folder) / f"{name}.c", Path(folder) / f"{name}.ll"
    made = subprocess.run(["csmith", "--seed", str(seed * 1_000_000 + index), *CSMITH_OPTIONS,
                           "-o", str(source)], capture_output=True, check=False)
    if made.returncode:
        return None
    built = subprocess.run([CLANG, *CLANG_IR_FLAGS, "-I", CSMITH_INCLUDE, str(source), "-o",
                            str(module)], capture_output=True, check=False)
    source.unlink()
    return module.name if built.returncode == 0 else None


def prepare(count: int, seed: int, out: Path, jobs: int) -> None:
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        with ProcessPoolExecutor(jobs) as pool:
            names = [name for name in pool.map(_make_one, [(seed, index, scratch)
                                                           for index in range(count)],
                                               chunksize=16) if name]
        out.parent.mkdir(parents=True, exist_ok=True)
        packed = subprocess.run(["tar", "-C", scratch, "-cf", "-", *names], capture_output=True,
                                check=True).stdout
        out.write_bytes(subprocess.run(["xz", "-T0", "-6"], input=packed, capture_output=True,
                                       check=True).stdout)
    print(f"{len(names)} of {count} programs to IR in {time.perf_counter() - start:.0f} s: {out} "
          f"({out.stat().st_size >> 20} MB)")


# ------------------------------------------------------------------ there

def _compile(module: Path, exe: Path, compiler: str) -> bool:
    if compiler == "clang":
        return subprocess.run([CLANG, "-O0", "-w", "-Wno-override-module", str(module), "-o",
                               str(exe), "-lm"], capture_output=True, check=False).returncode == 0
    import llvmlite.binding as llvm

    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    try:
        parsed = llvm.parse_assembly(module.read_text())
        parsed.verify()
    except RuntimeError:
        return False
    machine = llvm.Target.from_triple(parsed.triple).create_target_machine(opt=0)
    obj = exe.with_suffix(".o")
    obj.write_bytes(machine.emit_object(parsed))
    linked = subprocess.run(["cc", "-no-pie", str(obj), "-o", str(exe), "-lm"],
                            capture_output=True, check=False)
    obj.unlink()
    return linked.returncode == 0


def _run(exe: Path, timeout: float) -> str | None:
    try:
        result = subprocess.run([str(exe)], capture_output=True, text=True, timeout=timeout,
                                check=False)
    except subprocess.TimeoutExpired:
        return None
    return result.stdout if result.returncode == 0 else None


def _check_one(job: tuple[str, str, str, str, float]) -> tuple[str, str]:
    """(name, 'skipped' | 'same' | 'mismatch: ...' | 'no output' )."""
    name, original, optimized, compiler, timeout = job
    with tempfile.TemporaryDirectory() as scratch:
        exe = Path(scratch) / "program"
        if not _compile(Path(original), exe, compiler):
            return name, "skipped"
        expected = _run(exe, timeout)
        if expected is None:
            return name, "skipped"
        if not Path(optimized).exists():
            return name, "no output"
        if not _compile(Path(optimized), exe, compiler):
            return name, "mismatch: the optimized module does not compile"
        got = _run(exe, 2 * timeout)
        if got != expected:
            shown = "failed or ran over the limit" if got is None else repr(got[-120:])
            return name, f"mismatch: {shown}, expected {expected[-120:]!r}"
        return name, "same"


def _gpuopt(inputs: list[Path], out: Path, extra: list[str],
            processes: int = 1) -> tuple[int, float, str]:
    """gpuopt on ``inputs`` into ``out``, as ``processes`` commands at once."""
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep
               + os.environ.get("PYTHONPATH", ""))
    start = time.perf_counter()
    running = [subprocess.Popen([sys.executable, "-m", "gpuopt", f"-passes={STANDARD}", *extra,
                                 *map(str, inputs[k::processes]), "--output-dir", str(out)],
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                text=True) for k in range(processes) if inputs[k::processes]]
    errors = [run.communicate()[1] for run in running]
    status = max(run.returncode for run in running)
    return status, time.perf_counter() - start, "".join(errors)[-20000:]


def check(archive: Path, out: Path, gpu: int, compiler: str, timeout: float, ray: bool,
          jobs: int, gpu_only: bool = False, gpu_processes: int = 4) -> None:
    out.mkdir(parents=True, exist_ok=True)
    report: dict[str, object] = {"archive": archive.name, "compiler": compiler}
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        with tarfile.open(archive) as packed:
            packed.extractall(work / "in", filter="data")
        inputs = sorted((work / "in").glob("*.ll"))
        report["programs"] = len(inputs)
        status, seconds, err = _gpuopt(inputs, work / "cpu", ["--ray"] if ray else [],
                                       1 if ray else jobs)
        report["gpuopt_cpu"] = {"status": status, "seconds": round(seconds, 1),
                                "ray": ray, "messages": err if status else ""}
        print(f"gpuopt on the CPU: {len(inputs)} modules, status {status}, {seconds:.0f} s",
              flush=True)
        part = inputs[:gpu]
        jobs_list = [] if gpu_only else [  # (gpu_only: the builds were run before)
            (path.name, str(path), str(work / "cpu" / path.name), compiler, timeout)
            for path in inputs]
        # The GPU run is mostly host work on one core per process (reading, launches),
        # so several gpuopt processes share the one GPU, and the builds and runs go on
        # meanwhile on the cores left.  -time-passes: each process's phase tables are
        # kept beside the report.
        with ProcessPoolExecutor(max(1, jobs - (gpu_processes if part else 0))) as pool, \
                ThreadPoolExecutor(1) as waiter:
            # (a fork pool starts all its workers at the first task: done here, before
            # the waiting thread exists, since a fork while it holds a lock would hang)
            pool.submit(int).result()
            gpu_run = waiter.submit(_gpuopt, part, work / "gpu",
                                    ["--device", "gpu", "-time-passes"],
                                    gpu_processes) if part else None
            start = time.perf_counter()
            outcomes = dict(pool.map(_check_one, jobs_list, chunksize=8))
            report["run_seconds"] = round(time.perf_counter() - start, 1)
            if gpu_run is not None:
                status, seconds, err = gpu_run.result()
                (out / "gpu-time-passes.txt").write_text(err)
                same = sum((work / "gpu" / path.name).exists()
                           and (work / "gpu" / path.name).read_bytes()
                           == (work / "cpu" / path.name).read_bytes() for path in part)
                report["gpu"] = {"status": status, "seconds": round(seconds, 1),
                                 "processes": gpu_processes, "compared": len(part),
                                 "identical": same, "messages": err if status else ""}
                print(f"gpuopt on the GPU ({gpu_processes} processes): {same} of {len(part)} "
                      f"identical to the CPU's, {seconds:.0f} s", flush=True)
        tally: dict[str, int] = {}
        for outcome in outcomes.values():
            key = outcome.split(":")[0]
            tally[key] = tally.get(key, 0) + 1
        report["outcomes"] = tally
        failures = {name: outcome for name, outcome in outcomes.items()
                    if outcome not in ("same", "skipped")}
        report["failures"] = failures
        for name in failures:
            (out / "failures").mkdir(exist_ok=True)
            (out / "failures" / name).write_bytes((work / "in" / name).read_bytes())
    (out / "csmith-check.json").write_text(json.dumps(report, indent=1) + "\n")
    print(json.dumps({key: value for key, value in report.items() if key != "failures"}))
    print(f"failures: {len(failures)}")


def reduce(folder: Path, regressions: Path, timeout: float) -> None:
    """llvm-reduce each failure a check saved under ``folder`` into a regression
    test (differential.reduce_and_save).  A module that gave no output is run
    through gpuopt again here, for the error to reduce on."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import differential

    report = json.loads((folder / "csmith-check.json").read_text())
    settings = differential.Settings(reduce_timeout=timeout)
    for name, outcome in sorted(report["failures"].items()):
        found = re.fullmatch(r"csmith-([0-9]+)-([0-9]+)\.ll", name)
        if found is None:
            raise SystemExit(f"{name}: not a csmith module's name (csmith-SEED-INDEX.ll)")
        seed, index = int(found[1]), int(found[2])
        module = folder / "failures" / name
        kind, detail = "mismatch", f"{outcome} (csmith_device.py check of {report['archive']})"
        if outcome.startswith("mismatch") and not differential.interesting(
                "mismatch-csmith", "", module, settings):
            print(f"{name}: {outcome} there, but not here (clang-22 builds); not reduced")
            continue
        if not outcome.startswith("mismatch"):
            with tempfile.TemporaryDirectory(prefix="gpuopt-csmith-") as scratch:
                error = differential.gpuopt([module], Path(scratch), settings)
                problems = "" if error else differential.verify(Path(scratch) / name)
            if not error and not problems:
                print(f"{name}: {outcome} there, but gpuopt optimizes it here; not reduced")
                continue
            kind, detail = ("crash", error) if error else ("verify", problems)
        failure = differential.Failure("csmith", seed, index, kind, detail, module.read_text())
        print(f"{name}: {kind}: {differential.reduce_and_save(failure, settings, regressions)}",
              flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("prepare")
    make.add_argument("--count", type=int, required=True)
    make.add_argument("--seed", type=int, required=True)
    make.add_argument("--out", type=Path, required=True)
    make.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    test = sub.add_parser("check")
    test.add_argument("archive", type=Path)
    test.add_argument("--out", type=Path, required=True)
    test.add_argument("--gpu", type=int, default=0, help="also optimize the first N on the GPU")
    test.add_argument("--compiler", choices=("llvmlite", "clang"), default="llvmlite")
    test.add_argument("--timeout", type=float, default=10.0)
    test.add_argument("--no-ray", action="store_true")
    test.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    test.add_argument("--gpu-only", action="store_true",
                      help="compare the GPU's outputs with the CPU's, without building or "
                           "running (for programs whose builds an earlier check ran)")
    test.add_argument("--gpu-processes", type=int, default=4,
                      help="gpuopt processes sharing the GPU, each on a slice of the N")
    shrink = sub.add_parser("reduce", help="here: llvm-reduce a check's failures into "
                                          "regression tests")
    shrink.add_argument("folder", type=Path, help="a check's --out folder")
    shrink.add_argument("--regressions", type=Path, default=ROOT / "tests" / "fuzz_regressions")
    shrink.add_argument("--timeout", type=float, default=3600.0,
                        help="seconds llvm-reduce may take on each failure (the whole module "
                             "is saved when it runs over)")
    options = parser.parse_args()
    if options.command == "prepare":
        prepare(options.count, options.seed, options.out, options.jobs)
    elif options.command == "reduce":
        reduce(options.folder, options.regressions, options.timeout)
    else:
        check(options.archive, options.out, options.gpu, options.compiler, options.timeout,
              not options.no_ray, options.jobs, options.gpu_only, options.gpu_processes)


if __name__ == "__main__":
    main()
