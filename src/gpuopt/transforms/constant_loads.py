"""Loads from constant globals take the value stored there (LLVM's
ConstantFoldLoadFromConstPtr, which instsimplify and instcombine call).

Assumes a global's initializer is what a load reads only where LLVM's
``isConstant() && hasDefinitiveInitializer()`` holds: the global is defined
with the ``constant`` keyword, is not ``externally_initialized``, and its
linkage cannot be interposed (not ``weak``, ``linkonce``, ``common``,
``extern_weak`` or a declaration; ``linkonce_odr``, ``weak_odr`` and
``available_externally`` may only be replaced by an equivalent definition, so
they qualify).  Where the module sets ``SemanticInterposition``, the global
must also be ``dso_local`` (or private/internal).

A load qualifies when it is simple (neither volatile nor atomic) and its
pointer is a constant byte offset into such a global:

- the global itself;
- a chain of getelementptr instructions with constant indices over the
  global or over a constant expression below (``gep_offsets`` per GEP, then
  pointer jumping down the chain as ``pointer_roots`` does for allocas);
- a constant-expression ``getelementptr [inbounds|nuw|nusw|inrange(..)]
  (T, ptr BASE, iN K, ...)`` with literal indices, BASE a global or such an
  expression again; parsed on the host once per distinct constant text.

What it reads (the scalar leaves of the initializer: ir/initializers.py,
where ``c"..."`` strings and ``zeroinitializer`` are leaves too):

- an integer of at most 64 bits and a whole number of bytes: assembled
  little-endian from the bytes of the integer leaves that cover every byte
  it reads (leaves of a whole number of bytes, any width);
- another integer (``i1``, ``i17``): only from a leaf of exactly its type at
  exactly its offset;
- ``ptr``: only from a ``ptr`` leaf at exactly its offset whose text is
  ``null``, a global's name (the use then names the global) or a
  getelementptr expression of the form above (kept as a constant with that
  text).

Every use of such a load takes the value and the load goes.  Host work (the
globals that qualify, each global's leaves as arrays, each expression's
address) is done once per distinct global or constant text and kept through
ir/host_facts.py; the per-load work is one array program: resolve each
pointer to (global, offset), then binary searches of sorted (global, offset)
keys, one round per byte of the widest load (8).

Differs from LLVM's: only modules with the x86-64 data layout
(``type_layout``); out-of-bounds loads stay (LLVM folds them to poison);
padding bytes, float, vector and aggregate leaves or loads, integers read
from pointer leaves (LLVM's ptrtoint) and pointers read from integer leaves
(inttoptr) are not folded; a global whose initializer holds ``undef``,
``poison`` or an expression other than a pointer leaf is not read at all; no
uniform-value folding at unknown offsets; only GEPs (no casts,
``addrspacecast`` or ``ptrmask``) lead to the global; ``thread_local`` and
non-zero address space globals are left alone.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from gpuopt.analysis.memory import pointer_roots
from gpuopt.arrays import lookup
from gpuopt.ir import opcodes as op
from gpuopt.ir.host_facts import remembered
from gpuopt.ir.initializers import Leaf, constant_leaves, module_global_lines, split_top_level
from gpuopt.ir.layout import (
    TypeLayout,
    gep_offsets,
    module_lines,
    type_bodies,
    type_layout,
    type_shape,
)
from gpuopt.ir.module import (
    CONST_INT,
    CONST_OTHER,
    KIND_INT,
    TAG_CONSTANT,
    TAG_GLOBAL,
    TAG_VALUE,
    Module,
)
from gpuopt.ir.rewrite import append_constants, replace_and_delete
from gpuopt.ir.segments import line_segments, segment_facts

# (global string id) * OFFSETS + byte offset orders the leaves of all globals
OFFSETS = 1 << 32
_GLOBAL = re.compile(r'(@(?:"[^"]*"|[-a-zA-Z$._0-9]+))\s*=\s*(.*)$')
_GLOBAL_NAME = re.compile(r'@(?:"[^"]*"|[-a-zA-Z$._0-9]+)')
_CONSTANT_WORD = re.compile(r"\bconstant\s+")
# the words that may stand between '=' and 'constant' of a global whose
# initializer is definitive (LLVM's !isInterposable(): not weak, linkonce,
# common, extern_weak; not a declaration; not externally_initialized)
_DEFINITIVE_WORDS = frozenset((
    "private", "internal", "available_externally", "linkonce_odr", "weak_odr",
    "dso_local", "dso_preemptable", "default", "hidden", "protected", "dllexport",
    "unnamed_addr", "local_unnamed_addr"))
_LOCAL_WORDS = frozenset(("private", "internal", "dso_local", "hidden", "protected"))
_GEP_HEAD = re.compile(r"getelementptr((?:\s+(?:inbounds|nuw|nusw|inrange\([-0-9, ]*\)))*)\s*\(")
_INDEX = re.compile(r"i([0-9]+) (-?[0-9]+)")
# how many GEPs deep a constant expression may nest
_NESTING = 16
# globals larger than this are not read (their leaves would be too many to list)
_LARGEST = 1 << 20
# undef and poison words outside quoted strings and names
_UNDEFINED = re.compile(r'"[^"]*"|(?<![-\w$.@%!])(?:undef|poison)(?![-\w$.])')


def fold_constant_loads(m: Module) -> tuple[Module, int]:
    """Returns the module and how many loads took their constant."""
    xp = m.xp
    loads = xp.flatnonzero((m.inst_opcode == op.LOAD) & ((m.inst_flags & op.FLAG_ORDERED) == 0)
                           & (m.inst_operand_count >= 1) & (m.inst_type >= 0))
    if loads.shape[0] == 0:
        return m, 0
    m, lay = type_layout(m)  # first: it may add types, which host facts are keyed by
    if lay is None:  # offsets and leaves assume x86-64's layout (little-endian)
        return m, 0
    foldable = remembered(m.host, "definitive constant globals", lambda: _definitive_globals(m))
    if not foldable:
        return m, 0
    # analyze: the loaded types
    pointer = m.host.type_text.index("ptr") if "ptr" in m.host.type_text else -2
    load_type = m.inst_type[loads].astype(xp.int64)
    width = m.type_width[load_type].astype(xp.int64)
    is_int = (m.type_kind[load_type] == KIND_INT) & (width <= 64)
    readable = is_int | (load_type == pointer)
    loads, load_type, width, is_int = (loads[readable], load_type[readable], width[readable],
                                       is_int[readable])
    if loads.shape[0] == 0:
        return m, 0
    # analyze: which global each load reads, and at what offset
    global_id, offset = _addresses(m, lay, m.inst_operand_start[loads], foldable)
    inside = (global_id >= 0) & (offset >= 0) & (offset < OFFSETS - 8)
    if not bool(inside.any()):
        return m, 0
    read = xp.unique(global_id[inside]).tolist()  # distinct globals, not loads
    table = _contents(m, [int(g) for g in read], foldable)
    if table is None:
        return m, 0
    key = xp.where(inside, global_id * OFFSETS + offset, -1)
    # bytes of integer leaves, little-endian, one round per byte position;
    # a pointer whose 8 bytes are all zero is null
    byte_count = xp.where(is_int, width // 8, 8)
    covered = (~is_int | (width % 8 == 0)) & inside
    value = xp.zeros(loads.shape[0], dtype=xp.int64)
    for k in range(8):  # bounded: an integer of at most 64 bits, or a pointer
        at, hit = _find(xp, table["byte_key"], key + k)
        needed = byte_count > k
        covered &= ~needed | hit
        value |= xp.where(needed & hit, table["byte_value"][at] << (8 * k), 0)
    null = covered & ~is_int & (value == 0)
    covered &= is_int
    # exact leaves: integers of other widths (i1), pointers
    at, hit = _find(xp, table["leaf_key"], key)
    exact = inside & hit & (table["leaf_type"][at] == load_type)
    exact_int = exact & is_int & (width % 8 != 0) & (table["leaf_int"][at] == 1)
    exact_pointer = exact & ~is_int & (table["leaf_tag"][at] >= 0)
    null &= ~exact_pointer
    folded = covered | exact_int | exact_pointer | null
    count = int(folded.sum())
    if count == 0:
        return m, 0
    # rewrite: integers and pointer texts become new constants, names globals
    value = xp.where(exact_int, table["leaf_value"][at], xp.where(is_int, value, 0))
    as_global = exact_pointer & (table["leaf_tag"][at] == TAG_GLOBAL)
    as_constant = folded & ~as_global
    text = xp.where(exact_pointer, table["leaf_ref"][at],
                    xp.where(null, m.host.strings.intern("null"), -1))
    m, ids = append_constants(m, load_type[as_constant],
                              xp.where(is_int[as_constant], CONST_INT, CONST_OTHER),
                              value[as_constant], text_ids=text[as_constant].astype(xp.int32))
    ref = xp.where(as_global, table["leaf_ref"][at], 0)
    ref[xp.flatnonzero(as_constant)] = ids
    tag = xp.where(as_global, TAG_GLOBAL, TAG_CONSTANT)
    return replace_and_delete(m, loads[folded], tag[folded], ref[folded]), count


def _find(xp: Any, keys: Any, queries: Any) -> tuple[Any, Any]:
    """Per query: its position in the sorted ``keys`` and whether it is there
    (one binary search each: log depth)."""
    at = xp.clip(xp.searchsorted(keys, queries), 0, keys.shape[0] - 1)
    return at, (keys[at] == queries) & (queries >= 0)


def _addresses(m: Module, lay: TypeLayout, pointer_rows: Any,
               foldable: dict[int, str]) -> tuple[Any, Any]:
    """For the operand rows ``pointer_rows``: the string id of the foldable
    global each points into (-1 where none is known) and the byte offset."""
    xp = m.xp
    n = m.n_instructions
    # constant expressions and globals, per operand
    tag = m.operand_tag[pointer_rows]
    ref = m.operand_ref[pointer_rows]
    global_id, offset = _operand_addresses(m, tag, ref)
    # GEP instructions with constant indices; roots have a global base
    pointer = m.host.type_text.index("ptr") if "ptr" in m.host.type_text else -2
    geps = xp.flatnonzero((m.inst_opcode == op.GEP) & (m.inst_type == pointer))
    constant, gep_offset = gep_offsets(m, lay, geps) if geps.shape[0] else (geps, geps)
    geps, gep_offset = geps[constant], gep_offset[constant]
    base = m.inst_operand_start[geps]
    base_global, base_offset = _operand_addresses(m, m.operand_tag[base], m.operand_ref[base])
    is_root = base_global >= 0
    from_value = tag == TAG_VALUE
    if bool(is_root.any()) and bool(from_value.any()):
        roots = xp.zeros(n, dtype=bool)
        roots[geps[is_root]] = True
        root_global = xp.full(n, -1, dtype=xp.int64)
        root_global[geps[is_root]] = base_global[is_root]
        root_offset = xp.zeros(n, dtype=xp.int64)
        root_offset[geps[is_root]] = base_offset[is_root] + gep_offset[is_root]
        chained = m.operand_tag[base] == TAG_VALUE
        root, below = pointer_roots(m, roots, geps[chained], gep_offset[chained])
        row = xp.where(from_value, ref, 0)
        reached = from_value & (root[row] >= 0)
        top = xp.maximum(root[row], 0)
        global_id = xp.where(reached, root_global[top], global_id)
        offset = xp.where(reached, root_offset[top] + below[row], offset)
    # only the globals whose initializers are definitive
    known = lookup(xp, list(foldable), [1] * len(foldable), global_id, 0) == 1
    return xp.where(known, global_id, -1), offset


def _operand_addresses(m: Module, tag: Any, ref: Any) -> tuple[Any, Any]:
    """Per operand (tag, ref): a global is (its name's string id, 0); a GEP
    constant expression of a global (the global, its offset); else -1."""
    xp = m.xp
    global_id = xp.where(tag == TAG_GLOBAL, ref, -1).astype(xp.int64)
    offset = xp.zeros(tag.shape[0], dtype=xp.int64)
    is_constant = tag == TAG_CONSTANT
    if not bool(is_constant.any()):
        return global_id, offset
    text = xp.where(is_constant, m.constant_text[xp.where(is_constant, ref, 0)], -1)
    other = is_constant & (m.constant_kind[xp.where(is_constant, ref, 0)] == CONST_OTHER) \
        & (text >= 0)
    texts = xp.unique(text[other]).tolist()
    addresses = _expression_addresses(m, [int(t) for t in texts])
    keys = [t for t in texts if addresses[int(t)] is not None]
    if not keys:
        return global_id, offset
    found = [addresses[int(t)] for t in keys]
    named = lookup(xp, keys, [g for g, _ in found], text, -1)
    at = lookup(xp, keys, [o for _, o in found], text, 0)
    hit = other & (named >= 0)
    return xp.where(hit, named, global_id), xp.where(hit, at, offset)


def _expression_addresses(m: Module, texts: list[int]) -> dict[int, tuple[int, int] | None]:
    """(global string id, byte offset) per constant text id that is a GEP
    expression of a global with literal indices; judged once per text."""
    judged: dict[int, tuple[int, int] | None] = remembered(
        m.host, "constant gep addresses", dict)
    bodies = type_bodies(m)
    strings = m.host.strings
    for text_id in texts:  # distinct constant texts, not instructions
        if text_id not in judged:
            found = _gep_address(strings.items[text_id], bodies, _NESTING)
            judged[text_id] = None if found is None \
                else (strings.intern(found[0]), found[1])
    return judged


def _gep_address(text: str, bodies: dict[str, str], depth: int) -> tuple[str, int] | None:
    """(global name, byte offset) of ``getelementptr [flags] (T, ptr BASE, iN K...)``
    where BASE is a global or such an expression; None for anything else."""
    head = _GEP_HEAD.match(text)
    if head is None or depth == 0 or not text.endswith(")"):
        return None
    items = split_top_level(text[head.end():-1])
    if len(items) < 2 or not items[1].startswith("ptr "):
        return None
    base = items[1][4:].strip()
    if _GLOBAL_NAME.fullmatch(base):
        name, offset = base, 0
    else:
        inner = _gep_address(base, bodies, depth - 1)
        if inner is None:
            return None
        name, offset = inner
    current = items[0]
    for position, item in enumerate(items[2:]):
        index = _INDEX.fullmatch(item)
        if index is None or int(index.group(1)) > 64:
            return None
        shape = type_shape(current, bodies)
        number = int(index.group(2))
        if position == 0:  # whole objects of the source type
            if shape.size < 0:
                return None
            offset += number * shape.size
        elif shape.element:
            element = type_shape(shape.element, bodies)
            if element.size < 0:
                return None
            offset += number * element.size
            current = shape.element
        elif shape.fields is not None and 0 <= number < len(shape.fields):
            at, current = shape.fields[number]
            offset += at
        else:
            return None
    return name, offset


def _definitive_globals(m: Module) -> dict[int, str]:
    """The lines of the constant globals whose initializer is definitive (see
    the module docstring), by the string id of the global's name, in id
    order."""
    lines = module_lines(m)
    # (per module of a joined batch: its own flag)
    interposable = segment_facts(m.host, '"SemanticInterposition"',
                                 lambda line: line.startswith("!"))
    names = {}
    for line, segment in zip(lines, line_segments(m.host), strict=True):
        if not line.startswith("@"):
            continue
        found = _GLOBAL.match(line)
        keyword = _CONSTANT_WORD.search(found.group(2)) if found else None
        if found is None or keyword is None:
            continue
        words = set(found.group(2)[:keyword.start()].split())
        if not words <= _DEFINITIVE_WORDS or (interposable[segment] and not words & _LOCAL_WORDS):
            continue
        names[m.host.strings.intern(found.group(1))] = line
    return dict(sorted(names.items()))


def _contents(m: Module, read: list[int], lines: dict[int, str]) -> dict[str, Any] | None:
    """The leaves of the globals ``read`` (string ids) as sorted key columns:
    ``byte_key``/``byte_value`` for every byte of an integer leaf of a whole
    number of bytes; ``leaf_key``, ``leaf_type`` (type id, -1 where the type
    table lacks it), ``leaf_int`` and ``leaf_value`` (bits of an integer of
    at most 64 bits), ``leaf_tag``/``leaf_ref`` (what a pointer leaf becomes:
    TAG_GLOBAL and a name's string id, TAG_CONSTANT and a text id, or -1)
    per leaf.  None when no global read has leaves.  ``lines`` holds each
    global's line; its ``undef`` and ``poison`` read as zero (any value
    refines them)."""
    xp = m.xp
    cache: dict[int, dict[str, Any] | None] = remembered(m.host, "constant load leaves", dict)
    missing = [g for g in read if g not in cache]
    if missing:  # each global is parsed once
        strings = m.host.strings
        names = {strings.items[g]: g for g in missing}
        bodies = type_bodies(m)
        types, _ = module_global_lines(m)
        small = [g for g in missing if 0 <= _global_size(lines[g], bodies) <= _LARGEST]
        leaves = constant_leaves(types + [_UNDEFINED.sub(_as_zero, lines[g]) for g in small],
                                 set(names))
        for name, g in names.items():
            cache[g] = _global_columns(m, leaves[name], bodies) if name in leaves else None
    parts = [(g, part) for g in read if (part := cache[g]) is not None]
    if not parts:
        return None
    type_ids = {text: index for index, text in enumerate(m.host.type_text)}
    columns: dict[str, list[np.ndarray]] = {}
    for g, part in parts:  # distinct globals, not loads
        for name, column in part.items():
            if name == "leaf_type_text":
                continue
            if name in ("byte_offset", "leaf_offset"):
                column = column + np.int64(g) * OFFSETS
            columns.setdefault(name, []).append(column)
        columns.setdefault("leaf_type", []).append(np.asarray(
            [type_ids.get(text, -1) for text in part["leaf_type_text"]], dtype=np.int64))
    joined = {name: np.concatenate(values) for name, values in columns.items()}
    byte_order = np.argsort(joined["byte_offset"], kind="stable")
    leaf_order = np.argsort(joined["leaf_offset"], kind="stable")

    def column(values: np.ndarray) -> Any:
        return xp.asarray(values if values.shape[0] else np.asarray([-1], dtype=np.int64))

    table = {"byte_key": column(joined["byte_offset"][byte_order]),
             "byte_value": column(joined["byte_value"][byte_order]),
             "leaf_key": column(joined["leaf_offset"][leaf_order])}
    for name in ("leaf_type", "leaf_int", "leaf_value", "leaf_tag", "leaf_ref"):
        table[name] = column(joined[name][leaf_order])
    return table


def _global_size(line: str, bodies: dict[str, str]) -> int:
    """Bytes of the global defined on ``line`` (its type follows ``constant``);
    -1 where unknown."""
    found = _GLOBAL.match(line)
    keyword = _CONSTANT_WORD.search(found.group(2)) if found else None
    if found is None or keyword is None:
        return -1
    rest = found.group(2)[keyword.end():]
    depth = 0
    for end, char in enumerate(rest):
        depth += char in "[{<"
        depth -= char in "]}>"
        if depth == 0 and (char == " " or (char in "]}>" and rest[0] in "[{<")):
            return type_shape(rest[:end + (char != " ")], bodies).size
    return -1


def _as_zero(word: re.Match[str]) -> str:
    return word.group(0) if word.group(0).startswith('"') else "zeroinitializer"


def _global_columns(m: Module, leaves: list[Leaf], bodies: dict[str, str]
                    ) -> dict[str, Any]:
    """One global's leaves as host columns (offsets relative to the global)."""
    strings = m.host.strings
    byte_offset: list[int] = []
    byte_value: list[int] = []
    leaf_type_text: list[str] = []
    leaf_offset: list[int] = []
    leaf_int: list[int] = []
    leaf_value: list[int] = []
    leaf_tag: list[int] = []
    leaf_ref: list[int] = []
    for at, type_text, text in leaves:  # the leaves of one global, once per module
        bits = _integer_bits(type_text, text)
        leaf_offset.append(at)
        leaf_type_text.append(type_text)
        leaf_int.append(int(bits is not None and int(type_text[1:]) <= 64))
        value = bits if bits is not None and int(type_text[1:]) <= 64 else 0
        leaf_value.append(value - (1 << 64) if value >= 1 << 63 else value)
        tag, ref = -1, -1
        if type_text == "ptr":
            if text == "null":
                tag, ref = TAG_CONSTANT, strings.intern(text)
            elif _GLOBAL_NAME.fullmatch(text):
                tag, ref = TAG_GLOBAL, strings.intern(text)
            elif "blockaddress" not in text and _gep_address(text, bodies, _NESTING):
                tag, ref = TAG_CONSTANT, strings.intern(text)
        leaf_tag.append(tag)
        leaf_ref.append(ref)
        if bits is not None and int(type_text[1:]) % 8 == 0:
            size = int(type_text[1:]) // 8
            byte_offset.extend(range(at, at + size))
            byte_value.extend(bits.to_bytes(size, "little"))

    def array(values: list[int]) -> np.ndarray:
        return np.asarray(values, dtype=np.int64)

    return {"byte_offset": array(byte_offset), "byte_value": array(byte_value),
            "leaf_offset": array(leaf_offset), "leaf_type_text": leaf_type_text,
            "leaf_int": array(leaf_int), "leaf_value": array(leaf_value),
            "leaf_tag": array(leaf_tag), "leaf_ref": array(leaf_ref)}


def _integer_bits(type_text: str, text: str) -> int | None:
    """The bits of an integer leaf (any width), or None for other leaves."""
    if not (type_text.startswith("i") and type_text[1:].isdigit()):
        return None
    literal = {"true": "1", "false": "0"}.get(text, text)
    if not re.fullmatch(r"-?[0-9]+", literal):
        return None
    return int(literal) & ((1 << int(type_text[1:])) - 1)
