"""Read+print speed: gpuopt's reader and printer against opt-22 on the same files.

For each corpus module, in the same run:
  * gpuopt read+print, in process (best of --repeat): read_module + print_module;
  * gpuopt end to end: `gpuopt -S FILE -o /dev/null` as a command (Python start-up
    and imports included);
  * opt-22: `opt-22 -S -passes=verify FILE -o /dev/null` (best of --repeat).
Prints a table (seconds, MB/s, ratio gpuopt/opt) and writes it with the machine,
commit and command to bench/results/read_print-<date>.md.

    python bench/read_print.py [--repeat N] [--only NAME,...]
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from gpuopt.ir.printer import print_module
from gpuopt.ir.reader import read_module

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / ".corpus" / "ll"


def best(repeat: int, action: object) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", default="")
    options = parser.parse_args()
    wanted = set(filter(None, options.only.split(",")))
    modules = sorted(p for p in CORPUS.glob("*.ll") if not wanted or p.stem in wanted)
    if not modules:
        print("no corpus modules: run scripts/corpus/build_corpus.py first", file=sys.stderr)
        return 1
    header = ("| module | MB | insts | gpuopt read+print s | MB/s | gpuopt command s | "
              "opt-22 -S verify s | MB/s | ratio in-process/opt | ratio command/opt |")
    rows = [header, "|" + "---|" * 10]
    print(header, flush=True)
    totals = [0.0, 0.0, 0.0, 0.0]
    for path in modules:
        text = path.read_text()
        megabytes = len(text.encode()) / 1e6
        module = read_module(text, path.name)
        in_process = best(options.repeat,
                          lambda text=text, path=path: print_module(read_module(text, path.name)))
        command = best(options.repeat, lambda path=path: subprocess.run(
            [sys.executable, "-m", "gpuopt", "-S", str(path), "-o", os.devnull], check=True))
        opt = best(options.repeat, lambda path=path: subprocess.run(
            ["opt-22", "-S", "-passes=verify", str(path), "-o", os.devnull], check=True))
        totals = [totals[0] + megabytes, totals[1] + in_process, totals[2] + command,
                  totals[3] + opt]
        row = (f"| {path.stem} | {megabytes:.2f} | {module.n_instructions} | {in_process:.3f} | "
               f"{megabytes / in_process:.1f} | {command:.3f} | {opt:.3f} | "
               f"{megabytes / opt:.1f} | {in_process / opt:.2f} | {command / opt:.2f} |")
        rows.append(row)
        print(row, flush=True)
    mb, in_process, command, opt = totals
    total = (f"| **all {len(modules)}** | {mb:.2f} | | {in_process:.3f} | {mb / in_process:.1f} | "
             f"{command:.3f} | {opt:.3f} | {mb / opt:.1f} | {in_process / opt:.2f} | "
             f"{command / opt:.2f} |")
    rows.append(total)
    print(total)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, cwd=ROOT, check=False).stdout.strip()
    today = datetime.date.today().isoformat()
    out = ROOT / "bench" / "results" / f"read_print-{today}.md"
    out.write_text(
        f"# Read+print: gpuopt against opt-22, {today}\n\n"
        f"- machine: {platform.node()}, {os.cpu_count()} cores, "
        f"{platform.processor() or platform.machine()}, Python {platform.python_version()}\n"
        f"- commit: {commit}\n"
        f"- command: `python bench/read_print.py {' '.join(sys.argv[1:])}`\n"
        f"- best of {options.repeat} runs each; ratio > 1 means gpuopt is slower\n\n"
        + "\n".join(rows) + "\n")
    print(f"written to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
