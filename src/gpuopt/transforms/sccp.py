"""sccp: sparse conditional constant propagation, for every function at once.

Assumes every value is unknown (the lattice's top) and every block
unreachable until proven otherwise.  The lattice of an integer value of width
at most 64 is unknown, one constant, or overdefined; everything else
(arguments, globals, loads, calls, undef and poison, wider or non-integer
values) is overdefined.

Each sweep, over the whole module at once:
  * a block is executable when it is an entry or an executable edge enters it;
    an edge is executable when its block is and its terminator can take it
    (a ``br`` on a constant takes one side, a ``switch`` on a constant the
    matching case or else its default; on an overdefined condition, and for
    any other terminator, all edges; on an unknown one, none yet);
  * a modeled instruction in an executable block takes the value of
    instsimplify's evaluation when its operands are constants (a poison
    result counts as overdefined), is overdefined when an operand is, and
    stays unknown otherwise; a ``select`` follows its known condition;
  * a phi meets the incoming values of its executable edges;
  * every new state is met with the old one, so the sweeps only descend the
    lattice and stop when a sweep changes nothing.

The sweeps (``sccp_solver.py``) evaluate only the edges and rows whose inputs
moved in the previous sweep, and open chains of edges that the current cells
already decide without a sweep per link, which gives the same result.

Before the sweeps, uses that a branch edge decides take their constant
(``edge_values.py``: on the true edge of ``icmp eq x, C``, x is C, as
LLVM's SCCP learns from PredicateInfo; and phis correlated with a branch on a
phi of constants of their block).

Then every value proven constant is replaced and deleted, branch and switch
conditions proven constant become constants, and simplifycfg's branch folding
and unreachable-block removal finish the job (as LLVM's SCCP does itself).

Differs from LLVM's pass: no ``undef`` merging, no ranges (so no switch edges
ruled out by a condition's range, and no facts from inequalities), no
interprocedural propagation; switches on values wider than 64 bits take every
edge.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from gpuopt.analysis.cfg import build_cfg
from gpuopt.analysis.dominator_intervals import dominator_intervals
from gpuopt.analysis.dominators import dominator_tree
from gpuopt.ir import opcodes as op
from gpuopt.ir.module import CONST_INT, KIND_INT, TAG_BLOCK, TAG_CONSTANT, TAG_VALUE, Module
from gpuopt.ir.rewrite import (
    append_constants,
    phi_values,
    poison_constant,
    replace_and_delete,
)
from gpuopt.transforms.edge_values import constants_on_edges
from gpuopt.transforms.sccp_solver import CONSTANT, Problem, solve
from gpuopt.transforms.simplifycfg import fold_constant_branches, remove_unreachable

SWITCH = op.OPCODE_ID["switch"]


@dataclass(frozen=True)
class SCCP:
    name: ClassVar[str] = "sccp"
    llvm_class: ClassVar[str] = "SCCPPass"

    def apply(self, m: Module) -> tuple[Module, dict[str, int]]:
        return run_sccp(m)


def run_sccp(m: Module) -> tuple[Module, dict[str, int]]:
    xp = m.xp
    n = m.n_instructions
    if n == 0 or m.operand_tag.shape[0] == 0:
        return m, {}
    if m.constant_type.shape[0] == 0:  # constant row 0 stands in for non-constants below
        m, _ = poison_constant(m)
    # constants that branch edges fix (edge_values.py): uses below those edges
    cfg = build_cfg(m)
    dom = dominator_tree(xp, cfg)
    m, edge_constants = constants_on_edges(m, cfg, dom, dominator_intervals(xp, dom))
    n_blocks = int(m.block_function.shape[0])
    opcode = m.inst_opcode.astype(xp.int32)
    start = m.inst_operand_start
    count = m.inst_operand_count
    type_ok = (m.type_kind[xp.maximum(m.inst_type, 0)] == KIND_INT) \
        & (m.type_width[xp.maximum(m.inst_type, 0)] <= 64) & (m.inst_type >= 0)
    modeled = xp.asarray(op.IS_MODELED)[opcode]
    phi = (opcode == op.PHI) & type_ok
    tracked = (modeled & type_ok) | phi

    # operands that are constants or other instructions' lattice cells
    tag, ref = m.operand_tag, m.operand_ref
    is_constant = tag == TAG_CONSTANT
    constant = xp.where(is_constant, ref, 0)
    constant_int = is_constant & (m.constant_kind[constant] == CONST_INT) & (
        m.type_kind[xp.maximum(m.constant_type[constant], 0)] == KIND_INT)
    is_value = tag == TAG_VALUE
    target = xp.where(is_value, ref, 0)

    # CFG edges with the terminator operand that names them
    owner = m.operand_owner
    edge = xp.flatnonzero((tag == TAG_BLOCK) & xp.asarray(op.IS_TERMINATOR)[opcode[owner]])
    edge_term = owner[edge]
    edge_source = m.inst_block[edge_term].astype(xp.int64)
    edge_target = ref[edge].astype(xp.int64)
    edge_position = edge - start[edge_term]
    conditional = (opcode[edge_term] == op.BR) & (count[edge_term] == 3)
    condition = start[edge_term]
    # switch edges: operand 1 is the default, operands 3, 5, ... the cases, each
    # right after its value (an integer constant)
    switch = opcode[edge_term] == SWITCH
    case_edge = switch & (edge_position >= 3)
    case_row = xp.where(case_edge, edge - 1, 0)
    case_known = case_edge & constant_int[case_row]
    switch_width = m.type_width[xp.maximum(m.operand_type[condition], 0)].astype(xp.uint64)
    switch_mask = xp.where(switch_width >= 64, xp.uint64(0xFFFFFFFFFFFFFFFF),
                           (xp.uint64(1) << xp.minimum(switch_width, xp.uint64(63)))
                           - xp.uint64(1))
    case_value = m.constant_value[constant[case_row]].astype(xp.uint64) & switch_mask

    # phi entries: (phi, value operand, predecessor block); an entry is live when
    # an executable edge has its (predecessor, block) key
    value_entry, entry_phi = phi_values(m, xp.flatnonzero(phi).astype(xp.int64))
    entry_pred = ref[value_entry + 1].astype(xp.int64)
    entry_key = entry_pred * n_blocks + m.inst_block[entry_phi]

    state, value = solve(m, Problem(
        tracked=tracked, phi=phi, constant_int=constant_int, is_value=is_value,
        target=target, edge_term=edge_term, edge_source=edge_source,
        edge_target=edge_target, edge_key=edge_source * n_blocks + edge_target,
        conditional=conditional, condition=condition, edge_position=edge_position,
        switch=switch, case_edge=case_edge, case_known=case_known, case_value=case_value,
        switch_mask=switch_mask, value_entry=value_entry, entry_phi=entry_phi,
        entry_key=entry_key))

    # rewrite: constants replace their instructions; constant branch conditions
    constant_rows = xp.flatnonzero((state == CONSTANT) & tracked)
    replaced = int(constant_rows.shape[0])
    m, ids = append_constants(m, m.inst_type[constant_rows],
                              xp.full(replaced, CONST_INT, dtype=xp.int8),
                              value[constant_rows].astype(xp.int64))
    m = replace_and_delete(m, constant_rows, TAG_CONSTANT, ids)
    m, folded_branches = fold_constant_branches(m)
    m, removed_blocks = remove_unreachable(m)
    return m, {"Number of instructions removed": replaced,
               "Number of uses of values fixed by branch edges": edge_constants,
               "Number of branches folded": folded_branches,
               "Number of basic blocks unreachable": removed_blocks}
