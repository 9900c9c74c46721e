"""early-cse: remove instructions that repeat a dominating identical one, and
loads whose value is already known along the dominator tree; give branch
conditions their known value in the blocks a branch edge dominates.

Assumes two instructions compute the same value when they are pure (by the
opcode table; not phis, allocas or calls) and agree on opcode, result type,
flags, predicate, the text they were read from (``inst_shape``, metadata
attachments aside) and every operand.

Loads follow LLVM's memory generations.  A generation ends at every instruction
that may write memory (stores, calls other than those of intrinsics known to
write nothing, fences, atomics, volatile accesses, every opcode the table
calls impure but the branches and returns) and at the entry of every block
without a single predecessor edge.  The intrinsics that write nothing are named
in ``analysis/memory.py`` (``readnone_calls``): readnone ones such as
``llvm.umax``, ``llvm.abs``, ``llvm.uadd.with.overflow``, ``llvm.dbg.*`` or
``llvm.sqrt``, and those EarlyCSE skips (``llvm.assume``, ``llvm.sideeffect``,
``llvm.experimental.noalias.scope.decl``); lifetime markers and memory
intrinsics end a generation, as in EarlyCSE.  A simple load is replaced by an
earlier simple load of the very same pointer operand (same tag and ref: no
alias analysis) and type, or by the value of an earlier simple store to that
pointer of the load's type (store-to-load forwarding), when that source lies
earlier in the load's block or in a block that dominates it, in the same
generation.  Each generation is numbered as (chain root, writes since it): the
root is the nearest dominator-tree ancestor that ends a generation on entry,
and the count sums the writes along the single-predecessor chain down to the
row (pointer jumping over the chain: log2 of its length rounds), so equal
numbers along one dominator path mean no write and no join between.

Value numbering by sorting instead of a scoped hash table: each candidate
gets a 64-bit key hashed from those fields (operands folded in by one prefix
sum over the operand table; a memory access's key is its pointer, type and
generation); the key's instances are sorted by (key, block, row), and each
instance looks for one in its own block earlier than itself, else takes the
first one in the nearest dominating block that has one: the (key, block)
groups sorted by (key, preorder of the block), the nearest earlier group of
the key whose dominator-tree interval encloses the block's
(``nearest_enclosing``: log2 of the group count rounds, whatever the tree's
depth).  Every pairing is
then checked field by field and operand by operand, so a hash collision can
only cost a missed replacement, never a wrong one.  Rounds repeat while they
replace something (a replaced operand can make two users equal).

Conditional facts from branches follow LLVM's handleBranchCondition.  A
reachable block T whose one predecessor edge comes from ``br i1 %c, label %A,
label %B`` knows %c is true (T is %A) or false, when %c is an instruction
EarlyCSE's SimpleValue handles (not a phi, load or argument); on a true edge
both operands of a logical and (``and``, ``select a, b, false``), on a false
edge both of a logical or (``or``, ``select a, true, b``) are known the same
way, recursively (a worklist in LLVM; here one level of the and/or trees per
round, facts deduplicated by sort).  Every use a fact's edge dominates takes
the constant, as LLVM's replaceDominatedUsesWith does: uses in T and the
blocks it dominates; a phi's use happens at the end of its incoming block
(and a phi in T, on the edge itself), so a phi anywhere, a join included,
takes the constant for its entries that leave T or a block T dominates, and
keeps the value for the others.  Debug records keep the value, as in LLVM,
where they are no uses.  Dominance is
tested with preorder intervals of the dominator forest
(``analysis/dominator_intervals.py``); when facts for one value nest, the
outermost edge wins, as in LLVM's preorder walk (nested facts that disagree
sit in dead code, where either is right).  Each use is one binary search
among its value's facts, sorted by interval.  Rounds of facts and CSE repeat
while either changes something: a replaced use can make two instructions
equal, and CSE can make a repeated condition the one a branch names.  The
counter is LLVM's ``Number of compare instructions CVP'd`` (uses replaced).

Differs from LLVM's pass: calls are writes unless they call an intrinsic known
to write nothing (LLVM asks every callee's attributes, lets read-only calls
keep the generation, and CSEs readnone and read-only calls); a volatile or
atomic load ends the generation and serves no later load (LLVM lets it serve
simple ones); no invariant or ``invariant.load`` reasoning, no dead-store or
redundant-store removal; no facts from ``llvm.assume``, and no instruction
simplification, so a phi or cast of a now-constant condition stays for later
passes to fold (LLVM's EarlyCSE simplifies each instruction it visits); a fact
also reaches a repeat of its condition only once CSE has merged the two (a
readnone call, which we do not CSE, keeps its repeat); uses in unreachable
blocks keep their value (LLVM's dominance calls every unreachable use
dominated); an earlier load of a different type does not hide an older match,
as it does in LLVM's table keyed by pointer alone; and instead of intersecting
metadata, a load carrying poison-making metadata (``!range``, ``!nonnull``,
``!align``, ``!nofpclass`` without ``!noundef``) only serves loads that carry
the same.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, ClassVar

import numpy as np

from gpuopt.analysis.cfg import CFG, build_cfg
from gpuopt.analysis.dominated_uses import dominated_uses
from gpuopt.analysis.dominator_intervals import (
    DominatorIntervals,
    dominator_intervals,
    nearest_enclosing,
)
from gpuopt.analysis.dominators import Dominators, dominator_tree
from gpuopt.analysis.memory import readnone_calls
from gpuopt.arrays import expand, lookup
from gpuopt.ir import opcodes as op
from gpuopt.ir.module import CONST_INT, KIND_INT, TAG_BLOCK, TAG_CONSTANT, TAG_VALUE, Module
from gpuopt.ir.rewrite import append_constants, replace_and_delete

_NOT_CSE = ("phi", "alloca", "load")
# Impure by the opcode table, yet they write no memory: they end their block.
_QUIET = np.isin(np.arange(op.N_OPCODES),
                 [op.OPCODE_ID[name] for name in ("br", "switch", "indirectbr", "ret",
                                                  "unreachable")])
# Load metadata that makes a violating value poison (``!noundef`` makes it UB).
_POISON_METADATA = re.compile(r"!(?:range|nonnull|align|nofpclass) ![0-9]+")
_MEMORY_KEY = 7 << 48  # keeps memory keys apart from the keys of pure instructions
# What EarlyCSE's SimpleValue::canHandle takes besides readnone calls: the
# instructions whose value a branch fact may name.
_SIMPLE = np.isin(np.arange(op.N_OPCODES), [
    op.OPCODE_ID[name] for name in op.BINARY_OPS + op.FLOAT_BINARY_OPS + op.INT_CASTS
    + op.OTHER_CASTS + ("icmp", "fcmp", "select", "fneg", "freeze", "extractelement",
                        "insertelement", "shufflevector", "extractvalue", "insertvalue")])


@dataclass(frozen=True)
class EarlyCSE:
    name: ClassVar[str] = "early-cse"
    llvm_class: ClassVar[str] = "EarlyCSEPass"

    def apply(self, m: Module) -> tuple[Module, dict[str, int]]:
        # The CFG never changes here: no terminator is removed or retargeted.
        cfg = build_cfg(m)
        dom = dominator_tree(m.xp, cfg)
        intervals = dominator_intervals(m.xp, dom)
        total = folded = 0
        numbered = _MetadataNumbers()
        # each round removes an instruction or turns a use into a constant
        for _ in range(m.n_instructions + int(m.operand_tag.shape[0]) + 1):
            m, replaced = _branch_facts(m, cfg, dom, intervals)
            m, removed = _round(m, cfg, dom, intervals, numbered)
            if removed == 0 and replaced == 0:
                break
            total += removed
            folded += replaced
        return m, {"Number of instructions CSE'd": total,
                   "Number of compare instructions CVP'd": folded}


def _mix(xp: Any, value: Any) -> Any:
    """splitmix64's finalizer: spreads every input bit over the word."""
    u64 = xp.uint64
    value = value.astype(u64)
    value = (value ^ (value >> u64(30))) * u64(0xBF58476D1CE4E5B9)
    value = (value ^ (value >> u64(27))) * u64(0x94D049BB133111EB)
    return value ^ (value >> u64(31))


def _may_write(m: Module) -> Any:
    """Rows that may write memory: every opcode the table calls impure (stores,
    calls, fences, atomics, ...) but the quiet terminators, debug records and
    calls of intrinsics that write nothing; and every volatile or atomic
    access."""
    xp = m.xp
    opcode = m.inst_opcode.astype(xp.int64)
    ordered = (m.inst_flags & op.FLAG_ORDERED) != 0
    impure = ~xp.asarray(op.IS_PURE)[opcode] & ~xp.asarray(_QUIET)[opcode]
    return (impure & (opcode != op.DBG_RECORD) & ~readnone_calls(m)) | ordered


def _generations(m: Module, cfg: CFG, dom: Dominators, writes: Any) -> tuple[Any, Any]:
    """Per row: the root of its generation chain (the nearest dominator-tree
    ancestor block, itself included, that a generation ends on entering: an
    entry, a block without a single predecessor edge, an unreachable one) and
    the writes from that root's start down to the row.  Pointer jumping over
    the single-predecessor chains: log2 of the longest chain rounds."""
    xp = m.xp
    n_blocks = cfg.n_blocks
    block = m.inst_block.astype(xp.int64)
    blocks = xp.arange(n_blocks, dtype=xp.int64)
    per_block = xp.bincount(block[writes], minlength=n_blocks)[:n_blocks].astype(xp.int64)
    idom = dom.idom.astype(xp.int64)
    chained = (cfg.predecessor_count == 1) & (idom >= 0)
    up = xp.where(chained, idom, -1)
    above = xp.where(chained, per_block[xp.maximum(idom, 0)], 0)  # writes from `up` to the root
    root = xp.where(chained, idom, blocks)
    for _ in range(64):  # pointer jumping: log2 of the longest chain
        linked = up >= 0
        if not bool(linked.any()):
            break
        at = xp.where(linked, up, 0)
        above = above + xp.where(linked, above[at], 0)
        root = xp.where(linked, root[at], root)
        up = xp.where(linked, up[at], -1)
    before = xp.cumsum(writes.astype(xp.int64)) - writes  # writes before each row
    local = before - before[m.block_first_inst.astype(xp.int64)[block]]
    return root[block], above[block] + local


@dataclass
class _MetadataNumbers:
    """The numbers given so far to load templates' poison-making metadata (-1
    for none), kept from round to round of one run: templates outlive rows."""
    by_template: dict[int, int] = field(default_factory=dict)
    by_text: dict[str, int] = field(default_factory=dict)


def _poison_metadata(m: Module, loads: Any, numbered: _MetadataNumbers) -> Any:
    """Per row: a number for the poison-making metadata its load carries, -1 for
    none (judged once per distinct load template and run)."""
    xp = m.xp
    templates = xp.unique(m.inst_template[loads]).tolist()
    numbers = []
    for template in templates:  # distinct templates, not instructions
        if template not in numbered.by_template:
            found = _poison_metadata_of(m.host.templates[int(template)][-1]
                                        if template >= 0 else "")
            numbered.by_template[template] = -1 if found is None else \
                numbered.by_text.setdefault(found, len(numbered.by_text))
        numbers.append(numbered.by_template[template])
    return xp.where(loads, lookup(xp, templates, numbers, m.inst_template, -1), -1)


@functools.lru_cache(maxsize=1 << 16)
def _poison_metadata_of(tail: str) -> str | None:
    """The poison-making metadata a load's text ends with, as one key; None for
    none (or with ``!noundef``).  Memoised: every round of every run asks again
    about the same few templates."""
    found = sorted(_POISON_METADATA.findall(tail))
    return None if not found or "!noundef " in tail else " ".join(found)


def _round(m: Module, cfg: CFG, dom: Dominators, intervals: DominatorIntervals,
           numbered: _MetadataNumbers) -> tuple[Module, int]:
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
    start = m.inst_operand_start.astype(xp.int64)
    # memory accesses: simple loads (replaceable) and simple stores (sources only)
    load = (opcode == op.LOAD) & ~ordered & (m.inst_type >= 0)
    store = (opcode == op.STORE) & ~ordered
    access_type = xp.where(load, m.inst_type, -1).astype(xp.int64)
    stores = xp.flatnonzero(store)
    access_type[stores] = m.operand_type[start[stores]]  # the stored value's type
    store &= access_type >= 0
    candidate = pure | load
    if not bool(candidate.any()):
        return m, 0
    modeled = xp.asarray(op.IS_MODELED)[opcode]
    shape = xp.where(modeled, -1, m.inst_shape).astype(xp.int64)

    # Operands folded into one word per instruction: a prefix sum of mixed
    # (tag, ref, position) words, differenced at each instruction's bounds.
    n_operands = int(m.operand_tag.shape[0])
    position = xp.arange(n_operands, dtype=xp.int64) - m.inst_operand_start[m.operand_owner]
    word = _mix(xp, (m.operand_tag.astype(xp.int64) << 56) ^ (position << 40)
                ^ m.operand_ref.astype(xp.int64))
    running = xp.concatenate((xp.zeros(1, dtype=u64), xp.cumsum(word, dtype=u64)))
    operands = running[start + m.inst_operand_count] - running[start]
    fields = [opcode, m.inst_type.astype(xp.int64), m.inst_flags.astype(xp.int64),
              m.inst_predicate.astype(xp.int64), shape, m.inst_operand_count.astype(xp.int64)]
    key = operands
    for index, column in enumerate(fields):  # over the six fields of the key
        key = _mix(xp, key ^ _mix(xp, column + (index << 48)))

    # Memory generations along the dominator tree; a store's value is available
    # from the generation after it, a load's from its own.
    writes = _may_write(m)
    chain_root, generation = _generations(m, cfg, dom, writes)
    available = generation + writes
    memory = load | store
    pointer = xp.where(memory, start + store, 0)  # load: operand 0; store: operand 1
    pointer_tag = xp.where(memory, m.operand_tag[pointer], -1).astype(xp.int64)
    pointer_ref = xp.where(memory, m.operand_ref[pointer], -1).astype(xp.int64)
    memory_key = _mix(xp, (pointer_tag << 56) ^ pointer_ref)
    for index, column in enumerate((access_type, chain_root, available)):  # three fields
        memory_key = _mix(xp, memory_key ^ _mix(xp, column + _MEMORY_KEY + (index << 40)))
    key = xp.where(memory, memory_key, key)
    candidate |= store

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
    # Stores only serve: they never look for a representative.
    source_only = store[rows]
    representative = xp.full(rows.shape[0], -1, dtype=xp.int64)
    rank = xp.empty(rows.shape[0], dtype=xp.int64)
    rank[order] = xp.arange(rows.shape[0], dtype=xp.int64)
    mine_first = first_row[rank]
    earlier = (mine_first < rows) & ~source_only
    representative = xp.where(earlier, mine_first, representative)
    pending = ~earlier & ~source_only
    # Else the first instance in the nearest dominating block that has one:
    # among the (key, block) groups sorted by (key, preorder), the nearest
    # earlier group of the key whose block's interval encloses this block's.
    leader = xp.flatnonzero(first_of == xp.arange(rows.shape[0]))
    leader_block = sorted_key[leader] & ((1 << block_bits) - 1)
    leader_hash = sorted_key[leader] >> block_bits
    by_preorder = xp.lexsort(xp.stack((intervals.first[leader_block], leader_hash)))
    leader, leader_block, leader_hash = leader[by_preorder], leader_block[by_preorder], \
        leader_hash[by_preorder]
    new_hash = xp.concatenate((xp.ones(1, dtype=bool), leader_hash[1:] != leader_hash[:-1]))
    enclosing = nearest_enclosing(xp, xp.cumsum(new_hash) - 1, intervals.first[leader_block],
                                  intervals.end[leader_block])
    up_row = xp.full(rows.shape[0], -1, dtype=xp.int64)  # by the sorted position of a leader
    up_row[leader] = xp.where(enclosing >= 0, sorted_rows[leader[xp.maximum(enclosing, 0)]], -1)
    representative = xp.where(pending, up_row[first_of[rank]], representative)

    # Check every pairing exactly: pure ones by fields, then operands one by
    # one; loads by pointer, type, generation and metadata.
    paired = representative >= 0
    dup, rep = rows[paired], representative[paired]
    same = xp.ones(dup.shape[0], dtype=bool)
    for column in fields:  # over the six fields
        same &= column[dup] == column[rep]
    which, dup_operand = expand(xp, m.inst_operand_start[dup].astype(xp.int64),
                                m.inst_operand_count[dup].astype(xp.int64))
    rep_operand = m.inst_operand_start[rep[which]] + (dup_operand - m.inst_operand_start[
        dup[which]])
    differs = (m.operand_tag[dup_operand] != m.operand_tag[rep_operand]) \
        | (m.operand_ref[dup_operand] != m.operand_ref[rep_operand])
    mismatches = xp.bincount(which[differs], minlength=dup.shape[0])[:dup.shape[0]]
    same &= (mismatches == 0) & pure[dup] & pure[rep]
    metadata = _poison_metadata(m, load, numbered)
    same_memory = load[dup] & memory[rep] \
        & (pointer_tag[dup] == pointer_tag[rep]) & (pointer_ref[dup] == pointer_ref[rep]) \
        & (access_type[dup] == access_type[rep]) & (chain_root[dup] == chain_root[rep]) \
        & (generation[dup] == available[rep]) \
        & ((metadata[rep] < 0) | (metadata[rep] == metadata[dup]))
    same = xp.where(load[dup], same_memory, same)
    dup, rep = dup[same], rep[same]
    count = int(dup.shape[0])
    if count == 0:
        return m, 0
    # a load takes its source load's value, or the value its source store wrote
    forwarded = store[rep]
    tag = xp.where(forwarded, m.operand_tag[start[rep]], TAG_VALUE)
    ref = xp.where(forwarded, m.operand_ref[start[rep]], rep)
    return replace_and_delete(m, dup, tag, ref), count


def _branch_facts(m: Module, cfg: CFG, dom: Dominators,
                  intervals: DominatorIntervals) -> tuple[Module, int]:
    """Uses of branch conditions that a dominating edge decides (LLVM's
    handleBranchCondition) take ``true`` or ``false``; returns how many did.

    Facts are (block, value, truth): a reachable block T with one predecessor
    edge, from a block ending in ``br i1 %c, label %A, label %B``, knows %c on
    entry (true when T is %A) if %c is an instruction EarlyCSE can handle; on
    a true edge the operands of a logical and (``and`` or ``select a, b,
    false``), on a false edge those of a logical or (``or`` or ``select a,
    true, b``) are known alike, level by level (rounds bounded by the depth of
    the and/or tree).  A use takes the fact of the outermost such T that
    dominates it (a phi's use happens at the end of its incoming block; in a
    block with one predecessor edge, at the phi itself), found by binary search
    among the facts of its value sorted by dominator-tree interval."""
    xp = m.xp
    n = m.n_instructions
    n_blocks = cfg.n_blocks
    n_operands = int(m.operand_tag.shape[0])
    if n == 0 or n_blocks == 0 or n_operands == 0:
        return m, 0
    opcode = m.inst_opcode.astype(xp.int64)
    start = m.inst_operand_start.astype(xp.int64)
    last_operand = n_operands - 1
    type_row = xp.maximum(m.inst_type, 0)
    is_i1 = (m.inst_type >= 0) & (m.type_kind[type_row] == KIND_INT) \
        & (m.type_width[type_row] == 1)
    # (the reader leaves most unmodeled results untyped: the branch and the
    # and/or operands they sit in make them i1)
    handled = xp.asarray(_SIMPLE)[opcode] | readnone_calls(m)

    # Seeds: each single-predecessor block below a conditional branch on a
    # handled instruction knows its condition.
    targets = xp.flatnonzero((cfg.predecessor_count == 1) & dom.reachable & ~cfg.entry)
    source = cfg.edge_source[cfg.predecessor_edge[cfg.predecessor_start[targets]]]
    count = m.block_inst_count[source]
    branch = (m.block_first_inst[source] + xp.maximum(count, 1) - 1).astype(xp.int64)
    condition = start[branch]
    conditional = (count > 0) & (opcode[branch] == op.BR) & (m.inst_operand_count[branch] == 3) \
        & (m.operand_tag[xp.minimum(condition, last_operand)] == TAG_VALUE)
    targets, condition = targets[conditional].astype(xp.int64), condition[conditional]
    value = m.operand_ref[condition].astype(xp.int64)
    targets, condition, value = targets[handled[value]], condition[handled[value]], \
        value[handled[value]]
    if int(targets.shape[0]) == 0:
        return m, 0
    block_truth = xp.zeros(n_blocks, dtype=bool)
    block_truth[targets] = (m.operand_tag[condition + 1] == TAG_BLOCK) \
        & (m.operand_ref[condition + 1] == targets)

    def constant_bit(rows: Any) -> Any:
        """The low bit of integer constant operands, -1 for other operands."""
        tag = m.operand_tag[rows]
        ref = xp.where(tag == TAG_CONSTANT, m.operand_ref[rows], 0)
        integer = (tag == TAG_CONSTANT) & (m.constant_kind[ref] == CONST_INT)
        return xp.where(integer, m.constant_value[ref] & 1, -1)

    # Operands of logical ands (true edges) and ors (false edges) are known too.
    facts = targets * n + value
    frontier_block, frontier_value = targets, value
    for _ in range(n + 1):  # one level of the and/or trees per round
        truth = block_truth[frontier_block]
        first = start[frontier_value]
        is_select = opcode[frontier_value] == op.SELECT
        arm1 = constant_bit(xp.minimum(first + 1, last_operand))
        arm2 = constant_bit(xp.minimum(first + 2, last_operand))
        logical_and = truth & ((opcode[frontier_value] == op.AND) | (is_select & (arm2 == 0)))
        logical_or = ~truth & ((opcode[frontier_value] == op.OR) | (is_select & (arm1 == 1)))
        splits = is_i1[frontier_value] & (logical_and | logical_or)
        second = xp.where(is_select & logical_or, first + 2, first + 1)
        operand = xp.concatenate((first[splits], second[splits]))
        block = xp.concatenate((frontier_block[splits], frontier_block[splits]))
        known = m.operand_tag[operand] == TAG_VALUE
        child = xp.where(known, m.operand_ref[operand], 0).astype(xp.int64)
        known &= handled[child]
        new = xp.unique(block[known] * n + child[known])
        new = new[~xp.isin(new, facts)]
        if int(new.shape[0]) == 0:
            break
        facts = xp.concatenate((facts, new))
        frontier_block, frontier_value = new // n, new % n

    # the uses each fact's block dominates (the outermost fact of a value wins)
    fact_block, fact_value = facts // n, facts % n
    rows, which = dominated_uses(m, cfg, intervals, fact_block, fact_value,
                                 phi_in_single_entry_block=True)
    replaced = int(rows.shape[0])
    if replaced == 0:
        return m, 0
    i1 = int(m.operand_type[int(condition[0])])  # a branch condition's type
    m, constants = append_constants(m, xp.full(2, i1), xp.full(2, CONST_INT), xp.arange(2))
    truth = block_truth[fact_block[which]]
    operand_tag, operand_ref = m.operand_tag.copy(), m.operand_ref.copy()
    operand_tag[rows] = TAG_CONSTANT
    operand_ref[rows] = constants[truth.astype(xp.int64)]
    return m.with_columns(operand_tag=operand_tag, operand_ref=operand_ref), replaced
