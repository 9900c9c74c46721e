"""instsimplify's constant folding as one GPU kernel.

``instsimplify._evaluate`` folds every integer opcode at once with NumPy's
spelling: a set of the opcodes present (a copy to the host), then 5-20 array
operations per rule, each a CuPy launch.  instsimplify, sccp's solver and
instcombine's phi folds call it about 160 times on a csmith module.  On the
GPU the same rules run here as one ElementwiseKernel; ``_evaluate``'s array
code is the twin the CPU runs.  tests/test_fold_kernel.py compiles these C
rules with clang-22 and checks them against ``_evaluate`` on random and
edge-case operands of every opcode, flag and width, and on the GPU checks the
kernel against the array code.

The C follows ``_evaluate`` rule by rule: values are uint64 bit patterns of
their width (zero-extended), ``signed`` reinterprets one as int64, shift
amounts are below 64 wherever a shift happens.
"""

from __future__ import annotations

import functools
from typing import Any

from gpuopt.ir import opcodes as op

_CONSTANTS = "\n".join(
    [f"#define OP_{name.upper()} {op.OPCODE_ID[name]}" for name in (
        "add", "sub", "mul", "udiv", "urem", "sdiv", "srem", "shl", "lshr", "ashr", "and", "or",
        "xor", "icmp", "trunc", "zext", "sext")]
    + [f"#define FLAG_{name} {getattr(op, 'FLAG_' + name)}" for name in (
        "NUW", "NSW", "EXACT", "DISJOINT", "SAMESIGN", "NNEG")])

# Plain C and CUDA alike (DEVICE is __device__ in a kernel, empty in C).
FOLD_C = _CONSTANTS + r"""
typedef unsigned long long u64;
typedef long long i64;

DEVICE static u64 width_mask(i64 width) {
    u64 w = (u64)(width < 1 ? 1 : (width > 64 ? 64 : width));
    return w >= 64 ? ~(u64)0 : (((u64)1 << w) - 1);
}

/* instsimplify._evaluate for one row: *value, *poison, *defined */
DEVICE static void fold_rule(int opcode, int flags, int predicate, u64 a, u64 b, i64 width,
                             i64 result_width, u64 *out_value, int *out_poison,
                             int *out_defined) {
    const u64 mask = width_mask(width);
    const u64 w = (u64)(width < 1 ? 1 : (width > 64 ? 64 : width));
    const u64 sign = (u64)1 << (w - 1);
    #define SIGNED(x) ((i64)(((x) ^ sign) - sign))
    const i64 sa = SIGNED(a), sb = SIGNED(b);
    const int nuw = (flags & FLAG_NUW) != 0, nsw = (flags & FLAG_NSW) != 0;
    const int exact = (flags & FLAG_EXACT) != 0;
    /* magnitudes, shared by mul, sdiv and srem */
    const u64 ua = sa < 0 ? (u64)0 - (u64)sa : (u64)sa;
    const u64 ub = sb < 0 ? (u64)0 - (u64)sb : (u64)sb;
    const u64 ub_safe = ub == 0 ? 1 : ub;
    const int quotient_negative = (sa < 0) != (sb < 0);
    const u64 b_safe = b == 0 ? 1 : b;
    const int shift_ok = b < w;
    const u64 shift = shift_ok ? b : 0;
    u64 value = 0;
    int poison = 0, defined = 1;
    switch (opcode) {
    case OP_ADD: {
        u64 full = a + b, add = full & mask;
        value = add;
        poison = (nuw && (full < a || (full & ~mask) != 0))
            || (nsw && ((a ^ add) & (b ^ add) & sign) != 0);
        break;
    }
    case OP_SUB: {
        u64 sub = (a - b) & mask;
        value = sub;
        poison = (nuw && b > a) || (nsw && ((a ^ b) & (a ^ sub) & sign) != 0);
        break;
    }
    case OP_MUL: {
        u64 full = a * b, product = ua * ub;
        u64 limit = quotient_negative && product != 0 ? sign : sign - 1;
        u64 a_safe = a == 0 ? 1 : a, ua_safe = ua == 0 ? 1 : ua;
        value = full & mask;
        poison = (nuw && a != 0 && (full / a_safe != b || (full & ~mask) != 0))
            || (nsw && ((ua != 0 && product / ua_safe != ub) || product > limit));
        break;
    }
    case OP_UDIV:
        value = a / b_safe;
        poison = exact && a % b_safe != 0;
        defined = b != 0;
        break;
    case OP_UREM:
        value = a % b_safe;
        defined = b != 0;
        break;
    case OP_SDIV: {
        u64 q = ua / ub_safe;
        value = (quotient_negative ? (u64)0 - q : q) & mask;
        poison = (a == sign && b == mask) || (exact && ua % ub_safe != 0);
        defined = b != 0;
        break;
    }
    case OP_SREM: {
        u64 r = ua % ub_safe;
        value = (sa < 0 ? (u64)0 - r : r) & mask;
        poison = a == sign && b == mask;
        defined = b != 0;
        break;
    }
    case OP_SHL: {
        u64 shl = (a << shift) & mask;
        value = shl;
        poison = !shift_ok || (nuw && (shl >> shift) != a)
            || (nsw && (SIGNED(shl) >> (i64)shift) != sa);
        break;
    }
    case OP_LSHR: {
        u64 lshr = a >> shift;
        value = lshr;
        poison = !shift_ok || (exact && ((lshr << shift) & mask) != a);
        break;
    }
    case OP_ASHR: {
        u64 ashr = (u64)(sa >> (i64)shift) & mask;
        value = ashr;
        poison = !shift_ok || (exact && ((ashr << shift) & mask) != a);
        break;
    }
    case OP_AND: value = a & b; break;
    case OP_OR:
        value = a | b;
        poison = (flags & FLAG_DISJOINT) != 0 && (a & b) != 0;
        break;
    case OP_XOR: value = a ^ b; break;
    case OP_ICMP: {
        int outcome = 0;
        switch (predicate) {
        case 0: outcome = a == b; break;
        case 1: outcome = a != b; break;
        case 2: outcome = a > b; break;
        case 3: outcome = a >= b; break;
        case 4: outcome = a < b; break;
        case 5: outcome = a <= b; break;
        case 6: outcome = sa > sb; break;
        case 7: outcome = sa >= sb; break;
        case 8: outcome = sa < sb; break;
        case 9: outcome = sa <= sb; break;
        }
        value = (u64)outcome;
        poison = (flags & FLAG_SAMESIGN) != 0 && ((a ^ b) & sign) != 0;
        break;
    }
    case OP_TRUNC: case OP_ZEXT: case OP_SEXT: {
        /* width is the source's, result_width the destination's */
        const u64 rw = (u64)(result_width < 1 ? 1 : (result_width > 64 ? 64 : result_width));
        const u64 result_mask = width_mask(result_width);
        const u64 result_sign = (u64)1 << (rw - 1);
        if (opcode == OP_TRUNC) {
            u64 truncated = a & result_mask;
            i64 truncated_signed = (i64)((truncated ^ result_sign) - result_sign);
            value = truncated;
            poison = (nuw && (a & ~result_mask) != 0) || (nsw && truncated_signed != sa);
        } else if (opcode == OP_ZEXT) {
            value = a;
            poison = (flags & FLAG_NNEG) != 0 && (a & sign) != 0;
        } else {
            value = (u64)sa & result_mask;
        }
        break;
    }
    }
    #undef SIGNED
    *out_value = value;
    *out_poison = poison;
    *out_defined = defined;
}
"""

_FOLD = r"""
u64 v; int p, d;
fold_rule(opcode, flags, predicate, a, b, width, result_width, &v, &p, &d);
value = v;
poison = p;
defined = d;
"""


@functools.cache
def _kernel(cupy: Any) -> Any:
    return cupy.ElementwiseKernel(
        "int32 opcode, int32 flags, int32 predicate, uint64 a, uint64 b, int64 width, "
        "int64 result_width", "uint64 value, bool poison, bool defined",
        _FOLD, "gpuopt_fold", preamble="#define DEVICE __device__\n" + FOLD_C)


def evaluate(cupy: Any, opcode: Any, flags: Any, predicate: Any, a: Any, b: Any, width: Any,
             result_width: Any) -> tuple[Any, Any, Any]:
    """``instsimplify._evaluate`` on the GPU: (value, poison, defined) per row."""
    size = a.shape[0]
    value = cupy.empty(size, dtype=cupy.uint64)
    poison = cupy.empty(size, dtype=cupy.bool_)
    defined = cupy.empty(size, dtype=cupy.bool_)
    if size:
        _kernel(cupy)(opcode.astype(cupy.int32, copy=False), flags.astype(cupy.int32, copy=False),
                      predicate.astype(cupy.int32, copy=False), a.astype(cupy.uint64, copy=False),
                      b.astype(cupy.uint64, copy=False), width.astype(cupy.int64, copy=False),
                      result_width.astype(cupy.int64, copy=False), value, poison, defined)
    return value, poison, defined
