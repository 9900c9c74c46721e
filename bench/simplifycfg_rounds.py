"""simplifycfg's rounds, one by one: what each costs, changes and runs on.

Runs gpuopt's command line (any arguments it takes: a batch, ``--device``,
the pipeline) with each simplifycfg step wrapped: it is timed (the device
synchronized after it, so that a step's launches count to it), its changes
counted, and the instructions of the module it ran on noted.  After the run,
each simplifycfg run's rounds are listed: seconds, changes, and the
instructions of the module the round ran on (smaller than the part once
later rounds run on a cut), then the steps' totals.

    python bench/simplifycfg_rounds.py -passes='function(...)' a.ll b.ll --output-dir DIR

The synchronization adds a wait per step on the GPU, so the sum is a little
above what ``-time-passes`` reports; the point is the shape over the rounds.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from gpuopt.backend import synchronize  # noqa: E402
from gpuopt.cli import main  # noqa: E402
from gpuopt.transforms import simplifycfg  # noqa: E402

# per simplifycfg run, per round: (seconds, changes, instructions at its start)
RUNS: list[list[list[float]]] = []
TOTALS: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0])


def _wrapped_rounds(original: Any) -> Any:
    def rounds(m: Any, totals: dict[str, int]) -> Any:
        RUNS.append([])
        return original(m, totals)
    return rounds


def _timed(name: str, step: Any, first: bool) -> Any:
    def run(m: Any) -> Any:
        if first or not RUNS[-1]:
            RUNS[-1].append([0.0, 0, m.n_instructions])
        start = time.perf_counter()
        out = step(m)
        synchronize(m.xp)
        elapsed = time.perf_counter() - start
        RUNS[-1][-1][0] += elapsed
        RUNS[-1][-1][1] += out[1]
        total = TOTALS[name]
        total[0] += 1
        total[1] += elapsed
        total[2] += out[1]
        return out
    return run


def report() -> None:
    out = sys.stderr
    for k, rounds in enumerate(RUNS):
        print(f"simplifycfg run {k + 1}: {len(rounds)} rounds, "
              f"{sum(r[0] for r in rounds):.2f} s", file=out)
        print("| round | seconds | changes | instructions |\n|---|---|---|---|", file=out)
        for index, (seconds, changes, instructions) in enumerate(rounds):
            print(f"| {index + 1} | {seconds:.3f} | {int(changes)} | {int(instructions)} |",
                  file=out)
    print("\n| step | calls | seconds | changes |\n|---|---|---|---|", file=out)
    for name, (calls, seconds, changes) in sorted(TOTALS.items(), key=lambda kv: -kv[1][1]):
        print(f"| {name} | {int(calls)} | {seconds:.2f} | {int(changes)} |", file=out)


if __name__ == "__main__":
    simplifycfg._STEPS = tuple((key, _timed(step.__name__, step, index == 0))
                               for index, (key, step) in enumerate(simplifycfg._STEPS))
    simplifycfg.SimplifyCFG._rounds = staticmethod(  # type: ignore[method-assign]
        _wrapped_rounds(simplifycfg.SimplifyCFG._rounds))
    try:
        status = main(sys.argv[1:])
    finally:
        report()
    sys.exit(status)
