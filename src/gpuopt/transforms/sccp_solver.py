"""The lattice sweeps of sccp (see sccp.py), evaluated on a frontier.

Each sweep is one Jacobi step over the whole module: edges and blocks from
the previous sweep's cells, then every tracked instruction of an executable
block from the previous sweep's cells and this sweep's edges, met with its old
cell.  A row whose inputs did not change since it was last evaluated would
propose what it proposed then, and meeting a cell with the same proposal
twice changes nothing; so each sweep evaluates only

  * the edges whose condition's cell changed in the previous sweep (and, in
    the first, those out of the entry blocks);
  * the instructions of the blocks that became executable in this sweep, the
    phis of the blocks that a newly executable edge enters, and the users of
    the cells that changed in the previous sweep.

Between the two, blocks that newly open edges enter have their own out edges
evaluated on the current cells at once, and so on while blocks are new (light
rounds over the new blocks' edges only, with no instruction evaluated), so
that a chain of branches on conditions already known costs no sweep per
link.  A condition counts as overdefined there when it is doomed: a tracked
instruction other than a phi or select that reads a value overdefined from
the start (an argument, a load, a call ...) or another doomed one is
overdefined at its first evaluation, and its block, which dominates the
branch, is executable.  Doomed rows are set overdefined as their blocks
become executable.

The lattice is finite and every step monotone, so any order of the steps
reaches the same fixpoint: the result is that of evaluating every row every
sweep, in fewer sweeps (about four on a nest of loops that exit on an
argument, whatever its depth, instead of one per level).  Users are found
through a CSR table (cell -> reading rows and edges) built once.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gpuopt.arrays import exclusive_cumsum, expand, segment_max, segment_min
from gpuopt.ir import opcodes as op
from gpuopt.ir.module import Module
from gpuopt.ir.rewrite import operand_row
from gpuopt.transforms.instsimplify import _evaluate

UNKNOWN, CONSTANT, OVERDEFINED = 0, 1, 2
_INT64_MAX = (1 << 63) - 1
_INT64_MIN = -(1 << 63)


@dataclass(frozen=True)
class Problem:
    """The static columns of one sccp solve (rows of instructions, operands,
    CFG edges and phi entries)."""
    tracked: Any          # per instruction: has a lattice cell that can move
    phi: Any              # per instruction: a tracked phi
    constant_int: Any     # per operand: an integer constant of at most 64 bits
    is_value: Any         # per operand: names an instruction
    target: Any           # per operand: that instruction (0 otherwise)
    edge_term: Any        # per edge: its terminator row
    edge_source: Any      # per edge: source block
    edge_target: Any      # per edge: target block
    edge_key: Any         # per edge: source * blocks + target
    conditional: Any      # per edge: of a conditional br
    condition: Any        # per edge: its terminator's first operand row
    edge_position: Any    # per edge: its operand's position in the terminator
    switch: Any           # per edge: of a switch
    case_edge: Any        # per edge: a switch case (not the default)
    case_known: Any       # per edge: a case of known value
    case_value: Any       # per edge: that value, masked to the condition's width
    switch_mask: Any      # per edge: the condition's width mask
    value_entry: Any      # per phi entry: its value operand row (grouped by phi)
    entry_phi: Any        # per phi entry: its phi
    entry_key: Any        # per phi entry: predecessor * blocks + phi block


def _csr(xp: Any, source: Any, user: Any, size: int) -> tuple[Any, Any, Any]:
    """(start, count, users sorted by source) of the pairs (source, user)."""
    order = xp.argsort(source)
    count = xp.bincount(source, minlength=size)[:size].astype(xp.int64)
    return exclusive_cumsum(xp, count).astype(xp.int64), count, user[order].astype(xp.int64)


def _gather_runs(xp: Any, items: Any, runs: list[tuple[Any, Any, Any]]) -> Any:
    """``items`` of the runs (start, count) of the given keys, for each
    (start, count, keys) of ``runs``: one CSR expansion."""
    starts = xp.concatenate([start[keys] for start, _, keys in runs])
    if starts.shape[0] == 0:
        return items[:0]
    _, position = expand(xp, starts, xp.concatenate([count[keys] for _, count, keys in runs]))
    return items[position]


def solve(m: Module, p: Problem) -> tuple[Any, Any]:
    """Lattice (state, value) of every instruction row at the fixpoint."""
    xp = m.xp
    n = m.n_instructions
    n_blocks = int(m.block_function.shape[0])
    opcode = m.inst_opcode.astype(xp.int32)
    start = m.inst_operand_start
    u64 = xp.uint64

    # per operand row: the cell of a constant or non-instruction operand
    static_state = xp.where(p.constant_int, CONSTANT, OVERDEFINED).astype(xp.int8)
    constant = xp.where(p.constant_int, m.operand_ref, 0)
    static_value = xp.where(p.constant_int, m.constant_value[constant].astype(u64), u64(0))
    operands = [operand_row(m, start, k).astype(xp.int64) for k in range(3)]
    width = m.type_width[xp.maximum(m.operand_type[operands[0]], 0)].astype(xp.int64)
    result_width = m.type_width[xp.maximum(m.inst_type, 0)].astype(xp.int64)
    flags = m.inst_flags.astype(xp.int32)
    predicate = m.inst_predicate.astype(xp.int32)
    unary = xp.asarray(op.IS_INT_CAST)[opcode]
    select = opcode == op.SELECT
    block = m.inst_block.astype(xp.int64)

    # who reads each cell: tracked rows (operands 0-2, phi entries) and edges
    reader = xp.flatnonzero(p.tracked & ~p.phi).astype(xp.int64)
    sources, users = [], []
    for rows in operands:  # over the three operand slots
        read = rows[reader]
        uses = p.is_value[read]
        sources.append(p.target[read][uses])
        users.append(reader[uses])
    entry_uses = p.is_value[p.value_entry]
    sources.append(p.target[p.value_entry][entry_uses])
    users.append(p.entry_phi[entry_uses])
    user_start, user_count, user_rows = _csr(
        xp, xp.concatenate(sources).astype(xp.int64), xp.concatenate(users), n)
    # the rows of runs: positions below n are rows themselves, then the readers
    row_items = xp.concatenate([xp.arange(n, dtype=xp.int64), user_rows])
    user_start = user_start + n
    n_edges = int(p.edge_term.shape[0])
    edge_index = xp.arange(n_edges, dtype=xp.int64)
    condition_uses = p.is_value[p.condition]
    reader_start, reader_count, reader_edges = _csr(
        xp, p.target[p.condition][condition_uses].astype(xp.int64),
        edge_index[condition_uses], n)
    # edges by source block; the edges of runs: the readers, then those
    out_start, out_count, out_edges = _csr(xp, p.edge_source, edge_index, n_blocks)
    edge_items = xp.concatenate([reader_edges, out_edges])
    out_start = out_start + reader_edges.shape[0]
    # phis by block (they lead it)
    block_start = m.block_first_inst.astype(xp.int64)
    block_count = m.block_inst_count.astype(xp.int64)
    phi_rows = xp.flatnonzero(opcode == op.PHI).astype(xp.int64)
    phi_span = segment_max(xp, phi_rows + 1, block[phi_rows], n_blocks, 0)
    phi_count = xp.maximum(phi_span - block_start, 0).astype(xp.int64)
    # phi entries by phi; entries and edges by their (predecessor, block) key
    entry_count = xp.bincount(p.entry_phi, minlength=n)[:n].astype(xp.int64)
    entry_start = exclusive_cumsum(xp, entry_count).astype(xp.int64)
    keys = xp.unique(p.edge_key)
    edge_key_id = xp.searchsorted(keys, p.edge_key)
    entry_key_id = xp.minimum(xp.searchsorted(keys, p.entry_key), max(keys.shape[0] - 1, 0))
    entry_has_edge = (keys[entry_key_id] == p.entry_key) if keys.shape[0] else \
        xp.zeros(p.entry_key.shape[0], dtype=bool)

    # Rows doomed to be overdefined: a tracked row other than a phi or select
    # is overdefined once evaluated when an operand it reads is, and a value
    # that is not a tracked instruction or an integer constant is overdefined
    # from the start; so is a doomed row's reader (its def dominates it, so it
    # is executable by then).  Rounds follow the chains of such readers, each
    # on the rows found in the last one.
    plain = p.tracked & ~p.phi & ~select
    operand_count = m.inst_operand_count.astype(xp.int64)
    reads = [operand_count >= 1, (operand_count >= 2) & ~unary]  # operand slots 0 and 1
    doomed = xp.zeros(n, dtype=bool)
    frontier = xp.arange(n, dtype=xp.int64)
    for _ in range(n + 1):  # one link of the chains of readers per round
        if frontier.shape[0] == 0:
            break
        held = [(p.is_value[rows[frontier]], p.target[rows[frontier]]) for rows in operands[:2]]
        hit = xp.zeros(frontier.shape[0], dtype=bool)
        for (is_value, target), read, rows in zip(held, reads, operands[:2], strict=True):
            over = xp.where(is_value, ~p.tracked[target] | doomed[target],
                            ~p.constant_int[rows[frontier]])
            hit |= read[frontier] & over
        found = frontier[hit & plain[frontier] & ~doomed[frontier]]
        doomed[found] = True
        frontier = _gather_runs(xp, row_items, [(user_start, user_count, found)])
        frontier = xp.unique(frontier[plain[frontier] & ~doomed[frontier]])
    doomed_rows = xp.flatnonzero(doomed).astype(xp.int64)
    doomed_count = xp.bincount(block[doomed_rows], minlength=n_blocks)[:n_blocks].astype(xp.int64)
    doomed_start = exclusive_cumsum(xp, doomed_count).astype(xp.int64)
    condition_doomed = p.is_value[p.condition] & doomed[p.target[p.condition]]  # per edge
    # the first two edges out of each block, as a dense table (-1: none); the
    # further ones of a switch by CSR expansion
    padded = xp.concatenate((edge_items, xp.full(2, -1, dtype=xp.int64)))
    out_first = xp.where(out_count >= 1, padded[out_start], -1)
    out_second = xp.where(out_count >= 2, padded[out_start + 1], -1)
    wide = out_count > 2
    any_wide = bool(wide.any())
    claim = xp.zeros(n_blocks, dtype=xp.int64)  # scratch for deduplicating reached blocks

    def edges_out(blocks: Any) -> Any:
        """Every edge out of the given blocks."""
        edges = xp.concatenate((out_first[blocks], out_second[blocks]))
        edges = edges[edges >= 0]
        if any_wide:
            switches = blocks[wide[blocks]]
            _, position = expand(xp, out_start[switches] + 2, out_count[switches] - 2)
            edges = xp.concatenate((edges, edge_items[position]))
        return edges

    def newly_live(reached: Any) -> Any:
        """The distinct blocks of ``reached`` that are not executable yet."""
        reached = reached[~block_live[reached]]
        slot = xp.arange(reached.shape[0], dtype=xp.int64)
        claim[reached] = slot
        return reached[claim[reached] == slot]

    state = xp.where(p.tracked, UNKNOWN, OVERDEFINED).astype(xp.int8)
    value = xp.zeros(n, dtype=u64)
    block_live = xp.zeros(n_blocks, dtype=bool)
    block_live[m.function_first_block] = True
    edge_live = xp.zeros(n_edges, dtype=bool)
    key_live = xp.zeros(keys.shape[0], dtype=bool)
    matched = xp.zeros(n, dtype=bool)  # scratch: switches whose case matched, reset after use
    first = True

    def cell(rows: Any) -> tuple[Any, Any]:
        """Lattice (state, value) of operand rows."""
        is_value = p.is_value[rows]
        held = p.target[rows]
        return (xp.where(is_value, state[held], static_state[rows]).astype(xp.int8),
                xp.where(is_value, value[held], static_value[rows]))

    def open_edges(dirty: Any) -> Any:
        """Evaluate edges of executable blocks on the current cells; mark and
        return those that open."""
        if dirty.shape[0] == 0:
            return dirty
        cond_state, cond_value = cell(p.condition[dirty])
        # a doomed condition is overdefined: its block dominates this one
        cond_state = xp.where(condition_doomed[dirty], OVERDEFINED, cond_state)
        position = p.edge_position[dirty]
        takes = ~p.conditional[dirty] | (cond_state == OVERDEFINED) | (
            (cond_state == CONSTANT) & ((cond_value != 0) == (position == 1)))
        # a switch on a constant: the case of equal value, else the default
        # (a case whose value is not known is taken too); every edge of a
        # terminator is dirty together
        switch = p.switch[dirty]
        if bool(switch.any()):
            case_known, case_edge = p.case_known[dirty], p.case_edge[dirty]
            hits = case_known & (cond_state == CONSTANT) \
                & (p.case_value[dirty] == (cond_value & p.switch_mask[dirty]))
            hit_terms = p.edge_term[dirty][hits]
            matched[hit_terms] = True
            switch_takes = (cond_state == OVERDEFINED) | ((cond_state == CONSTANT) & xp.where(
                case_edge, hits | ~case_known, ~matched[p.edge_term[dirty]]))
            matched[hit_terms] = False
            takes = xp.where(switch, switch_takes, takes)
        # edges only open (their blocks and conditions only descend)
        opened = dirty[takes & ~edge_live[dirty]]
        edge_live[opened] = True
        key_live[edge_key_id[opened]] = True
        return opened

    def doom(blocks: Any) -> Any:
        """Set the doomed rows of newly executable blocks overdefined, as their
        first evaluation would; return those rows."""
        rows = _gather_runs(xp, doomed_rows, [(doomed_start, doomed_count, blocks)])
        state[rows] = OVERDEFINED
        return rows

    new_blocks = xp.flatnonzero(block_live).astype(xp.int64)  # since the last sweep
    changed = doom(new_blocks)                                 # cells, since the last sweep
    for _ in range(4 * n + 4):  # sweeps descend a lattice of height 2 per value and edge
        # edges whose source became executable or whose condition moved
        dirty = xp.unique(_gather_runs(xp, edge_items, [
            (out_start, out_count, new_blocks), (reader_start, reader_count, changed)]))
        opened = open_edges(dirty[block_live[p.edge_source[dirty]]])
        entered_parts, new_parts, doomed_parts = [p.edge_target[opened]], [], [changed]
        # Blocks that opened edges enter, then the edges out of them that the
        # current cells decide, until no block is new: a light round per CFG
        # level, on the new blocks only, so that a chain of branches on values
        # already known (or doomed) costs no full sweep per link.
        frontier = newly_live(entered_parts[0])
        for _ in range(n_blocks + 1):  # one CFG level per round
            if frontier.shape[0] == 0:
                break
            block_live[frontier] = True
            new_parts.append(frontier)
            opened = open_edges(edges_out(frontier))
            entered_parts.append(p.edge_target[opened])
            frontier = newly_live(entered_parts[-1])
        entered = xp.concatenate(entered_parts)
        new_blocks = xp.concatenate(new_parts) if new_parts else entered[:0]
        grew = new_blocks.shape[0] > 0
        doomed_parts.append(doom(new_blocks))
        # the entry blocks' rows are new in the first sweep
        row_blocks = xp.flatnonzero(block_live).astype(xp.int64) if first else new_blocks
        first = False
        # the edges out of the new blocks were evaluated above
        new_blocks = new_blocks[:0]
        changed = xp.concatenate(doomed_parts)

        # rows: of new blocks, phis behind new edges, readers of moved cells
        rows = _gather_runs(xp, row_items, [
            (block_start, block_count, row_blocks), (block_start, phi_count, entered),
            (user_start, user_count, changed)])
        rows = rows[p.tracked[rows]]
        rows = xp.unique(rows[block_live[block[rows]]])
        changed = rows[:0]
        if rows.shape[0]:
            size = int(rows.shape[0])
            cells, cell_values = cell(xp.concatenate([rows_of[rows] for rows_of in operands]))
            s0, s1, s2 = cells[:size], cells[size:2 * size], cells[2 * size:]
            v0, v1, v2 = cell_values[:size], cell_values[size:2 * size], cell_values[2 * size:]
            second = xp.where(unary[rows], CONSTANT, s1)
            worst = xp.where((s0 == OVERDEFINED) | (second == OVERDEFINED), OVERDEFINED,
                             xp.where((s0 == UNKNOWN) | (second == UNKNOWN), UNKNOWN,
                                      CONSTANT))
            is_select, is_phi = select[rows], p.phi[rows]
            computed_state = worst
            computed_value = xp.zeros(rows.shape[0], dtype=u64)  # read only where constant
            # instsimplify's rules on the rows whose operands are all constants
            fold = xp.flatnonzero((worst == CONSTANT) & ~is_select & ~is_phi)
            if fold.shape[0]:
                folding = rows[fold]
                folded, poison, defined = _evaluate(
                    xp, opcode[folding], flags[folding], predicate[folding], v0[fold],
                    v1[fold], width[folding], result_width[folding])
                computed_state[fold] = xp.where(poison | ~defined, OVERDEFINED, CONSTANT)
                computed_value[fold] = folded
            chosen = xp.flatnonzero(is_select)
            if chosen.shape[0]:
                c0, c1, c2 = s0[chosen], s1[chosen], s2[chosen]
                w0, w1, w2 = v0[chosen], v1[chosen], v2[chosen]
                arms_state, arms_value = _meet_two(xp, c1, w1, c2, w2)
                computed_state[chosen] = xp.where(
                    c0 == CONSTANT, xp.where(w0 != 0, c1, c2),
                    xp.where(c0 == UNKNOWN, UNKNOWN, arms_state))
                computed_value[chosen] = xp.where(c0 == CONSTANT, xp.where(w0 != 0, w1, w2),
                                                  arms_value)

            # phis: meet over executable incoming edges
            phi_at = xp.flatnonzero(is_phi)
            if phi_at.shape[0]:
                phis = rows[phi_at]
                which, entry = expand(xp, entry_start[phis], entry_count[phis])
                es, ev = cell(p.value_entry[entry])
                live = entry_has_edge[entry] & key_live[entry_key_id[entry]]
                contributes = live & (es != UNKNOWN)
                n_phis = int(phis.shape[0])
                any_over = xp.bincount(which[contributes & (es == OVERDEFINED)],
                                       minlength=n_phis)[:n_phis] > 0
                has = xp.bincount(which[contributes], minlength=n_phis)[:n_phis] > 0
                signed = ev.astype(xp.int64)
                low = segment_min(xp, xp.where(contributes, signed, _INT64_MAX), which, n_phis,
                                  _INT64_MAX)
                high = segment_max(xp, xp.where(contributes, signed, _INT64_MIN), which, n_phis,
                                   _INT64_MIN)
                phi_state = xp.where(any_over | (has & (low != high)), OVERDEFINED,
                                     xp.where(has, CONSTANT, UNKNOWN))
                computed_state[phi_at] = phi_state
                computed_value[phi_at] = low.astype(u64)

            # meet with the old cell
            old_state, old_value = state[rows], value[rows]
            clash = (old_state == CONSTANT) & (computed_state == CONSTANT) \
                & (computed_value != old_value)
            new_state = xp.maximum(old_state, computed_state.astype(xp.int8))
            new_state = xp.where(clash, OVERDEFINED, new_state).astype(xp.int8)
            new_value = xp.where((old_state == UNKNOWN) & (new_state == CONSTANT),
                                 computed_value, old_value)
            moved = new_state != old_state
            changed = rows[moved]
            state[changed] = new_state[moved]
            value[changed] = new_value[moved]
        if changed.shape[0] or grew:
            continue
        # Safety net: a tracked value of an executable block still unknown here
        # would make edges look dead that are not; call it overdefined, sweep on.
        changed = xp.flatnonzero(p.tracked & block_live[block] & (state == UNKNOWN))
        if changed.shape[0] == 0:
            break
        state[changed] = OVERDEFINED
    return state, value


def _meet_two(xp: Any, s1: Any, v1: Any, s2: Any, v2: Any) -> tuple[Any, Any]:
    """The lattice meet of two cells: unknown yields to the other, constants
    must agree, anything overdefined wins."""
    both = (s1 == CONSTANT) & (s2 == CONSTANT)
    state = xp.where((s1 == OVERDEFINED) | (s2 == OVERDEFINED) | (both & (v1 != v2)),
                     OVERDEFINED, xp.maximum(s1, s2))
    return state.astype(xp.int8), xp.where(s1 == CONSTANT, v1, v2)
