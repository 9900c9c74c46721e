"""Whole-corpus check, printed as a table.

For every module in .corpus/ll (build it first with build_corpus.py):
  * round trip: `gpuopt -S` with an empty pipeline verifies with opt-22 and
    `opt-22 -S` of it equals `opt-22 -S` of the input;
  * pipeline: `gpuopt -passes=PIPELINE` output verifies, with instruction
    counts before and after;
and for every program with an expected output, the program linked from the
optimized modules prints exactly that.

    python scripts/corpus/roundtrip.py [--pipeline TEXT] [--only NAME,...]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import checks

_INSTRUCTION = re.compile(r"^  (?:%\S+ = )?[a-z]", re.M)


def instruction_count(path: Path) -> int:
    """Instructions in `opt-22 -S` text: indented lines that start with an opcode
    or a result (debug records and case lines excluded)."""
    return len(_INSTRUCTION.findall(checks.opt_canonical(path)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pipeline", default="function(instsimplify,dce)")
    parser.add_argument("--only", default="", help="comma-separated program names")
    options = parser.parse_args()
    programs = checks.corpus_programs()
    if not programs:
        print("no corpus: run scripts/corpus/build_corpus.py first", file=sys.stderr)
        return 1
    wanted = set(filter(None, options.only.split(",")))
    failures = 0
    print(f"pipeline: {options.pipeline}")
    print(f"{'module':<24} {'MB':>6} {'round trip':>12} {'insts in':>9} {'insts out':>9} "
          f"{'verify':>7} {'program':>8} {'seconds':>8}")
    os.chdir(checks.REPO_ROOT)  # program arguments are relative to the repository
    with checks.scratch() as scratch:
        work = Path(scratch)
        for name, entry in sorted(programs.items()):
            if wanted and name not in wanted:
                continue
            start = time.perf_counter()
            optimized, rows = [], []
            for module in entry["modules"]:  # type: ignore[attr-defined]
                path = checks.CORPUS / module
                trip = checks.round_trip(path, work)
                out = work / f"opt-{module}"
                checks.optimize(path, options.pipeline, out)
                verified = checks.opt_verify(out) == ""
                optimized.append(out)
                ok = trip.verified and trip.identical
                failures += (not ok) + (not verified)
                rows.append([module, path.stat().st_size / 1e6,
                             "identical" if ok else "DIFFERS", instruction_count(path),
                             instruction_count(out), "ok" if verified else "FAILS"])
            verdict = "-"
            if entry.get("expected"):
                expected = (checks.CORPUS / str(entry["expected"])).read_text()
                output = checks.build_and_run(optimized, list(entry["link_libs"]),  # type: ignore[call-overload]
                                              work, name.replace("/", "_"),
                                              [str(a) for a in entry.get("args", [])])  # type: ignore[attr-defined]
                verdict = "same" if output == expected else "DIFFERS"
                failures += verdict != "same"
            seconds = time.perf_counter() - start
            for index, row in enumerate(rows):
                last = index == len(rows) - 1
                print(f"{row[0]:<24} {row[1]:>6.2f} {row[2]:>12} {row[3]:>9} {row[4]:>9} "
                      f"{row[5]:>7} {verdict if last else '':>8} "
                      f"{f'{seconds:.1f}' if last else '':>8}", flush=True)
    print(f"{failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
