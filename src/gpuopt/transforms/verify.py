"""verify: check that the module's columns describe valid IR.

The structural checks LLVM's verifier makes that the columns can express,
all as whole-module masks: every operand refers to an existing row of the
right kind in the same function, every block ends in exactly one terminator
with none before it, phis come first in their block and have one incoming
pair per entry.  Dominance of definitions over uses is checked once the
dominator analysis exists (issue 3).  Violations are reported together.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from gpuopt.analysis.cfg import build_cfg
from gpuopt.ir import opcodes as op
from gpuopt.ir.module import NAME_NONE, TAG_ARGUMENT, TAG_BLOCK, TAG_CONSTANT, TAG_VALUE, Module


class VerificationError(Exception):
    """The module is invalid: a gpuopt bug when it follows a pass."""


@dataclass(frozen=True)
class Verify:
    name: ClassVar[str] = "verify"
    llvm_class: ClassVar[str] = "VerifierPass"

    def apply(self, m: Module) -> tuple[Module, dict[str, int]]:
        problems = verify(m)
        if problems:
            raise VerificationError("; ".join(problems))
        return m, {}


def verify(m: Module) -> list[str]:
    """Descriptions of every kind of violation found (empty when valid)."""
    xp = m.xp
    problems: list[str] = []
    n_inst = m.n_instructions
    opcode = m.inst_opcode.astype(xp.int32)
    tag, ref, owner = m.operand_tag, m.operand_ref, m.operand_owner
    owner_function = m.inst_function[owner]
    limits = {TAG_VALUE: n_inst, TAG_ARGUMENT: m.argument_function.shape[0],
              TAG_BLOCK: m.block_function.shape[0], TAG_CONSTANT: m.constant_type.shape[0]}
    for key, limit in limits.items():  # over the four operand tags
        bad = (tag == key) & ((ref < 0) | (ref >= limit))
        if bool(bad.any()):
            problems.append(f"{int(bad.sum())} operands of tag {key} out of range")
            return problems
    same_function = {TAG_VALUE: m.inst_function, TAG_ARGUMENT: m.argument_function,
                     TAG_BLOCK: m.block_function}
    for key, column in same_function.items():
        hit = tag == key
        if column.shape[0] == 0:  # no such rows: the range check found no operand of them
            continue
        bad = hit & (column[xp.where(hit, ref, 0)] != owner_function)
        if bool(bad.any()):
            problems.append(f"{int(bad.sum())} operands refer to another function")
    uses_value = tag == TAG_VALUE
    voids = uses_value & (m.inst_name[xp.where(uses_value, ref, 0)] == NAME_NONE)
    if bool(voids.any()):
        problems.append(f"{int(voids.sum())} operands use an instruction without a result")

    terminator = xp.asarray(op.IS_TERMINATOR)[opcode]
    empty = m.block_inst_count == 0
    if bool(empty.any()):
        problems.append(f"{int(empty.sum())} empty blocks")
        return problems
    last = m.block_first_inst + m.block_inst_count - 1
    if bool((~terminator[last]).any()):
        problems.append(f"{int((~terminator[last]).sum())} blocks without a terminator")
    terminators_per_block = xp.bincount(m.inst_block, weights=terminator.astype(xp.float64),
                                        minlength=m.block_function.shape[0])
    if bool((terminators_per_block != 1).any()):
        problems.append("blocks with a terminator before their end")
    phi = opcode == op.PHI
    # A phi is late when a non-phi precedes it in its block: a running count
    # of non-phis, less the count at the block's start.
    non_phi = (~phi & (opcode != op.DBG_RECORD)).astype(xp.int64)
    running = xp.cumsum(non_phi) - non_phi
    before = running - running[m.block_first_inst[m.inst_block]]
    late_phi = phi & (before > 0)
    if bool(late_phi.any()):
        problems.append(f"{int(late_phi.sum())} phis after a non-phi instruction")
    odd = phi & (m.inst_operand_count % 2 == 1)
    if bool(odd.any()):
        problems.append(f"{int(odd.sum())} phis with an odd operand count")
    # one incoming entry per predecessor edge
    cfg = build_cfg(m)
    wrong = phi & (m.inst_operand_count // 2 != cfg.predecessor_count[m.inst_block])
    if bool(wrong.any()):
        problems.append(f"{int(wrong.sum())} phis whose entries do not match the "
                        "predecessor edges")
    return problems
