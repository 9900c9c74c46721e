"""simplifycfg's switch steps: compares of one value against constants become
switches.

They work on value comparisons (LLVM's isValueEqualityComparison): a block's
terminator that is a ``switch`` on an integer of at most 64 bits (whose block
has fewer than 128 / successors predecessor edges), or a ``br`` on an ``icmp
eq``/``ne`` of such an integer with an integer constant, or on a ``trunc nuw``
of one to ``i1`` (the case ``0`` goes to the false side), the condition used by
that branch only.  Its cases are (value, destination) pairs and a default.

1. thread_comparisons (LLVM's simplifyEqualityComparisonWithOnlyPredecessor):
   a value comparison whose block's only predecessor edge comes from a
   comparison of the same value becomes ``br`` where that decides: to the
   destination of the one value the predecessor sends here (its default if
   unlisted), or, reached by the predecessor's default, a ``br`` whose case the
   predecessor lists goes to its default.  Dropped edges take their phi
   entries along, and a phi left with one value becomes it.
2. fold_comparisons_into_predecessors (LLVM's FoldValueComparisonIntoPredecessors):
   a block B that holds nothing but its value comparison (its ``icmp`` or
   ``trunc`` and ``br``, or its ``switch``; debug records aside), none of whose
   edges comes back to itself, folds into each predecessor P that compares the
   same value: P's terminator becomes one ``switch`` of both.  Where P's
   default goes to B, P keeps its cases to other blocks, B's cases for other
   values (not to B's default) follow, and B's default becomes P's; else
   the values P sends to B go where B sends them (B's default for those it
   does not list, in ascending order), after P's other cases.  P's cases that
   went to B leave the list as LLVM's swap-with-last erasure leaves it.  Each
   new edge P -> S gives S's phis an entry for P with their value for B; B,
   holding no phis, needs no entry removed.  P's old condition goes.  Layers
   repeat until none folds; in a layer a block folds into its predecessors
   before they fold into theirs (LLVM's block order along a chain), and into
   each P one B folds (the first in layout).
3. switch_from_compare_chains (LLVM's SimplifyBranchOnICmpChain with its
   ConstantComparesGatherer): a ``br`` on a tree of ``or`` (or ``select i1 a,
   i1 true, i1 b``) of compares, or of ``and`` (or ``select i1 a, i1 b, i1
   false``), all of one value and at least two, becomes a ``switch``: the
   distinct values that satisfy the or (fail the and), in LLVM's descending
   order, go to the branch's true (false) side, the rest to the other; that
   side's phis get one more entry per extra case, and the tree goes where
   unused.  A leaf is an equality of the chain's kind (``eq`` under or, ``ne``
   under and) with a constant, also through ``and X, ~2^z`` or ``or X, 2^z``
   (two values); another ``icmp`` with a constant, on X or ``add X, c``, whose
   region (complement under and) holds 1 to 8 values; or a ``trunc nuw``.

A new switch keeps the old terminator's ``!dbg`` attachment only; its text is
built on the host, one per new switch, as the printer builds lines.

Differs from LLVM: where a successor of both B and P has a phi with different
values for them, LLVM splits the edge first, here the fold waits; pointer
compares (LLVM switches on their ``ptrtoint``), compares through a ``ptrtoint``
and values over 64 bits are not folded; branch weights are dropped rather than
merged; a switch reached by its only predecessor's default keeps cases that
predecessor lists (LLVM removes them); compare chains allow no extra leaf of
another kind (LLVM tests one such first) and leave a full region of an i1 to
i3 alone; the ``br`` a threaded comparison becomes has no ``!dbg``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from gpuopt.arrays import exclusive_cumsum, expand, segment_min
from gpuopt.ir import opcodes as op
from gpuopt.ir.module import (
    CONST_INT,
    KIND_INT,
    KIND_LABEL,
    NAME_NONE,
    TAG_BLOCK,
    TAG_CONSTANT,
    TAG_VALUE,
    Module,
)
from gpuopt.ir.rewrite import (
    append_constants,
    append_operands,
    delete_instructions,
    insert_instructions,
    type_id,
)
from gpuopt.transforms.branch_common import drop_phi_entries
from gpuopt.transforms.branch_common import same_values as _same_values
from gpuopt.transforms.simplifycfg_host import build_cfg, per_module, use_counts
from gpuopt.transforms.unwind import fold_settled_phis

SWITCH = op.OPCODE_ID["switch"]
EQ, NE = op.ICMP_ID["eq"], op.ICMP_ID["ne"]
# LLVM merges a switch only into or from a block with fewer predecessor edges
# than this over the switch's successor count.
MERGE_BUDGET = 128
_DEBUG_ATTACHMENT = re.compile(r",\s*!dbg\s+![0-9]+")


@dataclass(frozen=True)
class Comparisons:
    """Per block: whether its terminator is a value comparison, the compared
    value, default destination, the ``br``'s condition row (-1 for a switch),
    and whether the block holds nothing else; and the cases of all of them,
    sorted by block then position (a constant row, or -1 for a ``trunc``'s 0;
    the value's bits; the destination), with each block's run."""

    compares: Any
    value_tag: Any
    value_ref: Any
    value_type: Any
    default: Any
    condition: Any
    only_compare: Any
    case_value: Any
    case_bits: Any
    case_dest: Any
    case_start: Any
    case_count: Any


@per_module
def _comparisons(m: Module) -> Comparisons:
    xp = m.xp
    n = m.n_instructions
    n_blocks = int(m.block_function.shape[0])
    opcode = m.inst_opcode.astype(xp.int32)
    tag, ref, kind = m.operand_tag, m.operand_ref.astype(xp.int64), m.operand_type
    last = max(int(tag.shape[0]) - 1, 0)

    def at(rows: Any) -> Any:
        return xp.minimum(rows, last)

    term = (m.block_first_inst + m.block_inst_count - 1).astype(xp.int64)
    start = m.inst_operand_start[term].astype(xp.int64)
    count = m.inst_operand_count[term].astype(xp.int64)
    is_switch = opcode[term] == SWITCH
    branch = (opcode[term] == op.BR) & (count == 3)
    # the br's condition: an icmp eq/ne with a constant, or a trunc nuw, used once
    has_condition = branch & (tag[at(start)] == TAG_VALUE)
    condition = xp.where(has_condition, ref[at(start)], 0)
    used_once = has_condition & (use_counts(m)[condition] == 1)
    condition_start = m.inst_operand_start[condition].astype(xp.int64)
    predicate = m.inst_predicate[condition]
    icmp = used_once & (opcode[condition] == op.ICMP) & ((predicate == EQ) | (predicate == NE)) \
        & (tag[at(condition_start + 1)] == TAG_CONSTANT)
    constant = xp.where(icmp, ref[at(condition_start + 1)], 0)
    icmp &= m.constant_kind[constant] == CONST_INT
    trunc = used_once & (opcode[condition] == op.TRUNC) \
        & ((m.inst_flags[condition] & op.FLAG_NUW) != 0)
    value_row = at(xp.where(is_switch, start, condition_start))
    value_type = kind[value_row]
    integer = (m.type_kind[xp.maximum(value_type, 0)] == KIND_INT) & (value_type >= 0) \
        & (m.type_width[xp.maximum(value_type, 0)] <= 64) & (tag[value_row] != TAG_CONSTANT)
    cases_of_switch = xp.where(is_switch, (count - 2) // 2, 0)
    cfg = build_cfg(m)
    few_predecessors = cfg.predecessor_count < MERGE_BUDGET // (cases_of_switch + 1)
    compares = integer & ((is_switch & few_predecessors) | icmp | trunc)
    # an icmp eq (and only it) sends its case to the true side
    equal = icmp & (predicate == EQ)
    true_block = ref[at(start + 1)]
    false_block = ref[at(start + 2)]
    default = xp.where(is_switch, true_block, xp.where(equal, false_block, true_block))
    default = xp.where(compares, default, -1)

    # blocks that hold nothing but the comparison (debug records aside) and
    # have no edge back to themselves
    rows = xp.arange(n, dtype=xp.int64)
    block = m.inst_block.astype(xp.int64)
    real = opcode != op.DBG_RECORD
    real_count = xp.bincount(block[real], minlength=n_blocks)[:n_blocks]
    first_real = segment_min(xp, xp.where(real, rows, n), block, n_blocks, n)
    self_edge = xp.zeros(n_blocks, dtype=bool)
    self_edge[cfg.edge_source[cfg.edge_source == cfg.edge_target]] = True
    only_compare = compares & ~self_edge & (
        (real_count == 1) | ((real_count == 2) & branch & (first_real == condition)))

    # the cases: a switch's (value, block) operand pairs, a br's one
    owner = m.operand_owner.astype(xp.int64)
    owner_block = block[owner]
    position = xp.arange(tag.shape[0], dtype=xp.int64) - m.inst_operand_start[owner]
    switch_case = xp.flatnonzero((opcode[owner] == SWITCH) & compares[owner_block]
                                 & (owner == term[owner_block]) & (position >= 2)
                                 & (position % 2 == 0))
    branches = xp.flatnonzero(compares & ~is_switch)
    case_block = xp.concatenate((owner_block[switch_case], branches))
    case_position = xp.concatenate(((position[switch_case] - 2) // 2,
                                    xp.zeros(branches.shape[0], dtype=xp.int64)))
    case_value = xp.concatenate((ref[switch_case], xp.where(icmp[branches],
                                                             constant[branches], -1)))
    case_dest = xp.concatenate((ref[at(switch_case + 1)],
                                xp.where(equal[branches], true_block[branches],
                                         false_block[branches])))
    order = xp.lexsort(xp.stack((case_position, case_block)))
    case_block, case_value, case_dest = case_block[order], case_value[order], case_dest[order]
    width = m.type_width[xp.maximum(value_type[case_block], 0)].astype(xp.int64)
    mask = xp.where(width >= 64, -1, (xp.int64(1) << xp.clip(width, 0, 63)) - 1)
    case_bits = xp.where(case_value >= 0, m.constant_value[xp.maximum(case_value, 0)], 0) & mask
    case_count = xp.bincount(case_block, minlength=n_blocks)[:n_blocks]
    return Comparisons(compares, xp.where(compares, tag[value_row], -1),
                       xp.where(compares, ref[value_row], -1), value_type, default,
                       xp.where(compares & branch, condition, -1), only_compare,
                       case_value, case_bits, case_dest,
                       exclusive_cumsum(xp, case_count).astype(xp.int64),
                       case_count.astype(xp.int64))


@dataclass(frozen=True)
class _PhiEntries:
    """Every phi entry: its phi, its block operand row, the block it comes from
    and the block of its phi; sorted by (phi, incoming block)."""

    phi: Any
    operand: Any
    incoming: Any
    keys: Any


def _phi_entries(m: Module) -> _PhiEntries:
    xp = m.xp
    n_blocks = int(m.block_function.shape[0])
    entry = xp.flatnonzero((m.operand_tag == TAG_BLOCK)
                           & (m.inst_opcode[m.operand_owner] == op.PHI))
    phi = m.operand_owner[entry].astype(xp.int64)
    incoming = m.operand_ref[entry].astype(xp.int64)
    keys = phi * n_blocks + incoming
    order = xp.lexsort(xp.stack((entry, keys)))  # repeated keys: first entry first
    return _PhiEntries(phi[order], entry[order], incoming[order], keys[order])


def _find_entries(m: Module, entries: _PhiEntries, phi: Any, incoming: Any) -> tuple[Any, Any]:
    """(found, block operand row) of each phi's first entry for ``incoming``."""
    xp = m.xp
    n_blocks = int(m.block_function.shape[0])
    total = int(entries.keys.shape[0])
    if total == 0:
        return xp.zeros(phi.shape[0], dtype=bool), xp.zeros(phi.shape[0], dtype=xp.int64)
    wanted = phi * n_blocks + incoming
    position = xp.minimum(xp.searchsorted(entries.keys, wanted), total - 1)
    return entries.keys[position] == wanted, entries.operand[position]


# -- 1. threading a comparison through its only predecessor -----------------

def thread_comparisons(m: Module) -> tuple[Module, int]:
    """A value comparison whose block's only predecessor edge comes from a
    comparison of the same value that decides it becomes ``br`` to the
    decided block (LLVM's simplifyEqualityComparisonWithOnlyPredecessor)."""
    xp = m.xp
    n_blocks = int(m.block_function.shape[0])
    if m.operand_tag.shape[0] == 0:
        return m, 0
    c = _comparisons(m)
    cfg = build_cfg(m)
    blocks = xp.arange(n_blocks, dtype=xp.int64)
    n_edges = int(cfg.edge_source.shape[0])
    if n_edges == 0:
        return m, 0
    only_edge = cfg.predecessor_edge[xp.minimum(cfg.predecessor_start, n_edges - 1)]
    pred = xp.where(cfg.predecessor_count == 1, cfg.edge_source[only_edge], 0).astype(xp.int64)
    candidate = (cfg.predecessor_count == 1) & c.compares & c.compares[pred] & (pred != blocks) \
        & (c.value_tag[pred] == c.value_tag) & (c.value_ref[pred] == c.value_ref)
    block = xp.flatnonzero(candidate)
    if block.shape[0] == 0:
        return m, 0
    pred = pred[block]
    k = int(block.shape[0])
    _, value_id = xp.unique(c.case_bits, return_inverse=True)
    value_id = value_id.reshape(-1).astype(xp.int64)
    ids = int(value_id.max()) + 1 if value_id.shape[0] else 1
    by_default = c.default[pred] == block
    # the predecessor's cases (but those to its default) and this block's
    p_which, p_case = expand(xp, c.case_start[pred], c.case_count[pred])
    p_live = c.case_dest[p_case] != c.default[pred[p_which]]
    t_which, t_case = expand(xp, c.case_start[block], c.case_count[block])
    t_live = c.case_dest[t_case] != c.default[block[t_which]]
    p_key = p_which * ids + value_id[p_case]
    t_key = t_which * ids + value_id[t_case]
    # reached by the predecessor's default: a case of ours it lists is dead; a
    # br then goes to its default (a switch would lose cases: not done)
    dead = t_live & _member(xp, t_key, xp.sort(p_key[p_live]))
    overlap = xp.bincount(t_which[dead], minlength=k)[:k] > 0
    is_branch = c.condition[block] >= 0
    # reached by a case: the one value it sends here decides where we go
    sending = p_live & (c.case_dest[p_case] == block[p_which])
    sent = xp.bincount(p_which[sending], minlength=k)[:k]
    value_key = xp.full(k, -1, dtype=xp.int64)
    value_key[p_which[sending]] = p_key[sending]
    matched = t_live & (t_key == value_key[t_which])
    dest = c.default[block].copy()
    dest[t_which[matched]] = c.case_dest[t_case[matched]]
    threads = xp.where(by_default, overlap & is_branch, sent == 1)
    block, dest = block[threads], dest[threads]
    if block.shape[0] == 0:
        return m, 0
    return _replace_with_branch(m, c, block, dest), int(block.shape[0])


def _replace_with_branch(m: Module, c: Comparisons, blocks: Any, dest: Any) -> Module:
    """Each block's terminator becomes ``br label %dest``: every edge but its
    first to ``dest`` takes its phi entry along (LLVM's removePredecessor, which
    also makes a phi left with one value that value), and a br's condition
    goes."""
    xp = m.xp
    n_blocks = int(m.block_function.shape[0])
    k = int(blocks.shape[0])
    term = (m.block_first_inst[blocks] + m.block_inst_count[blocks] - 1).astype(xp.int64)
    n = m.n_instructions
    target = xp.full(n, -1, dtype=xp.int64)
    target[term] = dest
    owner = m.operand_owner.astype(xp.int64)
    edge = xp.flatnonzero((m.operand_tag == TAG_BLOCK) & (target[owner] >= 0))
    edge_owner = owner[edge]
    total = int(m.operand_tag.shape[0])
    kept = segment_min(xp, xp.where(m.operand_ref[edge] == target[edge_owner], edge, total),
                       edge_owner, n, total)
    gone = edge != kept[edge_owner]
    losing = xp.zeros(0, dtype=xp.int64)
    if bool(gone.any()):
        pairs, counts = xp.unique(m.operand_ref[edge[gone]].astype(xp.int64) * n_blocks
                                  + m.inst_block[edge_owner[gone]], return_counts=True)
        losing = pairs // n_blocks
        m = drop_phi_entries(m, pairs % n_blocks, losing, counts)
    m, label = type_id(m, "label", KIND_LABEL)
    minus_one = xp.full(k, -1, dtype=xp.int32)
    new = {"inst_opcode": xp.full(k, op.BR), "inst_type": minus_one, "inst_aux_type": minus_one,
           "inst_shape": minus_one, "inst_block": blocks,
           "inst_function": m.block_function[blocks], "inst_flags": xp.zeros(k),
           "inst_predicate": minus_one, "inst_name": xp.full(k, NAME_NONE),
           "inst_template": minus_one}
    m, index = insert_instructions(m, term, new, xp.arange(k), xp.full(k, TAG_BLOCK), dest,
                                   xp.full(k, label))
    keep = xp.ones(m.n_instructions, dtype=bool)
    keep[index[term]] = False
    condition = c.condition[blocks]
    keep[index[condition[condition >= 0]]] = False
    return fold_settled_phis(delete_instructions(m, keep), losing)


# -- 2. folding a comparison block into its predecessors ---------------------

def fold_comparisons_into_predecessors(m: Module) -> tuple[Module, int]:
    """Layers of folds until none is left (each layer folds at least one
    block; bounded by the block count)."""
    total = 0
    for _ in range(int(m.block_function.shape[0]) + 1):
        m, count = _fold_layer(m)
        total += count
        if not count:
            break
    return m, total


def _fold_layer(m: Module) -> tuple[Module, int]:
    xp = m.xp
    n_blocks = int(m.block_function.shape[0])
    if m.operand_tag.shape[0] == 0:
        return m, 0
    c = _comparisons(m)
    cfg = build_cfg(m)
    source, target = cfg.edge_source.astype(xp.int64), cfg.edge_target.astype(xp.int64)
    live = (cfg.predecessor_count > 0) | cfg.entry  # no folds into what is already dead
    candidate = c.only_compare[target] & c.compares[source] & (source != target) \
        & live[source] & (c.value_tag[source] == c.value_tag[target]) \
        & (c.value_ref[source] == c.value_ref[target])
    if not bool(candidate.any()):
        return m, 0
    pair = xp.unique(source[candidate] * n_blocks + target[candidate])
    pred, folded = pair // n_blocks, pair % n_blocks

    # safe to merge: every phi of a common successor agrees on both
    entries = _phi_entries(m)
    total = int(entries.incoming.shape[0])
    by_incoming = xp.argsort(entries.incoming * max(total, 1) + xp.arange(total))
    incoming_sorted = entries.incoming[by_incoming]
    entry_start = xp.searchsorted(incoming_sorted, xp.arange(n_blocks))
    entry_count = xp.searchsorted(incoming_sorted, xp.arange(n_blocks), side="right") \
        - entry_start
    which, slot = expand(xp, entry_start[folded].astype(xp.int64),
                         entry_count[folded].astype(xp.int64))
    from_folded = by_incoming[slot]
    found, from_pred = _find_entries(m, entries, entries.phi[from_folded], pred[which])
    clash = found & ~_same_values(m, entries.operand[from_folded] - 1, from_pred - 1)
    safe = xp.bincount(which[clash], minlength=pred.shape[0])[:pred.shape[0]] == 0
    pred, folded = pred[safe], folded[safe]
    # LLVM's order: a block folds into its predecessors before they fold
    # into theirs, and one block into each predecessor per layer (the first)
    folding = xp.zeros(n_blocks, dtype=bool)
    folding[folded] = True
    heads = ~folding[pred]
    pred, folded = pred[heads], folded[heads]
    first = segment_min(xp, folded, pred, n_blocks, n_blocks)
    chosen = first[pred] == folded
    pred, folded = pred[chosen], folded[chosen]
    k = int(pred.shape[0])
    if k == 0:
        return m, 0
    return _fold(m, c, pred, folded), k


def _fold(m: Module, c: Comparisons, pred: Any, folded: Any) -> Module:
    """Each ``pred[i]``'s terminator becomes the switch of it and ``folded[i]``'s."""
    xp = m.xp
    k = int(pred.shape[0])
    default_is_folded = c.default[pred] == folded
    # value ids that fit a (fold, value) key
    _, value_id = xp.unique(c.case_bits, return_inverse=True)
    value_id = value_id.reshape(-1).astype(xp.int64)
    ids = int(value_id.max()) + 1 if value_id.shape[0] else 1

    # the predecessor's cases, in order; those to the folded block go
    p_fold, p_case = expand(xp, c.case_start[pred], c.case_count[pred])
    p_position = p_case - c.case_start[pred[p_fold]]
    p_key = p_fold * ids + value_id[p_case]
    p_gone = c.case_dest[p_case] == folded[p_fold]
    p_final = _swap_pop_positions(xp, p_fold, p_position, p_gone, k)
    # the folded block's cases
    b_fold, b_case = expand(xp, c.case_start[folded], c.case_count[folded])
    b_key = b_fold * ids + value_id[b_case]
    b_position = b_case - c.case_start[folded[b_fold]]
    case_one = default_is_folded[b_fold]
    handled = xp.sort(p_key[~p_gone])
    sent = xp.sort(p_key[p_gone])
    b_taken = xp.where(case_one,
                       ~_member(xp, b_key, handled)
                       & (c.case_dest[b_case] != c.default[folded[b_fold]]),
                       _member(xp, b_key, sent))
    # values sent to the folded block that it does not list go to its default
    unlisted = p_gone & ~default_is_folded[p_fold] & ~_member(xp, p_key, xp.sort(b_key))
    flip = xp.int64(-(1 << 63))  # unsigned order of the bits as signed order
    u_fold, u_case = p_fold[unlisted], p_case[unlisted]

    kept = ~p_gone
    fold = xp.concatenate((p_fold[kept], b_fold[b_taken], u_fold))
    segment = xp.concatenate((xp.zeros(int(kept.sum()), dtype=xp.int64),
                              xp.ones(int(b_taken.sum()), dtype=xp.int64),
                              xp.full(u_fold.shape[0], 2, dtype=xp.int64)))
    place = xp.concatenate((p_final[kept], b_position[b_taken], c.case_bits[u_case] ^ flip))
    value = xp.concatenate((c.case_value[p_case[kept]], c.case_value[b_case[b_taken]],
                            c.case_value[u_case]))
    dest = xp.concatenate((c.case_dest[p_case[kept]], c.case_dest[b_case[b_taken]],
                           c.default[folded[u_fold]]))
    order = xp.lexsort(xp.stack((place, segment, fold)))
    fold, value, dest = fold[order], value[order], dest[order]
    default = xp.where(default_is_folded, c.default[folded], c.default[pred])

    # new edges: the folded block's cases taken, the unlisted values, and the
    # new default where it was the folded block
    new_edge_fold = xp.concatenate((b_fold[b_taken], u_fold,
                                    xp.flatnonzero(default_is_folded)))
    new_edge_target = xp.concatenate((c.case_dest[b_case[b_taken]],
                                      c.default[folded[u_fold]],
                                      c.default[folded[default_is_folded]]))
    bits = xp.concatenate((c.case_bits[p_case[kept]], c.case_bits[b_case[b_taken]],
                           c.case_bits[u_case]))[order]
    condition = c.condition[pred]
    m = _replace_terminators(m, pred, (c.value_tag[pred], c.value_ref[pred], c.value_type[pred]),
                             default, (fold, value, bits, dest), condition[condition >= 0])
    return _add_phi_entries(m, new_edge_target, pred[new_edge_fold], folded[new_edge_fold])


# -- 3. a branch on an or/and tree of compares becomes a switch --------------

OR_LIKE, AND_LIKE = 1, 2
# LLVM's ConstantComparesGatherer takes a range compare of at most this many values.
MAX_RANGE = 8


def switch_from_compare_chains(m: Module) -> tuple[Module, int]:
    """A ``br`` on an or/and tree of compares of one value becomes a switch."""
    xp = m.xp
    n = m.n_instructions
    if m.operand_tag.shape[0] == 0:
        return m, 0
    opcode = m.inst_opcode.astype(xp.int32)
    tag, ref = m.operand_tag, m.operand_ref.astype(xp.int64)
    last = max(int(tag.shape[0]) - 1, 0)
    start = m.inst_operand_start.astype(xp.int64)
    kind, left, right = _logic_kinds(m)
    term = (m.block_first_inst + m.block_inst_count - 1).astype(xp.int64)
    term_start = start[term]
    branch = (opcode[term] == op.BR) & (m.inst_operand_count[term] == 3) \
        & (tag[xp.minimum(term_start, last)] == TAG_VALUE)
    root_cond = xp.where(branch, ref[xp.minimum(term_start, last)], 0)
    roots = xp.flatnonzero(branch & (kind[root_cond] > 0))
    if roots.shape[0] == 0:
        return m, 0
    root_kind = kind[root_cond[roots]]

    # every node under each root through nodes of the root's kind (frontier
    # sweeps, one per level of the trees)
    r = xp.arange(roots.shape[0], dtype=xp.int64)
    node_root, node = r, root_cond[roots]
    frontier_root, frontier = r, node
    failed = xp.zeros(roots.shape[0], dtype=bool)
    for _ in range(n + 1):  # one sweep per level
        inner = kind[frontier] == root_kind[frontier_root]
        parent_root = xp.concatenate((frontier_root[inner], frontier_root[inner]))
        child = xp.concatenate((left[frontier[inner]], right[frontier[inner]]))
        # a leaf that is no instruction never matches
        failed[parent_root[tag[child] != TAG_VALUE]] = True
        keep = tag[child] == TAG_VALUE
        keys = xp.unique(parent_root[keep] * n + ref[child[keep]])
        seen = xp.sort(node_root * n + node)
        keys = keys[~_member(xp, keys, seen)]
        if keys.shape[0] == 0:
            break
        frontier_root, frontier = keys // n, keys % n
        node_root = xp.concatenate((node_root, frontier_root))
        node = xp.concatenate((node, frontier))
    leaf = kind[node] != root_kind[node_root]
    leaf_root, leaf_node = node_root[leaf], node[leaf]

    # each leaf's compared value and the values that satisfy it (or fail it)
    v = _leaf_values(m, leaf_node, root_kind[leaf_root] == OR_LIKE)
    failed[leaf_root[~v.matched]] = True
    value_tag, value_ref = v.value_tag, v.value_ref
    first_leaf = segment_min(xp, xp.arange(leaf_root.shape[0]), leaf_root, roots.shape[0],
                             leaf_root.shape[0])
    first_leaf = xp.minimum(first_leaf, max(leaf_root.shape[0] - 1, 0))
    if leaf_root.shape[0]:
        other = (value_tag != value_tag[first_leaf[leaf_root]]) \
            | (value_ref != value_ref[first_leaf[leaf_root]])
        failed[leaf_root[other]] = True
    leaves = xp.bincount(leaf_root, minlength=roots.shape[0])[:roots.shape[0]]
    good = ~failed & (leaves >= 2)
    if not bool(good.any()):
        return m, 0

    # the switch values of each good root: distinct, in descending (unsigned) order
    value_root = leaf_root[v.leaf]
    taken = good[value_root]
    value_root, bits, const = value_root[taken], v.bits[taken], v.constant[taken]
    flip = xp.int64(-(1 << 63))
    order = xp.lexsort(xp.stack((xp.where(const >= 0, const, n + m.constant_type.shape[0]),
                                 ~(bits ^ flip), value_root)))
    value_root, bits, const = value_root[order], bits[order], const[order]
    distinct = xp.ones(value_root.shape[0], dtype=bool)
    distinct[1:] = (value_root[1:] != value_root[:-1]) | (bits[1:] != bits[:-1])
    value_root, bits, const = value_root[distinct], bits[distinct], const[distinct]

    good_roots = xp.flatnonzero(good)
    renumber = xp.full(roots.shape[0], -1, dtype=xp.int64)
    renumber[good_roots] = xp.arange(good_roots.shape[0])
    blocks = roots[good_roots]
    is_or = root_kind[good_roots] == OR_LIKE
    true_block = ref[term_start[blocks] + 1]
    false_block = ref[term_start[blocks] + 2]
    default = xp.where(is_or, false_block, true_block)
    edge = xp.where(is_or, true_block, false_block)
    owner = renumber[value_root]
    case_count = xp.bincount(owner, minlength=blocks.shape[0])[:blocks.shape[0]]
    compared = first_leaf[good_roots]
    value = (value_tag[compared], value_ref[compared], v.value_type[compared])

    # the condition trees go where nothing else uses them
    in_tree = xp.zeros(n, dtype=bool)
    in_tree[node[good[node_root]]] = True
    in_tree[v.inner[good[leaf_root] & (v.inner >= 0)]] = True
    in_tree[value_ref[good[leaf_root] & (value_tag == TAG_VALUE)]] = False  # the switch's
    doomed = _unused_rows(m, in_tree, term[blocks])
    m = _replace_terminators(m, blocks, value, default, (owner, const, bits, edge[owner]),
                             doomed)
    which, _ = expand(xp, xp.zeros(blocks.shape[0], dtype=xp.int64),
                      xp.maximum(case_count - 1, 0))
    return _add_phi_entries(m, edge[which], blocks[which], blocks[which]), \
        int(blocks.shape[0])


def _logic_kinds(m: Module) -> tuple[Any, Any, Any]:
    """Per instruction: OR_LIKE (``or i1``, ``select i1 a, i1 true, i1 b``),
    AND_LIKE (``and i1``, ``select i1 a, i1 b, i1 false``) or 0, and the
    operand rows of its two sides."""
    xp = m.xp
    opcode = m.inst_opcode.astype(xp.int32)
    start = m.inst_operand_start.astype(xp.int64)
    last = max(int(m.operand_tag.shape[0]) - 1, 0)
    result = m.inst_type
    boolean = (result >= 0) & (m.type_kind[xp.maximum(result, 0)] == KIND_INT) \
        & (m.type_width[xp.maximum(result, 0)] == 1)

    def constant_is(k: int, bit: int) -> Any:
        row = xp.minimum(start + k, last)
        is_constant = m.operand_tag[row] == TAG_CONSTANT
        c = xp.where(is_constant, m.operand_ref[row], 0)
        return is_constant & (m.constant_kind[c] == CONST_INT) & (m.constant_value[c] == bit)

    select = boolean & (opcode == op.SELECT)
    or_select = select & constant_is(1, 1)
    and_select = select & ~or_select & constant_is(2, 0)
    kind = xp.where(boolean & (opcode == op.OR) | or_select, OR_LIKE,
                    xp.where(boolean & (opcode == op.AND) | and_select, AND_LIKE, 0))
    left = xp.minimum(start, last)
    right = xp.minimum(xp.where(or_select, start + 2, start + 1), last)
    return kind, left, right


@dataclass(frozen=True)
class _LeafValues:
    """Per leaf: whether it matched, its compared value (tag, ref, type) and
    the instruction between it and that value (-1: none); per found value: its
    leaf, bits and constant row (-1: a new constant)."""

    matched: Any
    value_tag: Any
    value_ref: Any
    value_type: Any
    inner: Any
    leaf: Any
    bits: Any
    constant: Any


def _leaf_values(m: Module, leaf: Any, equal: Any) -> _LeafValues:
    """LLVM's ConstantComparesGatherer::matchInstruction for each leaf: a
    ``trunc nuw`` to i1 (the value 1, or 0 under an and); an ``icmp`` of the
    chain's equality (``eq`` under or, ``ne`` under and) with a constant (the
    constant; through ``and X, ~2^z`` or ``or X, 2^z`` the two values it
    stands for); any other ``icmp`` with a constant, on X or on ``add X, c``,
    whose region (its complement under and) holds 1 to MAX_RANGE values."""
    xp = m.xp
    opcode = m.inst_opcode.astype(xp.int32)
    tag, ref = m.operand_tag, m.operand_ref.astype(xp.int64)
    last = max(int(tag.shape[0]) - 1, 0)
    start = m.inst_operand_start.astype(xp.int64)[leaf]
    k = int(leaf.shape[0])
    lhs = xp.minimum(start, last)
    rhs = xp.minimum(start + 1, last)
    value_type = m.operand_type[lhs]
    width = m.type_width[xp.maximum(value_type, 0)].astype(xp.int64)
    integer = (value_type >= 0) & (m.type_kind[xp.maximum(value_type, 0)] == KIND_INT) \
        & (width <= 64) & (tag[lhs] != TAG_CONSTANT)
    mask = xp.where(width >= 64, -1, (xp.int64(1) << xp.clip(width, 0, 63)) - 1)
    trunc = (opcode[leaf] == op.TRUNC) & ((m.inst_flags[leaf] & op.FLAG_NUW) != 0) & integer
    rhs_constant = tag[rhs] == TAG_CONSTANT
    c_row = xp.where(rhs_constant, ref[rhs], 0)
    icmp = (opcode[leaf] == op.ICMP) & rhs_constant & (m.constant_kind[c_row] == CONST_INT) \
        & integer
    c = m.constant_value[c_row] & mask
    predicate = m.inst_predicate[leaf].astype(xp.int64)
    equality = icmp & (predicate == xp.where(equal, EQ, NE))
    # the instruction the compare reads, when it is ``op X, constant``
    inner_valid = icmp & (tag[lhs] == TAG_VALUE)
    inner = xp.where(inner_valid, ref[lhs], 0)
    inner_start = m.inst_operand_start.astype(xp.int64)[inner]
    inner_rhs = xp.minimum(inner_start + 1, last)
    inner_constant = inner_valid & (tag[inner_rhs] == TAG_CONSTANT) \
        & (tag[xp.minimum(inner_start, last)] != TAG_CONSTANT)
    ic_row = xp.where(inner_constant, ref[inner_rhs], 0)
    inner_constant &= m.constant_kind[ic_row] == CONST_INT
    ic = m.constant_value[ic_row] & mask
    inner_opcode = opcode[inner]

    def power_of_two(x: Any) -> Any:
        return (x != 0) & ((x & (x - 1)) == 0)

    # (x & ~2^z) == y  <=>  x == y || x == y | 2^z (when y lacks bit z); and dually
    and_mask = ~ic & mask
    masked_and = equality & inner_constant & (inner_opcode == op.AND) \
        & power_of_two(and_mask) & ((c & ~and_mask & mask) == c)
    masked_or = equality & inner_constant & (inner_opcode == op.OR) & power_of_two(ic) \
        & ((c | ic) == c) & ~masked_and
    masked = masked_and | masked_or
    plain = equality & ~masked
    # ranges: LLVM's makeExactICmpRegion as [low, high) modulo 2^width
    ranged = icmp & ~equality
    smin = xp.where(width >= 64, xp.int64(-(1 << 63)),
                    xp.int64(1) << xp.clip(width - 1, 0, 62)) & mask
    low, high, full = _region(xp, predicate, c, smin, mask)
    shifted = ranged & inner_constant & (inner_opcode == op.ADD)
    low = xp.where(shifted, (low - ic) & mask, low)
    high = xp.where(shifted, (high - ic) & mask, high)
    # under an and, the values that fail the compare: the complement
    inverse = ~equal
    empty = (((high - low) & mask) == 0) & ~full
    low, high = xp.where(inverse, high, low), xp.where(inverse, low, high)
    full = xp.where(inverse, empty, full)
    size = (high - low) & mask
    # (a full region of an i1, i2 or i3 would fit, but is left alone)
    ranged &= ~full & (size >= 1) & (size <= MAX_RANGE)

    matched = trunc | plain | masked | ranged
    through_inner = masked | (ranged & shifted)
    value_tag = xp.where(through_inner, tag[xp.minimum(inner_start, last)], tag[lhs])
    value_ref = xp.where(through_inner, ref[xp.minimum(inner_start, last)], ref[lhs])
    value_type = xp.where(through_inner, m.operand_type[xp.minimum(inner_start, last)],
                          value_type)
    count = xp.where(trunc | plain, 1, xp.where(masked, 2, xp.where(ranged, size, 0)))
    which, slot = expand(xp, xp.zeros(k, dtype=xp.int64), count.astype(xp.int64))
    first_bits = xp.where(trunc, equal.astype(xp.int64), xp.where(ranged, low, c))
    second_bits = xp.where(masked_and, c | and_mask, c & ~ic & mask)
    bits = xp.where(masked[which] & (slot == 1), second_bits[which],
                    (first_bits[which] + slot) & mask[which])
    constant = xp.where((plain | masked)[which] & (slot == 0), c_row[which], -1)
    return _LeafValues(matched, value_tag, value_ref, value_type,
                       xp.where(through_inner, inner, -1), which, bits, constant)


def _region(xp: Any, predicate: Any, c: Any, smin: Any, mask: Any) -> tuple[Any, Any, Any]:
    """[low, high) of the values x with ``icmp predicate x, c``, modulo the
    width's ``mask``, and whether it is the full set (low == high is empty
    otherwise)."""
    one = (c + 1) & mask
    umax, smax = mask, (smin - 1) & mask
    table = {"eq": (c, one, False), "ne": (one, c, False),
             "ult": (0, c, False), "ule": (0, one, c == umax),
             "ugt": (one, 0, False), "uge": (c, 0, c == 0),
             "slt": (smin, c, False), "sle": (smin, one, c == smax),
             "sgt": (one, smin, False), "sge": (c, smin, c == smin)}
    low = xp.zeros(c.shape[0], dtype=xp.int64)
    high = xp.zeros(c.shape[0], dtype=xp.int64)
    full = xp.zeros(c.shape[0], dtype=bool)
    for name, (lo, hi, is_full) in table.items():  # ten predicates
        here = predicate == op.ICMP_ID[name]
        low = xp.where(here, lo, low)
        high = xp.where(here, hi, high)
        full = xp.where(here, is_full, full)
    return low & mask, high & mask, full


def _unused_rows(m: Module, candidate: Any, replaced: Any) -> Any:
    """Rows of ``candidate`` that only candidates or the ``replaced`` rows use,
    so go with them (LLVM's RecursivelyDeleteTriviallyDeadInstructions): one
    sweep per level of the trees."""
    xp = m.xp
    n = m.n_instructions
    user = m.operand_owner.astype(xp.int64)
    used = m.operand_tag == TAG_VALUE
    real = used & (m.inst_opcode[user] != op.DBG_RECORD)
    value = xp.where(real, m.operand_ref, 0).astype(xp.int64)
    gone = candidate.copy()
    gone_users = xp.zeros(n, dtype=bool)
    gone_users[replaced] = True
    for _ in range(n + 1):  # until no candidate loses its standing
        outside = real & gone[value] & ~(gone | gone_users)[user]
        still = gone.copy()
        still[value[outside]] = False
        if bool((still == gone).all()):
            break
        gone = still
    return xp.flatnonzero(gone)


def _member(xp: Any, keys: Any, sorted_keys: Any) -> Any:
    """Whether each key is in ``sorted_keys``."""
    if sorted_keys.shape[0] == 0:
        return xp.zeros(keys.shape[0], dtype=bool)
    position = xp.minimum(xp.searchsorted(sorted_keys, keys), sorted_keys.shape[0] - 1)
    return sorted_keys[position] == keys


def _swap_pop_positions(xp: Any, group: Any, position: Any, gone: Any, groups: int) -> Any:
    """Where each kept element of a list ends after LLVM erases the ``gone``
    ones by swapping each with the last element and popping (lists given in
    order, grouped): one of the first K (K kept) stays; the holes among the
    first K take the kept ones beyond K, last first."""
    kept_count = xp.bincount(group[~gone], minlength=groups)[:groups]
    size = kept_count[group]
    hole = gone & (position < size)
    tail = ~gone & (position >= size)
    # j-th hole (ascending) <- j-th tail element (descending)
    group_start = exclusive_cumsum(xp, xp.bincount(group, minlength=groups)[:groups]) \
        .astype(xp.int64)
    hole_rank = _rank_within(xp, hole, group, group_start)
    tail_count = xp.bincount(group[tail], minlength=groups)[:groups]
    tail_rank = tail_count[group] - 1 - _rank_within(xp, tail, group, group_start)
    hole_key = xp.where(hole, group * (position.shape[0] + 1) + hole_rank, -1)
    order = xp.argsort(hole_key)
    sorted_keys = hole_key[order]
    wanted = group * (position.shape[0] + 1) + tail_rank
    found = xp.minimum(xp.searchsorted(sorted_keys, wanted), max(sorted_keys.shape[0] - 1, 0))
    return xp.where(tail, position[order[found]] if order.shape[0] else position, position)


def _rank_within(xp: Any, mask: Any, group: Any, group_start: Any) -> Any:
    """Rank of each masked element among its group's masked elements (elements
    grouped and in order)."""
    running = xp.cumsum(mask.astype(xp.int64)) - 1
    before = xp.concatenate((xp.zeros(1, dtype=xp.int64), xp.cumsum(mask.astype(xp.int64))))
    return running - before[group_start[group]]


def _replace_terminators(m: Module, blocks: Any, value: tuple[Any, Any, Any], default: Any,
                         cases: tuple[Any, Any, Any, Any], doomed: Any) -> Module:
    """Each block's terminator gives way to ``switch`` on ``value`` (tag, ref,
    type per block) with the given default and cases (owner, an index into
    ``blocks``; constant row, or -1 for a new constant of those bits; bits;
    destination: grouped by owner, in order); the ``doomed`` rows go too."""
    xp = m.xp
    k = int(blocks.shape[0])
    value_tag, value_ref, value_type = value
    case_owner, case_value, case_bits, case_dest = cases
    term = (m.block_first_inst[blocks] + m.block_inst_count[blocks] - 1).astype(xp.int64)
    fresh = xp.flatnonzero(case_value < 0)
    if fresh.shape[0]:
        m, ids = append_constants(m, value_type[case_owner[fresh]],
                                  xp.full(fresh.shape[0], CONST_INT), case_bits[fresh])
        case_value = case_value.copy()
        case_value[fresh] = ids
    m, label = type_id(m, "label", KIND_LABEL)
    counts = xp.bincount(case_owner, minlength=k)[:k]
    templates = _switch_templates(m, term, value_type, counts)
    minus_one = xp.full(k, -1, dtype=xp.int32)
    m, void = type_id(m, "void")
    new = {"inst_opcode": xp.full(k, SWITCH), "inst_type": xp.full(k, void),
           "inst_aux_type": minus_one, "inst_shape": minus_one, "inst_block": blocks,
           "inst_function": m.block_function[blocks], "inst_flags": xp.zeros(k),
           "inst_predicate": minus_one, "inst_name": xp.full(k, NAME_NONE),
           "inst_template": templates}
    s = int(case_owner.shape[0])
    # insert_instructions groups operands by owner, keeping their order
    owner = xp.concatenate((xp.arange(k), xp.arange(k), xp.repeat(case_owner, 2)))
    operand_tag = xp.concatenate((value_tag, xp.full(k, TAG_BLOCK),
                                  xp.stack((xp.full(s, TAG_CONSTANT), xp.full(s, TAG_BLOCK)),
                                           1).ravel()))
    operand_ref = xp.concatenate((value_ref, default,
                                  xp.stack((case_value, case_dest), 1).ravel()))
    operand_type = xp.concatenate((value_type, xp.full(k, label),
                                   xp.stack((value_type[case_owner], xp.full(s, label)),
                                            1).ravel()))
    m, index = insert_instructions(m, term, new, owner, operand_tag, operand_ref, operand_type)
    keep = xp.ones(m.n_instructions, dtype=bool)
    keep[index[term]] = False
    keep[index[doomed]] = False
    return delete_instructions(m, keep)


def _switch_templates(m: Module, term: Any, value_type: Any, cases: Any) -> Any:
    """A template per new switch: LLVM's layout, the old terminator's ``!dbg``."""
    xp = m.xp
    host = m.host
    ids = []
    made: dict[tuple[str, int, str], int] = {}
    for template, type_row, count in zip(m.inst_template[term].tolist(), value_type.tolist(),
                                         cases.tolist(), strict=True):  # one per new switch
        tail = host.templates[template][-1] if template >= 0 else ""
        found = _DEBUG_ATTACHMENT.search(tail)
        key = (host.type_text[type_row], count, found.group() if found else "")
        if key not in made:
            text, count_, attachment = key
            pieces = [f"switch {text} ", ", label "]
            if count_:
                pieces.append(f" [\n    {text} ")
                pieces += [", label ", f"\n    {text} "] * (count_ - 1) + [", label "]
                pieces.append("\n  ]" + attachment)
            else:
                pieces.append(" [\n  ]" + attachment)
            made[key] = len(host.templates)
            host.templates.append(pieces)
        ids.append(made[key])
    return xp.asarray(ids, dtype=xp.int32)


def _add_phi_entries(m: Module, target: Any, new_pred: Any, copy_from: Any) -> Module:
    """For each new edge ``new_pred -> target``, every phi of ``target`` gains an
    entry for ``new_pred`` with its value for ``copy_from``."""
    xp = m.xp
    if target.shape[0] == 0:
        return m
    opcode = m.inst_opcode
    n_blocks = int(m.block_function.shape[0])
    phi_count = xp.bincount(m.inst_block[opcode == op.PHI], minlength=n_blocks)[:n_blocks]
    which, phi = expand(xp, m.block_first_inst[target].astype(xp.int64),
                        phi_count[target].astype(xp.int64))
    if phi.shape[0] == 0:
        return m
    entries = _phi_entries(m)
    found, block_row = _find_entries(m, entries, phi, copy_from[which])
    if not bool(found.all()):
        raise AssertionError("a phi lacks an entry for an existing edge")
    value_row = block_row - 1
    e = int(phi.shape[0])
    return append_operands(
        m, xp.repeat(phi, 2),
        xp.stack((m.operand_tag[value_row].astype(xp.int64),
                  xp.full(e, TAG_BLOCK, dtype=xp.int64)), 1).ravel(),
        xp.stack((m.operand_ref[value_row].astype(xp.int64), new_pred[which]), 1).ravel(),
        xp.stack((m.operand_type[value_row], m.operand_type[block_row]), 1).ravel())
