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
from typing import Any, ClassVar

from gpuopt.analysis.cfg import build_cfg
from gpuopt.analysis.dominator_intervals import dominator_intervals
from gpuopt.analysis.dominators import dominator_tree
from gpuopt.arrays import segment_max, segment_min
from gpuopt.ir import opcodes as op
from gpuopt.ir.module import CONST_INT, KIND_INT, TAG_BLOCK, TAG_CONSTANT, TAG_VALUE, Module
from gpuopt.ir.rewrite import (
    append_constants,
    operand_row,
    phi_values,
    poison_constant,
    replace_and_delete,
)
from gpuopt.transforms.edge_values import constants_on_edges
from gpuopt.transforms.instsimplify import _evaluate
from gpuopt.transforms.simplifycfg import fold_constant_branches, remove_unreachable

UNKNOWN, CONSTANT, OVERDEFINED = 0, 1, 2
SWITCH = op.OPCODE_ID["switch"]
_INT64_MAX = (1 << 63) - 1
_INT64_MIN = -(1 << 63)


@dataclass(frozen=True)
class SCCP:
    name: ClassVar[str] = "sccp"
    llvm_class: ClassVar[str] = "SCCPPass"

    def apply(self, m: Module) -> tuple[Module, dict[str, int]]:
        return run_sccp(m)


def _meet_two(xp: Any, s1: Any, v1: Any, s2: Any, v2: Any) -> tuple[Any, Any]:
    """The lattice meet of two cells: unknown yields to the other, constants
    must agree, anything overdefined wins."""
    both = (s1 == CONSTANT) & (s2 == CONSTANT)
    state = xp.where((s1 == OVERDEFINED) | (s2 == OVERDEFINED) | (both & (v1 != v2)),
                     OVERDEFINED, xp.maximum(s1, s2))
    return state.astype(xp.int8), xp.where(s1 == CONSTANT, v1, v2)


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

    # phi entries: (phi, value operand, predecessor block)
    value_entry, entry_phi = phi_values(m, xp.flatnonzero(phi).astype(xp.int64))
    entry_pred = ref[value_entry + 1].astype(xp.int64)
    entry_key = entry_pred * n_blocks + m.inst_block[entry_phi]

    state = xp.where(tracked, UNKNOWN, OVERDEFINED).astype(xp.int8)
    value = xp.zeros(n, dtype=xp.uint64)
    block_live = xp.zeros(n_blocks, dtype=bool)
    block_live[m.function_first_block] = True
    ones_all = xp.uint64(0xFFFFFFFFFFFFFFFF)

    def operand_cell(index: Any) -> tuple[Any, Any]:
        """Lattice (state, value) of operand rows."""
        cell_state = xp.where(constant_int[index], CONSTANT,
                              xp.where(is_value[index], state[target[index]], OVERDEFINED))
        cell_value = xp.where(constant_int[index], m.constant_value[constant[index]].astype(
            xp.uint64), value[target[index]])
        return cell_state.astype(xp.int8), cell_value

    for _ in range(4 * n + 4):  # sweeps descend a lattice of height 2 per value and edge
        # edges and blocks
        cond_state, cond_value = operand_cell(condition)
        takes = ~conditional | (cond_state == OVERDEFINED) | (
            (cond_state == CONSTANT) & ((cond_value != 0) == (edge_position == 1)))
        # a switch on a constant: the case of equal value, else the default (a
        # case whose value is not known is taken too)
        hits = case_known & (cond_state == CONSTANT) \
            & (case_value == (cond_value & switch_mask))
        matched = xp.zeros(n, dtype=bool)
        matched[edge_term[hits]] = True
        switch_takes = (cond_state == OVERDEFINED) | ((cond_state == CONSTANT) & xp.where(
            case_edge, hits | ~case_known, ~matched[edge_term]))
        takes = xp.where(switch, switch_takes, takes)
        edge_live = block_live[edge_source] & takes
        new_block_live = block_live.copy()
        new_block_live[edge_target[edge_live]] = True

        # instructions
        s0, v0 = operand_cell(operand_row(m, start))
        s1, v1 = operand_cell(operand_row(m, start, 1))
        s2, v2 = operand_cell(operand_row(m, start, 2))
        arity = xp.where(xp.asarray(op.IS_INT_CAST)[opcode], 1, 2)
        second = xp.where(arity == 1, CONSTANT, s1)
        worst = xp.where((s0 == OVERDEFINED) | (second == OVERDEFINED), OVERDEFINED,
                         xp.where((s0 == UNKNOWN) | (second == UNKNOWN), UNKNOWN, CONSTANT))
        width = m.type_width[xp.maximum(m.operand_type[operand_row(m, start)], 0)]
        result_width = m.type_width[xp.maximum(m.inst_type, 0)]
        folded, poison, defined = _evaluate(
            xp, opcode, m.inst_flags.astype(xp.int32), m.inst_predicate.astype(xp.int32),
            v0, v1, width.astype(xp.int64), result_width.astype(xp.int64))
        computed_state = xp.where(worst == CONSTANT,
                                  xp.where(poison | ~defined, OVERDEFINED, CONSTANT), worst)
        computed_value = folded
        select = opcode == op.SELECT
        arms_state, arms_value = _meet_two(xp, s1, v1, s2, v2)
        select_state = xp.where(s0 == CONSTANT, xp.where(v0 != 0, s1, s2),
                                xp.where(s0 == UNKNOWN, UNKNOWN, arms_state))
        select_value = xp.where(s0 == CONSTANT, xp.where(v0 != 0, v1, v2), arms_value)
        computed_state = xp.where(select, select_state, computed_state)
        computed_value = xp.where(select, select_value, computed_value)

        # phis: meet over executable incoming edges
        live_keys = xp.unique(edge_source[edge_live] * n_blocks + edge_target[edge_live])
        entry_live = xp.zeros(entry_key.shape[0], dtype=bool)
        if live_keys.shape[0]:
            position = xp.minimum(xp.searchsorted(live_keys, entry_key), live_keys.shape[0] - 1)
            entry_live = live_keys[position] == entry_key
        es, ev = operand_cell(value_entry)
        contributes = entry_live & (es != UNKNOWN)
        any_over = xp.bincount(entry_phi[contributes & (es == OVERDEFINED)], minlength=n)[:n] > 0
        has = xp.bincount(entry_phi[contributes], minlength=n)[:n] > 0
        signed = ev.astype(xp.int64)
        low = segment_min(xp, xp.where(contributes, signed, _INT64_MAX), entry_phi, n,
                          _INT64_MAX)
        high = segment_max(xp, xp.where(contributes, signed, _INT64_MIN), entry_phi, n,
                           _INT64_MIN)
        phi_state = xp.where(any_over | (has & (low != high)), OVERDEFINED,
                             xp.where(has, CONSTANT, UNKNOWN))
        computed_state = xp.where(phi, phi_state, computed_state)
        computed_value = xp.where(phi, low.astype(xp.uint64), computed_value)

        # only instructions of executable blocks move; meet with the old state
        live_inst = tracked & new_block_live[m.inst_block]
        proposed = xp.where(live_inst, computed_state, state).astype(xp.int8)
        clash = (state == CONSTANT) & (proposed == CONSTANT) & (computed_value != value)
        new_state = xp.maximum(state, proposed)
        new_state = xp.where(clash, OVERDEFINED, new_state).astype(xp.int8)
        new_value = xp.where((state == UNKNOWN) & (new_state == CONSTANT), computed_value,
                             value)
        changed = bool((new_state != state).any()) or bool((new_block_live != block_live).any())
        state, value, block_live = new_state, new_value & ones_all, new_block_live
        if changed:
            continue
        # Safety net: a tracked value of an executable block still unknown here
        # would make edges look dead that are not; call it overdefined, sweep on.
        stuck = tracked & block_live[m.inst_block] & (state == UNKNOWN)
        if not bool(stuck.any()):
            break
        state = xp.where(stuck, OVERDEFINED, state).astype(xp.int8)

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
