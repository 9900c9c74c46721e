"""Semantics at scale: N csmith programs through a gpuopt pipeline, each run and
compared with its clang-22 -O0 build's checksum.

    python scripts/corpus/csmith_sweep.py [--count 500] [--pipeline TEXT] [--jobs 2]

Builds the programs with build_corpus.py (into .corpus/, reusing what is
there), then optimizes, links and runs each in parallel, and prints the
mismatches and a one-line summary with the time it took.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import checks
from quality import STANDARD


def check(name: str, entry: dict[str, object], pipeline: str) -> tuple[str, str]:
    with tempfile.TemporaryDirectory(prefix="gpuopt-sweep-") as scratch:
        work = Path(scratch)
        module = checks.CORPUS / str(entry["modules"][0])  # type: ignore[index]
        out = work / "opt.ll"
        try:
            checks.optimize(module, pipeline, out)
        except RuntimeError as failure:
            return name, f"gpuopt failed: {str(failure)[:300]}"
        problems = checks.opt_verify(out)
        if problems:
            return name, f"does not verify: {problems[:300]}"
        expected = (checks.CORPUS / str(entry["expected"])).read_text()
        try:
            output = checks.build_and_run([out], list(entry["link_libs"]),  # type: ignore[call-overload]
                                          work, "program", timeout=30)
        except subprocess.TimeoutExpired:
            return name, "timed out"
        return name, "" if output == expected else f"output {output!r} != {expected!r}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--pipeline", default=STANDARD)
    parser.add_argument("--jobs", type=int, default=2)
    options = parser.parse_args()
    start = time.perf_counter()
    subprocess.run([sys.executable, str(Path(__file__).resolve().parent / "build_corpus.py"),
                    "--only", "csmith", "--csmith", str(options.count)], check=True)
    built = time.perf_counter() - start
    programs = {name: entry for name, entry in checks.corpus_programs().items()
                if entry["group"] == "csmith"}
    start = time.perf_counter()
    with ThreadPoolExecutor(options.jobs) as pool:
        results = list(pool.map(lambda item: check(item[0], item[1], options.pipeline),
                                sorted(programs.items())))
    failures = [(name, why) for name, why in results if why]
    for name, why in failures:
        print(f"MISMATCH {name}: {why}")
    print(f"{len(results) - len(failures)} passed, {len(failures)} failed: csmith programs "
          f"through {options.pipeline} (build {built:.0f} s, check "
          f"{time.perf_counter() - start:.0f} s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
