"""sroa: scalar replacement of aggregates, then promotion, for every function at once.

Each round speculates loads through selects of two allocas (sroa_select.py),
splits allocas, then promotes (mem2reg's ``promote``); rounds repeat until
none changes anything: promoting a slot that held an alloca's address turns
that alloca's uses into direct accesses, and splitting the destination of a
copy between locals gives its source plain loads.  No round changes a block,
so all share one CFG and dominator tree.

Splitting (``split_allocas``), one whole-module array program per round, in
LLVM's terms (AllocaSlices, partitions, AllocaSliceRewriter):

1. constant-index GEP chains are resolved to their entry-block alloca and
   byte offset by pointer jumping;
2. every use of a derived pointer is classified: a simple load or store
   through it, a fill (memset of a constant byte, memcpy from a constant
   global, memcpy from another pointer: a copy in) or a copy out over a
   constant length, a constant GEP, a lifetime marker, a debug record, or an
   unused select, phi or GEP (dead users, dropped).  Anything else (the
   address stored or passed to a call, a variable index, a volatile access,
   an access past the end) leaves the alloca alone;
3. an integer load or store whose ends lie inside no other access, memset or
   memcpy but which has other ends inside it is *wide* (LLVM's splittable
   slices): it is cut at those ends;
4. the other accesses form slices: overlapping ones share one.  One range
   with several types a bit-preserving cast converts (an integer of the
   range's size, a pointer, a float) becomes that integer, the others
   reached through ptrtoint/inttoptr/bitcast (LLVM's canConvertValue);
   several ranges, all integers, one spanning the slice, of 1, 2, 4 or 8
   bytes, become one integer that the others shift and mask (LLVM's integer
   widening, insertInteger/extractInteger); any other overlap leaves the
   alloca alone;
5. the bytes no slice holds but wide accesses, memsets and memcpys reach are
   *pieces*, cut wherever one of those or a slice begins or ends: an integer
   inside a wide access or of 1, 2, 4 or 8 bytes, else a byte array that
   stays in memory (LLVM's memcpy-only partitions);
6. each slice and piece becomes a new alloca, aligned as its type asks or as
   the old alloca's alignment carries to its offset.  Accesses point at their
   slice; wide stores store ``trunc (lshr V, 8k)`` to each slice, wide loads
   or together ``shl (zext part), 8k``; fills store constants (the memset byte
   repeated, the global's initializer leaf: ir/initializers.py); memcpys
   become a load and a store per scalar slice through a byte GEP on the other
   pointer, or a smaller memcpy or memset for a byte array.  A copy out of
   bytes that nothing writes does nothing (they are undefined), and nothing
   is kept of bytes nothing reads.  The old alloca with its GEPs, fills,
   copies, markers and debug records goes.  A copy between two allocas that
   both split is rewritten on the destination's side.  An alloca that is one
   byte array, written and read, stays as it is.  Each ``#dbg_declare`` of a
   split alloca moves to its new allocas, each describing the part of the
   variable it holds as a ``DW_OP_LLVM_fragment`` (LLVM's migration in
   splitAlloca: debug_values.py), so that promotion turns it into
   ``#dbg_value`` records; an alloca that leaves no new one keeps its
   records, which then name poison.

Differs from LLVM's SROA: memmove, aggregate loads and stores, variable
indices, phis of alloca pointers, and allocas escaping into read-only calls
(LLVM forwards their stores to loads) are left alone; memcpys from constant
globals into byte arrays block the split; pieces are cut at every memcpy end
(LLVM merges overlapping memcpys into one partition); a copy out of never
written bytes is dropped (LLVM copies undef, which instcombine then drops);
a wide access is split over an integer of any size (LLVM only over legal
ones); only modules with the x86-64 data layout are split (others are
promoted only).  Debug info: declares whose expression starts with an
offset other than ``DW_OP_plus_uconst`` (or holds a bit extract), and
declares on GEPs of the alloca, are dropped rather than migrated; the
``#dbg_value`` records that name a split alloca (not its declares) are
dropped with it (LLVM migrates them too, and they end up naming poison or
undef); bytes nothing reads keep no store, so they give no ``#dbg_value``
either (LLVM keeps the store and records its value).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np

from gpuopt.analysis.memory import (
    COPY_CONSTANT,
    COPY_LOCAL,
    LIFETIME,
    MEMSET,
    NOT_MEMORY,
    OFFSETS,
    MemoryCalls,
    memory_calls,
    pointer_roots,
)
from gpuopt.arrays import expand, segment_max
from gpuopt.ir import opcodes as op
from gpuopt.ir.layout import gep_offsets, type_layout
from gpuopt.ir.module import (
    CONST_INT,
    CONST_OTHER,
    KIND_INT,
    KIND_PTR,
    NAME_NONE,
    NAME_NUMBERED,
    TAG_CONSTANT,
    TAG_VALUE,
    Module,
)
from gpuopt.ir.rewrite import (
    NO_REPLACEMENT,
    append_constants,
    delete_instructions,
    insert_instructions,
    replace_uses,
    type_id,
    use_counts,
)
from gpuopt.ir.segments import function_facts
from gpuopt.transforms.debug_values import fragment_declares
from gpuopt.transforms.function_subset import (
    FunctionCut,
    changed_functions,
    cut_functions,
    merge_functions,
    worth_cutting,
)
from gpuopt.transforms.mem2reg import ControlFlow, promote
from gpuopt.transforms.sroa_rows import (
    NewRows,
    aligns_of,
    cast_rows,
    common_alignment,
    concatenate_rows,
    copy_rows,
    memory_rows,
    partial_rows,
    texts,
    wide_load_rows,
    wide_store_rows,
)
from gpuopt.transforms.sroa_select import speculate_selects

# slice kinds: a load or store's own slice, an integer piece (bytes only a
# wide integer access, a memset or a memcpy reach, of a legal integer size or
# inside a wide access), a byte array piece (the other bytes only memsets and
# memcpys reach, left in memory)
NARROW, INTEGER_PIECE, BYTES_PIECE = range(3)
_LEGAL_BYTES = (1, 2, 4, 8)  # x86-64's native integers (n8:16:32:64)


@dataclass(frozen=True)
class SROA:
    name: ClassVar[str] = "sroa"
    llvm_class: ClassVar[str] = "SROAPass"

    def apply(self, m: Module) -> tuple[Module, dict[str, int]]:
        totals = {"Number of allocas promoted": 0, "Number of allocas split": 0,
                  "Number of new allocas": 0, "Number of loads speculated": 0}
        # A round's result for a function depends on that function and on
        # module-wide facts, so later rounds run on a module cut down to the
        # functions the round before changed (nested cuts as the set shrinks,
        # merged back at the end); most functions are done after the first.
        # On the CPU only: a cut builds its own CFG and dominator tree, which
        # on the GPU costs the launches of the whole part's (BFS levels and
        # sweeps), more than the smaller rounds save (bench/NOTES.md).
        cuts: list[FunctionCut] = []
        flow = ControlFlow()  # no round changes a block or an edge
        for _ in range(m.n_instructions + 1):  # each round speculates, splits or promotes
            before = m
            flow.carry_facts(m)
            m, speculated = speculate_selects(m)
            m, split, new = split_allocas(m, flow)
            m, statistics = promote(m, flow)
            promoted = statistics.get("Number of alloca's promoted", 0)
            totals["Number of allocas split"] += split
            totals["Number of new allocas"] += new
            totals["Number of allocas promoted"] += promoted
            totals["Number of loads speculated"] += speculated
            if not speculated and not split and not promoted:
                break
            if m.xp is not np:
                continue
            active = changed_functions(before, m)
            if worth_cutting(m, active):
                m, cut = cut_functions(m, active)
                cuts.append(cut)
                # the cut's own blocks; the host facts carry on as before
                flow = ControlFlow(host=flow.host, length=flow.length)
        while cuts:
            m = merge_functions(m, cuts.pop())
        return m, {key: value for key, value in totals.items() if value}


def _integer_align(xp: Any, size: Any) -> Any:
    """ABI alignment of an integer of ``size`` bytes on x86-64 (that of the
    smallest of i8..i128 holding it)."""
    return xp.where(size <= 1, 1, xp.where(size <= 2, 2, xp.where(size <= 4, 4, xp.where(
        size <= 8, 8, 16))))


def _count_in(xp: Any, sorted_keys: Any, low: Any, high: Any) -> Any:
    """How many sorted keys lie strictly between ``low`` and ``high``."""
    return (xp.searchsorted(sorted_keys, high, side="left")
            - xp.searchsorted(sorted_keys, low, side="right"))


def _covering(xp: Any, begins: Any, ends: Any, point: Any, strictly: bool) -> Any:
    """How many intervals (sorted begins, sorted ends) contain ``point``
    (``strictly``: with the point inside, not at either end)."""
    return (xp.searchsorted(begins, point, side="left" if strictly else "right")
            - xp.searchsorted(ends, point, side="right"))


def split_allocas(m: Module, flow: ControlFlow | None = None) -> tuple[Module, int, int]:
    """One round of splitting; returns the module, how many allocas were split
    and how many slice allocas replaced them (``flow`` carries what rounds
    share: the debug metadata parse)."""
    xp = m.xp
    n = m.n_instructions
    if n == 0:
        return m, 0, 0
    m, calls = memory_calls(m)  # first: it may add types that the layout must cover
    m, lay = type_layout(m)
    if lay is None:
        return m, 0, 0
    opcode = m.inst_opcode.astype(xp.int32)
    simple = (m.inst_flags & op.FLAG_ORDERED) == 0
    start = m.inst_operand_start.astype(xp.int64)
    n_types = lay.size.shape[0]
    aux = xp.clip(m.inst_aux_type.astype(xp.int64), 0, n_types - 1)
    entry_block = m.function_first_block[m.inst_function]
    candidate = (opcode == op.ALLOCA) & simple & (m.inst_operand_count == 0) \
        & (m.inst_block == entry_block) & (m.inst_aux_type >= 0) & (lay.size[aux] > 0) \
        & (lay.size[aux] < OFFSETS)

    # -- 1. constant GEP chains down to their alloca ------------------------------
    geps = xp.flatnonzero(opcode == op.GEP)
    constant, gep_offset = gep_offsets(m, lay, geps)
    from_value = m.operand_tag[start[geps]] == TAG_VALUE
    root, offset = pointer_roots(m, candidate, geps[constant & from_value],
                                 gep_offset[constant & from_value])
    derived = root >= 0

    # -- 2. uses of derived pointers ---------------------------------------------------
    is_use = m.operand_tag == TAG_VALUE
    target = xp.where(is_use, m.operand_ref, 0).astype(xp.int64)
    use = is_use & derived[target]
    owner = m.operand_owner.astype(xp.int64)
    position = xp.arange(m.operand_tag.shape[0], dtype=xp.int64) - start[owner]
    owner_opcode = opcode[owner]
    load = (owner_opcode == op.LOAD) & (position == 0) & simple[owner]
    store = (owner_opcode == op.STORE) & (position == 1) & simple[owner]
    access_type = xp.where(load, m.inst_type[owner],
                           m.operand_type[start[owner]]).astype(xp.int64)
    access_type = xp.clip(access_type, 0, n_types - 1)
    call_kind = xp.where(owner_opcode == op.CALL, calls.kind[owner], NOT_MEMORY)
    copy = call_kind == COPY_LOCAL
    # a fill writes a range of the alloca: a memset, a memcpy from a constant
    # global, or a memcpy from some other pointer (a copy in)
    fill = (position == 0) & ((call_kind == MEMSET) | (call_kind == COPY_CONSTANT) | copy)
    # a copy out of the alloca; between two allocas that both split, only the
    # destination's side is rewritten (the source sees plain loads next round)
    destination = start[owner]
    destination_tag = m.operand_tag[destination]
    destination_root = xp.where(destination_tag == TAG_VALUE, root[xp.where(
        destination_tag == TAG_VALUE, m.operand_ref[destination], 0)], -1)
    copy_out = copy & (position == 1)
    access_size = xp.where(fill | copy_out, calls.length[owner], lay.store[access_type])
    access_at = offset[target]
    alloca = root[target]
    safe_alloca = xp.maximum(alloca, 0)
    in_bounds = (access_size > 0) & (access_at >= 0) \
        & (access_at + access_size <= lay.size[aux[safe_alloca]])
    access = use & (load | store) & in_bounds
    fill &= use & in_bounds
    copy_out &= use & in_bounds
    # unused selects, phis and GEPs are dead users, dropped with the alloca
    unused = (use_counts(m) == 0)[owner] & ((owner_opcode == op.SELECT)
                                            | (owner_opcode == op.PHI) | (owner_opcode == op.GEP))
    harmless = (owner_opcode == op.GEP) & (position == 0) & derived[owner] \
        | (owner_opcode == op.DBG_RECORD) | (call_kind == LIFETIME) | unused
    bad = use & ~(access | fill | copy_out | harmless)
    blocked = xp.bincount(alloca[bad], minlength=n)[:n] > 0
    begin = safe_alloca * OFFSETS + access_at  # sort keys: (alloca, byte offset)
    end = begin + access_size

    # -- 3. wide integer accesses: an integer load or store whose ends lie inside
    # no other access, memset or memcpy, but which has other ends inside it, is
    # cut at them (LLVM's splittable slices) ------------------------------------------
    accesses = xp.flatnonzero(access & ~blocked[safe_alloca])
    ranges = xp.flatnonzero((fill | copy_out) & ~blocked[safe_alloca])
    every = xp.concatenate((accesses, ranges))
    all_begin, all_end = xp.sort(begin[every]), xp.sort(end[every])
    a, b = begin[accesses], end[accesses]
    kind = access_type[accesses]
    whole_bytes = (m.type_kind[kind] == KIND_INT) \
        & (m.type_width[kind].astype(xp.int64) == 8 * lay.store[kind])
    wide_mask = whole_bytes & (_covering(xp, all_begin, all_end, a, True) == 0) \
        & (_covering(xp, all_begin, all_end, b, True) == 0) \
        & ((_count_in(xp, all_begin, a, b) + _count_in(xp, all_end, a, b)) > 0)
    wides, uses = accesses[wide_mask], accesses[~wide_mask]

    # -- 4. the other accesses' slices, sorted by (alloca, offset, type).  Accesses
    # that overlap share one slice: of one range, with one type or types a
    # bit-preserving cast turns into each other (an integer of the whole size, a
    # pointer, a floating-point type: the slice takes that integer type, LLVM's
    # canConvertValue); of several ranges, all integers, one of them the whole
    # slice, of a native integer size (LLVM's integer widening: the others
    # shift and mask the slice's value) --------------------------------------------
    key_alloca, key_at, key_type = alloca[uses], access_at[uses], access_type[uses]
    order = xp.lexsort(xp.stack((key_type, key_at, key_alloca)))
    uses, key_alloca, key_at, key_type = uses[order], key_alloca[order], key_at[order], \
        key_type[order]
    key_size = lay.store[key_type]
    key_begin = key_alloca * OFFSETS + key_at
    key_end = key_begin + key_size
    first = xp.ones(uses.shape[0], dtype=bool)
    first[1:] = key_begin[1:] != key_begin[:-1]
    starts = first & (_covering(xp, key_begin, xp.sort(key_end), key_begin, True) == 0)
    narrow_of_use = xp.cumsum(starts) - 1
    n_narrow = int(starts.sum())
    narrow_key = key_begin[starts]
    narrow_end = segment_max(xp, key_end, narrow_of_use, n_narrow, 0)
    narrow_size = narrow_end - narrow_key
    whole = (key_begin == narrow_key[narrow_of_use]) & (key_end == narrow_end[narrow_of_use])
    width = m.type_width[key_type].astype(xp.int64)
    integral = (m.type_kind[key_type] == KIND_INT) & (width == 8 * key_size)
    castable = integral | (m.type_kind[key_type] == KIND_PTR) \
        | xp.isin(key_type, xp.asarray(_float_types(m), dtype=xp.int64))

    def count(mask: Any) -> Any:
        return xp.bincount(narrow_of_use[mask], minlength=n_narrow)[:n_narrow]

    mixed = xp.zeros(uses.shape[0], dtype=bool)
    mixed[1:] = (narrow_of_use[1:] == narrow_of_use[:-1]) & (key_type[1:] != key_type[:-1])
    narrow_mixed = count(mixed) > 0
    several = count(~whole) > 0
    viable = xp.where(several, (count(~integral) == 0) & (count(whole) > 0)
                      & xp.isin(narrow_size, xp.asarray(_LEGAL_BYTES)),
                      ~narrow_mixed | (count(~castable) == 0))
    blocked[key_alloca[starts][~viable]] = True
    m, integers = _piece_types(m, narrow_size, xp.ones(n_narrow, dtype=bool))
    narrow_type = xp.where(several | narrow_mixed, integers, key_type[starts])
    narrow_align = xp.maximum(lay.align[key_type[starts]],
                              _integer_align(xp, narrow_size) * (several | narrow_mixed))

    # -- 5. pieces: the bytes that only wide accesses, memsets and memcpys reach,
    # cut wherever one of those or a slice begins or ends ------------------------------
    wide_begin, wide_end = xp.sort(begin[wides]), xp.sort(end[wides])
    range_begin, range_end = xp.sort(begin[ranges]), xp.sort(end[ranges])
    points = xp.unique(xp.concatenate((narrow_key, narrow_end, wide_begin, wide_end,
                                       range_begin, range_end)))
    low_point, high_point = points[:-1], points[1:]
    holder = xp.searchsorted(narrow_key, low_point, side="right") - 1
    safe_holder = xp.maximum(holder, 0)
    in_narrow = (holder >= 0) & (narrow_end[safe_holder] > low_point) if narrow_key.shape[0] \
        else xp.zeros(low_point.shape[0], dtype=bool)
    in_wide = _covering(xp, wide_begin, wide_end, low_point, False) > 0
    in_range = _covering(xp, range_begin, range_end, low_point, False) > 0
    piece = (low_point // OFFSETS == high_point // OFFSETS) & ~in_narrow & (in_wide | in_range)
    piece_key, piece_size = low_point[piece], (high_point - low_point)[piece]
    piece_wide = in_wide[piece]
    piece_key, piece_size, piece_wide = _merge_pieces(xp, piece_key, piece_size, piece_wide,
                                                      range_begin, range_end)
    integer = piece_wide | xp.isin(piece_size, xp.asarray(_LEGAL_BYTES))
    m, piece_type = _piece_types(m, piece_size, integer)

    # -- 6. every slice: the accesses' own and the pieces, by (alloca, offset) ---------
    slice_key = xp.concatenate((narrow_key, piece_key))
    slice_size = xp.concatenate((narrow_size, piece_size))
    slice_type = xp.concatenate((narrow_type, piece_type))
    slice_kind = xp.concatenate((xp.full(n_narrow, NARROW),
                                 xp.where(integer, INTEGER_PIECE, BYTES_PIECE)))
    # a new alloca is aligned as its type asks, or more where the old alloca's
    # alignment carries over to its offset (LLVM's rule)
    slice_align = xp.concatenate((narrow_align,
                                  xp.where(integer, _integer_align(xp, piece_size), 1)))
    order = xp.argsort(slice_key, kind="stable")
    rank = xp.empty(order.shape[0], dtype=xp.int64)
    rank[order] = xp.arange(order.shape[0], dtype=xp.int64)
    slice_of_use = rank[narrow_of_use]
    slice_key, slice_size, slice_type, slice_kind, slice_align = (
        c[order] for c in (slice_key, slice_size, slice_type, slice_kind, slice_align))
    slice_alloca, slice_at = slice_key // OFFSETS, slice_key % OFFSETS
    alloca_align = xp.zeros(n, dtype=xp.int64)
    allocas = xp.flatnonzero(candidate)
    alloca_align[allocas] = xp.maximum(aligns_of(m, allocas), 1)
    slice_align = xp.maximum(slice_align, common_alignment(xp, alloca_align[slice_alloca],
                                                           slice_at))
    slice_end = slice_key + slice_size
    n_all = int(slice_key.shape[0])
    slice_width = m.type_width[slice_type].astype(xp.int64)
    slice_integer = (slice_kind != BYTES_PIECE) & (m.type_kind[slice_type] == KIND_INT) \
        & (slice_width == 8 * slice_size)

    def runs(rows: Any) -> tuple[Any, Any]:
        """Each range's slices: the run low..high of those it overlaps.  Only a
        byte array may stick out of either end (its memcpy or memset then
        covers part of it); any other slice doing so leaves the alloca alone."""
        low = xp.searchsorted(slice_key, begin[rows], side="right") - 1
        high = xp.searchsorted(slice_key, end[rows], side="left")
        if n_all == 0:
            return low + 1, high
        before = xp.maximum(low, 0)
        overlaps = (low >= 0) & (slice_alloca[before] == alloca[rows]) \
            & (slice_end[before] > begin[rows])
        low = xp.where(overlaps, low, low + 1)
        last = xp.maximum(high - 1, 0)
        straddles = (overlaps & (slice_key[before] < begin[rows])
                     & (slice_kind[before] != BYTES_PIECE)) \
            | ((high > low) & (slice_end[last] > end[rows]) & (slice_kind[last] != BYTES_PIECE))
        blocked[alloca[rows[straddles]]] = True
        return low, high

    # -- 7. ranges and wide accesses: the slices each covers ---------------------------
    low, high = runs(ranges)
    range_pair, pair_slice = expand(xp, low, high - low)
    low, high = runs(wides)
    wide_pair, wide_slice = expand(xp, low, high - low)
    # a wide access is cut into integers
    blocked[alloca[wides[wide_pair[~slice_integer[wide_slice]]]]] = True

    # written and read slices: a memcpy out of bytes nothing writes copies
    # nothing (undefined bytes), and bytes nothing reads need no memory
    pair_row = owner[ranges[range_pair]]
    pair_fill = fill[ranges[range_pair]]
    is_store = store[uses]
    written = xp.zeros(n_all, dtype=bool)
    read = xp.zeros(n_all, dtype=bool)
    written[slice_of_use[is_store]] = True
    read[slice_of_use[~is_store]] = True
    written[wide_slice[store[wides[wide_pair]]]] = True
    read[wide_slice[~store[wides[wide_pair]]]] = True
    written[pair_slice[pair_fill]] = True
    read[pair_slice[~pair_fill]] = True

    # -- 8. what each fill stores: constants into scalar slices; byte-array pieces
    # take memsets and memcpys between locals, over the bytes the two share --------
    shared = xp.maximum(slice_at[pair_slice], access_at[ranges[range_pair]])
    pair_at = shared - access_at[ranges[range_pair]]  # into the memcpy's range
    piece_at = shared - slice_at[pair_slice]  # into the slice (0 but for byte arrays)
    pair_length = xp.minimum(slice_end[pair_slice], end[ranges[range_pair]]) \
        - (shared + slice_alloca[pair_slice] * OFFSETS)
    bytes_piece = slice_kind[pair_slice] == BYTES_PIECE
    m, pair_constant = _fill_constants(m, calls, pair_row, pair_at, slice_type[pair_slice])
    pair_kind = calls.kind[pair_row]
    # the memcpy's other pointer: its source for a copy in, else its destination
    far_align = common_alignment(xp, xp.where(pair_fill, calls.source_align[pair_row],
                                              calls.destination_align[pair_row]), pair_at)
    # a fill of bytes nothing reads and a copy out of bytes nothing writes do nothing
    useful = xp.where(pair_fill, read[pair_slice], written[pair_slice])
    needs_constant = ~bytes_piece & pair_fill & (pair_kind != COPY_LOCAL) & useful
    blocked[alloca[ranges[range_pair[needs_constant & (pair_constant < 0)]]]] = True
    kept_bytes = bytes_piece & written[pair_slice] & read[pair_slice]
    flow = flow or ControlFlow()
    flow.carry_facts(m)  # (to the type table the pieces grew)
    has_memcpy, has_memset = _declared(m, alloca[ranges[range_pair]])
    unsupported = kept_bytes & ((pair_kind == COPY_CONSTANT)
                                | ((pair_kind == MEMSET) & ~has_memset)
                                | ((pair_kind == COPY_LOCAL) & ~has_memcpy))
    blocked[alloca[ranges[range_pair[unsupported]]]] = True

    # -- 9. which allocas split ----------------------------------------------------------
    # an alloca whose accesses are all of its own type at offset 0 through the
    # alloca itself is promotion's already; one that is a single byte array
    # piece, written and read, stays as it is (LLVM keeps the alloca)
    reshaped = (key_at != 0) | (key_type != m.inst_aux_type[key_alloca]) \
        | (target[uses] != key_alloca)
    # (lifetime markers and unused selects or phis keep mem2reg away: they go)
    droppable = xp.flatnonzero(use & ((call_kind == LIFETIME) | unused))
    needs_split = (xp.bincount(key_alloca[reshaped], minlength=n)[:n] > 0) \
        | (xp.bincount(alloca[ranges], minlength=n)[:n] > 0) \
        | (xp.bincount(alloca[wides], minlength=n)[:n] > 0) \
        | (xp.bincount(alloca[droppable], minlength=n)[:n] > 0)
    pieces_of = xp.bincount(slice_alloca, minlength=n)[:n]
    entire = (slice_kind == BYTES_PIECE) & (slice_at == 0) & written & read \
        & (slice_size == lay.size[aux[slice_alloca]])
    unchanged = (pieces_of == 1) & (xp.bincount(slice_alloca[entire], minlength=n)[:n] > 0)
    accessed = xp.bincount(alloca[xp.concatenate((uses, wides))], minlength=n)[:n] > 0
    split = candidate & ~blocked & ~unchanged & (needs_split | ~accessed)
    into = copy_out[ranges] & (destination_root[ranges] >= 0) \
        & split[xp.maximum(destination_root[ranges], 0)]
    split &= ~(xp.bincount(alloca[ranges[into]], minlength=n)[:n] > 0)
    n_split = int(split.sum())
    if n_split == 0:
        return m, 0, 0

    # -- 10. rewrite: slice allocas before the old ones, accesses point at them, -------
    # fills become stores, memcpys loads and stores or smaller memcpys, wide
    # accesses shifts and truncations
    kept = split[slice_alloca] & ((slice_kind != BYTES_PIECE) | (written & read))
    number = xp.cumsum(kept) - 1 + n  # the new alloca of each kept slice
    kept_slices = xp.flatnonzero(kept)
    n_slices = int(kept_slices.shape[0])
    converted = whole & (key_type != slice_type[slice_of_use])
    narrow_uses = xp.flatnonzero(split[key_alloca] & whole & ~converted)
    operand_ref = m.operand_ref.astype(xp.int64)
    operand_ref[uses[narrow_uses]] = number[slice_of_use[narrow_uses]]
    m = m.with_columns(operand_ref=operand_ref.astype(xp.int32))
    groups = [_alloca_rows(m, slice_alloca[kept_slices], slice_type[kept_slices],
                           slice_align[kept_slices])]
    total = n + n_slices

    # accesses of another type than their slice's: a cast after the load or
    # before the store
    chosen = xp.flatnonzero(split[key_alloca] & converted)
    cast_row = owner[uses[chosen]]
    value_row = start[cast_row]
    m, rows, cast_value = cast_rows(m, cast_row, store[uses[chosen]], key_type[chosen],
                                    m.operand_tag[value_row].astype(xp.int64),
                                    m.operand_ref[value_row].astype(xp.int64),
                                    slice_type[slice_of_use[chosen]],
                                    number[slice_of_use[chosen]],
                                    slice_align[slice_of_use[chosen]], total)
    groups.append(rows)
    total += rows.count
    cast_load = ~store[uses[chosen]]
    # accesses of part of an integer slice: shifts and masks of its value
    chosen = xp.flatnonzero(split[key_alloca] & ~whole)
    part_row = owner[uses[chosen]]
    value_row = start[part_row]
    m, rows, part_value = partial_rows(
        m, part_row, store[uses[chosen]], key_type[chosen],
        8 * (key_at[chosen] - slice_at[slice_of_use[chosen]]),
        m.operand_tag[value_row].astype(xp.int64), m.operand_ref[value_row].astype(xp.int64),
        slice_type[slice_of_use[chosen]], number[slice_of_use[chosen]],
        slice_align[slice_of_use[chosen]], total)
    groups.append(rows)
    total += rows.count
    part_load = ~store[uses[chosen]]

    # fills of scalar slices: constants stored
    pair_split = split[alloca[ranges[range_pair]]] & kept[pair_slice]
    chosen = xp.flatnonzero(pair_split & needs_constant)
    m, rows = _store_rows(m, pair_row[chosen], pair_constant[chosen],
                          slice_type[pair_slice[chosen]], slice_align[pair_slice[chosen]],
                          number[pair_slice[chosen]])
    groups.append(rows)
    total += rows.count
    # memcpys between a scalar slice and another pointer: a load and a store
    chosen = xp.flatnonzero(pair_split & useful & ~bytes_piece & (pair_kind == COPY_LOCAL))
    m, rows = copy_rows(m, pair_row[chosen], pair_at[chosen], pair_fill[chosen],
                        slice_type[pair_slice[chosen]], slice_align[pair_slice[chosen]],
                        far_align[chosen], number[pair_slice[chosen]], total)
    groups.append(rows)
    total += rows.count
    # byte array pieces: the same memset or memcpy on the piece alone
    chosen = xp.flatnonzero(pair_split & bytes_piece)
    m, rows = memory_rows(m, pair_row[chosen], pair_at[chosen], piece_at[chosen],
                          pair_fill[chosen] & (pair_kind[chosen] == COPY_LOCAL),
                          pair_kind[chosen] == MEMSET, pair_length[chosen],
                          calls.byte[pair_row[chosen]], number[pair_slice[chosen]],
                          common_alignment(xp, slice_align[pair_slice[chosen]],
                                           piece_at[chosen]), far_align[chosen], total)
    groups.append(rows)
    total += rows.count
    # wide stores: each slice takes its part of the value
    chosen = xp.flatnonzero(split[alloca[wides[wide_pair]]] & store[wides[wide_pair]])
    wide_row = owner[wides[wide_pair[chosen]]]
    value_row = start[wide_row]
    chosen_slice = wide_slice[chosen]
    m, rows = wide_store_rows(m, wide_row, m.operand_tag[value_row].astype(xp.int64),
                              m.operand_ref[value_row].astype(xp.int64),
                              access_type[wides[wide_pair[chosen]]],
                              8 * (slice_at[chosen_slice] - access_at[wides[wide_pair[chosen]]]),
                              slice_type[chosen_slice], number[chosen_slice],
                              slice_align[chosen_slice], total)
    groups.append(rows)
    total += rows.count
    # wide loads: the slices' values shifted into place and or-ed together
    chosen = xp.flatnonzero(split[alloca[wides[wide_pair]]] & ~store[wides[wide_pair]])
    wide_row = owner[wides[wide_pair[chosen]]]
    chosen_slice = wide_slice[chosen]
    m, rows, value = wide_load_rows(
        m, wide_row, access_type[wides[wide_pair[chosen]]],
        8 * (slice_at[chosen_slice] - access_at[wides[wide_pair[chosen]]]),
        slice_type[chosen_slice], number[chosen_slice], slice_align[chosen_slice], total)
    groups.append(rows)
    total += rows.count
    last = xp.ones(wide_row.shape[0], dtype=bool)
    if wide_row.shape[0] > 1:
        last[:-1] = wide_row[1:] != wide_row[:-1]

    # the old allocas' declares, migrated to the new allocas as fragments (last,
    # so the row numbers above stay as they are)
    flow.carry_facts(m)
    groups.append(_declare_rows(m, split, slice_alloca[kept_slices], slice_at[kept_slices],
                                slice_size[kept_slices], slice_type[kept_slices],
                                number[kept_slices], lay.size[aux], lay.store))

    everything = concatenate_rows(xp, groups)
    m, index = insert_instructions(m, everything.before, everything.columns, everything.owner,
                                   everything.tag, everything.ref, everything.type)
    # a wide load's uses take the value its pieces were or-ed into
    replacement_tag = xp.full(index.shape[0], NO_REPLACEMENT, dtype=xp.int32)
    replacement_ref = xp.zeros(index.shape[0], dtype=xp.int32)
    replacement_tag[index[wide_row[last]]] = TAG_VALUE
    replacement_ref[index[wide_row[last]]] = index[value[last]]
    replacement_tag[index[cast_row[cast_load]]] = TAG_VALUE
    replacement_ref[index[cast_row[cast_load]]] = index[cast_value[cast_load]]
    replacement_tag[index[part_row[part_load]]] = TAG_VALUE
    replacement_ref[index[part_row[part_load]]] = index[part_value[part_load]]
    m = replace_uses(m, replacement_tag, replacement_ref)

    # the old allocas, their GEPs, fills, copies, wide accesses, lifetime
    # markers and debug records go
    dropped = split | (derived & split[xp.maximum(root, 0)])
    owner_drops = xp.zeros(n, dtype=bool)
    owner_drops[owner[use & split[safe_alloca] & (harmless | fill | copy_out)]] = True
    # debug records of an alloca that leaves no new one stay and name poison
    # (LLVM erases such an alloca after promoting it and leaves its records)
    sliceless = split & (xp.bincount(slice_alloca[kept_slices], minlength=n)[:n] == 0)
    owner_drops[owner[use & sliceless[safe_alloca] & (owner_opcode == op.DBG_RECORD)]] = False
    owner_drops[owner[wides[split[alloca[wides]]]]] = True
    owner_drops[cast_row] = True
    owner_drops[part_row] = True
    keep = xp.ones(index.shape[0], dtype=bool)
    keep[index[:n][dropped | owner_drops]] = False
    return delete_instructions(m, keep), n_split, n_slices


def _declare_rows(m: Module, split: Any, slice_alloca: Any, slice_at: Any, slice_size: Any,
                  slice_type: Any, slice_row: Any, alloca_size: Any, store_size: Any) -> NewRows:
    """``#dbg_declare`` rows for the new allocas (debug_values.fragment_declares):
    each holds its type's bits, at most its bytes (LLVM's ActiveBits); one of
    the old alloca's type covering all of it keeps the declares as they are."""
    xp = m.xp
    width = m.type_width[slice_type].astype(xp.int64)
    # (piece types may be newer than the layout: a byte array's bits are its bytes)
    known = slice_type < store_size.shape[0]
    stored = store_size[xp.where(known, slice_type, 0)] * 8
    bits = xp.where(m.type_kind[slice_type] == KIND_INT, width,
                    xp.where(known & (stored > 0), stored, slice_size * 8))
    bits = xp.minimum(bits, slice_size * 8)
    same = (slice_at == 0) & (slice_type == m.inst_aux_type[slice_alloca]) \
        & (slice_size == alloca_size[slice_alloca])
    before, columns, alloca_row = fragment_declares(m, split, slice_alloca, slice_at, bits, same,
                                                    slice_row)
    k = int(before.shape[0])
    return NewRows(columns=columns, before=before, owner=xp.arange(k, dtype=xp.int64),
                   tag=xp.full(k, TAG_VALUE, dtype=xp.int64), ref=alloca_row,
                   type=xp.full(k, -1, dtype=xp.int64))


def _merge_pieces(xp: Any, key: Any, size: Any, wide: Any, range_begin: Any,
                  range_end: Any) -> tuple[Any, Any, Any]:
    """Neighbouring pieces outside wide accesses that one memset or memcpy
    spans (its range strictly contains the point between them) are one byte
    array, as LLVM's partitions of splittable slices are; a merge that would
    give a native integer size is left undone (each part stays a whole
    integer of its own)."""
    if key.shape[0] < 2:
        return key, size, wide
    joins = xp.zeros(key.shape[0], dtype=bool)
    joins[1:] = (key[1:] == key[:-1] + size[:-1]) & ~wide[1:] & ~wide[:-1] \
        & (_covering(xp, range_begin, range_end, key[1:], True) > 0)
    group = xp.cumsum(~joins) - 1
    n_groups = int(group[-1]) + 1
    group_key = key[~joins]
    group_size = segment_max(xp, key + size, group, n_groups, 0) - group_key
    parts = xp.bincount(group, minlength=n_groups)[:n_groups]
    undone = (parts > 1) & xp.isin(group_size, xp.asarray(_LEGAL_BYTES))
    alone = undone[group]
    return (xp.concatenate((key[alone], group_key[~undone])),
            xp.concatenate((size[alone], group_size[~undone])),
            xp.concatenate((wide[alone], wide[~joins][~undone])))


def _piece_types(m: Module, size: Any, integer: Any) -> tuple[Module, Any]:
    """Type ids of pieces: ``iN`` for integer pieces, ``[N x i8]`` for the
    others (one type per distinct size and kind)."""
    xp = m.xp
    key = size.astype(xp.int64) * 2 + integer.astype(xp.int64)
    distinct, inverse = xp.unique(key, return_inverse=True)
    ids = []
    for value in distinct.tolist():  # distinct piece shapes
        bytes_, is_integer = value // 2, value % 2
        m, found = type_id(m, f"i{8 * bytes_}" if is_integer else f"[{bytes_} x i8]")
        ids.append(found)
    return m, xp.asarray(ids or [0], dtype=xp.int64)[inverse.reshape(-1)] if ids \
        else xp.zeros(0, dtype=xp.int64)


def _float_types(m: Module) -> list[int]:
    """Type ids of the floating-point types a bitcast turns into an integer of
    their size (x86_fp80's 80 bits sit in 10 bytes of 16: left out)."""
    return [row for row, text in enumerate(m.host.type_text)  # the type table
            if text in ("half", "bfloat", "float", "double", "fp128")] or [-1]


def _declared(m: Module, rows: Any) -> tuple[Any, Any]:
    """At each instruction row of ``rows``: whether its module declares
    llvm.memcpy.p0.p0.i64 and llvm.memset.p0.i64 (the calls byte array pieces
    take; each module of a joined batch by its own declarations)."""
    functions = m.inst_function[rows]

    def declares(name: str) -> Any:
        fact = function_facts(m, name[1:],  # (a joined module's own is renamed)
                              lambda line: line.startswith("declare") and name in line)
        return m.xp.asarray(fact)[functions]

    return declares("@llvm.memcpy.p0.p0.i64("), declares("@llvm.memset.p0.i64(")


def _alloca_rows(m: Module, before: Any, types: Any, aligns: Any) -> NewRows:
    """``alloca T, align A`` before each of ``before``."""
    xp = m.xp
    k = int(before.shape[0])
    pointer = m.host.type_text.index("ptr") if "ptr" in m.host.type_text else -1
    template, shape = texts(m, types, aligns, "alloca {T}, align {A}")
    empty = xp.zeros(0, dtype=xp.int64)
    return NewRows(
        columns={"inst_opcode": xp.full(k, op.ALLOCA), "inst_type": xp.full(k, pointer),
                 "inst_aux_type": types, "inst_shape": shape,
                 "inst_block": m.inst_block[before].astype(xp.int64),
                 "inst_function": m.inst_function[before].astype(xp.int64),
                 "inst_flags": xp.zeros(k, dtype=xp.int64), "inst_predicate": xp.full(k, -1),
                 "inst_name": xp.full(k, NAME_NUMBERED), "inst_template": template},
        before=before, owner=empty, tag=empty, ref=empty, type=empty)


def _store_rows(m: Module, before: Any, constant: Any, types: Any, aligns: Any,
                slice_row: Any) -> tuple[Module, NewRows]:
    """``store T C, ptr slice`` before each of ``before``."""
    xp = m.xp
    k = int(before.shape[0])
    m, pointer = type_id(m, "ptr")
    m, void = type_id(m, "void")
    template, shape = texts(m, types, aligns, "store {T} \0, ptr \0, align {A}")
    return m, NewRows(
        columns={"inst_opcode": xp.full(k, op.STORE), "inst_type": xp.full(k, void),
                 "inst_aux_type": xp.full(k, -1), "inst_shape": shape,
                 "inst_block": m.inst_block[before].astype(xp.int64),
                 "inst_function": m.inst_function[before].astype(xp.int64),
                 "inst_flags": xp.zeros(k, dtype=xp.int64), "inst_predicate": xp.full(k, -1),
                 "inst_name": xp.full(k, NAME_NONE), "inst_template": template},
        before=before, owner=xp.repeat(xp.arange(k, dtype=xp.int64), 2),
        tag=xp.tile(xp.asarray([TAG_CONSTANT, TAG_VALUE], dtype=xp.int64), k),
        ref=xp.stack((constant, slice_row), axis=1).reshape(-1),
        type=xp.stack((types, xp.full(k, pointer)), axis=1).reshape(-1))


def _fill_constants(m: Module, calls: MemoryCalls, row: Any, at: Any,
                    slice_type: Any) -> tuple[Module, Any]:
    """The constant each (fill call ``row``, slice of type ``slice_type`` at byte
    ``at`` of the filled range) pair stores: memset's byte repeated across an
    integer (or a null pointer for byte 0), or the initializer leaf of the
    memcpy's global at that offset when it has the slice's type; -1 where none."""
    xp = m.xp
    if row.shape[0] == 0:
        return m, xp.zeros(0, dtype=xp.int64)
    kind = calls.kind[row]
    width = m.type_width[slice_type].astype(xp.int64)
    is_int = m.type_kind[slice_type] == KIND_INT
    byte = calls.byte[row].astype(xp.uint64)
    splat = byte * xp.uint64(0x0101010101010101)
    mask = xp.where(width >= 64, xp.uint64(0xFFFFFFFFFFFFFFFF),
                    (xp.uint64(1) << xp.minimum(width, 63).astype(xp.uint64)) - xp.uint64(1))
    splat_ok = (kind == MEMSET) & is_int & (width % 8 == 0) & (width <= 64)
    null_ok = (kind == MEMSET) & (m.type_kind[slice_type] == KIND_PTR) & (byte == 0)
    query = calls.source[row] * OFFSETS + at
    found = xp.clip(xp.searchsorted(calls.leaf_key, query), 0,
                    max(calls.leaf_key.shape[0] - 1, 0))
    leaf_ok = (kind == COPY_CONSTANT) & (calls.leaf_key.shape[0] > 0)
    if calls.leaf_key.shape[0]:
        leaf_ok &= (calls.leaf_key[found] == query) & (calls.leaf_type[found] == slice_type)
    null_text = m.host.strings.intern("null")
    text = xp.where(leaf_ok, calls.leaf_text[found] if calls.leaf_key.shape[0] else -1,
                    xp.where(null_ok, null_text, -1))
    # an integer leaf is an integer constant, which folds; others keep their text
    leaf_int = leaf_ok & (calls.leaf_int[found] == 1) if calls.leaf_key.shape[0] else leaf_ok
    value = xp.where(leaf_int, calls.leaf_value[found] if calls.leaf_key.shape[0] else 0,
                     (splat & mask).view(xp.int64))
    text = xp.where(leaf_int, -1, text)
    m, ids = append_constants(m, slice_type,
                              xp.where(splat_ok | leaf_int, CONST_INT, CONST_OTHER),
                              value, text_ids=text)
    return m, xp.where(splat_ok | null_ok | leaf_ok, ids, -1)
