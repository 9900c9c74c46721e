"""A low mask of an operation on an extended value is computed in the narrow
type, for instcombine (LLVM's visitAnd: ``and (bo (zext X), Y), C`` to
``zext (and (bo X, (trunc Y)), C)`` where C fits X's type).

The operation bo is add, sub, mul, and, or or xor, whose low bits depend only
on their operands' low bits, so the narrow operation gives the same bits
under the mask.  bo and the zext must have no other use; C is an integer
constant no wider than X's type.  Four new instructions go before the and
(trunc of Y, the narrow bo without nuw/nsw, the narrow and, its zext), and
the and's uses take the zext; the old chain is then dead.  A mask of all of
X's bits disappears in the next round (``and x, -1``), and a zext of the
result merges with the new zext, so the common CRC step
``zext (and (xor c, (zext b)), 255)`` to i64 becomes ``zext (xor (trunc c), b)``.

Differs from LLVM's: only the zext-operand form (LLVM also narrows a binop
with a constant operand when the mask allows it), and only integers of at
most 64 bits.
"""

from __future__ import annotations

from typing import Any

from gpuopt.analysis.ranges import all_ones
from gpuopt.ir import opcodes as op
from gpuopt.ir.module import CONST_INT, KIND_INT, NAME_NUMBERED, TAG_CONSTANT, TAG_VALUE, Module
from gpuopt.ir.rewrite import (
    NO_REPLACEMENT,
    append_constants,
    insert_instructions,
    operand_row,
    replace_uses,
    use_counts,
)

_OPERATIONS = tuple(op.OPCODE_ID[name] for name in ("add", "sub", "mul", "and", "or", "xor"))


def narrow_masked_operations(m: Module) -> tuple[Module, int]:
    xp = m.xp
    n = m.n_instructions
    if n == 0 or m.operand_tag.shape[0] == 0:
        return m, 0
    opcode = m.inst_opcode.astype(xp.int32)
    start = m.inst_operand_start
    uses = use_counts(m)
    index0, index1 = operand_row(m, start), operand_row(m, start, 1)
    tag0, ref0 = m.operand_tag[index0], m.operand_ref[index0].astype(xp.int64)
    tag1, ref1 = m.operand_tag[index1], m.operand_ref[index1]
    wide_type = xp.maximum(m.inst_type, 0)
    wide = (m.type_kind[wide_type] == KIND_INT) & (m.type_width[wide_type] <= 64) \
        & (m.inst_type >= 0)
    mask_ref = xp.where(tag1 == TAG_CONSTANT, ref1, 0)
    inner = xp.where(tag0 == TAG_VALUE, ref0, 0)
    masks = (opcode == op.AND) & wide & (m.inst_operand_count == 2) & (tag0 == TAG_VALUE) \
        & (tag1 == TAG_CONSTANT) & (m.constant_kind[mask_ref] == CONST_INT) \
        & xp.isin(opcode[inner], xp.asarray(_OPERATIONS)) & (uses[inner] == 1) & (uses > 0) \
        & (m.inst_operand_count[inner] == 2)
    rows = xp.flatnonzero(masks).astype(xp.int64)
    if rows.shape[0] == 0:
        return m, 0
    bo = inner[rows]
    # which operand of bo is a zext used only there (the first one, if both)
    operand_rows = (start[bo], start[bo] + 1)

    def extension(row: Any) -> tuple[Any, Any]:
        tag, ref = m.operand_tag[row], m.operand_ref[row].astype(xp.int64)
        z = xp.where(tag == TAG_VALUE, ref, 0)
        return (tag == TAG_VALUE) & (opcode[z] == op.ZEXT) & (uses[z] == 1), z

    first_ok, first_zext = extension(operand_rows[0])
    second_ok, second_zext = extension(operand_rows[1])
    zext_first = first_ok
    z = xp.where(zext_first, first_zext, second_zext)
    narrow_type = m.operand_type[start[z]].astype(xp.int64)
    narrow_width = m.type_width[xp.maximum(narrow_type, 0)].astype(xp.int64)
    narrow_mask = all_ones(xp, narrow_width).astype(xp.int64)
    mask_value = m.constant_value[mask_ref[rows]]
    fits = (mask_value >= 0) & ((mask_value & ~narrow_mask) == 0)
    chosen = (first_ok | second_ok) & (narrow_type >= 0) \
        & (m.type_kind[xp.maximum(narrow_type, 0)] == KIND_INT) \
        & (narrow_width < m.type_width[wide_type[rows]]) & fits
    rows, bo, z, zext_first = rows[chosen], bo[chosen], z[chosen], zext_first[chosen]
    narrow_type, mask_value = narrow_type[chosen], mask_value[chosen]
    k = int(rows.shape[0])
    if k == 0:
        return m, 0
    other = xp.where(zext_first, start[bo] + 1, start[bo])  # Y, bo's other operand
    m, narrow_mask_ids = append_constants(m, narrow_type, xp.full(k, CONST_INT, dtype=xp.int8),
                                          mask_value)
    # new rows, per chosen and: trunc Y, bo X (trunc Y), and ..., zext ...
    number = xp.arange(k, dtype=xp.int64)
    trunc_at, bo_at, and_at, zext_at = number * 4, number * 4 + 1, number * 4 + 2, number * 4 + 3
    kinds = xp.stack((xp.full(k, op.TRUNC), opcode[bo], xp.full(k, op.AND),
                      xp.full(k, op.ZEXT)), axis=1).reshape(-1)
    types = xp.stack((narrow_type, narrow_type, narrow_type, m.inst_type[rows].astype(xp.int64)),
                     axis=1).reshape(-1)
    new = {"inst_opcode": kinds, "inst_type": types, "inst_aux_type": xp.full(4 * k, -1),
           "inst_shape": xp.full(4 * k, -1), "inst_block": xp.repeat(m.inst_block[rows], 4),
           "inst_function": xp.repeat(m.inst_function[rows], 4),
           "inst_flags": xp.zeros(4 * k), "inst_predicate": xp.full(4 * k, -1),
           "inst_name": xp.full(4 * k, NAME_NUMBERED),
           "inst_template": xp.repeat(m.inst_template[rows], 4)}
    # operands, in owner order: trunc (Y); bo (X, t) or (t, X); and (b, C'); zext (a)
    x_tag, x_ref = m.operand_tag[start[z]], m.operand_ref[start[z]]
    y_tag, y_ref, y_type = m.operand_tag[other], m.operand_ref[other], m.operand_type[other]
    t_ref, b_ref, a_ref = n + trunc_at, n + bo_at, n + and_at
    value = xp.full(k, TAG_VALUE)
    bo_first_tag = xp.where(zext_first, x_tag, value)
    bo_first_ref = xp.where(zext_first, x_ref, t_ref)
    bo_second_tag = xp.where(zext_first, value, x_tag)
    bo_second_ref = xp.where(zext_first, t_ref, x_ref)
    owners = xp.stack((trunc_at, bo_at, bo_at, and_at, and_at, zext_at), axis=1).reshape(-1)
    tags = xp.stack((y_tag, bo_first_tag, bo_second_tag, value, xp.full(k, TAG_CONSTANT),
                     value), axis=1).reshape(-1)
    refs = xp.stack((y_ref, bo_first_ref, bo_second_ref, b_ref, narrow_mask_ids, a_ref),
                    axis=1).reshape(-1)
    operand_types = xp.stack((y_type, narrow_type, narrow_type, narrow_type, narrow_type,
                              narrow_type), axis=1).reshape(-1)
    m, index = insert_instructions(m, xp.repeat(rows, 4), new, owners, tags, refs,
                                   operand_types)
    replacement_tag = xp.full(m.n_instructions, NO_REPLACEMENT, dtype=xp.int32)
    replacement_ref = xp.zeros(m.n_instructions, dtype=xp.int32)
    old = index[rows].astype(xp.int64)
    replacement_tag[old] = TAG_VALUE
    replacement_ref[old] = index[n + zext_at]
    return replace_uses(m, replacement_tag, replacement_ref), k
