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

The select and poison rules are stated in rules.py's table, which the pass
reads (rules.match_families: one mask per family of rules that differ only in
the root's opcode or predicate), and proved with z3
(tests/test_rules_proved.py), which also checks ``_evaluate`` against the
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
    replace_uses,
)
from gpuopt.transforms import fold_kernel
from gpuopt.transforms.rules import (
    Operands,
    by_target,
    families,
    match_families,
    site_rules,
)

_FOLD_RULES = site_rules("instsimplify._fold_round")
_FOLD_FAMILIES = families(_FOLD_RULES)
assert all(op.IS_MODELED[op.OPCODE_ID[rule.source.opcode]] for rule in _FOLD_RULES)


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
    n = m.n_instructions
    if n == 0 or m.operand_tag.shape[0] == 0:
        return m, 0
    # Only the rows of modeled opcodes fold (the table's roots among them): the
    # arrays below are over those rows, their operand reads shared with the
    # table's matcher.
    roots = xp.flatnonzero(xp.asarray(op.IS_MODELED)[m.inst_opcode])
    reads = Operands(m, roots)
    opcode = reads.at((), reads.opcode)
    int0, a = reads.constant((0,))
    int1, b = reads.constant((1,))
    a, b = a.astype(u64), b.astype(u64)
    operand_type = xp.maximum(m.operand_type[reads.row((0,))], 0)
    width = m.type_width[operand_type].astype(xp.int64)
    is_int = (m.type_kind[operand_type] == KIND_INT) & (width <= 64) & (width > 0)
    result_type = xp.maximum(m.inst_type[roots], 0)
    result_width = m.type_width[result_type].astype(xp.int64)

    binary = xp.asarray(op.IS_BINARY)[opcode]
    cast = xp.asarray(op.IS_INT_CAST)[opcode]
    select = opcode == op.SELECT
    two_operands = binary | (opcode == op.ICMP)

    value, poison, defined = _evaluate(xp, opcode, m.inst_flags[roots].astype(xp.int32),
                                       m.inst_predicate[roots].astype(xp.int32), a, b, width,
                                       result_width)
    # Constants are int64: a zext past i64 of a value with bit 63 set has no such form.
    unrepresentable = (opcode == op.ZEXT) & (result_width > 64) & ((a >> u64(63)) != 0)
    constant_fold = is_int & defined & ((two_operands & int0 & int1)
                                        | (cast & int0 & ~unrepresentable))

    # rules.py's table: a poison operand (a select's condition) makes poison,
    # a select with a constant condition or equal arms takes an arm
    # (per target: poison, or the path of the arm taken)
    hits = by_target(_FOLD_FAMILIES, match_families(reads, _FOLD_FAMILIES, width,
                                                    exclusive=False))
    # (operands of integers of at most 64 bits; a select's condition of any type)
    to_poison = hits["poison"] & (is_int | select)
    poison = (poison & constant_fold) | to_poison
    to_constant = constant_fold | to_poison
    pick_arm = (hits[(1,)] | hits[(2,)]) & ~to_constant
    count = int((to_constant | pick_arm).sum())
    if count == 0:
        return m, 0

    constants = xp.flatnonzero(to_constant)
    rows = roots[constants]
    is_poison = poison[constants]
    m, ids = append_constants(
        m, m.inst_type[rows],
        xp.where(is_poison, CONST_POISON, CONST_INT),
        xp.where(is_poison, u64(0), value[constants]).astype(xp.int64))
    replacement_tag = xp.full(n, NO_REPLACEMENT, dtype=xp.int32)
    replacement_ref = xp.zeros(n, dtype=xp.int32)
    replacement_tag[rows] = TAG_CONSTANT
    replacement_ref[rows] = ids
    arms = xp.flatnonzero(pick_arm)
    take_false = hits[(2,)][arms]
    replacement_tag[roots[arms]] = xp.where(take_false, reads.tag((2,))[arms],
                                            reads.tag((1,))[arms])
    replacement_ref[roots[arms]] = xp.where(take_false, reads.ref((2,))[arms],
                                            reads.ref((1,))[arms])
    fold = xp.zeros(n, dtype=bool)
    fold[roots] = to_constant | pick_arm
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
