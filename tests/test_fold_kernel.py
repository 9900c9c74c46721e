"""instsimplify's constant folding as one GPU kernel (fold_kernel.py) against
its twin, ``instsimplify._evaluate``'s array code: the C rules compiled by
clang-22 here, and the kernel itself on the GPU, on random and edge-case
operands of every opcode, flag set, predicate and width."""

from __future__ import annotations

import ctypes
import random
import subprocess
from typing import Any

import numpy as np
import pytest

from conftest import require_tool, requires_gpu
from gpuopt import backend
from gpuopt.backend import cupy_or_none
from gpuopt.ir import opcodes as op
from gpuopt.transforms import fold_kernel
from gpuopt.transforms.instsimplify import _evaluate

DRIVER = r"""
void fold(long n, const int *opcode, const int *flags, const int *predicate, const u64 *a,
          const u64 *b, const i64 *width, const i64 *result_width, u64 *value, int *poison,
          int *defined) {
    for (long i = 0; i < n; i++)
        fold_rule(opcode[i], flags[i], predicate[i], a[i], b[i], width[i], result_width[i],
                  &value[i], &poison[i], &defined[i]);
}
"""

OPCODES = [op.OPCODE_ID[name] for name in (
    "add", "sub", "mul", "udiv", "urem", "sdiv", "srem", "shl", "lshr", "ashr", "and", "or",
    "xor", "icmp", "trunc", "zext", "sext", "select", "phi")]
FLAGS = (op.FLAG_NUW, op.FLAG_NSW, op.FLAG_EXACT, op.FLAG_DISJOINT, op.FLAG_SAMESIGN,
         op.FLAG_NNEG)
WIDTHS = (1, 2, 8, 16, 32, 33, 63, 64)


def _cases(seed: int, n: int) -> tuple[np.ndarray, ...]:
    rng = random.Random(seed)
    opcode = np.array([rng.choice(OPCODES) for _ in range(n)], dtype=np.int32)
    flags = np.array([sum(flag for flag in FLAGS if rng.random() < 0.3) for _ in range(n)],
                     dtype=np.int32)
    predicate = np.array([rng.randrange(10) for _ in range(n)], dtype=np.int32)
    width = np.array([rng.choice(WIDTHS) for _ in range(n)], dtype=np.int64)
    result_width = np.array([rng.choice(WIDTHS) for _ in range(n)], dtype=np.int64)

    def value(w: int) -> int:
        mask = (1 << w) - 1
        return rng.choice([0, 1, 2, 3, mask, mask - 1, mask >> 1, (mask >> 1) + 1,
                           rng.getrandbits(w), rng.randrange(0, 70)]) & mask

    a = np.array([value(w) for w in width.tolist()], dtype=np.uint64)
    b = np.array([value(w) for w in width.tolist()], dtype=np.uint64)
    return opcode, flags, predicate, a, b, width, result_width


@pytest.fixture(scope="module")
def c_fold(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("fold")
    source = folder / "fold.c"
    source.write_text("#define DEVICE\n" + fold_kernel.FOLD_C + DRIVER)
    library = folder / "fold.so"
    subprocess.run([require_tool("clang-22"), "-O1", "-shared", "-fPIC", "-o", str(library),
                    str(source)], check=True)
    return ctypes.CDLL(str(library))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_c_fold_rules_give_what_the_array_rules_give(c_fold: Any, seed: int) -> None:
    n = 30_000
    cases = _cases(seed, n)
    expected_value, expected_poison, expected_defined = _evaluate(np, *cases)
    value = np.zeros(n, dtype=np.uint64)
    poison = np.zeros(n, dtype=np.int32)
    defined = np.zeros(n, dtype=np.int32)
    c_fold.fold(ctypes.c_long(n), *(case.ctypes.data_as(ctypes.c_void_p) for case in cases),
                *(out.ctypes.data_as(ctypes.c_void_p) for out in (value, poison, defined)))
    assert np.array_equal(defined.astype(bool), expected_defined)
    assert np.array_equal(poison.astype(bool), expected_poison)
    assert np.array_equal(value, expected_value)


@requires_gpu
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_fold_kernel_gives_the_array_code(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    cupy = cupy_or_none()
    cases = [cupy.asarray(case) for case in _cases(seed, 30_000)]
    fused = _evaluate(cupy, *cases)
    monkeypatch.setattr(backend, "FUSED_KERNELS", False)
    array = _evaluate(cupy, *cases)
    for mine, theirs in zip(fused, array, strict=True):
        assert mine.dtype == theirs.dtype and bool((mine == theirs).all())
