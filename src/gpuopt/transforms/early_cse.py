"""early-cse: remove instructions that repeat a dominating identical one.

Assumes two instructions compute the same value when they are pure (by the
opcode table; not phis, allocas or calls) and agree on opcode, result type,
flags, predicate, the text they were read from (``inst_shape``, metadata
attachments aside) and every operand.  Loads agree too when they also read
the same pointer as the same type in the same block with no instruction that
may write memory between them.

Value numbering by sorting instead of a scoped hash table: each candidate
gets a 64-bit key hashed from those fields (operands folded in by one prefix
sum over the operand table); the key's instances are sorted by (key, block,
row), and each instance looks for one in its own block earlier than itself,
else in its immediate dominator, and so on up the dominator tree in lockstep
(rounds bounded by the tree depth; membership by binary search).  Every
pairing is then checked field by field and operand by operand, so a hash
collision can only cost a missed replacement, never a wrong one.  Rounds
repeat while they replace something (a replaced operand can make two users
equal).

Differs from LLVM's pass: loads are only matched within a block (LLVM also
carries memory generations down single-predecessor edges) and stores are not
tracked (store-to-load forwarding is instcombine's rule here).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from gpuopt.analysis.cfg import build_cfg
from gpuopt.analysis.dominators import dominator_tree
from gpuopt.arrays import expand
from gpuopt.ir import opcodes as op
from gpuopt.ir.module import TAG_VALUE, Module
from gpuopt.ir.rewrite import replace_and_delete

_NOT_CSE = ("phi", "alloca", "load")


@dataclass(frozen=True)
class EarlyCSE:
    name: ClassVar[str] = "early-cse"
    llvm_class: ClassVar[str] = "EarlyCSEPass"

    def apply(self, m: Module) -> tuple[Module, dict[str, int]]:
        total = 0
        for _ in range(m.n_instructions + 1):  # each round removes at least one instruction
            m, removed = _round(m)
            if removed == 0:
                break
            total += removed
        return m, {"Number of instructions CSE'd": total}


def _mix(xp: Any, value: Any) -> Any:
    """splitmix64's finalizer: spreads every input bit over the word."""
    u64 = xp.uint64
    value = value.astype(u64)
    value = (value ^ (value >> u64(30))) * u64(0xBF58476D1CE4E5B9)
    value = (value ^ (value >> u64(27))) * u64(0x94D049BB133111EB)
    return value ^ (value >> u64(31))


def _round(m: Module) -> tuple[Module, int]:
    xp = m.xp
    n = m.n_instructions
    if n == 0:
        return m, 0
    u64 = xp.uint64
    opcode = m.inst_opcode.astype(xp.int64)
    ordered = (m.inst_flags & op.FLAG_ORDERED) != 0
    pure = xp.asarray(op.IS_PURE)[opcode] & ~ordered
    for name in _NOT_CSE:
        pure &= opcode != op.OPCODE_ID[name]
    load = (opcode == op.LOAD) & ~ordered
    candidate = pure | load
    if not bool(candidate.any()):
        return m, 0
    may_write = ~xp.asarray(op.IS_PURE)[opcode] & (opcode != op.DBG_RECORD) | ordered
    generation = xp.cumsum(may_write.astype(xp.int64)) - may_write  # writes before each row
    modeled = xp.asarray(op.IS_MODELED)[opcode]
    shape = xp.where(modeled, -1, m.inst_shape).astype(xp.int64)

    # Operands folded into one word per instruction: a prefix sum of mixed
    # (tag, ref, position) words, differenced at each instruction's bounds.
    n_operands = int(m.operand_tag.shape[0])
    position = xp.arange(n_operands, dtype=xp.int64) - m.inst_operand_start[m.operand_owner]
    word = _mix(xp, (m.operand_tag.astype(xp.int64) << 56) ^ (position << 40)
                ^ m.operand_ref.astype(xp.int64))
    running = xp.concatenate((xp.zeros(1, dtype=u64), xp.cumsum(word, dtype=u64)))
    start = m.inst_operand_start.astype(xp.int64)
    operands = running[start + m.inst_operand_count] - running[start]
    fields = [opcode, m.inst_type.astype(xp.int64), m.inst_flags.astype(xp.int64),
              m.inst_predicate.astype(xp.int64), shape, m.inst_operand_count.astype(xp.int64)]
    key = operands
    for index, column in enumerate(fields):  # over the six fields of the key
        key = _mix(xp, key ^ _mix(xp, column + (index << 48)))
    # loads: equal only within one block and one memory generation
    key = xp.where(load, _mix(xp, key ^ _mix(xp, generation)), key)

    cfg = build_cfg(m)
    dom = dominator_tree(xp, cfg)
    block_bits = max(1, int(cfg.n_blocks).bit_length())
    hashed = (key >> u64(block_bits + 2)).astype(xp.int64)
    rows = xp.flatnonzero(candidate).astype(xp.int64)
    block = m.inst_block[rows].astype(xp.int64)
    group_block = (hashed[rows] << block_bits) | block
    order = xp.lexsort(xp.stack((rows, group_block)))  # by (key, block), then row
    sorted_key = group_block[order]
    sorted_rows = rows[order]
    # first instance of each (key, block)
    first_of = xp.searchsorted(sorted_key, sorted_key)
    first_row = sorted_rows[first_of]

    # Walk: own block (an earlier instance), then up the dominator tree.
    representative = xp.full(rows.shape[0], -1, dtype=xp.int64)
    rank = xp.empty(rows.shape[0], dtype=xp.int64)
    rank[order] = xp.arange(rows.shape[0], dtype=xp.int64)
    mine_first = first_row[rank]
    earlier = mine_first < rows
    representative = xp.where(earlier, mine_first, representative)
    pending = ~earlier & ~load[rows]
    x = xp.where(pending, dom.idom[block].astype(xp.int64), -1)
    pending &= x >= 0
    group_of = hashed[rows] << block_bits
    for _ in range(cfg.n_blocks + 1):  # one step up the dominator tree per round
        if not bool(pending.any()):
            break
        query = group_of | xp.maximum(x, 0)
        found_at = xp.minimum(xp.searchsorted(sorted_key, query), rows.shape[0] - 1)
        found = pending & (sorted_key[found_at] == query)
        representative = xp.where(found, sorted_rows[found_at], representative)
        pending &= ~found
        x = xp.where(pending, dom.idom[xp.maximum(x, 0)].astype(xp.int64), -1)
        pending &= x >= 0

    # Check every pairing exactly: fields, then operands one by one.
    paired = representative >= 0
    dup, rep = rows[paired], representative[paired]
    same = xp.ones(dup.shape[0], dtype=bool)
    for column in fields:  # over the six fields
        same &= column[dup] == column[rep]
    same &= ~load[dup] | (generation[dup] == generation[rep])
    which, dup_operand = expand(xp, m.inst_operand_start[dup].astype(xp.int64),
                                m.inst_operand_count[dup].astype(xp.int64))
    rep_operand = m.inst_operand_start[rep[which]] + (dup_operand - m.inst_operand_start[
        dup[which]])
    differs = (m.operand_tag[dup_operand] != m.operand_tag[rep_operand]) \
        | (m.operand_ref[dup_operand] != m.operand_ref[rep_operand])
    mismatches = xp.bincount(which[differs], minlength=dup.shape[0])[:dup.shape[0]]
    same &= mismatches == 0
    dup, rep = dup[same], rep[same]
    count = int(dup.shape[0])
    if count == 0:
        return m, 0
    return replace_and_delete(m, dup, TAG_VALUE, rep), count
