"""instsimplify: fold integer instructions whose operands are constants.

Assumes nothing about a value that is not an integer constant of width at
most 64.  Folds, with LLVM's semantics (LangRef; ConstantFold.cpp):

* binary operators (add sub mul udiv sdiv urem srem shl lshr ashr and or
  xor): wrap-around results; ``poison`` when ``nuw``/``nsw``/``exact``/
  ``disjoint`` is violated, when a shift amount is at least the width, and for
  ``sdiv``/``srem`` of INT_MIN by -1.  Division or remainder by zero is left
  alone (immediate UB is not ours to fold).
* ``icmp`` of two constants to ``true``/``false`` (``poison`` when
  ``samesign`` is violated); ``trunc``/``zext``/``sext`` of a constant
  (``poison`` on a violated ``nuw``/``nsw``/``nneg``).
* ``select`` with a constant condition to the chosen arm, and with equal arms
  to that arm.
* any of these with a ``poison`` operand to ``poison`` (a select only through
  its condition).

Each round folds every candidate in the module at once, replaces the uses
through one value map and deletes the folded instructions; rounds repeat until
nothing folds (at most the length of the longest chain of folds).

The select and poison rules are stated in rules.py's table and proved with
z3 (tests/test_rules_proved.py), which also checks ``_evaluate`` against the
prover's semantics on values.

Differs from LLVM's pass: no algebraic identities with non-constant operands
(instcombine's table, issue 3), no vectors, no integers wider than 64 bits, no
``undef`` folding, no floating point.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from gpuopt.backend import uses_fused_kernels
from gpuopt.ir import opcodes as op
from gpuopt.ir.module import CONST_INT, CONST_POISON, KIND_INT, TAG_CONSTANT, Module
from gpuopt.ir.rewrite import (
    NO_REPLACEMENT,
    append_constants,
    delete_instructions,
    operand_row,
    replace_uses,
)
from gpuopt.transforms import fold_kernel
from gpuopt.transforms.rules import Operands, Var, match, site_rules

_SELECT_RULES = site_rules("instsimplify._fold_round")


@dataclass(frozen=True)
class InstSimplify:
    name: ClassVar[str] = "instsimplify"
    llvm_class: ClassVar[str] = "InstSimplifyPass"
    max_rounds: int = 1 << 20

    def apply(self, m: Module) -> tuple[Module, dict[str, int]]:
        folded_total = 0
        for _ in range(self.max_rounds):  # fixpoint: one round per link of a fold chain
            m, folded = _fold_round(m)
            if folded == 0:
                break
            folded_total += folded
        return m, {"Number of instructions simplified": folded_total}


def _fold_round(m: Module) -> tuple[Module, int]:
    xp = m.xp
    u64 = xp.uint64
    opcode = m.inst_opcode.astype(xp.int32)
    n = m.n_instructions
    n_operands = m.operand_tag.shape[0]
    if n == 0 or n_operands == 0:
        return m, 0
    modeled = xp.asarray(op.IS_MODELED)[opcode]

    # Operand k of every instruction (clipped where it has fewer).
    def operand(k: int) -> tuple[Any, Any, Any, Any, Any]:
        index = operand_row(m, m.inst_operand_start, k)
        tag = m.operand_tag[index]
        ref = m.operand_ref[index]
        is_constant = tag == TAG_CONSTANT
        constant = xp.where(is_constant, ref, 0)
        kind = xp.where(is_constant, m.constant_kind[constant], -1)
        value = m.constant_value[constant].astype(u64)
        return tag, ref, kind, value, index

    _, _, kind0, a, index0 = operand(0)
    tag1, ref1, kind1, b, _ = operand(1)
    tag2, ref2, _, _, _ = operand(2)
    operand_type = xp.maximum(m.operand_type[index0], 0)
    width = m.type_width[operand_type].astype(xp.int64)
    is_int = (m.type_kind[operand_type] == KIND_INT) & (width <= 64) & (width > 0)
    result_type = xp.maximum(m.inst_type, 0)
    result_width = m.type_width[result_type].astype(xp.int64)

    binary = xp.asarray(op.IS_BINARY)[opcode] & modeled
    cast = xp.asarray(op.IS_INT_CAST)[opcode]
    icmp = opcode == op.ICMP
    select = opcode == op.SELECT
    two_operands = binary | icmp
    int0, int1 = kind0 == CONST_INT, kind1 == CONST_INT
    poison0, poison1 = kind0 == CONST_POISON, kind1 == CONST_POISON

    value, poison, defined = _evaluate(xp, opcode, m.inst_flags.astype(xp.int32),
                                       m.inst_predicate.astype(xp.int32), a, b, width,
                                       result_width)
    # Constants are int64: a zext past i64 of a value with bit 63 set has no such form.
    unrepresentable = (opcode == op.ZEXT) & (result_width > 64) & ((a >> u64(63)) != 0)
    constant_fold = is_int & defined & ((two_operands & int0 & int1)
                                        | (cast & int0 & ~unrepresentable))
    poison_fold = is_int & ((two_operands & (poison0 | poison1)) | (cast & poison0))
    poison = (poison & constant_fold) | poison_fold

    # select: constant condition picks an arm, equal arms (rules.py's table:
    # the rows and the arm each takes); poison condition
    select_rows = xp.flatnonzero(select)
    found = match(Operands(m, select_rows), _SELECT_RULES,
                  xp.ones(select_rows.shape[0], dtype=xp.int64))
    pick_arm = xp.zeros(n, dtype=bool)
    select_false = xp.zeros(n, dtype=bool)  # (the rows that take the second arm)
    for rule in _SELECT_RULES:  # over the table's select rules
        assert isinstance(rule.target, Var)
        pick_arm[select_rows] |= found.masks[rule.name]
        if found.paths[rule.name][rule.target.name] == (2,):
            select_false[select_rows] |= found.masks[rule.name]
    select_poison = select & poison0
    pick_arm &= ~select_poison

    to_constant = (constant_fold | poison_fold | select_poison) & modeled
    fold = to_constant | (pick_arm & modeled)
    count = int(fold.sum())
    if count == 0:
        return m, 0

    rows = xp.flatnonzero(to_constant)
    is_poison = (poison | select_poison)[rows]
    m, ids = append_constants(
        m, m.inst_type[rows],
        xp.where(is_poison, CONST_POISON, CONST_INT),
        xp.where(is_poison, u64(0), value[rows]).astype(xp.int64))
    replacement_tag = xp.full(n, NO_REPLACEMENT, dtype=xp.int32)
    replacement_ref = xp.zeros(n, dtype=xp.int32)
    replacement_tag[rows] = TAG_CONSTANT
    replacement_ref[rows] = ids
    arm_rows = xp.flatnonzero(pick_arm & modeled & ~to_constant)
    take_false = select_false[arm_rows]
    replacement_tag[arm_rows] = xp.where(take_false, tag2[arm_rows], tag1[arm_rows])
    replacement_ref[arm_rows] = xp.where(take_false, ref2[arm_rows], ref1[arm_rows])
    m = replace_uses(m, replacement_tag, replacement_ref)
    return delete_instructions(m, ~fold), count


def _evaluate(xp: Any, opcode: Any, flags: Any, predicate: Any, a: Any, b: Any,
              width: Any, result_width: Any) -> tuple[Any, Any, Any]:
    """Every integer rule at once on uint64 bit patterns of the given widths.

    Returns (value, poison, defined): the folded value (zero-extended to 64
    bits), whether the result is poison, and whether folding is allowed at all
    (false for division by zero).  Only the rules of the opcodes present are
    computed (their set is one small copy to the host, a synchronization on
    the GPU): sccp calls this once per sweep on a few rows, where the other
    rules' arrays would cost more than the fold.
    """
    if uses_fused_kernels(xp):  # the rules below as one kernel (fold_kernel.py)
        return fold_kernel.evaluate(xp, opcode, flags, predicate, a, b, width, result_width)
    u64 = xp.uint64
    ones = u64(0xFFFFFFFFFFFFFFFF)
    present = set(xp.unique(opcode).tolist())
    w = xp.clip(width, 1, 64).astype(u64)
    mask = xp.where(w >= 64, ones, (u64(1) << xp.minimum(w, u64(63))) - u64(1))
    sign = u64(1) << (w - u64(1))

    def signed(x: Any) -> Any:
        return ((x ^ sign) - sign).astype(xp.int64)

    def has(bit: int) -> Any:
        return (flags & bit) != 0

    sa, sb = signed(a), signed(b)
    shared: dict[str, Any] = {}

    def magnitudes() -> tuple[Any, Any, Any, Any]:
        """|a|, |b| as signed values, |b| made safe to divide by, and whether
        a signed quotient is negative (shared by mul, sdiv and srem)."""
        if "magnitudes" not in shared:
            ua = xp.where(sa < 0, u64(0) - sa.astype(u64), sa.astype(u64))
            ub = xp.where(sb < 0, u64(0) - sb.astype(u64), sb.astype(u64))
            shared["magnitudes"] = (ua, ub, xp.where(ub == 0, u64(1), ub), (sa < 0) != (sb < 0))
        result: tuple[Any, Any, Any, Any] = shared["magnitudes"]
        return result

    def shift_amount() -> tuple[Any, Any]:
        shift_ok = b < w
        return shift_ok, xp.where(shift_ok, b, u64(0))

    def b_safe() -> Any:
        return xp.where(b == 0, u64(1), b)

    def rule_add() -> tuple[Any, Any, Any]:
        add_full = a + b
        add = add_full & mask
        return add, (has(op.FLAG_NUW) & ((add_full < a) | ((add_full & ~mask) != 0))) \
            | (has(op.FLAG_NSW) & (((a ^ add) & (b ^ add) & sign) != 0)), True

    def rule_sub() -> tuple[Any, Any, Any]:
        sub = (a - b) & mask
        return sub, (has(op.FLAG_NUW) & (b > a)) \
            | (has(op.FLAG_NSW) & (((a ^ b) & (a ^ sub) & sign) != 0)), True

    def rule_mul() -> tuple[Any, Any, Any]:
        ua, ub, _, quotient_negative = magnitudes()
        mul_full = a * b
        signed_product = ua * ub
        signed_limit = xp.where(quotient_negative & (signed_product != 0), sign, sign - u64(1))
        a_safe = xp.where(a == 0, u64(1), a)
        ua_safe = xp.where(ua == 0, u64(1), ua)
        return mul_full & mask, \
            (has(op.FLAG_NUW) & (a != 0) & ((mul_full // a_safe != b)
                                            | ((mul_full & ~mask) != 0))) \
            | (has(op.FLAG_NSW) & (((ua != 0) & (signed_product // ua_safe != ub))
                                   | (signed_product > signed_limit))), True

    def rule_udiv() -> tuple[Any, Any, Any]:
        return a // b_safe(), has(op.FLAG_EXACT) & (a % b_safe() != 0), b != 0

    def rule_urem() -> tuple[Any, Any, Any]:
        return a % b_safe(), False, b != 0

    def rule_sdiv() -> tuple[Any, Any, Any]:
        ua, _, ub_safe, quotient_negative = magnitudes()
        sdiv = xp.where(quotient_negative, u64(0) - ua // ub_safe, ua // ub_safe) & mask
        return sdiv, ((a == sign) & (b == mask)) | (has(op.FLAG_EXACT) & (ua % ub_safe != 0)), \
            b != 0

    def rule_srem() -> tuple[Any, Any, Any]:
        ua, _, ub_safe, _ = magnitudes()
        srem = xp.where(sa < 0, u64(0) - ua % ub_safe, ua % ub_safe) & mask
        return srem, (a == sign) & (b == mask), b != 0

    def rule_shl() -> tuple[Any, Any, Any]:
        shift_ok, shift = shift_amount()
        shl = (a << shift) & mask
        return shl, ~shift_ok | (has(op.FLAG_NUW) & ((shl >> shift) != a)) \
            | (has(op.FLAG_NSW) & ((signed(shl) >> shift.astype(xp.int64)) != sa)), True

    def rule_lshr() -> tuple[Any, Any, Any]:
        shift_ok, shift = shift_amount()
        lshr = a >> shift
        return lshr, ~shift_ok | (has(op.FLAG_EXACT) & (((lshr << shift) & mask) != a)), True

    def rule_ashr() -> tuple[Any, Any, Any]:
        shift_ok, shift = shift_amount()
        ashr = (sa >> shift.astype(xp.int64)).astype(u64) & mask
        return ashr, ~shift_ok | (has(op.FLAG_EXACT) & (((ashr << shift) & mask) != a)), True

    # opcode -> (value, poison condition, defined), computed only when present
    rules: dict[int, Callable[[], tuple[Any, Any, Any]]] = {
        op.ADD: rule_add, op.SUB: rule_sub, op.MUL: rule_mul, op.UDIV: rule_udiv,
        op.UREM: rule_urem, op.SDIV: rule_sdiv, op.SREM: rule_srem, op.SHL: rule_shl,
        op.LSHR: rule_lshr, op.ASHR: rule_ashr,
        op.AND: lambda: (a & b, False, True),
        op.OR: lambda: (a | b, has(op.FLAG_DISJOINT) & ((a & b) != 0), True),
        op.XOR: lambda: (a ^ b, False, True),
    }
    value = xp.zeros(a.shape[0], dtype=u64)
    poison = xp.zeros(a.shape[0], dtype=bool)
    defined = xp.ones(a.shape[0], dtype=bool)
    for code, rule in rules.items():  # over the rule table
        if code not in present:
            continue
        rule_value, rule_poison, rule_defined = rule()
        hit = opcode == code
        value = xp.where(hit, rule_value, value)
        poison = poison | (hit & rule_poison)
        defined = defined & ~(hit & ~xp.asarray(rule_defined))

    if op.ICMP in present:
        compare = [a == b, a != b, a > b, a >= b, a < b, a <= b, sa > sb, sa >= sb, sa < sb,
                   sa <= sb]
        icmp = opcode == op.ICMP
        outcome = xp.zeros(a.shape[0], dtype=bool)
        for index, result in enumerate(compare):  # over the ten predicates
            outcome = outcome | ((predicate == index) & result)
        value = xp.where(icmp, outcome.astype(u64), value)
        poison = poison | (icmp & has(op.FLAG_SAMESIGN) & (((a ^ b) & sign) != 0))

    if present.isdisjoint((op.TRUNC, op.ZEXT, op.SEXT)):
        return value, poison, defined
    # casts: width is the source's, result_width the destination's
    rw = xp.clip(result_width, 1, 64).astype(u64)
    result_mask = xp.where(rw >= 64, ones, (u64(1) << xp.minimum(rw, u64(63))) - u64(1))
    result_sign = u64(1) << (rw - u64(1))
    truncated = a & result_mask
    truncated_signed = ((truncated ^ result_sign) - result_sign).astype(xp.int64)
    trunc = opcode == op.TRUNC
    value = xp.where(trunc, truncated, value)
    poison = poison | (trunc & ((has(op.FLAG_NUW) & ((a & ~result_mask) != 0))
                                | (has(op.FLAG_NSW) & (truncated_signed != sa))))
    zext = opcode == op.ZEXT
    value = xp.where(zext, a, value)
    poison = poison | (zext & has(op.FLAG_NNEG) & ((a & sign) != 0))
    value = xp.where(opcode == op.SEXT, sa.astype(u64) & result_mask, value)
    return value, poison, defined
