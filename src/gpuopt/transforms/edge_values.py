"""Values that a branch edge fixes to a constant, for sccp (the constants
LLVM's SCCP draws from branch conditions through PredicateInfo).

On the edge that ``br i1 (icmp eq x, C)`` takes when true, and on the one
``br i1 (icmp ne x, C)`` takes when false, x is C.  instcombine often turns a
compare of a loop counter into a phi of constants in the counter's own block
(``phi i1 [true, %entry], [false, %latch]``); a branch on such a phi P fixes
each other phi Q of that block too: on P's true edge, the block was entered
from a predecessor whose P value is true (or not a constant), so where Q has
one constant from all of those predecessors, Q is that constant (and alike
for the false edge).

A fact holds wherever its edge dominates: in the blocks that the edge's
target dominates, when the target has no other predecessor but blocks it
dominates itself (a loop's back edges).  Every use of x (an instruction or an
argument) there takes the constant; a phi's use counts at the end of its
incoming block.  Where facts of one value nest, the outermost one holds
(facts that disagree lie on paths that never run).

Differs from LLVM's: equalities with constants only (PredicateInfo also gives
SCCP ranges from inequalities, and its edge facts of non-constant values go
to GVN); the phi-correlation facts stand in for the compares that
instcombine folded into phis (LLVM keeps more of those compares).
"""

from __future__ import annotations

from typing import Any

from gpuopt.analysis.cfg import CFG
from gpuopt.analysis.dominated_uses import dominated_uses
from gpuopt.analysis.dominator_intervals import DominatorIntervals
from gpuopt.analysis.dominators import Dominators
from gpuopt.arrays import segment_max, segment_min
from gpuopt.ir import opcodes as op
from gpuopt.ir.module import (
    CONST_INT,
    TAG_ARGUMENT,
    TAG_CONSTANT,
    TAG_VALUE,
    Module,
)
from gpuopt.ir.rewrite import constant_classes, phi_values


def constants_on_edges(m: Module, cfg: CFG, dom: Dominators,
                       intervals: DominatorIntervals) -> tuple[Module, int]:
    xp = m.xp
    n = m.n_instructions
    n_blocks = cfg.n_blocks
    n_operands = int(m.operand_tag.shape[0])
    if n == 0 or n_blocks == 0 or n_operands == 0:
        return m, 0
    opcode = m.inst_opcode.astype(xp.int64)
    start = m.inst_operand_start.astype(xp.int64)
    last = n_operands - 1
    # conditional branches, their two targets, and whether each edge dominates
    # its target's region (no other way in but from blocks the target dominates)
    terminator = (m.block_first_inst + xp.maximum(m.block_inst_count, 1) - 1).astype(xp.int64)
    branch = terminator[(m.block_inst_count > 0)]
    branch = branch[(opcode[branch] == op.BR) & (m.inst_operand_count[branch] == 3)]
    condition = start[branch]
    on_true = m.operand_ref[xp.minimum(condition + 1, last)].astype(xp.int64)
    on_false = m.operand_ref[xp.minimum(condition + 2, last)].astype(xp.int64)
    keep = (m.operand_tag[condition] == TAG_VALUE) & (on_true != on_false) \
        & dom.reachable[m.inst_block[branch]]
    branch, condition, on_true, on_false = branch[keep], condition[keep], on_true[keep], \
        on_false[keep]
    if branch.shape[0] == 0:
        return m, 0
    source = m.inst_block[branch].astype(xp.int64)
    edge_source = cfg.edge_source.astype(xp.int64)
    edge_target = cfg.edge_target.astype(xp.int64)
    # per block T: pred edges from blocks T does not dominate (T's own source aside)
    outside = ~((intervals.first[edge_target] <= intervals.first[edge_source])
                & (intervals.first[edge_source] < intervals.end[edge_target]))
    outside_count = xp.bincount(edge_target, weights=outside.astype(xp.int64),
                                minlength=n_blocks)[:n_blocks]

    def dominating(target: Any) -> Any:
        """The edge source -> target dominates target's region: the source is
        the only predecessor outside it (and the source has one edge there)."""
        from_source = ~((intervals.first[target] <= intervals.first[source])
                        & (intervals.first[source] < intervals.end[target]))
        return (outside_count[target] == from_source.astype(xp.int64)) & (target != source)

    true_ok, false_ok = dominating(on_true), dominating(on_false)
    decider = m.operand_ref[condition].astype(xp.int64)

    # facts as (target block, value key, constant): keys are instruction rows,
    # arguments n + their row
    fact_block, fact_key, fact_constant = [], [], []
    # icmp eq/ne x, C
    first, second = start[decider], xp.minimum(start[decider] + 1, last)
    c_tag, c_ref = m.operand_tag[second], m.operand_ref[second].astype(xp.int64)
    x_tag, x_ref = m.operand_tag[first], m.operand_ref[first].astype(xp.int64)
    predicate = m.inst_predicate[decider]
    is_eq, is_ne = predicate == op.ICMP_ID["eq"], predicate == op.ICMP_ID["ne"]
    equality = (opcode[decider] == op.ICMP) & (is_eq | is_ne) & (c_tag == TAG_CONSTANT) \
        & (m.constant_kind[xp.where(c_tag == TAG_CONSTANT, c_ref, 0)] == CONST_INT) \
        & ((x_tag == TAG_VALUE) | (x_tag == TAG_ARGUMENT)) \
        & xp.where(is_eq, true_ok, false_ok)
    fact_block.append(xp.where(is_eq, on_true, on_false)[equality])
    fact_key.append(xp.where(x_tag == TAG_ARGUMENT, n + x_ref, x_ref)[equality])
    fact_constant.append(c_ref[equality])
    # a branch on a phi of its own block: the other phis of the block
    on_phi = (opcode[decider] == op.PHI) & (m.inst_block[decider] == source)
    if bool(on_phi.any()):
        blocks, key, constant = _correlated_phis(m, branch[on_phi], decider[on_phi],
                                                 on_true[on_phi], on_false[on_phi],
                                                 true_ok[on_phi], false_ok[on_phi])
        fact_block.append(blocks)
        fact_key.append(key)
        fact_constant.append(constant)
    fact_block_all = xp.concatenate(fact_block)
    fact_key_all = xp.concatenate(fact_key)
    fact_constant_all = xp.concatenate(fact_constant)
    if fact_block_all.shape[0] == 0:
        return m, 0
    rows, which = dominated_uses(m, cfg, intervals, fact_block_all, fact_key_all,
                                 phi_in_single_entry_block=False)
    if rows.shape[0] == 0:
        return m, 0
    operand_tag, operand_ref = m.operand_tag.copy(), m.operand_ref.copy()
    operand_tag[rows] = TAG_CONSTANT
    operand_ref[rows] = fact_constant_all[which]
    return m.with_columns(operand_tag=operand_tag, operand_ref=operand_ref), \
        int(rows.shape[0])


def _correlated_phis(m: Module, branches: Any, deciders: Any, on_true: Any, on_false: Any,
                     true_ok: Any, false_ok: Any) -> tuple[Any, Any, Any]:
    """Facts on the phis Q of a block whose branch reads a phi P of that block:
    on P's edge for truth t, Q is the constant that all of Q's entries from
    the predecessors where P is t (or not a constant) agree on."""
    xp = m.xp
    n = m.n_instructions
    n_blocks = int(m.block_function.shape[0])
    block = m.inst_block[branches].astype(xp.int64)
    decider_of_block = xp.full(n_blocks, -1, dtype=xp.int64)
    decider_of_block[block] = xp.arange(block.shape[0])
    # P's value from each predecessor: 0, 1 or -1 (not a constant)
    p_values, p_owner = phi_values(m, deciders)
    p_tag, p_ref = m.operand_tag[p_values], m.operand_ref[p_values].astype(xp.int64)
    safe = xp.where(p_tag == TAG_CONSTANT, p_ref, 0)
    bit = xp.where((p_tag == TAG_CONSTANT) & (m.constant_kind[safe] == CONST_INT),
                   m.constant_value[safe] & 1, -1)
    p_block = m.operand_ref[p_values + 1].astype(xp.int64)
    p_key = m.inst_block[p_owner].astype(xp.int64) * n_blocks + p_block
    order = xp.argsort(p_key)
    p_key, bit = p_key[order], bit[order]
    # the other phis of those blocks, entry by entry
    opcode = m.inst_opcode
    phis = xp.flatnonzero((opcode == op.PHI) & (decider_of_block[m.inst_block] >= 0)
                          & ~xp.isin(xp.arange(n), deciders))
    if phis.shape[0] == 0:
        empty = xp.zeros(0, dtype=xp.int64)
        return empty, empty, empty
    q_values, q_owner = phi_values(m, phis)
    q_block = m.operand_ref[q_values + 1].astype(xp.int64)
    home = m.inst_block[q_owner].astype(xp.int64)
    found = xp.searchsorted(p_key, home * n_blocks + q_block)
    found = xp.minimum(found, max(int(p_key.shape[0]) - 1, 0))
    matched = p_key[found] == home * n_blocks + q_block
    q_bit = xp.where(matched, bit[found], -2)  # -2: no such entry of P (leave Q alone)
    q_tag, q_ref = m.operand_tag[q_values], m.operand_ref[q_values].astype(xp.int64)
    classes = constant_classes(m)
    q_safe = xp.where(q_tag == TAG_CONSTANT, q_ref, 0)
    q_class = xp.where((q_tag == TAG_CONSTANT) & (m.constant_kind[q_safe] == CONST_INT),
                       classes[q_safe], -1)
    blocks, keys, constants = [], [], []
    for truth, target, ok in ((1, on_true, true_ok), (0, on_false, false_ok)):
        takes = (q_bit == truth) | (q_bit == -1)
        unmatched = q_bit == -2
        big = 1 << 62
        low = segment_min(xp, xp.where(takes, q_class, big), q_owner, n, big)
        high = segment_max(xp, xp.where(takes, q_class, -1), q_owner, n, -1)
        broken = segment_max(xp, unmatched.astype(xp.int64), q_owner, n, 0)
        agreed = (low == high) & (low >= 0) & (low != big) & (broken == 0)
        rows = phis[agreed[phis]]
        row_block = m.inst_block[rows].astype(xp.int64)
        decider_index = decider_of_block[row_block]
        good = ok[decider_index]
        blocks.append(target[decider_index][good])
        keys.append(rows[good])
        constants.append(low[rows][good])
    return xp.concatenate(blocks), xp.concatenate(keys), xp.concatenate(constants)
