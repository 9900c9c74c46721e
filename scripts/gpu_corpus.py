"""CPU against GPU on the whole corpus: byte-identical output, and where the time goes.

For each module: read once, run the pipeline with NumPy and with CuPy in the
same process, print both, and compare.  With --hashes FILE (written by a CPU
run elsewhere with --write-hashes FILE) the outputs are also compared with
another machine's CPU output.  Timings are best of --repeat, the device
synchronized before every clock read.

    python scripts/gpu_corpus.py --corpus DIR [--pipeline TEXT] [--hashes FILE]
    python scripts/gpu_corpus.py --corpus DIR --write-hashes FILE   # CPU only
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from gpuopt.backend import cupy_or_none, synchronize
from gpuopt.ir.module import Module
from gpuopt.ir.printer import print_module
from gpuopt.ir.reader import read_module
from gpuopt.passes.manager import Runner, build_plan


def run_on(xp: Any, module: Module, plan: tuple[Any, ...], repeat: int) -> tuple[str, float, float]:
    """(printed output, best pass seconds, best transfer seconds) on ``xp``."""
    best_passes = best_transfer = float("inf")
    out = None
    for _ in range(repeat):
        # each run gets its own host tables: passes append types and templates
        # to them, which another run's columns would not cover
        fresh = replace(module, host=copy.deepcopy(module.host))
        synchronize(xp)
        start = time.perf_counter()
        moved = fresh.to(xp)
        synchronize(xp)
        moved_at = time.perf_counter()
        result = Runner().run(plan, moved)
        synchronize(xp)
        passes_at = time.perf_counter()
        back = result.to(np)
        done = time.perf_counter()
        best_passes = min(best_passes, passes_at - moved_at)
        best_transfer = min(best_transfer, (moved_at - start) + (done - passes_at))
        out = back
    assert out is not None
    return print_module(out), best_passes, best_transfer


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--pipeline", default="function(instsimplify,dce)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--hashes", type=Path)
    parser.add_argument("--write-hashes", type=Path)
    options = parser.parse_args()
    plan = build_plan(options.pipeline)
    cupy = None if options.write_hashes else cupy_or_none()
    if cupy is None and not options.write_hashes:
        print("no GPU: CuPy with a CUDA device is not available", file=sys.stderr)
        return 1
    known = {}
    if options.hashes:
        known = dict(line.split() for line in options.hashes.read_text().splitlines())
    written = []
    mismatches = 0
    print(f"pipeline: {options.pipeline}")
    print(f"{'module':<22} {'insts':>8} {'read s':>7} {'cpu passes s':>12} {'gpu passes s':>12} "
          f"{'gpu xfer s':>10} {'print s':>7} {'cpu==gpu':>8} {'==host cpu':>10}")
    for path in sorted(options.corpus.glob("*.ll")):
        start = time.perf_counter()
        module = read_module(path.read_text(), path.name)
        read_seconds = time.perf_counter() - start
        start = time.perf_counter()
        cpu_text, cpu_seconds, _ = run_on(np, module, plan, options.repeat)
        print_seconds = time.perf_counter() - start - cpu_seconds * options.repeat
        cpu_hash = digest(cpu_text)
        written.append(f"{path.name} {cpu_hash}")
        if cupy is None:
            print(f"{path.name:<22} {module.n_instructions:>8} {read_seconds:>7.3f} "
                  f"{cpu_seconds:>12.4f}", flush=True)
            continue
        gpu_text, gpu_seconds, transfer = run_on(cupy, module, plan, options.repeat)
        same = gpu_text == cpu_text
        host_same = known.get(path.name)
        host_verdict = "-" if host_same is None else ("yes" if host_same == cpu_hash else "NO")
        mismatches += (not same) + (host_verdict == "NO")
        print(f"{path.name:<22} {module.n_instructions:>8} {read_seconds:>7.3f} "
              f"{cpu_seconds:>12.4f} {gpu_seconds:>12.4f} {transfer:>10.4f} "
              f"{max(print_seconds, 0) / options.repeat:>7.3f} {'yes' if same else 'NO':>8} "
              f"{host_verdict:>10}", flush=True)
    if options.write_hashes:
        options.write_hashes.write_text("\n".join(written) + "\n")
        print(f"hashes written to {options.write_hashes}")
    print(f"{mismatches} mismatches")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
