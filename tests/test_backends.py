"""Every backend gives byte-identical output to NumPy, the reference.

Runs the FileCheck inputs and generated folding-heavy modules through the
pipeline on each backend (CuPy only where a GPU exists) and compares text.
"""

from __future__ import annotations

import random
from typing import Any

import numpy as np
import pytest

from conftest import ROOT
from gpuopt import print_module, read_module, run_pipeline

PIPELINES = ("instsimplify", "dce", "function(instsimplify,dce)", "repeat<2>(dce,instsimplify)",
             "mem2reg", "adce", "simplifycfg", "early-cse",
             "instcombine", "sccp",
             "function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)")
INPUTS = sorted((ROOT / "tests" / "lit").glob("*.ll"))


WRAP_FLAGS = ["", "nuw ", "nsw ", "nuw nsw "]
FLAGS = {"add": WRAP_FLAGS, "sub": WRAP_FLAGS, "mul": WRAP_FLAGS, "shl": WRAP_FLAGS,
         "udiv": ["", "exact "], "sdiv": ["", "exact "], "lshr": ["", "exact "],
         "ashr": ["", "exact "]}


def folding_module(seed: int) -> str:
    """Chains of foldable integer arithmetic of many widths, some dead, some poison."""
    rng = random.Random(seed)
    lines = ["declare void @use(...)", "define i64 @f(i64 %x) {"]
    values = ["%x"]
    for index in range(400):
        op = rng.choice(["add", "sub", "mul", "and", "or", "xor", "shl", "lshr", "ashr",
                         "udiv", "sdiv", "urem", "srem"])
        flag = rng.choice(FLAGS.get(op, [""]))
        a = rng.choice([*values[-5:], str(rng.randrange(-9, 70)), "poison"])
        b = rng.choice([*values[-5:], str(rng.randrange(0, 70))])
        lines.append(f"  %v{index} = {op} {flag}i64 {a}, {b}")
        values.append(f"%v{index}")
        if rng.random() < 0.1:
            lines.append(f"  call void @use(i64 %v{index})")
    lines += [f"  ret i64 {values[-1]}", "}"]
    return "\n".join(lines) + "\n"


CASES = [(path.name, path.read_text()) for path in INPUTS] + [
    (f"folding-{seed}", folding_module(seed)) for seed in range(3)]


@pytest.mark.parametrize("pipeline", PIPELINES)
@pytest.mark.parametrize("name,text", CASES, ids=[name for name, _ in CASES])
def test_backend_output_is_identical(xp: Any, pipeline: str, name: str, text: str) -> None:
    reference = print_module(run_pipeline(pipeline, read_module(text, name)))
    result = print_module(run_pipeline(pipeline, read_module(text, name).to(xp)))
    assert result == reference


def test_module_moves_to_a_backend_and_back(xp: Any) -> None:
    module = read_module(INPUTS[0].read_text(), INPUTS[0].name)
    moved = module.to(xp).to(np)
    for name in module.column_names():
        assert np.array_equal(getattr(module, name), getattr(moved, name)), name
