"""Quality: instruction counts after gpuopt and after opt-22 run the same pipeline text.

    python scripts/corpus/quality.py [--pipeline TEXT] [--only NAME,...]

Prints a table (counts and the ratio gpuopt/opt, lower is better) and writes
it with the machine, commit and command to bench/results/quality-<date>.md.
"""

from __future__ import annotations

import argparse
import datetime
import platform
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import checks
from roundtrip import instruction_count

STANDARD = "function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pipeline", default=STANDARD)
    parser.add_argument("--only", default="")
    options = parser.parse_args()
    wanted = set(filter(None, options.only.split(",")))
    modules = sorted(p for p in checks.CORPUS.glob("*.ll") if not wanted or p.stem in wanted)
    rows = ["| module | before | opt-22 | gpuopt | gpuopt/opt |", "|---|---|---|---|---|"]
    print(f"pipeline: {options.pipeline}")
    totals = [0, 0, 0]
    with checks.scratch() as scratch:
        work = Path(scratch)
        for path in modules:
            ours, theirs = work / "ours.ll", work / "theirs.ll"
            checks.optimize(path, options.pipeline, ours)
            subprocess.run([checks.OPT, "-S", f"-passes={options.pipeline}", str(path), "-o",
                            str(theirs)], check=True)
            before, reference, result = (instruction_count(p) for p in (path, theirs, ours))
            totals = [totals[0] + before, totals[1] + reference, totals[2] + result]
            rows.append(f"| {path.stem} | {before} | {reference} | {result} | "
                        f"{result / reference:.3f} |")
            print(rows[-1], flush=True)
    rows.append(f"| **all {len(modules)}** | {totals[0]} | {totals[1]} | {totals[2]} | "
                f"{totals[2] / totals[1]:.3f} |")
    print(rows[-1])
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, cwd=checks.REPO_ROOT, check=False).stdout.strip()
    today = datetime.date.today().isoformat()
    out = checks.REPO_ROOT / "bench" / "results" / f"quality-{today}.md"
    out.write_text(f"# Instruction counts after `{options.pipeline}`, {today}\n\n"
                   f"- machine: {platform.node()}; commit: {commit}\n"
                   f"- command: `python scripts/corpus/quality.py {' '.join(sys.argv[1:])}`\n"
                   "- counts are instructions in `opt-22 -S` text (debug records excluded)\n\n"
                   + "\n".join(rows) + "\n")
    print(f"written to {out.relative_to(checks.REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
