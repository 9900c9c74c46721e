"""What instructions do to memory, for the passes that reason about allocas.

``memory_calls`` sorts calls by what they do to memory (judged once per
distinct call shape: the text with operands cut out, so a module has a few
hundred at most); ``pointer_roots`` resolves GEP chains down to the alloca they
point into, with their byte offsets, by pointer jumping; ``readnone_calls``
marks the calls of intrinsics that write no memory (by name, judged the same
way).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from gpuopt.ir import opcodes as op
from gpuopt.ir.host_facts import kept_while_items, unchanged
from gpuopt.ir.initializers import Leaf, constant_leaves, module_global_lines
from gpuopt.ir.module import TAG_VALUE, Module
from gpuopt.ir.rewrite import type_id

# What a call does to memory, judged once per distinct call shape: nothing
# that sroa models; lifetime markers; memset of a constant byte over a constant
# length; memcpy of a constant length from a constant global; any other
# non-volatile memset, memcpy or memmove (it writes its first argument);
# memcpy of a constant length between two local pointers (also WRITES_FIRST's).
NOT_MEMORY, LIFETIME, MEMSET, COPY_CONSTANT, WRITES_FIRST, COPY_LOCAL = range(6)
OFFSETS = 1 << 32  # alloca sizes and offsets stay below this in sort keys
_CALL = r"(?:(?:tail|notail|musttail) )?call void "
_POINTER = r"ptr[^,\0@]*"
_LIFETIME_SHAPE = re.compile(_CALL + r"@llvm\.lifetime\.(?:start|end)\b")
_MEMSET_SHAPE = re.compile(_CALL + r"@llvm\.memset\.p0\.i64\(" + _POINTER
                            + r"\0, i8 (-?[0-9]+), i64 ([0-9]+), i1 false\)$")
_COPY_SHAPE = re.compile(_CALL + r"@llvm\.memcpy(?:\.inline)?\.p0\.p0\.i64\(" + _POINTER
                         + r"\0, " + _POINTER + r"(@[-a-zA-Z$._0-9]+), i64 ([0-9]+), i1 false\)$")
_LOCAL_COPY_SHAPE = re.compile(_CALL + r"@llvm\.memcpy(?:\.inline)?\.p0\.p0\.i64\(" + _POINTER
                               + r"\0, " + _POINTER + r"\0, i64 ([0-9]+), i1 false\)$")
_WRITE_SHAPE = re.compile(_CALL + r"@llvm\.mem(?:set|cpy|move)(?:\.inline)?\.p0\.[^(]*\("
                          + _POINTER + r"\0, .*, i1 false\)$")

# Intrinsics that write no memory, by callee name (a type suffix such as
# ``.i32``, ``.v4f64`` or ``.p0.i64`` may follow): those LLVM declares readnone
# (``IntrNoMem``; nounwind, as every default-attribute intrinsic is), and the
# three that EarlyCSE skips although they are declared as writing, to keep
# their control dependences (assume, sideeffect, noalias.scope.decl).  Not
# lifetime markers: EarlyCSE counts them as writes (``mayWriteToMemory``).
_READNONE = re.compile(
    r"llvm\.(?:[us](?:max|min)|abs|ctlz|cttz|ctpop|bswap|bitreverse|fsh[lr]|[us]cmp"
    r"|[us](?:add|sub|mul)\.with\.overflow|[us](?:add|sub|shl)\.sat"
    r"|expect|expect\.with\.probability|ptrmask|is\.constant|objectsize|dbg\.[a-z]+"
    r"|fabs|sqrt|copysign|floor|ceil|trunc|rint|nearbyint|round|roundeven|canonicalize"
    r"|minnum|maxnum|minimum|maximum|fma|fmuladd|pow|powi"
    r"|sin|cos|tan|exp|exp2|exp10|log|log2|log10)(?:\.[a-z0-9]+)*")
_SKIPPED = re.compile(r"llvm\.(?:assume|sideeffect|experimental\.noalias\.scope\.decl)")
_ALIGN = re.compile(r"\balign (\d+)")
_CALLEE = re.compile(r"(?:(?:tail|notail|musttail) )?call [^@\0]*@(llvm\.[-a-zA-Z$._0-9]+)\(")


@dataclass(frozen=True)
class MemoryCalls:
    """Per instruction: ``kind`` of memory call, bytes it writes (``length``),
    memset's ``byte``, memcpy's ``source`` (a global's number), the ``align``
    of its destination and source pointers (1 where none is written); and the
    scalar leaves of those globals' initializers sorted by ``leaf_key`` (global
    number times OFFSETS plus byte offset), with ``leaf_value`` the bits of an
    integer leaf of at most 64 bits, zero-extended (-1 in ``leaf_int`` marks
    the other leaves, which stay text)."""

    kind: Any
    length: Any
    byte: Any
    source: Any
    destination_align: Any
    source_align: Any
    leaf_key: Any
    leaf_type: Any
    leaf_text: Any
    leaf_int: Any
    leaf_value: Any


def _leaves_of(m: Module, names: Iterable[str]) -> dict[str, list[Leaf]]:
    """``constant_leaves`` of the globals ``names``, each global read once while
    the module lines stay the same list: its leaves depend on its line and the
    named type lines alone, not on the type table, which sroa grows every round."""
    known: dict[str, list[Leaf] | None] = kept_while_items(
        m.host, "constant leaves by global", dict, unchanged)
    missing = {name for name in names if name not in known}
    if missing:
        types, lines = module_global_lines(m)  # (constant_leaves reads only these lines)
        found = constant_leaves(types + [lines[name] for name in missing if name in lines],
                                missing)
        known.update((name, found.get(name)) for name in missing)
    return {name: leaves for name in names if (leaves := known[name]) is not None}


def memory_calls(m: Module) -> tuple[Module, MemoryCalls]:
    xp = m.xp
    strings = m.host.strings
    shapes = xp.unique(m.inst_shape[m.inst_opcode == op.CALL]).tolist()
    table = {"kind": [0] * len(shapes), "length": [0] * len(shapes), "byte": [0] * len(shapes),
             "source": [-1] * len(shapes), "destination_align": [1] * len(shapes),
             "source_align": [1] * len(shapes)}
    globals_used: dict[str, int] = {}
    for position, shape in enumerate(shapes):  # distinct shapes, not instructions
        kind, byte, length, source, aligns = _call_shape(strings.items[int(shape)])
        table["kind"][position], table["byte"][position] = kind, byte
        table["length"][position] = length
        if source is not None:
            table["source"][position] = globals_used.setdefault(source, len(globals_used))
        table["destination_align"][position], table["source_align"][position] = aligns
    leaves = _leaves_of(m, globals_used)
    keys, types, texts, ints, values = [], [], [], [], []
    for name, number in globals_used.items():  # the globals those memcpys read
        for at, type_text, value in leaves.get(name, []):
            m, leaf_type = type_id(m, type_text)
            keys.append(number * OFFSETS + at)
            types.append(leaf_type)
            texts.append(strings.intern(value))
            bits = _integer_leaf(type_text, value)
            ints.append(0 if bits is None else 1)
            values.append(0 if bits is None else bits)
    order = sorted(range(len(keys)), key=keys.__getitem__)
    calls = m.inst_opcode == op.CALL
    # each call's row in the shape table: one binary search for all six columns
    shape_keys = xp.asarray(shapes if shapes else [-1], dtype=xp.int64)
    shape_row = xp.clip(xp.searchsorted(shape_keys, m.inst_shape), 0, shape_keys.shape[0] - 1)
    listed = calls & (shape_keys[shape_row] == m.inst_shape) if shapes else xp.zeros_like(calls)

    def per_instruction(name: str, missing: int = 0) -> Any:
        column = xp.asarray(table[name] if shapes else [missing], dtype=xp.int64)
        return xp.where(listed, column[shape_row], missing)

    def leaf_column(values: list[int]) -> Any:
        return xp.asarray([values[k] for k in order], dtype=xp.int64)

    return m, MemoryCalls(
        kind=per_instruction("kind"), length=per_instruction("length"),
        byte=per_instruction("byte"), source=per_instruction("source", -1),
        destination_align=per_instruction("destination_align", 1),
        source_align=per_instruction("source_align", 1),
        leaf_key=leaf_column(keys), leaf_type=leaf_column(types), leaf_text=leaf_column(texts),
        leaf_int=leaf_column(ints), leaf_value=leaf_column(values))


@functools.lru_cache(maxsize=1 << 16)  # asked again every round: memoised
def _call_shape(text: str) -> tuple[int, int, int, str | None, tuple[int, int]]:
    """(kind, memset byte, length, the constant global a memcpy reads, the
    aligns of its two pointers) of one call shape's text."""
    kind, byte, length, source = 0, 0, 0, None
    if _LIFETIME_SHAPE.match(text):
        kind = LIFETIME
    elif found := _MEMSET_SHAPE.match(text):
        kind, byte, length = MEMSET, int(found.group(1)) & 0xFF, int(found.group(2))
    elif found := _COPY_SHAPE.match(text):
        kind, source, length = COPY_CONSTANT, found.group(1), int(found.group(2))
    elif found := _LOCAL_COPY_SHAPE.match(text):
        kind, length = COPY_LOCAL, int(found.group(1))
    elif _WRITE_SHAPE.match(text):
        kind = WRITES_FIRST
    aligns = _pointer_aligns(text) if kind in (MEMSET, COPY_CONSTANT, COPY_LOCAL) else (1, 1)
    return kind, byte, length, source, aligns


def _integer_leaf(type_text: str, value: str) -> int | None:
    """The zero-extended bits of an integer leaf of at most 64 bits (its
    constant then folds like any other), else None."""
    found = _INT_TYPE.fullmatch(type_text)
    if found is None or int(found.group(1)) > 64:
        return None
    width = int(found.group(1))
    literal = {"true": "1", "false": "0"}.get(value, value)
    if not _INT_LITERAL.fullmatch(literal):
        return None
    bits = int(literal) & ((1 << width) - 1)
    return bits - (1 << 64) if bits >= 1 << 63 else bits  # as an int64


_INT_TYPE = re.compile(r"i([0-9]+)")
_INT_LITERAL = re.compile(r"-?[0-9]+")


def _pointer_aligns(text: str) -> tuple[int, int]:
    """The ``align`` of a memset's or memcpy's first two pointer arguments
    (1 where none is written)."""
    arguments = text[text.index("(") + 1:].split(", ")
    found = [int(m.group(1)) if (m := _ALIGN.search(a)) else 1
             for a in arguments if a.startswith("ptr")][:2]
    return (found + [1, 1])[0], (found + [1, 1])[1]


def readnone_calls(m: Module) -> Any:
    """Per instruction: a call of an intrinsic that writes no memory (see
    ``_READNONE`` and ``_SKIPPED``), judged once per distinct call shape.  A
    readnone intrinsic called with operand bundles is not one (a bundle may
    read or write); an assume is, with its bundles too."""
    return _calls_whose_text(m, _writes_nothing)


def removable_calls(m: Module) -> Any:
    """Per instruction: a call that is trivially dead when unused, as LLVM's
    wouldInstructionBeTriviallyDead says of readnone intrinsics (``_READNONE``:
    no memory, no unwinding, always returning); not the ``_SKIPPED`` ones,
    which keep their control dependences, nor any with operand bundles."""
    return _calls_whose_text(m, _readnone_intrinsic)


def _calls_whose_text(m: Module, judge: Callable[[str], bool]) -> Any:
    """Per instruction: a call whose shape text ``judge`` accepts, judged once
    per distinct shape."""
    xp = m.xp
    calls = m.inst_opcode == op.CALL
    shapes = xp.unique(m.inst_shape[calls]).tolist()
    accepted = [shape for shape in shapes  # distinct shapes, not instructions
                if shape >= 0 and judge(m.host.strings.items[int(shape)])]
    if not accepted:
        return xp.zeros(m.n_instructions, dtype=bool)
    return calls & xp.isin(m.inst_shape, xp.asarray(accepted, dtype=m.inst_shape.dtype))


@functools.lru_cache(maxsize=1 << 16)  # judged again every round: memoised
def _readnone_intrinsic(text: str) -> bool:
    found = _CALLEE.match(text)
    return found is not None and _READNONE.fullmatch(found.group(1)) is not None \
        and ' [ "' not in text


@functools.lru_cache(maxsize=1 << 16)  # judged again every round: memoised
def _writes_nothing(text: str) -> bool:
    found = _CALLEE.match(text)
    if found is None:
        return False
    if _SKIPPED.fullmatch(found.group(1)):
        return True
    return _READNONE.fullmatch(found.group(1)) is not None and ' [ "' not in text


def pointer_roots(m: Module, roots: Any, geps: Any, gep_offset: Any) -> tuple[Any, Any]:
    """For every instruction: the row in ``roots`` (a mask) that it points into
    through a chain of the given GEP rows (each with its byte offset from its
    base), and the total offset; root -1 for the rest.  Pointer jumping: log2 of
    the longest chain rounds; a cycle (possible in unreachable code) never
    reaches a root."""
    xp = m.xp
    n = m.n_instructions
    rows = xp.arange(n, dtype=xp.int64)
    parent = xp.where(roots, rows, -1)
    offset = xp.zeros(n, dtype=xp.int64)
    base = m.inst_operand_start[geps]
    from_value = m.operand_tag[base] == TAG_VALUE
    parent[geps[from_value]] = m.operand_ref[base[from_value]]
    offset[geps[from_value]] = gep_offset[from_value]
    for _ in range(64):
        linked = parent >= 0
        up = xp.where(linked, parent, 0)
        next_parent = xp.where(linked, parent[up], -1)
        offset = offset + xp.where(linked & (up != rows), offset[up], 0)
        if bool((next_parent == parent).all()):
            break
        parent = next_parent
    root = xp.where((parent >= 0) & roots[xp.maximum(parent, 0)], parent, -1)
    return root, offset
