"""sroa: scalar replacement of aggregates, then promotion, for every function at once.

Splitting (``split_allocas``), one whole-module array program per round:

1. every GEP whose indices are all constant gets its byte offset
   (ir/layout.py walks the index positions of all GEPs at once); chains of such
   GEPs are resolved to their alloca and total offset by pointer jumping;
2. every use of an alloca or of a pointer derived from it is classified: a
   simple load or store through it (an access of some bytes at an offset), a
   fill (a memset of a constant byte, a memcpy from a constant global, or a
   memcpy from any other pointer, over a constant length), a copy out (a
   memcpy from it to another pointer), a constant GEP (derivation), ``llvm.lifetime`` markers
   and debug records (dropped with the alloca).  Anything else (the address
   stored, passed to a call, compared, a variable index, volatile access, an
   access past the end) leaves the alloca alone;
3. the accesses of each remaining alloca, sorted by offset, form its slices:
   accesses at one offset must have one type and slices must not overlap
   (partial overlaps would need LLVM's integer widening; such allocas stay
   as they are); a fill or copy must cover whole slices, and a copy out
   must find every byte of its range in a slice;
4. each slice becomes a new alloca of the accessed type, every access
   points at its slice, each fill becomes a store of the constant each of its
   slices receives (the memset byte repeated, or the global's initializer
   leaf at that offset: ir/initializers.py), each copy in or out becomes a
   load and a store per slice (through a byte GEP on the other pointer), and
   the old alloca with its GEPs, fills, copies, markers and debug records
   goes.  A copy between two allocas that both split is rewritten on the
   destination's side; the source sees plain loads in the next round.  An alloca that is never
   loaded splits into slices that are only stored, which promotion then
   removes.

Promotion is mem2reg's (transforms/mem2reg.py).  Split and promote repeat until
neither changes anything: promoting a slot that held an alloca's address turns
that alloca's uses into direct accesses.

Differs from LLVM's SROA: memmove, aggregate loads and stores, and an alloca
that is only copied through (no load or store of its own to slice it by) are
not split (such allocas stay in memory; instcombine then removes the ones
that are only written), slices whose accesses disagree in
type or overlap are not rewritten through integer shifts or casts, debug
records of split allocas are dropped rather than turned into fragments, and
only modules with the x86-64 data layout are split (others are promoted only).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

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
from gpuopt.arrays import expand
from gpuopt.ir import opcodes as op
from gpuopt.ir.layout import TypeLayout, gep_offsets, type_layout
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
from gpuopt.ir.rewrite import append_constants, delete_instructions, insert_instructions, type_id
from gpuopt.transforms.mem2reg import promote


@dataclass(frozen=True)
class SROA:
    name: ClassVar[str] = "sroa"
    llvm_class: ClassVar[str] = "SROAPass"

    def apply(self, m: Module) -> tuple[Module, dict[str, int]]:
        totals = {"Number of allocas promoted": 0, "Number of allocas split": 0,
                  "Number of new allocas": 0}
        for _ in range(m.n_instructions + 1):  # each round splits or promotes something
            m, split, new = split_allocas(m)
            m, statistics = promote(m)
            promoted = statistics.get("Number of alloca's promoted", 0)
            totals["Number of allocas split"] += split
            totals["Number of new allocas"] += new
            totals["Number of allocas promoted"] += promoted
            if not split and not promoted:
                break
        return m, {key: value for key, value in totals.items() if value}


def split_allocas(m: Module) -> tuple[Module, int, int]:
    """One round of splitting; returns the module, how many allocas were split
    and how many slice allocas replaced them."""
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
    in_bounds = (access_size > 0) & (access_at >= 0) \
        & (access_at + access_size <= lay.size[aux[xp.maximum(alloca, 0)]])
    access = use & (load | store) & in_bounds
    fill &= use & in_bounds
    copy_out &= use & in_bounds
    harmless = (owner_opcode == op.GEP) & (position == 0) & derived[owner] \
        | (owner_opcode == op.DBG_RECORD) | (call_kind == LIFETIME)
    bad = use & ~(access | fill | copy_out | harmless)
    blocked = xp.bincount(alloca[bad], minlength=n)[:n] > 0

    # -- 3. slices: accesses sorted by (alloca, offset, type) --------------------------
    uses = xp.flatnonzero(access & ~blocked[xp.maximum(alloca, 0)])
    key_alloca, key_at, key_type = alloca[uses], access_at[uses], access_type[uses]
    order = xp.lexsort(xp.stack((key_type, key_at, key_alloca)))
    uses, key_alloca, key_at, key_type = uses[order], key_alloca[order], key_at[order], \
        key_type[order]
    key_size = lay.store[key_type]
    same_alloca = key_alloca[1:] == key_alloca[:-1]
    same_at = same_alloca & (key_at[1:] == key_at[:-1])
    conflict = (same_at & (key_type[1:] != key_type[:-1])) \
        | (same_alloca & ~same_at & (key_at[:-1] + key_size[:-1] > key_at[1:]))
    blocked |= xp.bincount(key_alloca[1:][conflict], minlength=n)[:n] > 0
    first = xp.ones(uses.shape[0], dtype=bool)
    first[1:] = (key_alloca[1:] != key_alloca[:-1]) | (key_at[1:] != key_at[:-1])
    slice_of_use = xp.cumsum(first) - 1
    slice_alloca, slice_at, slice_type = key_alloca[first], key_at[first], key_type[first]

    # -- 4. ranges (fills and copies out): the slices they cover ----------------------
    fills = xp.flatnonzero((fill | copy_out) & ~blocked[xp.maximum(alloca, 0)])
    fill_alloca, fill_at = alloca[fills], access_at[fills]
    fill_end = fill_at + access_size[fills]
    slice_key = slice_alloca * OFFSETS + slice_at
    slice_end = slice_at + lay.store[slice_type]
    low = xp.searchsorted(slice_key, fill_alloca * OFFSETS + fill_at)
    high = xp.searchsorted(slice_key, fill_alloca * OFFSETS + fill_end)
    before = xp.maximum(low - 1, 0)
    last = xp.maximum(high - 1, 0)
    straddles = ((low > 0) & (slice_alloca[before] == fill_alloca) & (slice_end[before] > fill_at)
                 if slice_key.shape[0] else xp.zeros(fills.shape[0], dtype=bool))
    if slice_key.shape[0]:
        straddles |= (high > low) & (slice_end[last] > fill_end)
    pair_fill, pair_slice = expand(xp, low, high - low)
    pair_row = owner[fills[pair_fill]]
    pair_at = slice_at[pair_slice] - fill_at[pair_fill]
    m, pair_constant = _fill_constants(m, lay, calls, pair_row, pair_at, slice_type[pair_slice])
    pair_copies = calls.kind[pair_row] == COPY_LOCAL
    blocked |= xp.bincount(fill_alloca[straddles], minlength=n)[:n] > 0
    blocked |= xp.bincount(fill_alloca[pair_fill[(pair_constant < 0) & ~pair_copies]],
                           minlength=n)[:n] > 0
    # a copy out must find every byte of its range in some slice
    covered = xp.bincount(pair_fill, weights=lay.store[slice_type[pair_slice]].astype(xp.float64),
                          minlength=fills.shape[0])[:fills.shape[0]]
    gaps = copy_out[fills] & (covered != access_size[fills])
    blocked |= xp.bincount(fill_alloca[gaps], minlength=n)[:n] > 0

    # an alloca whose accesses are all of its own type at offset 0 through the
    # alloca itself is promotion's already
    reshaped = (key_at != 0) | (key_type != m.inst_aux_type[key_alloca]) \
        | (target[uses] != key_alloca)
    needs_split = (xp.bincount(key_alloca[reshaped], minlength=n)[:n] > 0) \
        | (xp.bincount(fill_alloca, minlength=n)[:n] > 0)
    accessed = xp.bincount(key_alloca, minlength=n)[:n] > 0
    split = candidate & ~blocked & (needs_split | ~accessed)
    into_split = copy_out[fills] & (destination_root[fills] >= 0) \
        & split[xp.maximum(destination_root[fills], 0)]
    split &= ~(xp.bincount(fill_alloca[into_split], minlength=n)[:n] > 0)
    n_split = int(split.sum())
    if n_split == 0:
        return m, 0, 0

    # -- 5. rewrite: slice allocas before the old ones, accesses point at them, --------
    # each fill becomes stores of constants into its slices
    kept_slices = split[slice_alloca]
    slice_number = xp.cumsum(kept_slices) - 1
    kept_uses = split[key_alloca]
    uses, slice_of_use = uses[kept_uses], slice_number[slice_of_use[kept_uses]]
    slice_alloca, slice_type = slice_alloca[kept_slices], slice_type[kept_slices]
    kept_pairs = split[fill_alloca[pair_fill]]
    copies = kept_pairs & pair_copies
    kept_pairs &= ~pair_copies
    copy_row, copy_at = pair_row[copies], pair_at[copies]
    copy_in = ~copy_out[fills[pair_fill[copies]]]
    copy_slice = slice_number[pair_slice[copies]]
    pair_row, pair_constant = pair_row[kept_pairs], pair_constant[kept_pairs]
    pair_slice = slice_number[pair_slice[kept_pairs]]
    n_slices, n_stores = int(slice_alloca.shape[0]), int(pair_row.shape[0])
    # refs to the rows about to be appended (n + k), which insertion then places
    operand_ref = m.operand_ref.astype(xp.int64)
    operand_ref[uses] = n + slice_of_use
    m = m.with_columns(operand_ref=operand_ref.astype(xp.int32))
    m, pointer = type_id(m, "ptr")
    m, void = type_id(m, "void")
    alloca_templates, alloca_shapes = _texts(m, lay, slice_type, "alloca {T}, align {A}")
    store_templates, store_shapes = _texts(m, lay, slice_type[pair_slice],
                                           "store {T} \0, ptr \0, align {A}")
    new = {
        "inst_opcode": xp.concatenate((xp.full(n_slices, op.ALLOCA), xp.full(n_stores, op.STORE))),
        "inst_type": xp.concatenate((xp.full(n_slices, pointer), xp.full(n_stores, void))),
        "inst_aux_type": xp.concatenate((slice_type, xp.full(n_stores, -1))),
        "inst_shape": xp.concatenate((alloca_shapes, store_shapes)),
        "inst_block": m.inst_block[xp.concatenate((slice_alloca, pair_row))],
        "inst_function": m.inst_function[xp.concatenate((slice_alloca, pair_row))],
        "inst_flags": xp.zeros(n_slices + n_stores),
        "inst_predicate": xp.full(n_slices + n_stores, -1),
        "inst_name": xp.concatenate((xp.full(n_slices, NAME_NUMBERED),
                                     xp.full(n_stores, NAME_NONE))),
        "inst_template": xp.concatenate((alloca_templates, store_templates)),
    }
    store_owner = xp.repeat(n_slices + xp.arange(n_stores, dtype=xp.int64), 2)
    store_tag = xp.tile(xp.asarray([TAG_CONSTANT, TAG_VALUE], dtype=xp.int64), n_stores)
    store_ref = xp.stack((pair_constant, n + pair_slice), axis=1).reshape(-1)
    store_type = xp.stack((slice_type[pair_slice], xp.full(n_stores, pointer)),
                          axis=1).reshape(-1)
    m, copied = _copy_rows(m, lay, copy_row, copy_at, copy_in, slice_type[copy_slice],
                           n + copy_slice, n + n_slices + n_stores, pointer, void)
    new = {name: xp.concatenate((column, copied.columns[name])) for name, column in new.items()}
    m, index = insert_instructions(
        m, xp.concatenate((slice_alloca, pair_row, copied.before)), new,
        xp.concatenate((store_owner, n_slices + n_stores + copied.owner)),
        xp.concatenate((store_tag, copied.tag)),
        xp.concatenate((store_ref, copied.ref)), xp.concatenate((store_type, copied.type)))

    # the old allocas, their GEPs, fills, lifetime markers and debug records go
    dropped = split | (derived & split[xp.maximum(root, 0)])
    owner_drops = xp.zeros(n, dtype=bool)
    owner_drops[owner[use & split[xp.maximum(alloca, 0)] & (harmless | fill | copy_out)]] = True
    keep = xp.ones(index.shape[0], dtype=bool)
    keep[index[:n][dropped | owner_drops]] = False
    return delete_instructions(m, keep), n_split, n_slices


@dataclass(frozen=True)
class _NewRows:
    """Instruction rows to insert: their ``inst_`` columns, the row each goes
    before, and their operands (owner numbered among all new rows)."""

    columns: dict[str, Any]
    before: Any
    owner: Any
    tag: Any
    ref: Any
    type: Any


def _copy_rows(m: Module, lay: TypeLayout, row: Any, at: Any, copy_in: Any, slice_type: Any,
               slice_row: Any, first: int, pointer: int, void: int) -> tuple[Module, _NewRows]:
    """For each (memcpy ``row``, slice) pair: ``p = getelementptr inbounds i8, ptr
    OTHER, i64 at``, then for a copy in ``v = load T, ptr p`` and ``store T v, ptr
    slice``, for a copy out ``v = load T, ptr slice`` and ``store T v, ptr p``.
    OTHER is the memcpy's other pointer; new rows are numbered from ``first``
    (GEPs, then loads, then stores), slices are rows ``slice_row``."""
    xp = m.xp
    k = int(row.shape[0])
    m, i8 = type_id(m, "i8")
    m, i64 = type_id(m, "i64")
    m, offsets = append_constants(m, xp.full(k, i64), xp.full(k, CONST_INT), at)
    start = m.inst_operand_start[row]
    other = xp.where(copy_in, start + 1, start)  # the source for a copy in, else the destination
    gep_template = len(m.host.templates)
    m.host.templates.append(["getelementptr inbounds i8, ptr ", ", i64 ", ""])
    gep_shape = m.host.strings.intern("getelementptr inbounds i8, ptr \0, i64 \0")
    near_templates, near_shapes = _texts(m, lay, slice_type, "load {T}, ptr \0, align {A}")
    far_templates, far_shapes = _texts(m, lay, slice_type, "load {T}, ptr \0, align 1")
    load_templates = xp.where(copy_in, far_templates, near_templates)
    load_shapes = xp.where(copy_in, far_shapes, near_shapes)
    near_templates, near_shapes = _texts(m, lay, slice_type, "store {T} \0, ptr \0, align {A}")
    far_templates, far_shapes = _texts(m, lay, slice_type, "store {T} \0, ptr \0, align 1")
    store_templates = xp.where(copy_in, near_templates, far_templates)
    store_shapes = xp.where(copy_in, near_shapes, far_shapes)
    geps, loads = first + xp.arange(k), first + k + xp.arange(k)
    numbered, none = xp.full(k, NAME_NUMBERED), xp.full(k, NAME_NONE)
    zero = xp.where(at == 0, op.FLAG_ZERO_INDICES, 0)
    columns = {
        "inst_opcode": xp.concatenate((xp.full(k, op.GEP), xp.full(k, op.LOAD),
                                       xp.full(k, op.STORE))),
        "inst_type": xp.concatenate((xp.full(k, pointer), slice_type, xp.full(k, void))),
        "inst_aux_type": xp.concatenate((xp.full(k, i8), xp.full(2 * k, -1))),
        "inst_shape": xp.concatenate((xp.full(k, gep_shape), load_shapes, store_shapes)),
        "inst_block": xp.tile(m.inst_block[row], 3),
        "inst_function": xp.tile(m.inst_function[row], 3),
        "inst_flags": xp.concatenate((op.FLAG_INBOUNDS | zero, xp.zeros(2 * k, dtype=xp.int64))),
        "inst_predicate": xp.full(3 * k, -1),
        "inst_name": xp.concatenate((numbered, numbered, none)),
        "inst_template": xp.concatenate((xp.full(k, gep_template), load_templates,
                                         store_templates)),
    }
    value = xp.full(k, TAG_VALUE)
    load_pointer = xp.where(copy_in, geps, slice_row)
    store_pointer = xp.where(copy_in, slice_row, geps)
    number = xp.arange(k)
    return m, _NewRows(
        columns=columns, before=xp.tile(row, 3),
        # owners are numbered within this group: the caller offsets them
        owner=xp.concatenate((number, number, k + number, 2 * k + number, 2 * k + number)),
        tag=xp.concatenate((m.operand_tag[other].astype(xp.int64), xp.full(k, TAG_CONSTANT),
                            value, value, value)),
        ref=xp.concatenate((m.operand_ref[other].astype(xp.int64), offsets.astype(xp.int64),
                            load_pointer, loads, store_pointer)),
        type=xp.concatenate((xp.full(k, pointer), xp.full(k, i64), xp.full(k, pointer),
                             slice_type, xp.full(k, pointer))))


def _fill_constants(m: Module, lay: TypeLayout, calls: MemoryCalls, row: Any, at: Any,
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
    m, ids = append_constants(m, slice_type, xp.where(splat_ok, CONST_INT, CONST_OTHER),
                              (splat & mask).view(xp.int64), text_ids=text)
    return m, xp.where(splat_ok | null_ok | leaf_ok, ids, -1)


def _texts(m: Module, lay: TypeLayout, types: Any, pattern: str) -> tuple[Any, Any]:
    """Template and shape ids of ``pattern`` with {T} the type and {A} its
    alignment, for each of ``types``; operands go where the pattern has \\0
    (one template per distinct type)."""
    xp = m.xp
    distinct, inverse = xp.unique(types, return_inverse=True)
    template_ids, shape_ids = [], []
    for type_row, align in zip(distinct.tolist(), lay.align[distinct].tolist(), strict=True):
        text = pattern.format(T=m.host.type_text[type_row], A=align)
        template_ids.append(len(m.host.templates))
        m.host.templates.append(text.split("\0"))
        shape_ids.append(m.host.strings.intern(text))
    return xp.asarray(template_ids or [0])[inverse], xp.asarray(shape_ids or [0])[inverse]
