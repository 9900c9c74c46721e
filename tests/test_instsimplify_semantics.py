"""instsimplify's folding rules against an independent Python model.

The model follows the LangRef with unbounded Python integers; the pass
evaluates the same cases as uint64 array programs on each backend.  Widths
1, 8, 33 and 64 cover the single bit, a byte, an odd width and the full word.
"""

from __future__ import annotations

import random
from typing import Any

import numpy as np

from gpuopt.ir import opcodes as op
from gpuopt.transforms.instsimplify import _evaluate

WIDTHS = (1, 8, 33, 64)
BINARY = ("add", "sub", "mul", "udiv", "sdiv", "urem", "srem", "shl", "lshr", "ashr",
          "and", "or", "xor")


def signed(value: int, width: int) -> int:
    return value - (1 << width) if value >> (width - 1) else value


def model(name: str, flags: int, a: int, b: int, width: int) -> tuple[int, bool] | None:
    """(value, poison) per the LangRef, or None when not folded (x / 0)."""
    mask = (1 << width) - 1
    sa, sb = signed(a, width), signed(b, width)

    def fits_signed(x: int) -> bool:
        return -(1 << (width - 1)) <= x < (1 << (width - 1))

    nuw, nsw = bool(flags & op.FLAG_NUW), bool(flags & op.FLAG_NSW)
    exact, disjoint = bool(flags & op.FLAG_EXACT), bool(flags & op.FLAG_DISJOINT)
    if name in ("add", "sub", "mul"):
        u = {"add": a + b, "sub": a - b, "mul": a * b}[name]
        s = {"add": sa + sb, "sub": sa - sb, "mul": sa * sb}[name]
        return u & mask, (nuw and not 0 <= u <= mask) or (nsw and not fits_signed(s))
    if name in ("udiv", "urem", "sdiv", "srem"):
        if b == 0:
            return None
        if name in ("udiv", "urem"):
            q, r = divmod(a, b)
            return (q if name == "udiv" else r) & mask, exact and name == "udiv" and r != 0
        q = abs(sa) // abs(sb) * (1 if (sa < 0) == (sb < 0) else -1)
        r = sa - q * sb
        overflow = not fits_signed(q)
        return ((q if name == "sdiv" else r) & mask,
                overflow or (exact and name == "sdiv" and r != 0))
    if name in ("shl", "lshr", "ashr"):
        if b >= width:
            return 0, True
        if name == "shl":
            r = (a << b) & mask
            return r, (nuw and (a << b) > mask) or (nsw and not fits_signed(sa * (1 << b)))
        r = (a >> b) if name == "lshr" else (sa >> b) & mask
        return r, exact and (a & ((1 << b) - 1)) != 0
    r = {"and": a & b, "or": a | b, "xor": a ^ b}[name]
    return r, disjoint and (a & b) != 0


def interesting(width: int, rng: random.Random) -> int:
    mask = (1 << width) - 1
    return rng.choice([0, 1, 2, mask, mask >> 1, (mask >> 1) + 1, rng.randrange(mask + 1),
                       rng.randrange(min(mask + 1, width + 3))]) & mask


def run_cases(xp: Any, cases: list[tuple[int, int, int, int, int, int, int]]) -> Any:
    columns = list(zip(*cases, strict=True))
    opcode, flags, predicate, a, b, width, result_width = (
        xp.asarray(np.asarray(column, dtype=np.uint64 if k in (3, 4) else np.int64))
        for k, column in enumerate(columns))
    value, poison, defined = _evaluate(xp, opcode, flags, predicate, a, b, width, result_width)
    return [np.asarray(x.get() if hasattr(x, "get") else x) for x in (value, poison, defined)]


def test_binary_rules_match_the_model(xp: Any) -> None:
    rng = random.Random(7)
    cases, expected = [], []
    for _ in range(20000):
        width = rng.choice(WIDTHS)
        name = rng.choice(BINARY)
        flags = rng.choice([0, op.ALLOWED_FLAGS.get(name, 0)]) & rng.choice(
            [op.FLAG_NUW, op.FLAG_NSW, op.FLAG_NUW | op.FLAG_NSW, op.FLAG_EXACT,
             op.FLAG_DISJOINT])
        a, b = interesting(width, rng), interesting(width, rng)
        cases.append((op.OPCODE_ID[name], flags, -1, a, b, width, width))
        expected.append(model(name, flags, a, b, width))
    value, poison, defined = run_cases(xp, cases)
    for index, want in enumerate(expected):
        if want is None:
            assert not defined[index], cases[index]
            continue
        assert defined[index], cases[index]
        assert bool(poison[index]) == want[1], (cases[index], want)
        if not want[1]:
            assert int(value[index]) == want[0], (cases[index], want, int(value[index]))


def test_compares_and_casts_match_the_model(xp: Any) -> None:
    rng = random.Random(11)
    cases, expected = [], []
    for _ in range(6000):
        width = rng.choice(WIDTHS)
        a, b = interesting(width, rng), interesting(width, rng)
        sa, sb = signed(a, width), signed(b, width)
        predicate = rng.randrange(len(op.ICMP_PREDICATES))
        outcome = [a == b, a != b, a > b, a >= b, a < b, a <= b,
                   sa > sb, sa >= sb, sa < sb, sa <= sb][predicate]
        samesign = rng.choice([0, op.FLAG_SAMESIGN])
        cases.append((op.ICMP, samesign, predicate, a, b, width, 1))
        expected.append((int(outcome), bool(samesign) and (sa < 0) != (sb < 0)))
        target = rng.choice(WIDTHS)
        mask = (1 << target) - 1
        if target < width:
            flags = rng.choice([0, op.FLAG_NUW, op.FLAG_NSW])
            r = a & mask
            bad = (flags == op.FLAG_NUW and a != r) or (
                flags == op.FLAG_NSW and signed(r, target) != sa)
            cases.append((op.TRUNC, flags, -1, a, 0, width, target))
            expected.append((r, bad))
        elif target > width:
            nneg = rng.choice([0, op.FLAG_NNEG])
            cases.append((op.ZEXT, nneg, -1, a, 0, width, target))
            expected.append((a, bool(nneg) and sa < 0))
            cases.append((op.SEXT, 0, -1, a, 0, width, target))
            expected.append((sa & mask, False))
    value, poison, _ = run_cases(xp, cases)
    for index, (want, want_poison) in enumerate(expected):
        assert bool(poison[index]) == want_poison, cases[index]
        if not want_poison:
            assert int(value[index]) == want, (cases[index], want, int(value[index]))
