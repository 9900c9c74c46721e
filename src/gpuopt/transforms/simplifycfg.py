"""simplifycfg: fold constant branches, drop unreachable blocks, merge blocks.

Assumes nothing about a block but its edges.  Rounds of six whole-module
steps repeat until none changes anything:

1. a ``br`` on a constant condition becomes an unconditional ``br``, and so
   does a ``switch`` on a constant (to the matching case, else the default) or
   one whose every case goes to its default (or that has no cases); every
   edge that goes, all but one to the destination, takes one phi entry with
   it (several edges from one block to one successor have an entry each);
2. blocks unreachable from their function's entry (or from a block whose
   address is taken) go, with their instructions and the phi entries they
   gave to reachable blocks;
3. a block whose single predecessor ends in an unconditional ``br`` to it is
   merged into that predecessor: its phis (one entry each) become their
   value, the predecessor's ``br`` goes, its instructions move up, and its
   successors' phis name the predecessor.  Chains of such blocks merge in one
   step: each block's final home is found by pointer jumping, and one sort of
   the instruction rows by (home block, place in the chain, row) lays them out.

4. an empty block that only branches on to another (its forwarding target)
   is skipped: its predecessors' ``br`` and ``switch`` edges go straight to the
   target, whose phis get the forwarded value once per such edge.  Where the
   target has phis, a block is skipped only when none of its predecessors
   already reaches the target, directly or through another skipped block (so
   no phi would need two values for one predecessor).

5. two-entry phis fold into selects (LLVM's FoldTwoEntryPHINode): where a
   head block ends in ``br i1 %c, T, F`` and the join J is reached through a
   triangle (one of T, F is J) or a diamond, the side blocks having the head as
   only predecessor and ``br label %J`` as terminator, J having exactly the two
   predecessor edges of the if and at most three phis (LLVM's limit), and the
   side blocks holding only instructions safe to run unconditionally (pure,
   no memory access, no trap: no division, load, call, alloca or phi) of cost
   at most 4 in all (LLVM's TwoEntryPHINodeFoldingThreshold; each instruction
   costs 1, but ``ptrtoint``, ``inttoptr``, ``bitcast`` and ``trunc``, free on a
   64-bit target, cost 0), the side blocks' code moves before the head's
   terminator, each phi of J becomes ``select i1 %c, vTrue, vFalse`` there (a
   phi with one value twice becomes that value), the head branches to J and
   the side blocks go; J then merges into the head in the next round.  No
   step leaves unreachable blocks for it, where a join could dominate its head.

6. triangles into a join with more than two predecessors are speculated
   (LLVM's SpeculativelyExecuteBB): where a head A ends in ``br i1 %c, B, J``
   (or its mirror; ``%c`` neither a constant nor an ``fcmp``), B has A as only
   predecessor, ends in ``br label %J`` and holds at most one speculatable
   instruction (LLVM's limit: "only speculatively execute a single
   instruction"; an instruction of A used only by B's code counts too, and a
   free cast counts as much as any), and J's phis need one or two selects
   (a select costs TCC_Basic without a target triple, against LLVM's budget of
   PHINodeFoldingThreshold = 2; a phi whose A and B values agree needs none,
   and with none needed LLVM does not speculate), B's instruction moves before
   A's terminator, then ``select i1 %c, vB, vA`` per phi that needs one, A
   branches to J, and each phi of J loses its A and B entries and gains one
   from A (last, where LLVM's leaves it); B and its debug records go.

Blocks whose address is taken (``blockaddress``) are never removed or merged.

Differs from LLVM's pass: forwarding blocks whose predecessors already reach
the target (LLVM allows it when the phi values agree), switch-to-compare and
-to-lookup-table conversions, dropping cases that go to the default, branch
threading, hoisting, sinking and the rest of LLVM's SimplifyCFG are not done
yet; a switch on a constant wider than 64 bits folds only when a case has the
condition's very constant (same text), as such values have no column; a branch
or switch folded here loses its metadata attachments.  The two-entry phi fold
uses a fixed cost table instead of the target's cost model (LLVM without a
target triple counts every cast; with x86's it also finds some ``zext`` free),
does not speculate divisions by a constant (LLVM does where they cannot
trap), ignores branch weights and ``!unpredictable``, drops fast-math flags of
float phis (the select is printed from columns), and also folds i1 phis fed
by binary operators or and/or-like selects, which LLVM leaves for switch
formation (though its SpeculativelyExecuteBB then often makes the same select
out of a triangle).  Speculation names its selects by number (LLVM:
``spec.select``), is tried only where J has more than two predecessors (LLVM
also speculates a triangle that FoldTwoEntryPHINode declined), skips LLVM's
checks for branch weights, for a constant expression among the phi values
(LLVM counts one as a speculated instruction), and for a phi value that
would be immediate undefined behaviour (LLVM then prefers to cut the edge),
and does not speculate stores or ephemeral (assume-only) values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np

from gpuopt.analysis.cfg import CFG, build_cfg
from gpuopt.analysis.dominators import UNREACHED, bfs_depth
from gpuopt.arrays import expand, segment_min
from gpuopt.ir import opcodes as op
from gpuopt.ir.module import (
    CONST_INT,
    KIND_LABEL,
    NAME_NONE,
    NAME_NUMBERED,
    TAG_BLOCK,
    TAG_CONSTANT,
    TAG_VALUE,
    Module,
)
from gpuopt.ir.rewrite import (
    NO_REPLACEMENT,
    append_operands,
    delete_blocks,
    delete_instructions,
    delete_operands,
    insert_instructions,
    operand_row,
    poison_constant,
    reorder_instructions,
    replace_uses,
    type_id,
    use_counts,
)

SWITCH = op.OPCODE_ID["switch"]

# Safe to execute speculatively (LLVM's isSafeToSpeculativelyExecute, restricted
# to what needs no proof): pure instructions that neither read memory nor trap.
# Integer division may trap; fdiv and frem are left out as too costly.
_UNSPECULATED = ("udiv", "sdiv", "urem", "srem", "fdiv", "frem", "phi", "alloca", "load")
SPECULATABLE = op.IS_PURE & ~np.isin(np.arange(op.N_OPCODES),
                                     [op.OPCODE_ID[name] for name in _UNSPECULATED])
# Casts that cost nothing on a 64-bit target (LLVM's x86 cost model agrees).
FREE_CAST = np.isin(np.arange(op.N_OPCODES),
                    [op.OPCODE_ID[name] for name in ("ptrtoint", "inttoptr", "bitcast", "trunc")])
# LLVM's TwoEntryPHINodeFoldingThreshold: speculated cost over both sides.
SPECULATION_BUDGET = 4
# LLVM folds a block's two-entry phis only when it has at most three.
MAX_FOLDED_PHIS = 3
# SpeculativelyExecuteBB: one instruction (LLVM's "Only speculatively execute a
# single instruction"), and selects costing at most PHINodeFoldingThreshold (2)
# times TCC_Basic, a select costing TCC_Basic without a target triple.
MAX_SPECULATED = 1
MAX_SPECULATION_SELECTS = 2
FCMP = op.OPCODE_ID["fcmp"]


@dataclass(frozen=True)
class SimplifyCFG:
    name: ClassVar[str] = "simplifycfg"
    llvm_class: ClassVar[str] = "SimplifyCFGPass"

    def apply(self, m: Module) -> tuple[Module, dict[str, int]]:
        totals = {"Number of branches folded": 0, "Number of unreachable blocks removed": 0,
                  "Number of blocks merged": 0, "Number of forwarding blocks skipped": 0,
                  "Number of two-entry phi blocks folded into selects": 0,
                  "Number of triangles speculated into their head": 0}
        for _ in range(m.n_instructions + 1):  # each round changes something or stops
            changed = 0
            for key, step in (("Number of branches folded", fold_constant_branches),
                              ("Number of unreachable blocks removed", remove_unreachable),
                              ("Number of blocks merged", merge_blocks),
                              ("Number of forwarding blocks skipped", skip_forwarding_blocks),
                              ("Number of two-entry phi blocks folded into selects",
                               fold_two_entry_phis),
                              ("Number of triangles speculated into their head",
                               speculate_triangles)):
                m, count = step(m)
                totals[key] += count
                changed += count
            if not changed:
                break
        return m, totals


def address_taken(m: Module) -> Any:
    """Blocks named by a blockaddress: in module lines, or anywhere but a
    terminator's successor list or a phi's incoming block."""
    xp = m.xp
    taken = xp.zeros(m.block_function.shape[0], dtype=bool)
    rows = [row for kind, payload in m.host.items if kind == "blockaddress"
            for row in payload[1]]
    if rows:
        taken[xp.asarray(rows)] = True
    owner_opcode = m.inst_opcode[m.operand_owner].astype(xp.int32)
    other = (m.operand_tag == TAG_BLOCK) & ~xp.asarray(op.IS_TERMINATOR)[owner_opcode] \
        & (owner_opcode != op.PHI)
    taken[m.operand_ref[other]] = True
    return taken


def drop_phi_entries(m: Module, pred: Any, block: Any, how_many: Any) -> Module:
    """Remove ``how_many[k]`` incoming entries for predecessor ``pred[k]`` from every
    phi of ``block[k]`` (several edges from one predecessor mean as many entries)."""
    xp = m.xp
    n_blocks = m.block_function.shape[0]
    if pred.shape[0] == 0:
        return m
    edge_key = block.astype(xp.int64) * n_blocks + pred
    order = xp.argsort(edge_key)
    edge_key, how_many = edge_key[order], how_many[order]
    is_entry_block = (m.operand_tag == TAG_BLOCK) & (m.inst_opcode[m.operand_owner] == op.PHI)
    rows = xp.flatnonzero(is_entry_block)
    owner = m.operand_owner[rows].astype(xp.int64)
    key = m.inst_block[owner].astype(xp.int64) * n_blocks + m.operand_ref[rows]
    position = xp.searchsorted(edge_key, key)
    safe = xp.minimum(position, max(edge_key.shape[0] - 1, 0))
    hit = edge_key[safe] == key
    # rank of each entry among the same phi's entries for the same predecessor
    group = owner * n_blocks + m.operand_ref[rows]
    group_order = xp.argsort(group * (rows.shape[0] + 1) + xp.arange(rows.shape[0]))
    sorted_group = group[group_order]
    first = xp.searchsorted(sorted_group, sorted_group)
    rank = xp.empty(rows.shape[0], dtype=xp.int64)
    rank[group_order] = xp.arange(rows.shape[0]) - first
    drop = hit & (rank < how_many[safe])
    keep = xp.ones(m.operand_tag.shape[0], dtype=bool)
    keep[rows[drop]] = False
    keep[rows[drop] - 1] = False  # the value that goes with the block
    return delete_operands(m, keep)


def _terminators(m: Module) -> Any:
    return (m.block_first_inst + m.block_inst_count - 1).astype(m.xp.int64)


def _branches(m: Module) -> tuple[Any, Any, Any, Any, Any, Any, Any, Any]:
    """Per block: its terminator row, that row's first operand row, whether it
    is a conditional or an unconditional ``br``, its first operand's tag and
    ref (the condition, or the only target), and a conditional br's true and
    false blocks (0 for other terminators)."""
    xp = m.xp
    term = _terminators(m)
    start = m.inst_operand_start[term].astype(xp.int64)
    is_br = m.inst_opcode[term] == op.BR
    conditional = is_br & (m.inst_operand_count[term] == 3)
    unconditional = is_br & (m.inst_operand_count[term] == 1)
    first = operand_row(m, start)
    true_block = xp.where(conditional, m.operand_ref[operand_row(m, start, 1)], 0)
    false_block = xp.where(conditional, m.operand_ref[operand_row(m, start, 2)], 0)
    return (term, start, conditional, unconditional, m.operand_tag[first],
            m.operand_ref[first].astype(xp.int64), true_block.astype(xp.int64),
            false_block.astype(xp.int64))


def fold_constant_branches(m: Module) -> tuple[Module, int]:
    """``br`` and ``switch`` terminators with one possible destination become
    ``br label %dest``; the edges that go take their phi entries along."""
    xp = m.xp
    if m.operand_tag.shape[0] == 0:  # no operands, no branches
        return m, 0
    if m.constant_type.shape[0] == 0:  # constant row 0 stands in for non-constants below
        m, _ = poison_constant(m)
    term = _terminators(m)
    start = m.inst_operand_start[term]
    conditional = (m.inst_opcode[term] == op.BR) & (m.inst_operand_count[term] == 3)
    condition = xp.where(conditional, start, 0)
    constant = conditional & (m.operand_tag[condition] == TAG_CONSTANT)
    constant_ref = xp.where(constant, m.operand_ref[condition], 0)
    constant &= m.constant_kind[constant_ref] == CONST_INT
    taken = m.constant_value[constant_ref] != 0
    br_destination = xp.where(taken, m.operand_ref[operand_row(m, start, 1)],
                              m.operand_ref[operand_row(m, start, 2)])
    switch_folds, switch_destination = _switch_destinations(m)
    folds = constant | switch_folds[term]
    folding = xp.flatnonzero(folds)
    if folding.shape[0] == 0:
        return m, 0
    rows = term[folding]
    chosen = xp.where(constant, br_destination, switch_destination[term])[folding]
    m = _drop_folded_edges(m, rows, chosen)
    m, label = type_id(m, "label", KIND_LABEL)
    k = int(folding.shape[0])
    minus_one = xp.full(k, -1, dtype=xp.int32)
    m, index = insert_instructions(
        m, rows, {"inst_opcode": xp.full(k, op.BR, dtype=xp.int16),
                  "inst_type": xp.full(k, -1, dtype=xp.int32), "inst_aux_type": minus_one,
                  "inst_block": folding, "inst_function": m.block_function[folding],
                  "inst_flags": xp.zeros(k, dtype=xp.int16), "inst_predicate": minus_one,
                  "inst_name": xp.full(k, NAME_NONE, dtype=xp.int32),
                  "inst_template": minus_one, "inst_shape": minus_one},
        xp.arange(k), xp.full(k, TAG_BLOCK), chosen, xp.full(k, label))
    keep = xp.ones(m.n_instructions, dtype=bool)
    keep[index[rows]] = False
    return delete_instructions(m, keep), k


def _switch_destinations(m: Module) -> tuple[Any, Any]:
    """Per instruction: whether it is a ``switch`` with one possible destination,
    and that block.  Operands are condition, default, then (case value, case
    block) pairs; every case value of every switch is compared with its
    condition at once.  Needs a nonempty constant table (row 0 stands in).

    A constant condition goes to the case with an equal value, else to the
    default; a switch whose cases all go to the default goes there whatever
    its condition.  Integers of at most 64 bits compare by value; wider ones
    (no value column) only by constant row, which is exact for a match
    (equal text, equal value) but proves no mismatch, so such a switch
    without a matching case stays.
    """
    xp = m.xp
    n = m.n_instructions
    folds = xp.zeros(n, dtype=bool)
    destination = xp.zeros(n, dtype=xp.int64)
    total = int(m.operand_tag.shape[0])
    if total == 0:
        return folds, destination
    is_switch = m.inst_opcode == SWITCH
    tag, ref = m.operand_tag, m.operand_ref.astype(xp.int64)
    owner = m.operand_owner.astype(xp.int64)
    start = m.inst_operand_start.astype(xp.int64)
    rows = xp.arange(total, dtype=xp.int64)
    position = rows - start[owner]
    case = is_switch[owner] & (position >= 2) & (position % 2 == 0)
    # the condition of each instruction (operand 0), as a constant where it is one
    condition = operand_row(m, start)
    condition_constant = (m.operand_tag[condition] == TAG_CONSTANT) & (m.inst_operand_count > 0)
    condition_ref = xp.where(condition_constant, m.operand_ref[condition], 0)
    condition_int = condition_constant & (m.constant_kind[condition_ref] == CONST_INT)
    default = m.operand_ref[operand_row(m, start, 1)].astype(xp.int64)
    # every case value against its switch's condition
    case_constant = tag == TAG_CONSTANT
    case_ref = xp.where(case_constant, ref, 0)
    comparable = case & case_constant & condition_int[owner] \
        & (m.constant_kind[case_ref] == CONST_INT)
    width = m.type_width[xp.maximum(m.operand_type, 0)].astype(xp.int64)
    mask = xp.where(width >= 64, -1, (xp.int64(1) << xp.clip(width, 0, 63)) - 1)
    same_bits = ((m.constant_value[case_ref] ^ m.constant_value[condition_ref[owner]])
                 & mask) == 0
    match = case & case_constant & condition_constant[owner] & (
        (case_ref == condition_ref[owner]) | (comparable & same_bits))
    label = operand_row(m, rows, 1)
    none = total
    matched = segment_min(xp, xp.where(match, label, none), owner, n, none)
    any_match = matched < none
    undecided = xp.bincount(owner[case & ~comparable], minlength=n)[:n]
    elsewhere = xp.bincount(owner[case & (ref[label] != default[owner])], minlength=n)[:n]
    folds = is_switch & (any_match | (condition_int & (undecided == 0)) | (elsewhere == 0))
    destination = xp.where(any_match, ref[xp.minimum(matched, total - 1)], default)
    return folds, destination


def _drop_folded_edges(m: Module, rows: Any, destination: Any) -> Module:
    """The phi entries of every edge of terminators ``rows`` but the first to
    ``destination`` (the one the new ``br`` keeps)."""
    xp = m.xp
    n = m.n_instructions
    n_blocks = m.block_function.shape[0]
    folded = xp.zeros(n, dtype=bool)
    folded[rows] = True
    target = xp.full(n, -1, dtype=xp.int64)
    target[rows] = destination
    edge = xp.flatnonzero((m.operand_tag == TAG_BLOCK) & folded[m.operand_owner])
    owner = m.operand_owner[edge]
    none = int(m.operand_tag.shape[0])
    kept = segment_min(xp, xp.where(m.operand_ref[edge] == target[owner], edge, none),
                       owner, n, none)
    gone = edge != kept[owner]
    if not bool(gone.any()):
        return m
    pairs, counts = xp.unique(m.operand_ref[edge[gone]].astype(xp.int64) * n_blocks
                              + m.inst_block[owner[gone]], return_counts=True)
    return drop_phi_entries(m, pairs % n_blocks, pairs // n_blocks, counts)


def remove_unreachable(m: Module) -> tuple[Module, int]:
    xp = m.xp
    cfg = build_cfg(m)
    taken = address_taken(m)
    reachable = bfs_depth(xp, cfg, cfg.entry | taken) < UNREACHED
    if bool(reachable.all()):
        return m, 0
    dead = ~reachable
    m = _drop_edges_from(m, cfg, dead)
    m = delete_instructions(m, ~dead[m.inst_block])
    return delete_blocks(m, reachable), int(dead.sum())


def _drop_edges_from(m: Module, cfg: CFG, dead: Any) -> Module:
    """Phi entries that dead blocks gave to live ones."""
    xp = m.xp
    leaving = dead[cfg.edge_source] & ~dead[cfg.edge_target]
    if not bool(leaving.any()):
        return m
    n = cfg.n_blocks
    pairs, counts = xp.unique(cfg.edge_target[leaving].astype(xp.int64) * n
                              + cfg.edge_source[leaving], return_counts=True)
    return drop_phi_entries(m, pairs % n, pairs // n, counts)


def merge_blocks(m: Module) -> tuple[Module, int]:
    xp = m.xp
    cfg = build_cfg(m)
    n_blocks = cfg.n_blocks
    if cfg.edge_source.shape[0] == 0:
        return m, 0
    term = _terminators(m)
    unconditional = (m.inst_opcode[term] == op.BR) & (m.inst_operand_count[term] == 1)
    single = cfg.predecessor_count == 1
    pred = xp.where(single, cfg.edge_source[cfg.predecessor_edge[
        xp.minimum(cfg.predecessor_start, cfg.edge_source.shape[0] - 1)]], -1)
    blocks = xp.arange(n_blocks, dtype=xp.int64)
    mergeable = single & ~cfg.entry & ~address_taken(m) & (pred != blocks)
    mergeable &= unconditional[xp.maximum(pred, 0)]
    if not bool(mergeable.any()):
        return m, 0
    # Final home and place in the chain: pointer jumping up the merge links.
    home = xp.where(mergeable, pred, blocks).astype(xp.int64)
    depth = mergeable.astype(xp.int64)
    for _ in range(64):  # doubling: log2 of the longest chain
        next_home = home[home]
        if not bool((next_home != home).any()):
            break
        depth = depth + depth[home]
        home = next_home
    # A cycle of merges is an unreachable loop: the previous step removed those.

    opcode = m.inst_opcode
    in_merged = mergeable[m.inst_block]
    phis = xp.flatnonzero(in_merged & (opcode == op.PHI))
    replacement_tag = xp.full(m.n_instructions, NO_REPLACEMENT, dtype=xp.int32)
    replacement_ref = xp.zeros(m.n_instructions, dtype=xp.int32)
    replacement_tag[phis] = m.operand_tag[m.inst_operand_start[phis]]
    replacement_ref[phis] = m.operand_ref[m.inst_operand_start[phis]]
    m = replace_uses(m, replacement_tag, replacement_ref)
    # successors' phis now come from the home block
    entry_of_phi = (m.operand_tag == TAG_BLOCK) & (m.inst_opcode[m.operand_owner] == op.PHI)
    target = xp.where(entry_of_phi, m.operand_ref, 0)
    m = m.with_columns(operand_ref=xp.where(entry_of_phi & mergeable[target], home[target],
                                            m.operand_ref).astype(xp.int32))
    keep = xp.ones(m.n_instructions, dtype=bool)
    keep[phis] = False
    keep[term[pred[xp.flatnonzero(mergeable)]]] = False
    new_block = home[m.inst_block].astype(xp.int32)
    chain = depth[m.inst_block]
    m = m.with_columns(inst_block=new_block)
    m = delete_instructions(m, keep)
    order = xp.lexsort(xp.stack((xp.arange(m.n_instructions), chain[keep],
                                 m.inst_block.astype(xp.int64))))
    m = reorder_instructions(m, order)
    return delete_blocks(m, ~mergeable), int(mergeable.sum())


def skip_forwarding_blocks(m: Module) -> tuple[Module, int]:
    xp = m.xp
    cfg = build_cfg(m)
    n_blocks = cfg.n_blocks
    if cfg.edge_source.shape[0] == 0:
        return m, 0
    term = _terminators(m)
    opcode = m.inst_opcode
    debug = xp.bincount(m.inst_block[opcode == op.DBG_RECORD], minlength=n_blocks)[:n_blocks]
    only_branch = (m.block_inst_count - debug == 1) & (opcode[term] == op.BR) \
        & (m.inst_operand_count[term] == 1)
    target = xp.where(only_branch, m.operand_ref[operand_row(m, m.inst_operand_start[term])],
                      -1).astype(xp.int64)
    blocks = xp.arange(n_blocks, dtype=xp.int64)
    candidate = only_branch & ~cfg.entry & ~address_taken(m) & (target != blocks) \
        & (cfg.predecessor_count > 0)
    candidate &= ~candidate[xp.maximum(target, 0)]  # one link of a chain per round
    # every predecessor edge must come from a br or a switch
    source_opcode = opcode[term[cfg.edge_source]]
    plain = (source_opcode == op.BR) | (source_opcode == SWITCH)
    bad_pred = xp.bincount(cfg.edge_target[~plain], minlength=n_blocks)[:n_blocks] > 0
    candidate &= ~bad_pred
    has_phi = xp.zeros(n_blocks, dtype=bool)
    has_phi[m.inst_block[opcode == op.PHI]] = True
    # Where the target has phis: no predecessor may reach it twice (directly, or
    # through two skipped blocks).
    into = candidate[cfg.edge_target] & has_phi[target[cfg.edge_target]]
    new_pair = target[cfg.edge_target[into]] * n_blocks + cfg.edge_source[into]
    existing = xp.unique(cfg.edge_target.astype(xp.int64) * n_blocks + cfg.edge_source)
    pair_owner = cfg.edge_target[into].astype(xp.int64)
    distinct = xp.unique(new_pair * n_blocks + pair_owner)
    pair_of_distinct = distinct // n_blocks
    keys, counts = xp.unique(pair_of_distinct, return_counts=True)
    shared = keys[counts > 1]
    clash = xp.isin(new_pair, existing) | xp.isin(new_pair, shared)
    candidate[pair_owner[clash]] = False
    if not bool(candidate.any()):
        return m, 0

    # phis of targets: the skipped block's entry becomes one entry per edge into it
    is_block = m.operand_tag == TAG_BLOCK
    named = xp.where(is_block, m.operand_ref, 0)
    entry_block = is_block & (opcode[m.operand_owner] == op.PHI)
    forwarded_entry = xp.flatnonzero(entry_block & candidate[named]).astype(xp.int64)
    skipped = m.operand_ref[forwarded_entry].astype(xp.int64)
    in_count = cfg.predecessor_count[skipped].astype(xp.int64)
    which, position = expand(xp, cfg.predecessor_start[skipped].astype(xp.int64), in_count)
    pred = cfg.edge_source[cfg.predecessor_edge[position]]
    value_operand = forwarded_entry[which] - 1
    keep_operand = xp.ones(m.operand_tag.shape[0], dtype=bool)
    keep_operand[forwarded_entry] = False
    keep_operand[forwarded_entry - 1] = False
    owner = m.operand_owner[forwarded_entry[which]]
    pairs = which.shape[0]
    new_owner = xp.repeat(owner, 2)
    new_tag = xp.stack((m.operand_tag[value_operand].astype(xp.int32),
                        xp.full(pairs, TAG_BLOCK, dtype=xp.int32)), 1).ravel()
    new_ref = xp.stack((m.operand_ref[value_operand].astype(xp.int64),
                        pred.astype(xp.int64)), 1).ravel()
    new_type = xp.stack((m.operand_type[value_operand],
                         m.operand_type[forwarded_entry[which]]), 1).ravel()
    # terminators of predecessors now branch to the target
    edge_operand = is_block & xp.asarray(op.IS_TERMINATOR)[
        opcode[m.operand_owner].astype(xp.int32)] & candidate[named]
    m = m.with_columns(operand_ref=xp.where(edge_operand, target[named], m.operand_ref)
                       .astype(xp.int32))
    m = append_operands(delete_operands(m, keep_operand), new_owner, new_tag, new_ref, new_type)
    m = delete_instructions(m, ~candidate[m.inst_block])
    return delete_blocks(m, ~candidate), int(candidate.sum())


def fold_two_entry_phis(m: Module) -> tuple[Module, int]:
    """LLVM's FoldTwoEntryPHINode: an if (triangle or diamond) whose side blocks
    are cheap and safe to run unconditionally becomes straight-line code, each
    phi of the join a ``select`` on the branch condition.

    A head block ``br i1 %c, T, F`` (``%c`` not a constant, T and F distinct)
    folds when its side blocks (T and F in a diamond; the one of them that is
    not the join in a triangle) have the head as their only predecessor, end in
    ``br label %J``, are neither entry nor address-taken, and hold only
    speculatable instructions (and debug records) of total cost at most
    ``SPECULATION_BUDGET``; and the join J (not the head) has exactly those two
    predecessors and 1 to ``MAX_FOLDED_PHIS`` phis, each with two entries.
    The side blocks' instructions move before the head's terminator (in the
    order of the first phi's incoming blocks, as LLVM), then one select per
    phi (a phi with one value twice becomes that value), and the head branches
    to J; the side blocks go, and J merges up in the next merge step.  No two
    folds of one round touch the same block but as head of one and join of the
    other, which composes: the join's phis go to selects in their own head.
    """
    xp = m.xp
    cfg = build_cfg(m)
    n_blocks = cfg.n_blocks
    if cfg.edge_source.shape[0] == 0:
        return m, 0
    n = m.n_instructions
    opcode = m.inst_opcode.astype(xp.int32)
    term, start, conditional, unconditional, first_tag, first_ref, true_block, false_block = \
        _branches(m)
    constant_condition = first_tag == TAG_CONSTANT

    # per block: phis, phis without exactly two entries, rows not speculatable, cost
    rows = xp.arange(n, dtype=xp.int64)
    is_phi = opcode == op.PHI
    is_debug = opcode == op.DBG_RECORD
    speculatable = xp.asarray(SPECULATABLE)[opcode]
    is_term = rows == term[m.inst_block]
    blocks_of = m.inst_block

    def per_block(mask: Any) -> Any:
        return xp.bincount(blocks_of[mask], minlength=n_blocks)[:n_blocks]

    phi_count = per_block(is_phi)
    odd_phis = per_block(is_phi & (m.inst_operand_count != 4))
    blocked = per_block(~speculatable & ~is_debug & ~is_term)
    cost = per_block(speculatable & ~xp.asarray(FREE_CAST)[opcode] & ~is_term)
    side = (cfg.predecessor_count == 1) & unconditional & ~cfg.entry & ~address_taken(m) \
        & (blocked == 0)
    join_of_side = xp.where(side, first_ref, -1)

    # heads: triangles through the true side or the false side, and diamonds
    heads = xp.arange(n_blocks, dtype=xp.int64)
    true_side = conditional & side[true_block]
    false_side = conditional & side[false_block]
    diamond = true_side & false_side & (join_of_side[true_block] == join_of_side[false_block])
    via_true = true_side & ~diamond & (join_of_side[true_block] == false_block)
    via_false = false_side & ~diamond & ~via_true & (join_of_side[false_block] == true_block)
    join = xp.where(diamond | via_true, join_of_side[true_block], true_block)
    spent = xp.where(diamond | via_true, cost[true_block], 0) \
        + xp.where(diamond | via_false, cost[false_block], 0)
    fold = (diamond | via_true | via_false) & ~constant_condition & (true_block != false_block)
    fold &= (join != heads) & (cfg.predecessor_count[join] == 2) & (phi_count[join] > 0) \
        & (phi_count[join] <= MAX_FOLDED_PHIS) & (odd_phis[join] == 0) \
        & (spent <= SPECULATION_BUDGET)
    folding = xp.flatnonzero(fold)
    if folding.shape[0] == 0:
        return m, 0
    first_phi_block = m.operand_ref[m.inst_operand_start[m.block_first_inst[join[folding]]] + 1]
    true_pred = xp.where(via_false, heads, true_block)  # J's predecessor on the true side

    # every phi of every join: its value on the true side and on the false side
    head_of_join = xp.full(n_blocks, -1, dtype=xp.int64)
    head_of_join[join[folding]] = folding
    phis = xp.flatnonzero(is_phi & (head_of_join[blocks_of] >= 0))
    head = head_of_join[blocks_of[phis]]
    phi_start = m.inst_operand_start[phis].astype(xp.int64)
    first_true = m.operand_ref[phi_start + 1] == true_pred[head]
    true_value = xp.where(first_true, phi_start, phi_start + 2)
    false_value = xp.where(first_true, phi_start + 2, phi_start)
    tag, ref = m.operand_tag, m.operand_ref
    same = _same_values(m, phi_start, phi_start + 2)
    selecting = xp.flatnonzero(~same)

    # insert the selects, then a ``br label %J``, before each head's terminator
    m, label = type_id(m, "label", KIND_LABEL)
    s, k = int(selecting.shape[0]), int(folding.shape[0])
    select_head = head[selecting]
    condition = start[select_head]
    before = xp.concatenate((term[select_head], term[folding]))
    minus_one = xp.full(s + k, -1, dtype=xp.int32)
    new = {"inst_opcode": xp.concatenate((xp.full(s, op.SELECT), xp.full(k, op.BR))),
           "inst_type": xp.concatenate((m.inst_type[phis[selecting]], xp.full(k, -1))),
           "inst_aux_type": minus_one,
           "inst_block": xp.concatenate((select_head, folding)),
           "inst_function": m.block_function[xp.concatenate((select_head, folding))],
           "inst_flags": xp.zeros(s + k, dtype=xp.int16), "inst_predicate": minus_one,
           "inst_name": xp.concatenate((m.inst_name[phis[selecting]],
                                        xp.full(k, NAME_NONE))),
           "inst_template": minus_one, "inst_shape": minus_one}
    operands = xp.stack((condition, true_value[selecting], false_value[selecting]), 1).ravel()
    owner = xp.concatenate((xp.repeat(xp.arange(s), 3), s + xp.arange(k)))
    m, index = insert_instructions(
        m, before, new, owner,
        xp.concatenate((tag[operands], xp.full(k, TAG_BLOCK))),
        xp.concatenate((ref[operands], join[folding])),
        xp.concatenate((m.operand_type[operands], xp.full(k, label))))

    # phis become their select (or their one value); old branches go
    phi_rows = index[phis]
    value_row = m.inst_operand_start[phi_rows]
    replacement_tag = xp.full(m.n_instructions, NO_REPLACEMENT, dtype=xp.int32)
    replacement_ref = xp.zeros(m.n_instructions, dtype=xp.int32)
    replacement_tag[phi_rows] = m.operand_tag[value_row]
    replacement_ref[phi_rows] = m.operand_ref[value_row]
    replacement_tag[phi_rows[selecting]] = TAG_VALUE
    replacement_ref[phi_rows[selecting]] = index[n:n + s]
    m = replace_uses(m, replacement_tag, replacement_ref)
    # the side blocks, each with its head as new home
    true_heads = folding[(diamond | via_true)[folding]]
    false_heads = folding[(diamond | via_false)[folding]]
    moved = xp.zeros(n_blocks, dtype=bool)
    moved[true_block[true_heads]] = True
    moved[false_block[false_heads]] = True
    home = xp.arange(n_blocks, dtype=xp.int64)
    home[true_block[true_heads]] = true_heads
    home[false_block[false_heads]] = false_heads
    keep = xp.ones(m.n_instructions, dtype=bool)
    keep[phi_rows] = False
    keep[index[term[folding]]] = False
    keep[index[term[moved]]] = False
    added = xp.zeros(m.n_instructions, dtype=bool)
    added[index[n:]] = True
    m = delete_instructions(m, keep)
    added = added[keep]

    # side blocks' rows move up to their head, before the selects and the br;
    # the first phi's first incoming block goes first
    place = xp.full(n_blocks, 2, dtype=xp.int64)
    place[first_phi_block] = 1
    block = m.inst_block.astype(xp.int64)
    group = xp.where(moved[block], place[block], xp.where(added, 3, 0))
    m = m.with_columns(inst_block=home[block].astype(m.inst_block.dtype))
    order = xp.lexsort(xp.stack((xp.arange(m.n_instructions), group,
                                 m.inst_block.astype(xp.int64))))
    m = reorder_instructions(m, order)
    return delete_blocks(m, ~moved), k


def _same_values(m: Module, left: Any, right: Any) -> Any:
    """Whether operand rows ``left[k]`` and ``right[k]`` name the same value (the
    same reference, or integer constants of one type and value)."""
    xp = m.xp
    tag, ref = m.operand_tag, m.operand_ref
    same = (tag[left] == tag[right]) & (ref[left] == ref[right])
    constant = (tag[left] == TAG_CONSTANT) & (tag[right] == TAG_CONSTANT)
    left_ref = xp.where(constant, ref[left], 0)
    right_ref = xp.where(constant, ref[right], 0)
    return same | (constant & (m.constant_kind[left_ref] == CONST_INT)
                   & (m.constant_kind[right_ref] == CONST_INT)
                   & (m.constant_type[left_ref] == m.constant_type[right_ref])
                   & (m.constant_value[left_ref] == m.constant_value[right_ref]))


def speculate_triangles(m: Module) -> tuple[Module, int]:
    """LLVM's SpeculativelyExecuteBB for triangles whose join has further
    predecessors: the then-block's code moves up into the head, each phi of the
    join takes ``select i1 %c, vThen, vHead`` for the head's entry and loses
    the then-block's, and the head branches to the join.

    A head A ``br i1 %c, B, J`` (or ``br i1 %c, J, B``; ``%c`` neither a
    constant nor an ``fcmp``) speculates B when B has A as only predecessor,
    ends in ``br label %J``, is neither entry nor address-taken, and holds at
    most ``MAX_SPECULATED`` speculatable instructions besides debug records,
    counting an instruction of A used only by B's code (LLVM keeps such a
    value sinkable); J (not A) has more than two predecessors, and its phis
    need 1 to ``MAX_SPECULATION_SELECTS`` selects (phis whose A and B values
    agree need none; LLVM speculates only for a select).  B's debug records go
    (LLVM drops them too); B's instructions go before A's terminator, then the
    selects, then ``br label %J``.  Distinct heads of one join, or a head that
    is another's join, touch distinct phi entries and blocks, so every
    speculation of a round composes.
    """
    xp = m.xp
    cfg = build_cfg(m)
    n_blocks = cfg.n_blocks
    if cfg.edge_source.shape[0] == 0:
        return m, 0
    n = m.n_instructions
    opcode = m.inst_opcode.astype(xp.int32)
    term, start, conditional, unconditional, first_tag, first_ref, true_block, false_block = \
        _branches(m)
    condition_value = first_tag == TAG_VALUE
    fcmp_condition = condition_value & (opcode[xp.where(condition_value, first_ref, 0)] == FCMP)
    plain_condition = (first_tag != TAG_CONSTANT) & ~fcmp_condition

    # then-blocks: speculatable code, counted; heads whose other successor is the join
    rows = xp.arange(n, dtype=xp.int64)
    blocks_of = m.inst_block
    body = (opcode != op.DBG_RECORD) & (rows != term[blocks_of])
    speculatable = xp.asarray(SPECULATABLE)[opcode]

    def per_block(mask: Any) -> Any:
        return xp.bincount(blocks_of[mask], minlength=n_blocks)[:n_blocks]

    count = per_block(body)
    then_like = (cfg.predecessor_count == 1) & unconditional & ~cfg.entry & ~address_taken(m) \
        & (per_block(body & ~speculatable) == 0) & (count <= MAX_SPECULATED)
    join_of = xp.where(then_like, first_ref, -1)
    heads = xp.arange(n_blocks, dtype=xp.int64)
    via_true = conditional & then_like[true_block] & (join_of[true_block] == false_block)
    via_false = conditional & ~via_true & then_like[false_block] \
        & (join_of[false_block] == true_block)
    then_block = xp.where(via_true, true_block, false_block)
    join = xp.where(via_true, false_block, true_block)
    candidate = (via_true | via_false) & plain_condition & (true_block != false_block) \
        & (join != heads) & (cfg.predecessor_count[join] > 2)
    if not bool(candidate.any()):
        return m, 0

    # LLVM counts an instruction of the head used only by the then-block's code
    # (one that could sink there) as speculated too
    head_of_then = xp.full(n_blocks, -1, dtype=xp.int64)
    head_of_then[then_block[candidate]] = heads[candidate]
    owner = m.operand_owner.astype(xp.int64)
    user_head = xp.where(body[owner], head_of_then[blocks_of[owner]], -1)
    used = m.operand_tag == TAG_VALUE
    used_ref = xp.where(used, m.operand_ref, 0).astype(xp.int64)
    quiet = xp.asarray(op.IS_PURE)[opcode] & ((m.inst_flags & op.FLAG_ORDERED) == 0)
    sinkable_use = used & (user_head >= 0) & (blocks_of[used_ref] == user_head) \
        & quiet[used_ref]
    sink_uses = xp.bincount(used_ref[sinkable_use], minlength=n)[:n]
    sinks = per_block((sink_uses > 0) & (sink_uses == use_counts(m)))
    candidate &= count[then_block] + sinks <= MAX_SPECULATED

    # every phi entry of a join for a candidate head, and the then-block's entry
    # of the same phi (found by a sorted (phi, block) key)
    entry = xp.flatnonzero((m.operand_tag == TAG_BLOCK) & (opcode[owner] == op.PHI))
    entry_phi = owner[entry]
    entry_block = m.operand_ref[entry].astype(xp.int64)
    keys = entry_phi * n_blocks + entry_block
    order = xp.argsort(keys)
    sorted_keys = keys[order]
    from_head = candidate[entry_block] & (join[entry_block] == blocks_of[entry_phi])
    head_entry = entry[from_head]
    head = entry_block[from_head]
    phi = entry_phi[from_head]
    wanted = phi * n_blocks + then_block[head]
    position = xp.minimum(xp.searchsorted(sorted_keys, wanted), max(keys.shape[0] - 1, 0))
    found = sorted_keys[position] == wanted
    then_entry = entry[order[position]]
    missing = xp.bincount(head[~found], minlength=n_blocks)[:n_blocks]
    differ = ~_same_values(m, head_entry - 1, then_entry - 1) & found
    selects = xp.bincount(head[differ], minlength=n_blocks)[:n_blocks]
    candidate &= (missing == 0) & (selects >= 1) & (selects <= MAX_SPECULATION_SELECTS)
    folding = xp.flatnonzero(candidate)
    if folding.shape[0] == 0:
        return m, 0
    taken = candidate[head]
    head_entry, then_entry, head, phi = (a[taken] for a in (head_entry, then_entry, head, phi))
    differ = differ[taken]

    # selects (then value on the branch's side of the then-block), then a
    # ``br label %J``, before each head's terminator
    m, label = type_id(m, "label", KIND_LABEL)
    selecting = xp.flatnonzero(differ)
    s, k = int(selecting.shape[0]), int(folding.shape[0])
    select_head = head[selecting]
    then_value, head_value = then_entry[selecting] - 1, head_entry[selecting] - 1
    true_value = xp.where(via_true[select_head], then_value, head_value)
    false_value = xp.where(via_true[select_head], head_value, then_value)
    operands = xp.stack((start[select_head], true_value, false_value), 1).ravel()
    placed = xp.concatenate((select_head, folding))
    minus_one = xp.full(s + k, -1, dtype=xp.int32)
    new = {"inst_opcode": xp.concatenate((xp.full(s, op.SELECT), xp.full(k, op.BR))),
           "inst_type": xp.concatenate((m.inst_type[phi[selecting]], xp.full(k, -1))),
           "inst_aux_type": minus_one, "inst_block": placed,
           "inst_function": m.block_function[placed],
           "inst_flags": xp.zeros(s + k, dtype=xp.int16), "inst_predicate": minus_one,
           "inst_name": xp.concatenate((xp.full(s, NAME_NUMBERED), xp.full(k, NAME_NONE))),
           "inst_template": minus_one, "inst_shape": minus_one}
    head_offset = head_entry - 1 - m.inst_operand_start[phi]
    then_offset = then_entry - 1 - m.inst_operand_start[phi]
    tag, ref = m.operand_tag, m.operand_ref
    m, index = insert_instructions(
        m, term[placed], new, xp.concatenate((xp.repeat(xp.arange(s), 3), s + xp.arange(k))),
        xp.concatenate((tag[operands], xp.full(k, TAG_BLOCK))),
        xp.concatenate((ref[operands], join[folding])),
        xp.concatenate((m.operand_type[operands], xp.full(k, label))))

    # the head's and the then-block's entries go; one entry from the head, its
    # select (or the agreed value), goes last (where LLVM's leaves it)
    phi_start = m.inst_operand_start[index[phi]].astype(xp.int64)
    value_tag = m.operand_tag[phi_start + head_offset].astype(xp.int32)
    value_ref = m.operand_ref[phi_start + head_offset].astype(xp.int64)
    value_tag[selecting] = TAG_VALUE
    value_ref[selecting] = index[n + xp.arange(s)]
    value_type = m.operand_type[phi_start + head_offset]
    block_type = m.operand_type[phi_start + head_offset + 1]
    keep_operand = xp.ones(m.operand_tag.shape[0], dtype=bool)
    for offset in (head_offset, then_offset):  # two entries, two operands each
        keep_operand[phi_start + offset] = False
        keep_operand[phi_start + offset + 1] = False
    m = delete_operands(m, keep_operand)
    e = int(phi.shape[0])
    m = append_operands(
        m, xp.repeat(index[phi], 2),
        xp.stack((value_tag, xp.full(e, TAG_BLOCK, dtype=xp.int32)), 1).ravel(),
        xp.stack((value_ref, head), 1).ravel(), xp.stack((value_type, block_type), 1).ravel())

    # then-blocks' code moves to its head before the selects; their debug
    # records and branches, and the heads' old branches, go
    moved = xp.zeros(n_blocks, dtype=bool)
    moved[then_block[folding]] = True
    home = heads.copy()
    home[then_block[folding]] = folding
    block = m.inst_block.astype(xp.int64)
    old_body = xp.zeros(m.n_instructions, dtype=bool)
    old_body[index[:n]] = body
    added = xp.zeros(m.n_instructions, dtype=bool)
    added[index[n:]] = True
    keep = ~moved[block] | old_body
    keep[index[term[folding]]] = False
    group = xp.where(moved[block], 1, xp.where(added, 2, 0))[keep]
    m = m.with_columns(inst_block=home[block].astype(m.inst_block.dtype))
    m = delete_instructions(m, keep)
    order = xp.lexsort(xp.stack((xp.arange(m.n_instructions), group,
                                 m.inst_block.astype(xp.int64))))
    m = reorder_instructions(m, order)
    return delete_blocks(m, ~moved), k
