"""Write-only allocas: an alloca that nothing ever reads goes, with everything
that writes it (as LLVM's instcombine erases a removable alloc site).

An alloca is write-only when every use of it, or of a pointer derived from it
through GEPs (any indices), is a simple store *to* it, a non-volatile memset,
memcpy or memmove *into* it, a lifetime marker or a debug record.  Removing
one can make another write-only (its address was the value stored), so rounds
repeat until none is found; each round is one whole-module array program.
"""

from __future__ import annotations

from gpuopt.analysis.memory import (
    COPY_CONSTANT,
    COPY_LOCAL,
    LIFETIME,
    MEMSET,
    WRITES_FIRST,
    memory_calls,
    pointer_roots,
)
from gpuopt.ir import opcodes as op
from gpuopt.ir.module import TAG_VALUE, Module
from gpuopt.ir.rewrite import delete_instructions


def remove_write_only_allocas(m: Module) -> tuple[Module, int]:
    """Returns the module and how many allocas were removed."""
    removed = 0
    for _ in range(m.n_instructions + 1):  # each round removes at least one alloca
        m, count = _remove_round(m)
        if count == 0:
            break
        removed += count
    return m, removed


def _remove_round(m: Module) -> tuple[Module, int]:
    xp = m.xp
    n = m.n_instructions
    opcode = m.inst_opcode
    allocas = opcode == op.ALLOCA
    if not bool(allocas.any()):
        return m, 0
    m, calls = memory_calls(m)
    simple = (m.inst_flags & op.FLAG_ORDERED) == 0
    geps = xp.flatnonzero(opcode == op.GEP)
    root, _ = pointer_roots(m, allocas, geps, xp.zeros(geps.shape[0], dtype=xp.int64))
    is_use = m.operand_tag == TAG_VALUE
    target = xp.where(is_use, m.operand_ref, 0)
    use = is_use & (root[target] >= 0)
    owner = m.operand_owner
    position = xp.arange(owner.shape[0]) - m.inst_operand_start[owner]
    owner_opcode = opcode[owner]
    kind = xp.where(owner_opcode == op.CALL, calls.kind[owner], -1)
    writes = ((owner_opcode == op.STORE) & (position == 1) & simple[owner]) \
        | ((position == 0) & ((kind == MEMSET) | (kind == COPY_CONSTANT)
                              | (kind == WRITES_FIRST) | (kind == COPY_LOCAL)))
    harmless = ((owner_opcode == op.GEP) & (position == 0)) | (kind == LIFETIME) \
        | (owner_opcode == op.DBG_RECORD)
    read = use & ~(writes | harmless)
    alloca = root[target]
    dead = allocas & ~(xp.bincount(alloca[read], minlength=n)[:n] > 0)
    count = int(dead.sum())
    if count == 0:
        return m, 0
    goes = dead | ((root >= 0) & dead[xp.maximum(root, 0)])
    # the writers and markers of the dead allocas go with them
    goes[owner[use & dead[xp.maximum(alloca, 0)] & (writes | harmless)]] = True
    return delete_instructions(m, ~goes), count
