"""The shared rewriting steps every pass uses: use counts, replacing uses
through one value map, appending constants, and deleting instructions by a
keep-mask followed by one compaction of every column.

All steps are whole-module array programs over ``m.xp``.
"""

from __future__ import annotations

from typing import Any

from gpuopt.ir import opcodes as op
from gpuopt.ir.module import CONST_POISON, TAG_CONSTANT, TAG_VALUE, Module

NO_REPLACEMENT = -1


def exclusive_cumsum(xp: Any, counts: Any) -> Any:
    out = xp.zeros(counts.shape[0], dtype=xp.int32)
    if counts.shape[0] > 1:
        out[1:] = xp.cumsum(counts[:-1]).astype(xp.int32)
    return out


def use_counts(m: Module, alive: Any | None = None) -> Any:
    """Per instruction, how many operands of live non-debug instructions use it."""
    xp = m.xp
    is_use = (m.operand_tag == TAG_VALUE) & (m.inst_opcode[m.operand_owner] != op.DBG_RECORD)
    if alive is not None:
        is_use &= alive[m.operand_owner]
    weights = is_use.astype(xp.int32)
    return xp.bincount(m.operand_ref, weights=weights,
                       minlength=m.n_instructions)[:m.n_instructions].astype(xp.int32)


def append_constants(m: Module, types: Any, kinds: Any, values: Any) -> tuple[Module, Any]:
    """Append computed constants (text printed from value); returns their ids."""
    xp = m.xp
    first = m.constant_type.shape[0]
    ids = xp.arange(first, first + types.shape[0], dtype=xp.int32)
    m = m.with_columns(
        constant_type=xp.concatenate((m.constant_type, types.astype(xp.int32))),
        constant_kind=xp.concatenate((m.constant_kind, kinds.astype(xp.int8))),
        constant_value=xp.concatenate((m.constant_value, values.astype(xp.int64))),
        constant_text=xp.concatenate((m.constant_text,
                                      xp.full(types.shape[0], -1, dtype=xp.int32))))
    return m, ids


def poison_constant(m: Module) -> tuple[Module, int]:
    """The id of an untyped ``poison`` row, appended on first use."""
    strings = m.host.strings
    text = strings.intern("poison")
    xp = m.xp
    found = xp.flatnonzero((m.constant_text == text) & (m.constant_type == -1))
    if found.shape[0]:
        return m, int(found[0])
    first = m.constant_type.shape[0]
    m = m.with_columns(
        constant_type=xp.concatenate((m.constant_type, xp.asarray([-1], dtype=xp.int32))),
        constant_kind=xp.concatenate((m.constant_kind,
                                      xp.asarray([CONST_POISON], dtype=xp.int8))),
        constant_value=xp.concatenate((m.constant_value, xp.zeros(1, dtype=xp.int64))),
        constant_text=xp.concatenate((m.constant_text, xp.asarray([text], dtype=xp.int32))))
    return m, first


def replace_uses(m: Module, replacement_tag: Any, replacement_ref: Any) -> Module:
    """Replace every use of instruction i by (replacement_tag[i], replacement_ref[i])
    where the tag is not NO_REPLACEMENT.

    Replacements that are themselves replaced values are resolved first by
    pointer jumping: ceil(log2(chain length)) rounds.
    """
    xp = m.xp
    tag, ref = replacement_tag.copy(), replacement_ref.copy()
    for _ in range(64):  # pointer jumping: bounded by log2 of the longest chain
        is_value = tag == TAG_VALUE
        chained = is_value & (replacement_tag[xp.where(is_value, ref, 0)] != NO_REPLACEMENT)
        if not bool(chained.any()):
            break
        target = ref[chained]
        tag[chained] = tag[target]
        ref[chained] = ref[target]
    uses = m.operand_tag == TAG_VALUE
    target = xp.where(uses, m.operand_ref, 0)
    hit = uses & (tag[target] != NO_REPLACEMENT)
    return m.with_columns(
        operand_tag=xp.where(hit, tag[target], m.operand_tag).astype(xp.int8),
        operand_ref=xp.where(hit, ref[target], m.operand_ref).astype(xp.int32))


def delete_instructions(m: Module, keep: Any) -> Module:
    """Drop instructions where ``keep`` is false and compact every column.

    Debug records that name a deleted value now name ``poison`` (LLVM does the
    same when it cannot salvage).  Any other use of a deleted value is a bug
    in the pass and raises.
    """
    xp = m.xp
    if bool(keep.all()):
        return m
    m, poison = poison_constant(m)
    new_index = (xp.cumsum(keep) - 1).astype(xp.int32)
    keep_operand = keep[m.operand_owner]
    value_use = m.operand_tag == TAG_VALUE
    dangling = keep_operand & value_use & ~keep[xp.where(value_use, m.operand_ref, 0)]
    from_debug = m.inst_opcode[m.operand_owner] == op.DBG_RECORD
    if bool((dangling & ~from_debug).any()):
        raise AssertionError("a pass deleted an instruction that still has uses")
    operand_tag = xp.where(dangling, TAG_CONSTANT, m.operand_tag).astype(xp.int8)
    operand_ref = xp.where(dangling, poison,
                           xp.where(value_use, new_index[xp.where(value_use, m.operand_ref, 0)],
                                    m.operand_ref)).astype(xp.int32)

    kept_rows = xp.flatnonzero(keep)
    operand_count = m.inst_operand_count[kept_rows]
    inst_block = m.inst_block[kept_rows]
    block_count = xp.bincount(inst_block, minlength=m.block_function.shape[0]).astype(xp.int32)
    kept_operands = xp.flatnonzero(keep_operand)
    return m.with_columns(
        inst_opcode=m.inst_opcode[kept_rows],
        inst_type=m.inst_type[kept_rows],
        inst_block=inst_block,
        inst_function=m.inst_function[kept_rows],
        inst_flags=m.inst_flags[kept_rows],
        inst_predicate=m.inst_predicate[kept_rows],
        inst_operand_start=exclusive_cumsum(xp, operand_count),
        inst_operand_count=operand_count,
        inst_name=m.inst_name[kept_rows],
        inst_template=m.inst_template[kept_rows],
        operand_tag=operand_tag[kept_operands],
        operand_ref=operand_ref[kept_operands],
        operand_type=m.operand_type[kept_operands],
        operand_owner=new_index[m.operand_owner[kept_operands]],
        block_inst_count=block_count,
        block_first_inst=exclusive_cumsum(xp, block_count),
    )
