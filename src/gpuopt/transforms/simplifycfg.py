"""simplifycfg: fold constant branches, drop unreachable blocks, merge blocks.

Assumes nothing about a block but its edges.  Rounds of three whole-module
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

Blocks whose address is taken (``blockaddress``) are never removed or merged.

Differs from LLVM's pass: forwarding blocks whose predecessors already reach
the target (LLVM allows it when the phi values agree), switch-to-compare and
-to-lookup-table conversions, dropping cases that go to the default, branch
threading, hoisting, sinking and the rest of LLVM's SimplifyCFG are not done
yet; a switch on a constant wider than 64 bits folds only when a case has the
condition's very constant (same text), as such values have no column; a branch
or switch folded here loses its metadata attachments.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from gpuopt.analysis.cfg import CFG, build_cfg
from gpuopt.analysis.dominators import UNREACHED, bfs_depth
from gpuopt.arrays import expand, segment_min
from gpuopt.ir import opcodes as op
from gpuopt.ir.module import CONST_INT, KIND_LABEL, NAME_NONE, TAG_BLOCK, TAG_CONSTANT, Module
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
)

SWITCH = op.OPCODE_ID["switch"]


@dataclass(frozen=True)
class SimplifyCFG:
    name: ClassVar[str] = "simplifycfg"
    llvm_class: ClassVar[str] = "SimplifyCFGPass"

    def apply(self, m: Module) -> tuple[Module, dict[str, int]]:
        totals = {"Number of branches folded": 0, "Number of unreachable blocks removed": 0,
                  "Number of blocks merged": 0, "Number of forwarding blocks skipped": 0}
        for _ in range(m.n_instructions + 1):  # each round changes something or stops
            changed = 0
            for key, step in (("Number of branches folded", fold_constant_branches),
                              ("Number of unreachable blocks removed", remove_unreachable),
                              ("Number of blocks merged", merge_blocks),
                              ("Number of forwarding blocks skipped", skip_forwarding_blocks)):
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
