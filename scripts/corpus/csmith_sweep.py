"""Semantics at scale: N csmith programs of the corpus through a gpuopt pipeline,
each run and compared with its clang-22 -O0 build's checksum.

    python scripts/corpus/csmith_sweep.py [--count 500] [--pipeline TEXT] [--jobs 2]

Builds the programs with build_corpus.py (into .corpus/, reusing what is
there), then optimizes them in batches and builds, runs and compares each
through scripts/fuzz/differential.py (which also generates fresh csmith
programs and random IR: see docs/fuzzing.md), and prints the mismatches and a
one-line summary with the time it took.
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
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fuzz"))
import checks
import differential
from quality import STANDARD


def check_batch(batch: list[tuple[int, str, dict[str, object]]],
                settings: differential.Settings) -> differential.Tally:
    programs = [differential.Program(name, checks.CORPUS / str(entry["modules"][0]),  # type: ignore[index]
                                     (checks.CORPUS / str(entry["expected"])).read_text(),
                                     [str(lib) for lib in entry["link_libs"]])  # type: ignore[attr-defined]
                for _, name, entry in batch]
    with tempfile.TemporaryDirectory(prefix="gpuopt-sweep-") as scratch:
        return differential.check_programs(programs, Path(scratch), settings, "corpus", 0,
                                           [index for index, _, _ in batch])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--pipeline", default=STANDARD)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--batch", type=int, default=50, help="programs per gpuopt process")
    options = parser.parse_args()
    start = time.perf_counter()
    subprocess.run([sys.executable, str(Path(__file__).resolve().parent / "build_corpus.py"),
                    "--only", "csmith", "--csmith", str(options.count)], check=True)
    built = time.perf_counter() - start
    programs = [(index, name, entry) for index, (name, entry) in enumerate(
        sorted((name, entry) for name, entry in checks.corpus_programs().items()
               if entry["group"] == "csmith"))]
    batches = [programs[at:at + options.batch] for at in range(0, len(programs), options.batch)]
    settings = differential.Settings(pipeline=options.pipeline, run_timeout=15)
    start = time.perf_counter()
    total = differential.Tally()
    with ThreadPoolExecutor(options.jobs) as pool:
        for tally in pool.map(lambda batch: check_batch(batch, settings), batches):
            total.add(tally)
    for failure in total.failures:
        print(f"MISMATCH {programs[failure.index][1]}: {failure.kind}: {failure.detail[:300]}")
    print(f"{total.checked - len(total.failures)} passed, {len(total.failures)} failed: csmith "
          f"programs through {options.pipeline} (build {built:.0f} s, check "
          f"{time.perf_counter() - start:.0f} s)")
    return 1 if total.failures else 0


if __name__ == "__main__":
    sys.exit(main())
