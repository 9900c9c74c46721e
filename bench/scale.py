"""End-to-end time against size: gpuopt and LLVM side by side, from a thousand
instructions to as many as the machine's time allows.

For each target size a batch of real modules is assembled from a pool (the
corpus: a folder of .ll or a .tar/.tar.xz of them): modules no larger than the
target, largest first, until the batch holds at least 90% of it; past the
pool's total the pool is repeated (copies under new file names).  Every system
then turns the whole batch from text into optimized text, process start
included, timed from outside (wall clock):

- ``gpuopt cpu``/``gpuopt gpu``: one command, ``--output-dir``; its
  -time-passes pass total is kept as the resident pass time (the IR already
  in columns on the device; reading, transfers and printing left out).
- ``gpuopt server cpu``/``gpu``: the same command through a warm
  ``gpuopt serve`` started (and warmed on the smallest module) beforehand.
- ``gpuopt gpu j4`` (any device, any N): the same command with ``--jobs N``,
  N worker processes sharing the batch (and, on the GPU, the one GPU).
- ``opt-22 x1`` and ``opt-22 xN`` (where opt-22 is on PATH): one opt-22 process
  per module, one at a time, or N at a time (N = the machine's cores).
- ``llvm x1`` and ``llvm x16`` (where llvmlite imports): LLVM 22 in process
  through llvmlite with its closest passes (see time_passes_gpu.py), one
  worker process for the batch, or 16 worker processes with the modules spread
  over them by size; parse, passes and printing, process start included.

The outputs of every gpuopt system are hashed: they must be byte-identical.
Results go to ``scale-<label>-<date>.json`` and ``.md`` (machine, commit,
command); ``plot`` draws time against size for each system into a PNG
(matplotlib: ``pip install -e '.[bench]'``)::

    python bench/scale.py run --pool .corpus/ll --sizes 1e3,1e4,1e5,1e6 --label vm
    python bench/scale.py plot bench/results/scale-vm-2026-11-24.json
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from results_file import commit

ROOT = Path(__file__).resolve().parent.parent
STANDARD = "function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)"
INSTRUCTION = re.compile(rb"^  [^ ;#}]", re.MULTILINE)  # body lines, not debug records
PASS_TOTAL = re.compile(r"Pass execution timing report.*?Total Execution Time: ([0-9.]+)",
                        re.DOTALL)
GPUOPT = [sys.executable, "-m", "gpuopt"]


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


# ------------------------------------------------------------------ inputs

def load_pool(source: Path, work: Path) -> list[tuple[Path, int]]:
    """(file, instructions) of each pool module, unpacked into ``work`` if archived."""
    if source.is_dir():
        files = sorted(source.glob("*.ll"))
    else:
        with tarfile.open(source) as archive:
            archive.extractall(work / "pool", filter="data")
        files = sorted((work / "pool").rglob("*.ll"))
    pool = [(path, len(INSTRUCTION.findall(path.read_bytes()))) for path in files]
    return [(path, count) for path, count in pool if count > 0]


def assemble(pool: list[tuple[Path, int]], target: int, into: Path) -> tuple[list[Path], int]:
    """A batch of about ``target`` instructions as files in ``into``."""
    into.mkdir(parents=True)
    by_size = sorted(pool, key=lambda item: -item[1])
    chosen: list[tuple[Path, int]] = []
    total = 0
    if sum(count for _, count in pool) <= target:
        while total < target * 0.9:  # the whole pool, repeated
            for item in by_size:
                chosen.append(item)
                total += item[1]
                if total >= target:
                    break
    else:
        for item in by_size:
            if item[1] <= target - total:
                chosen.append(item)
                total += item[1]
            if total >= target * 0.9:
                break
        if not chosen:
            chosen, total = [by_size[-1]], by_size[-1][1]
    files = []
    for index, (path, _) in enumerate(chosen):
        copy = into / f"{index:05d}-{path.name}"
        os.link(path, copy) if path.stat().st_dev == into.stat().st_dev \
            else shutil.copyfile(path, copy)
        files.append(copy)
    return files, total


# ------------------------------------------------------------------ systems

def output_digest(directory: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(directory.iterdir()):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def run_gpuopt(files: list[Path], out: Path, device: str, server: str | None,
               jobs: int = 1) -> dict[str, Any]:
    out.mkdir()
    prefix = [*GPUOPT, f"--server={server}"] if server else GPUOPT
    # the file list goes through a response-free argv: split in chunks if huge
    command = [*prefix, f"-passes={STANDARD}", "--device", device, "--jobs", str(jobs),
               "-time-passes", "--output-dir", str(out), *map(str, files)]
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=_environment())
    seconds = time.perf_counter() - start
    if result.returncode:
        return {"error": result.stderr[-2000:]}
    found = PASS_TOTAL.search(result.stderr)
    return {"seconds": seconds, "pass_seconds": float(found.group(1)) if found else None,
            "digest": output_digest(out)}


def run_opt(files: list[Path], out: Path, jobs: int) -> dict[str, Any]:
    out.mkdir()

    def one(path: Path) -> int:
        return subprocess.run(["opt-22", "-S", f"-passes={STANDARD}", str(path), "-o",
                               str(out / path.name)], capture_output=True).returncode

    start = time.perf_counter()
    with ThreadPoolExecutor(jobs) as pool:
        failures = sum(pool.map(one, files))
    seconds = time.perf_counter() - start
    return {"error": f"{failures} modules failed"} if failures else {"seconds": seconds}


def run_llvm(files: list[Path], out: Path, workers: int) -> dict[str, Any]:
    """``workers`` processes of this script's ``llvm-worker``, modules spread by size."""
    out.mkdir()
    shares: list[list[str]] = [[] for _ in range(workers)]
    loads = [0] * workers
    for path in sorted(files, key=lambda p: -p.stat().st_size):
        least = loads.index(min(loads))
        shares[least].append(str(path))
        loads[least] += path.stat().st_size
    start = time.perf_counter()
    processes = [subprocess.Popen([sys.executable, __file__, "llvm-worker", str(out), *share],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                  env=_environment())
                 for share in shares if share]
    errors = [process.communicate()[1] for process in processes]
    seconds = time.perf_counter() - start
    if any(process.returncode for process in processes):
        return {"error": b"".join(errors).decode()[-2000:]}
    return {"seconds": seconds}


def llvm_worker(out: str, files: list[str]) -> int:
    sys.path.insert(0, str(Path(__file__).parent))
    from time_passes_gpu import Llvmlite, pass_names

    from gpuopt.passes.manager import build_plan

    llvm = Llvmlite.load(pass_names(build_plan(STANDARD)))
    if isinstance(llvm, str):
        sys.stderr.write(llvm + "\n")
        return 1
    for name in files:
        module = llvm.binding.parse_assembly(Path(name).read_text())
        manager = llvm.binding.create_new_module_pass_manager()
        for method in llvm.methods:
            getattr(manager, method)()
        manager.run(module, llvm.pass_builder(module))
        (Path(out) / Path(name).name).write_text(str(module))
        module.close()
    return 0


class Server:
    """A warm ``gpuopt serve`` for the duration of a ``with`` block."""

    def __init__(self, device: str, warm: Path, directory: Path) -> None:
        self.socket = str(directory / f"{device}.sock")
        self.process = subprocess.Popen(
            [*GPUOPT, "serve", "--socket", self.socket, "--device", device, "--warm",
             str(warm)], stderr=subprocess.PIPE, text=True, env=_environment())

    def __enter__(self) -> str:
        assert self.process.stderr is not None
        line = self.process.stderr.readline()
        if "serving on" not in line:
            raise RuntimeError(f"server did not start: {line}{self.process.stderr.read()}")
        return self.socket

    def __exit__(self, *_: object) -> None:
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=60)
        if self.process.stderr:
            self.process.stderr.close()


# ------------------------------------------------------------------ the run

def _available(systems: list[str]) -> list[str]:
    try:
        import cupy  # type: ignore[import-not-found]
        gpu = cupy.cuda.runtime.getDeviceCount() > 0
    except Exception:
        gpu = False
    try:
        import llvmlite  # type: ignore[import-not-found]  # noqa: F401
        llvm = True
    except Exception:
        llvm = False
    opt = shutil.which("opt-22") is not None
    keep = {"gpuopt cpu": True, "gpuopt server cpu": True, "gpuopt gpu": gpu,
            "gpuopt server gpu": gpu, "opt-22 x1": opt, f"opt-22 x{os.cpu_count()}": opt,
            "llvm x1": llvm, "llvm x16": llvm}
    jobs = {name: gpu or " gpu " not in name for name in systems
            if re.fullmatch(r"gpuopt (?:server )?(?:cpu|gpu) j[0-9]+", name)}
    return [name for name in systems if {**keep, **jobs}.get(name, False)]


def run(options: argparse.Namespace) -> None:
    label, date = options.label, datetime.date.today().isoformat()
    results_dir = Path(options.out or os.environ.get("OUT") or ROOT / "bench" / "results")
    results_dir.mkdir(parents=True, exist_ok=True)
    stem = results_dir / f"scale-{label}-{date}"
    wanted = options.systems.split(",") if options.systems else [
        "gpuopt cpu", "gpuopt server cpu", "gpuopt gpu", "gpuopt server gpu", "opt-22 x1",
        f"opt-22 x{os.cpu_count()}", "llvm x1", "llvm x16"]
    systems = _available(wanted)
    command = " ".join(["python", "bench/scale.py", *sys.argv[1:]])
    report: dict[str, Any] = {
        "label": label, "date": date,
        "machine": options.machine or f"{platform.node()}, {os.cpu_count()} cores",
        "commit": commit(), "command": command, "pipeline": STANDARD, "systems": systems,
        "rows": []}
    if options.append and stem.with_suffix(".json").exists():  # rows of an earlier call
        earlier = json.loads(stem.with_suffix(".json").read_text())
        if earlier["systems"] != systems or earlier["commit"] != report["commit"]:
            raise SystemExit("--append: the earlier run measured other systems or another commit")
        report["rows"] = earlier["rows"]
        report["command"] = earlier["command"] + "; then " + command
    with tempfile.TemporaryDirectory(dir=options.scratch) as scratch_name:
        scratch = Path(scratch_name)
        pool = load_pool(Path(options.pool), scratch)
        smallest = min(pool, key=lambda item: item[1])[0]
        servers = {}
        for device in ("cpu", "gpu"):
            if f"gpuopt server {device}" in systems:
                servers[device] = Server(device, smallest, scratch)
        sockets = {device: server.__enter__() for device, server in servers.items()}
        try:
            for size in (int(float(text)) for text in options.sizes.split(",")):
                files, total = assemble(pool, size, scratch / f"in-{size}")
                row: dict[str, Any] = {"target": size, "instructions": total,
                                       "modules": len(files), "results": {}}
                for system in systems:
                    out = scratch / f"out-{size}-{system.replace(' ', '_')}"
                    kind, *rest = system.split(" ")
                    if kind == "gpuopt":  # gpuopt [server] DEVICE [jN]
                        device = "gpu" if "gpu" in rest else "cpu"
                        jobs = int(rest[-1][1:]) if rest[-1].startswith("j") else 1
                        result = run_gpuopt(files, out, device,
                                            sockets[device] if rest[0] == "server" else None,
                                            jobs)
                    elif kind == "opt-22":
                        result = run_opt(files, out, int(rest[0][1:]))
                    else:
                        result = run_llvm(files, out, int(rest[0][1:]))
                    row["results"][system] = result
                    shutil.rmtree(out, ignore_errors=True)
                    print(f"{total:>10} insts {len(files):>5} modules  {system:<18} "
                          f"{_cell(result)}", flush=True)
                digests = {r["digest"] for r in row["results"].values() if "digest" in r}
                row["gpuopt_outputs_identical"] = len(digests) <= 1
                report["rows"].append(row)
                shutil.rmtree(scratch / f"in-{size}")
                _write(stem, report)  # after every size: a cut run keeps its rows
        finally:
            for server in servers.values():
                server.__exit__()
    print(f"wrote {stem}.md and .json")


def _cell(result: dict[str, Any]) -> str:
    if "error" in result:
        return "failed"
    text = f"{result['seconds']:.2f}"
    if result.get("pass_seconds") is not None:
        text += f" (passes {result['pass_seconds']:.2f})"
    return text


def _write(stem: Path, report: dict[str, Any]) -> None:
    stem.with_suffix(".json").write_text(json.dumps(report, indent=1) + "\n")
    systems = report["systems"]
    baseline = next((s for s in ("opt-22 x1", "llvm x1") if s in systems), None)
    lines = [f"# End to end against size ({report['label']}), {report['date']}", "",
             f"- machine: {report['machine']}; commit: {report['commit']}",
             f"- command: `{report['command']}`",
             f"- pipeline: `{report['pipeline']}`",
             "- seconds, wall clock, text in to text out, process start included; "
             "(passes N): gpuopt's own pass time",
             f"- ratio: the system's time over {baseline}'s (> 1: slower)" if baseline else "",
             "", "| instructions | modules | " + " | ".join(systems) + " | gpuopt outputs |",
             "|---|---|" + "---|" * len(systems) + "---|"]
    for row in report["rows"]:
        base = row["results"].get(baseline, {}).get("seconds") if baseline else None
        cells = []
        for system in systems:
            result = row["results"][system]
            cell = _cell(result)
            if base and "seconds" in result and system != baseline:
                cell += f" ({result['seconds'] / base:.1f}x)"
            cells.append(cell)
        same = "identical" if row["gpuopt_outputs_identical"] else "DIFFER"
        lines.append(f"| {row['instructions']} | {row['modules']} | " + " | ".join(cells)
                     + f" | {same} |")
    stem.with_suffix(".md").write_text("\n".join(line for line in lines) + "\n")


def plot(paths: list[str]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    for name in paths:
        report = json.loads(Path(name).read_text())
        figure, axis = plt.subplots(figsize=(8, 5.5))
        for system in report["systems"]:
            points = [(row["instructions"], row["results"][system]["seconds"])
                      for row in report["rows"] if "seconds" in row["results"][system]]
            color = None
            if points:
                (line,) = axis.plot(*zip(*points, strict=True), marker="o", label=system)
                color = line.get_color()
            resident = [(row["instructions"], row["results"][system]["pass_seconds"])
                        for row in report["rows"]
                        if row["results"][system].get("pass_seconds")]
            if resident and "server" not in system:
                axis.plot(*zip(*resident, strict=True), linestyle=":", marker=".",
                          color=color, label=f"{system}: passes only")
        axis.set_xscale("log")
        axis.set_yscale("log")
        axis.set_xlabel("instructions in the batch")
        axis.set_ylabel("seconds (wall clock, text to text)")
        axis.set_title(f"{report['label']}: {report['machine']}, commit {report['commit']}",
                       fontsize=9)
        axis.grid(True, which="both", alpha=0.3)
        axis.legend(fontsize=8)
        figure.tight_layout()
        target = Path(name).with_suffix(".png")
        figure.savefig(target, dpi=110)
        print(f"wrote {target}")


def main() -> None:
    if sys.argv[1:2] == ["llvm-worker"]:
        sys.exit(llvm_worker(sys.argv[2], sys.argv[3:]))
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    running = commands.add_parser("run")
    running.add_argument("--pool", default=str(ROOT / ".corpus" / "ll"))
    running.add_argument("--sizes", default="1e3,1e4,1e5,1e6")
    running.add_argument("--label", default=platform.node())
    running.add_argument("--machine", default="", help="how the results name the machine")
    running.add_argument("--systems", default="", help="comma-separated subset")
    running.add_argument("--out", default=None)
    running.add_argument("--scratch", default=None)
    running.add_argument("--append", action="store_true",
                         help="add rows to today's results of this label (split long runs)")
    plotting = commands.add_parser("plot")
    plotting.add_argument("results", nargs="+")
    options = parser.parse_args()
    run(options) if options.command == "run" else plot(options.results)


if __name__ == "__main__":
    main()
