"""Debug records of promoted allocas: LLVM's ConvertDebugDeclareToDebugValue.

When mem2reg promotes an alloca that ``#dbg_declare(ptr %a, !var, !expr,
!loc)`` describes, LLVM (PromoteMemoryToRegister.cpp, Local.cpp) keeps the
variable visible, and so do we:

- at each store to the alloca, ``#dbg_value(<stored value>, !var, !expr,
  !loc0)``, !loc0 being a line-0 location with the declare's scope and
  inlinedAt (getDebugValueLoc).  The value is the stored one when the
  expression is exactly ``DW_OP_deref``, or does not start with a deref and
  the allocation size of the stored type covers the variable (its fragment's
  size, else the variable's, else the alloca's own: valueCoversEntireFragment);
  otherwise it is ``poison`` of the stored type;
- at each phi inserted for the alloca, the same record naming the phi, after
  the block's phis and EH pad, where the size covers, once per variable and
  expression (PhiHasDebugValue);
- loads add nothing; an alloca neither loaded nor stored keeps its records,
  which then name ``poison`` (LLVM erases the alloca and nothing else);
  otherwise its declares go, and so do its ``#dbg_value`` records whose
  expression starts with ``DW_OP_deref`` and its ``#dbg_assign`` records;
  its other ``#dbg_value`` records stay and name ``poison``.

A record's text is parsed once per distinct text (its ``inst_shape`` string);
the metadata lines once per module version (remembered on the host).  The
line-0 locations are the module's own where an equal one exists, else new
``!N = !DILocation(line: 0, ...)`` lines appended to the module.

Also here, for sroa: ``fragment_declares`` gives the declares of the pieces an
alloca is split into (LLVM's SROA::splitAlloca migration).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from gpuopt.arrays import expand
from gpuopt.ir import opcodes as op
from gpuopt.ir.host_facts import remembered
from gpuopt.ir.module import NAME_NONE, TAG_CONSTANT, TAG_VALUE, Module
from gpuopt.ir.rewrite import poison_constant

# record kinds, per distinct record text
DECLARE, VALUE_KEPT, DROPPED = range(3)

_DECLARE = re.compile(r"^#dbg_declare\(ptr \x00, (![0-9]+), !DIExpression\(([^()]*)\), "
                      r"(![0-9]+)\)$")
_VALUE = re.compile(r"^#dbg_value\([^\x00]*\x00, ![0-9]+, !DIExpression\(([^()]*)\), "
                    r"![0-9]+\)$")
_METADATA = re.compile(r"^!([0-9]+) = (distinct )?!([A-Za-z]+)\((.*)\)\s*$")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_FIELD = re.compile(r"(?:^|, )([A-Za-z]+): ([^,]+)")


@dataclass(frozen=True)
class _Metadata:
    """What the module's numbered metadata lines say, for debug records.  A
    line is parsed when a record asks for its node: a Rust module has hundreds
    of thousands of metadata lines, and its records name a few thousand."""

    lines: dict[int, str]      # id -> its line
    line_zero: dict[str, int]  # body of a uniqued line-0 DILocation -> id
    next_id: int
    # declare text -> its parse; shared by the parses that extend this one
    # (appended lines add nodes and never change one, so a parse stays right)
    declares: dict[str, _Declare] = field(default_factory=dict)
    # id -> (kind, fields) of the lines parsed so far; None: not a kind read here
    nodes: dict[int, tuple[str, dict[str, str]] | None] = field(default_factory=dict)


_NODE_KINDS = frozenset(("DILocalVariable", "DILocation", "DIBasicType", "DIDerivedType",
                         "DICompositeType"))
_LINE_ZERO = " = !DILocation(line: 0, scope: "  # in every uniqued line-0 location's line


def _parse_lines(items: list[tuple[str, Any]]) -> _Metadata:
    lines: dict[int, str] = {}
    line_zero: dict[str, int] = {}
    for kind, line in items:  # module lines, not instructions
        if kind != "text" or line[:1] != "!":
            continue
        head, equals, _ = line.partition(" = ")  # every node counts for a new number,
        number = head[1:]                         # tuples (!{...}) too
        if not equals or not number.isdigit() or not number.isascii():
            continue
        lines[int(number)] = line
        if _LINE_ZERO in line:
            found = _METADATA.match(line)
            if found is not None and found.group(3) == "DILocation" and not found.group(2) \
                    and found.group(4).startswith("line: 0, scope: "):
                line_zero.setdefault(found.group(4), int(number))
    return _Metadata(lines, line_zero, max(lines) + 1 if lines else 0)


def _node(md: _Metadata, number: int) -> tuple[str, dict[str, str]] | None:
    """(kind, fields) of node ``number``; None where it is no node of the kinds
    debug records read."""
    if number in md.nodes:
        return md.nodes[number]
    line = md.lines.get(number)
    found = _METADATA.match(line) if line is not None else None
    node = None
    if found is not None and found.group(3) in _NODE_KINDS:
        node = (found.group(3), dict(_FIELD.findall(_STRING.sub('""', found.group(4)))))
    md.nodes[number] = node
    return node


# The last parse and a copy of the lines it read.  sroa's and mem2reg's rounds
# append metadata lines (fragments, line-0 locations) and so make a new list
# of module lines each round; a list that starts with the last one's lines is
# parsed by extending the last parse with the rest (Rust modules have tens of
# thousands of metadata lines).
_LAST_PARSE: list[tuple[list[tuple[str, Any]], _Metadata]] = []


def _metadata(m: Module) -> _Metadata:
    def parse() -> _Metadata:
        items = m.host.items
        lines, earlier = _LAST_PARSE[0] if _LAST_PARSE else ([], None)
        if earlier is not None and items[:len(lines)] == lines:
            parsed = extend_metadata(earlier, items[len(lines):])
        else:
            parsed = _parse_lines(items)
        _LAST_PARSE[:] = [(list(items), parsed)]
        return parsed

    return remembered(m.host, METADATA_QUESTION, parse)


# The host fact under which the parse is remembered (mem2reg carries it over
# rounds that only append metadata lines, with ``extend_metadata``).
METADATA_QUESTION = "debug metadata"


def extend_metadata(parsed: _Metadata, added: list[tuple[str, Any]]) -> _Metadata:
    """The parse of the module lines ``parsed`` came from followed by ``added``,
    as one parse of all of them in order gives it: later nodes win, a body's
    first line-0 location stays, the next id is the largest; the declares
    parsed so far stay."""
    if not added:
        return parsed
    new = _parse_lines(added)
    line_zero = dict(parsed.line_zero)
    for body, number in new.line_zero.items():  # the new lines' locations
        line_zero.setdefault(body, number)
    nodes = {number: node for number, node in parsed.nodes.items() if number not in new.lines}
    return _Metadata({**parsed.lines, **new.lines}, line_zero,
                     max(parsed.next_id, new.next_id), parsed.declares, nodes)


def _variable_bits(md: _Metadata, variable: int) -> int:
    """DIVariable::getSizeInBits: the first nonzero size along the type's
    chain of derived types; 0 where unknown."""
    node = _node(md, variable)
    reference = node[1].get("type") if node else None
    for _ in range(64):  # a chain of typedefs and qualifiers
        if reference is None or not reference.startswith("!"):
            return 0
        found = _node(md, int(reference[1:])) if reference[1:].isdigit() else None
        if found is None:
            return 0
        kind, fields = found
        size = fields.get("size", "0")
        if size.isdigit() and int(size):
            return int(size)
        if kind != "DIDerivedType":
            return 0
        reference = fields.get("baseType")
    return 0


def _operations(expression: str) -> list[str]:
    return [token.strip() for token in expression.split(",") if token.strip()]


def _fragment(ops: list[str]) -> tuple[int, int] | None:
    """(offset, size) in bits of a trailing DW_OP_LLVM_fragment."""
    if len(ops) >= 3 and ops[-3] == "DW_OP_LLVM_fragment" and ops[-2].isdigit() \
            and ops[-1].isdigit():
        return int(ops[-2]), int(ops[-1])
    return None


@dataclass(frozen=True)
class _Declare:
    """One distinct declare text, parsed."""

    variable: str     # '!12'
    ops: list[str]    # the expression's operations
    location: str     # '!15'
    bits: int         # the variable's size (0: unknown)
    scope: str        # of the location ('' when it has none)
    inlined_at: str


def _parse_declare(md: _Metadata, text: str) -> _Declare | None:
    known = md.declares.get(text)
    if known is not None:
        return known
    found = _DECLARE.match(text)
    if found is None:
        return None
    variable, expression, location = found.groups()
    node = _node(md, int(location[1:]))
    if node is None or node[0] != "DILocation" or "scope" not in node[1]:
        return None
    fields = node[1]
    declare = _Declare(variable, _operations(expression), location,
                       _variable_bits(md, int(variable[1:])), fields["scope"].strip(),
                       fields.get("inlinedAt", "").strip())
    md.declares[text] = declare
    return declare


def _line_zero(md: _Metadata, wanted: list[str], added: dict[str, int]) -> list[int]:
    """Ids of the line-0 locations with the given bodies: the module's own, or
    new ones (recorded in ``added``)."""
    ids = []
    for body in wanted:  # distinct declare texts
        found = md.line_zero.get(body)
        if found is None:
            found = added.get(body)
        if found is None:
            found = md.next_id + len(added)
            added[body] = found
        ids.append(found)
    return ids


def _with_lines(m: Module, added: dict[str, int]) -> Module:
    if not added:
        return m
    lines = [("text", f"!{number} = !DILocation({body})") for body, number in added.items()]
    return replace(m, host=replace(m.host, items=m.host.items + lines))


@dataclass(frozen=True)
class AllocaRecords:
    """Debug records that name promoted allocas.  ``drop`` marks, per
    instruction row, the records that go.  The convertible declares, sorted by
    (alloca, row): their ``alloca``, a ``key`` per (variable, expression),
    ``tail`` (string id of the text after the value: ``, !var, !expr,
    !loc0)``), and whether stores (``store_value``: else poison) and phis
    (``at_phi``) give the value."""

    drop: Any
    alloca: Any
    key: Any
    tail: Any
    store_value: Any
    at_phi: Any


def alloca_records(m: Module, promoted: Any, accessed: Any,
                   alloc_bits: Any) -> tuple[Module, AllocaRecords]:
    """The records naming ``promoted`` allocas; ``accessed`` marks those with a
    load or store, ``alloc_bits`` gives each alloca's allocation size in bits
    (-1 where unknown)."""
    xp = m.xp
    n = m.n_instructions
    is_use = m.operand_tag == TAG_VALUE
    target = xp.where(is_use, m.operand_ref, 0)
    names = is_use & promoted[target] & (m.inst_opcode[m.operand_owner] == op.DBG_RECORD)
    rows, first = xp.unique(m.operand_owner[names], return_index=True)
    rows = rows.astype(xp.int64)
    alloca = target[names][first].astype(xp.int64)
    shapes = m.inst_shape[rows].astype(xp.int64)
    distinct, inverse = xp.unique(shapes, return_inverse=True)
    inverse = inverse.reshape(-1)
    md = _metadata(m)
    strings = m.host.strings
    kinds, keys, tails, deref_only, deref_first, bits = [], [], [], [], [], []
    bodies = []
    parsed: list[_Declare | None] = []
    for shape in distinct.tolist():  # distinct record texts
        text = strings[shape] if shape >= 0 else ""
        declare = _parse_declare(md, text)
        parsed.append(declare)
        value = _VALUE.match(text)
        if declare is not None:
            kinds.append(DECLARE)
            bodies.append(f"line: 0, scope: {declare.scope}"
                          + (f", inlinedAt: {declare.inlined_at}" if declare.inlined_at else ""))
        elif value is not None and not value.group(1).startswith("DW_OP_deref"):
            kinds.append(VALUE_KEPT)
        else:
            kinds.append(DROPPED)
    added: dict[str, int] = {}
    locations = iter(_line_zero(md, bodies, added))
    for declare in parsed:  # distinct record texts
        if declare is None:
            keys.append(-1)
            tails.append(-1)
            deref_only.append(False)
            deref_first.append(False)
            bits.append(0)
            continue
        expression = f"!DIExpression({', '.join(declare.ops)})"
        tail = f", {declare.variable}, {expression}, !{next(locations)})"
        keys.append(strings.intern(f"{declare.variable} {expression}"))
        tails.append(strings.intern(tail))
        deref_only.append(declare.ops == ["DW_OP_deref"])
        deref_first.append(bool(declare.ops) and declare.ops[0] == "DW_OP_deref")
        fragment = _fragment(declare.ops)
        bits.append(fragment[1] if fragment is not None else declare.bits)
    m = _with_lines(m, added)

    def per_row(values: list[Any], dtype: Any) -> Any:
        return xp.asarray(values, dtype=dtype)[inverse] if values else xp.zeros(0, dtype=dtype)

    kind = per_row(kinds, xp.int8)
    # an alloca neither loaded nor stored keeps its records (they name poison)
    drop = xp.zeros(n, dtype=bool)
    drop[rows[accessed[alloca] & (kind != VALUE_KEPT)]] = True
    converted = accessed[alloca] & (kind == DECLARE) & (m.inst_operand_count[rows] == 1)
    order = xp.flatnonzero(converted)  # rows are sorted, so are their allocas' runs below
    order = order[xp.argsort(alloca[order] * n + rows[order])]
    size = per_row(bits, xp.int64)[order]
    have = alloc_bits[alloca[order]]
    covers = xp.where(size > 0, (have >= 0) & (have >= size), True)
    only = per_row(deref_only, bool)[order]
    first_deref = per_row(deref_first, bool)[order]
    return m, AllocaRecords(
        drop=drop, alloca=alloca[order], key=per_row(keys, xp.int64)[order],
        tail=per_row(tails, xp.int64)[order],
        store_value=only | (~first_deref & covers), at_phi=covers)


def record_rows(m: Module, records: AllocaRecords, declare: Any, before: Any, value: Any,
                with_value: Any, value_tag: Any, value_ref: Any) -> tuple[Any, dict[str, Any],
                                                                           Any, Any, Any]:
    """``#dbg_value`` rows, one per (declare index, row it goes before): the
    value (tag, ref) where ``with_value``, else ``poison``; ``value`` is its
    type id.  Returns (before, inst columns, operand owner, tag, ref) in the
    form ``insert_instructions`` takes (owners numbered from 0)."""
    xp = m.xp
    k = int(declare.shape[0])
    tail = records.tail[declare]
    key = (value.astype(xp.int64) * (1 << 31) + tail) * 2 + with_value.astype(xp.int64)
    distinct, inverse = xp.unique(key, return_inverse=True)
    inverse = inverse.reshape(-1)
    template_ids, shape_ids = [], []
    strings = m.host.strings
    for entry in distinct.tolist():  # distinct (type, variable text, poison or not)
        type_text = m.host.type_text[entry // 2 // (1 << 31)]
        tail_text = strings[entry // 2 % (1 << 31)]
        pieces = ([f"#dbg_value({type_text} ", tail_text] if entry % 2
                  else [f"#dbg_value({type_text} poison{tail_text}"])
        template_ids.append(len(m.host.templates))
        m.host.templates.append(pieces)
        shape_ids.append(strings.intern("\0".join(pieces)))
    template = xp.asarray(template_ids or [0], dtype=xp.int64)[inverse] if k \
        else xp.zeros(0, dtype=xp.int64)
    shape = xp.asarray(shape_ids or [0], dtype=xp.int64)[inverse] if k \
        else xp.zeros(0, dtype=xp.int64)
    block = m.inst_block[before].astype(xp.int64)
    minus_one = xp.full(k, -1, dtype=xp.int64)
    columns = {
        "inst_opcode": xp.full(k, op.DBG_RECORD, dtype=xp.int64), "inst_type": minus_one,
        "inst_aux_type": minus_one, "inst_block": block,
        "inst_function": m.block_function[block].astype(xp.int64),
        "inst_flags": xp.zeros(k, dtype=xp.int64), "inst_predicate": minus_one,
        "inst_name": xp.full(k, NAME_NONE, dtype=xp.int64), "inst_template": template,
        "inst_shape": shape,
    }
    owner = xp.flatnonzero(with_value).astype(xp.int64)
    return before, columns, owner, value_tag[owner], value_ref[owner]


def _leading_offset(ops: list[str]) -> tuple[int, list[str]] | None:
    """DIExpression::extractLeadingOffset for the forms we take: leading
    ``DW_OP_plus_uconst`` bytes and the operations after them; None for what
    we do not follow (other offsets, bit extracts)."""
    offset, index = 0, 0
    while index < len(ops) and ops[index] == "DW_OP_plus_uconst" and index + 1 < len(ops) \
            and ops[index + 1].isdigit():
        offset += int(ops[index + 1])
        index += 2
    rest = ops[index:]
    if any(name in ("DW_OP_constu", "DW_OP_plus", "DW_OP_minus", "DW_OP_LLVM_arg",
                    "DW_OP_LLVM_extract_bits_zext", "DW_OP_LLVM_extract_bits_sext")
           for name in rest[:1]) or any(name.startswith("DW_OP_LLVM_extract_bits")
                                        for name in rest):
        return None
    return offset, rest


def _distinct(xp: Any, columns: list[Any]) -> tuple[Any, Any]:
    """(first row of each distinct tuple, the tuple index of every row) of
    equal-length integer columns, by one lexsort."""
    k = int(columns[0].shape[0])
    if k == 0:
        return xp.zeros(0, dtype=xp.int64), xp.zeros(0, dtype=xp.int64)
    order = xp.lexsort(xp.stack([xp.arange(k, dtype=xp.int64)]
                                + [c.astype(xp.int64) for c in columns[::-1]]))
    same = xp.ones(k - 1, dtype=bool)
    for column in columns:
        ordered = column[order]
        same &= ordered[1:] == ordered[:-1]
    starts = xp.concatenate((xp.ones(1, dtype=bool), ~same))
    group = xp.cumsum(starts) - 1
    inverse = xp.empty(k, dtype=xp.int64)
    inverse[order] = group
    return order[xp.flatnonzero(starts)], inverse


def fragment_declares(m: Module, split: Any, slice_alloca: Any, slice_at: Any, slice_bits: Any,
                      same_type: Any, slice_row: Any) -> tuple[Any, dict[str, Any], Any]:
    """The declares of the new allocas sroa cuts ``split`` allocas into (LLVM's
    SROA::splitAlloca migration).  Per new alloca: its old alloca, byte
    offset, size in bits (``slice_bits``: of its type, at most its bytes),
    whether it is the whole old alloca with its type (LLVM keeps that alloca
    and its declares as they are) and its row-to-be.  Each declare of an old
    alloca gives each new one the part of its variable that the new one holds:
    the intersection of the two as a ``DW_OP_LLVM_fragment`` (unless it is the
    declare's whole variable or fragment), its leading ``DW_OP_plus_uconst``
    reduced by the new alloca's offset.  A declare whose variable has no known
    size, or whose expression starts with another offset form, gives none
    (but where LLVM keeps the alloca, one new alloca of its type holding all
    of it, that one takes every declare as it is).
    Returns (the old alloca each goes before, inst columns, declare index).
    """
    xp = m.xp
    # (sroa has pointed accesses at new rows already: only old rows matter)
    is_use = (m.operand_tag == TAG_VALUE) & (m.operand_ref < m.n_instructions)
    target = xp.where(is_use, m.operand_ref, 0)
    owner = m.operand_owner
    names = is_use & split[target] & (m.inst_opcode[owner] == op.DBG_RECORD) \
        & (m.inst_operand_count[owner] == 1)
    rows = owner[names].astype(xp.int64)
    alloca = target[names].astype(xp.int64)
    shapes = m.inst_shape[rows].astype(xp.int64)
    distinct, inverse = xp.unique(shapes, return_inverse=True)
    inverse = inverse.reshape(-1)
    md = _metadata(m)
    strings = m.host.strings
    parsed: list[tuple[_Declare, int, list[str]] | None] = []
    usable, lead, frag_at, frag_bits, who = [], [], [], [], []
    for shape in distinct.tolist():  # distinct record texts
        declare = _parse_declare(md, strings[shape]) if shape >= 0 else None
        split_ops = _leading_offset(declare.ops) if declare is not None else None
        fragment = _fragment(declare.ops) if declare is not None else None
        size = fragment[1] if fragment else (declare.bits if declare is not None else 0)
        ok = declare is not None and split_ops is not None and size > 0
        parsed.append((declare, split_ops[0] if split_ops else 0,
                       split_ops[1] if split_ops else []) if declare is not None else None)
        usable.append(2 * ok + (declare is not None))
        lead.append(split_ops[0] if ok and split_ops is not None else 0)
        frag_at.append(fragment[0] if fragment else 0)
        frag_bits.append(size)
        who.append(strings.intern(f"{declare.variable} {declare.inlined_at}")
                   if declare is not None else -1)

    def per_row(values: list[Any]) -> Any:
        return xp.asarray(values, dtype=xp.int64)[inverse] if values \
            else xp.zeros(0, dtype=xp.int64)

    usable_row = per_row(usable)  # 1: parsed, 3: parsed, and its fragments computable
    chosen = xp.flatnonzero(usable_row > 0)
    rows, alloca, kind = rows[chosen], alloca[chosen], inverse[chosen]
    computable = usable_row[chosen] == 3
    order = xp.argsort(alloca * m.n_instructions + rows)
    rows, alloca, kind, computable = rows[order], alloca[order], kind[order], computable[order]
    # every (declare, new alloca of its old one) pair
    low = xp.searchsorted(slice_alloca, alloca, side="left")
    declare, piece = expand(xp, low, xp.searchsorted(slice_alloca, alloca, side="right") - low)
    kind = kind[declare]
    table = [xp.asarray(values, dtype=xp.int64) if values else xp.zeros(0, dtype=xp.int64)
             for values in (lead, frag_at, frag_bits, who)]
    lead_bits, var_at, var_bits, variable = (column[kind] for column in table)
    lead_bits = lead_bits * 8
    # DIExpression::calculateFragmentIntersect, the pointer being the alloca
    relative = slice_at[piece] * 8 - lead_bits  # the piece's start from the location's
    begin = xp.maximum(relative + var_at, 0)
    end = relative + var_at + slice_bits[piece]
    low_bit = xp.maximum(begin, var_at)
    high_bit = xp.minimum(end, var_at + var_bits)
    overlap = (relative + slice_bits[piece] >= 0) & (high_bit > low_bit)
    whole = (low_bit == var_at) & (high_bit == var_at + var_bits)
    # (LLVM keeps an alloca that one new alloca of its type would replace, and
    # its declares as they are, whatever their expressions)
    keep = xp.where(same_type[piece], True, overlap & computable[declare])
    new_fragment = ~whole & ~same_type[piece]
    plus = xp.where(same_type[piece], -1, (xp.maximum(-relative, 0) + 7) // 8)
    declare, piece, kind, variable = declare[keep], piece[keep], kind[keep], variable[keep]
    low_bit, high_bit = low_bit[keep], high_bit[keep]
    new_fragment, plus = new_fragment[keep], plus[keep]
    # one declare per (new alloca, variable, inlinedAt): the last (SROA's RemoveOne)
    k = int(declare.shape[0])
    backwards = xp.arange(k - 1, -1, -1, dtype=xp.int64)
    last, _ = _distinct(xp, [piece[backwards], variable[backwards]])
    last = xp.sort(backwards[last])
    declare, piece, kind = declare[last], piece[last], kind[last]
    fragment_low = xp.where(new_fragment[last], low_bit[last], -1)
    fragment_size = xp.where(new_fragment[last], high_bit[last] - low_bit[last], -1)
    plus = plus[last]
    # the record texts, one per distinct (declare text, fragment, offset)
    first, text_of = _distinct(xp, [kind, fragment_low, fragment_size, plus])
    template_ids, shape_ids = [], []
    for index, fragment_at, fragment_width, offset in zip(
            kind[first].tolist(), fragment_low[first].tolist(), fragment_size[first].tolist(),
            plus[first].tolist(), strict=True):  # distinct new declare texts
        entry = parsed[index]
        assert entry is not None
        old, _, rest = entry
        if offset < 0:
            ops = old.ops
        else:
            ops = ([f"DW_OP_plus_uconst, {offset}"] if offset > 0 else []) + (
                rest if fragment_at < 0 else
                [name for name in _without_fragment(rest)]
                + [f"DW_OP_LLVM_fragment, {fragment_at}, {fragment_width}"])
        pieces = ["#dbg_declare(ptr ",
                  f", {old.variable}, !DIExpression({', '.join(ops)}), {old.location})"]
        template_ids.append(len(m.host.templates))
        m.host.templates.append(pieces)
        shape_ids.append(strings.intern("\0".join(pieces)))
    n_new = int(declare.shape[0])
    template = xp.asarray(template_ids or [0], dtype=xp.int64)[text_of] if n_new \
        else xp.zeros(0, dtype=xp.int64)
    shape = xp.asarray(shape_ids or [0], dtype=xp.int64)[text_of] if n_new \
        else xp.zeros(0, dtype=xp.int64)
    before = alloca[declare]
    minus_one = xp.full(n_new, -1, dtype=xp.int64)
    columns = {
        "inst_opcode": xp.full(n_new, op.DBG_RECORD, dtype=xp.int64), "inst_type": minus_one,
        "inst_aux_type": minus_one, "inst_block": m.inst_block[before].astype(xp.int64),
        "inst_function": m.inst_function[before].astype(xp.int64),
        "inst_flags": xp.zeros(n_new, dtype=xp.int64), "inst_predicate": minus_one,
        "inst_name": xp.full(n_new, NAME_NONE, dtype=xp.int64), "inst_template": template,
        "inst_shape": shape,
    }
    return before, columns, slice_row[piece]


def _without_fragment(ops: list[str]) -> list[str]:
    return ops[:-3] if _fragment(ops) is not None else ops


def poison_retyped_debug_uses(m: Module, old_type: Any) -> Module:
    """Debug records that name an instruction whose result type was
    ``old_type`` and is now another (a pass retyped it in place) name
    ``poison`` instead: their text spells the old type.  LLVM, which makes a
    new instruction instead, finds nothing to salvage from the old one and
    gives its records poison too."""
    xp = m.xp
    changed = (old_type != m.inst_type) & (old_type >= 0)
    if not bool(changed.any()):
        return m
    m, poison = poison_constant(m)
    is_use = m.operand_tag == TAG_VALUE
    hit = is_use & changed[xp.where(is_use, m.operand_ref, 0)] \
        & (m.inst_opcode[m.operand_owner] == op.DBG_RECORD)
    return m.with_columns(
        operand_tag=xp.where(hit, TAG_CONSTANT, m.operand_tag).astype(m.operand_tag.dtype),
        operand_ref=xp.where(hit, poison, m.operand_ref).astype(m.operand_ref.dtype))
