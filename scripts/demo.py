"""The README's first command, after set-up: optimize Lua 5.4 with gpuopt and report.

Builds nothing itself: scripts/demo.sh has already built .corpus/ll/lua5.4.ll
from Debian's lua5.4 source package.  Runs gpuopt and opt-22 on it with the
same pipeline, verifies gpuopt's output, builds a lua interpreter from it, runs
a Lua script with it, and prints a short before/after report.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))
import checks
from roundtrip import instruction_count

PIPELINE = "function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)"


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, text=True)
    return time.perf_counter() - start


def main() -> int:
    module = checks.CORPUS / "lua5.4.ll"
    entry = checks.corpus_programs()["lua5.4"]
    with checks.scratch() as scratch:
        work = Path(scratch)
        ours, theirs = work / "lua.gpuopt.ll", work / "lua.opt.ll"
        gpuopt_seconds = timed([*checks.GPUOPT, "-S", f"-passes={PIPELINE}", str(module),
                                "-o", str(ours)])
        opt_seconds = timed([checks.OPT, "-S", f"-passes={PIPELINE}", str(module),
                             "-o", str(theirs)])
        stats = subprocess.run([*checks.GPUOPT, f"-passes={PIPELINE}", "-stats",
                                "-disable-output", str(module)], capture_output=True,
                               text=True, check=True).stderr
        verified = checks.opt_verify(ours) == ""
        output = checks.build_and_run([ours], list(entry["link_libs"]), work, "lua",  # type: ignore[call-overload]
                                      [str(checks.REPO_ROOT / a) for a in entry["args"]])  # type: ignore[attr-defined]
        expected = (checks.CORPUS / str(entry["expected"])).read_text()
        before, after, reference = (instruction_count(p) for p in (module, ours, theirs))
    print(f"Lua 5.4 (Debian source package), {module.stat().st_size / 1e6:.1f} MB of "
          f"unoptimized LLVM IR, pipeline {PIPELINE}")
    print(f"  instructions   before {before}   after gpuopt {after}   after opt-22 {reference}")
    print(f"  time           gpuopt {gpuopt_seconds:.2f} s   opt-22 {opt_seconds:.2f} s "
          f"(whole command: read, passes, print)")
    for line in stats.splitlines():
        if " - " in line:
            print(f"  gpuopt -stats  {line.strip()}")
    print(f"  opt-22 -passes=verify on gpuopt's output: {'ok' if verified else 'FAILED'}")
    print(f"  lua built from gpuopt's output runs smoke.lua: "
          f"{'same output as the reference build' if output == expected else 'DIFFERENT OUTPUT'}")
    return 0 if verified and output == expected else 1


if __name__ == "__main__":
    sys.exit(main())
