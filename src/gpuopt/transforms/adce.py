"""adce: aggressive dead code elimination, for every function at once.

Assumes every instruction is dead unless proven live.  Roots are the
instructions that must stay: terminators, anything that is not pure by the
opcode table (calls, stores, fences, atomics...; not calls of intrinsics
that touch no memory, as in dce) and volatile or atomic loads.  Liveness
flows from a live instruction to the instructions its operands name; only
the instructions that became live in the last round propagate, so the
rounds cost the number of operands in all, and their count is the longest
chain of uses from a root.  Everything else goes, cycles of
phis that only feed each other included (which dce keeps).  Debug records are
never roots; those naming a deleted value name ``poison``.

Differs from LLVM's pass: control flow is kept (LLVM's ADCE can also turn a
branch whose successors are all dead into a jump to its post-dominator).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from gpuopt.analysis.memory import removable_calls
from gpuopt.arrays import expand
from gpuopt.ir import opcodes as op
from gpuopt.ir.module import TAG_VALUE, Module
from gpuopt.ir.rewrite import delete_instructions


@dataclass(frozen=True)
class ADCE:
    name: ClassVar[str] = "adce"
    llvm_class: ClassVar[str] = "ADCEPass"

    def apply(self, m: Module) -> tuple[Module, dict[str, int]]:
        xp = m.xp
        opcode = m.inst_opcode.astype(xp.int32)
        pure = xp.asarray(op.IS_PURE)[opcode] & ((m.inst_flags & op.FLAG_ORDERED) == 0)
        pure |= removable_calls(m)
        debug = opcode == op.DBG_RECORD
        live = (~pure & ~debug) | xp.asarray(op.IS_TERMINATOR)[opcode]
        newest = xp.flatnonzero(live)
        for _ in range(m.n_instructions + 1):  # one round per link of the longest use chain
            if newest.shape[0] == 0:
                break
            _, operand = expand(xp, m.inst_operand_start[newest], m.inst_operand_count[newest])
            operand = operand[m.operand_tag[operand] == TAG_VALUE]
            named = xp.unique(m.operand_ref[operand])
            newest = named[~live[named]]
            live[newest] = True
        keep = live | debug
        removed = int((~keep).sum())
        return delete_instructions(m, keep), {"Number of instructions removed": removed}
