"""Sizes, alignments and field offsets of types, per type id, for x86-64.

sroa needs byte offsets: where a constant-index GEP points inside an alloca and
how many bytes a load or store touches.  The type table is small (hundreds of
distinct types where a module has hundreds of thousands of instructions), so
each distinct type text is laid out once on the host and the answers become
columns indexed by type id; passes then walk GEP indices over all GEPs at once
(see ``gep_offsets``).

Only the x86-64 data layout that clang and rustc emit for Linux is modeled
(``X86_64``); for any other module ``type_layout`` returns None and sroa only
promotes.  Named struct bodies come from the module's ``%T = type ...`` lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from gpuopt.ir.host_facts import fact_key, kept_while_items, unchanged
from gpuopt.ir.module import CONST_INT, TAG_CONSTANT, Module
from gpuopt.ir.rewrite import operand_row, type_id

X86_64 = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"

_DATALAYOUT = re.compile(r'target\s+datalayout\s*=\s*"([^"]*)"')
_NAMED_TYPE = re.compile(r'(%(?:"[^"]*"|[-a-zA-Z$._0-9]+))\s*=\s*type\s+(.*?)\s*$')
# bytes and alignment of the scalar types (x86-64: f80 is 10 bytes stored in 16)
_SCALARS = {"ptr": (8, 8, 8), "half": (2, 2, 2), "bfloat": (2, 2, 2), "float": (4, 4, 4),
            "double": (8, 8, 8), "fp128": (16, 16, 16), "x86_fp80": (10, 16, 16)}


@dataclass(frozen=True)
class TypeLayout:
    """Per type id: ``size`` is the allocation size (the array stride), ``store``
    the bytes a load or store of it touches, ``align`` its ABI alignment; -1
    where the type has no size.  Arrays name their ``element`` type; structs
    own the rows ``field_start .. field_start + field_count`` of ``field_offset``
    and ``field_type``."""

    size: Any
    store: Any
    align: Any
    element: Any
    field_start: Any
    field_count: Any
    field_offset: Any
    field_type: Any


@dataclass
class _Shape:
    size: int = -1
    store: int = -1
    align: int = 1
    element: str = ""
    fields: tuple[tuple[int, str], ...] | None = None


def type_layout(m: Module) -> tuple[Module, TypeLayout | None]:
    """The layout columns for every type of ``m`` (element and field types are
    added to the type table), or None when the module's data layout is not
    x86-64's.  Remembered until the type table grows."""
    facts, key = fact_key(m.host, ("type layout", m.xp.__name__))
    if key in facts:
        return m, facts[key]
    m, lay = _type_layout(m)
    facts, key = fact_key(m.host, ("type layout", m.xp.__name__))  # the grown table's
    facts[key] = lay
    return m, lay


def _type_layout(m: Module) -> tuple[Module, TypeLayout | None]:
    lines = module_lines(m)
    layouts = [found.group(1) for line in lines
               if line.startswith("target") and (found := _DATALAYOUT.match(line))]
    if set(layouts) != {X86_64}:  # joined modules (ir/join.py) repeat the line
        return m, None
    bodies = type_bodies(m)
    shapes: dict[str, _Shape] = {}
    rows: list[_Shape] = []
    index = 0
    while index < len(m.host.type_text):  # grows as element and field types are added
        text = m.host.type_text[index]
        shape = _shape(text, bodies, shapes, 0)
        for inner in ([shape.element] if shape.element else []) + \
                [t for _, t in shape.fields or ()]:
            m, _ = type_id(m, inner)
        rows.append(shape)
        index += 1
    ids = {text: i for i, text in enumerate(m.host.type_text)}
    field_start, field_count, field_offset, field_type = [], [], [], []
    for shape in rows:
        fields = shape.fields or ()
        field_start.append(len(field_offset) if shape.fields is not None else -1)
        field_count.append(len(fields))
        field_offset.extend(offset for offset, _ in fields)
        field_type.extend(ids[t] for _, t in fields)
    xp = m.xp

    def column(values: list[int]) -> Any:
        # never empty, so that clipped gathers stay in range
        return xp.asarray(values or [0], dtype=xp.int64)

    return m, TypeLayout(
        size=column([s.size for s in rows]), store=column([s.store for s in rows]),
        align=column([s.align for s in rows]),
        element=column([ids[s.element] if s.element else -1 for s in rows]),
        field_start=column(field_start), field_count=column(field_count),
        field_offset=column(field_offset), field_type=column(field_type))


def module_lines(m: Module) -> list[str]:
    """The module's top-level lines (types, globals, declarations), kept while
    the item list is the same (not asked again as the type table grows)."""
    return kept_while_items(m.host, "module lines",
                            lambda: [payload for kind, payload in m.host.items if kind == "text"],
                            lambda lines, added: lines + added)


def type_bodies(m: Module) -> dict[str, str]:
    """``named_type_bodies`` of the module lines, kept while they are the same."""
    return kept_while_items(m.host, "named type bodies",
                            lambda: named_type_bodies(module_lines(m)), unchanged)


def named_type_bodies(lines: list[str]) -> dict[str, str]:
    """``%T`` -> the text of its body, from the ``%T = type ...`` lines."""
    return {found.group(1): found.group(2) for line in lines
            if line.startswith("%") and (found := _NAMED_TYPE.match(line))}


def type_shape(text: str, bodies: dict[str, str]) -> _Shape:
    """Size, alignment and fields of one type spelled ``text``."""
    return _shape(text, bodies, {}, 0)


def _shape(text: str, bodies: dict[str, str], memo: dict[str, _Shape], depth: int) -> _Shape:
    found = memo.get(text)
    if found is not None:
        return found
    shape = _Shape()
    if depth < 64:  # a named type containing itself (only through pointers) is unsized
        shape = _compute(text, bodies, memo, depth)
    memo[text] = shape
    return shape


def _compute(text: str, bodies: dict[str, str], memo: dict[str, _Shape], depth: int) -> _Shape:
    if text.startswith("i") and text[1:].isdigit():
        bits = int(text[1:])
        store = (bits + 7) // 8
        # the alignment of the smallest integer type of the data layout that holds it
        align = next((b // 8 for b in (8, 16, 32, 64, 128) if bits <= b), 16)
        return _Shape(size=-(-store // align) * align, store=store, align=align)
    if text in _SCALARS:
        store, size, align = _SCALARS[text]
        return _Shape(size=size, store=store, align=align)
    if text.startswith("%"):
        body = bodies.get(text)
        if body is None or body == "opaque":
            return _Shape()
        return _shape(body, bodies, memo, depth + 1)
    array = re.fullmatch(r"\[(\d+) x (.*)\]", text)
    if array:
        element = _shape(array.group(2), bodies, memo, depth + 1)
        if element.size < 0:
            return _Shape()
        size = int(array.group(1)) * element.size
        return _Shape(size=size, store=size, align=element.align, element=array.group(2))
    vector = re.fullmatch(r"<(\d+) x (i\d+|ptr|half|bfloat|float|double)>", text)
    if vector:
        bits = int(vector.group(1)) * (int(vector.group(2)[1:]) if vector.group(2)[0] == "i"
                                       else _SCALARS[vector.group(2)][0] * 8)
        store = (bits + 7) // 8
        align = 1 << max(store - 1, 0).bit_length()  # the size rounded up to a power of 2
        return _Shape(size=-(-store // align) * align, store=store, align=align)
    struct = re.fullmatch(r"(<?)\{ ?(.*?) ?\}(>?)", text)
    if struct and bool(struct.group(1)) == bool(struct.group(3)):
        packed = bool(struct.group(1))
        offset, align, fields = 0, 1, []
        for field in _split_fields(struct.group(2)):
            inner = _shape(field, bodies, memo, depth + 1)
            if inner.size < 0:
                return _Shape()
            if not packed:
                offset = -(-offset // inner.align) * inner.align
                align = max(align, inner.align)
            fields.append((offset, field))
            offset += inner.size
        size = offset if packed else -(-offset // align) * align
        return _Shape(size=size, store=size, align=align, fields=tuple(fields))
    return _Shape()


def _split_fields(body: str) -> list[str]:
    """The comma-separated types of a struct body, brackets respected."""
    fields, depth, start = [], 0, 0
    for position, char in enumerate(body):
        if char in "[{<(":
            depth += 1
        elif char in "]}>)":
            depth -= 1
        elif char == "," and depth == 0:
            fields.append(body[start:position].strip())
            start = position + 1
    if body.strip():
        fields.append(body[start:].strip())
    return fields


def gep_offsets(m: Module, lay: TypeLayout, rows: Any) -> tuple[Any, Any]:
    """For GEP rows: (constant, offset) where ``constant`` says every index is a
    constant integer stepping through sized types, and ``offset`` is then the
    byte offset from the base pointer.  One vectorized step per index position."""
    xp = m.xp
    start = m.inst_operand_start[rows].astype(xp.int64)
    count = m.inst_operand_count[rows].astype(xp.int64)
    current = m.inst_aux_type[rows].astype(xp.int64)
    constant = (current >= 0) & (lay.size[xp.maximum(current, 0)] >= 0)
    offset = xp.zeros(rows.shape[0], dtype=xp.int64)
    longest = int(count.max()) if rows.shape[0] else 0
    n_types = lay.size.shape[0]
    for position in range(1, longest):
        has = count > position
        row = operand_row(m, start, position)
        is_constant = m.operand_tag[row] == TAG_CONSTANT
        ref = xp.where(is_constant, m.operand_ref[row], 0)
        is_int = is_constant & (m.constant_kind[ref] == CONST_INT)
        width = m.type_width[xp.maximum(m.operand_type[row], 0)].astype(xp.int64)
        shift = xp.clip(64 - width, 0, 63)
        index = (m.constant_value[ref] << shift) >> shift  # sign-extended
        constant &= ~has | is_int
        safe = xp.clip(current, 0, n_types - 1)
        if position == 1:  # the first index steps over whole objects of the source type
            offset += xp.where(has, index * lay.size[safe], 0)
            continue
        element = lay.element[safe]
        is_array = element >= 0
        is_struct = lay.field_start[safe] >= 0
        in_struct = is_struct & (index >= 0) & (index < lay.field_count[safe])
        field = xp.clip(lay.field_start[safe] + index, 0, max(lay.field_offset.shape[0] - 1, 0))
        step_type = xp.where(is_array, element, xp.where(in_struct, lay.field_type[field], -1))
        step = xp.where(is_array, index * lay.size[xp.maximum(element, 0)],
                        xp.where(in_struct, lay.field_offset[field], 0))
        constant &= ~has | (is_array | in_struct)
        offset += xp.where(has, step, 0)
        current = xp.where(has, step_type, current)
    return constant, offset
