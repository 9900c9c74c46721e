"""The fused GPU rounds of value_ranges and sign_bits (range_kernels.py)
against their twin, ranges.py's array code.

Here: the C rules, compiled by clang-22 as plain C, give what ``_rules`` and
``_sign_rules`` give on random and edge-case operands.  On the GPU: the fused
rounds give the same ranges and sign-bit counts as the array rounds, on real
modules (the per-pass test set) and on the benchmark's shapes.
"""

from __future__ import annotations

import ctypes
import random
import subprocess
from typing import Any

import numpy as np
import pytest

from conftest import ROOT, require_tool, requires_gpu
from gpuopt import backend
from gpuopt.analysis import range_kernels, ranges
from gpuopt.backend import cupy_or_none
from gpuopt.ir import opcodes as op
from gpuopt.ir.reader import read_module

DRIVER = r"""
void ranges(long n, const int *opcode, const u64 *mask, const i64 *width, const u64 *source_sign,
            const u64 *sign, const unsigned char *nsw, const unsigned char *c1,
            const u64 *lo0, const u64 *hi0, const u64 *lo1, const u64 *hi1, const u64 *lo2,
            const u64 *hi2, u64 *low, u64 *high) {
    for (long i = 0; i < n; i++)
        range_rule(opcode[i], mask[i], width[i], source_sign[i], sign[i], nsw[i], c1[i],
                   lo0[i], hi0[i], lo1[i], hi1[i], lo2[i], hi2[i], &low[i], &high[i]);
}
void signs(long n, const int *opcode, const i64 *width, const i64 *source_width,
           const unsigned char *amount_known, const i64 *amount, const i64 *b0,
           const i64 *b1, const i64 *b2, i64 *out) {
    for (long i = 0; i < n; i++)
        out[i] = sign_rule(opcode[i], width[i], source_width[i], amount_known[i], amount[i],
                           b0[i], b1[i], b2[i]);
}
"""

OPCODES = [op.OPCODE_ID[name] for name in (
    "zext", "sext", "trunc", "and", "or", "xor", "lshr", "ashr", "udiv", "urem", "add", "sub",
    "shl", "select", "icmp", "mul", "sdiv", "phi")]
WIDTHS = (1, 8, 16, 32, 33, 64)


@pytest.fixture(scope="module")
def c_rules(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("rules")
    source = folder / "rules.c"
    source.write_text("#define DEVICE\n" + range_kernels.RULES_C + DRIVER)
    library = folder / "rules.so"
    subprocess.run([require_tool("clang-22"), "-O1", "-shared", "-fPIC", "-o", str(library),
                    str(source)], check=True)
    return ctypes.CDLL(str(library))


def _pointer(array: np.ndarray) -> Any:
    return array.ctypes.data_as(ctypes.c_void_p)


def _edge_values(rng: random.Random, width: np.ndarray) -> np.ndarray:
    """Per row, a value of that width: an edge (0, 1, the sign bit, all ones...) or random."""
    out = []
    for w in width.tolist():
        mask = (1 << w) - 1
        out.append(rng.choice([0, 1, 2, mask, mask >> 1, (mask >> 1) + 1, rng.getrandbits(w),
                               rng.getrandbits(min(w, 4)), rng.getrandbits(64)]) & mask)
    return np.array(out, dtype=np.uint64)


def _ordered(rng: random.Random, width: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    a, b = _edge_values(rng, width), _edge_values(rng, width)
    return np.minimum(a, b), np.maximum(a, b)


def test_c_range_rules_give_what_the_array_rules_give(c_rules: Any) -> None:
    rng = random.Random(7)
    n = 20_000
    opcode = np.array([rng.choice(OPCODES) for _ in range(n)], dtype=np.int32)
    width = np.array([rng.choice(WIDTHS) for _ in range(n)], dtype=np.int64)
    source_width = np.array([rng.choice(WIDTHS) for _ in range(n)], dtype=np.int64)
    mask = ranges.all_ones(np, width)
    sign = np.uint64(1) << (width - 1).astype(np.uint64)
    source_sign = np.uint64(1) << (source_width - 1).astype(np.uint64)
    nsw = np.array([rng.random() < 0.5 for _ in range(n)])
    operands = [_ordered(rng, width) for _ in range(3)]
    c1 = np.array([rng.random() < 0.5 for _ in range(n)])
    lo1, hi1 = operands[1]
    hi1 = np.where(c1, lo1, hi1)  # a constant's range is one value
    operands[1] = (lo1, hi1)
    # some shift amounts and divisors that are small and in range
    small = np.array([rng.randrange(0, 70) for _ in range(n)], dtype=np.uint64)
    use_small = np.array([rng.random() < 0.4 for _ in range(n)])
    operands[1] = (np.where(use_small & c1, small, lo1), np.where(use_small & c1, small, hi1))
    expected_low, expected_high = ranges._rules(
        np, opcode, mask, width, source_sign, sign, nsw,
        (np.zeros(n, dtype=bool), *operands[0]), (c1, *operands[1]),
        (np.zeros(n, dtype=bool), *operands[2]))
    low, high = np.zeros(n, dtype=np.uint64), np.zeros(n, dtype=np.uint64)
    bools = [x.astype(np.uint8) for x in (nsw, c1)]
    c_rules.ranges(ctypes.c_long(n), _pointer(opcode), _pointer(mask), _pointer(width),
                   _pointer(source_sign), _pointer(sign), _pointer(bools[0]), _pointer(bools[1]),
                   *(_pointer(np.ascontiguousarray(x)) for pair in operands for x in pair),
                   _pointer(low), _pointer(high))
    assert np.array_equal(low, expected_low)
    assert np.array_equal(high, expected_high)


def test_c_sign_rules_give_what_the_array_rules_give(c_rules: Any) -> None:
    rng = random.Random(8)
    n = 20_000
    opcode = np.array([rng.choice(OPCODES) for _ in range(n)], dtype=np.int32)
    width = np.array([rng.choice(WIDTHS) for _ in range(n)], dtype=np.int64)
    source_width = np.array([rng.choice(WIDTHS) for _ in range(n)], dtype=np.int64)
    amount_known = np.array([rng.random() < 0.6 for _ in range(n)])
    amount = np.array([rng.randrange(0, 64) for _ in range(n)], dtype=np.int64)
    bits = [np.array([rng.randrange(1, 65) for _ in range(n)], dtype=np.int64) for _ in range(3)]
    expected = ranges._sign_rules(np, opcode, width, source_width, amount_known, amount, *bits)
    out = np.zeros(n, dtype=np.int64)
    known = amount_known.astype(np.uint8)
    c_rules.signs(ctypes.c_long(n), _pointer(opcode), _pointer(width), _pointer(source_width),
                  _pointer(known), _pointer(amount), *(_pointer(b) for b in bits), _pointer(out))
    assert np.array_equal(out, expected)


def _modules() -> list[tuple[str, str]]:
    import shapes

    lit = sorted((ROOT / "tests" / "lit").glob("*.ll"))
    found = [(path.name, path.read_text()) for path in lit]
    return found + [("switch_phi", shapes.switch_phi(3000)), ("loop_nest", shapes.loop_nest(3000)),
                    ("tiny_functions", shapes.tiny_functions(3000))]


@requires_gpu
@pytest.mark.parametrize(("name", "text"), _modules(), ids=[name for name, _ in _modules()])
def test_fused_rounds_give_the_array_rounds(name: str, text: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    cupy = cupy_or_none()
    module = read_module(text, name).to(cupy)
    fused_known, fused_low, fused_high = ranges._value_ranges(module)
    fused_signs = ranges._sign_bits(module, fused_known, fused_high)
    monkeypatch.setattr(backend, "FUSED_KERNELS", False)
    known, low, high = ranges._value_ranges(module)
    signs = ranges._sign_bits(module, known, high)
    for fused, array in ((fused_known, known), (fused_low, low), (fused_high, high),
                         (fused_signs, signs)):
        assert fused.dtype == array.dtype and bool((fused == array).all())


def test_the_cpu_runs_the_array_rounds() -> None:
    assert not backend.uses_fused_kernels(np)
