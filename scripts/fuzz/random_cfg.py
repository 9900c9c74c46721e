"""Random control flow over a few allocas: IR shapes C front ends rarely emit
(irreducible loops, blocks reached only through loops, loads far from their
stores), for the passes that rebuild SSA and edit the CFG (sroa, simplifycfg).

    python scripts/fuzz/random_cfg.py SEED [--functions 300] > random.ll

Each function has up to 40 blocks that branch at random on one argument,
loads (passed to an external call, so they stay) and stores of up to 3 allocas,
and returns a loaded value.  Seed 1 found the phi-cycle assertion in
simplifycfg that tests/lit/simplifycfg-phi-cycle.ll now covers.
"""

from __future__ import annotations

import argparse
import random


def function(rng: random.Random, name: str) -> str:
    blocks = rng.randrange(1, 40)
    slots = rng.randrange(1, 4)
    lines = [f"define i32 @{name}(i32 %x, i1 %c) {{", "entry:"]
    lines += [f"  %p{slot} = alloca i32" for slot in range(slots)]
    if rng.random() < 0.7:
        lines.append("  store i32 %x, ptr %p0")
    lines.append("  br label %b0")
    loads = 0
    for block in range(blocks):
        lines.append(f"b{block}:")
        for _ in range(rng.randrange(0, 4)):
            slot = rng.randrange(slots)
            if rng.random() < 0.5:
                lines += [f"  %v{loads} = load i32, ptr %p{slot}",
                          f"  call void @use(i32 %v{loads})"]
                loads += 1
            else:
                lines.append(f"  store i32 {rng.randrange(9)}, ptr %p{slot}")
        targets = [f"%b{rng.randrange(blocks)}" for _ in range(3)]  # the third: kept for the seeds
        kind = rng.random()
        if kind < 0.15 or blocks == 1:
            lines += [f"  %r{block} = load i32, ptr %p{rng.randrange(slots)}",
                      f"  ret i32 %r{block}"]
        elif kind < 0.5:
            lines.append(f"  br label {targets[0]}")
        else:
            lines.append(f"  br i1 %c, label {targets[0]}, label {targets[1]}")
    lines.append("}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("seed", type=int)
    parser.add_argument("--functions", type=int, default=300)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    print("declare void @use(i32)\n")
    print("\n\n".join(function(rng, f"f{index}") for index in range(options.functions)))


if __name__ == "__main__":
    main()
