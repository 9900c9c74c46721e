"""The shared rewriting steps every pass uses: use counts, replacing uses
through one value map, appending constants, and deleting instructions by a
keep-mask followed by one compaction of every column.

All steps are whole-module array programs over ``m.xp``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from gpuopt.arrays import exclusive_cumsum, expand
from gpuopt.ir import opcodes as op
from gpuopt.ir.module import (
    CONST_INT,
    CONST_POISON,
    TAG_BLOCK,
    TAG_CONSTANT,
    TAG_VALUE,
    Module,
    classify_type,
)

NO_REPLACEMENT = -1


def operand_row(m: Module, start: Any, k: int = 0) -> Any:
    """Row of operand ``k`` of instructions whose operand lists begin at ``start``,
    clipped into the table for those with fewer operands (mask those rows out)."""
    return m.xp.minimum(start + k, max(m.operand_tag.shape[0] - 1, 0))


def use_counts(m: Module, alive: Any | None = None) -> Any:
    """Per instruction, how many operands of live non-debug instructions use it."""
    xp = m.xp
    is_use = (m.operand_tag == TAG_VALUE) & (m.inst_opcode[m.operand_owner] != op.DBG_RECORD)
    if alive is not None:
        is_use &= alive[m.operand_owner]
    weights = is_use.astype(xp.int32)
    return xp.bincount(m.operand_ref, weights=weights,
                       minlength=m.n_instructions)[:m.n_instructions].astype(xp.int32)


def append_constants(m: Module, types: Any, kinds: Any, values: Any,
                     text: str | None = None, text_ids: Any | None = None
                     ) -> tuple[Module, Any]:
    """Append constants; returns their ids.  Integers print from their value;
    ``text`` (``undef``, say) gives every new row that text instead, and
    ``text_ids`` a string id per row (-1: print from the value)."""
    xp = m.xp
    first = m.constant_type.shape[0]
    ids = xp.arange(first, first + types.shape[0], dtype=xp.int32)
    text_id = -1 if text is None else m.host.strings.intern(text)
    if text_ids is not None:
        text_id = text_ids
    m = m.with_columns(
        constant_type=xp.concatenate((m.constant_type, types.astype(xp.int32))),
        constant_kind=xp.concatenate((m.constant_kind, kinds.astype(xp.int8))),
        constant_value=xp.concatenate((m.constant_value, values.astype(xp.int64))),
        constant_text=xp.concatenate((m.constant_text,
                                      xp.full(types.shape[0], text_id, dtype=xp.int32))))
    return m, ids


def constant_classes(m: Module) -> Any:
    """Per constant row: the first row of the same constant (type, kind and
    value; for other than integers, text too).  Passes append constants
    without looking for an equal one, so equal constants can have several
    rows; comparing classes compares them by value."""
    xp = m.xp
    c = int(m.constant_type.shape[0])
    if c == 0:
        return xp.zeros(0, dtype=xp.int64)
    text = xp.where(m.constant_kind == CONST_INT, -1, m.constant_text).astype(xp.int64)
    columns = (m.constant_type.astype(xp.int64), m.constant_kind.astype(xp.int64),
               m.constant_value.astype(xp.int64), text)
    order = xp.lexsort(xp.stack((xp.arange(c, dtype=xp.int64),) + columns[::-1]))
    same = xp.ones(c - 1, dtype=bool)  # each sorted row repeats the one before
    for column in columns:
        ordered = column[order]
        same &= ordered[1:] == ordered[:-1]
    starts = xp.concatenate((xp.ones(1, dtype=bool), ~same))
    group = xp.cumsum(starts) - 1
    leaders = order[xp.flatnonzero(starts)]
    classes = xp.empty(c, dtype=xp.int64)
    classes[order] = leaders[group]
    return classes


def type_id(m: Module, text: str, kind: int | None = None) -> tuple[Module, int]:
    """The id of the type spelled ``text``, appended to the type table if new."""
    if text in m.host.type_text:
        return m, m.host.type_text.index(text)
    xp = m.xp
    classified, width = classify_type(text)
    m.host.type_text.append(text)
    return m.with_columns(
        type_kind=xp.concatenate((m.type_kind, xp.asarray([classified if kind is None
                                                           else kind], dtype=xp.int8))),
        type_width=xp.concatenate((m.type_width, xp.asarray([width],
                                                            dtype=m.type_width.dtype)))
    ), len(m.host.type_text) - 1


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
    # every instruction column is gathered; only operand_start is derived anew
    gathered = {name: getattr(m, name)[kept_rows] for name in m.column_names()
                if name.startswith("inst_")}
    gathered["inst_operand_start"] = exclusive_cumsum(xp, operand_count)
    return m.with_columns(
        **gathered,
        operand_tag=operand_tag[kept_operands],
        operand_ref=operand_ref[kept_operands],
        operand_type=m.operand_type[kept_operands],
        operand_owner=new_index[m.operand_owner[kept_operands]],
        block_inst_count=block_count,
        block_first_inst=exclusive_cumsum(xp, block_count),
    )


def insert_instructions(m: Module, before: Any, new: dict[str, Any], operand_owner: Any,
                        operand_tag: Any, operand_ref: Any, operand_type: Any
                        ) -> tuple[Module, Any]:
    """Insert new instruction rows, each before an existing row (insert by count,
    scan, scatter: the rows are appended, then one sort of unique keys places
    them).

    ``before[k]`` is the existing row new row k goes before; new rows with the
    same ``before`` keep their order.  ``new`` holds every ``inst_`` column for
    the new rows but the operand start and count.  New operands list their
    owner as a new-row number (0..k-1); their VALUE refs may name existing rows
    (0..n-1) or new rows (n + new-row number).  Returns the module and the final
    row of every existing row followed by every new row.
    """
    xp = m.xp
    n = m.n_instructions
    k = int(before.shape[0])
    if k == 0:
        return m, xp.arange(n, dtype=xp.int32)
    new_counts = xp.bincount(operand_owner, minlength=k).astype(xp.int32)
    columns = {}
    for name in m.column_names():
        if not name.startswith("inst_") or name == "inst_operand_start":
            continue
        addition = new_counts if name == "inst_operand_count" else new[name]
        column = getattr(m, name)
        columns[name] = xp.concatenate((column, addition.astype(column.dtype)))
    columns["inst_operand_start"] = exclusive_cumsum(xp, columns["inst_operand_count"])
    appended = m.with_columns(
        **columns,
        operand_owner=xp.concatenate((m.operand_owner, operand_owner.astype(xp.int32) + n)),
        operand_tag=xp.concatenate((m.operand_tag, operand_tag.astype(xp.int8))),
        operand_ref=xp.concatenate((m.operand_ref, operand_ref.astype(xp.int32))),
        operand_type=xp.concatenate((m.operand_type, operand_type.astype(xp.int32))))
    key = xp.concatenate((xp.arange(n, dtype=xp.int64) * 2 + 1,
                          before.astype(xp.int64) * 2)) * (k + 1)
    key[n:] += xp.arange(k, dtype=xp.int64)
    order = xp.argsort(key)
    index = xp.empty(n + k, dtype=xp.int32)
    index[order] = xp.arange(n + k, dtype=xp.int32)
    return reorder_instructions(appended, order), index


def replace_and_delete(m: Module, rows: Any, tag: Any, ref: Any) -> Module:
    """Every use of each row in ``rows`` takes the value (tag, ref); the rows go."""
    xp = m.xp
    n = m.n_instructions
    replacement_tag = xp.full(n, NO_REPLACEMENT, dtype=xp.int32)
    replacement_ref = xp.zeros(n, dtype=xp.int32)
    replacement_tag[rows] = tag
    replacement_ref[rows] = ref
    m = replace_uses(m, replacement_tag, replacement_ref)
    keep = xp.ones(n, dtype=bool)
    keep[rows] = False
    return delete_instructions(m, keep)


def phi_values(m: Module, phis: Any) -> tuple[Any, Any]:
    """The incoming-value operand rows of the given phis and the phi each belongs
    to (a phi's operands alternate value, block)."""
    xp = m.xp
    which, operand = expand(xp, m.inst_operand_start[phis].astype(xp.int64),
                            m.inst_operand_count[phis].astype(xp.int64))
    value = operand[(operand - m.inst_operand_start[phis[which]]) % 2 == 0]
    return value, m.operand_owner[value].astype(xp.int64)


def delete_operands(m: Module, keep: Any) -> Module:
    """Drop operand rows where ``keep`` is false (phi entries of removed edges);
    each instruction keeps its rows, with fewer operands."""
    xp = m.xp
    if bool(keep.all()):
        return m
    rows = xp.flatnonzero(keep)
    count = xp.bincount(m.operand_owner[rows], minlength=m.n_instructions)[:m.n_instructions]
    count = count.astype(xp.int32)
    changed = count != m.inst_operand_count
    if bool((changed & (m.inst_opcode != op.PHI)).any()):
        raise AssertionError("only phis may lose operands")
    # a phi with fewer entries no longer fits its template: print it from columns
    return m.with_columns(
        operand_tag=m.operand_tag[rows], operand_ref=m.operand_ref[rows],
        operand_type=m.operand_type[rows], operand_owner=m.operand_owner[rows],
        inst_operand_count=count, inst_operand_start=exclusive_cumsum(xp, count),
        inst_template=xp.where(changed, -1, m.inst_template).astype(xp.int32))


def reorder_instructions(m: Module, order: Any) -> Module:
    """Rows in the given order (``order[k]`` = old row now at k).  Rows must end up
    grouped by block, blocks in row order; references follow the rows."""
    xp = m.xp
    n = m.n_instructions
    index = xp.empty(n, dtype=xp.int32)
    index[order] = xp.arange(n, dtype=xp.int32)
    columns = {name: getattr(m, name)[order] for name in m.column_names()
               if name.startswith("inst_") and name != "inst_operand_start"}
    is_value = m.operand_tag == TAG_VALUE
    refs = xp.where(is_value, index[xp.where(is_value, m.operand_ref, 0)], m.operand_ref)
    owners = index[m.operand_owner]
    total = int(owners.shape[0])
    operand_order = xp.argsort(owners.astype(xp.int64) * max(total, 1)
                               + xp.arange(total, dtype=xp.int64))
    columns["inst_operand_start"] = exclusive_cumsum(xp, columns["inst_operand_count"])
    block_count = xp.bincount(columns["inst_block"],
                              minlength=m.block_function.shape[0]).astype(xp.int32)
    return m.with_columns(
        **columns,
        operand_owner=owners[operand_order].astype(xp.int32),
        operand_tag=m.operand_tag[operand_order],
        operand_ref=refs[operand_order].astype(xp.int32),
        operand_type=m.operand_type[operand_order],
        block_inst_count=block_count, block_first_inst=exclusive_cumsum(xp, block_count))


def delete_blocks(m: Module, keep: Any) -> Module:
    """Drop empty blocks where ``keep`` is false and renumber block references.
    The caller has deleted their instructions and every edge into them."""
    xp = m.xp
    if bool(keep.all()):
        return m
    if bool((~keep & (m.block_inst_count > 0)).any()):
        raise AssertionError("deleting a block that still has instructions")
    new_index = (xp.cumsum(keep) - 1).astype(xp.int32)
    is_block = m.operand_tag == TAG_BLOCK
    target = xp.where(is_block, m.operand_ref, 0)
    if bool((is_block & ~keep[target]).any()):
        raise AssertionError("deleting a block that is still a branch target")
    rows = xp.flatnonzero(keep)
    block_function = m.block_function[rows]
    per_function = xp.bincount(block_function,
                               minlength=m.function_name.shape[0]).astype(xp.int32)
    host_index = new_index.get() if hasattr(new_index, "get") else new_index
    items = [(kind, (payload[0], [int(host_index[b]) for b in payload[1]]))
             if kind == "blockaddress" else (kind, payload)
             for kind, payload in m.host.items]  # module lines, not instructions
    return replace(m, host=replace(m.host, items=items)).with_columns(
        block_function=block_function, block_first_inst=m.block_first_inst[rows],
        block_inst_count=m.block_inst_count[rows], block_name=m.block_name[rows],
        inst_block=new_index[m.inst_block],
        operand_ref=xp.where(is_block, new_index[target], m.operand_ref).astype(xp.int32),
        function_first_block=exclusive_cumsum(xp, per_function),
        function_block_count=per_function)


def append_operands(m: Module, owner: Any, tag: Any, ref: Any, operand_type: Any) -> Module:
    """Add operand rows at the end of the given phis' operand lists (in the order
    given); the phis then print from their columns."""
    xp = m.xp
    if owner.shape[0] == 0:
        return m
    if bool((m.inst_opcode[owner] != op.PHI).any()):
        raise AssertionError("only phis may gain operands")
    owners = xp.concatenate((m.operand_owner, owner.astype(xp.int32)))
    total = int(owners.shape[0])
    order = xp.argsort(owners.astype(xp.int64) * max(total, 1) + xp.arange(total, dtype=xp.int64))
    count = xp.bincount(owners, minlength=m.n_instructions)[:m.n_instructions].astype(xp.int32)
    changed = count != m.inst_operand_count
    return m.with_columns(
        operand_owner=owners[order],
        operand_tag=xp.concatenate((m.operand_tag, tag.astype(xp.int8)))[order],
        operand_ref=xp.concatenate((m.operand_ref, ref.astype(xp.int32)))[order],
        operand_type=xp.concatenate((m.operand_type, operand_type.astype(xp.int32)))[order],
        inst_operand_count=count, inst_operand_start=exclusive_cumsum(xp, count),
        inst_template=xp.where(changed, -1, m.inst_template).astype(xp.int32))
