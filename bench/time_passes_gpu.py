"""Pass time on the GPU machine: gpuopt (CPU and GPU) against LLVM 22 in process, same run.

The entry point for pass-time ratios where there is no ``opt`` (the device
machine): for each input module, in one process,

- gpuopt runs the pipeline with NumPy and with CuPy (the GPU warmed up once on
  the module first).  Pass time is what ``gpuopt -time-passes`` reports: the sum
  of the manager's per-pass records, the device synchronized around each pass;
  reading, the host/device transfers and printing are timed apart and do not
  count.
- LLVM 22 runs the closest pipeline that llvmlite's new pass manager offers
  (``PassBuilder`` + ``ModulePassManager``, one ``add_*_pass`` per pipeline
  pass, each in its own function adaptor), timed around ``run`` alone; parsing
  (``parse_assembly``) is timed apart.  Passes llvmlite lacks are left out
  and named in the output (llvmlite 0.50 has no early-cse), so LLVM does a
  little less work than gpuopt.  llvmlite's own ``start_pass_timing`` report
  is not used: in 0.50 it lists every pass twice, with doubled totals.
- where ``opt-22`` is on PATH (not on the device machine), opt-22's own
  -time-passes total (pass and analysis tables, parsing left out) is added, as
  a check that the in-process LLVM time is the same measurement (on the 2-core
  CPU machine, 2026-11-24, the 11 modules of gpu_prepare_time.sh: llvm/opt
  1.03 in total, 0.5 to 1.7 per module; the llvmlite 0.50 wheel's LLVM has
  assertions on).

Each is run --repeat times (default 3); the main table gives the best, a
second the medians.  Ratios > 1 mean gpuopt is slower.  The markdown (machine,
GPU, versions, commit, command) is rewritten after every module, so a run cut
by a time limit still leaves its rows.  Without CuPy or a GPU the GPU columns
are skipped and the output says so; without llvmlite the LLVM columns too.

On the device machine, after ``bash scripts/gpu_prepare_time.sh`` here
(carry ``.gpu``)::

    python bench/time_passes_gpu.py --inputs .gpu/time-passes

Inputs: a folder of ``.ll``, ``.ll.xz`` or ``.ll.gz`` files, a ``.tar``/
``.tar.xz`` of ``.ll`` files (``.gpu/corpus.tar.xz`` works), or single files;
``--only a,b`` keeps those module names.  Output: --out, else
``$OUT/time_passes_gpu.md`` when $OUT is set, else
``bench/results/time_passes_gpu-<date>.md``.
"""

from __future__ import annotations

import argparse
import copy
import datetime
import gzip
import lzma
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:  # run from the source tree, as on the device machine
    sys.path.insert(0, str(ROOT / "src"))

from gpuopt.backend import cupy_or_none, device_name, synchronize  # noqa: E402
from gpuopt.ir.module import Module  # noqa: E402
from gpuopt.ir.printer import print_module  # noqa: E402
from gpuopt.ir.reader import read_module  # noqa: E402
from gpuopt.passes.manager import Repeat, Runner, Step, build_plan  # noqa: E402

STANDARD = "function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)"

# gpuopt pass name -> llvmlite pass-manager methods, closest first; the first
# one this llvmlite has is used.  instcombine: llvmlite adds InstCombinePass()
# with its default options (no fixpoint verification, as <no-verify-fixpoint>).
LLVMLITE_METHODS: dict[str, tuple[str, ...]] = {
    "sroa": ("add_sroa_pass",),
    "instcombine": ("add_instruction_combine_pass",),
    "early-cse": ("add_early_cse_pass", "add_early_cse_memssa_pass"),
    "sccp": ("add_sccp_pass",),
    "adce": ("add_aggressive_dce_pass",),
    "simplifycfg": ("add_simplify_cfg_pass",),
    "dce": ("add_dead_code_elimination_pass",),
    "mem2reg": ("add_mem2reg_pass", "add_promote_memory_to_register_pass"),
    "instsimplify": ("add_instruction_simplify_pass", "add_inst_simplify_pass"),
    "verify": ("add_verifier",),
}

OPT_TOTAL = re.compile(r"Total Execution Time: [0-9.]+ seconds \(([0-9.]+) wall clock\)")


# ---------------------------------------------------------------- inputs


def read_inputs(paths: list[Path], only: set[str]) -> Iterator[tuple[str, str]]:
    """(module name, IR text) for each input, sorted by name; one in memory at a time."""
    found: dict[str, Callable[[], str]] = {}
    for path in paths:
        if path.is_dir():
            for child in path.iterdir():
                if _module_name(child.name):
                    found[_module_name(child.name)] = _file_reader(child)
        elif ".tar" in path.name:
            with tarfile.open(path) as archive:
                for member in archive.getmembers():
                    name = _module_name(Path(member.name).name)
                    if member.isfile() and name:
                        found[name] = _member_reader(path, member.name)
        else:
            found[_module_name(path.name) or path.name] = _file_reader(path)
    missing = only - found.keys()
    if missing:
        raise SystemExit(f"--only: no input named {', '.join(sorted(missing))}")
    for name in sorted(found):
        if not only or name in only:
            yield name, found[name]()


def _module_name(filename: str) -> str:
    for suffix in (".ll.xz", ".ll.gz", ".ll"):
        if filename.endswith(suffix):
            return filename[: -len(suffix)]
    return ""


def _file_reader(path: Path) -> Callable[[], str]:
    opener: Callable[..., Any] = {".xz": lzma.open, ".gz": gzip.open}.get(path.suffix, open)
    return lambda: opener(path, "rt", encoding="utf-8").read()


def _member_reader(archive_path: Path, member: str) -> Callable[[], str]:
    def read() -> str:
        with tarfile.open(archive_path) as archive:
            handle = archive.extractfile(member)
            assert handle is not None
            return handle.read().decode("utf-8")
    return read


# ---------------------------------------------------------------- gpuopt


@dataclass
class Timings:
    """Seconds of each repetition, and what the last one produced."""

    runs: list[float] = field(default_factory=list)
    other: list[float] = field(default_factory=list)  # transfers / parsing
    instructions_after: int | None = None

    @property
    def best(self) -> float:
        return min(self.runs)

    @property
    def median(self) -> float:
        return statistics.median(self.runs)


def time_gpuopt(module: Module, plan: tuple[Step, ...], xp: Any, repeat: int,
                warmup: bool) -> tuple[Timings, Module]:
    """Pass seconds as -time-passes counts them (sum of the per-pass records,
    each synchronized); ``other`` holds the to-device plus to-host seconds."""
    timings = Timings()
    result = module
    for attempt in range(repeat + warmup):
        # each run gets its own host tables (passes append types and templates)
        fresh = replace(module, host=copy.deepcopy(module.host))
        synchronize(xp)
        start = time.perf_counter()
        moved = fresh.to(xp)
        synchronize(xp)
        moved_seconds = time.perf_counter() - start
        runner = Runner()
        result = runner.run(plan, moved)
        start = time.perf_counter()
        result = result.to(np)
        back_seconds = time.perf_counter() - start
        if warmup and attempt == 0:
            continue
        timings.runs.append(sum(record.seconds for record in runner.records))
        timings.other.append(moved_seconds + back_seconds)
    timings.instructions_after = result.n_instructions
    return timings, result


def pass_names(plan: tuple[Step, ...]) -> list[str]:
    """The plan's passes in the order they run, repeats unrolled."""
    names: list[str] = []
    for step in plan:
        if isinstance(step, Repeat):
            names += pass_names(step.body) * step.count
        else:
            names.append(step.name)
    return names


# ---------------------------------------------------------------- llvmlite


@dataclass
class Llvmlite:
    """llvmlite's binding, initialized, and the pass methods chosen for a pipeline."""

    binding: Any
    version: str
    methods: list[str]   # in pipeline order
    notes: list[str]     # what was substituted or left out

    @classmethod
    def load(cls, names: list[str]) -> Llvmlite | str:
        """The binding, or the reason it cannot be used."""
        try:
            import llvmlite  # type: ignore[import-not-found]
            import llvmlite.binding as binding  # type: ignore[import-not-found]
        except Exception as failure:
            return f"llvmlite not importable ({failure})"
        for init in ("initialize_native_target", "initialize_native_asmprinter"):
            if hasattr(binding, init):
                getattr(binding, init)()
        llvm_version = ".".join(map(str, getattr(binding, "llvm_version_info", ("?",))))
        assertions = getattr(binding, "llvm_assertions_state", "unknown")
        version = (f"llvmlite {llvmlite.__version__}, LLVM {llvm_version} "
                   f"(assertions {assertions})")
        if assertions == "on":
            notes = ["LLVM built with assertions: slower than a release opt-22 "
                     "(compare llvm/opt where opt-22 is on PATH)"]
        else:
            notes = []
        manager_class = getattr(binding, "ModulePassManager", None)
        if manager_class is None or not hasattr(binding, "PassBuilder"):
            return f"{version}: no new pass manager (ModulePassManager/PassBuilder)"
        methods: list[str] = []
        for name in names:
            candidates = LLVMLITE_METHODS.get(name, ())
            chosen = next((m for m in candidates if hasattr(manager_class, m)), None)
            if chosen is None:
                notes.append(f"{name}: no llvmlite method ({', '.join(candidates) or 'none known'})"
                             " - left out")
                continue
            if chosen != candidates[0]:
                notes.append(f"{name}: {chosen} in place of {candidates[0]}")
            methods.append(chosen)
        if not methods:
            return f"{version}: none of the pipeline's passes has an llvmlite method"
        return cls(binding, version, methods, notes)

    def pass_builder(self, module: Any) -> Any:
        """A PassBuilder for the module's target (the host's where it has none)."""
        llvm = self.binding
        try:
            target = llvm.Target.from_triple(module.triple)
        except Exception:
            target = llvm.Target.from_default_triple()
        options = llvm.create_pipeline_tuning_options(speed_level=2)
        return llvm.create_pass_builder(target.create_target_machine(), options)

    def run(self, text: str, repeat: int) -> Timings:
        """Each repetition parses afresh (the passes change the module) and times
        ``run`` alone; ``other`` holds the parse seconds."""
        timings = Timings()
        for attempt in range(repeat):
            start = time.perf_counter()
            module = self.binding.parse_assembly(text)
            timings.other.append(time.perf_counter() - start)
            builder = self.pass_builder(module)
            manager = self.binding.create_new_module_pass_manager()
            for method in self.methods:
                getattr(manager, method)()
            start = time.perf_counter()
            manager.run(module, builder)
            timings.runs.append(time.perf_counter() - start)
            if attempt == repeat - 1:
                timings.instructions_after = sum(
                    1 for function in module.functions for block in function.blocks
                    for _ in block.instructions)
            module.close()
        return timings


# ---------------------------------------------------------------- opt-22


def time_opt(text: str, pipeline: str, repeat: int) -> Timings:
    """opt-22's own -time-passes: its pass and analysis tables (not 'LLVM IR Parsing')."""
    timings = Timings()
    for _ in range(repeat):
        result = subprocess.run(["opt-22", f"-passes={pipeline}", "-time-passes",
                                 "-disable-output", "-"], input=text, capture_output=True,
                                text=True, check=True)
        tables = result.stderr.split("===" + "-" * 73 + "===")
        total = 0.0
        for title, body in zip(tables[1::2], tables[2::2], strict=False):
            if "Pass execution" in title or "Analysis execution" in title:
                found = OPT_TOTAL.search(body)
                total += float(found.group(1)) if found else 0.0
        timings.runs.append(total)
    return timings


# ---------------------------------------------------------------- table


@dataclass
class Row:
    name: str
    instructions: int
    read: float
    print: float | None = None
    cpu: Timings | None = None
    gpu: Timings | None = None
    llvm: Timings | None = None
    opt: Timings | None = None


COLUMNS: list[tuple[str, str, Callable[[Row], Any]]] = [
    # (header, needs, value)
    ("module", "", lambda r: r.name),
    ("insts", "", lambda r: r.instructions),
    ("gpuopt read s", "", lambda r: r.read),
    ("gpuopt print s", "", lambda r: r.print),
    ("gpuopt cpu pass s", "cpu", lambda r: r.cpu and r.cpu.best),
    ("gpuopt gpu pass s", "gpu", lambda r: r.gpu and r.gpu.best),
    ("gpu xfer s", "gpu", lambda r: r.gpu and min(r.gpu.other)),
    ("llvm parse s", "llvm", lambda r: r.llvm and min(r.llvm.other)),
    ("llvm pass s", "llvm", lambda r: r.llvm and r.llvm.best),
    ("opt-22 pass s", "opt", lambda r: r.opt and r.opt.best),
    ("gpu/llvm", "gpu llvm", lambda r: _ratio(r.gpu, r.llvm)),
    ("cpu/llvm", "cpu llvm", lambda r: _ratio(r.cpu, r.llvm)),
    ("llvm/opt", "llvm opt", lambda r: _ratio(r.llvm, r.opt)),
    ("insts after gpuopt", "", lambda r: _after_gpuopt(r)),
    ("insts after llvm", "llvm", lambda r: _after(r.llvm)),
]
MEDIAN_COLUMNS: list[tuple[str, str, Callable[[Row], Any]]] = [
    ("module", "", lambda r: r.name),
    ("gpuopt cpu pass s", "cpu", lambda r: r.cpu and r.cpu.median),
    ("gpuopt gpu pass s", "gpu", lambda r: r.gpu and r.gpu.median),
    ("llvm pass s", "llvm", lambda r: r.llvm and r.llvm.median),
    ("opt-22 pass s", "opt", lambda r: r.opt and r.opt.median),
]


def _ratio(ours: Timings | None, theirs: Timings | None) -> float | None:
    return ours.best / theirs.best if ours and theirs and theirs.best > 0 else None


def _after(timings: Timings | None) -> int | None:
    return timings.instructions_after if timings else None


def _after_gpuopt(row: Row) -> int | str | None:
    """Instructions after gpuopt's pipeline; both counts where CPU and GPU differ."""
    cpu, gpu = _after(row.cpu), _after(row.gpu)
    if cpu is not None and gpu is not None and cpu != gpu:
        return f"{cpu} (GPU: {gpu})"
    return cpu if cpu is not None else gpu


def _cell(header: str, value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.2f}" if "/" in header else f"{value:.4f}"
    return str(value)


def render_table(rows: list[Row], columns: list[tuple[str, str, Callable[[Row], Any]]],
                 have: set[str], totals: bool) -> list[str]:
    shown = [c for c in columns if set(c[1].split()) <= have]
    lines = ["| " + " | ".join(c[0] for c in shown) + " |",
             "|" + "---|" * len(shown)]
    lines += ["| " + " | ".join(_cell(c[0], c[2](row)) for c in shown) + " |" for row in rows]
    if totals and rows:
        lines.append("| " + " | ".join(_total_cell(c[0], c[2], rows) for c in shown) + " |")
    return lines


def _total_cell(header: str, value: Callable[[Row], Any], rows: list[Row]) -> str:
    """Sums for seconds and counts; for a ratio, the ratio of the sums and the
    geometric mean of the per-module ratios."""
    if header == "module":
        return f"**all {len(rows)}**"
    if "/" in header:
        ours, theirs = header.split("/")
        pick = {"gpu": "gpuopt gpu pass s", "cpu": "gpuopt cpu pass s",
                "llvm": "llvm pass s", "opt": "opt-22 pass s"}
        getter = {c[0]: c[2] for c in COLUMNS}
        top = sum(getter[pick[ours]](r) or 0.0 for r in rows)
        bottom = sum(getter[pick[theirs]](r) or 0.0 for r in rows)
        ratios = [v for v in (value(r) for r in rows) if v]
        geomean = math.exp(sum(map(math.log, ratios)) / len(ratios)) if ratios else None
        if not bottom or geomean is None:
            return "-"
        return f"{top / bottom:.2f} (geomean {geomean:.2f})"
    values = [value(r) for r in rows]
    if not all(isinstance(v, int | float) for v in values):  # a missing or a two-count cell
        return "-"
    total = sum(values)
    return f"{total:.3f}" if isinstance(total, float) else str(total)


# ---------------------------------------------------------------- report


def commit_of(inputs: list[Path]) -> str:
    """git's short HEAD here; on the device machine (no .git) the COMMIT file that
    scripts/gpu_prepare_time.sh left beside the inputs."""
    try:
        found = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                               text=True, cwd=ROOT, check=False).stdout.strip()
    except OSError:  # no git
        found = ""
    if found:
        return found
    for path in inputs:
        marker = (path if path.is_dir() else path.parent) / "COMMIT"
        if marker.exists():
            return marker.read_text().strip() + " (prepared with the inputs)"
    return "unknown"


def machine_lines(cupy: Any, llvm: Llvmlite | str, opt_version: str | None) -> list[str]:
    cpu_model = "?"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        found = re.search(r"model name\s*:\s*(.+)", cpuinfo.read_text())
        cpu_model = found.group(1).strip() if found else "?"
    lines = [f"- machine: {platform.node()}, {cpu_model}, {os.cpu_count()} cores; "
             f"Python {platform.python_version()}, NumPy {np.__version__}"]
    if cupy is None:
        lines.append("- GPU: none (CuPy with a CUDA device is not available): GPU columns skipped")
    else:
        lines.append(f"- GPU: {device_name(cupy)}, CuPy {cupy.__version__}")
    if isinstance(llvm, str):
        lines.append(f"- LLVM in process: {llvm}: LLVM columns skipped")
    else:
        lines.append(f"- LLVM in process: {llvm.version}; passes: {', '.join(llvm.methods)}")
        lines += [f"  - {note}" for note in llvm.notes]
    if opt_version:
        lines.append(f"- opt: {opt_version}")
    return lines


def write_report(out: Path, header: list[str], rows: list[Row], have: set[str]) -> None:
    text = header + [""] + render_table(rows, COLUMNS, have, totals=True)
    text += ["", "Medians of the repetitions:", ""]
    text += render_table(rows, MEDIAN_COLUMNS, have, totals=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(text) + "\n")


def default_out() -> Path:
    if os.environ.get("OUT"):
        return Path(os.environ["OUT"]) / "time_passes_gpu.md"
    return ROOT / "bench" / "results" / f"time_passes_gpu-{datetime.date.today().isoformat()}.md"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=Path, nargs="+", required=True,
                        help="folders of .ll/.ll.xz/.ll.gz, .tar(.xz) archives or files")
    parser.add_argument("--only", default="", help="comma-separated module names")
    parser.add_argument("--pipeline", default=STANDARD)
    parser.add_argument("--devices", default="cpu,gpu", help="gpuopt devices: cpu,gpu")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-llvm", action="store_true", help="skip llvmlite")
    parser.add_argument("--no-opt", action="store_true", help="skip opt-22 even if on PATH")
    parser.add_argument("--out", type=Path, default=None)
    options = parser.parse_args()
    out = options.out or default_out()
    devices = set(filter(None, options.devices.split(",")))
    plan = build_plan(options.pipeline)

    cupy = cupy_or_none() if "gpu" in devices else None
    if "gpu" in devices and cupy is None:
        print("no GPU: CuPy with a CUDA device is not available; GPU columns skipped",
              file=sys.stderr)
    llvm = "skipped (--no-llvm)" if options.no_llvm else Llvmlite.load(pass_names(plan))
    if isinstance(llvm, str):
        print(f"no LLVM in process: {llvm}; LLVM columns skipped", file=sys.stderr)
    opt_version = None
    if not options.no_opt and shutil.which("opt-22"):
        said = subprocess.run(["opt-22", "--version"], capture_output=True, text=True,
                              check=False).stdout
        opt_version = next((line.strip() for line in said.splitlines() if "version" in line),
                           "opt-22")
    have = ({"cpu"} & devices) | ({"gpu"} if cupy is not None else set())
    have |= set() if isinstance(llvm, str) else {"llvm"}
    have |= {"opt"} if opt_version else set()

    header = [f"# Pass time: gpuopt against LLVM 22 in process, `{options.pipeline}`, "
              f"{datetime.date.today().isoformat()}", ""]
    header += machine_lines(cupy, llvm, opt_version)
    header += [f"- commit: {commit_of(options.inputs)}",
               f"- command: `python bench/time_passes_gpu.py {' '.join(sys.argv[1:])}`",
               f"- pass seconds: best of {options.repeat} (medians below); gpuopt: the sum "
               "of its -time-passes records (read, transfers, print apart; GPU warmed up once "
               "per module); llvm: wall clock of llvmlite's ModulePassManager.run (parse "
               "apart); opt-22: its own -time-passes pass and analysis tables; "
               "ratio > 1 means gpuopt is slower; totals row: sums, ratio of sums "
               "(geometric mean of the per-module ratios)"]
    for line in header[2:]:
        print(line, flush=True)

    print("\n".join(render_table([], COLUMNS, have, totals=False)), flush=True)
    rows: list[Row] = []
    for name, text in read_inputs(options.inputs, set(filter(None, options.only.split(",")))):
        start = time.perf_counter()
        module = read_module(text, name + ".ll")
        read_seconds = time.perf_counter() - start
        row = Row(name, module.n_instructions, read_seconds)
        printable = None
        if "cpu" in have:
            row.cpu, printable = time_gpuopt(module, plan, np, options.repeat, warmup=False)
        if "gpu" in have:
            row.gpu, gpu_result = time_gpuopt(module, plan, cupy, options.repeat, warmup=True)
            printable = printable or gpu_result
        if printable is not None:
            start = time.perf_counter()
            print_module(printable)
            row.print = time.perf_counter() - start
        if "llvm" in have:
            assert not isinstance(llvm, str)
            row.llvm = llvm.run(text, options.repeat)
        if "opt" in have:
            row.opt = time_opt(text, options.pipeline, options.repeat)
        rows.append(row)
        print(render_table([row], COLUMNS, have, totals=False)[-1], flush=True)
        write_report(out, header, rows, have)
    if not rows:
        print("no input modules", file=sys.stderr)
        return 1
    print("\n".join(render_table(rows, COLUMNS, have, totals=True)[-1:]))
    print(f"written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
