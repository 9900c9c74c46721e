"""End to end on the CPU, module by module: gpuopt (NumPy) against opt-22.

For each corpus module both commands turn the text into optimized text with
the same pipeline (process start, reading, passes, printing and writing all
included), under ``/usr/bin/time``: wall seconds (best of --repeat) and peak
resident memory (of the best run).  Ratios > 1 mean gpuopt is slower or
larger.  Writes the table with machine, commit and command to
bench/results/cpu_end_to_end-<date>.md.

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
from pathlib import Path

from results_file import commit, write_table

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / ".corpus" / "ll"
STANDARD = "function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)"
DEFAULT = "lua5.4,zlib,bzip2,regex_demo,rust-collections,csmith-38,csmith-4"


def measure(command: list[str], repeat: int) -> tuple[float, int]:
    """(best wall seconds, peak resident KiB of that run)."""
    best: tuple[float, int] = (float("inf"), 0)
    for _ in range(repeat):
        result = subprocess.run(["/usr/bin/time", "-f", "%e %M", *command],
                                capture_output=True, text=True, check=True)
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
        for name in names:
            source = str(CORPUS / f"{name}.ll")
            mine = measure([*env_python, "-S", f"-passes={STANDARD}", source, "-o", str(out)],
                           options.repeat)
            theirs = measure(["opt-22", "-S", f"-passes={STANDARD}", source, "-o", str(out)],
                             options.repeat)
            rows.append((name, mine, theirs))
            print(f"{name}: gpuopt {mine[0]:.2f} s {mine[1] // 1024} MiB, "
                  f"opt-22 {theirs[0]:.2f} s {theirs[1] // 1024} MiB", flush=True)
    date = datetime.date.today().isoformat()
    lines = [f"# End to end on the CPU, module by module, {date}", "",
             f"- machine: {platform.node()}, {os.cpu_count()} cores; commit: {commit()}",
             f"- command: `python bench/cpu_end_to_end.py {' '.join(sys.argv[1:])}`",
             f"- pipeline: `{STANDARD}`; `-S in -o out` for both tools; wall seconds, best of "
             f"{options.repeat}, process start included; peak RSS of that run",
             "", "| module | gpuopt s | opt-22 s | time ratio | gpuopt MiB | opt-22 MiB | "
             "memory ratio |", "|---|---|---|---|---|---|---|"]
    totals = [0.0, 0.0]
    for name, (wall, rss), (opt_wall, opt_rss) in rows:
        totals[0] += wall
        totals[1] += opt_wall
        lines.append(f"| {name} | {wall:.2f} | {opt_wall:.2f} | {wall / opt_wall:.1f} | "
                     f"{rss / 1024:.0f} | {opt_rss / 1024:.0f} | {rss / opt_rss:.2f} |")
    lines.append(f"| **all {len(rows)}** | {totals[0]:.2f} | {totals[1]:.2f} | "
                 f"{totals[0] / totals[1]:.1f} | | | |")
    write_table("cpu_end_to_end", options.label, lines)


if __name__ == "__main__":
    main()
