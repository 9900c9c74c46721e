"""simplifycfg: fold constant branches, drop unreachable blocks, merge blocks,
skip empty blocks, turn small ifs into selects, combine and thread branches.

Assumes nothing about a block but its edges.  Rounds of whole-module steps
repeat until none changes anything; every step removes a branch, an edge, an
instruction or a block (or, threading, moves an edge off a block it no longer
enters), so the rounds stop:

1. a ``br`` on a constant condition becomes an unconditional ``br``, and so
   does a ``switch`` on a constant (to the matching case, else the default) or
   one whose every case goes to its default (or that has no cases); every
   edge that goes, all but one to the destination, takes one phi entry with
   it (several edges from one block to one successor have an entry each), and
   a phi left with one value (besides itself) becomes it, as LLVM's
   removePredecessor does.  So does a ``br`` whose two targets are one block,
   its condition going when nothing else uses it (``branch_forward.py``);
2. blocks unreachable from their function's entry (or from a block whose
   address is taken) go, with their instructions and the phi entries they
   gave to reachable blocks (phis left with one value fold as in step 1);
3. a block whose single predecessor ends in an unconditional ``br`` to it is
   merged into that predecessor: its phis (one entry each) become their
   value, the predecessor's ``br`` goes, its instructions move up, and its
   successors' phis name the predecessor.  Chains of such blocks merge in one
   step: each block's final home is found by pointer jumping, and one sort of
   the instruction rows by (home block, place in the chain, row) lays them out.

4. a block of phis and ``br label`` goes, its predecessors branching on
   (LLVM's TryToSimplifyUncondBranchFromEmptyBlock, with its loop-canonical
   and loop-metadata rules and its phi merging; ``branch_forward.py``).

5. two-entry phis fold into selects (LLVM's FoldTwoEntryPHINode): where a
   head block ends in ``br i1 %c, T, F`` and the join J is reached through a
   triangle (one of T, F is J) or a diamond, the side blocks having the head as
   only predecessor and ``br label %J`` as terminator, J having exactly the two
   predecessor edges of the if and at most three phis (LLVM's limit), and the
   side blocks holding only instructions safe to run unconditionally (pure
   and no trap, loads that cannot trap included; ``branch_speculation.py``)
   of cost at most 4 in all (LLVM's TwoEntryPHINodeFoldingThreshold; each
   instruction costs 1 but those LLVM's x86-64 cost model finds free:
   ``branch_common.free_rows``), the side blocks' code moves before the head's
   terminator, each phi of J becomes ``select i1 %c, vTrue, vFalse`` there (a
   phi with one value twice becomes that value), the head branches to J and
   the side blocks go; J then merges into the head in the next round.  As
   LLVM's, it leaves a join whose first phi is an i1 fed by an or/and (a binary
   operator or a select with a constant arm) or on such a condition, unless
   both values are ``not``s (or one a constant).  No step leaves unreachable
   blocks for it, where a join could dominate its head.

6. triangles into a join with more than two predecessors are speculated
   (LLVM's SpeculativelyExecuteBB): where a head A ends in ``br i1 %c, B, J``
   (or its mirror; ``%c`` neither a constant nor an ``fcmp``), B has A as only
   predecessor, ends in ``br label %J`` and holds at most one speculatable
   instruction (LLVM's limit: "only speculatively execute a single
   instruction"; an instruction of A used only by B's code counts too, and a
   free cast counts as much as any), and J's phis need one or two selects
   (a select costs TCC_Basic, against LLVM's budget of
   PHINodeFoldingThreshold = 2; a phi whose A and B values agree needs none,
   and with none needed LLVM does not speculate), B's instruction moves before
   A's terminator, then ``select i1 %c, vB, vA`` per phi that needs one, A
   branches to J, and each phi of J loses its A and B entries and gains one
   from A (last, where LLVM's leaves it); B and its debug records go.

7. a conditional branch whose condition its single predecessor's branch
   decides takes that constant (LLVM's isImpliedByDomCondition;
   ``branch_implied.py``).

8. a block whose branch shares a destination with its predecessor's folds
   into it, ``%or.cond`` combining the conditions (LLVM's
   FoldBranchToCommonDest; ``branch_fold.py``).

9. an edge on which a block's condition is known (a constant phi entry, or
   the predecessor's branch on the same value) goes through a new
   ``.critedge`` block straight to the known destination (LLVM's
   FoldCondBranchOnValueKnownInPredecessor; ``branch_thread.py``).

Steps in their own files: ``unwind.py`` (after step 1: invokes that cannot
unwind, or whose landing pad only resumes, become calls) and
``switch_formation.py`` (before step 5: a branch on an or/and chain of compares
becomes a switch; after step 6: compares of one value thread through or fold
into their predecessors' switches).

Blocks whose address is taken (``blockaddress``) are never removed or merged.

Differs from LLVM's pass: switch-to-compare and -to-lookup-table
conversions, dropping cases that go to the default, hoisting and sinking of
common code, merging returns into ``common.ret``, speculating stores after a
store to the same address, SimplifyCondBranchToCondBranch, and the rest of
LLVM's SimplifyCFG are not done yet (each step file says what its step
leaves out); a switch on a constant wider than 64 bits folds only when a case
has the condition's very constant (same text), as such values have no column;
a branch or switch folded in step 1 loses its metadata attachments.  The
two-entry phi fold sums the cost of every side-block instruction (LLVM counts
those feeding the phis, and lets one expensive instruction through),
does not speculate divisions (LLVM's cost model prices them above its
budgets, bar that one), ignores branch weights and ``!unpredictable``, drops
fast-math flags of float phis (the select is printed from columns).
Speculation names its selects ``spec.select`` (as LLVM's, numbered where
taken), is tried only where J has more than two predecessors (LLVM also
speculates a triangle that FoldTwoEntryPHINode declined), skips LLVM's checks
for branch weights, for a constant expression among the phi values (LLVM
counts one as a speculated instruction), and for a phi value that would be
immediate undefined behaviour (LLVM then prefers to cut the edge), and does
not speculate stores or ephemeral (assume-only) values.  LLVM visits blocks
one at a time, each transform seeing the last one's result; here each step
works on every block at once and the steps run in the order above, so where
two transforms compete for one block the outcome can differ (a two-entry fold
before a switch that LLVM would form first, say).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np

from gpuopt.analysis.cfg import CFG
from gpuopt.analysis.dominators import UNREACHED, bfs_depth
from gpuopt.arrays import segment_max, segment_min
from gpuopt.ir import opcodes as op
from gpuopt.ir.layout import type_layout
from gpuopt.ir.module import (
    CONST_INT,
    CONST_OTHER,
    KIND_INT,
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
    delete_instructions,
    delete_operands,
    insert_instructions,
    operand_row,
    poison_constant,
    reorder_instructions,
    replace_uses,
    type_id,
)
from gpuopt.transforms.branch_common import (
    address_taken,
    drop_phi_entries,
    fold_single_value_phis,
    free_rows,
    fresh_names,
)
from gpuopt.transforms.branch_common import branches as _branches
from gpuopt.transforms.branch_common import same_values as _same_values
from gpuopt.transforms.branch_common import terminators as _terminators
from gpuopt.transforms.branch_fold import fold_branches_to_common_dest
from gpuopt.transforms.branch_forward import (
    fold_same_destination_branches,
    skip_forwarding_blocks,
)
from gpuopt.transforms.branch_implied import fold_implied_branches
from gpuopt.transforms.branch_speculation import speculatable as speculatable_rows
from gpuopt.transforms.branch_thread import thread_known_conditions
from gpuopt.transforms.function_subset import (
    FunctionCut,
    changed_functions,
    cut_functions,
    merge_functions,
    worth_cutting,
)
from gpuopt.transforms.simplifycfg_host import (
    build_cfg,
    delete_blocks,
    shared_results,
    use_counts,
)
from gpuopt.transforms.switch_formation import (
    fold_comparisons_into_predecessors,
    switch_from_compare_chains,
    thread_comparisons,
)
from gpuopt.transforms.unwind import remove_unwind_edges

SWITCH = op.OPCODE_ID["switch"]
_FLOAT_BINARY = np.isin(np.arange(op.N_OPCODES),
                       [op.OPCODE_ID[name] for name in op.FLOAT_BINARY_OPS])

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
                  "Number of triangles speculated into their head": 0,
                  "Number of invokes changed to calls": 0,
                  "Number of value comparisons threaded through their predecessor": 0,
                  "Number of value comparisons folded into predecessors": 0,
                  "Number of compare chains turned into switches": 0,
                  "Number of branches implied by their predecessor's": 0,
                  "Number of branches folded into predecessor basic block": 0,
                  "Number of branches threaded through known conditions": 0}
        with shared_results():
            return self._rounds(m, totals)

    @staticmethod
    def _rounds(m: Module, totals: dict[str, int]) -> tuple[Module, dict[str, int]]:
        # A step's result for a function depends on that function alone (and
        # on module lines the steps do not change), so a function that a whole
        # round left as it was is done: later rounds run on a module cut down
        # to the functions the round before changed (nested cuts as the set
        # shrinks), merged back at the end.  Most functions are done after a
        # round or two; a batch's last rounds are for a few.
        cuts: list[FunctionCut] = []
        # a step that counts nothing and hands the module back as it was would
        # do so again: once every step in a row has, the rounds are over
        quiet = 0
        for _ in range(m.n_instructions + 1):  # each round changes something or stops
            changed, before = 0, m
            for key, step in _STEPS:
                if quiet == len(_STEPS):
                    break
                stepped, count = step(m)
                quiet = quiet + 1 if count == 0 and stepped is m else 0
                m = stepped
                totals[key] += count
                changed += count
            if not changed or quiet == len(_STEPS):
                break
            active = changed_functions(before, m)
            if worth_cutting(m, active):
                m, cut = cut_functions(m, active)
                cuts.append(cut)
        while cuts:
            m = merge_functions(m, cuts.pop())
        return m, totals


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
    m, lost = _drop_folded_edges(m, rows, chosen)
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
    m, _ = fold_single_value_phis(delete_instructions(m, keep), lost)
    return m, k


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
    ref_all = m.operand_ref.astype(xp.int64)
    # the switches' operand rows only
    rows = xp.flatnonzero(is_switch[m.operand_owner]).astype(xp.int64)
    tag, ref = m.operand_tag[rows], ref_all[rows]
    owner = m.operand_owner[rows].astype(xp.int64)
    start = m.inst_operand_start.astype(xp.int64)
    position = rows - start[owner]
    case = (position >= 2) & (position % 2 == 0)
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
    width = m.type_width[xp.maximum(m.operand_type[rows], 0)].astype(xp.int64)
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
    elsewhere = xp.bincount(owner[case & (ref_all[label] != default[owner])], minlength=n)[:n]
    folds = is_switch & (any_match | (condition_int & (undecided == 0)) | (elsewhere == 0))
    destination = xp.where(any_match, ref_all[xp.minimum(matched, total - 1)], default)
    return folds, destination


def _drop_folded_edges(m: Module, rows: Any, destination: Any) -> tuple[Module, Any]:
    """The phi entries of every edge of terminators ``rows`` but the first to
    ``destination`` (the one the new ``br`` keeps); and which blocks lost one."""
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
    lost = xp.zeros(n_blocks, dtype=bool)
    if not bool(gone.any()):
        return m, lost
    lost[m.operand_ref[edge[gone]]] = True
    pairs, counts = xp.unique(m.operand_ref[edge[gone]].astype(xp.int64) * n_blocks
                              + m.inst_block[owner[gone]], return_counts=True)
    return drop_phi_entries(m, pairs % n_blocks, pairs // n_blocks, counts), lost


def remove_unreachable(m: Module) -> tuple[Module, int]:
    xp = m.xp
    cfg = build_cfg(m)
    taken = address_taken(m)
    reachable = bfs_depth(xp, cfg, cfg.entry | taken) < UNREACHED
    if bool(reachable.all()):
        return m, 0
    dead = ~reachable
    lost = xp.zeros(cfg.n_blocks, dtype=bool)
    lost[cfg.edge_target[dead[cfg.edge_source]]] = True
    m = _drop_edges_from(m, cfg, dead)
    m = delete_instructions(m, ~dead[m.inst_block])
    m = delete_blocks(m, reachable)
    m, _ = fold_single_value_phis(m, (lost & reachable)[reachable])
    return m, int(dead.sum())


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
    m = _chain_names(m, cfg, mergeable, home, depth, term)

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


def _chain_names(m: Module, cfg: CFG, mergeable: Any, home: Any, depth: Any, term: Any
                 ) -> Module:
    """The name a merged chain keeps, as LLVM's order of transforms gives it: a
    head (not the entry) holding only phis, debug records and its ``br`` is
    removed as an empty block rather than merged into (its successor keeps its
    own name, or takes the head's), and so on while the chain's blocks are
    empty; the first block with code keeps its name for the rest."""
    xp = m.xp
    n_blocks = cfg.n_blocks
    opcode = m.inst_opcode
    code = (opcode != op.PHI) & (opcode != op.DBG_RECORD)
    empty = xp.bincount(m.inst_block[code], minlength=n_blocks)[:n_blocks] == 1
    in_chain = mergeable | (home == xp.arange(n_blocks, dtype=xp.int64))
    # the depth of the first block with code in each chain
    with_code = in_chain & ~empty
    first_code = segment_min(xp, xp.where(with_code, depth, n_blocks + 1), home, n_blocks,
                             n_blocks + 1)
    named = (m.block_name != NAME_NUMBERED) & in_chain & (depth <= first_code[home]) \
        & ~cfg.entry[home] & (depth > 0)
    deepest = segment_max(xp, xp.where(named, depth, -1), home, n_blocks, -1)
    takes = named & (depth == deepest[home])
    if not bool(takes.any()):
        return m
    names = m.block_name.copy()
    names[home[takes]] = m.block_name[takes]
    return m.with_columns(block_name=names)


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
    m, lay = type_layout(m)
    m, speculatable = speculatable_rows(m, lay)
    is_term = rows == term[m.inst_block]
    blocks_of = m.inst_block

    def per_block(mask: Any) -> Any:
        return xp.bincount(blocks_of[mask], minlength=n_blocks)[:n_blocks]

    phi_count = per_block(is_phi)
    odd_phis = per_block(is_phi & (m.inst_operand_count != 4))
    blocked = per_block(~speculatable & ~is_debug & ~is_term)
    cost = per_block(speculatable & ~free_rows(m, lay) & ~is_term)
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
    fold &= ~_left_for_switches(m, xp.where(fold, join, 0), start)
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


def _left_for_switches(m: Module, join: Any, condition_row: Any) -> Any:
    """Per head: LLVM's FoldTwoEntryPHINode leaves the join alone when its first
    phi is an i1 and one of its values, or the branch condition, is a binary
    operator or a select with a constant arm (an or/and), unless one value is a
    ``not`` and the other a ``not`` or a constant: such branches are for
    switch formation and its kin."""
    xp = m.xp
    phi = m.block_first_inst[join].astype(xp.int64)
    start = m.inst_operand_start[phi].astype(xp.int64)
    is_i1 = (m.inst_opcode[phi] == op.PHI) & (m.inst_type[phi] >= 0) \
        & (m.type_width[xp.maximum(m.inst_type[phi], 0)] == 1) \
        & (m.type_kind[xp.maximum(m.inst_type[phi], 0)] == KIND_INT)
    first, second = operand_row(m, start), operand_row(m, start, 2)

    def value(row: Any) -> tuple[Any, Any]:
        is_value = m.operand_tag[row] == TAG_VALUE
        return is_value, xp.where(is_value, m.operand_ref[row], 0).astype(xp.int64)

    def constant(row: Any) -> Any:
        is_constant = m.operand_tag[row] == TAG_CONSTANT
        ref = xp.where(is_constant, m.operand_ref[row], 0)
        return is_constant & ((m.constant_kind[ref] == CONST_INT)
                              | (m.constant_kind[ref] == CONST_OTHER))

    def or_and(row: Any) -> Any:
        is_value, ref = value(row)
        opcode = m.inst_opcode[ref].astype(xp.int32)
        arms = m.inst_operand_start[ref].astype(xp.int64)
        select = (opcode == op.SELECT) & (constant(operand_row(m, arms, 1))
                                          | constant(operand_row(m, arms, 2)))
        binary = xp.asarray(op.IS_BINARY)[opcode] | xp.asarray(_FLOAT_BINARY)[opcode]
        return is_value & (select | binary)

    def is_not(row: Any) -> Any:
        is_value, ref = value(row)
        arms = m.inst_operand_start[ref].astype(xp.int64)
        ones = xp.zeros(row.shape[0], dtype=bool)
        for k in (0, 1):  # either operand of the xor may be the all-ones constant
            other = operand_row(m, arms, k)
            is_constant = m.operand_tag[other] == TAG_CONSTANT
            ref_k = xp.where(is_constant, m.operand_ref[other], 0)
            width = m.type_width[xp.maximum(m.operand_type[other], 0)].astype(xp.int64)
            mask = xp.where(width >= 64, xp.int64(-1), (xp.int64(1) << xp.clip(width, 0, 63)) - 1)
            ones |= is_constant & (m.constant_kind[ref_k] == CONST_INT) \
                & (m.constant_value[ref_k] == mask)
        return is_value & (m.inst_opcode[ref] == op.XOR) & ones

    hoistable = (is_not(first) & (is_not(second) | constant(second))) \
        | (is_not(second) & (is_not(first) | constant(first)))
    return is_i1 & (or_and(first) | or_and(second) | or_and(operand_row(m, condition_row))) \
        & ~hoistable


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
    m, speculatable = speculatable_rows(m)

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
           "inst_name": xp.concatenate((
               fresh_names(m, m.block_function[select_head], ["spec.select"],
                           xp.zeros(s, dtype=xp.int64)), xp.full(k, NAME_NONE))),
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


# The steps of a round, in order, with the statistic each counts toward.
_STEPS: tuple[tuple[str, Callable[[Module], tuple[Module, int]]], ...] = (
    ("Number of branches folded", fold_constant_branches),
    ("Number of branches folded", fold_same_destination_branches),
    ("Number of invokes changed to calls", remove_unwind_edges),
    ("Number of unreachable blocks removed", remove_unreachable),
    ("Number of blocks merged", merge_blocks),
    ("Number of forwarding blocks skipped", skip_forwarding_blocks),
    ("Number of compare chains turned into switches", switch_from_compare_chains),
    ("Number of two-entry phi blocks folded into selects", fold_two_entry_phis),
    ("Number of triangles speculated into their head", speculate_triangles),
    ("Number of value comparisons threaded through their predecessor", thread_comparisons),
    ("Number of value comparisons folded into predecessors",
     fold_comparisons_into_predecessors),
    ("Number of branches implied by their predecessor's", fold_implied_branches),
    ("Number of branches folded into predecessor basic block", fold_branches_to_common_dest),
    ("Number of branches threaded through known conditions", thread_known_conditions))
