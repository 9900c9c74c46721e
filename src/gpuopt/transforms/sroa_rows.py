"""The instruction rows sroa inserts when it rewrites the uses of a split alloca.

Each builder takes per-pair arrays (one entry per (use, slice) pair) and returns
``NewRows``: the ``inst_`` columns of its rows, the existing row each goes
before, and its operands.  Owners are numbered within the group; references
to the group's own rows are already global (``first`` + local number, where
``first`` is n plus the number of new rows built before this group), so the
caller only offsets the owners.  Rows that a pair does not need (a shift by 0,
a cast to the same width, a GEP by 0) are left out: each builder lays out a
fixed number of slots per pair, keeps the needed ones, and numbers the kept
slots by one prefix sum.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from gpuopt.arrays import lookup
from gpuopt.ir import opcodes as op
from gpuopt.ir.module import (
    CONST_INT,
    NAME_NONE,
    NAME_NUMBERED,
    TAG_CONSTANT,
    TAG_VALUE,
    Module,
)
from gpuopt.ir.rewrite import append_constants, type_id

_ALIGN = re.compile(r"\balign (\d+)")
_POWERS = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096)


def aligns_of(m: Module, rows: Any) -> Any:
    """The ``align N`` each row's text asks for (0 where none), judged once per
    distinct shape."""
    xp = m.xp
    shapes = xp.unique(m.inst_shape[rows]).tolist()
    found = []
    for shape in shapes:  # distinct shapes, not instructions
        match = _ALIGN.search(m.host.strings.items[int(shape)]) if shape >= 0 else None
        found.append(int(match.group(1)) if match else 0)
    return lookup(xp, shapes, found, m.inst_shape[rows], 0)


def common_alignment(xp: Any, align: Any, offset: Any) -> Any:
    """The alignment known ``offset`` bytes past an ``align``-aligned address
    (LLVM's commonAlignment): the lowest set bit of the offset, at most
    ``align``."""
    low_bit = offset & -offset
    return xp.where(offset == 0, align, xp.minimum(align, xp.maximum(low_bit, 1)))


@dataclass(frozen=True)
class NewRows:
    """Instruction rows to insert: their ``inst_`` columns, the row each goes
    before, and their operands (owner numbered within the group)."""

    columns: dict[str, Any]
    before: Any
    owner: Any
    tag: Any
    ref: Any
    type: Any

    @property
    def count(self) -> int:
        return int(self.before.shape[0])


def concatenate_rows(xp: Any, groups: list[NewRows]) -> NewRows:
    """One group of all the given groups' rows, owners renumbered."""
    offsets, total = [], 0
    for group in groups:
        offsets.append(total)
        total += group.count
    names = list(groups[0].columns)
    return NewRows(
        columns={name: xp.concatenate([g.columns[name].astype(xp.int64) for g in groups])
                 for name in names},
        before=xp.concatenate([g.before.astype(xp.int64) for g in groups]),
        owner=xp.concatenate([g.owner.astype(xp.int64) + o for g, o in zip(groups, offsets,
                                                                         strict=True)]),
        tag=xp.concatenate([g.tag.astype(xp.int64) for g in groups]),
        ref=xp.concatenate([g.ref.astype(xp.int64) for g in groups]),
        type=xp.concatenate([g.type.astype(xp.int64) for g in groups]))


def texts(m: Module, types: Any, aligns: Any, pattern: str) -> tuple[Any, Any]:
    """Template and shape ids of ``pattern`` with {T} the type and {A} the
    alignment, for each (type, alignment) pair; operands go where the pattern
    has \\0 (one template per distinct pair: a few dozen)."""
    xp = m.xp
    if types.shape[0] == 0:
        return xp.zeros(0, dtype=xp.int64), xp.zeros(0, dtype=xp.int64)
    key = types.astype(xp.int64) * 4096 + xp.minimum(aligns.astype(xp.int64), 4095)
    distinct, inverse = xp.unique(key, return_inverse=True)
    template_ids, shape_ids = [], []
    for value in distinct.tolist():  # distinct (type, alignment) pairs
        text = pattern.format(T=m.host.type_text[value // 4096], A=value % 4096)
        template_ids.append(len(m.host.templates))
        m.host.templates.append(text.split("\0"))
        shape_ids.append(m.host.strings.intern(text))
    return (xp.asarray(template_ids, dtype=xp.int64)[inverse.reshape(-1)],
            xp.asarray(shape_ids, dtype=xp.int64)[inverse.reshape(-1)])


def _columns(xp: Any, opcode: Any, result_type: Any, block: Any, function: Any, name: Any,
             template: Any, shape: Any, aux_type: Any | None = None,
             flags: Any | None = None) -> dict[str, Any]:
    k = opcode.shape[0]
    return {"inst_opcode": opcode, "inst_type": result_type,
            "inst_aux_type": xp.full(k, -1) if aux_type is None else aux_type,
            "inst_shape": shape, "inst_block": block, "inst_function": function,
            "inst_flags": xp.zeros(k, dtype=xp.int64) if flags is None else flags,
            "inst_predicate": xp.full(k, -1), "inst_name": name, "inst_template": template}


def _slots(xp: Any, kept: Any, first: int) -> Any:
    """Global row number of every kept slot of a (pairs, slots) mask, numbered
    pair by pair (-1 for the others): one prefix sum."""
    flat = kept.reshape(-1)
    number = xp.cumsum(flat.astype(xp.int64)) - 1 + first
    return xp.where(flat, number, -1).reshape(kept.shape)


def _gather(xp: Any, kept: Any, *columns: Any) -> list[Any]:
    """Each (pairs, slots) column restricted to the kept slots, pair by pair."""
    flat = xp.flatnonzero(kept.reshape(-1))
    return [column.reshape(-1)[flat] for column in columns]


def wide_store_rows(m: Module, row: Any, value_tag: Any, value_ref: Any, wide_type: Any,
                    shift: Any, slice_type: Any, slice_row: Any, slice_align: Any,
                    first: int) -> tuple[Module, NewRows]:
    """For each (wide integer store ``row``, slice) pair: the slice's part of the
    stored value, ``trunc (lshr V, shift)``, stored to the slice.  A constant
    integer value (64 bits at most) is cut at compile time instead."""
    xp = m.xp
    k = int(row.shape[0])
    width = m.type_width[wide_type].astype(xp.int64)
    narrow = m.type_width[slice_type].astype(xp.int64)
    is_constant = value_tag == TAG_CONSTANT
    safe_ref = xp.where(is_constant, value_ref, 0)
    folds = is_constant & (m.constant_kind[safe_ref] == CONST_INT) & (width <= 64)
    bits = m.constant_value[safe_ref].astype(xp.uint64) >> xp.minimum(shift, 63).astype(xp.uint64)
    mask = xp.where(narrow >= 64, xp.uint64(0xFFFFFFFFFFFFFFFF),
                    (xp.uint64(1) << xp.minimum(narrow, 63).astype(xp.uint64)) - xp.uint64(1))
    m, parts = append_constants(m, slice_type, xp.full(k, CONST_INT),
                                (bits & mask).view(xp.int64))
    m, amounts = append_constants(m, wide_type, xp.full(k, CONST_INT), shift)
    kept = xp.stack((~folds & (shift > 0), ~folds & (narrow < width), xp.ones(k, dtype=bool)),
                    axis=1)
    number = _slots(xp, kept, first)
    # the value each slot passes on: the previous slot's when it is left out
    shifted_tag = xp.where(kept[:, 0], TAG_VALUE, value_tag)
    shifted_ref = xp.where(kept[:, 0], number[:, 0], value_ref)
    cut_tag = xp.where(kept[:, 1], TAG_VALUE, xp.where(folds, TAG_CONSTANT, shifted_tag))
    cut_ref = xp.where(kept[:, 1], number[:, 1], xp.where(folds, parts, shifted_ref))
    m, void = type_id(m, "void")
    m, pointer = type_id(m, "ptr")
    store_templates, store_shapes = texts(m, slice_type, slice_align,
                                          "store {T} \0, ptr \0, align {A}")
    minus = xp.full(k, -1)
    opcode, result, template, shape, name = _gather(
        xp, kept,
        xp.stack((xp.full(k, op.LSHR), xp.full(k, op.TRUNC), xp.full(k, op.STORE)), axis=1),
        xp.stack((wide_type, slice_type, xp.full(k, void)), axis=1),
        xp.stack((minus, minus, store_templates), axis=1),
        xp.stack((minus, minus, store_shapes), axis=1),
        xp.stack((xp.full(k, NAME_NUMBERED), xp.full(k, NAME_NUMBERED), xp.full(k, NAME_NONE)),
                 axis=1))
    before, block, function = _gather(xp, kept, *(xp.repeat(c[:, None], 3, axis=1) for c in (
        row, m.inst_block[row].astype(xp.int64), m.inst_function[row].astype(xp.int64))))
    columns = _columns(xp, opcode, result, block, function, name, template, shape)
    # operands: lshr (V, shift), trunc (shifted), store (cut, slice)
    local = number - first
    shift_rows, trunc_rows, store_rows = (xp.flatnonzero(kept[:, s]) for s in range(3))
    return m, NewRows(
        columns=columns, before=before,
        owner=xp.concatenate((local[shift_rows, 0], local[shift_rows, 0],
                              local[trunc_rows, 1], local[store_rows, 2], local[store_rows, 2])),
        tag=xp.concatenate((value_tag[shift_rows], xp.full(shift_rows.shape[0], TAG_CONSTANT),
                            shifted_tag[trunc_rows], cut_tag[store_rows],
                            xp.full(store_rows.shape[0], TAG_VALUE))),
        ref=xp.concatenate((value_ref[shift_rows], amounts[shift_rows].astype(xp.int64),
                            shifted_ref[trunc_rows], cut_ref[store_rows],
                            slice_row[store_rows])),
        type=xp.concatenate((wide_type[shift_rows], wide_type[shift_rows],
                             wide_type[trunc_rows], slice_type[store_rows],
                             xp.full(store_rows.shape[0], pointer))))


def wide_load_rows(m: Module, row: Any, wide_type: Any, shift: Any, slice_type: Any,
                   slice_row: Any, slice_align: Any, first: int
                   ) -> tuple[Module, NewRows, Any]:
    """For each (wide integer load ``row``, slice) pair, in slice order within
    each load: ``shl (zext (load slice)), shift``, or-ed into the value of the
    pairs before it.  Returns the rows and, per pair, the row holding the value
    so far (the load's value at its last pair)."""
    xp = m.xp
    k = int(row.shape[0])
    width = m.type_width[wide_type].astype(xp.int64)
    narrow = m.type_width[slice_type].astype(xp.int64)
    leading = xp.ones(k, dtype=bool)
    if k > 1:
        leading[1:] = row[1:] != row[:-1]
    kept = xp.stack((xp.ones(k, dtype=bool), narrow < width, shift > 0, ~leading), axis=1)
    number = _slots(xp, kept, first)
    loaded = number[:, 0]
    extended = xp.where(kept[:, 1], number[:, 1], loaded)
    shifted = xp.where(kept[:, 2], number[:, 2], extended)
    value = xp.where(kept[:, 3], number[:, 3], shifted)
    previous = xp.zeros(k, dtype=xp.int64)
    if k > 1:
        previous[1:] = value[:-1]
    m, amounts = append_constants(m, wide_type, xp.full(k, CONST_INT), shift)
    m, pointer = type_id(m, "ptr")
    load_templates, load_shapes = texts(m, slice_type, slice_align, "load {T}, ptr \0, align {A}")
    minus = xp.full(k, -1)
    opcode, result, template, shape = _gather(
        xp, kept,
        xp.stack((xp.full(k, op.LOAD), xp.full(k, op.ZEXT), xp.full(k, op.SHL),
                  xp.full(k, op.OR)), axis=1),
        xp.stack((slice_type, wide_type, wide_type, wide_type), axis=1),
        xp.stack((load_templates, minus, minus, minus), axis=1),
        xp.stack((load_shapes, minus, minus, minus), axis=1))
    before, block, function = _gather(xp, kept, *(xp.repeat(c[:, None], 4, axis=1) for c in (
        row, m.inst_block[row].astype(xp.int64), m.inst_function[row].astype(xp.int64))))
    columns = _columns(xp, opcode, result, block, function,
                       xp.full(opcode.shape[0], NAME_NUMBERED), template, shape)
    local = number - first
    load_rows, zext_rows, shl_rows, or_rows = (xp.flatnonzero(kept[:, s]) for s in range(4))
    value_tag = xp.full(k, TAG_VALUE)
    return m, NewRows(
        columns=columns, before=before,
        owner=xp.concatenate((local[load_rows, 0], local[zext_rows, 1], local[shl_rows, 2],
                              local[shl_rows, 2], local[or_rows, 3], local[or_rows, 3])),
        tag=xp.concatenate((value_tag[load_rows], value_tag[zext_rows], value_tag[shl_rows],
                            xp.full(shl_rows.shape[0], TAG_CONSTANT), value_tag[or_rows],
                            value_tag[or_rows])),
        ref=xp.concatenate((slice_row[load_rows], loaded[zext_rows], extended[shl_rows],
                            amounts[shl_rows].astype(xp.int64), previous[or_rows],
                            shifted[or_rows])),
        type=xp.concatenate((xp.full(load_rows.shape[0], pointer), slice_type[zext_rows],
                             wide_type[shl_rows], wide_type[shl_rows], wide_type[or_rows],
                             wide_type[or_rows]))), value


def cast_rows(m: Module, row: Any, is_store: Any, access_type: Any, value_tag: Any,
              value_ref: Any, slice_type: Any, slice_row: Any, slice_align: Any,
              first: int) -> tuple[Module, NewRows, Any]:
    """For each load or store ``row`` of a type other than its slice's integer
    type: ``load iN`` and a cast to the access type (``inttoptr`` or
    ``bitcast``), or a cast of the stored value to ``iN`` (``ptrtoint`` or
    ``bitcast``) and ``store iN``.  Returns the rows and, per access, the row
    of the loaded value's cast (meaningful for loads)."""
    xp = m.xp
    k = int(row.shape[0])
    m, pointer = type_id(m, "ptr")
    m, void = type_id(m, "void")
    # the cast's text: one template per distinct (direction, access type, slice type)
    key = (is_store.astype(xp.int64) * (1 << 20) + access_type) * (1 << 20) + slice_type
    distinct, inverse = xp.unique(key, return_inverse=True) if k else (key, key)
    template_ids, shape_ids, opcodes = [], [], []
    for value in distinct.tolist():  # distinct casts
        into = value % (1 << 20)
        source = value // (1 << 20) % (1 << 20)
        storing = value // (1 << 40)
        outer, inner = m.host.type_text[source], m.host.type_text[into]
        code = ("ptrtoint" if storing else "inttoptr") if outer == "ptr" else "bitcast"
        text = f"{code} {outer} \0 to {inner}" if storing else f"{code} {inner} \0 to {outer}"
        template_ids.append(len(m.host.templates))
        m.host.templates.append(text.split("\0"))
        shape_ids.append(m.host.strings.intern(text))
        opcodes.append(op.OPCODE_ID[code])
    cast_template = xp.asarray(template_ids or [0], dtype=xp.int64)[inverse.reshape(-1)]
    cast_shape = xp.asarray(shape_ids or [0], dtype=xp.int64)[inverse.reshape(-1)]
    cast_opcode = xp.asarray(opcodes or [0], dtype=xp.int64)[inverse.reshape(-1)]
    load_template, load_shape = texts(m, slice_type, slice_align, "load {T}, ptr \0, align {A}")
    store_template, store_shape = texts(m, slice_type, slice_align,
                                        "store {T} \0, ptr \0, align {A}")
    number = first + 2 * xp.arange(k, dtype=xp.int64)  # per access: two rows
    opcode = xp.stack((xp.where(is_store, cast_opcode, op.LOAD),
                       xp.where(is_store, op.STORE, cast_opcode)), axis=1).reshape(-1)
    template = xp.stack((xp.where(is_store, cast_template, load_template),
                         xp.where(is_store, store_template, cast_template)), axis=1).reshape(-1)
    shape = xp.stack((xp.where(is_store, cast_shape, load_shape),
                      xp.where(is_store, store_shape, cast_shape)), axis=1).reshape(-1)
    name = xp.stack((xp.full(k, NAME_NUMBERED), xp.where(is_store, NAME_NONE, NAME_NUMBERED)),
                    axis=1).reshape(-1)
    result = xp.stack((xp.where(is_store, -1, slice_type), xp.where(is_store, void, -1)),
                      axis=1).reshape(-1)
    block = xp.repeat(m.inst_block[row].astype(xp.int64), 2)
    function = xp.repeat(m.inst_function[row].astype(xp.int64), 2)
    columns = _columns(xp, opcode, result, block, function, name, template, shape)
    local = number - first
    loads, stores = xp.flatnonzero(~is_store), xp.flatnonzero(is_store)
    value = xp.full(k, TAG_VALUE)
    return m, NewRows(
        columns=columns, before=xp.repeat(row, 2),
        # a load: load (slice), cast (load); a store: cast (value), store (cast, slice)
        owner=xp.concatenate((local[loads], local[loads] + 1, local[stores],
                              local[stores] + 1, local[stores] + 1)),
        tag=xp.concatenate((value[loads], value[loads], value_tag[stores], value[stores],
                            value[stores])),
        ref=xp.concatenate((slice_row[loads], number[loads], value_ref[stores],
                            number[stores], slice_row[stores])),
        type=xp.concatenate((xp.full(loads.shape[0], pointer), xp.full(loads.shape[0], -1),
                             xp.full(stores.shape[0], -1), slice_type[stores],
                             xp.full(stores.shape[0], pointer)))), number + 1


def partial_rows(m: Module, row: Any, is_store: Any, access_type: Any, shift: Any,
                 value_tag: Any, value_ref: Any, slice_type: Any, slice_row: Any,
                 slice_align: Any, first: int) -> tuple[Module, NewRows, Any]:
    """For each load or store ``row`` of part of a wider integer slice (LLVM's
    extractInteger and insertInteger): a load becomes ``trunc (lshr (load
    slice), shift)``; a store ``store (or (and (load slice), ~mask), shl (zext
    V), shift)``, the shifted value cut at compile time for an integer
    constant.  Returns the rows and, per access, the row of its final value
    (a load's value)."""
    xp = m.xp
    k = int(row.shape[0])
    width = m.type_width[slice_type].astype(xp.int64)
    narrow = m.type_width[access_type].astype(xp.int64)
    full = xp.uint64(0xFFFFFFFFFFFFFFFF)

    def ones(bits: Any) -> Any:
        return xp.where(bits >= 64, full, (xp.uint64(1) << xp.minimum(bits, 63).astype(
            xp.uint64)) - xp.uint64(1))

    amount = xp.minimum(shift, 63).astype(xp.uint64)
    field = (ones(narrow) << amount) & ones(width)
    is_constant = is_store & (value_tag == TAG_CONSTANT)
    safe_ref = xp.where(is_constant, value_ref, 0)
    folds = is_constant & (m.constant_kind[safe_ref] == CONST_INT)
    placed = (m.constant_value[safe_ref].astype(xp.uint64) << amount) & field
    m, shifts = append_constants(m, slice_type, xp.full(k, CONST_INT), shift)
    m, masks = append_constants(m, slice_type, xp.full(k, CONST_INT),
                                (~field & ones(width)).view(xp.int64))
    m, parts = append_constants(m, slice_type, xp.full(k, CONST_INT), placed.view(xp.int64))
    m, pointer = type_id(m, "ptr")
    m, void = type_id(m, "void")
    every = xp.ones(k, dtype=bool)
    narrower = narrow < width
    kept = xp.stack((every, ~is_store & (shift > 0) | is_store, narrower & ~folds,
                     is_store & (shift > 0) & ~folds, is_store, is_store), axis=1)
    number = _slots(xp, kept, first)
    loaded = number[:, 0]
    # a load: lshr, trunc; a store: and, zext, shl, or, store
    moved = xp.where(kept[:, 1], number[:, 1], loaded)
    value = xp.where(kept[:, 2], number[:, 2], moved)
    extended_tag = xp.where(kept[:, 2], TAG_VALUE, value_tag)
    extended_ref = xp.where(kept[:, 2], number[:, 2], value_ref)
    shifted_tag = xp.where(kept[:, 3], TAG_VALUE, xp.where(folds, TAG_CONSTANT, extended_tag))
    shifted_ref = xp.where(kept[:, 3], number[:, 3], xp.where(folds, parts, extended_ref))
    load_template, load_shape = texts(m, slice_type, slice_align, "load {T}, ptr \0, align {A}")
    store_template, store_shape = texts(m, slice_type, slice_align,
                                        "store {T} \0, ptr \0, align {A}")
    minus = xp.full(k, -1)
    opcode, result, template, shape, name = _gather(
        xp, kept,
        xp.stack((xp.full(k, op.LOAD), xp.where(is_store, op.AND, op.LSHR),
                  xp.where(is_store, op.ZEXT, op.TRUNC), xp.full(k, op.SHL), xp.full(k, op.OR),
                  xp.full(k, op.STORE)), axis=1),
        xp.stack((slice_type, slice_type, xp.where(is_store, slice_type, access_type),
                  slice_type, slice_type, xp.full(k, void)), axis=1),
        xp.stack((load_template, minus, minus, minus, minus, store_template), axis=1),
        xp.stack((load_shape, minus, minus, minus, minus, store_shape), axis=1),
        xp.stack((xp.full(k, NAME_NUMBERED),) * 5 + (xp.full(k, NAME_NONE),), axis=1))
    before, block, function = _gather(xp, kept, *(xp.repeat(c[:, None], 6, axis=1) for c in (
        row, m.inst_block[row].astype(xp.int64), m.inst_function[row].astype(xp.int64))))
    columns = _columns(xp, opcode, result, block, function, name, template, shape)
    local = number - first
    lshr = xp.flatnonzero(kept[:, 1] & ~is_store)
    mask = xp.flatnonzero(is_store)
    trunc = xp.flatnonzero(kept[:, 2] & ~is_store)
    zext = xp.flatnonzero(kept[:, 2] & is_store)
    shl = xp.flatnonzero(kept[:, 3])
    tag = xp.full(k, TAG_VALUE)
    constant = xp.full(k, TAG_CONSTANT)
    return m, NewRows(
        columns=columns, before=before,
        owner=xp.concatenate((local[:, 0], local[lshr, 1], local[lshr, 1], local[mask, 1],
                              local[mask, 1], local[trunc, 2], local[zext, 2], local[shl, 3],
                              local[shl, 3], local[mask, 4], local[mask, 4], local[mask, 5],
                              local[mask, 5])),
        tag=xp.concatenate((tag, tag[lshr], constant[lshr], tag[mask], constant[mask],
                            tag[trunc], value_tag[zext], tag[shl], constant[shl], tag[mask],
                            shifted_tag[mask], tag[mask], tag[mask])),
        ref=xp.concatenate((slice_row, loaded[lshr], shifts[lshr].astype(xp.int64),
                            loaded[mask], masks[mask].astype(xp.int64), moved[trunc],
                            value_ref[zext], extended_ref[shl], shifts[shl].astype(xp.int64),
                            number[mask, 1], shifted_ref[mask], number[mask, 4],
                            slice_row[mask])),
        type=xp.concatenate((xp.full(k, pointer), slice_type[lshr], slice_type[lshr],
                             slice_type[mask], slice_type[mask], slice_type[trunc],
                             access_type[zext], slice_type[shl], slice_type[shl],
                             slice_type[mask], slice_type[mask], slice_type[mask],
                             xp.full(mask.shape[0], pointer)))), value


def copy_rows(m: Module, row: Any, at: Any, copy_in: Any, slice_type: Any, slice_align: Any,
              far_align: Any, slice_row: Any, first: int) -> tuple[Module, NewRows]:
    """For each (memcpy ``row``, slice) pair: ``p = getelementptr inbounds i8, ptr
    OTHER, i64 at`` (left out for 0), then for a copy in ``v = load T, ptr p`` and
    ``store T v, ptr slice``, for a copy out ``v = load T, ptr slice`` and ``store
    T v, ptr p``.  OTHER is the memcpy's other pointer, accessed with
    ``far_align``."""
    xp = m.xp
    k = int(row.shape[0])
    m, i8 = type_id(m, "i8")
    m, i64 = type_id(m, "i64")
    m, pointer = type_id(m, "ptr")
    m, void = type_id(m, "void")
    m, offsets = append_constants(m, xp.full(k, i64), xp.full(k, CONST_INT), at)
    start = m.inst_operand_start[row].astype(xp.int64)
    other = xp.where(copy_in, start + 1, start)  # the source for a copy in, else the destination
    other_tag = m.operand_tag[other].astype(xp.int64)
    other_ref = m.operand_ref[other].astype(xp.int64)
    gep_template = len(m.host.templates)
    m.host.templates.append(["getelementptr inbounds i8, ptr ", ", i64 ", ""])
    gep_shape = m.host.strings.intern("getelementptr inbounds i8, ptr \0, i64 \0")
    near_load, near_load_shape = texts(m, slice_type, slice_align, "load {T}, ptr \0, align {A}")
    far_load, far_load_shape = texts(m, slice_type, far_align, "load {T}, ptr \0, align {A}")
    near_store, near_store_shape = texts(m, slice_type, slice_align,
                                         "store {T} \0, ptr \0, align {A}")
    far_store, far_store_shape = texts(m, slice_type, far_align,
                                       "store {T} \0, ptr \0, align {A}")
    kept = xp.stack((at != 0, xp.ones(k, dtype=bool), xp.ones(k, dtype=bool)), axis=1)
    number = _slots(xp, kept, first)
    far_tag = xp.where(kept[:, 0], TAG_VALUE, other_tag)
    far_ref = xp.where(kept[:, 0], number[:, 0], other_ref)
    opcode, result, aux, template, shape, name, flags = _gather(
        xp, kept,
        xp.stack((xp.full(k, op.GEP), xp.full(k, op.LOAD), xp.full(k, op.STORE)), axis=1),
        xp.stack((xp.full(k, pointer), slice_type, xp.full(k, void)), axis=1),
        xp.stack((xp.full(k, i8), xp.full(k, -1), xp.full(k, -1)), axis=1),
        xp.stack((xp.full(k, gep_template), xp.where(copy_in, far_load, near_load),
                  xp.where(copy_in, near_store, far_store)), axis=1),
        xp.stack((xp.full(k, gep_shape), xp.where(copy_in, far_load_shape, near_load_shape),
                  xp.where(copy_in, near_store_shape, far_store_shape)), axis=1),
        xp.stack((xp.full(k, NAME_NUMBERED), xp.full(k, NAME_NUMBERED), xp.full(k, NAME_NONE)),
                 axis=1),
        xp.stack((xp.full(k, op.FLAG_INBOUNDS), xp.zeros(k, dtype=xp.int64),
                  xp.zeros(k, dtype=xp.int64)), axis=1))
    before, block, function = _gather(xp, kept, *(xp.repeat(c[:, None], 3, axis=1) for c in (
        row, m.inst_block[row].astype(xp.int64), m.inst_function[row].astype(xp.int64))))
    columns = _columns(xp, opcode, result, block, function, name, template, shape, aux, flags)
    local = number - first
    gep_rows = xp.flatnonzero(kept[:, 0])
    every = xp.arange(k)
    value = xp.full(k, TAG_VALUE)
    load_tag = xp.where(copy_in, far_tag, TAG_VALUE)
    load_ref = xp.where(copy_in, far_ref, slice_row)
    store_tag = xp.where(copy_in, TAG_VALUE, far_tag)
    store_ref = xp.where(copy_in, slice_row, far_ref)
    return m, NewRows(
        columns=columns, before=before,
        owner=xp.concatenate((local[gep_rows, 0], local[gep_rows, 0], local[:, 1],
                              local[:, 2], local[:, 2])),
        tag=xp.concatenate((other_tag[gep_rows], xp.full(gep_rows.shape[0], TAG_CONSTANT),
                            load_tag, value, store_tag)),
        ref=xp.concatenate((other_ref[gep_rows], offsets[gep_rows].astype(xp.int64), load_ref,
                            number[every, 1], store_ref)),
        type=xp.concatenate((xp.full(gep_rows.shape[0], pointer),
                             xp.full(gep_rows.shape[0], i64), xp.full(k, pointer), slice_type,
                             xp.full(k, pointer))))


def memory_rows(m: Module, row: Any, at: Any, near_at: Any, copy_in: Any, is_memset: Any,
                length: Any, byte: Any, slice_row: Any, near_align: Any, far_align: Any,
                first: int) -> tuple[Module, NewRows]:
    """For each (memset or memcpy ``row``, byte-array slice) pair: the same call
    on the ``length`` bytes the two share, from ``near_at`` in the slice and
    ``at`` in the call's range.  A memset sets them; a copy in copies from
    ``OTHER + at`` to ``slice + near_at``, a copy out the other way (GEPs by 0
    are left out), with ``near_align`` and ``far_align``."""
    xp = m.xp
    k = int(row.shape[0])
    m, i8 = type_id(m, "i8")
    m, i64 = type_id(m, "i64")
    m, pointer = type_id(m, "ptr")
    m, offsets = append_constants(m, xp.full(k, i64), xp.full(k, CONST_INT), at)
    start = m.inst_operand_start[row].astype(xp.int64)
    other = xp.where(copy_in, start + 1, start)
    other_tag = m.operand_tag[other].astype(xp.int64)
    other_ref = m.operand_ref[other].astype(xp.int64)
    gep_template = len(m.host.templates)
    m.host.templates.append(["getelementptr inbounds i8, ptr ", ", i64 ", ""])
    gep_shape = m.host.strings.intern("getelementptr inbounds i8, ptr \0, i64 \0")
    # one call template per distinct (memset?, byte, length, alignments): a handful
    powers = xp.asarray(_POWERS, dtype=xp.int64)
    near = xp.searchsorted(powers, xp.minimum(near_align, 4096))
    far = xp.searchsorted(powers, xp.minimum(far_align, 4096))
    destination = xp.where(copy_in | is_memset, near, far)
    source = xp.where(copy_in, far, near)
    key = (((is_memset.astype(xp.int64) * 256 + byte.astype(xp.int64)) * (1 << 33) + length)
           * 16 + destination) * 16 + source
    distinct, inverse = xp.unique(key, return_inverse=True)
    template_ids, shape_ids = [], []
    for value in distinct.tolist():  # distinct call texts
        to, origin = _POWERS[value // 16 % 16], _POWERS[value % 16]
        size, code = value // 256 % (1 << 33), value // 256 // (1 << 33)
        if code >= 256:
            byte_value = code - 256 - (256 if code - 256 >= 128 else 0)
            text = (f"call void @llvm.memset.p0.i64(ptr align {to} \0, i8 {byte_value}, "
                    f"i64 {size}, i1 false)")
        else:
            text = (f"call void @llvm.memcpy.p0.p0.i64(ptr align {to} \0, ptr align {origin} "
                    f"\0, i64 {size}, i1 false)")
        template_ids.append(len(m.host.templates))
        m.host.templates.append(text.split("\0"))
        shape_ids.append(m.host.strings.intern(text))
    call_template = xp.asarray(template_ids, dtype=xp.int64)[inverse.reshape(-1)]
    call_shape = xp.asarray(shape_ids, dtype=xp.int64)[inverse.reshape(-1)]
    m, near_offsets = append_constants(m, xp.full(k, i64), xp.full(k, CONST_INT), near_at)
    # slots: GEP on the other pointer, GEP on the slice, the call
    kept = xp.stack((~is_memset & (at != 0), near_at != 0, xp.ones(k, dtype=bool)), axis=1)
    number = _slots(xp, kept, first)
    far_tag = xp.where(kept[:, 0], TAG_VALUE, other_tag)
    far_ref = xp.where(kept[:, 0], number[:, 0], other_ref)
    near_ref = xp.where(kept[:, 1], number[:, 1], slice_row)
    gep = xp.full(k, op.GEP)
    opcode, result, aux, template, shape, name, flags = _gather(
        xp, kept,
        xp.stack((gep, gep, xp.full(k, op.CALL)), axis=1),
        xp.stack((xp.full(k, pointer), xp.full(k, pointer), xp.full(k, -1)), axis=1),
        xp.stack((xp.full(k, i8), xp.full(k, i8), xp.full(k, -1)), axis=1),
        xp.stack((xp.full(k, gep_template), xp.full(k, gep_template), call_template), axis=1),
        xp.stack((xp.full(k, gep_shape), xp.full(k, gep_shape), call_shape), axis=1),
        xp.stack((xp.full(k, NAME_NUMBERED), xp.full(k, NAME_NUMBERED),
                  xp.full(k, NAME_NONE)), axis=1),
        xp.stack((xp.full(k, op.FLAG_INBOUNDS), xp.full(k, op.FLAG_INBOUNDS),
                  xp.zeros(k, dtype=xp.int64)), axis=1))
    before, block, function = _gather(xp, kept, *(xp.repeat(c[:, None], 3, axis=1) for c in (
        row, m.inst_block[row].astype(xp.int64), m.inst_function[row].astype(xp.int64))))
    columns = _columns(xp, opcode, result, block, function, name, template, shape, aux, flags)
    local = number - first
    far_geps = xp.flatnonzero(kept[:, 0])
    near_geps = xp.flatnonzero(kept[:, 1])
    copies = xp.flatnonzero(~is_memset)
    sets = xp.flatnonzero(is_memset)
    value = xp.full(k, TAG_VALUE)
    # a call's operands in order: destination, then the source of a copy
    destination_tag = xp.where(copy_in | is_memset, TAG_VALUE, far_tag)
    destination_ref = xp.where(copy_in | is_memset, near_ref, far_ref)
    source_tag = xp.where(copy_in, far_tag, TAG_VALUE)
    source_ref = xp.where(copy_in, far_ref, near_ref)
    return m, NewRows(
        columns=columns, before=before,
        owner=xp.concatenate((local[far_geps, 0], local[far_geps, 0], local[near_geps, 1],
                              local[near_geps, 1], local[copies, 2], local[copies, 2],
                              local[sets, 2])),
        tag=xp.concatenate((other_tag[far_geps], xp.full(far_geps.shape[0], TAG_CONSTANT),
                            value[near_geps], xp.full(near_geps.shape[0], TAG_CONSTANT),
                            destination_tag[copies], source_tag[copies],
                            destination_tag[sets])),
        ref=xp.concatenate((other_ref[far_geps], offsets[far_geps].astype(xp.int64),
                            slice_row[near_geps], near_offsets[near_geps].astype(xp.int64),
                            destination_ref[copies], source_ref[copies],
                            destination_ref[sets])),
        type=xp.concatenate((xp.full(far_geps.shape[0], pointer),
                             xp.full(far_geps.shape[0], i64),
                             xp.full(near_geps.shape[0], pointer),
                             xp.full(near_geps.shape[0], i64),
                             xp.full(2 * copies.shape[0] + sets.shape[0], pointer))))
