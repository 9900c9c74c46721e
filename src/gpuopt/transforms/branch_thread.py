"""simplifycfg's step that threads edges through a block whose branch
condition is known on them (LLVM's FoldCondBranchOnValueKnownInPredecessor).

A block B ending in ``br i1 %c, T, F`` knows ``%c`` on an edge from a
predecessor P when ``%c`` is a phi of B whose entry for P is ``true`` or
``false``, or, for a ``%c`` defined outside B, when P itself ends in ``br i1
%c`` with two distinct successors (true towards B when B is P's true
successor; LLVM's getKnownValueOnEdge).  The predecessors that know one value
form a group; their edges go to a new block ``<dest>.critedge`` placed just
before the destination (T for true, F for false; LLVM's SplitBlockPredecessors
and then its naming) that branches on to it.  B's phis lose those predecessors'
entries, the destination's phis take an entry for the new block with B's
value, and the round's merge step folds a new block into a predecessor that
ends in ``br label`` (LLVM's MergeBlockIntoPredecessor right after).

B must be simple enough to thread through (LLVM's
blockIsSimpleEnoughToThreadThrough): no phi of B uses a value of B; values of
B used elsewhere may live in at most ``MAX_LIVE_BLOCKS`` blocks (those that
reach such a use without passing B), neither may reach a use from both of B's
successors, and a group goes only to a destination outside them (LLVM 22's
findReaching); and B is no loop header (LLVM 22 keeps loops canonical: threading a
header's entry edge would move its back edge; see ``loop_headers``).  gpuopt
threads only blocks that hold nothing but phis, debug records and the branch
(LLVM also copies up to ten instructions into the new block, simplifying
them); and it skips a group whose predecessors give another phi
of B different values (LLVM then leaves a dead ``.ph`` phi in the new block),
a group whose destination is B itself, and predecessors that end in neither
``br`` nor ``switch``.  Debug records of B are not copied.

Per round, a block threads unless a block it would redirect (a predecessor in
a group, or a destination) also threads and comes earlier in the layout, so
the first of such neighbours always goes and the rest wait.
"""

from __future__ import annotations

from typing import Any

from gpuopt.analysis.cfg import CFG
from gpuopt.arrays import expand, lookup, segment_min
from gpuopt.ir import opcodes as op
from gpuopt.ir.module import (
    CONST_INT,
    KIND_LABEL,
    NAME_NONE,
    TAG_BLOCK,
    TAG_CONSTANT,
    TAG_VALUE,
    Module,
)
from gpuopt.ir.rewrite import append_operands, insert_instructions, type_id
from gpuopt.transforms.branch_common import (
    branches,
    drop_phi_entries,
    fold_single_value_phis,
    fresh_names,
    insert_blocks,
    phi_entry_lookup,
    phis_of,
    same_values,
)
from gpuopt.transforms.branch_forward import loop_headers
from gpuopt.transforms.simplifycfg_host import build_cfg

SWITCH = op.OPCODE_ID["switch"]


def thread_known_conditions(m: Module) -> tuple[Module, int]:
    """LLVM's FoldCondBranchOnValueKnownInPredecessor for every block at once
    (see the module docstring)."""
    xp = m.xp
    cfg = build_cfg(m)
    n_blocks = cfg.n_blocks
    if cfg.edge_source.shape[0] == 0:
        return m, 0
    opcode = m.inst_opcode.astype(xp.int32)
    term, _, conditional, _, first_tag, first_ref, true_block, false_block = branches(m)
    blocks = xp.arange(n_blocks, dtype=xp.int64)
    blocks_of = m.inst_block.astype(xp.int64)

    # B: a branch on its own phi, or on a value from elsewhere; nothing but
    # phis, debug records and the branch; its values used only by its non-phis
    is_value = conditional & (first_tag == TAG_VALUE)
    condition = xp.where(is_value, first_ref, 0)
    inside = is_value & (blocks_of[condition] == blocks)
    own_phi = inside & (opcode[condition] == op.PHI)
    outside = conditional & (first_tag != TAG_CONSTANT) & ~inside
    counted = (opcode != op.PHI) & (opcode != op.DBG_RECORD)
    size = xp.bincount(blocks_of[counted], minlength=n_blocks)[:n_blocks]
    owner = m.operand_owner.astype(xp.int64)
    used = (m.operand_tag == TAG_VALUE) & (opcode[owner] != op.DBG_RECORD)
    defined = blocks_of[xp.where(used, m.operand_ref, 0)]
    local = used & (blocks_of[owner] == defined)
    phi_inside = xp.bincount(defined[local & (opcode[owner] == op.PHI)],
                             minlength=n_blocks)[:n_blocks] > 0
    threadable = (own_phi | outside) & (size == 1) & ~phi_inside & (true_block != false_block)
    threadable &= ~loop_headers(m, cfg, threadable)  # LLVM keeps loops canonical
    # values of B used elsewhere: the blocks that reach such a use without
    # passing B may not become a destination (LLVM's findReaching)
    away = used & ~local & threadable[defined]
    use_key = xp.unique(defined[away] * n_blocks + blocks_of[owner[away]])
    use_b, use_block = use_key // n_blocks, use_key % n_blocks
    hits = xp.bincount(use_b[(use_block == true_block[use_b]) | (use_block == false_block[use_b])],
                       minlength=n_blocks)[:n_blocks]
    both = hits >= 2
    reaching, too_many = _reaching(xp, cfg, use_b, use_block)
    threadable &= ~both & ~too_many
    if not bool(threadable.any()):
        return m, 0

    # known (predecessor, B, value): constant entries of the phi, or the
    # predecessor's own branch on the condition
    entry = xp.flatnonzero((m.operand_tag == TAG_BLOCK) & (opcode[owner] == op.PHI))
    value_row = entry - 1
    phi = owner[entry]
    phi_block = blocks_of[phi]
    constant = m.operand_tag[value_row] == TAG_CONSTANT
    constant_ref = xp.where(constant, m.operand_ref[value_row], 0)
    known = (threadable & own_phi)[phi_block] & (condition[phi_block] == phi) & constant \
        & (m.constant_kind[constant_ref] == CONST_INT)
    phi_pred = m.operand_ref[entry][known].astype(xp.int64)
    phi_b = phi_block[known]
    phi_value = m.constant_value[constant_ref[known]] != 0
    edge_b = cfg.edge_target.astype(xp.int64)
    edge_p = cfg.edge_source.astype(xp.int64)
    same = (threadable & outside)[edge_b] & conditional[edge_p] \
        & (first_tag[edge_p] == first_tag[edge_b]) & (first_ref[edge_p] == first_ref[edge_b]) \
        & (true_block[edge_p] != false_block[edge_p]) & (edge_p != edge_b)
    pred = xp.concatenate((phi_pred, edge_p[same]))
    block = xp.concatenate((phi_b, edge_b[same]))
    value = xp.concatenate((phi_value, true_block[edge_p[same]] == edge_b[same]))
    # one row per distinct (B, value, predecessor)
    key = xp.unique((block * 2 + value) * n_blocks + pred)
    pred = key % n_blocks
    block = key // n_blocks // 2
    value = (key // n_blocks) % 2 == 1
    dest = xp.where(value, true_block[block], false_block[block])
    group = block * 2 + value  # sorted, so each group is a run

    # groups that cannot go: destination B, odd predecessors, disagreeing phis
    n_groups_key = n_blocks * 2
    bad = (dest == block) | ((opcode[term[pred]] != op.BR) & (opcode[term[pred]] != SWITCH))
    bad |= _contains(xp, reaching, block * n_blocks + dest)
    bad |= _phis_disagree(m, block, pred, group, n_groups_key)
    bad_group = xp.zeros(n_groups_key, dtype=bool)
    bad_group[group[bad]] = True
    ok = ~bad_group[group]
    pred, block, value, dest, group = (a[ok] for a in (pred, block, value, dest, group))
    if pred.shape[0] == 0:
        return m, 0

    # per round, a B goes unless a neighbour it would redirect goes first
    wanting = xp.zeros(n_blocks, dtype=bool)
    wanting[block] = True
    rival = xp.where(wanting[pred] & (pred != block), pred, n_blocks)
    rival = xp.minimum(rival, xp.where(wanting[dest], dest, n_blocks))
    first_rival = segment_min(xp, rival, block, n_blocks, n_blocks)
    going = first_rival[block] > block
    pred, block, value, dest, group = (a[going] for a in (pred, block, value, dest, group))
    if pred.shape[0] == 0:
        return m, 0
    return _thread(m, pred, block, dest, group)


def _phis_disagree(m: Module, block: Any, pred: Any, group: Any, n_groups: int) -> Any:
    """Per row: whether some phi of B gets a value from this predecessor that
    differs from the value from the first predecessor of the row's group."""
    xp = m.xp
    k = int(block.shape[0])
    first = segment_min(xp, xp.arange(k, dtype=xp.int64), group, n_groups, k)
    leader = pred[xp.minimum(first[group], k - 1)]
    which, phi = phis_of(m, block)
    found_a, value_a = phi_entry_lookup(m, phi, pred[which])
    found_b, value_b = phi_entry_lookup(m, phi, leader[which])
    differ = ~found_a | ~found_b | ~same_values(m, value_a, value_b)
    return xp.bincount(which[differ], minlength=k)[:k] > 0


def _thread(m: Module, pred: Any, block: Any, dest: Any, group: Any) -> tuple[Module, int]:
    """Redirect each group's predecessors to a new block that branches to
    the group's destination; fix the phis of B and of the destination."""
    xp = m.xp
    n_blocks = m.block_function.shape[0]
    groups, first = xp.unique(group, return_index=True)
    g = int(groups.shape[0])
    g_block = block[first]
    g_dest = dest[first]
    which_group = xp.searchsorted(groups, group)
    strings = m.host.strings
    dest_name = m.block_name[g_dest]
    distinct = xp.unique(dest_name).tolist()
    texts = [(strings[int(i)] if i >= 0 else "") + ".critedge" for i in distinct]
    names = fresh_names(m, m.block_function[g_dest], texts,
                        lookup(xp, distinct, list(range(len(distinct))), dest_name, 0))

    # values the destination's phis get from B, read before anything moves
    which_phi, phi = phis_of(m, g_dest)
    found, value_row = phi_entry_lookup(m, phi, g_block[which_phi])
    phi_tag = m.operand_tag[value_row][found]
    phi_ref = m.operand_ref[value_row][found]
    phi_type = m.operand_type[value_row][found]
    block_type = m.operand_type[value_row + 1][found]
    phi = phi[found]
    phi_group = which_phi[found]

    # how many edges each predecessor sends to B (each has a phi entry)
    order = xp.argsort(pred * n_blocks + block)
    redirected, position = _edges_of(m, pred * n_blocks + block, order)
    how_many = xp.zeros(pred.shape[0], dtype=xp.int64)
    how_many[order] = xp.bincount(position[redirected],
                                  minlength=pred.shape[0])[:pred.shape[0]]

    # B's phis lose the threaded predecessors' entries
    m = drop_phi_entries(m, pred, block, how_many)
    # new blocks, then the predecessors' edges to them
    m, old, new = insert_blocks(m, g_dest, names)
    redirected, position = _edges_of(m, old[pred] * (n_blocks + g) + old[block], order,
                                      n_blocks + g)
    refs = m.operand_ref.copy()
    refs[redirected] = new[which_group[order[position[redirected]]]]
    m = m.with_columns(operand_ref=refs.astype(m.operand_ref.dtype))
    # the destination's phis: an entry for the new block, with B's value
    m = append_operands(m, xp.repeat(phi, 2),
                        xp.stack((phi_tag.astype(xp.int32),
                                  xp.full(phi.shape[0], TAG_BLOCK, dtype=xp.int32)), 1).ravel(),
                        xp.stack((phi_ref.astype(xp.int64), new[phi_group]), 1).ravel(),
                        xp.stack((phi_type, block_type), 1).ravel())
    # each new block: br label %dest
    m, label = type_id(m, "label", KIND_LABEL)
    minus_one = xp.full(g, -1, dtype=xp.int32)
    placed = new
    m, _ = insert_instructions(
        m, m.block_first_inst[old[g_dest]].astype(xp.int64),
        {"inst_opcode": xp.full(g, op.BR, dtype=xp.int16), "inst_type": minus_one,
         "inst_aux_type": minus_one, "inst_shape": minus_one, "inst_block": placed,
         "inst_function": m.block_function[placed], "inst_flags": xp.zeros(g, dtype=xp.int16),
         "inst_predicate": minus_one, "inst_name": xp.full(g, NAME_NONE, dtype=xp.int32),
         "inst_template": minus_one},
        xp.arange(g), xp.full(g, TAG_BLOCK), old[g_dest], xp.full(g, label))
    lost = xp.zeros(m.block_function.shape[0], dtype=bool)
    lost[old[block]] = True
    m, _ = fold_single_value_phis(m, lost)
    return m, g


def _edges_of(m: Module, pair_key: Any, order: Any, stride: int | None = None
              ) -> tuple[Any, Any]:
    """Terminator edge operands from block P to block B for the pairs keyed
    ``P * stride + B`` (sorted by ``order``): the mask of such operands, and
    for each operand its position in the sorted pairs."""
    xp = m.xp
    stride = int(m.block_function.shape[0]) if stride is None else stride
    is_edge = (m.operand_tag == TAG_BLOCK) & xp.asarray(op.IS_TERMINATOR)[
        m.inst_opcode[m.operand_owner].astype(xp.int32)]
    sorted_pairs = pair_key[order]
    operand_key = m.inst_block[m.operand_owner].astype(xp.int64) * stride + m.operand_ref
    position = xp.clip(xp.searchsorted(sorted_pairs, operand_key), 0, pair_key.shape[0] - 1)
    return is_edge & (sorted_pairs[position] == operand_key), position


# LLVM's MaxJumpThreadingLiveBlocks: how many blocks a value of B may be live in.
MAX_LIVE_BLOCKS = 24


def _reaching(xp: Any, cfg: CFG, block: Any, use_block: Any) -> tuple[Any, Any]:
    """For pairs (B, a block using a value of B): the sorted keys ``B * n + X`` of
    every block X that reaches such a use without passing B (the use blocks
    included), searched backwards a level per sweep; and per block whether
    that set grew past ``MAX_LIVE_BLOCKS`` (LLVM then gives up on B)."""
    n_blocks = cfg.n_blocks
    keys = xp.unique(block * n_blocks + use_block)
    too_many = xp.bincount(keys // n_blocks, minlength=n_blocks)[:n_blocks] > MAX_LIVE_BLOCKS
    frontier = keys
    for _ in range(MAX_LIVE_BLOCKS + 2):  # a level of predecessors per sweep
        if frontier.shape[0] == 0:
            break
        owner, at = frontier // n_blocks, frontier % n_blocks
        row, position = expand(xp, cfg.predecessor_start[at].astype(xp.int64),
                               cfg.predecessor_count[at].astype(xp.int64))
        pred = cfg.edge_source[cfg.predecessor_edge[position]].astype(xp.int64)
        b = owner[row]
        fresh = xp.unique((b * n_blocks + pred)[(pred != b) & ~too_many[b]])
        fresh = fresh[~_contains(xp, keys, fresh)]
        keys = xp.unique(xp.concatenate((keys, fresh)))
        too_many |= xp.bincount(keys // n_blocks, minlength=n_blocks)[:n_blocks] \
            > MAX_LIVE_BLOCKS
        frontier = fresh
    return keys, too_many


def _contains(xp: Any, sorted_keys: Any, wanted: Any) -> Any:
    """Whether each wanted key is among the sorted keys (a binary search each)."""
    if sorted_keys.shape[0] == 0:
        return xp.zeros(wanted.shape[0], dtype=bool)
    position = xp.clip(xp.searchsorted(sorted_keys, wanted), 0, sorted_keys.shape[0] - 1)
    return sorted_keys[position] == wanted
