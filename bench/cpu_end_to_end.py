"""End to end on the CPU, module by module: gpuopt (NumPy) against opt-22.

For each corpus module both commands turn the text into optimized text with
the same pipeline (process start, reading, passes, printing and writing all
included), under ``/usr/bin/time``: wall seconds (best of --repeat) and peak
resident memory (of the best run).  Ratios > 1 mean gpuopt is slower or
larger.  A third column sends the same command to a warm ``gpuopt serve``
(``gpuopt --server``), as a build that keeps the server does: its time is
the client's, start included; its memory is not shown (the server's is
shared by every request).  gpuopt runs with Python's bytecode cache, as an
installed package does (PYTHONDONTWRITEBYTECODE, which some shells set,
would charge every start for compiling gpuopt's modules again).  Writes the
table with machine, commit and command to bench/results/cpu_end_to_end-<date>.md.

    python bench/cpu_end_to_end.py [--only NAME,...] [--repeat 3] [--label TEXT]
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from results_file import commit, write_table

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / ".corpus" / "ll"
STANDARD = "function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)"
DEFAULT = "lua5.4,zlib,bzip2,regex_demo,rust-collections,csmith-38,csmith-4"
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


@contextmanager
def warm_server(socket: Path, warm_with: str) -> Iterator[None]:
    """A ``gpuopt serve`` on ``socket`` for the duration, warmed on one module."""
    server = subprocess.Popen([sys.executable, "-m", "gpuopt", "serve", "--socket", str(socket),
                               "--warm", warm_with], env=ENV, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):  # its first run compiles and warms: wait for the socket
            if socket.exists():
                break
            time.sleep(0.1)
        else:
            raise SystemExit(f"gpuopt serve did not listen on {socket} within a minute")
        yield
    finally:
        subprocess.run([sys.executable, "-m", "gpuopt", "serve", "--socket", str(socket),
                        "--stop"], env=ENV, capture_output=True, check=False)
        server.wait(timeout=60)


def measure(command: list[str], repeat: int) -> tuple[float, int]:
    """(best wall seconds, peak resident KiB of that run)."""
    best: tuple[float, int] = (float("inf"), 0)
    for _ in range(repeat):
        result = subprocess.run(["/usr/bin/time", "-f", "%e %M", *command],
                                capture_output=True, text=True, check=True, env=ENV)
        if "running directly" in result.stderr:  # --server found no server
            raise SystemExit(f"the warm server did not answer: {result.stderr.strip()}")
        wall, rss = result.stderr.strip().splitlines()[-1].split()
        best = min(best, (float(wall), int(rss)))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--label", default="")
    options = parser.parse_args()
    names = options.only.split(",")
    env_python = [sys.executable, "-m", "gpuopt"]
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "out.ll"
        socket = Path(scratch) / "gpuopt.sock"
        subprocess.run([*env_python, "-S", f"-passes={STANDARD}", str(CORPUS / f"{names[0]}.ll"),
                        "-o", str(out)], env=ENV, check=True)  # fills the bytecode cache
        with warm_server(socket, str(CORPUS / f"{names[0]}.ll")):
            for name in names:
                source = str(CORPUS / f"{name}.ll")
                command = ["-S", f"-passes={STANDARD}", source, "-o", str(out)]
                mine = measure([*env_python, *command], options.repeat)
                served = measure([*env_python, f"--server={socket}", *command], options.repeat)
                theirs = measure(["opt-22", *command], options.repeat)
                rows.append((name, mine, served, theirs))
                print(f"{name}: gpuopt {mine[0]:.2f} s {mine[1] // 1024} MiB, served "
                      f"{served[0]:.2f} s, opt-22 {theirs[0]:.2f} s {theirs[1] // 1024} MiB",
                      flush=True)
    date = datetime.date.today().isoformat()
    lines = [f"# End to end on the CPU, module by module, {date}", "",
             f"- machine: {platform.node()}, {os.cpu_count()} cores; commit: {commit()}",
             f"- command: `python bench/cpu_end_to_end.py {' '.join(sys.argv[1:])}`",
             f"- pipeline: `{STANDARD}`; `-S in -o out` for both tools; wall seconds, best of "
             f"{options.repeat}, process start included; peak RSS of that run",
             "", "| module | gpuopt s | served s | opt-22 s | time ratio | served ratio | "
             "gpuopt MiB | opt-22 MiB | memory ratio |", "|---|---|---|---|---|---|---|---|---|"]
    totals = [0.0, 0.0, 0.0]
    for name, (wall, rss), (served, _), (opt_wall, opt_rss) in rows:
        totals[0] += wall
        totals[1] += served
        totals[2] += opt_wall
        lines.append(f"| {name} | {wall:.2f} | {served:.2f} | {opt_wall:.2f} | "
                     f"{wall / opt_wall:.1f} | {served / opt_wall:.1f} | {rss / 1024:.0f} | "
                     f"{opt_rss / 1024:.0f} | {rss / opt_rss:.2f} |")
    lines.append(f"| **all {len(rows)}** | {totals[0]:.2f} | {totals[1]:.2f} | {totals[2]:.2f} | "
                 f"{totals[0] / totals[2]:.1f} | {totals[1] / totals[2]:.1f} | | | |")
    write_table("cpu_end_to_end", options.label, lines)


if __name__ == "__main__":
    main()
