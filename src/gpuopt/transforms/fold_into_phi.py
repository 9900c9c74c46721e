"""An operation on a phi becomes a phi of the operation's results (LLVM
InstCombine's foldOpIntoPhi), for instcombine.

The operations: trunc, zext and sext of an integer phi (where LLVM's
shouldChangeType allows the phi's new width), and icmp and the binary
operators that cannot trap (add, sub, mul, and, or, xor, shl, lshr, ashr)
with the phi first and an integer constant second.  Every use of the phi must
be that operation (one use, or several identical ones: all of them go).

Each incoming value must simplify under the operation, but for at most one:

- an integer constant (the operation folds to a constant, unless to poison);
- for a trunc, a zext or sext from the trunc's own type (to its source);
- for an icmp, a select of two integer constants whose compares give true
  and false (to its condition) or one answer for both (to that constant).

The one that does not simplify gets a copy of the operation at the end of its
incoming block, which must end in an unconditional branch, be reachable, and
not be dominated by the phi's block (the edge is no back edge: the operation
would move into a loop), and not be a phi (whose only use the copy would
become, so that the operation could move on around a cycle; LLVM's DFS
back edges stop that where our dominance test cannot, in irreducible
loops).  ``icmp eq (zext i1 b), 0`` with the zext used only
there counts as simplifying (it becomes a not of b), as LLVM's ``WillFold``
says, but also gets its copy.

The phi itself takes the operation's type and the new incoming values; the
operation's uses take the phi.

Differs from LLVM's: only the operations and simplifications above (LLVM asks
instsimplify about any operation and incoming value); identical users need not
be in one block (LLVM's test compares them by ``isIdenticalTo`` too); and the
back-edge test is dominance rather than the function's DFS back edges, which
agree on reducible control flow.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from gpuopt.analysis.dominators import Dominators
from gpuopt.analysis.ranges import value_ranges
from gpuopt.arrays import expand, segment_max, segment_min
from gpuopt.ir import opcodes as op
from gpuopt.ir.module import (
    CONST_INT,
    KIND_INT,
    NAME_NUMBERED,
    TAG_BLOCK,
    TAG_CONSTANT,
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
from gpuopt.transforms.debug_values import poison_retyped_debug_uses
from gpuopt.transforms.instsimplify import _evaluate

_CASTS = (op.TRUNC, op.ZEXT, op.SEXT)
_BINARY = tuple(op.OPCODE_ID[name] for name in
                ("add", "sub", "mul", "and", "or", "xor", "shl", "lshr", "ashr"))
_LEGAL_WIDTHS = (1, 8, 16, 32, 64)  # x86-64's legal integers, and i1
_DESIRABLE_WIDTHS = (8, 16, 32)     # LLVM's isDesirableIntType


def fold_operations_into_phis(m: Module, dominators: Callable[[], Dominators]
                              ) -> tuple[Module, int]:
    """``dominators`` gives the module's dominator tree when asked (instcombine
    never changes the CFG, so it computes the tree once per pass)."""
    xp = m.xp
    n = m.n_instructions
    if n == 0 or m.operand_tag.shape[0] == 0:
        return m, 0
    opcode = m.inst_opcode.astype(xp.int32)
    start = m.inst_operand_start
    count = m.inst_operand_count
    index0, index1 = operand_row(m, start), operand_row(m, start, 1)
    tag0, ref0 = m.operand_tag[index0], m.operand_ref[index0].astype(xp.int64)
    tag1, ref1 = m.operand_tag[index1], m.operand_ref[index1]
    phi = xp.where(tag0 == TAG_VALUE, ref0, 0)
    phi_type = xp.maximum(m.inst_type[phi], 0)
    result_type = xp.maximum(m.inst_type, 0)
    from_width = m.type_width[phi_type].astype(xp.int64)
    to_width = m.type_width[result_type].astype(xp.int64)
    integers = (m.type_kind[phi_type] == KIND_INT) & (from_width <= 64) \
        & (m.type_kind[result_type] == KIND_INT) & (to_width <= 64) & (m.inst_type >= 0)
    on_phi = (tag0 == TAG_VALUE) & (opcode[phi] == op.PHI) & (m.inst_type[phi] >= 0) \
        & integers & xp.asarray(op.IS_MODELED)[opcode]
    safe1 = xp.where(tag1 == TAG_CONSTANT, ref1, 0)
    constant1 = (count == 2) & (tag1 == TAG_CONSTANT) & (m.constant_kind[safe1] == CONST_INT)
    cast = xp.isin(opcode, xp.asarray(_CASTS)) & (count == 1) & _should_change_type(
        xp, from_width, to_width)
    binary = xp.isin(opcode, xp.asarray(_BINARY)) & constant1
    compare = (opcode == op.ICMP) & constant1
    candidate = on_phi & (cast | binary | compare)
    if not bool(candidate.any()):
        return m, 0

    # every use of the phi is one such operation, with the phi first, all alike
    # (debug records are no uses: they name poison once the phi is retyped)
    uses = xp.flatnonzero((m.operand_tag == TAG_VALUE)
                          & (opcode[m.operand_owner] != op.DBG_RECORD))
    used = m.operand_ref[uses].astype(xp.int64)
    uses, used = uses[opcode[used] == op.PHI], used[opcode[used] == op.PHI]
    user = m.operand_owner[uses].astype(xp.int64)
    first = (uses == start[user]) & candidate[user]
    constant = xp.where(constant1, m.constant_value[safe1], -1)
    fields = (opcode, m.inst_type, m.inst_flags, m.inst_predicate, constant)
    alike = segment_min(xp, first.astype(xp.int64), used, n, 1) == 1
    for column in fields:
        value = column[user].astype(xp.int64)
        alike &= segment_min(xp, value, used, n, 1 << 62) \
            == segment_max(xp, value, used, n, -(1 << 62))
    model = segment_min(xp, user, used, n, n)  # the first user stands for them all
    alike &= (opcode == op.PHI) & (model < n)

    # the incoming values: which simplify under the operation
    phis = xp.flatnonzero(alike).astype(xp.int64)
    if phis.shape[0] == 0:
        return m, 0
    values, owner = phi_values(m, phis)
    rep = model[owner]
    rep_op = opcode[rep]
    tag, ref = m.operand_tag[values], m.operand_ref[values].astype(xp.int64)
    block = m.operand_ref[values + 1].astype(xp.int64)
    safe = xp.where(tag == TAG_CONSTANT, ref, 0)
    is_constant = (tag == TAG_CONSTANT) & (m.constant_kind[safe] == CONST_INT)
    inst = xp.where(tag == TAG_VALUE, ref, 0)
    inst_op = opcode[inst]
    inst_start = start[inst]
    # trunc (zext/sext x) to x's type is x
    back_to_source = (rep_op == op.TRUNC) & (tag == TAG_VALUE) \
        & ((inst_op == op.ZEXT) | (inst_op == op.SEXT)) \
        & (m.operand_type[inst_start] == m.inst_type[rep])
    # icmp (select c, K1, K2), C: the condition, or a constant
    of_select, k1, k2 = _select_of_constants(m, tag, inst)
    of_select &= rep_op == op.ICMP
    u64 = xp.uint64
    against = m.constant_value[safe1[rep]].astype(u64)
    width = m.type_width[phi_type[rep]].astype(xp.int64)
    zero = xp.zeros(rep.shape[0], dtype=xp.int64)
    on_true = _evaluate(xp, rep_op, zero, m.inst_predicate[rep].astype(xp.int32),
                        m.constant_value[k1].astype(u64), against, width, 1 + zero)[0]
    on_false = _evaluate(xp, rep_op, zero, m.inst_predicate[rep].astype(xp.int32),
                         m.constant_value[k2].astype(u64), against, width, 1 + zero)[0]
    to_condition = of_select & (on_true == 1) & (on_false == 0)
    to_answer = of_select & (on_true == on_false)
    # icmp eq (zext i1 b), 0 folds with the zext (LLVM's WillFold)
    will_fold = (rep_op == op.ICMP) & (m.inst_predicate[rep] == op.ICMP_ID["eq"]) \
        & (against == 0) & (tag == TAG_VALUE) & (inst_op == op.ZEXT) \
        & (m.type_width[xp.maximum(m.operand_type[inst_start], 0)] == 1) \
        & (use_counts(m)[inst] == 1)
    # a constant: the operation folds (unless to poison or undefined)
    result_width = m.type_width[result_type[rep]].astype(xp.int64)
    folded, poison, defined = _evaluate(
        xp, rep_op, m.inst_flags[rep].astype(xp.int64), m.inst_predicate[rep].astype(xp.int32),
        m.constant_value[safe].astype(u64), against, width, result_width)
    constant_answer = is_constant & ~poison & defined
    direct = back_to_source | to_condition | to_answer | constant_answer
    copied = ~direct  # these get a copy of the operation in their incoming block
    stays = copied & ~will_fold
    # (not a phi: its copy would be that phi's only use and move on in turn,
    # around a cycle of the CFG forever where dominance cannot see the cycle)
    stays_on_phi = stays & (tag == TAG_VALUE) & (inst_op == op.PHI)

    # at most one that stays, in a block that ends in an unconditional branch,
    # reachable and not dominated by the phi's block
    terminator = (m.block_first_inst + m.block_inst_count - 1).astype(xp.int64)
    ends_in_jump = (opcode[terminator[block]] == op.BR) & (count[terminator[block]] == 1)
    # (the dominator tree only where a value would move: most rounds have none)
    stays_count = xp.bincount(owner, weights=stays.astype(xp.int64), minlength=n)[:n]
    asked = xp.flatnonzero(stays & ends_in_jump & ~stays_on_phi & (stays_count[owner] == 1))
    movable = xp.zeros(values.shape[0], dtype=bool)
    if asked.shape[0]:
        dom = dominators()
        movable[asked] = dom.reachable[block[asked]] & ~_dominates(
            xp, dom, m.inst_block[owner[asked]].astype(xp.int64), block[asked])
    bad = xp.bincount(owner, weights=((stays & ~movable) | stays_on_phi).astype(xp.int64),
                      minlength=n)[:n]
    ok = (stays_count <= 1) & (bad == 0)
    if not bool(ok[phis].any()):
        return m, 0
    take = ok[owner]
    values, owner, rep, block = values[take], owner[take], rep[take], block[take]
    copied, to_answer, to_condition = copied[take], to_answer[take], to_condition[take]
    constant_answer, folded = constant_answer[take], folded[take]
    back_to_source, inst_start, on_true = back_to_source[take], inst_start[take], on_true[take]
    chosen = phis[ok[phis]]

    # the users all go (their uses take the phi); the copies keep their rows
    going = xp.zeros(n, dtype=bool)
    going[user[ok[used] & alike[used]]] = True
    position = values - start[owner]  # operand rows move with the insertions

    # the direct answers
    operand_tag, operand_ref = m.operand_tag.copy(), m.operand_ref.copy()
    operand_type = m.operand_type.copy()
    from_source = back_to_source | to_condition
    operand_tag[values[from_source]] = m.operand_tag[inst_start[from_source]]
    operand_ref[values[from_source]] = m.operand_ref[inst_start[from_source]]
    answers = xp.flatnonzero(to_answer | constant_answer)
    m, ids = append_constants(m, m.inst_type[rep[answers]],
                              xp.full(answers.shape[0], CONST_INT, dtype=xp.int8),
                              xp.where(to_answer, on_true, folded)[answers].astype(xp.int64))
    operand_tag[values[answers]] = TAG_CONSTANT
    operand_ref[values[answers]] = ids
    operand_type[values] = m.inst_type[rep]
    inst_type = m.inst_type.copy()
    inst_type[chosen] = m.inst_type[model[chosen]]
    template = m.inst_template.copy()
    template[chosen] = -1  # the phi prints from its columns, with its new type
    types_before = m.inst_type
    m = m.with_columns(operand_tag=operand_tag, operand_ref=operand_ref,
                       operand_type=operand_type, inst_type=inst_type, inst_template=template)
    m = poison_retyped_debug_uses(m, types_before)

    # the copies, before their incoming blocks' terminators, read the values
    copies = xp.flatnonzero(copied)
    k = int(copies.shape[0])
    model_rows = rep[copies]
    new = {name: getattr(m, name)[model_rows] for name in
           ("inst_opcode", "inst_type", "inst_aux_type", "inst_shape", "inst_flags",
            "inst_predicate", "inst_template")}
    new["inst_name"] = xp.full(k, NAME_NUMBERED)
    new["inst_block"] = block[copies]
    new["inst_function"] = m.block_function[block[copies]]
    with_constant = xp.flatnonzero(count[model_rows] == 2)
    second = start[model_rows[with_constant]] + 1
    owners = xp.concatenate((xp.arange(k), with_constant))
    tags = xp.concatenate((m.operand_tag[values[copies]], m.operand_tag[second]))
    refs = xp.concatenate((m.operand_ref[values[copies]], m.operand_ref[second]))
    types = xp.concatenate((phi_type[model_rows], m.operand_type[second]))
    order = xp.argsort(owners * 2 + (xp.arange(owners.shape[0]) >= k), kind="stable")
    m, index = insert_instructions(m, terminator[block[copies]], new, owners[order],
                                   tags[order], refs[order], types[order])
    index = index.astype(xp.int64)
    operand_tag, operand_ref = m.operand_tag.copy(), m.operand_ref.copy()
    moved = m.inst_operand_start[index[owner[copies]]] + position[copies]
    operand_tag[moved] = TAG_VALUE
    operand_ref[moved] = index[n:]
    m = m.with_columns(operand_tag=operand_tag, operand_ref=operand_ref)

    # every use of an operation takes its phi; the operations go
    users = index[xp.flatnonzero(going)]
    replacement_tag = xp.full(m.n_instructions, NO_REPLACEMENT, dtype=xp.int32)
    replacement_ref = xp.zeros(m.n_instructions, dtype=xp.int32)
    replacement_tag[users] = TAG_VALUE
    replacement_ref[users] = m.operand_ref[m.inst_operand_start[users]]
    m = replace_uses(m, replacement_tag, replacement_ref)
    keep = xp.ones(m.n_instructions, dtype=bool)
    keep[users] = False
    return delete_instructions(m, keep), int(chosen.shape[0])


def fold_compares_into_phis(m: Module) -> tuple[Module, int]:
    """icmp (phi ...), C where every incoming value is an integer constant, a
    select of two integer constants that the compare decides (to its
    condition or to one answer), or a value whose range (analysis/ranges.py)
    decides it: a new i1 phi of the answers in the phi's
    block takes the compare's uses, whatever else uses the phi (LLVM's
    foldOpIntoPhi with AllowMultipleUses, which icmp passes: nothing new is
    computed, so nothing is duplicated)."""
    xp = m.xp
    n = m.n_instructions
    if n == 0 or m.operand_tag.shape[0] == 0:
        return m, 0
    opcode = m.inst_opcode.astype(xp.int32)
    start = m.inst_operand_start
    index0, index1 = operand_row(m, start), operand_row(m, start, 1)
    tag0, tag1 = m.operand_tag[index0], m.operand_tag[index1]
    phi = xp.where(tag0 == TAG_VALUE, m.operand_ref[index0], 0).astype(xp.int64)
    safe1 = xp.where(tag1 == TAG_CONSTANT, m.operand_ref[index1], 0)
    phi_type = xp.maximum(m.inst_type[phi], 0)
    width = m.type_width[phi_type].astype(xp.int64)
    compares = xp.flatnonzero(
        (opcode == op.ICMP) & (m.inst_operand_count == 2) & (tag0 == TAG_VALUE)
        & (opcode[phi] == op.PHI) & (m.type_kind[phi_type] == KIND_INT) & (width <= 64)
        & (m.inst_type[phi] >= 0) & (tag1 == TAG_CONSTANT)
        & (m.constant_kind[safe1] == CONST_INT) & (m.inst_type >= 0)).astype(xp.int64)
    if compares.shape[0] == 0:
        return m, 0
    phis = phi[compares]
    which, operand = expand(xp, start[phis].astype(xp.int64),
                            m.inst_operand_count[phis].astype(xp.int64))
    is_value = (operand - start[phis[which]]) % 2 == 0
    which, values = which[is_value], operand[is_value]
    compare = compares[which]
    tag, ref = m.operand_tag[values], m.operand_ref[values].astype(xp.int64)
    safe = xp.where(tag == TAG_CONSTANT, ref, 0)
    is_constant = (tag == TAG_CONSTANT) & (m.constant_kind[safe] == CONST_INT)
    inst = xp.where(tag == TAG_VALUE, ref, 0)
    of_select, k1, k2 = _select_of_constants(m, tag, inst)
    u64 = xp.uint64
    against = m.constant_value[safe1[compare]].astype(u64)
    bits = width[compare]
    predicate = m.inst_predicate[compare].astype(xp.int32)
    icmp, zero = xp.full(compare.shape[0], op.ICMP), xp.zeros(compare.shape[0], xp.int64)

    def answer(value: Any) -> Any:
        return _evaluate(xp, icmp, zero, predicate, value.astype(u64), against, bits,
                         zero + 1)[0].astype(xp.int64)

    on_constant = answer(m.constant_value[safe])
    on_true = answer(m.constant_value[k1])
    on_false = answer(m.constant_value[k2])
    to_condition = of_select & (on_true == 1) & (on_false == 0)
    to_answer = (of_select & (on_true == on_false)) | is_constant
    # a value whose range decides the compare
    ranged = (tag == TAG_VALUE) & ~to_condition & ~to_answer
    if bool(ranged.any()):
        known, low, high = value_ranges(m)
        decided, by_range = _decided_by_range(xp, predicate, low[inst], high[inst], against,
                                              bits)
        by_range = ranged & known[inst] & decided & by_range.astype(bool)
        to_answer |= ranged & known[inst] & decided
        on_constant = xp.where(ranged, by_range.astype(xp.int64), on_constant)
        is_constant = is_constant | (ranged & known[inst] & decided)
    good = segment_min(xp, (to_condition | to_answer).astype(xp.int64), which,
                       int(compares.shape[0]), 1) == 1
    chosen = xp.flatnonzero(good)
    k = int(chosen.shape[0])
    if k == 0:
        return m, 0
    number = xp.cumsum(good) - 1  # each chosen compare's new-phi number
    take = good[which]
    which, values, compare = which[take], values[take], compare[take]
    to_condition, is_constant = to_condition[take], is_constant[take]
    answer_value = xp.where(is_constant, on_constant[take], on_true[take])
    condition = start[inst[take]]
    compares = compares[chosen]
    i1 = m.inst_type[compares]
    m, ids = append_constants(m, i1[number[which]], xp.full(values.shape[0], CONST_INT, xp.int8),
                              answer_value)
    m, label = type_id(m, "label")
    owners = xp.repeat(number[which], 2)
    tags = xp.stack((xp.where(to_condition, m.operand_tag[condition], TAG_CONSTANT),
                     xp.full(values.shape[0], TAG_BLOCK)), axis=1).reshape(-1)
    refs = xp.stack((xp.where(to_condition, m.operand_ref[condition], ids),
                     m.operand_ref[values + 1].astype(xp.int64)), axis=1).reshape(-1)
    types = xp.stack((i1[number[which]], xp.full(values.shape[0], label)), axis=1).reshape(-1)
    blocks = m.inst_block[phi[compares]]
    new = {"inst_opcode": xp.full(k, op.PHI), "inst_type": i1, "inst_aux_type": xp.full(k, -1),
           "inst_shape": xp.full(k, m.host.strings.intern("phi")), "inst_block": blocks,
           "inst_function": m.inst_function[compares], "inst_flags": xp.zeros(k),
           "inst_predicate": xp.full(k, -1), "inst_name": xp.full(k, NAME_NUMBERED),
           "inst_template": xp.full(k, -1)}
    m, index = insert_instructions(m, m.block_first_inst[blocks], new, owners, tags, refs, types)
    rows = index[compares]
    return replace_and_delete(m, rows, xp.full(k, TAG_VALUE), index[n:]), k


def _select_of_constants(m: Module, tag: Any, inst: Any) -> tuple[Any, Any, Any]:
    """For values (operand tags and the instruction rows they name): which are
    a select of two integer constants, and those constants' rows."""
    xp = m.xp
    inst_start = m.inst_operand_start[inst]
    arm1, arm2 = operand_row(m, inst_start, 1), operand_row(m, inst_start, 2)
    k1_tag, k2_tag = m.operand_tag[arm1], m.operand_tag[arm2]
    k1 = xp.where(k1_tag == TAG_CONSTANT, m.operand_ref[arm1], 0)
    k2 = xp.where(k2_tag == TAG_CONSTANT, m.operand_ref[arm2], 0)
    of_select = (tag == TAG_VALUE) & (m.inst_opcode[inst] == op.SELECT) \
        & (k1_tag == TAG_CONSTANT) & (m.constant_kind[k1] == CONST_INT) \
        & (k2_tag == TAG_CONSTANT) & (m.constant_kind[k2] == CONST_INT)
    return of_select, k1, k2


def _decided_by_range(xp: Any, predicate: Any, low: Any, high: Any, c: Any, width: Any
                      ) -> tuple[Any, Any]:
    """(decided, answer) of icmp x, c for x in the unsigned range [low, high]:
    unsigned predicates by the range's ends; signed ones when the range and c
    lie on one side of the sign bit (where signed order is unsigned order)."""
    u64 = xp.uint64
    sign = u64(1) << xp.clip(width - 1, 0, 63).astype(u64)
    one_side = ((high < sign) & (c < sign)) | ((low >= sign) & (c >= sign))
    names = ("eq", "ne", "ugt", "uge", "ult", "ule", "sgt", "sge", "slt", "sle")
    p = {name: predicate == op.ICMP_ID[name] for name in names}
    gt, ge = p["ugt"] | (p["sgt"] & one_side), p["uge"] | (p["sge"] & one_side)
    lt, le = p["ult"] | (p["slt"] & one_side), p["ule"] | (p["sle"] & one_side)
    true = (p["ne"] & ((high < c) | (low > c))) | (p["eq"] & (low == c) & (high == c)) \
        | (gt & (low > c)) | (ge & (low >= c)) | (lt & (high < c)) | (le & (high <= c))
    false = (p["eq"] & ((high < c) | (low > c))) | (p["ne"] & (low == c) & (high == c)) \
        | (gt & (high <= c)) | (ge & (high < c)) | (lt & (low >= c)) | (le & (low > c))
    return true | false, true


def _should_change_type(xp: Any, from_width: Any, to_width: Any) -> Any:
    """LLVM's shouldChangeType for the x86-64 data layout: shrink to a
    desirable width; never from a legal (or desirable) width to an illegal
    one; never grow between two illegal ones."""
    legal = xp.asarray(_LEGAL_WIDTHS)
    from_legal, to_legal = xp.isin(from_width, legal), xp.isin(to_width, legal)
    shrink = (to_width < from_width) & xp.isin(to_width, xp.asarray(_DESIRABLE_WIDTHS))
    return shrink | ~((from_legal & ~to_legal) | (~from_legal & ~to_legal
                                                  & (to_width > from_width)))


def _dominates(xp: Any, dom: Any, a: Any, b: Any) -> Any:
    """Whether block a dominates block b, pairwise: walk b up its dominator
    chain (each step strictly shallower by BFS depth) down to a's depth."""
    at = b.copy()
    while True:
        deeper = (at >= 0) & (dom.depth[xp.maximum(at, 0)] > dom.depth[a])
        if not bool(deeper.any()):
            return at == a
        at = xp.where(deeper, dom.idom[xp.maximum(at, 0)], at)
