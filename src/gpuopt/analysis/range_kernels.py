"""One fused GPU kernel per round of ``value_ranges`` and ``sign_bits``.

A round of either analysis gathers each active row's operands, applies its
opcode's rule and clamps the result: about 200 array operations with NumPy's
spelling (ranges.py), each a CuPy launch of a few microseconds of work and
10-25 microseconds of host time.  Here the same round is one ElementwiseKernel
over the active rows.  ranges.py's array code is the twin: the CPU runs it, and
tests/test_range_kernels.py checks on the GPU that both give the same arrays,
and here (with the rules compiled by the host's C compiler) that the C rules
give what ``_rules`` and ``_sign_rules`` give on random operands.

The rules are C functions, valid as CUDA device code and as plain C: the same
text is compiled for both checks.  They follow ranges.py's ``_rules`` and
``_sign_rules`` line by line (the last rule that applies wins).
"""

from __future__ import annotations

import functools
from typing import Any

from gpuopt.ir import opcodes as op

_OPCODES = "\n".join(f"#define OP_{name.upper()} {op.OPCODE_ID[name]}" for name in (
    "zext", "sext", "trunc", "and", "or", "xor", "lshr", "ashr", "udiv", "urem", "add", "sub",
    "shl", "select", "icmp"))

# Plain C and CUDA alike (DEVICE is __device__ in a kernel, empty in C).
RULES_C = _OPCODES + r"""
typedef unsigned long long u64;
typedef long long i64;

DEVICE static u64 cover64(u64 v) {
    v |= v >> 1; v |= v >> 2; v |= v >> 4; v |= v >> 8; v |= v >> 16; v |= v >> 32;
    return v;
}
DEVICE static u64 min64(u64 a, u64 b) { return a < b ? a : b; }
DEVICE static u64 max64(u64 a, u64 b) { return a > b ? a : b; }
DEVICE static i64 mins64(i64 a, i64 b) { return a < b ? a : b; }

/* ranges.py's _rules: (low, high) of one modeled instruction */
DEVICE static void range_rule(int opcode, u64 mask, i64 width, u64 source_sign, u64 sign,
                              int nsw, int c1, u64 lo0, u64 hi0, u64 lo1, u64 hi1, u64 lo2,
                              u64 hi2, u64 *out_low, u64 *out_high) {
    u64 amount = min64(lo1, 63);
    int shift_ok = c1 && lo1 < (u64)width;
    u64 divisor = max64(lo1, 1);
    u64 nl = 0, nh = mask;
    #define TAKE(rule, lo, hi) if (rule) { nl = (lo); nh = (hi); }
    TAKE(opcode == OP_ZEXT, lo0, hi0)
    TAKE(opcode == OP_SEXT && hi0 < source_sign, lo0, hi0)
    TAKE(opcode == OP_TRUNC && hi0 <= mask, lo0, hi0)
    TAKE(opcode == OP_AND, 0, min64(hi0, hi1))
    TAKE(opcode == OP_OR, max64(lo0, lo1), cover64(hi0 | hi1))
    TAKE(opcode == OP_XOR, 0, cover64(hi0 | hi1))
    int disjoint = c1 && (cover64(hi0) & lo1) == 0;
    TAKE((opcode == OP_OR || opcode == OP_XOR) && disjoint, lo0 + lo1, hi0 + lo1)
    TAKE(opcode == OP_XOR && c1 && lo1 == mask, mask - hi0, mask - lo0)
    int shift_right = opcode == OP_LSHR || (opcode == OP_ASHR && hi0 < sign);
    TAKE(shift_right, 0, hi0)
    TAKE(shift_right && shift_ok, lo0 >> amount, hi0 >> amount)
    TAKE(opcode == OP_UDIV, 0, hi0)
    TAKE(opcode == OP_UDIV && c1 && lo1 > 0, lo0 / divisor, hi0 / divisor)
    TAKE(opcode == OP_UREM, 0, hi0)
    TAKE(opcode == OP_UREM && c1 && lo1 > 0, 0, min64(hi0, lo1 - 1))
    TAKE(opcode == OP_ADD && hi0 <= mask - hi1, lo0 + lo1, hi0 + hi1)
    TAKE(opcode == OP_ADD && nsw && hi0 < sign && hi1 < sign, lo0 + lo1,
         min64(hi0 + hi1, sign - 1))
    TAKE(opcode == OP_SUB && lo0 >= hi1, lo0 - hi1, hi0 - lo1)
    TAKE(opcode == OP_SHL && shift_ok && hi0 <= (mask >> amount), lo0 << amount, hi0 << amount)
    TAKE(opcode == OP_SELECT, min64(lo1, lo2), max64(hi1, hi2))
    TAKE(opcode == OP_ICMP, 0, 1)
    #undef TAKE
    *out_low = nl;
    *out_high = nh;
}

/* ranges.py's _sign_rules: the sign bits of one modeled instruction */
DEVICE static i64 sign_rule(int opcode, i64 width, i64 source_width, int amount_known,
                            i64 amount, i64 b0, i64 b1, i64 b2) {
    i64 out = 1;
    if (opcode == OP_SEXT) out = b0 + width - source_width;
    if (opcode == OP_ZEXT) out = width - source_width;
    if (opcode == OP_ASHR && amount_known) out = b0 + amount;
    if (opcode == OP_SHL && amount_known && b0 > amount) out = b0 - amount;
    if (opcode == OP_TRUNC) out = b0 - (source_width - width);
    if (opcode == OP_AND || opcode == OP_OR || opcode == OP_XOR) out = mins64(b0, b1);
    if (opcode == OP_ADD || opcode == OP_SUB) out = mins64(b0, b1) - 1;
    if (opcode == OP_SELECT) out = mins64(b1, b2);
    return out;
}
"""

# Operand k of row j: a constant's value, or a ranged value's current range.
_RANGE_ROUND = r"""
const i64 j = active;
u64 lo[3], hi[3];
int constant[3];
#define OPERAND(k, c, v, f, r, full) \
    constant[k] = c[j]; \
    lo[k] = c[j] ? v[j] : (f[j] ? low[r[j]] : 0); \
    hi[k] = c[j] ? v[j] : (f[j] ? high[r[j]] : full[j]);
OPERAND(0, c0, v0, f0, r0, full0)
OPERAND(1, c1, v1, f1, r1, full1)
OPERAND(2, c2, v2, f2, r2, full2)
#undef OPERAND
u64 nl, nh;
range_rule(opcode[j], mask[j], width[j], source_sign[j], sign[j], nsw[j], constant[1],
           lo[0], hi[0], lo[1], hi[1], lo[2], hi[2], &nl, &nh);
const i64 at = rows[j];
/* keep every range inside the type and never wider than the last round's */
nl = max64(nl, low[at]);
nh = min64(min64(nh, high[at]), mask[j]);
new_low = nl;
new_high = nh;
changed = nl != low[at] || nh != high[at];
"""

_SIGN_ROUND = r"""
const i64 j = active;
i64 bits[3];
#define OPERAND(k, c, cb, v, r) bits[k] = c[j] ? cb[j] : (v[j] ? count[r[j]] : 1);
OPERAND(0, c0, cb0, v0, r0)
OPERAND(1, c1, cb1, v1, r1)
OPERAND(2, c2, cb2, v2, r2)
#undef OPERAND
i64 out = sign_rule(opcode[j], width[j], source_width[j], amount_known[j], amount[j],
                    bits[0], bits[1], bits[2]);
const i64 at = rows[j];
out = out > from_range[at] ? out : from_range[at];
out = out > count[at] ? out : count[at];
out = out < 1 ? 1 : (out > ceiling[at] ? ceiling[at] : out);
new_count = out;
changed = out != count[at];
"""


@functools.cache
def _kernels(cupy: Any) -> tuple[Any, Any]:
    preamble = "#define DEVICE __device__\n" + RULES_C
    sources = ", ".join(f"raw bool c{k}, raw uint64 v{k}, raw bool f{k}, raw int64 r{k}, "
                        f"raw uint64 full{k}" for k in range(3))
    ranges = cupy.ElementwiseKernel(
        "int64 active, raw int64 rows, raw int32 opcode, raw uint64 mask, raw int64 width, "
        "raw uint64 source_sign, raw uint64 sign, raw bool nsw, " + sources
        + ", raw uint64 low, raw uint64 high",
        "uint64 new_low, uint64 new_high, bool changed",
        _RANGE_ROUND, "gpuopt_range_round", preamble=preamble)
    sign_sources = ", ".join(f"raw bool c{k}, raw int64 cb{k}, raw bool v{k}, raw int64 r{k}"
                             for k in range(3))
    signs = cupy.ElementwiseKernel(
        "int64 active, raw int64 rows, raw int32 opcode, raw int64 width, "
        "raw int64 source_width, raw bool amount_known, raw int64 amount, " + sign_sources
        + ", raw int64 count, raw int64 from_range, raw int64 ceiling",
        "int64 new_count, bool changed",
        _SIGN_ROUND, "gpuopt_sign_round", preamble=preamble)
    return ranges, signs


def range_round(cupy: Any, active: Any, rows: Any, row: tuple[Any, ...],
                sources: tuple[tuple[Any, ...], ...], low: Any, high: Any) -> tuple[Any, Any, Any]:
    """(low, high, changed) of the rows ``rows[active]`` after one round: the
    rules of ``_rules`` on the operands' ranges, clamped by the last round's.
    ``row``: (opcode int32, mask, width, source sign, sign, nsw) per row;
    ``sources``: per operand, (constant, value, from a value, its row, full)."""
    kernel = _kernels(cupy)[0]
    opcode, mask, width, source_sign, sign, nsw = row
    flat = [column for source in sources for column in source]
    size = active.shape[0]
    new_low = cupy.empty(size, dtype=cupy.uint64)
    new_high = cupy.empty(size, dtype=cupy.uint64)
    changed = cupy.empty(size, dtype=cupy.bool_)
    kernel(active, rows, opcode, mask, width, source_sign, sign, nsw, *flat, low, high,
           new_low, new_high, changed)
    return new_low, new_high, changed


def sign_round(cupy: Any, active: Any, rows: Any, row: tuple[Any, ...],
               sources: tuple[tuple[Any, ...], ...], count: Any, from_range: Any,
               ceiling: Any) -> tuple[Any, Any]:
    """(count, changed) of the rows ``rows[active]`` after one round of
    ``_sign_rules``, clamped as ``_sign_bits`` clamps.  ``row``: (opcode int32,
    width, source width, amount known, amount) per row; ``sources``: per
    operand, (constant, its count, a value, its row)."""
    kernel = _kernels(cupy)[1]
    flat = [column for source in sources for column in source]
    size = active.shape[0]
    new_count = cupy.empty(size, dtype=cupy.int64)
    changed = cupy.empty(size, dtype=cupy.bool_)
    kernel(active, rows, *row, *flat, count, from_range, ceiling, new_count, changed)
    return new_count, changed
