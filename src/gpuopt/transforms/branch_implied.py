"""simplifycfg's step for branches whose condition the predecessor's branch
decides (LLVM's isImpliedByDomCondition in simplifyCondBranch).

A block B with a single predecessor edge, from a block P ending in ``br i1 %p,
T, F`` (T not F), knows ``%p`` is true (B is T) or false (B is F).  If that
decides B's own condition ``%c`` (LLVM's isImpliedCondition), B's branch takes
the constant (the round's constant-branch step then folds it) and ``%c`` goes
where nothing else uses it and it has no side effect, recursively (LLVM's
RecursivelyDeleteTriviallyDeadInstructions).  Decided here:

- ``%c`` is ``%p``;
- ``%p`` and ``%c`` are integer compares of the same two operands (or swapped):
  a table of which predicate implies which (LLVM's isImpliedTrueByMatchingCmp
  and isImpliedFalseByMatchingCmp);
- they compare the same value with constants (``%c``'s second operand a
  constant; ``%p``'s a constant, or any value, which still excludes one end of
  the range, as ``x <u y`` excludes ``x == -1``): the values ``%p`` allows lie
  all inside, or all outside, those ``%c`` accepts (LLVM's ConstantRange
  reasoning, up to 64 bits);
- ``%p`` is a logical or bitwise ``and`` known true, or ``or`` known false,
  one of whose operands decides ``%c`` by the rules above.

Not done (LLVM does them): compares of two non-constant values other than the
same pair, ``samesign``'s extra knowledge, known bits of the operands, vectors.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from gpuopt.ir import opcodes as op
from gpuopt.ir.module import CONST_INT, KIND_INT, TAG_CONSTANT, TAG_VALUE, Module
from gpuopt.ir.rewrite import append_constants, operand_row, type_id
from gpuopt.transforms.branch_common import branches
from gpuopt.transforms.branch_forward import delete_trivially_dead
from gpuopt.transforms.simplifycfg_host import build_cfg

P = op.ICMP_ID
# Per (LHS predicate known true, RHS predicate): 1 implied true, 0 implied false,
# -1 unknown, for compares of the same operands in the same order.
_IMPLIES = np.full((10, 10), -1, dtype=np.int64)
_TRUE = {"eq": ("eq", "ule", "uge", "sle", "sge"), "ne": ("ne",),
         "ugt": ("ugt", "uge", "ne"), "uge": ("uge",), "ult": ("ult", "ule", "ne"),
         "ule": ("ule",), "sgt": ("sgt", "sge", "ne"), "sge": ("sge",),
         "slt": ("slt", "sle", "ne"), "sle": ("sle",)}
_FALSE = {"eq": ("ne", "ugt", "ult", "sgt", "slt"), "ne": ("eq",),
          "ugt": ("ule", "ult", "eq"), "uge": ("ult",), "ult": ("uge", "ugt", "eq"),
          "ule": ("ugt",), "sgt": ("sle", "slt", "eq"), "sge": ("slt",),
          "slt": ("sge", "sgt", "eq"), "sle": ("sgt",)}
for _left, _rights in _TRUE.items():
    for _right in _rights:
        _IMPLIES[P[_left], P[_right]] = 1
for _left, _rights in _FALSE.items():
    for _right in _rights:
        _IMPLIES[P[_left], P[_right]] = 0
_INVERSE = np.asarray([P[name] for name in ("ne", "eq", "ule", "ult", "uge", "ugt",
                                              "sle", "slt", "sge", "sgt")])
_SWAPPED = np.asarray([P[name] for name in ("eq", "ne", "ult", "ule", "ugt", "uge",
                                              "slt", "sle", "sgt", "sge")])
_SIGNED = np.asarray([name.startswith("s") for name in op.ICMP_PREDICATES])
SELECT = op.SELECT


def fold_implied_branches(m: Module) -> tuple[Module, int]:
    """LLVM's isImpliedByDomCondition for every conditional branch at once (see
    the module docstring)."""
    xp = m.xp
    cfg = build_cfg(m)
    n_blocks = cfg.n_blocks
    if cfg.edge_source.shape[0] == 0:
        return m, 0
    _, start, conditional, _, first_tag, first_ref, true_block, false_block = branches(m)
    blocks = xp.arange(n_blocks, dtype=xp.int64)
    single = (cfg.predecessor_count == 1) & conditional & (first_tag != TAG_CONSTANT) \
        & (true_block != false_block)
    edge = cfg.predecessor_edge[xp.minimum(cfg.predecessor_start, cfg.edge_source.shape[0] - 1)]
    pred = xp.where(single, cfg.edge_source[edge], 0).astype(xp.int64)
    candidate = single & conditional[pred] & (true_block[pred] != false_block[pred]) \
        & (pred != blocks)
    bs = xp.flatnonzero(candidate).astype(xp.int64)
    if bs.shape[0] == 0:
        return m, 0
    p = pred[bs]
    known_true = true_block[p] == bs
    left_tag, left_ref = first_tag[p].astype(xp.int64), first_ref[p]
    right_tag, right_ref = first_tag[bs].astype(xp.int64), first_ref[bs]
    verdict = _implied(m, left_tag, left_ref, known_true, right_tag, right_ref)
    # one level into a known-true and, or a known-false or
    for k in (0, 1):
        part_tag, part_ref, usable = _logical_part(m, left_tag, left_ref, known_true, k)
        more = _implied(m, part_tag, part_ref, known_true, right_tag, right_ref)
        verdict = xp.where((verdict < 0) & usable, more, verdict)
    decided = verdict >= 0
    if not bool(decided.any()):
        return m, 0
    bs, verdict = bs[decided], verdict[decided]
    m, i1 = type_id(m, "i1")
    m, constants = append_constants(m, xp.full(2, i1), xp.full(2, CONST_INT), xp.arange(2))
    rows = start[bs]
    old_tag, old_ref = m.operand_tag[rows], m.operand_ref[rows].astype(xp.int64)
    tag, ref = m.operand_tag.copy(), m.operand_ref.copy()
    tag[rows] = TAG_CONSTANT
    ref[rows] = constants[verdict.astype(xp.int64)]
    m = m.with_columns(operand_tag=tag, operand_ref=ref)
    dead = xp.zeros(m.n_instructions, dtype=bool)
    dead[old_ref[old_tag == TAG_VALUE]] = True
    return delete_trivially_dead(m, dead), int(bs.shape[0])


def _logical_part(m: Module, tag: Any, ref: Any, known_true: Any, k: int
                  ) -> tuple[Any, Any, Any]:
    """Operand k of a condition that is ``and`` (or ``select a, b, false``) known
    true, or ``or`` (or ``select a, true, b``) known false: that operand has the
    same known value.  Returns its (tag, ref) and where that holds."""
    xp = m.xp
    is_value = tag == TAG_VALUE
    row = xp.where(is_value, ref, 0).astype(xp.int64)
    opcode = m.inst_opcode[row]
    start = m.inst_operand_start[row].astype(xp.int64)

    def constant_is(offset: int, value: int) -> Any:
        at = operand_row(m, start, offset)
        constant = m.operand_tag[at] == TAG_CONSTANT
        cref = xp.where(constant, m.operand_ref[at], 0)
        return constant & (m.constant_kind[cref] == CONST_INT) \
            & (m.constant_value[cref] == value)

    bitwise_and = opcode == op.AND
    bitwise_or = opcode == op.OR
    select_and = (opcode == SELECT) & constant_is(2, 0)
    select_or = (opcode == SELECT) & constant_is(1, 1)
    width = m.type_width[xp.maximum(m.inst_type[row], 0)]
    usable = is_value & (width == 1) & (((bitwise_and | select_and) & known_true)
                                        | ((bitwise_or | select_or) & ~known_true))
    # select a, b, false: parts a (0) and b (1); select a, true, b: a (0) and b (2)
    offset = k if k == 0 else xp.where(select_or, 2, 1)
    at = operand_row(m, start + offset, 0)
    return m.operand_tag[at].astype(xp.int64), m.operand_ref[at], usable


def _implied(m: Module, left_tag: Any, left_ref: Any, known_true: Any, right_tag: Any,
             right_ref: Any) -> Any:
    """Per pair: 1 where the left condition (with the known value) makes the
    right one true, 0 false, -1 undecided."""
    xp = m.xp
    k = int(left_tag.shape[0])
    verdict = xp.full(k, -1, dtype=xp.int64)
    same = (left_tag == right_tag) & (left_ref == right_ref)
    verdict = xp.where(same, known_true.astype(xp.int64), verdict)
    left_cmp = (left_tag == TAG_VALUE) & (m.inst_opcode[xp.where(left_tag == TAG_VALUE,
                                                                  left_ref, 0)] == op.ICMP)
    right_cmp = (right_tag == TAG_VALUE) & (m.inst_opcode[xp.where(right_tag == TAG_VALUE,
                                                                    right_ref, 0)] == op.ICMP)
    both = left_cmp & right_cmp & ~same
    if not bool(both.any()):
        return verdict
    left = xp.where(both, left_ref, 0).astype(xp.int64)
    right = xp.where(both, right_ref, 0).astype(xp.int64)
    lp = m.inst_predicate[left].astype(xp.int64)
    lp = xp.where(known_true, lp, xp.asarray(_INVERSE)[xp.maximum(lp, 0)])
    rp = m.inst_predicate[right].astype(xp.int64)
    l0 = m.inst_operand_start[left].astype(xp.int64)
    l1 = l0 + 1
    r0 = m.inst_operand_start[right].astype(xp.int64)
    r1 = r0 + 1

    def same_operand(a: Any, b: Any) -> Any:
        return (m.operand_tag[a] == m.operand_tag[b]) & (m.operand_ref[a] == m.operand_ref[b])

    # the shared value first on the left (``y >u x`` is ``x <u y``)
    turn = ~same_operand(l0, r0) & ~same_operand(l0, r1) \
        & (same_operand(l1, r0) | same_operand(l1, r1))
    l0, l1 = xp.where(turn, l1, l0), xp.where(turn, l0, l1)
    lp = xp.where(turn, xp.asarray(_SWAPPED)[xp.maximum(lp, 0)], lp)

    table = xp.asarray(_IMPLIES)
    straight = both & same_operand(l0, r0) & same_operand(l1, r1)
    swapped = both & ~straight & same_operand(l0, r1) & same_operand(l1, r0)
    rp_swapped = xp.asarray(_SWAPPED)[xp.maximum(rp, 0)]
    verdict = xp.where(straight, table[lp, xp.maximum(rp, 0)], verdict)
    verdict = xp.where(swapped, table[lp, rp_swapped], verdict)
    # one value against constants: ranges
    first_same = both & ~straight & ~swapped & same_operand(l0, r0)
    flip = both & ~straight & ~swapped & ~first_same & same_operand(l0, r1)
    other = xp.where(flip, r0, r1)
    rp_used = xp.where(flip, rp_swapped, rp)
    ranged = (first_same | flip) & _is_int_constant(m, other)
    width = m.type_width[xp.maximum(m.operand_type[l0], 0)].astype(xp.int64)
    ranged &= (m.type_kind[xp.maximum(m.operand_type[l0], 0)] == KIND_INT) & (width >= 1) \
        & (width <= 64)
    if not bool(ranged.any()):
        return verdict
    left_constant = _is_int_constant(m, l1)
    c1 = _constant_bits(m, l1)
    c2 = _constant_bits(m, other)
    allowed = _region(xp, lp, c1, width, exact=left_constant)
    accepted = _region(xp, rp_used, c2, width, exact=xp.ones(k, dtype=bool))
    inside = _subset(xp, allowed, accepted)
    outside = _disjoint(xp, allowed, accepted)
    decided = xp.where(inside, 1, xp.where(outside, 0, -1))
    return xp.where(ranged & (verdict < 0), decided, verdict)


def _is_int_constant(m: Module, row: Any) -> Any:
    constant = m.operand_tag[row] == TAG_CONSTANT
    ref = m.operand_ref[row] if row.shape[0] else row
    return constant & (m.constant_kind[m.xp.where(constant, ref, 0)] == CONST_INT)


def _constant_bits(m: Module, row: Any) -> Any:
    xp = m.xp
    constant = m.operand_tag[row] == TAG_CONSTANT
    ref = xp.where(constant, m.operand_ref[row], 0)
    return m.constant_value[ref].astype(xp.uint64)


# A region of an integer's values: four intervals [lo, hi] of unsigned bits,
# each with a validity mask: (lo, hi, valid) four times.
Region = list[tuple[Any, Any, Any]]


def _region(xp: Any, predicate: Any, c: Any, width: Any, exact: Any) -> Region:
    """The values x of the given width with ``x predicate c`` (``exact``), or,
    where the right side is not a constant, those for which some right side
    makes it true (LLVM's makeAllowedICmpRegion of the full set: all but the
    far end for the strict ones)."""
    u = xp.uint64
    one, zero = u(1), u(0)
    w = xp.clip(width, 1, 64).astype(u)
    all_ones = xp.where(width >= 64, ~zero, (one << xp.minimum(w, u(63))) - one)
    sign = one << (w - one)
    signed = xp.asarray(_SIGNED)[xp.maximum(predicate, 0)]
    cb = xp.where(signed, c ^ sign, c) & all_ones  # signed order: bias by the sign bit
    eq, ne = predicate == P["eq"], predicate == P["ne"]
    less = (predicate == P["ult"]) | (predicate == P["slt"])
    less_eq = (predicate == P["ule"]) | (predicate == P["sle"])
    greater = (predicate == P["ugt"]) | (predicate == P["sgt"])
    greater_eq = (predicate == P["uge"]) | (predicate == P["sge"])
    zeros = xp.zeros_like(c)
    # first interval (in the predicate's own order)
    lo = xp.where(eq | greater_eq, cb, xp.where(greater, cb + one, zeros))
    hi = xp.where(eq | less_eq, cb, xp.where(less | ne, cb - one, all_ones))
    valid = ~((less | ne) & (cb == 0)) & ~(greater & (cb == all_ones))
    # second interval: above c, for ne
    lo2, hi2 = cb + one, all_ones
    valid2 = ne & (cb != all_ones)
    # no constant on the right: everything but the far end for strict ones
    lo = xp.where(exact, lo, xp.where(greater, one, zeros))
    hi = xp.where(exact, hi, xp.where(less, all_ones - one, all_ones))
    valid = xp.where(exact, valid, True)
    valid2 = valid2 & exact
    return _unsigned(xp, signed, sign, all_ones, lo & all_ones, hi & all_ones, valid) \
        + _unsigned(xp, signed, sign, all_ones, lo2 & all_ones, hi2, valid2)


def _unsigned(xp: Any, signed: Any, sign: Any, all_ones: Any, lo: Any, hi: Any, valid: Any
              ) -> Region:
    """An interval in the predicate's own order as up to two intervals of
    unsigned bits: a signed one flips the sign bit back, and splits where it
    crosses it."""
    crosses = signed & (lo < sign) & (hi >= sign)
    first_lo = xp.where(signed, lo ^ sign, lo)
    first_hi = xp.where(crosses, all_ones, xp.where(signed, hi ^ sign, hi))
    return [(first_lo, first_hi, valid), (xp.zeros_like(lo), hi ^ sign, valid & crosses)]


def _subset(xp: Any, a: Region, b: Region) -> Any:
    """Every interval of a lies inside one interval of b (a not empty)."""
    inside = xp.ones(a[0][0].shape[0], dtype=bool)
    any_a = xp.zeros(a[0][0].shape[0], dtype=bool)
    for lo, hi, valid in a:
        within = xp.zeros_like(valid)
        for blo, bhi, bvalid in b:
            within |= bvalid & (blo <= lo) & (hi <= bhi)
        inside &= ~valid | within
        any_a |= valid
    return inside & any_a


def _disjoint(xp: Any, a: Region, b: Region) -> Any:
    """No interval of a meets an interval of b."""
    meet = xp.zeros(a[0][0].shape[0], dtype=bool)
    for lo, hi, valid in a:
        for blo, bhi, bvalid in b:
            meet |= valid & bvalid & (lo <= bhi) & (blo <= hi)
    return ~meet
