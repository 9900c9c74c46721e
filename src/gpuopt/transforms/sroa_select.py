"""sroa's select speculation: loads through a select of two alloca pointers.

``%p = select i1 %c, ptr %a, ptr %b`` whose every use is a simple load, with
``%a`` and ``%b`` constant offsets into entry-block allocas, becomes, for each
load, ``select i1 %c, T (load T, ptr %a), T (load T, ptr %b)`` (LLVM's
isSafeSelectToSpeculate and speculateSelectInstLoads): both loads are safe to
run unconditionally when each stays inside its alloca and the alloca is
aligned at least as the load asks.  The allocas then see plain loads and can
split and promote.  The speculated loads drop the original's metadata (a
``!noundef`` or ``!range`` need not hold on the arm not taken), as LLVM's do.

Differs from LLVM: only allocas on both arms (LLVM also takes any pointer
known dereferenceable), no speculation through phis, and no predicated
loads or stores (LLVM's modify-cfg mode).
"""

from __future__ import annotations

from gpuopt.analysis.memory import OFFSETS, pointer_roots
from gpuopt.ir import opcodes as op
from gpuopt.ir.layout import gep_offsets, type_layout
from gpuopt.ir.module import NAME_NUMBERED, TAG_VALUE, Module
from gpuopt.ir.rewrite import (
    NO_REPLACEMENT,
    delete_instructions,
    insert_instructions,
    replace_uses,
    type_id,
)
from gpuopt.transforms.sroa_rows import aligns_of, texts


def speculate_selects(m: Module) -> tuple[Module, int]:
    """Speculate the loads of selects between two alloca pointers; returns the
    module and how many loads were speculated."""
    xp = m.xp
    n = m.n_instructions
    opcode = m.inst_opcode.astype(xp.int32)
    selects = xp.flatnonzero(opcode == op.SELECT)
    if selects.shape[0] == 0:
        return m, 0
    m, lay = type_layout(m)
    if lay is None:
        return m, 0
    m, pointer = type_id(m, "ptr")
    selects = selects[m.inst_type[selects] == pointer]
    if selects.shape[0] == 0:
        return m, 0
    simple = (m.inst_flags & op.FLAG_ORDERED) == 0
    start = m.inst_operand_start.astype(xp.int64)
    n_types = lay.size.shape[0]
    aux = xp.clip(m.inst_aux_type.astype(xp.int64), 0, n_types - 1)
    entry_block = m.function_first_block[m.inst_function]
    candidate = (opcode == op.ALLOCA) & simple & (m.inst_operand_count == 0) \
        & (m.inst_block == entry_block) & (m.inst_aux_type >= 0) & (lay.size[aux] > 0) \
        & (lay.size[aux] < OFFSETS)
    geps = xp.flatnonzero(opcode == op.GEP)
    constant, gep_offset = gep_offsets(m, lay, geps)
    from_value = m.operand_tag[start[geps]] == TAG_VALUE
    root, offset = pointer_roots(m, candidate, geps[constant & from_value],
                                 gep_offset[constant & from_value])
    alloca_align = xp.zeros(n, dtype=xp.int64)
    allocas = xp.flatnonzero(candidate)
    alloca_align[allocas] = aligns_of(m, allocas)

    # -- both arms point into allocas ---------------------------------------------------
    arms = xp.stack((start[selects] + 1, start[selects] + 2), axis=1)
    arm_tag = m.operand_tag[arms]
    arm_ref = xp.where(arm_tag == TAG_VALUE, m.operand_ref[arms], 0).astype(xp.int64)
    arm_root = xp.where(arm_tag == TAG_VALUE, root[arm_ref], -1)
    is_select = xp.zeros(n, dtype=bool)
    is_select[selects[(arm_root >= 0).all(axis=1)]] = True

    # -- every use a simple load that stays inside both allocas, aligned ---------------
    is_use = m.operand_tag == TAG_VALUE
    target = xp.where(is_use, m.operand_ref, 0).astype(xp.int64)
    use = is_use & is_select[target] & (opcode[m.operand_owner] != op.DBG_RECORD)
    owner = m.operand_owner.astype(xp.int64)
    position = xp.arange(m.operand_tag.shape[0], dtype=xp.int64) - start[owner]
    load_type = xp.clip(m.inst_type[owner].astype(xp.int64), 0, n_types - 1)
    loading = use & (opcode[owner] == op.LOAD) & (position == 0) & simple[owner] \
        & (m.inst_type[owner] >= 0) & (lay.store[load_type] > 0)
    candidates = xp.flatnonzero(loading)
    load_rows = owner[candidates]
    load_align = aligns_of(m, load_rows)
    select_rows = target[candidates]
    select_start = start[select_rows]
    size = lay.store[load_type[candidates]]
    fits = xp.ones(candidates.shape[0], dtype=bool)
    for arm in (1, 2):  # the two arms of each select
        ref = m.operand_ref[select_start + arm].astype(xp.int64)
        base = root[ref]
        at = offset[ref]
        fits &= (at >= 0) & (at + size <= lay.size[aux[base]]) & (load_align > 0) \
            & (alloca_align[base] >= load_align) & (at % xp.maximum(load_align, 1) == 0)
    bad = use.copy()
    bad[candidates[fits]] = False
    blocked = xp.bincount(target[bad], minlength=n)[:n] > 0
    chosen = fits & ~blocked[select_rows]
    load_rows, select_rows, load_align = load_rows[chosen], select_rows[chosen], \
        load_align[chosen]
    k = int(load_rows.shape[0])
    if k == 0:
        return m, 0

    # -- rewrite: two loads and a select of their values before each load ----------------
    select_start = start[select_rows]
    value_type = m.inst_type[load_rows].astype(xp.int64)
    template, shape = texts(m, value_type, load_align, "load {T}, ptr \0, align {A}")
    minus = xp.full(k, -1)
    three = xp.arange(3 * k, dtype=xp.int64).reshape(k, 3)  # per load: load, load, select
    new = {
        "inst_opcode": xp.stack((xp.full(k, op.LOAD), xp.full(k, op.LOAD),
                                 xp.full(k, op.SELECT)), axis=1).reshape(-1),
        "inst_type": xp.repeat(value_type, 3), "inst_aux_type": xp.full(3 * k, -1),
        "inst_shape": xp.stack((shape, shape, minus), axis=1).reshape(-1),
        "inst_block": xp.repeat(m.inst_block[load_rows].astype(xp.int64), 3),
        "inst_function": xp.repeat(m.inst_function[load_rows].astype(xp.int64), 3),
        "inst_flags": xp.zeros(3 * k, dtype=xp.int64), "inst_predicate": xp.full(3 * k, -1),
        "inst_name": xp.full(3 * k, NAME_NUMBERED),
        "inst_template": xp.stack((template, template, minus), axis=1).reshape(-1),
    }
    value = xp.full(k, TAG_VALUE)
    condition = select_start
    m, index = insert_instructions(
        m, xp.repeat(load_rows, 3), new,
        xp.concatenate((three[:, 0], three[:, 1], three[:, 2], three[:, 2], three[:, 2])),
        xp.concatenate((m.operand_tag[select_start + 1].astype(xp.int64),
                        m.operand_tag[select_start + 2].astype(xp.int64),
                        m.operand_tag[condition].astype(xp.int64), value, value)),
        xp.concatenate((m.operand_ref[select_start + 1].astype(xp.int64),
                        m.operand_ref[select_start + 2].astype(xp.int64),
                        m.operand_ref[condition].astype(xp.int64),
                        n + three[:, 0], n + three[:, 1])),
        xp.concatenate((xp.full(2 * k, pointer), m.operand_type[condition].astype(xp.int64),
                        value_type, value_type)))
    replacement_tag = xp.full(index.shape[0], NO_REPLACEMENT, dtype=xp.int32)
    replacement_ref = xp.zeros(index.shape[0], dtype=xp.int32)
    replacement_tag[index[load_rows]] = TAG_VALUE
    replacement_ref[index[load_rows]] = index[n + three[:, 2]]
    m = replace_uses(m, replacement_tag, replacement_ref)
    keep = xp.ones(index.shape[0], dtype=bool)
    keep[index[load_rows]] = False
    keep[index[xp.unique(select_rows)]] = False
    return delete_instructions(m, keep), k
