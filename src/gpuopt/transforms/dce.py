"""dce: delete instructions with no uses and no side effects, to a fixed point.

An instruction is trivially dead when nothing uses it and it is pure by the
opcode table (``IS_PURE``: arithmetic, compares, casts, select, phi, GEP,
alloca, aggregate and vector ops, and loads that are neither volatile nor
atomic), or a call of an intrinsic that reads and writes no memory
(``analysis/memory.py``'s ``removable_calls``: ``llvm.umax``,
``llvm.uadd.with.overflow``...).  Uses by debug records do not count; those records then name
``poison``.  Each round counts the uses from the surviving instructions of the
whole module with one scatter-add and drops every newly dead instruction;
rounds repeat until none is found (at most the length of the longest chain of
dead uses).

Differs from LLVM's pass: calls other than those intrinsics are never
deleted (LLVM deletes calls to any function known to be side-effect free),
and debug values are not salvaged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from gpuopt.analysis.memory import removable_calls
from gpuopt.ir import opcodes as op
from gpuopt.ir.module import Module
from gpuopt.ir.rewrite import delete_instructions, use_counts


@dataclass(frozen=True)
class DCE:
    name: ClassVar[str] = "dce"
    llvm_class: ClassVar[str] = "DCEPass"

    def apply(self, m: Module) -> tuple[Module, dict[str, int]]:
        xp = m.xp
        removable = xp.asarray(op.IS_PURE)[m.inst_opcode.astype(xp.int32)]
        removable &= (m.inst_flags & op.FLAG_ORDERED) == 0
        removable |= removable_calls(m)
        alive = xp.ones(m.n_instructions, dtype=bool)
        for _ in range(m.n_instructions + 1):  # fixpoint: one round per link of a dead chain
            dead = alive & removable & (use_counts(m, alive) == 0)
            if not bool(dead.any()):
                break
            alive &= ~dead
        removed = m.n_instructions - int(alive.sum())
        return delete_instructions(m, alive), {"Number of insts removed": removed}
