"""mem2reg: promote allocas to SSA values, for every function at once.

Assumes an alloca is promotable when it sits in its function's entry block,
allocates one object of a type (no array size, not ``inalloca``), and every
use is a simple (neither volatile nor atomic) load of exactly that type, a
simple store of a value of that type *to* it, or a debug record.

Phases, each a whole-module array program:

1. analyze: candidates and their uses (one scatter-add of bad uses);
   dominator tree and dominance frontiers (analysis/dominators.py);
2. place phis: the iterated dominance frontier of each alloca's store blocks,
   pruned to the blocks where the alloca is live on entry (live-in pairs grow
   backwards from upward-exposed loads, frontier by frontier: one round per
   CFG level, each costing its frontier times log n, since what earlier
   rounds found is kept as sorted runs of halving sizes);
3. rename: the value a load reads is the last store before it in its block,
   else the phi at its block, else the value leaving its immediate dominator;
   the value leaving a block is that of its nearest dominator (itself
   included) with a store or a phi for the alloca: one ``nearest_enclosing``
   query over dominator-tree intervals (analysis/dominator_intervals.py: log
   rounds, whatever the tree's depth).  Store and phi positions are found by
   binary search in sorted keys, never by a per-function walk.  A load that
   nothing reaches reads ``undef``, as LLVM's mem2reg gives it;
4. rewrite: insert the phis, and for each ``#dbg_declare`` of a promoted
   alloca a ``#dbg_value`` where each of its stores was and after the phis
   placed for it (LLVM's ConvertDebugDeclareToDebugValue: debug_values.py);
   replace every load's uses through one value map, simplify phis whose
   incoming values are all one value (or undef: their records follow the
   replacement, as LLVM's RAUW makes them), and delete the loads, stores,
   allocas and the declares (an alloca with neither loads nor stores keeps
   its records, naming poison, as LLVM leaves them).

Rounds repeat while they promote something: an alloca whose address was kept
in a promoted slot becomes promotable once that slot is gone.  Promotion adds
and removes instructions but never blocks or edges, so the rounds (and
sroa's) share one CFG, dominator tree, dominance frontier and dominator-tree
intervals (``ControlFlow``).

Differs from LLVM's pass: phi incoming order follows the predecessor order
of the CFG; the new ``#dbg_value`` records sit where the stores were and
after the phis in our instruction order (LLVM's order of records inserted at
one point follows its worklist); stores in unreachable blocks get records too
(LLVM's renaming never visits them); ``#dbg_assign`` records (assignment
tracking) are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from gpuopt.analysis.cfg import CFG, build_cfg
from gpuopt.analysis.dominator_intervals import (
    DominatorIntervals,
    dominator_intervals,
    nearest_enclosing,
)
from gpuopt.analysis.dominators import (
    Dominators,
    dominance_frontier,
    dominator_tree,
    iterated_frontier,
)
from gpuopt.arrays import expand, segment_max, segment_min
from gpuopt.ir import opcodes as op
from gpuopt.ir.host_facts import carry_item_facts, fact_key
from gpuopt.ir.layout import type_layout
from gpuopt.ir.module import (
    CONST_UNDEF,
    KIND_INT,
    KIND_LABEL,
    KIND_PTR,
    NAME_NUMBERED,
    TAG_BLOCK,
    TAG_CONSTANT,
    TAG_VALUE,
    HostTables,
    Module,
)
from gpuopt.ir.rewrite import (
    NO_REPLACEMENT,
    append_constants,
    delete_instructions,
    insert_instructions,
    phi_values,
    replace_uses,
    type_id,
)
from gpuopt.transforms.debug_values import (
    METADATA_QUESTION,
    AllocaRecords,
    alloca_records,
    extend_metadata,
    record_rows,
)

CATCHSWITCH = op.OPCODE_ID["catchswitch"]
# what a block's first insertion point follows (BasicBlock::getFirstInsertionPt)
_LEADING = tuple(op.OPCODE_ID[name] for name in ("phi", "landingpad", "catchpad", "cleanuppad"))


@dataclass
class ControlFlow:
    """A module's CFG, dominator tree, dominance frontier and dominator-tree
    intervals, computed on first use and shared by rounds that change no block
    or terminator."""

    computed: list[tuple[CFG, Dominators, Any]] = field(default_factory=list)
    intervals: list[DominatorIntervals] = field(default_factory=list)
    # the host tables last seen by ``carry_facts``, and how many lines they had
    # (lists of module lines are replaced, never changed in place, after reading)
    host: HostTables | None = None
    length: int = 0

    def of(self, m: Module) -> tuple[CFG, Dominators, Any]:
        if not self.computed:
            cfg = build_cfg(m)
            dom = dominator_tree(m.xp, cfg)
            self.computed.append((cfg, dom, dominance_frontier(m.xp, cfg, dom)))
        return self.computed[0]

    def intervals_of(self, m: Module) -> DominatorIntervals:
        """The dominator tree's preorder intervals (analysis/dominator_intervals.py)."""
        if not self.intervals:
            _, dom, _ = self.of(m)
            self.intervals.append(dominator_intervals(m.xp, dom))
        return self.intervals[0]

    def carry_facts(self, m: Module) -> None:
        """Keep the host facts (ir/host_facts.py) that rounds ask again.  Every
        deletion gives the module new host tables, and promotion appends
        line-0 locations to the module lines, so a fact remembered per version
        of the lines would be worked out afresh every round.  Where the lines
        are the last ones seen with only metadata lines (``!N = ...``)
        appended, the answers that no metadata line changes (type layouts,
        for the type table they were worked out for) carry over as they are,
        those about the module lines alone (``kept_while_items``: the lines,
        type bodies, segment facts, constant globals' leaves) are
        extended with the new lines, and
        debug_values' metadata parse is extended by a parse of the
        new lines alone, merged as a parse of all of them in order would have
        it (later nodes win, a body's first line-0 location stays, the next id
        is the largest)."""
        host, old = m.host, self.host
        lines = host.items
        if old is not None and len(old.items) == self.length \
                and len(lines) >= self.length \
                and (lines is old.items or lines[:self.length] == old.items) \
                and all(kind == "text" and str(line).startswith("!")
                        for kind, line in lines[self.length:]):  # the appended lines
            added = lines[self.length:]
            old_facts, _ = fact_key(old, None)
            facts, (_, _, _, n_types) = fact_key(host, None)
            for (question, items, length, types), answer in list(old_facts.items()):
                if items != id(old.items) or length != self.length:
                    continue  # an answer about older lines
                name = question[0] if isinstance(question, tuple) else question
                if name == "type layout":  # depends on the type table too
                    facts.setdefault((question, id(lines), len(lines), types), answer)
                    continue
                key = (question, id(lines), len(lines), n_types)
                if name == METADATA_QUESTION and key not in facts:
                    facts[key] = extend_metadata(answer, added)
            carry_item_facts(old, self.length, host, [str(line) for _, line in added])
        self.host, self.length = host, len(lines)


@dataclass(frozen=True)
class Mem2Reg:
    name: ClassVar[str] = "mem2reg"
    llvm_class: ClassVar[str] = "PromotePass"

    def apply(self, m: Module) -> tuple[Module, dict[str, int]]:
        # Promoting an alloca can turn another one's address into a plain load
        # or store pointer (a pointer kept in a promoted slot), as in LLVM's
        # loop over promotePromotableAllocas: repeat until nothing is promoted.
        totals: dict[str, int] = {}
        flow = ControlFlow()
        for _ in range(m.n_instructions + 1):  # each round promotes at least one alloca
            m, statistics = promote(m, flow)
            if not statistics:
                break
            for key, value in statistics.items():
                totals[key] = totals.get(key, 0) + value
        return m, totals


def _in_sorted(xp: Any, sorted_keys: Any, queries: Any) -> tuple[Any, Any]:
    """(found mask, position) of each query in a sorted unique key array."""
    if sorted_keys.shape[0] == 0:
        return xp.zeros(queries.shape[0], dtype=bool), xp.zeros(queries.shape[0], dtype=xp.int64)
    position = xp.searchsorted(sorted_keys, queries)
    clipped = xp.minimum(position, sorted_keys.shape[0] - 1)
    return sorted_keys[clipped] == queries, clipped


class _SortedRuns:
    """A growing set of distinct integer keys, kept as sorted disjoint runs
    whose sizes at least halve from one to the next (two runs of close size
    merge): a membership test searches log n runs, and merging costs log n
    per key in all, however many small batches arrive."""

    def __init__(self, xp: Any) -> None:
        self.xp = xp
        self.runs: list[Any] = []

    def add(self, keys: Any) -> None:
        """Add sorted unique keys, none of them in the set yet."""
        xp = self.xp
        if keys.shape[0] == 0:
            return
        self.runs.append(keys)
        while len(self.runs) >= 2 and 2 * self.runs[-1].shape[0] >= self.runs[-2].shape[0]:
            # two sorted runs of distinct keys: a stable sort merges them
            merged = xp.sort(xp.concatenate((self.runs[-2], self.runs[-1])), kind="stable")
            self.runs[-2:] = [merged]

    def contains(self, queries: Any) -> Any:
        found = self.xp.zeros(queries.shape[0], dtype=bool)
        for run in self.runs:  # a binary search in each run
            found |= _in_sorted(self.xp, run, queries)[0]
        return found


def promote(m: Module, flow: ControlFlow | None = None) -> tuple[Module, dict[str, int]]:
    """One round of promotion; ``flow`` carries the control flow between rounds."""
    xp = m.xp
    n = m.n_instructions
    if n == 0:
        return m, {}
    opcode = m.inst_opcode.astype(xp.int32)
    simple = (m.inst_flags & op.FLAG_ORDERED) == 0
    start = m.inst_operand_start

    # -- 1. candidates and their uses -------------------------------------------
    entry_block = m.function_first_block[m.inst_function]
    candidate = (opcode == op.ALLOCA) & simple & (m.inst_operand_count == 0) \
        & (m.inst_block == entry_block) & (m.inst_aux_type >= 0)
    is_use = m.operand_tag == TAG_VALUE
    target = xp.where(is_use, m.operand_ref, 0)
    owner = m.operand_owner
    position = xp.arange(m.operand_tag.shape[0], dtype=xp.int32) - start[owner]
    allocated = m.inst_aux_type[target]
    owner_opcode = opcode[owner]
    good_load = (owner_opcode == op.LOAD) & (position == 0) & simple[owner] \
        & (m.inst_type[owner] == allocated)
    good_store = (owner_opcode == op.STORE) & (position == 1) & simple[owner] \
        & (m.operand_type[start[owner]] == allocated)
    bad = is_use & candidate[target] & ~(good_load | good_store | (owner_opcode == op.DBG_RECORD))
    bad_uses = xp.bincount(target[bad], minlength=n)[:n]
    promoted = candidate & (bad_uses == 0)
    n_promoted = int(promoted.sum())
    if n_promoted == 0:
        return m, {}

    def accesses(code: int, pointer_operand: int) -> Any:
        """Rows of simple loads or stores whose pointer is a promoted alloca."""
        rows = xp.flatnonzero((opcode == code) & simple)
        index = start[rows] + pointer_operand
        tag = m.operand_tag[index]
        ref = m.operand_ref[index]
        return rows[(tag == TAG_VALUE) & promoted[xp.where(tag == TAG_VALUE, ref, 0)]]

    loads = accesses(op.LOAD, 0).astype(xp.int64)
    stores = accesses(op.STORE, 1).astype(xp.int64)
    load_alloca = m.operand_ref[start[loads]].astype(xp.int64)
    store_alloca = m.operand_ref[start[stores] + 1].astype(xp.int64)
    store_tag = m.operand_tag[start[stores]]
    store_ref = m.operand_ref[start[stores]]

    flow = flow or ControlFlow()
    cfg, dom, frontier = flow.of(m)
    n_blocks = cfg.n_blocks
    block = m.inst_block.astype(xp.int64)

    # Stores sorted by (alloca, row); their (alloca, block) pairs, sorted unique.
    store_key = store_alloca * n + stores
    order = xp.argsort(store_key)
    stores, store_alloca = stores[order], store_alloca[order]
    store_tag, store_ref, store_key = store_tag[order], store_ref[order], store_key[order]
    store_block_key = xp.unique(store_alloca * n_blocks + block[stores])
    # what a found store stored (gathered where none may be found: one more
    # row, never chosen, keeps the gathers in range when there is no store)
    stored_tag = xp.concatenate((store_tag, xp.zeros(1, dtype=store_tag.dtype)))
    stored_ref = xp.concatenate((store_ref, xp.zeros(1, dtype=store_ref.dtype)))

    def last_store_before(alloca: Any, row: Any, in_block: Any) -> tuple[Any, Any]:
        """Index into the sorted stores of the last store of ``alloca`` before ``row``
        within ``in_block`` (found mask, index)."""
        if stores.shape[0] == 0:
            return xp.zeros(row.shape[0], dtype=bool), xp.zeros(row.shape[0], dtype=xp.int64)
        index = xp.searchsorted(store_key, alloca * n + row) - 1
        safe = xp.maximum(index, 0)
        found = (index >= 0) & (store_alloca[safe] == alloca) & (block[stores[safe]] == in_block)
        return found, safe

    # -- 2. phi placement: IDF of store blocks, pruned to live-in blocks ---------
    idf_group, idf_block = iterated_frontier(xp, n_blocks, frontier, store_alloca,
                                             block[stores])
    exposed, _ = last_store_before(load_alloca, loads, block[loads])
    frontier_live = xp.unique(load_alloca[~exposed] * n_blocks + block[loads[~exposed]])
    # what earlier rounds found, as sorted runs of halving sizes: a round costs
    # its frontier times log n, however many rounds the CFG's depth takes (a
    # nest of loops keeps each counter live in every block inside its loop)
    live = _SortedRuns(xp)
    live.add(frontier_live)
    for _ in range(n_blocks + 1):  # backwards, one predecessor step per round
        live_alloca, live_block = frontier_live // n_blocks, frontier_live % n_blocks
        which, edge = expand(xp, cfg.predecessor_start[live_block].astype(xp.int64),
                             cfg.predecessor_count[live_block].astype(xp.int64))
        pred = cfg.edge_source[cfg.predecessor_edge[edge]].astype(xp.int64)
        key = live_alloca[which] * n_blocks + pred
        stored, _ = _in_sorted(xp, store_block_key, key)
        key = xp.unique(key[~stored])
        new = key[~live.contains(key)]
        if new.shape[0] == 0:
            break
        live.add(new)
        frontier_live = new
    phi_key = idf_group * n_blocks + idf_block
    phi_key = phi_key[live.contains(phi_key)]  # sorted and unique already
    phi_alloca, phi_block = phi_key // n_blocks, phi_key % n_blocks
    n_phis = int(phi_key.shape[0])

    # undef of each promoted alloca's type, for reads that nothing reaches
    promoted_rows = xp.flatnonzero(promoted)
    m, undef_ids = append_constants(m, m.inst_aux_type[promoted_rows],
                                    xp.full(n_promoted, CONST_UNDEF, dtype=xp.int8),
                                    xp.zeros(n_promoted, dtype=xp.int64), text="undef")
    undef_of = xp.zeros(n, dtype=xp.int32)
    undef_of[promoted_rows] = undef_ids
    is_undef_constant = xp.zeros(m.constant_type.shape[0], dtype=bool)
    is_undef_constant[undef_ids] = True

    # -- 3. rename: resolve "value leaving block x" for (alloca, x) queries ------
    block_last_row = (m.block_first_inst + m.block_inst_count - 1).astype(xp.int64)

    # A block with a store or a phi of an alloca defines the value leaving it;
    # the value leaving any other block is the one leaving its nearest
    # dominator that defines one: a nearest_enclosing query over dominator-tree
    # intervals (log rounds, whatever the tree's depth; the walk up the tree it
    # replaces took one round per level)
    intervals = flow.intervals_of(m)
    defining = xp.unique(xp.concatenate((store_block_key, phi_key)))  # (alloca, block) keys
    defining_alloca, defining_block = defining // n_blocks, defining % n_blocks

    def value_leaving(alloca: Any, x: Any) -> tuple[Any, Any]:
        tag = xp.full(alloca.shape[0], TAG_CONSTANT, dtype=xp.int32)
        ref = undef_of[alloca].astype(xp.int32)
        asked = xp.flatnonzero(x >= 0)
        if asked.shape[0] == 0 or defining.shape[0] == 0:
            return tag, ref
        n_defining = int(defining.shape[0])
        # items: the defining blocks, then the queries as empty intervals (they
        # enclose nothing), sorted by (alloca, preorder), a block's own
        # definition before a query at it
        item_alloca = xp.concatenate((defining_alloca, alloca[asked]))
        item_block = xp.concatenate((defining_block, x[asked]))
        is_query = xp.arange(item_alloca.shape[0]) >= n_defining
        item_first = intervals.first[item_block]
        item_end = xp.where(is_query, item_first, intervals.end[item_block])
        order = xp.lexsort(xp.stack((is_query.astype(xp.int64), item_first, item_alloca)))
        enclosing = nearest_enclosing(xp, item_alloca[order], item_first[order],
                                      item_end[order])
        answer = xp.empty(item_alloca.shape[0], dtype=xp.int64)
        answer[order] = xp.where(enclosing >= 0, order[xp.maximum(enclosing, 0)], -1)
        found = answer[n_defining:]  # per query: the defining item, or -1
        asked, found = asked[found >= 0], found[found >= 0]
        y = defining_block[found]
        y_alloca = defining_alloca[found]
        # the last store in the block wins over the block's phi
        has_store, index = last_store_before(y_alloca, block_last_row[y] + 1, y)
        _, phi_index = _in_sorted(xp, phi_key, y_alloca * n_blocks + y)
        tag[asked] = xp.where(has_store, stored_tag[index], TAG_VALUE)
        ref[asked] = xp.where(has_store, stored_ref[index], n + phi_index)
        return tag, ref

    # Phi operands: for each phi, one (value, block) pair per predecessor edge.
    which, edge = expand(xp, cfg.predecessor_start[phi_block].astype(xp.int64),
                         cfg.predecessor_count[phi_block].astype(xp.int64))
    pred = cfg.edge_source[cfg.predecessor_edge[edge]].astype(xp.int64)
    incoming_tag, incoming_ref = value_leaving(phi_alloca[which], pred)

    # Loads: a store earlier in the block, else the block's phi, else the idom's exit.
    earlier, index = last_store_before(load_alloca, loads, block[loads])
    at_phi, phi_index = _in_sorted(xp, phi_key, load_alloca * n_blocks + block[loads])
    above_tag, above_ref = value_leaving(load_alloca, dom.idom[block[loads]].astype(xp.int64))
    load_tag = xp.where(earlier, stored_tag[index], xp.where(at_phi, TAG_VALUE, above_tag))
    load_ref = xp.where(earlier, stored_ref[index], xp.where(at_phi, n + phi_index, above_ref))

    # -- 4. rewrite ----------------------------------------------------------------
    # debug records: each declare of a promoted alloca becomes a #dbg_value at
    # its stores and at its phis (debug_values.py)
    accessed = xp.zeros(n, dtype=bool)
    accessed[load_alloca] = True
    accessed[store_alloca] = True
    flow.carry_facts(m)
    m, type_bits = _allocation_bits(m)
    aux = m.inst_aux_type.astype(xp.int64)
    alloc_bits = xp.where(aux >= 0, type_bits[xp.clip(aux, 0, type_bits.shape[0] - 1)], -1)
    flow.carry_facts(m)  # (to a type table grown since)
    m, records = alloca_records(m, promoted, accessed, alloc_bits)
    start_of = xp.searchsorted(records.alloca, store_alloca, side="left")
    which_store, store_declare = expand(
        xp, start_of, xp.searchsorted(records.alloca, store_alloca, side="right") - start_of)
    which_phi, phi_declare = _phi_declares(m, records, phi_alloca, phi_block)

    m, label = type_id(m, "label", KIND_LABEL)
    phi_type = m.inst_aux_type[phi_alloca]
    pairs = which.shape[0]
    operand_owner = xp.repeat(which, 2)
    operand_tag = xp.stack((incoming_tag, xp.full(pairs, TAG_BLOCK, dtype=xp.int32)), 1).ravel()
    operand_ref = xp.stack((incoming_ref.astype(xp.int64), pred), 1).ravel()
    operand_type = xp.stack((phi_type[which], xp.full(pairs, label, dtype=xp.int32)), 1).ravel()
    minus_one = xp.full(n_phis, -1, dtype=xp.int32)
    new_rows = {
        "inst_opcode": xp.full(n_phis, op.PHI, dtype=xp.int16), "inst_type": phi_type,
        "inst_aux_type": minus_one, "inst_block": phi_block,
        "inst_function": m.block_function[phi_block], "inst_flags": xp.zeros(n_phis, xp.int16),
        "inst_predicate": minus_one, "inst_name": xp.full(n_phis, NAME_NUMBERED, xp.int32),
        "inst_template": minus_one, "inst_shape": minus_one,
    }
    groups = [(m.block_first_inst[phi_block].astype(xp.int64), new_rows, operand_owner,
               operand_tag, operand_ref, operand_type)]
    # after the block's phis (and EH pad): the phi's value
    groups.append(_with_types(record_rows(
        m, records, phi_declare, _first_insertion(m)[phi_block[which_phi]],
        m.inst_aux_type[phi_alloca[which_phi]], xp.ones(which_phi.shape[0], dtype=bool),
        xp.full(which_phi.shape[0], TAG_VALUE, dtype=xp.int64), n + which_phi)))
    # where each store was: the stored value, or poison where it does not cover
    groups.append(_with_types(record_rows(
        m, records, store_declare, stores[which_store],
        m.inst_aux_type[store_alloca[which_store]], records.store_value[store_declare],
        store_tag[which_store].astype(xp.int64), store_ref[which_store].astype(xp.int64))))
    offsets = [0, n_phis, n_phis + int(which_phi.shape[0])]
    m, index_of = insert_instructions(
        m, xp.concatenate([g[0] for g in groups]),
        {name: xp.concatenate([g[1][name].astype(xp.int64) for g in groups])
         for name in new_rows},
        xp.concatenate([g[2].astype(xp.int64) + o for g, o in zip(groups, offsets, strict=True)]),
        xp.concatenate([g[3].astype(xp.int64) for g in groups]),
        xp.concatenate([g[4].astype(xp.int64) for g in groups]),
        xp.concatenate([g[5].astype(xp.int64) for g in groups]))
    total = m.n_instructions
    replacement_tag = xp.full(total, NO_REPLACEMENT, dtype=xp.int32)
    replacement_ref = xp.zeros(total, dtype=xp.int32)
    replacement_tag[index_of[loads]] = load_tag
    is_value = load_tag == TAG_VALUE
    replacement_ref[index_of[loads]] = xp.where(is_value, index_of[xp.where(is_value, load_ref, 0)],
                                                load_ref)
    m = replace_uses(m, replacement_tag, replacement_ref)
    phis = index_of[n:n + n_phis].astype(xp.int64)
    m, removed_phis = _simplify_phis(m, phis, is_undef_constant)

    keep = xp.ones(total, dtype=bool)
    keep[index_of[loads]] = False
    keep[index_of[stores]] = False
    keep[index_of[promoted_rows]] = False
    keep[removed_phis] = False
    # the promoted allocas' declares (and records LLVM drops with them) go
    keep[index_of[:n][records.drop]] = False
    m = delete_instructions(m, keep)
    return m, {"Number of alloca's promoted": n_promoted,
               "Number of PHI nodes inserted": n_phis - int(removed_phis.shape[0])}


def _phi_declares(m: Module, records: AllocaRecords, phi_alloca: Any,
                  phi_block: Any) -> tuple[Any, Any]:
    """(phi, declare) pairs that give a phi a #dbg_value: declares of its
    alloca whose size covers, once per variable and expression, and not in a
    block whose first insertion point is a catchswitch (LLVM finds none)."""
    xp = m.xp
    start = xp.searchsorted(records.alloca, phi_alloca, side="left")
    which, declare = expand(xp, start,
                            xp.searchsorted(records.alloca, phi_alloca, side="right") - start)
    chosen = records.at_phi[declare] \
        & (m.inst_opcode[_first_insertion(m)[phi_block[which]]] != CATCHSWITCH)
    which, declare = which[chosen], declare[chosen]
    key = records.key[declare]
    order = xp.lexsort(xp.stack((declare, key, which)))
    which, declare, key = which[order], declare[order], key[order]
    first = xp.ones(which.shape[0], dtype=bool)
    first[1:] = (which[1:] != which[:-1]) | (key[1:] != key[:-1])
    which, declare = which[first], declare[first]
    order = xp.lexsort(xp.stack((declare, which)))
    return which[order], declare[order]


def _allocation_bits(m: Module) -> tuple[Module, Any]:
    """Per type id, its allocation size in bits: from the x86-64 layout, else
    (a module without that data layout) LLVM's default layout's for integers,
    pointers and the common floating-point types; -1 where unknown."""
    xp = m.xp
    m, lay = type_layout(m)
    if lay is not None:
        return m, xp.where(lay.size >= 0, lay.size.astype(xp.int64) * 8, -1)
    width = m.type_width.astype(xp.int64)
    size = (width + 7) // 8
    size = xp.where(size <= 1, 1, xp.where(size <= 2, 2, xp.where(size <= 4, 4, xp.where(
        size <= 8, 8, (size + 7) // 8 * 8))))
    floats = {"half": 16, "bfloat": 16, "float": 32, "double": 64, "fp128": 128}
    other = xp.asarray([floats.get(text, -1) for text in m.host.type_text],  # the type table
                       dtype=xp.int64)
    kind = m.type_kind
    return m, xp.where(kind == KIND_INT, size * 8, xp.where(kind == KIND_PTR, 64, other))


def _first_insertion(m: Module) -> Any:
    """Per block, the row a record goes before to follow its phis and EH pad."""
    xp = m.xp
    leading = xp.isin(m.inst_opcode, xp.asarray(_LEADING, dtype=m.inst_opcode.dtype))
    rows = xp.flatnonzero(leading)
    last = segment_max(xp, rows.astype(xp.int64), m.inst_block[rows].astype(xp.int64),
                       int(m.block_function.shape[0]), -1)
    return xp.where(last >= 0, last + 1, m.block_first_inst.astype(xp.int64))


def _with_types(rows: tuple[Any, dict[str, Any], Any, Any, Any]
                ) -> tuple[Any, dict[str, Any], Any, Any, Any, Any]:
    """Debug record operands, as the reader gives them, have no type."""
    xp_rows = rows[2]
    return (*rows, xp_rows * 0 - 1)


def _simplify_phis(m: Module, phis: Any, is_undef_constant: Any) -> tuple[Module, Any]:
    """Replace new phis whose incoming values, ignoring themselves and undef,
    are one value V (with undef among them, only when V is not an
    instruction, which might not dominate the phi).  Rounds until none."""
    xp = m.xp
    total = m.n_instructions
    removed = []
    alive = xp.zeros(total, dtype=bool)
    alive[phis] = True
    for _ in range(int(phis.shape[0]) + 1):  # each round can expose phis of phis
        rows = xp.flatnonzero(alive).astype(xp.int64)
        if rows.shape[0] == 0:
            break
        value_operand, owner = phi_values(m, rows)
        tag = m.operand_tag[value_operand].astype(xp.int64)
        ref = m.operand_ref[value_operand].astype(xp.int64)
        is_undef = (tag == TAG_CONSTANT) & is_undef_constant[xp.where(tag == TAG_CONSTANT,
                                                                      ref, 0)]
        is_self = (tag == TAG_VALUE) & (ref == owner)
        counts = ~(is_undef | is_self)
        key = tag * (1 << 40) + ref  # one integer per distinct value
        big = 1 << 62
        first = segment_min(xp, xp.where(counts, key, big), owner, total, big)
        last = segment_max(xp, xp.where(counts, key, -1), owner, total, -1)
        any_undef = xp.bincount(owner[is_undef], minlength=total)[:total] > 0
        single = (first[rows] == last[rows]) & (first[rows] != big)
        value_tag = first[rows] >> 40
        safe = ~any_undef[rows] | (value_tag != TAG_VALUE)
        all_undef = first[rows] == big
        replace = single & safe
        undef_ref = segment_min(xp, xp.where(is_undef, ref, big), owner, total, big)[rows]
        # a phi whose value is a phi replaced in the same round waits a round,
        # so that a cycle of phis feeding only each other is never followed
        candidate = xp.zeros(total, dtype=bool)
        candidate[rows[replace | all_undef]] = True
        target = first[rows] & ((1 << 40) - 1)
        replace &= ~((value_tag == TAG_VALUE) & candidate[xp.where(
            value_tag == TAG_VALUE, target, 0)])
        chosen = rows[replace | all_undef]
        if chosen.shape[0] == 0:
            break
        replacement_tag = xp.full(total, NO_REPLACEMENT, dtype=xp.int32)
        replacement_ref = xp.zeros(total, dtype=xp.int32)
        picked = replace[replace | all_undef]
        replacement_tag[chosen] = xp.where(picked, value_tag[replace | all_undef],
                                           TAG_CONSTANT).astype(xp.int32)
        replacement_ref[chosen] = xp.where(picked, first[chosen] & ((1 << 40) - 1),
                                           undef_ref[replace | all_undef]).astype(xp.int32)
        m = replace_uses(m, replacement_tag, replacement_ref)
        alive[chosen] = False
        removed.append(chosen)
    if not removed:
        return m, xp.zeros(0, dtype=xp.int64)
    return m, xp.concatenate(removed)
