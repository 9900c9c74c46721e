"""instcombine: instsimplify plus a table of peephole rewrites, to a fixed point.

Assumes nothing about a value beyond what its own instruction says.  Each
round applies every rule below to every instruction of the module at once
(a rule is a mask over rows and the replacement it picks), then instsimplify's
constant folding; rounds repeat until nothing changes (``max-iterations=N``
bounds them; ``no-verify-fixpoint`` is accepted, as the fixpoint here is
always reached or the bound says so).

Replacements (the instruction's uses take another value):

- identity: add x,0 / sub x,0 / mul x,1 / and x,-1 / or x,0 / xor x,0 /
  shl, lshr, ashr x,0 / udiv, sdiv x,1 to x
- idempotent: and x,x and or x,x to x
- absorbing: mul x,0 and and x,0 to 0; or x,-1 to -1; urem, srem x,1 to 0;
  shl, lshr, ashr 0,x to 0
- self-inverse: sub x,x and xor x,x to 0
- double negation: sub 0,(sub 0,x) and xor (xor x,-1),-1 to x
- select: select c, true, false to c (plus instsimplify's constant and equal arms)
- cast chains: trunc (zext x) and trunc (sext x) to x when the types agree
- range limits: icmp ult x,0 / ugt x,MAX / slt x,SMIN / sgt x,SMAX to false,
  their complements to true
- self compare: icmp eq, uge, ule, sge, sle x,x to true; ne, ugt, ult, sgt, slt
  x,x to false
- boolean compare: icmp ne i1 x, false and icmp eq i1 x, true to x
- known nonzero: icmp eq x, 0 (or null) to false and icmp ne/ugt x, 0 to true
  when x is an or with a nonzero operand, an extension, select or phi of such
  values, an alloca, a global, or an inbounds GEP of such a pointer
- zero-index GEP: getelementptr T, ptr p, 0, ... to p
- phi: all incoming values one value (itself aside) to that value
- store to load: a load of the pointer that a store in the same block just
  wrote, as the same type and with no write between, to the stored value;
  a narrower integer load of a stored integer constant to its low bytes
  (little-endian modules)
- conditions from selects: trunc (select c, K1, K2) to i1 and icmp eq/ne
  (select c, K1, K2), K to c, or to a new ``xor c, true``
- write-only allocas: an alloca that is only stored to, memset or memcpy'd
  into (through any GEPs) goes with all its writes (transforms/dead_allocas.py)

In-place rewrites (the instruction changes):

- canonical order: a commutative operator or an icmp with a constant on the
  left gets it on the right (the predicate swapped)
- strength: mul x,2^k to shl x,k; udiv x,2^k to lshr x,k; urem x,2^k to
  and x,2^k-1
- cast chains: zext (zext x) and sext (sext x) to one cast of x; sext of a
  zext to a zext
- icmp of zexts: icmp eq, ne or unsigned of (zext a), (zext b), with a and b
  of one type, to the icmp of a and b
- narrow compares: icmp eq or ne of (zext or sext x) and a constant that x's
  type can hold, to the icmp of x and that constant
- pointer tests: icmp eq/ne (ptrtoint p to i64), 0 to icmp eq/ne p, null
- negations: xor (icmp P a, b), true, the icmp used only there, to the icmp
  with the inverse predicate; br and select on xor c, true take c and swap
  their targets or arms

New instructions:

- merged stores: two simple stores to one pointer that end the two
  predecessors of a block (each just before its unconditional branch) become
  a phi of the values and one store at the top of that block

Differs from LLVM's pass: no known-bits or demanded-bits reasoning, no
vector rules, no floating point, and new instructions only where listed above
(most of LLVM's canonical forms that need one are not made).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from gpuopt.analysis.cfg import build_cfg
from gpuopt.analysis.memory import readnone_calls
from gpuopt.arrays import lookup, segment_max, segment_min
from gpuopt.diagnostics import UserError
from gpuopt.ir import opcodes as op
from gpuopt.ir.initializers import split_top_level
from gpuopt.ir.module import (
    CONST_INT,
    CONST_OTHER,
    KIND_INT,
    KIND_PTR,
    NAME_NONE,
    NAME_NUMBERED,
    TAG_ARGUMENT,
    TAG_BLOCK,
    TAG_CONSTANT,
    TAG_GLOBAL,
    TAG_VALUE,
    Module,
)
from gpuopt.ir.rewrite import (
    NO_REPLACEMENT,
    append_constants,
    delete_instructions,
    insert_instructions,
    operand_row,
    phi_values,
    replace_and_delete,
    replace_uses,
    type_id,
    use_counts,
)
from gpuopt.transforms.dce import DCE
from gpuopt.transforms.dead_allocas import remove_write_only_allocas
from gpuopt.transforms.instsimplify import _fold_round

# icmp predicate after swapping the operands
_SWAPPED = [op.ICMP_ID[p] for p in ("eq", "ne", "ult", "ule", "ugt", "uge",
                                    "slt", "sle", "sgt", "sge")]


@dataclass(frozen=True)
class InstCombine:
    name: ClassVar[str] = "instcombine"
    llvm_class: ClassVar[str] = "InstCombinePass"
    max_iterations: int = 1 << 20

    @staticmethod
    def from_params(params: str | None) -> InstCombine:
        limit = 1 << 20
        for param in filter(None, (params or "").split(";")):
            if param in ("no-verify-fixpoint", "verify-fixpoint"):
                continue
            if param.startswith("max-iterations=") and param[15:].isdigit():
                limit = int(param[15:])
                continue
            raise UserError(f"invalid instcombine pass parameter '{param}'")
        return InstCombine(limit)

    def apply(self, m: Module) -> tuple[Module, dict[str, int]]:
        combined = folded = removed = 0
        for _ in range(self.max_iterations):  # rounds until no rule fires
            m, changed = _rules_round(m)
            m, negations = _booleans(m)
            m, merged = _merge_stores(m)
            m, extracted = _extract_inserted(m)
            changed += negations + merged + extracted
            m, simplified = _fold_round(m)
            combined += changed
            folded += simplified
            if changed == 0 and simplified == 0:
                m, allocas = remove_write_only_allocas(m)
                removed += allocas
                if allocas == 0:
                    break
        # instcombine erases what became trivially dead, as LLVM's does
        m, dead = DCE().apply(m)
        return m, {"Number of insts combined": combined,
                   "Number of constant folds": folded,
                   "Number of dead inst eliminated": dead["Number of insts removed"],
                   "Number of write-only allocas removed": removed}


def _rules_round(m: Module) -> tuple[Module, int]:
    xp = m.xp
    n = m.n_instructions
    if n == 0 or m.operand_tag.shape[0] == 0:
        return m, 0
    m, rewritten = _rewrite_in_place(m)
    opcode = m.inst_opcode.astype(xp.int32)
    start = m.inst_operand_start
    index0 = operand_row(m, start)
    index1 = operand_row(m, start, 1)
    index2 = operand_row(m, start, 2)
    tag0, ref0 = m.operand_tag[index0].astype(xp.int32), m.operand_ref[index0]
    tag1, ref1 = m.operand_tag[index1].astype(xp.int32), m.operand_ref[index1]
    tag2, ref2 = m.operand_tag[index2].astype(xp.int32), m.operand_ref[index2]
    width = m.type_width[xp.maximum(m.inst_type, 0)].astype(xp.int64)
    is_int = (m.type_kind[xp.maximum(m.inst_type, 0)] == KIND_INT) & (width <= 64)
    modeled = xp.asarray(op.IS_MODELED)[opcode]

    def constant_value(tag: Any, ref: Any) -> tuple[Any, Any]:
        is_const = tag == TAG_CONSTANT
        safe = xp.where(is_const, ref, 0)
        return is_const & (m.constant_kind[safe] == CONST_INT), m.constant_value[safe]

    c0, v0 = constant_value(tag0, ref0)
    c1, v1 = constant_value(tag1, ref1)
    all_ones = xp.where(width >= 64, -1, (xp.int64(1) << xp.clip(width, 1, 63)) - 1)
    zero1, one1, ones1 = c1 & (v1 == 0), c1 & (v1 == 1), c1 & (v1 == all_ones)
    zero0 = c0 & (v0 == 0)
    same = (tag0 == tag1) & (ref0 == ref1)
    binary = xp.asarray(op.IS_BINARY)[opcode] & modeled & is_int

    def is_(name: str) -> Any:
        return opcode == op.OPCODE_ID[name]

    # (mask, replacement tag, replacement ref): "operand 0" or a new constant
    to_x = binary & (((is_("add") | is_("sub") | is_("or") | is_("xor") | is_("shl")
                       | is_("lshr") | is_("ashr")) & zero1)
                     | ((is_("mul") | is_("udiv") | is_("sdiv")) & one1)
                     | (is_("and") & ones1) | ((is_("and") | is_("or")) & same))
    to_zero = binary & (((is_("mul") | is_("and")) & zero1)
                        | ((is_("urem") | is_("srem")) & one1)
                        | ((is_("sub") | is_("xor")) & same)
                        | ((is_("shl") | is_("lshr") | is_("ashr")) & zero0))
    to_ones = binary & is_("or") & ones1
    # double negation: sub 0, (sub 0, x) and xor (xor x, -1), -1
    inner = xp.where(tag1 == TAG_VALUE, ref1, 0)
    inner_start = operand_row(m, start[inner])
    inner_c0, inner_v0 = constant_value(m.operand_tag[inner_start].astype(xp.int32),
                                        m.operand_ref[inner_start])
    negation = binary & is_("sub") & zero0 & (tag1 == TAG_VALUE) & (opcode[inner] == op.SUB) \
        & inner_c0 & (inner_v0 == 0)
    not_inner = xp.where(tag0 == TAG_VALUE, ref0, 0)
    not_start = operand_row(m, start[not_inner])
    not_c1, not_v1 = constant_value(m.operand_tag[operand_row(m, not_start, 1)].astype(
        xp.int32), m.operand_ref[operand_row(m, not_start, 1)])
    double_not = binary & is_("xor") & ones1 & (tag0 == TAG_VALUE) \
        & (opcode[not_inner] == op.XOR) & not_c1 & (not_v1 == all_ones)
    # select c, true, false
    bool_select = modeled & is_("select") & (width == 1)
    st, sv = constant_value(tag1, ref1)
    sf, svf = constant_value(tag2, ref2)
    select_cond = bool_select & st & (sv == 1) & sf & (svf == 0)
    # trunc (zext/sext x) to x's own type
    source = xp.where(tag0 == TAG_VALUE, ref0, 0)
    source_op = opcode[source]
    source_start = operand_row(m, start[source])
    source_type = m.operand_type[source_start]
    trunc_back = is_("trunc") & (tag0 == TAG_VALUE) & ((source_op == op.ZEXT)
                                                       | (source_op == op.SEXT)) \
        & (source_type == m.inst_type)
    # icmp range limits
    predicate = m.inst_predicate.astype(xp.int32)
    operand_width = m.type_width[xp.maximum(m.operand_type[index0], 0)].astype(xp.int64)
    operand_int = (m.type_kind[xp.maximum(m.operand_type[index0], 0)] == KIND_INT) \
        & (operand_width <= 64)
    op_ones = xp.where(operand_width >= 64, -1,
                       (xp.int64(1) << xp.clip(operand_width, 1, 63)) - 1)
    smax = xp.where(operand_width >= 64, (1 << 63) - 1,
                    (xp.int64(1) << xp.clip(operand_width - 1, 0, 62)) - 1)
    smin = xp.where(operand_width >= 64, -(1 << 63), smax + 1)
    icmp = is_("icmp") & operand_int & c1

    def pred(name: str) -> Any:
        return predicate == op.ICMP_ID[name]

    # icmp x, x: true for the reflexive predicates, false for the strict ones
    reflexive = pred("eq") | pred("uge") | pred("ule") | pred("sge") | pred("sle")
    self_compare = is_("icmp") & same & modeled
    # x known to be nonzero: icmp eq x, 0 is false; ne and ugt x, 0 are true
    nonzero = _known_nonzero(m)
    nonzero_operand = ((tag0 == TAG_VALUE) & nonzero[xp.where(tag0 == TAG_VALUE, ref0, 0)]) \
        | ((tag0 == TAG_GLOBAL) & _globals_nonnull(m))
    is_null1 = (tag1 == TAG_CONSTANT) & (
        m.constant_text[xp.where(tag1 == TAG_CONSTANT, ref1, 0)] == m.host.strings.intern("null"))
    pointer_compare = is_("icmp") & (m.type_kind[xp.maximum(m.operand_type[index0], 0)]
                                     == KIND_PTR)
    against_zero = nonzero_operand & ((icmp & zero1) | (pointer_compare & is_null1))
    # icmp ne i1 x, false and icmp eq i1 x, true are x
    bool_compare = icmp & (operand_width == 1) & (
        (pred("ne") & (v1 == 0)) | (pred("eq") & (v1 == 1)))
    never = (against_zero & pred("eq")) | (self_compare & ~reflexive) | icmp & (
        (pred("ult") & (v1 == 0)) | (pred("ugt") & (v1 == op_ones))
        | (pred("slt") & (v1 == smin)) | (pred("sgt") & (v1 == smax)))
    always = (against_zero & (pred("ne") | pred("ugt"))) | (self_compare & reflexive) | icmp & (
        (pred("uge") & (v1 == 0)) | (pred("ule") & (v1 == op_ones))
        | (pred("sge") & (v1 == smin)) | (pred("sle") & (v1 == smax)))
    # zero-index GEP of a local pointer
    zero_gep = (opcode == op.GEP) & ((m.inst_flags & op.FLAG_ZERO_INDICES) != 0)
    m, forward_tag, forward_ref, forward = _store_to_load(m)
    phi_tag, phi_ref, phi_same = _uniform_phis(m)

    replace_with_operand0 = to_x | zero_gep | bool_compare
    constant_rows = to_zero | to_ones | never | always
    fired = replace_with_operand0 | constant_rows | negation | double_not | select_cond \
        | trunc_back | forward | phi_same
    count = int(fired.sum()) + rewritten
    if not bool(fired.any()):
        return m, rewritten

    rows = xp.flatnonzero(constant_rows)
    result_type = xp.where(never | always, _i1(m), m.inst_type)[rows]
    value = xp.where((never | always)[rows], always[rows].astype(xp.int64),
                     xp.where(to_ones[rows], -1, 0))
    value = value & xp.where(to_ones[rows], all_ones[rows], -1)
    m, ids = append_constants(m, result_type, xp.full(rows.shape[0], CONST_INT, xp.int8), value)
    replacement_tag = xp.full(n, NO_REPLACEMENT, dtype=xp.int32)
    replacement_ref = xp.zeros(n, dtype=xp.int32)
    replacement_tag[rows] = TAG_CONSTANT
    replacement_ref[rows] = ids
    choices = [
        (replace_with_operand0 | select_cond, tag0, ref0),
        (negation, m.operand_tag[operand_row(m, inner_start, 1)].astype(xp.int32),
         m.operand_ref[operand_row(m, inner_start, 1)]),
        (double_not, m.operand_tag[not_start].astype(xp.int32), m.operand_ref[not_start]),
        (trunc_back, m.operand_tag[source_start].astype(xp.int32), m.operand_ref[source_start]),
        (forward, forward_tag, forward_ref),
        (phi_same, phi_tag, phi_ref),
    ]
    for mask, tag, ref in choices:  # over the rules that reuse an existing value
        hit = mask & (replacement_tag == NO_REPLACEMENT)
        replacement_tag = xp.where(hit, tag, replacement_tag).astype(xp.int32)
        replacement_ref = xp.where(hit, ref, replacement_ref).astype(xp.int32)
    replaced = replacement_tag != NO_REPLACEMENT
    # a value never replaces itself (a phi of only itself is dead code, adce's job)
    self_ref = replaced & (replacement_tag == TAG_VALUE) & (replacement_ref == xp.arange(n))
    replacement_tag = xp.where(self_ref, NO_REPLACEMENT, replacement_tag).astype(xp.int32)
    replaced &= ~self_ref
    m = replace_uses(m, replacement_tag, replacement_ref)
    return delete_instructions(m, ~replaced), count


# icmp predicate of the negated compare
_INVERSE = [op.ICMP_ID[p] for p in ("ne", "eq", "ule", "ult", "uge", "ugt",
                                    "sle", "slt", "sge", "sgt")]


def _booleans(m: Module) -> tuple[Module, int]:
    """Conditions made from selects of constants, and negations:

    - trunc (select c, K1, K2) to i1 and icmp eq/ne (select c, K1, K2), K, with
      constant arms, are c when the arms map to true, false; when they map to
      false, true they become a new ``xor i1 c, true`` (LLVM's FoldOpIntoSelect
      and its canonical not);
    - xor (icmp P a, b), true with the compare used only there is the compare
      with the inverse predicate;
    - br (xor c, true), A, B is br c, B, A; select (xor c, true), A, B is
      select c, B, A.
    """
    xp = m.xp
    n = m.n_instructions
    if n == 0 or m.operand_tag.shape[0] == 0:
        return m, 0
    opcode = m.inst_opcode.astype(xp.int32)
    start = m.inst_operand_start
    index0, index1 = operand_row(m, start), operand_row(m, start, 1)
    tag0, ref0 = m.operand_tag[index0], m.operand_ref[index0]
    tag1, ref1 = m.operand_tag[index1], m.operand_ref[index1]
    i1 = _i1(m)

    def int_constant(tag: Any, ref: Any) -> tuple[Any, Any]:
        safe = xp.where(tag == TAG_CONSTANT, ref, 0)
        return (tag == TAG_CONSTANT) & (m.constant_kind[safe] == CONST_INT), \
            m.constant_value[safe]

    # -- not-conditions: xor c, true ---------------------------------------------
    c1, v1 = int_constant(tag1, ref1)
    is_not = (opcode == op.XOR) & (m.inst_type == i1) & c1 & (v1 & 1 == 1) & (tag0 == TAG_VALUE)
    negated = xp.where(is_not, ref0, 0)  # the c of each not
    uses = use_counts(m)
    operand_is_not = (m.operand_tag == TAG_VALUE) & is_not[xp.where(
        m.operand_tag == TAG_VALUE, m.operand_ref, 0)]
    owner = m.operand_owner
    position = xp.arange(owner.shape[0]) - start[owner]
    owner_opcode = opcode[owner]
    # br (not c), A, B and select (not c), A, B: take c and swap the arms
    flip = operand_is_not & (position == 0) & (
        ((owner_opcode == op.BR) & (m.inst_operand_count[owner] == 3))
        | (owner_opcode == op.SELECT))
    flipped = xp.flatnonzero(flip)
    flip_rows = owner[flipped]
    # xor (icmp) with the icmp used only by it: invert the icmp (in a round of
    # its own: a flip gives the icmp another use)
    invert = is_not & (opcode[negated] == op.ICMP) & (uses[negated] == 1) \
        & (flipped.shape[0] == 0)
    count = int(flipped.shape[0]) + int(invert.sum())
    if count:
        operand_tag, operand_ref = m.operand_tag.copy(), m.operand_ref.copy()
        target = m.operand_ref[flipped]
        operand_ref[flipped] = negated[target]
        a, b = start[flip_rows] + 1, start[flip_rows] + 2
        operand_tag[a], operand_tag[b] = m.operand_tag[b], m.operand_tag[a]
        operand_ref[a], operand_ref[b] = m.operand_ref[b], m.operand_ref[a]
        predicate = m.inst_predicate.astype(xp.int32)
        inverted = xp.zeros(n, dtype=bool)
        inverted[negated[invert]] = True
        predicate = xp.where(inverted, xp.asarray(_INVERSE, dtype=xp.int32)[
            xp.maximum(predicate, 0)], predicate)
        m = m.with_columns(operand_tag=operand_tag, operand_ref=operand_ref,
                           inst_predicate=predicate.astype(xp.int8),
                           inst_flags=xp.where(inverted, m.inst_flags & ~op.FLAG_SAMESIGN,
                                               m.inst_flags).astype(xp.int16))
        # each inverted xor now means its icmp
        rows = xp.flatnonzero(invert)
        m = replace_and_delete(m, rows, xp.full(rows.shape[0], TAG_VALUE), negated[rows])
        return m, count

    # -- conditions from selects of constants ----------------------------------------
    source = xp.where(tag0 == TAG_VALUE, ref0, 0)
    select_start = start[source]
    arm1 = operand_row(m, select_start, 1)
    arm2 = operand_row(m, select_start, 2)
    k1_ok, k1 = int_constant(m.operand_tag[arm1], m.operand_ref[arm1])
    k2_ok, k2 = int_constant(m.operand_tag[arm2], m.operand_ref[arm2])
    predicate = m.inst_predicate.astype(xp.int32)
    is_eq, is_ne = predicate == op.ICMP_ID["eq"], predicate == op.ICMP_ID["ne"]
    of_select = (tag0 == TAG_VALUE) & (opcode[source] == op.SELECT) & k1_ok & k2_ok \
        & (uses > 0)  # a dead one would fire again every round
    trunc = of_select & (opcode == op.TRUNC) & (m.inst_type == i1)
    compare = of_select & (opcode == op.ICMP) & (is_eq | is_ne) & c1
    f1 = xp.where(trunc, k1 & 1, xp.where(is_eq, k1 == v1, k1 != v1).astype(xp.int64))
    f2 = xp.where(trunc, k2 & 1, xp.where(is_eq, k2 == v1, k2 != v1).astype(xp.int64))
    condition_row = start[source]
    same = (trunc | compare) & (f1 == 1) & (f2 == 0)
    negate = (trunc | compare) & (f1 == 0) & (f2 == 1)
    count = int(same.sum()) + int(negate.sum())
    if count == 0:
        return m, 0
    rows = xp.flatnonzero(same)
    m = replace_uses(m, *_replacement(m, rows, m.operand_tag[condition_row[rows]],
                                      m.operand_ref[condition_row[rows]]))
    # not c: a new xor before the instruction, which its uses then take
    rows = xp.flatnonzero(negate)
    k = int(rows.shape[0])
    if k:
        m, true = append_constants(m, xp.full(1, i1), xp.full(1, CONST_INT), xp.ones(1))
        new = {"inst_opcode": xp.full(k, op.XOR), "inst_type": xp.full(k, i1),
               "inst_aux_type": xp.full(k, -1),
               "inst_shape": xp.full(k, m.host.strings.intern("xor i1 \0, \0")),
               "inst_block": m.inst_block[rows], "inst_function": m.inst_function[rows],
               "inst_flags": xp.zeros(k), "inst_predicate": xp.full(k, -1),
               "inst_name": xp.full(k, NAME_NUMBERED), "inst_template": xp.full(k, -1)}
        operand_owner = xp.repeat(xp.arange(k), 2)
        operand_tag = xp.stack((m.operand_tag[condition_row[rows]].astype(xp.int64),
                                xp.full(k, TAG_CONSTANT)), axis=1).reshape(-1)
        operand_ref = xp.stack((m.operand_ref[condition_row[rows]].astype(xp.int64),
                                xp.full(k, int(true[0]))), axis=1).reshape(-1)
        m, index = insert_instructions(m, rows, new, operand_owner, operand_tag, operand_ref,
                                       xp.full(2 * k, i1))
        m = replace_uses(m, *_replacement(m, index[rows], xp.full(k, TAG_VALUE), index[n:]))
    return m, count


def _extract_inserted(m: Module) -> tuple[Module, int]:
    """extractvalue (insertvalue A, v, I), J: v when J is I; when I and J are
    different single indices, the extractvalue reads A instead (in place), so
    chains of inserts resolve over rounds.  Both instructions are opaque rows:
    which of their parts are operands and their index lists come from their
    shape texts, read once per distinct shape.  Only local values (operands)
    are forwarded."""
    xp = m.xp
    opcode = m.inst_opcode
    extracts = xp.flatnonzero((opcode == op.OPCODE_ID["extractvalue"])
                              & (m.inst_operand_count == 1))
    if extracts.shape[0] == 0:
        return m, 0
    start = m.inst_operand_start
    source_tag, source = m.operand_tag[start[extracts]], m.operand_ref[start[extracts]]
    of_insert = (source_tag == TAG_VALUE) & (
        opcode[xp.where(source_tag == TAG_VALUE, source, 0)] == op.OPCODE_ID["insertvalue"])
    extracts, source = extracts[of_insert], source[of_insert]
    if extracts.shape[0] == 0:
        return m, 0
    strings = m.host.strings
    shapes = xp.unique(xp.concatenate((m.inst_shape[extracts], m.inst_shape[source]))).tolist()
    # per shape: index-list id, whether it is a single index, and for an
    # insertvalue whether its aggregate and its value are operands (holes)
    table: dict[str, list[int]] = {"indices": [], "single": [], "aggregate": [], "value": []}
    for shape in shapes:  # distinct shapes, not instructions
        text = strings.items[shape]
        items = split_top_level(text.split(" ", 1)[1] if " " in text else "")
        inserting = text.startswith("insertvalue")
        indices = items[2:] if inserting else items[1:]
        table["indices"].append(strings.intern(", ".join(indices)))
        table["single"].append(int(len(indices) == 1))
        table["aggregate"].append(int(bool(items) and items[0].endswith("\0")))
        table["value"].append(int(inserting and len(items) > 1 and items[1].endswith("\0")))
    def column(name: str, rows: Any) -> Any:
        return lookup(xp, shapes, table[name], m.inst_shape[rows])

    same = column("indices", extracts) == column("indices", source)
    aggregate_hole = column("aggregate", source) == 1
    value_hole = column("value", source) == 1
    # the inserted value is the insert's first operand, or its second after
    # an aggregate operand
    value_row = start[source] + aggregate_hole.astype(xp.int64)
    # (a replaced extractvalue stays until DCE: only one still used counts)
    take_value = same & value_hole & (use_counts(m)[extracts] > 0)
    aggregate_tag = m.operand_tag[start[source]]
    aggregate_ref = m.operand_ref[start[source]]
    # (an insert into itself, possible in unreachable code, would loop)
    look_through = ~same & aggregate_hole & (column("single", extracts) == 1) \
        & (column("single", source) == 1) \
        & ~((aggregate_tag == TAG_VALUE) & (aggregate_ref == source))
    count = int(take_value.sum()) + int(look_through.sum())
    if count == 0:
        return m, 0
    operand_tag, operand_ref = m.operand_tag.copy(), m.operand_ref.copy()
    rows = start[extracts[look_through]]
    operand_tag[rows] = m.operand_tag[start[source[look_through]]]
    operand_ref[rows] = m.operand_ref[start[source[look_through]]]
    m = m.with_columns(operand_tag=operand_tag, operand_ref=operand_ref)
    rows = extracts[take_value]
    m = replace_uses(m, *_replacement(m, rows, m.operand_tag[value_row[take_value]],
                                      m.operand_ref[value_row[take_value]]))
    return m, count


def _merge_stores(m: Module) -> tuple[Module, int]:
    """Two simple stores of one type to one pointer, each just before the
    unconditional branch that ends one of the two predecessors of a block,
    become a phi of the stored values and one store after that block's phis
    (LLVM's mergeStoreIntoSuccessor).  A load there then reads the phi."""
    xp = m.xp
    n = m.n_instructions
    if n == 0:
        return m, 0
    cfg = build_cfg(m)
    joins = xp.flatnonzero((cfg.predecessor_count == 2) & ~cfg.entry)
    if joins.shape[0] == 0:
        return m, 0
    first_edge = cfg.predecessor_edge[cfg.predecessor_start[joins]]
    second_edge = cfg.predecessor_edge[cfg.predecessor_start[joins] + 1]
    left, right = cfg.edge_source[first_edge], cfg.edge_source[second_edge]
    ends = m.block_first_inst + m.block_inst_count - 1  # each block's terminator

    def store_before_branch(block: Any) -> tuple[Any, Any]:
        terminator = ends[block]
        store = xp.maximum(terminator - 1, 0)
        ok = (cfg.successor_count[block] == 1) & (m.inst_opcode[terminator] == op.BR) \
            & (m.block_inst_count[block] >= 2) & (m.inst_opcode[store] == op.STORE) \
            & ((m.inst_flags[store] & op.FLAG_ORDERED) == 0)
        return ok, store

    left_ok, left_store = store_before_branch(left)
    right_ok, right_store = store_before_branch(right)
    start = m.inst_operand_start
    same = left_ok & right_ok & (left != right) \
        & (m.inst_shape[left_store] == m.inst_shape[right_store]) \
        & (m.operand_tag[start[left_store] + 1] == m.operand_tag[start[right_store] + 1]) \
        & (m.operand_ref[start[left_store] + 1] == m.operand_ref[start[right_store] + 1]) \
        & (m.operand_type[start[left_store]] == m.operand_type[start[right_store]])
    rows = xp.flatnonzero(same)
    k = int(rows.shape[0])
    if k == 0:
        return m, 0
    joins, left, right = joins[rows], left[rows], right[rows]
    left_store, right_store = left_store[rows], right_store[rows]
    value_type = m.operand_type[start[left_store]]
    m, label = type_id(m, "label")
    m, void = type_id(m, "void")
    # the new store's text: the first store's, its trailing attachments dropped
    strings = m.host.strings
    shapes = xp.unique(m.inst_shape[left_store]).tolist()
    template_of = {}
    for shape in shapes:  # distinct store texts, not instructions
        template_of[shape] = len(m.host.templates)
        m.host.templates.append(strings.items[shape].split("\0"))
    store_template = lookup(xp, shapes, [template_of[s] for s in shapes],
                            m.inst_shape[left_store])
    phis_on_top = xp.bincount(m.inst_block[m.inst_opcode == op.PHI],
                              minlength=m.block_function.shape[0])[joins]
    first = m.block_first_inst[joins]
    new = {"inst_opcode": xp.concatenate((xp.full(k, op.PHI), xp.full(k, op.STORE))),
           "inst_type": xp.concatenate((value_type, xp.full(k, void))),
           "inst_aux_type": xp.full(2 * k, -1),
           "inst_shape": xp.concatenate((xp.full(k, strings.intern("phi")),
                                         m.inst_shape[left_store])),
           "inst_block": xp.tile(joins, 2), "inst_function": xp.tile(m.block_function[joins], 2),
           "inst_flags": xp.zeros(2 * k), "inst_predicate": xp.full(2 * k, -1),
           "inst_name": xp.concatenate((xp.full(k, NAME_NUMBERED), xp.full(k, NAME_NONE))),
           "inst_template": xp.concatenate((xp.full(k, -1), store_template))}
    number = xp.arange(k)
    owner = xp.concatenate((number, number, number, number, k + number, k + number))
    left_tag = m.operand_tag[start[left_store]].astype(xp.int64)
    left_ref = m.operand_ref[start[left_store]].astype(xp.int64)
    right_tag = m.operand_tag[start[right_store]].astype(xp.int64)
    right_ref = m.operand_ref[start[right_store]].astype(xp.int64)
    block_tag = xp.full(k, TAG_BLOCK)
    tag = xp.concatenate((left_tag, block_tag, right_tag, block_tag, xp.full(k, TAG_VALUE),
                          m.operand_tag[start[left_store] + 1].astype(xp.int64)))
    ref = xp.concatenate((left_ref, left, right_ref, right, n + number,
                          m.operand_ref[start[left_store] + 1].astype(xp.int64)))
    types = xp.concatenate((value_type, xp.full(k, label), value_type, xp.full(k, label),
                            value_type, m.operand_type[start[left_store] + 1]))
    m, index = insert_instructions(m, xp.concatenate((first, first + phis_on_top)), new,
                                   owner, tag, ref, types)
    keep = xp.ones(n + 2 * k, dtype=bool)
    keep[index[xp.concatenate((left_store, right_store))]] = False
    return delete_instructions(m, keep), k


def _replacement(m: Module, rows: Any, tag: Any, ref: Any) -> tuple[Any, Any]:
    """The (tag, ref) replacement map that sends ``rows`` to (tag, ref)."""
    xp = m.xp
    replacement_tag = xp.full(m.n_instructions, NO_REPLACEMENT, dtype=xp.int32)
    replacement_ref = xp.zeros(m.n_instructions, dtype=xp.int32)
    replacement_tag[rows] = tag
    replacement_ref[rows] = ref
    return replacement_tag, replacement_ref


def _i1(m: Module) -> int:
    return m.host.type_text.index("i1") if "i1" in m.host.type_text else -1


def _rewrite_in_place(m: Module) -> tuple[Module, int]:
    """Canonical operand order, strength reduction, cast chains, icmp of zexts."""
    xp = m.xp
    opcode = m.inst_opcode.astype(xp.int32)
    start = m.inst_operand_start
    index0, index1 = operand_row(m, start), operand_row(m, start, 1)
    tag0, tag1 = m.operand_tag[index0], m.operand_tag[index1]
    modeled = xp.asarray(op.IS_MODELED)[opcode]
    commutative = xp.asarray(op.IS_COMMUTATIVE)[opcode] & modeled
    icmp = opcode == op.ICMP
    swap = (commutative | icmp) & (tag0 == TAG_CONSTANT) & (tag1 != TAG_CONSTANT)
    count = int(swap.sum())
    operand_tag, operand_ref = m.operand_tag.copy(), m.operand_ref.copy()
    rows = xp.flatnonzero(swap)
    a, b = start[rows], start[rows] + 1
    operand_tag[a], operand_tag[b] = m.operand_tag[b], m.operand_tag[a]
    operand_ref[a], operand_ref[b] = m.operand_ref[b], m.operand_ref[a]
    predicate = m.inst_predicate.astype(xp.int32)
    swapped = xp.asarray(_SWAPPED, dtype=xp.int32)[xp.maximum(predicate, 0)]
    predicate = xp.where(swap & icmp, swapped, predicate)
    m = m.with_columns(operand_tag=operand_tag, operand_ref=operand_ref,
                       inst_predicate=predicate.astype(xp.int8))

    # strength reduction by powers of two (operand 1 a constant 2^k, k >= 1)
    tag1, ref1 = m.operand_tag[index1], m.operand_ref[index1]
    constant1 = (tag1 == TAG_CONSTANT)
    safe1 = xp.where(constant1, ref1, 0)
    value1 = m.constant_value[safe1].astype(xp.uint64)
    int1 = constant1 & (m.constant_kind[safe1] == CONST_INT)
    power = int1 & (value1 > 1) & ((value1 & (value1 - xp.uint64(1))) == 0)
    width = m.type_width[xp.maximum(m.inst_type, 0)].astype(xp.int64)
    is_int = m.type_kind[xp.maximum(m.inst_type, 0)] == KIND_INT
    log2 = xp.zeros(value1.shape[0], dtype=xp.int64)
    for bit in range(6):  # floor(log2) of a power of two, one bit of the answer a step
        shift = log2 + (1 << (5 - bit))
        high = (shift < 64) & ((value1 >> xp.minimum(shift, 63).astype(xp.uint64)) != 0)
        log2 = xp.where(high, shift, log2)
    flags = m.inst_flags.astype(xp.int32)
    mul_to_shl = modeled & is_int & (opcode == op.MUL) & power & (width > 1)
    udiv_to_lshr = modeled & is_int & (opcode == op.UDIV) & power
    urem_to_and = modeled & is_int & (opcode == op.UREM) & power
    strength = mul_to_shl | udiv_to_lshr | urem_to_and
    count += int(strength.sum())
    if bool(strength.any()):
        rows = xp.flatnonzero(strength)
        new_value = xp.where(urem_to_and[rows], (value1[rows] - xp.uint64(1)).astype(xp.int64),
                             log2[rows])
        m, ids = append_constants(m, m.inst_type[rows],
                                  xp.full(rows.shape[0], CONST_INT, xp.int8), new_value)
        operand_ref = m.operand_ref.copy()
        operand_ref[start[rows] + 1] = ids
        new_opcode = xp.where(mul_to_shl, op.SHL, xp.where(udiv_to_lshr, op.LSHR,
                                                             xp.where(urem_to_and, op.AND,
                                                                      opcode)))
        # mul nsw by 2^k keeps nsw only when 2^k is not the sign bit (LangRef)
        keep_nsw = (log2 < width - 1)
        new_flags = xp.where(mul_to_shl, flags & (op.FLAG_NUW | xp.where(
            keep_nsw, op.FLAG_NSW, 0)), xp.where(udiv_to_lshr, flags & op.FLAG_EXACT,
                                                 xp.where(urem_to_and, 0, flags)))
        m = m.with_columns(operand_ref=operand_ref, inst_opcode=new_opcode.astype(xp.int16),
                           inst_flags=new_flags.astype(xp.int16))
        opcode = m.inst_opcode.astype(xp.int32)

    # cast chains and icmp of zero-extended values
    tag0, ref0 = m.operand_tag[index0], m.operand_ref[index0]
    source = xp.where(tag0 == TAG_VALUE, ref0, 0)
    source_op = opcode[source]
    source_start = operand_row(m, start[source])
    cast_chain = (tag0 == TAG_VALUE) & (
        ((opcode == op.ZEXT) & (source_op == op.ZEXT))
        | ((opcode == op.SEXT) & ((source_op == op.SEXT) | (source_op == op.ZEXT))))
    tag1, ref1 = m.operand_tag[index1], m.operand_ref[index1]
    other = xp.where(tag1 == TAG_VALUE, ref1, 0)
    other_start = operand_row(m, start[other])
    unsigned_or_eq = m.inst_predicate.astype(xp.int32) <= op.ICMP_ID["ule"]
    zext_compare = (opcode == op.ICMP) & unsigned_or_eq & (tag0 == TAG_VALUE) \
        & (tag1 == TAG_VALUE) & (source_op == op.ZEXT) & (opcode[other] == op.ZEXT) \
        & (m.operand_type[source_start] == m.operand_type[other_start])
    count += int((cast_chain | zext_compare).sum())
    if bool((cast_chain | zext_compare).any()):
        operand_tag, operand_ref = m.operand_tag.copy(), m.operand_ref.copy()
        operand_type = m.operand_type.copy()
        rows = xp.flatnonzero(cast_chain | zext_compare)
        operand_tag[start[rows]] = m.operand_tag[source_start[rows]]
        operand_ref[start[rows]] = m.operand_ref[source_start[rows]]
        operand_type[start[rows]] = m.operand_type[source_start[rows]]
        compare_rows = xp.flatnonzero(zext_compare)
        operand_tag[start[compare_rows] + 1] = m.operand_tag[other_start[compare_rows]]
        operand_ref[start[compare_rows] + 1] = m.operand_ref[other_start[compare_rows]]
        operand_type[start[compare_rows] + 1] = m.operand_type[other_start[compare_rows]]
        # sext of a zext is a zext; zext nneg / trunc flags do not carry over
        new_opcode = xp.where(cast_chain & (source_op == op.ZEXT), op.ZEXT, opcode)
        flags = xp.where(cast_chain, 0, m.inst_flags.astype(xp.int32))
        flags = xp.where(zext_compare, flags & ~op.FLAG_SAMESIGN, flags)
        m = m.with_columns(operand_tag=operand_tag, operand_ref=operand_ref,
                           operand_type=operand_type, inst_opcode=new_opcode.astype(xp.int16),
                           inst_flags=flags.astype(xp.int16))
    m, count = _narrow_compares(m, count)
    return _pointer_compares(m, count)


def _pointer_compares(m: Module, count: int) -> tuple[Module, int]:
    """icmp eq/ne (ptrtoint p to iN), 0 becomes icmp eq/ne ptr p, null (N >= 64,
    so that the integer holds the whole pointer)."""
    xp = m.xp
    opcode = m.inst_opcode.astype(xp.int32)
    start = m.inst_operand_start
    index0, index1 = operand_row(m, start), operand_row(m, start, 1)
    tag0, ref0 = m.operand_tag[index0], m.operand_ref[index0]
    tag1, ref1 = m.operand_tag[index1], m.operand_ref[index1]
    source = xp.where(tag0 == TAG_VALUE, ref0, 0)
    pointer_row = operand_row(m, start[source])
    pointer_tag, pointer_ref = m.operand_tag[pointer_row], m.operand_ref[pointer_row]
    # (a module whose functions take no arguments has an empty argument table)
    argument_type = xp.concatenate((m.argument_type, xp.full(1, -1, m.argument_type.dtype)))
    pointer_type = xp.where(
        pointer_tag == TAG_VALUE, m.inst_type[xp.where(pointer_tag == TAG_VALUE, pointer_ref, 0)],
        xp.where(pointer_tag == TAG_ARGUMENT,
                 argument_type[xp.where(pointer_tag == TAG_ARGUMENT, pointer_ref, -1)], -1))
    safe1 = xp.where(tag1 == TAG_CONSTANT, ref1, 0)
    predicate = m.inst_predicate.astype(xp.int32)
    rows = xp.flatnonzero(
        (opcode == op.ICMP) & ((predicate == op.ICMP_ID["eq"]) | (predicate == op.ICMP_ID["ne"]))
        & (tag0 == TAG_VALUE) & (opcode[source] == op.PTRTOINT)
        & (m.inst_operand_count[source] == 1) & (pointer_type >= 0)
        & (m.type_width[xp.maximum(m.operand_type[index0], 0)] >= 64)
        & (tag1 == TAG_CONSTANT) & (m.constant_kind[safe1] == CONST_INT)
        & (m.constant_value[safe1] == 0))
    if rows.shape[0] == 0:
        return m, count
    ptr = m.host.type_text.index("ptr") if "ptr" in m.host.type_text else -1
    rows = rows[pointer_type[rows] == ptr]
    if rows.shape[0] == 0:
        return m, count
    m, null = append_constants(m, xp.full(1, ptr), xp.full(1, CONST_OTHER), xp.zeros(1),
                               text="null")
    operand_tag, operand_ref = m.operand_tag.copy(), m.operand_ref.copy()
    operand_type = m.operand_type.copy()
    a, b = start[rows], start[rows] + 1
    operand_tag[a] = pointer_tag[rows]
    operand_ref[a] = pointer_ref[rows]
    operand_type[a] = ptr
    operand_tag[b] = TAG_CONSTANT
    operand_ref[b] = null[0]
    operand_type[b] = ptr
    m = m.with_columns(operand_tag=operand_tag, operand_ref=operand_ref,
                       operand_type=operand_type)
    return m, count + int(rows.shape[0])


def _narrow_compares(m: Module, count: int) -> tuple[Module, int]:
    """icmp eq/ne (zext or sext x), C becomes icmp eq/ne x, C' when C fits x."""
    xp = m.xp
    opcode = m.inst_opcode.astype(xp.int32)
    start = m.inst_operand_start
    index0, index1 = operand_row(m, start), operand_row(m, start, 1)
    tag0, ref0 = m.operand_tag[index0], m.operand_ref[index0]
    tag1, ref1 = m.operand_tag[index1], m.operand_ref[index1]
    source = xp.where(tag0 == TAG_VALUE, ref0, 0)
    source_op = opcode[source]
    source_start = operand_row(m, start[source])
    narrow_type = xp.maximum(m.operand_type[source_start], 0)
    narrow = m.type_width[narrow_type].astype(xp.int64)
    wide = m.type_width[xp.maximum(m.operand_type[index0], 0)].astype(xp.int64)
    safe1 = xp.where(tag1 == TAG_CONSTANT, ref1, 0)
    constant1 = (tag1 == TAG_CONSTANT) & (m.constant_kind[safe1] == CONST_INT)
    value = m.constant_value[safe1].astype(xp.uint64)
    predicate = m.inst_predicate.astype(xp.int32)
    equality = (predicate == op.ICMP_ID["eq"]) | (predicate == op.ICMP_ID["ne"])
    narrow_int = (m.type_kind[narrow_type] == KIND_INT) & (narrow >= 1) & (narrow < wide) \
        & (wide <= 64)
    shift = xp.clip(narrow, 1, 63).astype(xp.uint64)
    low_mask = (xp.uint64(1) << shift) - xp.uint64(1)
    low = value & low_mask
    sign = xp.uint64(1) << (shift - xp.uint64(1))
    # the constant's sign extension from the narrow width, back in the wide width
    wide_mask = xp.where(wide >= 64, xp.uint64(0xFFFFFFFFFFFFFFFF),
                         (xp.uint64(1) << xp.clip(wide, 1, 63).astype(xp.uint64))
                         - xp.uint64(1))
    extended = xp.where((low & sign) != 0, (low | ~low_mask) & wide_mask, low)
    fits = xp.where(source_op == op.ZEXT, value == low,
                    (source_op == op.SEXT) & (value == extended))
    rewrite = (opcode == op.ICMP) & equality & (tag0 == TAG_VALUE) & constant1 & narrow_int \
        & ((source_op == op.ZEXT) | (source_op == op.SEXT)) & fits
    if not bool(rewrite.any()):
        return m, count
    rows = xp.flatnonzero(rewrite)
    m, ids = append_constants(m, narrow_type[rows], xp.full(rows.shape[0], CONST_INT, xp.int8),
                              low[rows].astype(xp.int64))
    operand_tag, operand_ref = m.operand_tag.copy(), m.operand_ref.copy()
    operand_type = m.operand_type.copy()
    a, b = start[rows], start[rows] + 1
    operand_tag[a] = m.operand_tag[source_start[rows]]
    operand_ref[a] = m.operand_ref[source_start[rows]]
    operand_type[a] = narrow_type[rows]
    operand_tag[b] = TAG_CONSTANT
    operand_ref[b] = ids
    operand_type[b] = narrow_type[rows]
    return m.with_columns(operand_tag=operand_tag, operand_ref=operand_ref,
                          operand_type=operand_type), count + int(rows.shape[0])


def _store_to_load(m: Module) -> tuple[Module, Any, Any, Any]:
    """Per load, the value a store just before it in its block wrote to the same
    pointer as the same type, with nothing between that may write memory (a
    call writes unless it calls an intrinsic that writes nothing); or,
    in a little-endian module, the low bytes of a stored integer constant
    wider than the loaded integer (a new constant)."""
    xp = m.xp
    n = m.n_instructions
    opcode = m.inst_opcode.astype(xp.int32)
    ordered = (m.inst_flags & op.FLAG_ORDERED) != 0
    may_write = ~xp.asarray(op.IS_PURE)[opcode] & (opcode != op.DBG_RECORD) \
        & ~readnone_calls(m) | ordered
    generation = xp.cumsum(may_write.astype(xp.int64))  # a store's own write counts
    start = m.inst_operand_start
    stores = xp.flatnonzero((opcode == op.STORE) & ~ordered).astype(xp.int64)
    loads = xp.flatnonzero((opcode == op.LOAD) & ~ordered).astype(xp.int64)
    tag = xp.full(n, NO_REPLACEMENT, dtype=xp.int32)
    ref = xp.zeros(n, dtype=xp.int32)
    hit = xp.zeros(n, dtype=bool)
    if stores.shape[0] == 0 or loads.shape[0] == 0:
        return m, tag, ref, hit

    def pointer_key(rows: Any, operand: int) -> Any:
        index = operand_row(m, start[rows] + operand)
        return (m.operand_tag[index].astype(xp.int64) << 40) | m.operand_ref[index]

    # key: (generation, pointer); generation already pins the block
    store_key = generation[stores] * (1 << 44) + pointer_key(stores, 1)
    load_key = generation[loads] * (1 << 44) + pointer_key(loads, 0)
    order = xp.argsort(store_key)
    store_key, stores = store_key[order], stores[order]
    position = xp.minimum(xp.searchsorted(store_key, load_key), stores.shape[0] - 1)
    store = stores[position]
    same_place = (store_key[position] == load_key) \
        & (m.inst_block[store] == m.inst_block[loads]) & (store < loads)
    stored_type = m.operand_type[start[store]]
    match = same_place & (stored_type == m.inst_type[loads])
    # a narrower integer read of a stored integer constant: its low bytes
    stored_tag, stored_ref = m.operand_tag[start[store]], m.operand_ref[start[store]]
    constant = xp.where(stored_tag == TAG_CONSTANT, stored_ref, 0)
    load_width = m.type_width[xp.maximum(m.inst_type[loads], 0)].astype(xp.int64)
    narrow = same_place & ~match & _little_endian(m) & (stored_tag == TAG_CONSTANT) \
        & (m.constant_kind[constant] == CONST_INT) \
        & (m.type_kind[xp.maximum(m.inst_type[loads], 0)] == KIND_INT) \
        & (m.type_kind[xp.maximum(stored_type, 0)] == KIND_INT) \
        & (load_width % 8 == 0) & (load_width < m.type_width[xp.maximum(stored_type, 0)])
    narrow_loads = loads[narrow]
    low = m.constant_value[constant[narrow]] & ((xp.int64(1) << xp.minimum(
        load_width[narrow], 63)) - 1)
    m, ids = append_constants(m, m.inst_type[narrow_loads],
                              xp.full(narrow_loads.shape[0], CONST_INT, xp.int8), low)
    loads, store = loads[match], store[match]
    tag[loads] = m.operand_tag[start[store]]
    ref[loads] = m.operand_ref[start[store]]
    hit[loads] = True
    tag[narrow_loads] = TAG_CONSTANT
    ref[narrow_loads] = ids
    hit[narrow_loads] = True
    return m, tag, ref, hit


def _little_endian(m: Module) -> bool:
    return any(kind == "text" and line.startswith('target datalayout = "e')
               for kind, line in m.host.items)


def _globals_nonnull(m: Module) -> bool:
    """A global's address is never null in address space 0, unless it may be
    left undefined (extern_weak)."""
    return not any(kind == "text" and "extern_weak" in line for kind, line in m.host.items)


def _known_nonzero(m: Module) -> Any:
    """Integer and pointer values that can never be zero (a small part of
    LLVM's isKnownNonZero): an ``or`` with a nonzero operand, a zero or sign
    extension of a nonzero value, a ``select`` or a phi whose every incoming
    value is nonzero; an alloca, a global (unless the module has extern_weak
    ones) and an inbounds GEP of a nonzero pointer.  The greatest such set:
    every candidate starts out nonzero and rounds refute those whose rule
    fails (sound by induction over execution: each value is made from values
    made before it), until none is refuted."""
    xp = m.xp
    n = m.n_instructions
    opcode = m.inst_opcode.astype(xp.int32)
    start = m.inst_operand_start
    tag, ref = m.operand_tag, m.operand_ref
    is_value = tag == TAG_VALUE
    is_constant = tag == TAG_CONSTANT
    safe = xp.where(is_constant, ref, 0)
    constant_nonzero = is_constant & (m.constant_kind[safe] == CONST_INT) & (
        m.constant_value[safe] != 0)
    if _globals_nonnull(m):
        constant_nonzero |= tag == TAG_GLOBAL
    allocas = opcode == op.ALLOCA
    inbounds = (opcode == op.GEP) & ((m.inst_flags & op.FLAG_INBOUNDS) != 0)
    phi = opcode == op.PHI
    selects = opcode == op.SELECT
    ors = opcode == op.OR
    extension = (opcode == op.ZEXT) | (opcode == op.SEXT)
    values, owner = phi_values(m, xp.flatnonzero(phi).astype(xp.int64))
    known = phi | selects | ors | extension | allocas | inbounds
    for _ in range(n + 1):  # each round refutes at least one candidate, or stops
        operand_nonzero = constant_nonzero | (is_value & known[xp.where(is_value, ref, 0)])
        first = operand_nonzero[operand_row(m, start)]
        second = operand_nonzero[operand_row(m, start, 1)]
        third = operand_nonzero[operand_row(m, start, 2)]
        refuted = xp.bincount(owner[~operand_nonzero[values]], minlength=n)[:n] > 0
        new = known & ((ors & (first | second)) | (extension & first)
                       | (selects & second & third) | (phi & ~refuted) | allocas
                       | (inbounds & first))
        if not bool((new != known).any()):
            break
        known = new
    return known


def _uniform_phis(m: Module) -> tuple[Any, Any, Any]:
    """Per phi whose incoming values (itself aside) are all one value: that value."""
    xp = m.xp
    n = m.n_instructions
    phis = xp.flatnonzero(m.inst_opcode == op.PHI).astype(xp.int64)
    tag = xp.full(n, NO_REPLACEMENT, dtype=xp.int32)
    ref = xp.zeros(n, dtype=xp.int32)
    hit = xp.zeros(n, dtype=bool)
    if phis.shape[0] == 0:
        return tag, ref, hit
    value, owner = phi_values(m, phis)
    value_tag = m.operand_tag[value].astype(xp.int64)
    value_ref = m.operand_ref[value].astype(xp.int64)
    counted = ~((value_tag == TAG_VALUE) & (value_ref == owner))
    key = (value_tag << 40) | value_ref
    big = 1 << 62
    low = segment_min(xp, xp.where(counted, key, big), owner, n, big)
    high = segment_max(xp, xp.where(counted, key, -1), owner, n, -1)
    uniform = (low == high) & (low != big)
    hit = uniform & (m.inst_opcode == op.PHI)
    tag = xp.where(hit, low >> 40, tag).astype(xp.int32)
    ref = xp.where(hit, low & ((1 << 40) - 1), ref).astype(xp.int32)
    return tag, ref, hit
