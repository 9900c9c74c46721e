"""Allocas that only hold a copy of a constant global read the global instead
(LLVM's instcombine: isOnlyCopiedFromConstantMemory in visitAllocaInst).

An alloca qualifies when, following every use through GEPs (any indices):

- exactly one use writes it: a non-volatile ``memcpy`` (constant length) whose
  destination is the alloca itself or an all-zero-index GEP of it, and whose
  source is a ``constant`` global variable defined in the module (not
  extern_weak, not externally initialized), at least as large as the alloca
  and at least as aligned;
- every other use is a simple load, a GEP, the source of a non-volatile
  ``memcpy``/``memmove``, a lifetime marker or a debug record.

Then every use of the alloca takes the global, the copy and the lifetime
markers go, and so does the alloca.  A read before the copy would have read
uninitialized memory, so reading the constant there refines it.  One whole
-module array program; call shapes, alloca templates and global lines are
judged once per distinct text on the host.

Differs from LLVM's: calls that only read through a ``nocapture`` argument
disqualify the alloca (LLVM accepts them), a global's alignment is never
raised to match (LLVM raises it where it may), and only a global itself is a
source (LLVM accepts any constant memory).
"""

from __future__ import annotations

import re
from typing import Any

from gpuopt.analysis.memory import pointer_roots
from gpuopt.arrays import lookup
from gpuopt.ir import opcodes as op
from gpuopt.ir.host_facts import remembered
from gpuopt.ir.layout import module_lines, type_bodies, type_shape
from gpuopt.ir.module import TAG_GLOBAL, TAG_VALUE, Module
from gpuopt.ir.rewrite import delete_instructions, replace_uses

_CALL = r"(?:(?:tail|notail|musttail) )?call void "
_POINTER = r"ptr[^,\0@]*"
_GLOBAL_NAME = r"(@[-a-zA-Z$._0-9]+|@\"[^\"]*\")"
_COPY = re.compile(_CALL + r"@llvm\.memcpy(?:\.inline)?\.p0\.p0\.i64\(" + _POINTER
                   + r"\0, " + _POINTER + _GLOBAL_NAME + r", i64 [0-9]+, i1 false\)$")
_READ_FROM = re.compile(_CALL + r"@llvm\.mem(?:cpy|move)(?:\.inline)?\.p0\.p0\.i64\("
                        + r"ptr[^,]*, " + _POINTER + r"\0, i64 [0-9]+, i1 false\)$")
_LIFETIME = re.compile(_CALL + r"@llvm\.lifetime\.(?:start|end)\b")
_GLOBAL = re.compile(r'(@(?:"[^"]*"|[-a-zA-Z$._0-9]+))\s*=\s*(.*)$')
_CONSTANT_WORD = re.compile(r"\bconstant\s+")
_ALIGN = re.compile(r", align ([0-9]+)")
COPY, READ, LIFETIME = 1, 2, 3


def replace_constant_copies(m: Module) -> tuple[Module, int]:
    """Returns the module and how many allocas now read their global."""
    xp = m.xp
    n = m.n_instructions
    opcode = m.inst_opcode
    allocas = (opcode == op.ALLOCA) & (m.inst_operand_count == 0) & (m.inst_aux_type >= 0) \
        & ((m.inst_flags & op.FLAG_ORDERED) == 0)
    calls = opcode == op.CALL
    if not bool(allocas.any()) or not bool(calls.any()):
        return m, 0
    globals_ = remembered(m.host, "constant globals", lambda: _constant_globals(m))
    if not globals_:
        return m, 0
    # per distinct call shape: what it does, and the global a copy reads
    shapes = xp.unique(m.inst_shape[calls]).tolist()
    kinds, sources = [], []
    for shape in shapes:  # distinct shapes, not instructions
        text = m.host.strings.items[int(shape)] if shape >= 0 else ""
        found = _COPY.match(text)
        copy_from = found.group(1) in globals_ if found else False
        kinds.append(COPY if copy_from else READ if _READ_FROM.match(text)
                     else LIFETIME if _LIFETIME.match(text) else 0)
        sources.append(m.host.strings.intern(found.group(1)) if copy_from else -1)
    kind = xp.where(calls, lookup(xp, shapes, kinds, m.inst_shape), 0)
    if not bool((kind == COPY).any()):
        return m, 0
    source = xp.where(calls, lookup(xp, shapes, sources, m.inst_shape, -1), -1)

    geps = xp.flatnonzero(opcode == op.GEP)
    root, _ = pointer_roots(m, allocas, geps, xp.zeros(geps.shape[0], dtype=xp.int64))
    zero_geps = xp.flatnonzero((opcode == op.GEP) & ((m.inst_flags & op.FLAG_ZERO_INDICES) != 0))
    start_root, _ = pointer_roots(m, allocas, zero_geps,
                                  xp.zeros(zero_geps.shape[0], dtype=xp.int64))
    is_use = m.operand_tag == TAG_VALUE
    target = xp.where(is_use, m.operand_ref, 0)
    use = is_use & (root[target] >= 0)
    owner = m.operand_owner
    position = xp.arange(owner.shape[0]) - m.inst_operand_start[owner]
    owner_opcode = opcode[owner]
    simple = (m.inst_flags & op.FLAG_ORDERED) == 0
    owner_kind = kind[owner]
    # calls' value operands are numbered in order: a copy's destination is its
    # first, a memcpy/memmove's source its only value operand after a global
    # or its second
    copy = use & (owner_kind == COPY) & (position == 0) & (start_root[target] >= 0)
    fine = ((owner_opcode == op.LOAD) & simple[owner]) | (owner_opcode == op.GEP) \
        | (owner_opcode == op.DBG_RECORD) | (owner_kind == LIFETIME) \
        | ((owner_kind == READ) & (position == m.inst_operand_count[owner] - 1))
    alloca = root[target]
    copies = xp.bincount(alloca[copy], minlength=n)[:n]
    other = xp.bincount(alloca[use & ~copy & ~fine], minlength=n)[:n]
    # the global each alloca's copy reads, and whether it is big and aligned enough
    the_copy = xp.full(n, -1, dtype=xp.int64)
    the_copy[alloca[copy]] = owner[copy]
    from_global = source[xp.maximum(the_copy, 0)]
    size_ok = _fits(m, allocas, from_global, globals_)
    chosen = allocas & (copies == 1) & (other == 0) & size_ok
    count = int(chosen.sum())
    if count == 0:
        return m, 0
    tag = xp.full(n, -1, dtype=xp.int32)
    ref = xp.zeros(n, dtype=xp.int32)
    tag = xp.where(chosen, TAG_GLOBAL, tag).astype(xp.int32)
    ref = xp.where(chosen, from_global, ref).astype(xp.int32)
    goes = chosen.copy()
    marker = use & (owner_kind == LIFETIME) & chosen[xp.maximum(alloca, 0)]
    goes[owner[marker]] = True
    goes[the_copy[chosen]] = True
    m = replace_uses(m, tag, ref)
    return delete_instructions(m, ~goes), count


def _constant_globals(m: Module) -> dict[str, str]:
    """``@name`` -> the rest of its line, for the constant global variables
    that the module defines (their sizes are worked out only for the few that
    copies read: ``_global_size``)."""
    out: dict[str, str] = {}
    for line in module_lines(m):
        if not line.startswith("@"):
            continue
        found = _GLOBAL.match(line)
        if not found:
            continue
        keyword = _CONSTANT_WORD.search(found.group(2))
        head = found.group(2)[:keyword.start()] if keyword else ""
        if keyword is None or any(word in head for word in (
                "external", "extern_weak", "externally_initialized", "(")):
            continue
        out[found.group(1)] = found.group(2)[keyword.end():]
    return out


def _global_size(m: Module, rest: str) -> tuple[int, int]:
    """(size in bytes, alignment) of a global from the text after ``constant``
    (-1 where unknown)."""
    bodies = type_bodies(m)
    shape = type_shape(rest.split(" ", 1)[0] if not rest.startswith(("[", "{", "<"))
                       else _leading_type(rest), bodies)
    align = _ALIGN.findall(rest)  # the global's own, after its initializer
    return (shape.size, int(align[-1])) if shape.size > 0 and align else (-1, -1)


def _leading_type(text: str) -> str:
    """The bracketed type that opens ``text`` (an array, struct or vector)."""
    depth = 0
    for index, char in enumerate(text):
        depth += char in "[{<"
        depth -= char in "]}>"
        if depth == 0:
            return text[:index + 1]
    return text


def _fits(m: Module, allocas: Any, global_ids: Any, globals_: dict[str, str]) -> Any:
    """Per alloca: its global is at least as large and as aligned as it."""
    xp = m.xp
    bodies = type_bodies(m)
    strings = m.host.strings
    # distinct allocated types and templates of candidates, judged on the host
    types = xp.unique(m.inst_aux_type[allocas]).tolist()
    sizes = [type_shape(m.host.type_text[int(t)], bodies).size for t in types]
    templates = xp.unique(m.inst_template[allocas]).tolist()
    aligns = []
    for template in templates:
        found = _ALIGN.search("".join(m.host.templates[int(template)]))
        aligns.append(int(found.group(1)) if found else 1 << 30)
    # only the globals that some copy reads
    names = sorted(set(xp.unique(global_ids[global_ids >= 0]).tolist()))
    sizes_of = [_global_size(m, globals_[strings.items[int(i)]]) for i in names]
    global_size = [size for size, _ in sizes_of]
    global_align = [align for _, align in sizes_of]
    size = lookup(xp, types, sizes, m.inst_aux_type, -1)
    align = lookup(xp, templates, aligns, m.inst_template, 1 << 30)
    have_size = lookup(xp, names, global_size, global_ids, -1)
    have_align = lookup(xp, names, global_align, global_ids, 0)
    return (size > 0) & (have_size >= size) & (have_align >= align)
