"""The uses that facts about values hold for, where each fact holds in the
region a block dominates (a branch edge's facts, for early-cse and sccp).

A fact is (block T, value key): the value is known throughout T's
dominator-tree interval.  Keys are instruction rows, and ``n`` plus the row
for arguments.  Where facts of one value nest, the outermost one holds: the
facts are sorted by (value, preorder of T), and one inside an earlier fact of
its value (by a running maximum of interval ends) goes, so the rest are
disjoint intervals and each use finds its fact by one binary search.

A use is an operand row naming the value, debug records' aside.  It happens
in its instruction's block, but a phi's happens at the end of its incoming
block; with ``phi_in_single_entry_block``, a phi in a block with one
predecessor edge uses the value in its own block (that edge is the only way
in, as EarlyCSE sees it).
"""

from __future__ import annotations

from typing import Any

from gpuopt.analysis.cfg import CFG
from gpuopt.analysis.dominator_intervals import DominatorIntervals
from gpuopt.arrays import running_max
from gpuopt.ir import opcodes as op
from gpuopt.ir.module import TAG_ARGUMENT, TAG_BLOCK, TAG_VALUE, Module


def dominated_uses(m: Module, cfg: CFG, intervals: DominatorIntervals, fact_block: Any,
                   fact_key: Any, phi_in_single_entry_block: bool) -> tuple[Any, Any]:
    """(operand rows, index of the fact each one takes) for every use that a
    fact's block dominates."""
    xp = m.xp
    n = m.n_instructions
    span = cfg.n_blocks + 1
    last = int(m.operand_tag.shape[0]) - 1
    # outermost facts only
    key = fact_key * span + intervals.first[fact_block]
    order = xp.argsort(key)
    key, fact_block, fact_key = key[order], fact_block[order], fact_key[order]
    reach = running_max(xp, fact_key * span + intervals.end[fact_block])
    prior = xp.concatenate((xp.full(1, -1, dtype=reach.dtype), reach[:-1]))
    outermost = (prior // span != fact_key) | (prior % span <= key % span)
    key, fact_block, fact_key = key[outermost], fact_block[outermost], fact_key[outermost]
    original = order[outermost]
    # uses of values with facts
    tag = m.operand_tag
    is_use = ((tag == TAG_VALUE) | (tag == TAG_ARGUMENT)) \
        & (m.inst_opcode[m.operand_owner] != op.DBG_RECORD)
    used = xp.where(tag == TAG_ARGUMENT, n + m.operand_ref, m.operand_ref).astype(xp.int64)
    has_fact = xp.zeros(n + int(m.argument_function.shape[0]), dtype=bool)
    has_fact[fact_key] = True
    rows = xp.flatnonzero(is_use & has_fact[xp.where(is_use, used, 0)])
    owner = m.operand_owner[rows]
    at = m.inst_block[owner].astype(xp.int64)
    after = xp.minimum(rows + 1, last)
    on_edge = (m.inst_opcode[owner] == op.PHI) & (m.operand_tag[after] == TAG_BLOCK)
    if phi_in_single_entry_block:
        on_edge &= cfg.predecessor_count[at] != 1
    point = intervals.first[xp.where(on_edge, m.operand_ref[after].astype(xp.int64), at)]
    value = used[rows]
    found = xp.searchsorted(key, value * span + point, side="right") - 1
    safe = xp.maximum(found, 0)
    hit = (found >= 0) & (fact_key[safe] == value) & (point < intervals.end[fact_block[safe]])
    return rows[hit], original[safe[hit]]
