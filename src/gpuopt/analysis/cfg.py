"""Control-flow edges of every function at once, in CSR form both ways.

An edge is a block operand of a block's terminator (br, switch, invoke,
indirectbr, callbr, ...), kept in operand order and with repeats: a switch
with two cases to one block gives two edges, as LLVM's CFG has, and the phis
there have an entry per edge.  A switch's case values are constant operands
between its block operands, so they are never edges.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gpuopt.arrays import exclusive_cumsum
from gpuopt.ir import opcodes as op
from gpuopt.ir.module import TAG_BLOCK, Module


@dataclass(frozen=True)
class CFG:
    n_blocks: int
    edge_source: Any        # edges sorted by source (successor order)
    edge_target: Any
    successor_start: Any    # per block, into the edge arrays
    successor_count: Any
    predecessor_edge: Any   # edge ids sorted by target (stable: source order)
    predecessor_start: Any  # per block, into predecessor_edge
    predecessor_count: Any
    entry: Any              # per block: is it its function's entry block
    function_entry: Any     # per function: its entry block


def build_cfg(m: Module) -> CFG:
    xp = m.xp
    n_blocks = int(m.block_function.shape[0])
    owner_opcode = m.inst_opcode[m.operand_owner].astype(xp.int32)
    is_edge = (m.operand_tag == TAG_BLOCK) & xp.asarray(op.IS_TERMINATOR)[owner_opcode]
    edge_operands = xp.flatnonzero(is_edge)
    source = m.inst_block[m.operand_owner[edge_operands]].astype(xp.int32)
    target = m.operand_ref[edge_operands].astype(xp.int32)
    successor_count = xp.bincount(source, minlength=n_blocks).astype(xp.int32)
    # unique keys (target, edge) make the order the same on every backend
    n_edges = int(target.shape[0])
    key = target.astype(xp.int64) * max(n_edges, 1) + xp.arange(n_edges, dtype=xp.int64)
    predecessor_edge = xp.argsort(key).astype(xp.int32)
    predecessor_count = xp.bincount(target, minlength=n_blocks).astype(xp.int32)
    entry = xp.zeros(n_blocks, dtype=bool)
    entry[m.function_first_block] = True
    return CFG(n_blocks, source, target, exclusive_cumsum(xp, successor_count),
               successor_count, predecessor_edge, exclusive_cumsum(xp, predecessor_count),
               predecessor_count, entry, m.function_first_block.astype(xp.int32))
