"""simplifycfg's step that folds a conditional branch into its predecessor's
(LLVM's FoldBranchToCommonDest, the ``or.cond`` of ``a || b`` and ``a && b``).

A block B ending in ``br i1 %b, T0, T1`` folds into a predecessor P ending in
``br i1 %p, S0, S1`` when the two branches share a destination:

| P's successors | P's new branch                       |
|----------------|--------------------------------------|
| S0 == T0       | ``br (p or b), T0, T1``              |
| S1 == T1       | ``br (p and b), T0, T1``             |
| S0 == T1       | ``br (not p and b), T0, T1``         |
| S1 == T0       | ``br (not p or b), T0, T1``          |

(checked in this order).  B qualifies as LLVM's does: ``%b`` is a compare,
binary operator or select of B's own with no other use; B is not its own
successor, has no phis, and its other instructions (bonus instructions) are
safe to run unconditionally, used only later in B or by phi entries for B,
and cost at most ``BONUS_BUDGET`` (LLVM's BonusInstThreshold) times the number
of predecessors that fold, free instructions not counted.  P qualifies when its
condition is no constant, its branch carries no ``!prof`` weights (LLVM then
checks predictability; gpuopt does not model weights) and every phi of the
common destination receives the same value from P as from B (LLVM's
safeToMergeTerminators).

``not p`` flips P's compare in place when it has no other use (LLVM's
InvertBranch), else is ``xor i1 %p, true`` named ``%p.not``.  The result is
``or``/``and`` where B's condition being poison makes the left side poison
(LLVM's impliesPoison), else ``select i1 L, i1 true, i1 R`` or ``select i1 L,
i1 R, i1 false``, named ``%or.cond`` either way.  B's instructions go before
P's terminator (moved, debug records too, when P is B's only predecessor,
which then goes; else copied, unnamed, and B stays for its other
predecessors); the phis of B's other successor take an entry for P (last, as
LLVM's addIncoming leaves it) with B's value, and P's branch takes B's
``!llvm.loop`` if it has none.

Per round, a block that folds is nobody's P, and a P takes one B (the first
in layout): LLVM folds one predecessor per visit and then revisits, so chains
of ``||`` fold a link per round, in LLVM's order.  A cycle of blocks each
wanting to fold into the next waits.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from gpuopt.arrays import expand, lookup, segment_min
from gpuopt.ir import opcodes as op
from gpuopt.ir.layout import type_layout
from gpuopt.ir.module import (
    CONST_INT,
    NAME_NUMBERED,
    TAG_ARGUMENT,
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
    operand_row,
    reorder_instructions,
    type_id,
)
from gpuopt.transforms.branch_common import (
    address_taken,
    branches,
    drop_phi_entries,
    fold_single_value_phis,
    free_rows,
    fresh_names,
    implies_poison,
    phi_entry_lookup,
    phis_of,
    same_values,
    tail_has,
)
from gpuopt.transforms.branch_speculation import safe_divisions, speculatable
from gpuopt.transforms.simplifycfg_host import build_cfg, delete_blocks, use_counts

# LLVM's BonusInstThreshold (SimplifyCFGOptions' default).
BONUS_BUDGET = 1
FCMP = op.OPCODE_ID["fcmp"]
FDIV = op.OPCODE_ID["fdiv"]
FREM = op.OPCODE_ID["frem"]
# What a folded branch's condition may be: a compare, a binary operator or a select.
CONDITION = np.isin(np.arange(op.N_OPCODES), [op.OPCODE_ID[name] for name in (
    op.BINARY_OPS + op.FLOAT_BINARY_OPS + ("icmp", "fcmp", "select"))])
# icmp predicates (ICMP_PREDICATES order) and their inverses.
_ICMP_INVERSE = [op.ICMP_ID[p] for p in ("ne", "eq", "ule", "ult", "uge", "ugt",
                                           "sle", "slt", "sge", "sgt")]
_FCMP_INVERSE = {"false": "true", "oeq": "une", "ogt": "ule", "oge": "ult", "olt": "uge",
                 "ole": "ugt", "one": "ueq", "ord": "uno", "ueq": "one", "ugt": "ole",
                 "uge": "olt", "ult": "oge", "ule": "ogt", "une": "oeq", "uno": "ord",
                 "true": "false"}


def fold_branches_to_common_dest(m: Module) -> tuple[Module, int]:
    """LLVM's FoldBranchToCommonDest for every block at once (see the module
    docstring)."""
    xp = m.xp
    cfg = build_cfg(m)
    n_blocks = cfg.n_blocks
    if cfg.edge_source.shape[0] == 0:
        return m, 0
    n = m.n_instructions
    opcode = m.inst_opcode.astype(xp.int32)
    term, _, conditional, _, first_tag, first_ref, true_block, false_block = branches(m)
    blocks = xp.arange(n_blocks, dtype=xp.int64)
    blocks_of = m.inst_block.astype(xp.int64)
    uses = use_counts(m)

    # B: a conditional br on a one-use condition of its own
    own = conditional & (first_tag == TAG_VALUE)
    condition = xp.where(own, first_ref, 0)
    folder = own & xp.asarray(CONDITION)[opcode[condition]] & (blocks_of[condition] == blocks) \
        & (uses[condition] == 1) & (true_block != blocks) & (false_block != blocks) \
        & (true_block != false_block) & ~cfg.entry & ~address_taken(m) \
        & (cfg.predecessor_count > 0)
    if not bool(folder.any()):
        return m, 0

    # its other instructions: safe, cheap, used only later in B or for B's phi entries
    m, lay = type_layout(m)
    m, safe = speculatable(m, lay)
    # divisions that cannot trap, and float ones (LLVM: safe, if costly)
    safe = safe | safe_divisions(m) | (opcode == FDIV) | (opcode == FREM)
    free = free_rows(m, lay)
    rows = xp.arange(n, dtype=xp.int64)
    is_debug = opcode == op.DBG_RECORD
    body = folder[blocks_of] & ~is_debug & (rows != term[blocks_of]) \
        & (rows != condition[blocks_of])

    def per_block(mask: Any) -> Any:
        return xp.bincount(blocks_of[mask], minlength=n_blocks)[:n_blocks]

    owner = m.operand_owner.astype(xp.int64)
    used = (m.operand_tag == TAG_VALUE) & ~is_debug[owner]
    target = xp.where(used, m.operand_ref, 0).astype(xp.int64)
    operand = xp.arange(m.operand_tag.shape[0], dtype=xp.int64)
    phi_value = (opcode[owner] == op.PHI) & ((operand - m.inst_operand_start[owner]) % 2 == 0)
    incoming = m.operand_ref[operand_row(m, operand, 1)].astype(xp.int64)
    local = ((opcode[owner] != op.PHI) & (blocks_of[owner] == blocks_of[target])
             & (owner > target)) | (phi_value & (incoming == blocks_of[target]))
    escaping = xp.bincount(blocks_of[target[used & body[target] & ~local]],
                           minlength=n_blocks)[:n_blocks]
    bonus = per_block(body & ~free)
    folder &= (per_block(body & ~safe) == 0) & (escaping == 0) & (bonus <= BONUS_BUDGET)

    # pairs (P, B): P's conditional br shares a successor with B's
    edge = xp.flatnonzero(folder[cfg.edge_target] & conditional[cfg.edge_source]
                          & (cfg.edge_source != cfg.edge_target))
    pred = cfg.edge_source[edge].astype(xp.int64)
    block = cfg.edge_target[edge].astype(xp.int64)
    s0, s1 = true_block[pred], false_block[pred]
    b0, b1 = true_block[block], false_block[block]
    or_plain = s0 == b0
    and_plain = ~or_plain & (s1 == b1)
    and_inverted = ~or_plain & ~and_plain & (s0 == b1)
    or_inverted = ~or_plain & ~and_plain & ~and_inverted & (s1 == b0)
    is_or = or_plain | or_inverted
    invert = and_inverted | or_inverted
    common = xp.where(is_or, b0, b1)
    unique = xp.where(is_or, b1, b0)
    pair = (or_plain | and_plain | and_inverted | or_inverted) \
        & (first_tag[pred] != TAG_CONSTANT) & ~tail_has(m, term[pred], "!prof")
    pair &= _phis_agree(m, common, pred, block)
    pred, block, is_or, invert, common, unique = (
        a[pair] for a in (pred, block, is_or, invert, common, unique))
    if pred.shape[0] == 0:
        return m, 0
    # LLVM's budget: bonus instructions are copied once per folding predecessor
    folding_preds = xp.bincount(block, minlength=n_blocks)[:n_blocks]
    fits = bonus[block] * folding_preds[block] <= BONUS_BUDGET
    wants = xp.zeros(n_blocks, dtype=bool)
    wants[block[fits]] = True
    chosen = fits & ~wants[pred]
    first_block = segment_min(xp, xp.where(chosen, block, n_blocks), pred, n_blocks, n_blocks)
    chosen &= block == first_block[pred]
    pred, block, is_or, invert, common, unique = (
        a[chosen] for a in (pred, block, is_or, invert, common, unique))
    k = int(pred.shape[0])
    if k == 0:
        return m, 0
    return _fold(m, cfg.predecessor_count, term, condition, body, pred, block, is_or, invert,
                 common, unique, uses), k


def _phis_agree(m: Module, common: Any, pred: Any, block: Any) -> Any:
    """Per pair: every phi of ``common`` has one value for ``pred`` and ``block``."""
    xp = m.xp
    which, phi = phis_of(m, common)
    found_p, value_p = phi_entry_lookup(m, phi, pred[which])
    found_b, value_b = phi_entry_lookup(m, phi, block[which])
    bad = ~found_p | ~found_b | ~same_values(m, value_p, value_b)
    return xp.bincount(which[bad], minlength=common.shape[0])[:common.shape[0]] == 0


def _fold(m: Module, predecessor_count: Any, term: Any, condition: Any, body: Any,
          pred: Any, block: Any, is_or: Any, invert: Any, common: Any, unique: Any,
          uses: Any) -> Module:
    """Rewrite each chosen (P, B) pair (see the module docstring)."""
    xp = m.xp
    n = m.n_instructions
    n_blocks = m.block_function.shape[0]
    k = int(pred.shape[0])
    opcode = m.inst_opcode.astype(xp.int32)
    move = predecessor_count[block] == 1
    p_row = operand_row(m, m.inst_operand_start[term[pred]].astype(xp.int64))
    p_tag = m.operand_tag[p_row].astype(xp.int32)
    p_ref = m.operand_ref[p_row].astype(xp.int64)
    p_value = xp.where(p_tag == TAG_VALUE, p_ref, 0)
    flip = invert & (p_tag == TAG_VALUE) & ((opcode[p_value] == op.ICMP)
                                            | (opcode[p_value] == FCMP)) & (uses[p_value] == 1)
    negate = invert & ~flip
    bitwise = implies_poison(m, condition[block], p_tag, p_ref, negate)
    m, i1 = type_id(m, "i1")

    # copies of B's instructions for pairs that keep B: (pair, original row)
    clone_pairs = xp.flatnonzero(~move)
    which, original = expand(xp, m.block_first_inst[block[clone_pairs]].astype(xp.int64),
                             m.block_inst_count[block[clone_pairs]].astype(xp.int64))
    copied = body[original] | (original == condition[block[clone_pairs]][which])
    which, original = which[copied], original[copied]
    clone_pair = clone_pairs[which]
    c = int(original.shape[0])

    # new rows: the nots, the copies, then the or.conds (in this order per P)
    negating = xp.flatnonzero(negate)
    g = int(negating.shape[0])
    first_copy = g
    first_cond = g + c
    total = g + c + k
    names = _new_names(m, pred, p_tag, p_ref, negating)
    copy_index = _index_of(xp, clone_pair, original, n, first_copy)
    right = xp.where(move, condition[block], 0).astype(xp.int64)
    right_tag = xp.full(k, TAG_VALUE, dtype=xp.int32)
    if c:
        is_cond = original == condition[block[clone_pair]]
        right[clone_pair[is_cond]] = n + first_copy + xp.flatnonzero(is_cond)
    left_tag = p_tag.copy()
    left_ref = p_ref.copy()
    left_tag[negating] = TAG_VALUE
    left_ref[negating] = n + xp.arange(g)
    m, constants = append_constants(m, xp.full(2, i1), xp.full(2, CONST_INT), xp.arange(2))
    false, true = int(constants[0]), int(constants[1])

    # operands: not (p, true); copies (their operands, B's rows mapped to copies);
    # or.cond: or/and (L, R), or select (L, true, R) / (L, R, false)
    which_op, copy_operand = expand(xp, m.inst_operand_start[original].astype(xp.int64),
                                    m.inst_operand_count[original].astype(xp.int64))
    copy_tag = m.operand_tag[copy_operand].astype(xp.int32)
    copy_ref = m.operand_ref[copy_operand].astype(xp.int64)
    copy_value = copy_tag == TAG_VALUE
    mapped = copy_index(clone_pair[which_op], xp.where(copy_value, copy_ref, -1))
    copy_ref = xp.where(copy_value & (mapped >= 0), mapped, copy_ref)
    selecting = ~bitwise
    cond_operands = xp.where(selecting, 3, 2)
    slot = xp.arange(3)[None, :].repeat(k, 0)
    cond_keep = slot < cond_operands[:, None]
    # select layouts: or (L, true, R), and (L, R, false); binary: (L, R)
    tag_grid = xp.stack((left_tag, xp.where(selecting & is_or, TAG_CONSTANT, right_tag),
                         xp.where(selecting & ~is_or, TAG_CONSTANT, right_tag)), 1)
    ref_grid = xp.stack((left_ref, xp.where(selecting & is_or, true, right),
                         xp.where(selecting & ~is_or, false, right)), 1)
    owners = xp.concatenate((xp.repeat(xp.arange(g), 2), first_copy + which_op,
                             first_cond + xp.repeat(xp.arange(k), 3)[cond_keep.ravel()]))
    tags = xp.concatenate((xp.stack((p_tag[negating], xp.full(g, TAG_CONSTANT)), 1).ravel(),
                           copy_tag, tag_grid[cond_keep]))
    refs = xp.concatenate((xp.stack((p_ref[negating], xp.full(g, true)), 1).ravel(),
                           copy_ref, ref_grid[cond_keep]))
    types = xp.concatenate((xp.full(2 * g, i1), m.operand_type[copy_operand],
                            xp.full(int(cond_keep.sum()), i1)))
    cond_opcode = xp.where(selecting, op.SELECT, xp.where(is_or, op.OR, op.AND))
    minus_one = xp.full(total, -1, dtype=xp.int32)
    home = xp.concatenate((pred[negating], pred[clone_pair], pred))
    new = {"inst_opcode": xp.concatenate((xp.full(g, op.XOR), opcode[original], cond_opcode)),
           "inst_type": xp.concatenate((xp.full(g, i1), m.inst_type[original], xp.full(k, i1))),
           "inst_aux_type": xp.concatenate((minus_one[:g], m.inst_aux_type[original],
                                            minus_one[:k])),
           "inst_shape": xp.concatenate((minus_one[:g], m.inst_shape[original], minus_one[:k])),
           "inst_block": home, "inst_function": m.block_function[home],
           "inst_flags": xp.concatenate((xp.zeros(g), m.inst_flags[original], xp.zeros(k))),
           "inst_predicate": xp.concatenate((minus_one[:g], m.inst_predicate[original],
                                             minus_one[:k])),
           "inst_name": xp.concatenate((names[0], xp.full(c, NAME_NUMBERED), names[1])),
           "inst_template": xp.concatenate((minus_one[:g], m.inst_template[original],
                                            minus_one[:k]))}

    # P's branch: on the or.cond, to B's successors; B's loop metadata
    m = _rewrite_branches(m, term, pred, block, n + first_cond + xp.arange(k))
    m = _flip_compares(m, p_value[flip])
    # phis of B's other successor: an entry for P with B's value
    which_phi, phi = phis_of(m, unique)
    found, value_row = phi_entry_lookup(m, phi, block[which_phi])
    value_tag = m.operand_tag[value_row].astype(xp.int32)
    value_ref = m.operand_ref[value_row].astype(xp.int64)
    from_copy = copy_index(which_phi, xp.where(value_tag == TAG_VALUE, value_ref, -1))
    value_ref = xp.where((value_tag == TAG_VALUE) & (from_copy >= 0), from_copy, value_ref)
    phi_value_type = m.operand_type[value_row]
    phi_block_type = m.operand_type[value_row + 1]

    before = term[home]
    m, index = insert_instructions(m, before, new, owners, tags, refs, types)
    phi = index[phi]
    value_ref = xp.where(value_tag == TAG_VALUE, index[xp.minimum(value_ref, n + total - 1)],
                         value_ref)
    m = append_operands(m, xp.repeat(phi[found], 2),
                        xp.stack((value_tag[found], xp.full(int(found.sum()), TAG_BLOCK)),
                                 1).ravel(),
                        xp.stack((value_ref[found], pred[which_phi][found]), 1).ravel(),
                        xp.stack((phi_value_type[found], phi_block_type[found]), 1).ravel())

    # moved blocks: their entries in their successors' phis, their branch, the block
    moving = xp.flatnonzero(move)
    gone = block[moving]
    m = drop_phi_entries(m, xp.concatenate((gone, gone)),
                         xp.concatenate((unique[moving], common[moving])),
                         xp.ones(2 * moving.shape[0], dtype=xp.int64))
    moved = xp.zeros(n_blocks, dtype=bool)
    moved[gone] = True
    new_home = xp.arange(n_blocks, dtype=xp.int64)
    new_home[gone] = pred[moving]
    row_block = m.inst_block.astype(xp.int64)
    rows = xp.arange(m.n_instructions, dtype=xp.int64)
    keep = ~(moved[row_block] & (rows == term_index(m, row_block)))
    # order inside each P: its rows, the not, B's rows, copies, or.cond, P's branch
    group = xp.zeros(m.n_instructions, dtype=xp.int64)
    new_group = xp.concatenate((xp.full(g, 1), xp.full(c, 3), xp.full(k, 4)))
    group[index[n:]] = new_group
    group[moved[row_block]] = 2
    is_p_term = xp.zeros(m.n_instructions, dtype=bool)
    is_p_term[index[term[pred]]] = True
    group[is_p_term] = 5
    m = m.with_columns(inst_block=new_home[row_block].astype(m.inst_block.dtype))
    m = delete_instructions(m, keep)
    group = group[keep]
    order = xp.lexsort(xp.stack((xp.arange(m.n_instructions), group,
                                 m.inst_block.astype(xp.int64))))
    m = reorder_instructions(m, order)
    lost = xp.zeros(n_blocks, dtype=bool)
    lost[unique[moving]] = True
    lost[common[moving]] = True
    m = delete_blocks(m, ~moved)
    m, _ = fold_single_value_phis(m, lost[~moved])
    return m


def term_index(m: Module, block: Any) -> Any:
    """The terminator row of each given block."""
    return (m.block_first_inst[block] + m.block_inst_count[block] - 1).astype(m.xp.int64)


def _index_of(xp: Any, pair: Any, original: Any, n: int, first: int) -> Any:
    """A lookup from (pair, original row) to the new-row number (n + first + j)
    of copy j; -1 where that row has no copy for that pair."""
    keys = pair.astype(xp.int64) * (n + 1) + original
    order = xp.argsort(keys)
    sorted_keys = keys[order]

    def find(which: Any, row: Any) -> Any:
        if keys.shape[0] == 0:
            return xp.full(row.shape[0], -1, dtype=xp.int64)
        wanted = which.astype(xp.int64) * (n + 1) + row
        position = xp.clip(xp.searchsorted(sorted_keys, wanted), 0, keys.shape[0] - 1)
        return xp.where((sorted_keys[position] == wanted) & (row >= 0),
                        n + first + order[position], -1)

    return find


def _new_names(m: Module, pred: Any, p_tag: Any, p_ref: Any, negating: Any) -> tuple[Any, Any]:
    """Names of the nots (``%p.not``) and of the or.conds."""
    xp = m.xp
    strings = m.host.strings
    name = xp.where(p_tag == TAG_VALUE, m.inst_name[xp.where(p_tag == TAG_VALUE, p_ref, 0)],
                    xp.where(p_tag == TAG_ARGUMENT,
                             m.argument_name[xp.where(p_tag == TAG_ARGUMENT, p_ref, 0)],
                             NAME_NUMBERED))[negating]
    distinct = xp.unique(name).tolist()
    texts = [(strings[int(i)] if i >= 0 else "") + ".not" for i in distinct]
    which = lookup(xp, distinct, list(range(len(distinct))), name, 0)
    function = m.block_function[pred]
    nots = fresh_names(m, function[negating], texts, which)
    conds = fresh_names(m, function, ["or.cond"], xp.zeros(pred.shape[0], dtype=xp.int64))
    return nots, conds


def _rewrite_branches(m: Module, term: Any, pred: Any, block: Any, new_condition: Any) -> Module:
    """P's ``br`` becomes ``br i1 <new condition row>, T0, T1`` (B's targets), with
    B's branch tail where B's has ``!llvm.loop`` and P's has none."""
    xp = m.xp
    start = m.inst_operand_start[term[pred]].astype(xp.int64)
    b_start = m.inst_operand_start[term[block]].astype(xp.int64)
    tag, ref = m.operand_tag.copy(), m.operand_ref.copy()
    tag[start] = TAG_VALUE
    ref[start] = new_condition
    ref[start + 1] = m.operand_ref[b_start + 1]
    ref[start + 2] = m.operand_ref[b_start + 2]
    templates = xp.unique(m.inst_template[term]).tolist()
    looped = [int(t >= 0 and "!llvm.loop" in m.host.templates[t][-1]) for t in templates]
    p_loop = lookup(xp, templates, looped, m.inst_template[term[pred]], 0) == 1
    b_loop = lookup(xp, templates, looped, m.inst_template[term[block]], 0) == 1
    template = m.inst_template.copy()
    take = b_loop & ~p_loop
    template[term[pred][take]] = m.inst_template[term[block][take]]
    return m.with_columns(operand_tag=tag, operand_ref=ref, inst_template=template)


def _flip_compares(m: Module, rows: Any) -> Module:
    """Invert compares in place: an icmp's predicate column; an fcmp's
    predicate word in a new copy of its template."""
    xp = m.xp
    if rows.shape[0] == 0:
        return m
    opcode = m.inst_opcode[rows]
    icmp = rows[opcode == op.ICMP]
    predicate = m.inst_predicate.astype(xp.int32).copy()
    predicate[icmp] = xp.asarray(_ICMP_INVERSE, dtype=xp.int32)[predicate[icmp]]
    m = m.with_columns(inst_predicate=predicate.astype(m.inst_predicate.dtype))
    fcmp = rows[opcode == FCMP]
    if fcmp.shape[0] == 0:
        return m
    host = m.host
    distinct = xp.unique(m.inst_template[fcmp]).tolist()
    new_templates, new_shapes = [], []
    for template in distinct:  # distinct fcmp templates, a few
        pieces = list(host.templates[template])
        words = pieces[0].split(" ")
        at = next(i for i, w in enumerate(words) if w in _FCMP_INVERSE and i > 0)
        words[at] = _FCMP_INVERSE[words[at]]
        pieces[0] = " ".join(words)
        host.templates.append(pieces)
        new_templates.append(len(host.templates) - 1)
        new_shapes.append(host.strings.intern("\0".join(pieces[:-1]) + "\0"
                                              + _strip_metadata(pieces[-1])))
    template = m.inst_template.copy()
    shape = m.inst_shape.copy()
    template[fcmp] = lookup(xp, distinct, new_templates, m.inst_template[fcmp], -1)
    shape[fcmp] = lookup(xp, distinct, new_shapes, m.inst_template[fcmp], -1)
    return m.with_columns(inst_template=template, inst_shape=shape)


def _strip_metadata(tail: str) -> str:
    at = tail.find(", !")
    return tail if at < 0 else tail[:at]
