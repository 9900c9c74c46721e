"""simplifycfg's steps for blocks that only branch on: LLVM's
TryToSimplifyUncondBranchFromEmptyBlock (a block of phis and ``br label %S``
goes, its predecessors branching to S) and the fold of a conditional branch
whose two targets are one block (part of LLVM's ConstantFoldTerminator).

A block B (not the entry, address not taken) holding only phis, debug records
and ``br label %S`` (S not B) is skipped when

- its predecessors end in ``br``, ``switch`` or ``invoke``;
- it keeps loops canonical (LLVM's NeedCanonicalLoop): not when B has two or
  more predecessor edges and B or S is a loop header (the target of a back
  edge, see ``loop_headers``);
- loop metadata survives: not when B's ``br`` has ``!llvm.loop`` and so does a
  predecessor's terminator;
- where S has other predecessors, B's phis are used only by S's phis, as the
  value coming from B;
- S's phis take no two values for one predecessor (LLVM's
  CanPropagatePredecessorsForPHIs): where a predecessor P of B already reaches
  S, each phi of S gets from P what it would now get through B (P's value of
  B's phi, or the phi's value for B).  LLVM also accepts ``undef`` against
  any value and replaces it; gpuopt asks for the same value.

Then each phi of S loses its entry for B and gains, for each edge into B, one
for its predecessor: the entries of B's phi where S's value from B is B's phi,
else that value (last, as LLVM's addIncoming leaves them, in CFG order where
LLVM follows its use lists).  Where B was S's only predecessor, B's phis and
debug records move to S after S's phis; else they go.  The predecessors'
terminators name S instead of B, S takes B's name when S has none, and B's
``!llvm.loop`` goes to every predecessor's terminator.

Where S's phis would take two values for a predecessor, but B and S have
phis, B has two or more predecessor edges and just one edge into S comes from
a predecessor of B (LLVM's CanRedirectPredsOfEmptyBBToSucc), that shared
predecessor keeps B: the others branch to S, S's phis take entries for them
and, last, one for B with what the shared predecessor gave, and B loses its
phis.

Per round, a block whose successor is also skipped waits (one link of a chain
per round), and of two blocks that would give one successor entries for one
predecessor, the later waits.  LLVM's limit on new phi entries (1000) is not
modelled.
"""

from __future__ import annotations

from typing import Any

from gpuopt.analysis.cfg import CFG
from gpuopt.arrays import exclusive_cumsum, expand, lookup, segment_min
from gpuopt.ir import opcodes as op
from gpuopt.ir.module import KIND_LABEL, NAME_NONE, NAME_NUMBERED, TAG_BLOCK, TAG_VALUE, Module
from gpuopt.ir.rewrite import (
    append_operands,
    delete_instructions,
    insert_instructions,
    operand_row,
    reorder_instructions,
    type_id,
)
from gpuopt.transforms.branch_common import (
    address_taken,
    drop_phi_entries,
    fold_single_value_phis,
    phi_entry_lookup,
    phis_of,
    same_values,
    tail_has,
    terminators,
)
from gpuopt.transforms.simplifycfg_host import build_cfg, delete_blocks, use_counts

SWITCH = op.OPCODE_ID["switch"]
INVOKE = op.OPCODE_ID["invoke"]


def loop_headers(m: Module, cfg: CFG, query: Any) -> Any:
    """For the blocks in ``query``: whether it is a loop header, the target of a
    back edge as LLVM's FindFunctionBackedges finds them by depth-first search.

    On a reducible CFG those are the edges into a block that dominates their
    source; gpuopt takes the edges ``u -> v`` with v not after u in layout,
    v having two or more predecessor edges (or being the entry), and v
    reaching u through blocks not before v.  This agrees with LLVM's search on
    every module of the corpus (clang keeps a loop's header before its body,
    and rustc's backward jumps to blocks that never come back are no back
    edges).  A breadth-first search from each queried candidate, all at once,
    over the blocks of its function from it on, stops when every candidate has
    found one of its back edges or the search ends."""
    xp = m.xp
    n_blocks = cfg.n_blocks
    header = xp.zeros(n_blocks, dtype=bool)
    source = cfg.edge_source.astype(xp.int64)
    target = cfg.edge_target.astype(xp.int64)
    backward = target <= source
    into = xp.bincount(target[backward], minlength=n_blocks)[:n_blocks] > 0
    candidate = query & into & ((cfg.predecessor_count >= 2) | cfg.entry)
    self_loop = xp.zeros(n_blocks, dtype=bool)
    self_loop[target[source == target]] = True
    header |= candidate & self_loop
    candidate &= ~self_loop
    heads = xp.flatnonzero(candidate).astype(xp.int64)
    c = int(heads.shape[0])
    if c == 0:
        return header
    function = m.block_function[heads]
    end = (m.function_first_block[function] + m.function_block_count[function]).astype(xp.int64)
    size = end - heads
    offset = exclusive_cumsum(xp, size).astype(xp.int64)
    reached = xp.zeros(int(size.sum()), dtype=bool)
    reached[offset] = True
    # the edges out of each candidate's region, and the back edges into it
    edge_start = cfg.successor_start[heads].astype(xp.int64)
    edge_end = xp.where(end < n_blocks, cfg.successor_start[xp.minimum(end, n_blocks - 1)],
                        source.shape[0]).astype(xp.int64)
    which, edge = expand(xp, edge_start, edge_end - edge_start)
    inside = target[edge] >= heads[which]
    which, edge = which[inside], edge[inside]
    from_slot = offset[which] + source[edge] - heads[which]
    to_slot = offset[which] + target[edge] - heads[which]
    back = backward[edge] & (target[edge] == heads[which])
    latch_slot, latch_owner = from_slot[back], which[back]
    found = xp.zeros(c, dtype=bool)
    for _ in range(int(size.max()) + 1):  # one breadth-first level per sweep
        found = xp.bincount(latch_owner[reached[latch_slot]], minlength=c)[:c] > 0
        step = to_slot[reached[from_slot] & ~reached[to_slot] & ~found[which]]
        if step.shape[0] == 0:
            break
        reached[step] = True
    header[heads[found]] = True
    return header


def skip_forwarding_blocks(m: Module) -> tuple[Module, int]:
    """LLVM's TryToSimplifyUncondBranchFromEmptyBlock for every block at once
    (see the module docstring)."""
    xp = m.xp
    cfg = build_cfg(m)
    n_blocks = cfg.n_blocks
    if cfg.edge_source.shape[0] == 0:
        return m, 0
    opcode = m.inst_opcode.astype(xp.int32)
    term = terminators(m)
    blocks = xp.arange(n_blocks, dtype=xp.int64)
    blocks_of = m.inst_block.astype(xp.int64)
    is_phi = opcode == op.PHI

    def per_block(mask: Any) -> Any:
        return xp.bincount(blocks_of[mask], minlength=n_blocks)[:n_blocks]

    only_branch = (per_block(~is_phi & (opcode != op.DBG_RECORD)) == 1) \
        & (opcode[term] == op.BR) & (m.inst_operand_count[term] == 1)
    succ = xp.where(only_branch, m.operand_ref[operand_row(m, m.inst_operand_start[term])],
                    0).astype(xp.int64)
    candidate = only_branch & ~cfg.entry & ~address_taken(m) & (succ != blocks) \
        & (cfg.predecessor_count > 0)
    edge_source = cfg.edge_source.astype(xp.int64)
    edge_target = cfg.edge_target.astype(xp.int64)
    source_opcode = opcode[term[edge_source]]
    odd = (source_opcode != op.BR) & (source_opcode != SWITCH) & (source_opcode != INVOKE)
    candidate &= xp.bincount(edge_target[odd], minlength=n_blocks)[:n_blocks] == 0
    near = candidate.copy()
    near[edge_source[candidate[edge_target]]] = True
    looped = xp.zeros(n_blocks, dtype=bool)
    looped[near] = tail_has(m, term[near], "!llvm.loop")
    looped_pred = xp.bincount(edge_target[looped[edge_source]], minlength=n_blocks)[:n_blocks]
    candidate &= ~(looped & (looped_pred > 0))
    several = candidate & (cfg.predecessor_count >= 2)
    query = several.copy()
    query[succ[several]] = True
    header = loop_headers(m, cfg, query)
    candidate &= ~(several & (header | header[succ]))
    single = cfg.predecessor_count[succ] == 1

    # where S has other predecessors, B's phis feed only S's entries for B
    owner = m.operand_owner.astype(xp.int64)
    used = (m.operand_tag == TAG_VALUE) & (opcode[owner] != op.DBG_RECORD)
    value = xp.where(used, m.operand_ref, 0).astype(xp.int64)
    operand = xp.arange(m.operand_tag.shape[0], dtype=xp.int64)
    incoming = m.operand_ref[operand_row(m, operand, 1)].astype(xp.int64)
    as_entry = (opcode[owner] == op.PHI) \
        & ((operand - m.inst_operand_start[owner]) % 2 == 0) & (incoming == blocks_of[value])
    stray = used & is_phi[value] & ~as_entry
    candidate &= single | (xp.bincount(blocks_of[value[stray]],
                                       minlength=n_blocks)[:n_blocks] == 0)
    no_common = xp.full(n_blocks, -1, dtype=xp.int64)
    killable = single | _phis_compatible(m, cfg, candidate, succ, no_common)
    # else all predecessors but the one S shares may go to S (LLVM's
    # CanRedirectPredsOfEmptyBBToSucc); B stays for that one
    has_phi = per_block(is_phi) > 0
    common = _common_predecessor(m, cfg, candidate & ~killable & has_phi & has_phi[succ]
                                 & (cfg.predecessor_count >= 2), succ)
    merging = ~killable & (common >= 0)
    candidate &= killable | merging
    candidate &= ~candidate[succ]  # one link of a chain per round
    # a predecessor takes the loop metadata of one block (LLVM then refuses the
    # next, the predecessor having some): the first in layout goes
    carried = edge_target[(candidate & looped)[edge_target]]
    first = segment_min(xp, carried, edge_source[(candidate & looped)[edge_target]], n_blocks,
                        n_blocks)
    loser = carried[first[edge_source[(candidate & looped)[edge_target]]] != carried]
    candidate[loser] = False
    common = xp.where(candidate & merging, common, -1)
    candidate &= _first_for_each_entry(m, cfg, candidate, succ, common)
    common = xp.where(candidate, common, -1)
    if not bool(candidate.any()):
        return m, 0
    return _skip(m, cfg, candidate, succ, single, term, looped, common), int(candidate.sum())


def _common_predecessor(m: Module, cfg: CFG, candidate: Any, succ: Any) -> Any:
    """Per candidate B: the one predecessor of B that also reaches S = succ[B]
    directly, where exactly one edge into S comes from a predecessor of B;
    -1 elsewhere."""
    xp = m.xp
    n_blocks = cfg.n_blocks
    common = xp.full(n_blocks, -1, dtype=xp.int64)
    bs = xp.flatnonzero(candidate).astype(xp.int64)
    if bs.shape[0] == 0:
        return common
    row, position = expand(xp, cfg.predecessor_start[succ[bs]].astype(xp.int64),
                           cfg.predecessor_count[succ[bs]].astype(xp.int64))
    b = bs[row]
    source = cfg.edge_source[cfg.predecessor_edge[position]].astype(xp.int64)
    edges = xp.unique(cfg.edge_source.astype(xp.int64) * n_blocks + cfg.edge_target)
    wanted = source * n_blocks + b
    at = xp.clip(xp.searchsorted(edges, wanted), 0, edges.shape[0] - 1)
    shared = edges[at] == wanted
    count = xp.bincount(b[shared], minlength=n_blocks)[:n_blocks]
    one = count == 1
    common[b[shared & one[b]]] = source[shared & one[b]]
    return common


def _entries_into(m: Module, cfg: CFG, candidate: Any, succ: Any, common: Any
                  ) -> tuple[Any, Any, Any, Any]:
    """For each candidate B and each phi of its successor S, one row per edge
    into B: (B, phi of S, predecessor P, operand row of the value S's phi
    gets for P once B goes).  Where B keeps its predecessor ``common[B]``,
    that one's rows give way to one row for B itself, last."""
    xp = m.xp
    bs = xp.flatnonzero(candidate).astype(xp.int64)
    which, phi = phis_of(m, succ[bs])
    b = bs[which]
    found, value_row = phi_entry_lookup(m, phi, b)
    b, phi, value_row = b[found], phi[found], value_row[found]
    value_ref = xp.where(m.operand_tag[value_row] == TAG_VALUE, m.operand_ref[value_row], 0)
    from_b_phi = (m.operand_tag[value_row] == TAG_VALUE) \
        & (m.inst_opcode[value_ref] == op.PHI) & (m.inst_block[value_ref] == b)
    # one row per edge into B, in CFG order, then B's own for a kept predecessor
    row, position = expand(xp, cfg.predecessor_start[b].astype(xp.int64),
                           cfg.predecessor_count[b].astype(xp.int64))
    pred = cfg.edge_source[cfg.predecessor_edge[position]].astype(xp.int64)
    kept = common[b] >= 0
    source = xp.concatenate((pred, common[b[kept]]))
    row = xp.concatenate((row, xp.flatnonzero(kept)))
    pred = xp.concatenate((pred, b[kept]))
    order = xp.argsort(row, kind="stable")
    row, source, pred = row[order], source[order], pred[order]
    shared = (source == common[b[row]]) & (pred != b[row])
    row, source, pred = row[~shared], source[~shared], pred[~shared]
    value = value_row[row]
    via = from_b_phi[row]
    found_b, b_value = phi_entry_lookup(m, xp.where(via, value_ref[row], 0), source)
    value = xp.where(via & found_b, b_value, value)
    return b[row], phi[row], pred, value


def _phis_compatible(m: Module, cfg: CFG, candidate: Any, succ: Any, common: Any) -> Any:
    """Per block: S's phis already hold, for every predecessor of B that
    reaches S directly, the value they would get for it through B."""
    xp = m.xp
    n_blocks = cfg.n_blocks
    b, phi, pred, value = _entries_into(m, cfg, candidate, succ, common)
    found, existing = phi_entry_lookup(m, phi, pred)
    clash = found & ~same_values(m, existing, value)
    return xp.bincount(b[clash], minlength=n_blocks)[:n_blocks] == 0


def _first_for_each_entry(m: Module, cfg: CFG, candidate: Any, succ: Any, common: Any
                          ) -> Any:
    """Per block: no earlier candidate would give its successor's phis an
    entry for one of its predecessors too."""
    xp = m.xp
    n_blocks = cfg.n_blocks
    going = xp.ones(n_blocks, dtype=bool)
    bs = xp.flatnonzero(candidate & (xp.bincount(m.inst_block[m.inst_opcode == op.PHI],
                                                  minlength=n_blocks)[:n_blocks][succ] > 0))
    if bs.shape[0] == 0:
        return going
    bs = bs.astype(xp.int64)
    row, position = expand(xp, cfg.predecessor_start[bs].astype(xp.int64),
                           cfg.predecessor_count[bs].astype(xp.int64))
    b = bs[row]
    pred = cfg.edge_source[cfg.predecessor_edge[position]].astype(xp.int64)
    pred = xp.where(pred == common[b], b, pred)  # a kept predecessor: B's own entry
    key = succ[b] * n_blocks + pred
    distinct, inverse = xp.unique(key, return_inverse=True)
    first = segment_min(xp, b, inverse.ravel(), int(distinct.shape[0]), n_blocks)
    late = b != first[inverse.ravel()]
    going[b[late]] = False
    return going


def _skip(m: Module, cfg: CFG, candidate: Any, succ: Any, single: Any, term: Any,
          looped: Any, common: Any) -> Module:
    """Skip every candidate block (see the module docstring)."""
    xp = m.xp
    n_blocks = cfg.n_blocks
    bs = xp.flatnonzero(candidate).astype(xp.int64)
    b, phi, pred, value = _entries_into(m, cfg, candidate, succ, common)
    new_tag = m.operand_tag[value].astype(xp.int32)
    new_ref = m.operand_ref[value].astype(xp.int64)
    new_type = m.operand_type[value]
    block_type = m.operand_type[xp.minimum(value + 1, m.operand_tag.shape[0] - 1)]
    # loop metadata of B's branch goes to its predecessors' terminators
    carried = candidate & looped
    if bool(carried.any()):
        m = _carry_loop_metadata(m, cfg, carried, term)
    # S's phis: B's entry goes, one per edge into B comes last
    m = drop_phi_entries(m, bs, succ[bs], xp.ones(bs.shape[0], dtype=xp.int64))
    m = append_operands(m, xp.repeat(phi, 2),
                        xp.stack((new_tag, xp.full(b.shape[0], TAG_BLOCK, dtype=xp.int32)),
                                 1).ravel(),
                        xp.stack((new_ref, pred), 1).ravel(),
                        xp.stack((new_type, block_type), 1).ravel())
    # predecessors' terminators branch to S
    is_edge = (m.operand_tag == TAG_BLOCK) & xp.asarray(op.IS_TERMINATOR)[
        m.inst_opcode[m.operand_owner].astype(xp.int32)]
    named = xp.where(is_edge, m.operand_ref, 0)
    from_block = m.inst_block[m.operand_owner].astype(xp.int64)
    redirect = is_edge & candidate[named] & (from_block != common[named])
    m = m.with_columns(operand_ref=xp.where(redirect, succ[named], m.operand_ref)
                       .astype(m.operand_ref.dtype))
    # S takes B's name when it has none
    killed = candidate & (common < 0)
    names = m.block_name.copy()
    takes = killed & (m.block_name != NAME_NUMBERED) & (m.block_name[succ] == NAME_NUMBERED)
    blocks = xp.arange(n_blocks, dtype=xp.int64)
    first = segment_min(xp, xp.where(takes, blocks, n_blocks), succ, n_blocks, n_blocks)
    takes &= first[succ] == blocks  # the first of several, as LLVM's order has it
    names[succ[takes]] = m.block_name[takes]
    names[takes] = NAME_NUMBERED
    m = m.with_columns(block_name=names)
    # B's rows: its phis and debug records move to S where B was S's only
    # predecessor, else go (its phis are unused by now); its branch goes
    # (a block that keeps one predecessor loses only its phis)
    blocks_of = m.inst_block.astype(xp.int64)
    rows = xp.arange(m.n_instructions, dtype=xp.int64)
    in_b = killed[blocks_of]
    moving = in_b & single[blocks_of] & (rows != terminators(m)[blocks_of])
    keep = (~in_b | moving) & ~((common >= 0)[blocks_of] & (m.inst_opcode == op.PHI))
    if bool((~keep & (use_counts(m) > 0)).any()):
        raise AssertionError("a skipped block's phi is still used")
    home = xp.arange(n_blocks, dtype=xp.int64)
    home[killed] = succ[killed]
    opcode = m.inst_opcode
    group = xp.where(moving, 1, xp.where(opcode == op.PHI, 0, 2))
    m = m.with_columns(inst_block=home[blocks_of].astype(m.inst_block.dtype))
    m = delete_instructions(m, keep)
    group = group[keep]
    order = xp.lexsort(xp.stack((xp.arange(m.n_instructions), group,
                                 m.inst_block.astype(xp.int64))))
    m = reorder_instructions(m, order)
    return delete_blocks(m, ~killed)


def _carry_loop_metadata(m: Module, cfg: CFG, carried: Any, term: Any) -> Module:
    """Each predecessor of a carried block gets that block's ``!llvm.loop``
    attachment appended to its terminator's tail (a new template per distinct
    pair of templates)."""
    xp = m.xp
    host = m.host
    target = cfg.edge_target.astype(xp.int64)
    edges = xp.flatnonzero(carried[target])
    source_term = term[cfg.edge_source[edges]]
    base = len(host.templates) + 1
    key = m.inst_template[source_term].astype(xp.int64) * base \
        + m.inst_template[term[target[edges]]]
    pairs = xp.unique(key).tolist()
    made = []
    for pair in pairs:  # distinct (predecessor template, loop template) pairs, a few
        mine, theirs = divmod(int(pair), base)
        if mine < 0 or theirs < 0:
            made.append(mine)
            continue
        tail = host.templates[theirs][-1]
        attachment = tail[tail.index(", !llvm.loop") + 2:].split(", !")[0]
        pieces = list(host.templates[mine])
        pieces[-1] = pieces[-1] + ", " + attachment
        host.templates.append(pieces)
        made.append(len(host.templates) - 1)
    template = m.inst_template.copy()
    template[source_term] = lookup(xp, pairs, made, key, -1)
    return m.with_columns(inst_template=template)


def fold_same_destination_branches(m: Module) -> tuple[Module, int]:
    """``br i1 %c, label %X, label %X`` becomes ``br label %X`` (LLVM's
    ConstantFoldTerminator, keeping the branch's ``!dbg`` and ``!llvm.loop``):
    X's phis keep one of their two entries for the block (equal ones) and fold
    where one value is left; ``%c`` goes if nothing else uses it and it has no
    side effect, and so do the operands that leaves unused, recursively (LLVM's
    RecursivelyDeleteTriviallyDeadInstructions)."""
    xp = m.xp
    if m.operand_tag.shape[0] == 0:  # no operands, no branches
        return m, 0
    term = terminators(m)
    start = m.inst_operand_start[term].astype(xp.int64)
    conditional = (m.inst_opcode[term] == op.BR) & (m.inst_operand_count[term] == 3)
    true_ref = m.operand_ref[operand_row(m, start, 1)]
    same = conditional & (true_ref == m.operand_ref[operand_row(m, start, 2)])
    folding = xp.flatnonzero(same).astype(xp.int64)
    k = int(folding.shape[0])
    if k == 0:
        return m, 0
    n_blocks = m.block_function.shape[0]
    dest = true_ref[folding].astype(xp.int64)
    condition_tag = m.operand_tag[start[folding]]
    condition = m.operand_ref[start[folding]].astype(xp.int64)
    rows = term[folding]
    m = drop_phi_entries(m, folding, dest, xp.ones(k, dtype=xp.int64))
    m, label = type_id(m, "label", KIND_LABEL)
    minus_one = xp.full(k, -1, dtype=xp.int32)
    m, index = insert_instructions(
        m, rows, {"inst_opcode": xp.full(k, op.BR, dtype=xp.int16), "inst_type": minus_one,
                  "inst_aux_type": minus_one, "inst_block": folding,
                  "inst_function": m.block_function[folding],
                  "inst_flags": xp.zeros(k, dtype=xp.int16), "inst_predicate": minus_one,
                  "inst_name": xp.full(k, NAME_NONE, dtype=xp.int32),
                  "inst_template": _unconditional_templates(m, rows),
                  "inst_shape": minus_one},
        xp.arange(k), xp.full(k, TAG_BLOCK), dest, xp.full(k, label))
    keep = xp.ones(m.n_instructions, dtype=bool)
    keep[index[rows]] = False
    m = delete_instructions(m, keep)
    # the condition, and what it alone kept alive
    n = m.n_instructions
    dead = xp.zeros(n, dtype=bool)
    survivors = xp.cumsum(keep) - 1
    values = condition[condition_tag == TAG_VALUE]
    dead[survivors[index[values]]] = True
    m = delete_trivially_dead(m, dead)
    lost = xp.zeros(n_blocks, dtype=bool)
    lost[dest] = True
    m, _ = fold_single_value_phis(m, lost)
    return m, k


def _unconditional_templates(m: Module, rows: Any) -> Any:
    """Templates ``br label %X`` with the tails (metadata) of the conditional
    branches ``rows``; -1 where a branch has no template."""
    xp = m.xp
    host = m.host
    distinct = xp.unique(m.inst_template[rows]).tolist()
    made = []
    for template in distinct:  # distinct branch templates, a few
        if template < 0:
            made.append(-1)
            continue
        host.templates.append(["br label ", host.templates[template][-1]])
        made.append(len(host.templates) - 1)
    return lookup(xp, distinct, made, m.inst_template[rows], -1)


def delete_trivially_dead(m: Module, candidate: Any) -> Module:
    """Delete the candidate instructions that have no uses and no side effects
    (opcodes.IS_PURE, not volatile or atomic), then those of their operands that
    this leaves unused, and so on (LLVM's RecursivelyDeleteTriviallyDeadInstructions;
    one level of operands per round)."""
    xp = m.xp
    for _ in range(m.n_instructions + 1):  # one level of operands per round
        pure = xp.asarray(op.IS_PURE)[m.inst_opcode.astype(xp.int32)] \
            & ((m.inst_flags & op.FLAG_ORDERED) == 0)
        dead = candidate & pure & (use_counts(m) == 0)
        if not bool(dead.any()):
            return m
        owner_dead = dead[m.operand_owner]
        value = (m.operand_tag == TAG_VALUE) & owner_dead
        candidate = xp.zeros(m.n_instructions, dtype=bool)
        candidate[m.operand_ref[value]] = True
        candidate &= ~dead
        m = delete_instructions(m, ~dead)
        candidate = candidate[~dead]
    return m
