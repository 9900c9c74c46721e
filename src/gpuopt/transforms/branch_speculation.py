"""Which instructions simplifycfg may run unconditionally (LLVM's
isSafeToSpeculativelyExecute), loads included.

An instruction is speculatable by its opcode (``SPECULATABLE``: pure, no
memory access, no trap), it calls an intrinsic LLVM declares speculatable
(``llvm.umax``, ``llvm.ctpop``, ``llvm.fabs``...), or it is a load that cannot trap (and, for
``safe_divisions``' callers, an integer division or remainder by a constant
other than 0, and for the signed ones other than -1): not volatile or
atomic, and its pointer known dereferenceable and aligned for the access
(LLVM's isDereferenceableAndAlignedPointer).  The pointer is followed through
GEPs of constant offsets, each offset nonnegative and a multiple of the load's
alignment (LLVM's rule), at most ``MAX_DEPTH`` of them, down to a base that is

- a non-array ``alloca`` (its allocated type's store size is dereferenceable,
  its ``align`` is the base alignment),
- a global variable with a sized value type that is not ``extern_weak``,
  defined or declared, in address space 0 (its type's store size; its
  ``align``, else the type's ABI alignment),
- or such a global offset by a constant GEP expression (``getelementptr
  (i8, ptr @g, i64 N)``, the form instcombine leaves),

and the bytes the load touches (its type's store size past the summed offset)
fit in the base, whose alignment is at least the load's.  Loads without an
``align`` have their type's ABI alignment, as LLVM's reader gives them.

Differs from LLVM: arguments with ``dereferenceable``/``byval``, calls with a
dereferenceable return, ``!dereferenceable`` loads, selects of two safe
pointers and allocation functions are not followed; only the x86-64 data
layout is known (elsewhere no load is speculated).
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from typing import Any

import numpy as np

from gpuopt.arrays import lookup
from gpuopt.ir import opcodes as op
from gpuopt.ir.host_facts import remembered
from gpuopt.ir.layout import (
    TypeLayout,
    gep_offsets,
    module_lines,
    named_type_bodies,
    type_layout,
    type_shape,
)
from gpuopt.ir.module import CONST_INT, TAG_CONSTANT, TAG_GLOBAL, TAG_VALUE, Module
from gpuopt.ir.rewrite import operand_row
from gpuopt.transforms.simplifycfg_host import per_module

# Safe to execute speculatively by opcode alone: pure instructions that neither
# read memory nor trap.  Integer division may trap; fdiv and frem are left out
# as too costly.
_UNSPECULATED = ("udiv", "sdiv", "urem", "srem", "fdiv", "frem", "phi", "alloca", "load")
SPECULATABLE = op.IS_PURE & ~np.isin(np.arange(op.N_OPCODES),
                                     [op.OPCODE_ID[name] for name in _UNSPECULATED])
# LLVM's isDereferenceableAndAlignedPointer recursion limit.
MAX_DEPTH = 16

_ALIGN = re.compile(r", align (\d+)")
_ALLOCA = re.compile(r"alloca (?:inalloca )?(.*), align (\d+)$")
_GLOBAL = re.compile(r'(@(?:"[^"]*"|[-a-zA-Z$._0-9]+))\s*=\s*(.*)$')
# linkage, visibility and other words, then ``global`` or ``constant``
_GLOBAL_KEYWORD = re.compile(r"((?:[a-z_]+(?:\([a-z0-9_]*\))? )*?)(?:global|constant) ")
_CONSTANT_GEP = re.compile(r'getelementptr (?:(?:inbounds|nusw|nuw) )*\(i8, ptr '
                           r'(@(?:"[^"]*"|[-a-zA-Z$._0-9]+)), i64 (-?\d+)\)$')
# Intrinsics LLVM declares speculatable (IntrSpeculatable), by callee name (a
# type suffix may follow).
_SPECULATABLE_CALL = re.compile(
    r"(?:tail |notail )?call [^@\0]*@llvm\.(?:abs|[su]max|[su]min|ctlz|cttz|ctpop|bswap"
    r"|bitreverse|fsh[lr]|[su](?:add|sub|mul)\.with\.overflow|[su](?:add|sub)\.sat|fabs"
    r"|copysign|floor|ceil|trunc|rint|nearbyint|round|roundeven|minnum|maxnum|minimum"
    r"|maximum|fma|fmuladd|sqrt|canonicalize)(?:\.[a-z0-9]+)*\(")
_BAD_GLOBAL_WORDS = re.compile(r"\b(?:extern_weak|addrspace)\b")


@per_module
def speculatable(m: Module, lay: TypeLayout | None = None) -> tuple[Module, Any]:
    """Per instruction: safe to run unconditionally (see the module docstring).
    ``lay`` is the module's type layout where the caller has it."""
    xp = m.xp
    opcode = m.inst_opcode.astype(xp.int32)
    safe = xp.asarray(SPECULATABLE)[opcode] | _speculatable_calls(m, opcode)
    loads = xp.flatnonzero((opcode == op.LOAD) & ((m.inst_flags & op.FLAG_ORDERED) == 0))
    if loads.shape[0] == 0:
        return m, safe
    if lay is None:
        m, lay = type_layout(m)
    if lay is None:
        return m, safe
    strings = m.host.strings
    facts = _facts(m)
    bodies = facts.bodies

    # the load: bytes it touches and its alignment (from its shape's text)
    load_type = xp.maximum(m.inst_type[loads].astype(xp.int64), 0)
    size = xp.where(m.inst_type[loads] >= 0, lay.store[load_type], -1)
    shapes = xp.unique(m.inst_shape[loads]).tolist()
    written = [facts.judged(facts.load_align, s, _align_of, strings)
               for s in shapes]
    align = lookup(xp, shapes, written, m.inst_shape[loads], 0)
    align = xp.where(align > 0, align, lay.align[load_type])
    ok = (size > 0) & (align > 0)

    # follow constant-offset GEPs down to their base
    geps = xp.flatnonzero(opcode == op.GEP)
    gep_constant = xp.zeros(m.n_instructions, dtype=bool)
    gep_offset = xp.zeros(m.n_instructions, dtype=xp.int64)
    if geps.shape[0]:
        constant, offset = gep_offsets(m, lay, geps)
        gep_constant[geps] = constant
        gep_offset[geps] = offset
    row = operand_row(m, m.inst_operand_start[loads].astype(xp.int64))
    tag = m.operand_tag[row].astype(xp.int32)
    ref = m.operand_ref[row].astype(xp.int64)
    for _ in range(MAX_DEPTH):  # one GEP of each chain per step, at most LLVM's depth
        value = xp.where(tag == TAG_VALUE, ref, 0)
        is_gep = (tag == TAG_VALUE) & (opcode[value] == op.GEP) & ok
        if not bool(is_gep.any()):
            break
        step = gep_offset[value]
        ok &= ~is_gep | (gep_constant[value] & (step >= 0) & (step % xp.maximum(align, 1) == 0))
        size = xp.where(is_gep, size + step, size)
        base = operand_row(m, m.inst_operand_start[value].astype(xp.int64))
        tag = xp.where(is_gep, m.operand_tag[base], tag).astype(xp.int32)
        ref = xp.where(is_gep, m.operand_ref[base], ref).astype(xp.int64)
    value = xp.where(tag == TAG_VALUE, ref, 0)
    ok &= ~((tag == TAG_VALUE) & (opcode[value] == op.GEP))

    # bases: allocas (from their shapes), globals and constant GEPs of globals
    dereferenceable = xp.full(loads.shape[0], -1, dtype=xp.int64)
    base_align = xp.zeros(loads.shape[0], dtype=xp.int64)
    is_alloca = (tag == TAG_VALUE) & (opcode[value] == op.ALLOCA)
    alloca_shapes = xp.unique(m.inst_shape[value[is_alloca]]).tolist()
    alloca_align = [facts.judged(facts.alloca_align, s,
                                 lambda text: _alloca_align(text, bodies), strings)
                    for s in alloca_shapes]
    allocated = xp.maximum(m.inst_aux_type[value].astype(xp.int64), 0)
    found_align = lookup(xp, alloca_shapes, alloca_align, m.inst_shape[value], 0)
    simple = is_alloca & (found_align > 0) & (m.inst_aux_type[value] >= 0)
    dereferenceable = xp.where(simple, lay.store[allocated], dereferenceable)
    base_align = xp.where(simple, found_align, base_align)

    is_global = tag == TAG_GLOBAL
    is_constant = tag == TAG_CONSTANT
    if bool(is_global.any()) or bool(is_constant.any()):
        names = xp.unique(ref[is_global]).tolist()
        texts = xp.unique(m.constant_text[ref[is_constant]]).tolist() \
            if bool(is_constant.any()) else []
        wanted = {strings[int(s)] for s in names}
        wanted |= {found.group(1) for t in texts
                   if t >= 0 and (found := _CONSTANT_GEP.match(strings[int(t)]))}
        globals_ = facts.globals_(wanted)
        name_size = [globals_.get(strings[int(s)], (-1, 0))[0] for s in names]
        name_align = [globals_.get(strings[int(s)], (-1, 0))[1] for s in names]
        dereferenceable = xp.where(is_global, lookup(xp, names, name_size, ref, -1),
                                   dereferenceable)
        base_align = xp.where(is_global, lookup(xp, names, name_align, ref, 0), base_align)
        text_size, text_align, text_offset = [], [], []
        for text in texts:  # distinct constant pointers used by loads
            found = _CONSTANT_GEP.match(strings[int(text)]) if text >= 0 else None
            bytes_, alignment = globals_.get(found.group(1), (-1, 0)) if found else (-1, 0)
            text_size.append(bytes_)
            text_align.append(alignment)
            text_offset.append(int(found.group(2)) if found else -1)
        constant_text = m.constant_text[xp.where(is_constant, ref, 0)].astype(xp.int64)
        offset = lookup(xp, texts, text_offset, constant_text, -1)
        ok &= ~is_constant | ((offset >= 0) & (offset % xp.maximum(align, 1) == 0))
        size = xp.where(is_constant, size + offset, size)
        dereferenceable = xp.where(is_constant, lookup(xp, texts, text_size, constant_text, -1),
                                   dereferenceable)
        base_align = xp.where(is_constant, lookup(xp, texts, text_align, constant_text, 0),
                              base_align)
    ok &= (dereferenceable > 0) & (size <= dereferenceable) & (base_align >= align)
    safe[loads[ok]] = True
    return m, safe


def _align_of(text: str) -> int:
    found = _ALIGN.search(text)
    return int(found.group(1)) if found else 0


def _alloca_align(text: str, bodies: dict[str, str]) -> int:
    """The alignment of a non-array alloca of a sized type, else 0."""
    found = _ALLOCA.match(text)
    if not found or _top_level_comma(found.group(1)) \
            or type_shape(found.group(1), bodies).store <= 0:
        return 0
    return int(found.group(2))


def _top_level_comma(text: str) -> bool:
    """Whether ``text`` has a comma outside brackets (an array size after the type)."""
    depth = 0
    for char in text:
        if char in "[{<(":
            depth += 1
        elif char in "]}>)":
            depth -= 1
        elif char == "," and depth == 0:
            return True
    return False


def _facts(m: Module) -> _HostFacts:
    """The module lines' facts for speculation, remembered while the lines
    and types stay as they are (simplifycfg asks every round)."""
    return remembered(m.host, ("speculation facts",), lambda: _HostFacts(module_lines(m)))


class _HostFacts:
    """Named type bodies, the global variables' lines by name, and judgements
    of distinct texts (shape ids) and globals, made once per module lines."""

    def __init__(self, lines: list[str]) -> None:
        self.bodies = named_type_bodies(lines)
        self.global_rests: dict[str, list[str]] = {}
        for line in lines:  # module-level lines, not instructions
            found = _GLOBAL.match(line)
            if found:
                self.global_rests.setdefault(found.group(1), []).append(found.group(2))
        self.globals_memo: dict[str, tuple[int, int] | None] = {}
        self.load_align: dict[int, int] = {}
        self.alloca_align: dict[int, int] = {}

    @staticmethod
    def judged(memo: dict[int, int], shape: int, judge: Callable[[str], int],
               strings: Any) -> int:
        """``judge`` of shape ``shape``'s text (0 for none), once per shape."""
        if shape not in memo:
            memo[shape] = judge(strings[int(shape)]) if shape >= 0 else 0
        return memo[shape]

    def globals_(self, wanted: set[str]) -> dict[str, tuple[int, int]]:
        """``@name`` -> (store size, alignment) of each wanted global variable
        whose pointer is dereferenceable for its whole value type."""
        out: dict[str, tuple[int, int]] = {}
        for name in wanted:  # distinct names of globals that loads touch
            if name not in self.globals_memo:
                self.globals_memo[name] = _global(self.global_rests.get(name, []), self.bodies)
            found = self.globals_memo[name]
            if found is not None:
                out[name] = found
        return out


def _global(rests: list[str], bodies: dict[str, str]) -> tuple[int, int] | None:
    """(store size, alignment) from the last of a global's lines (the text
    after ``@name =``) that makes one, else None."""
    out = None
    for rest in rests:  # one global's definition lines
        keyword = _GLOBAL_KEYWORD.match(rest)
        if keyword is None or _BAD_GLOBAL_WORDS.search(keyword.group(1)):
            continue
        body = rest[keyword.end():]
        type_end = _item_end(body)
        shape = type_shape(body[:type_end], bodies)
        if shape.store <= 0:
            continue
        alignment = _ALIGN.findall(body[type_end:])  # the last: strings come before it
        out = (shape.store, int(alignment[-1]) if alignment else shape.align)
    return out


def _item_end(text: str) -> int:
    """Index of the first space or comma at bracket depth 0 (the end of a type)."""
    depth = 0
    for position, char in enumerate(text):
        if char in "[{<(":
            depth += 1
        elif char in "]}>)":
            depth -= 1
        elif char in " ," and depth == 0:
            return position
    return len(text)


@per_module
def safe_divisions(m: Module) -> Any:
    """Integer divisions and remainders that cannot trap (LLVM's rule): by a
    constant other than 0, and for the signed ones other than -1 too.  Only
    FoldBranchToCommonDest takes them: LLVM's cost model prices a division
    above the budgets of its other speculations."""
    xp = m.xp
    opcode = m.inst_opcode.astype(xp.int32)
    unsigned = (opcode == op.UDIV) | (opcode == op.UREM)
    signed = (opcode == op.SDIV) | (opcode == op.SREM)
    division = unsigned | signed
    if not bool(division.any()):
        return division
    divisor = operand_row(m, m.inst_operand_start.astype(xp.int64), 1)
    constant = division & (m.operand_tag[divisor] == TAG_CONSTANT)
    ref = xp.where(constant, m.operand_ref[divisor], 0)
    constant &= m.constant_kind[ref] == CONST_INT
    value = m.constant_value[ref]
    width = m.type_width[xp.maximum(m.inst_type, 0)].astype(xp.int64)
    all_ones = xp.where(width >= 64, xp.int64(-1), (xp.int64(1) << xp.clip(width, 0, 63)) - 1)
    return constant & (value != 0) & (unsigned | (value != all_ones))


def _speculatable_calls(m: Module, opcode: Any) -> Any:
    """Calls of intrinsics LLVM declares speculatable (judged once per shape)."""
    xp = m.xp
    calls = opcode == op.CALL
    shapes = xp.unique(m.inst_shape[calls]).tolist()
    memo = _CALL_SHAPES.setdefault(m.host.strings, {})
    for shape in shapes:  # distinct call shapes, judged once per string table
        if shape not in memo:
            memo[shape] = int(shape >= 0 and bool(
                _SPECULATABLE_CALL.match(m.host.strings[int(shape)])))
    marked = [memo[shape] for shape in shapes]
    return calls & (lookup(xp, shapes, marked, m.inst_shape, 0) == 1)


# Per string table (one per module's host tables): call shape -> speculatable.
_CALL_SHAPES: weakref.WeakKeyDictionary[Any, dict[int, int]] = weakref.WeakKeyDictionary()
