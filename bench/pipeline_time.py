"""Pass time: gpuopt -time-passes against opt-22 -time-passes, same pipeline, same run.

For each corpus module, both tools run the pipeline text with -time-passes
(best of --repeat); the table gives each tool's time in passes and analyses
from its own report (reading and printing left out on both sides) and the
ratio.  Writes the table with machine,
commit and command to bench/results/pipeline_time-<date>.md.

    python bench/pipeline_time.py [--pipeline TEXT] [--only NAME,...] [--device cpu|gpu]
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / ".corpus" / "ll"
STANDARD = "function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)"
TOTAL = re.compile(r"Total Execution Time: ([0-9.]+) seconds \(([0-9.]+) wall clock\)")


def pass_seconds(command: list[str], repeat: int) -> float:
    """Wall-clock seconds in passes and analyses, best of ``repeat``: opt-22 reports
    analyses and passes in two tables (both count) and parsing in a third (does
    not count); gpuopt's passes include their analyses and its second table
    (read, transfers, print) does not count."""
    best = float("inf")
    for _ in range(repeat):
        result = subprocess.run(command, capture_output=True, text=True, check=True)
        # Tables are titled between rules; opt-22's "LLVM IR Parsing" and
        # gpuopt's phase table (read, transfers, print) do not count.
        tables = result.stderr.split("===" + "-" * 73 + "===")
        found = [float(match.group(2))
                 for title, body in zip(tables[1::2], tables[2::2], strict=False)
                 if "Pass execution" in title or "Analysis execution" in title
                 for match in TOTAL.finditer(body)]
        if not found:
            raise RuntimeError(f"no timing report from {command[0]}: {result.stderr[-500:]}")
        best = min(best, sum(found))
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pipeline", default=STANDARD)
    parser.add_argument("--only", default="")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    wanted = set(filter(None, options.only.split(",")))
    modules = sorted(p for p in CORPUS.glob("*.ll") if not wanted or p.stem in wanted)
    rows = [f"| module | gpuopt ({options.device}) s | opt-22 s | gpuopt/opt |",
            "|---|---|---|---|"]
    print(rows[0], flush=True)
    totals = [0.0, 0.0]
    for path in modules:
        ours = pass_seconds([sys.executable, "-m", "gpuopt", f"-passes={options.pipeline}",
                             "-time-passes", "-disable-output", "--device", options.device,
                             str(path)], options.repeat)
        theirs = pass_seconds(["opt-22", f"-passes={options.pipeline}", "-time-passes",
                               "-disable-output", str(path)], options.repeat)
        totals = [totals[0] + ours, totals[1] + theirs]
        rows.append(f"| {path.stem} | {ours:.4f} | {theirs:.4f} | {ours / theirs:.2f} |")
        print(rows[-1], flush=True)
    rows.append(f"| **all {len(modules)}** | {totals[0]:.3f} | {totals[1]:.3f} | "
                f"{totals[0] / totals[1]:.2f} |")
    print(rows[-1])
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, cwd=ROOT, check=False).stdout.strip()
    today = datetime.date.today().isoformat()
    out = ROOT / "bench" / "results" / f"pipeline_time-{options.device}-{today}.md"
    out.write_text(f"# Pass time, `{options.pipeline}`, {today}\n\n"
                   f"- machine: {platform.node()}, {os.cpu_count()} cores; commit: {commit}\n"
                   f"- command: `python bench/pipeline_time.py {' '.join(sys.argv[1:])}`\n"
                   f"- totals of each tool's own -time-passes pass table, best of "
                   f"{options.repeat}; ratio > 1 means gpuopt is slower\n\n"
                   + "\n".join(rows) + "\n")
    print(f"written to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
