"""Some functions of a module as a module of their own, and back.

Passes that run rounds to a fixed point (instcombine, simplifycfg) change
fewer functions every round; a round's result for a function depends only on
that function and on module-wide facts, so later rounds can run on a module
cut down to the functions that changed in the round before and be merged
back.

- ``cut_functions``: the chosen functions with their arguments, blocks,
  instructions and operands, renumbered; the constant and type tables and
  the host tables are shared (passes only append to them; the lines that
  take a block's address are renumbered), so a rule sees the same
  module-wide facts in the cut.  What the host tables hold per function
  (headers, which joined module a function came from) is read through
  ``Module.function_host_row``, each cut function's row there.
- ``merge_functions``: the cut's rows put back in place of its functions'
  rows (each function a contiguous run of rows in every table, so a row's
  place is its function's new start plus its offset inside the function:
  a scan and a scatter per table, no sort).  The cut's constants, types and
  host tables (appended to) replace the parent's.  Blocks may be added or
  removed in the cut (simplifycfg's rounds): the module lines that take a
  block's address name block rows, which the cut renumbers into its own and
  the merge back.
- ``changed_functions``: which functions differ between two versions of a
  module with the same function table (every column compared at the same
  offset inside the function, references made relative to it).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from gpuopt.arrays import exclusive_cumsum
from gpuopt.ir.module import TAG_ARGUMENT, TAG_BLOCK, TAG_VALUE, HostTables, Module
from gpuopt.transforms.simplifycfg_host import (
    NOT_IN_CUT,
    blockaddress_positions,
    carry_facts,
    has_blockaddress,
    with_block_rows,
)

# Columns derived from others (run starts) or holding row references: the
# cut and the merge recompute or remap them; every other column is gathered.
_DERIVED = frozenset({
    "function_first_block", "function_block_count", "function_first_arg", "function_arg_count",
    "argument_function", "block_function", "block_first_inst", "inst_block", "inst_function",
    "inst_operand_start", "operand_owner", "operand_ref"})
_TABLES = ("argument_", "block_", "inst_", "operand_")


@dataclass(frozen=True)
class FunctionCut:
    """Where a cut came from: its function k is the parent's ``functions[k]``."""

    functions: Any          # parent function rows, ascending
    parent: Module


def _owners(m: Module) -> dict[str, Any]:
    """The function that owns each row, per table."""
    return {"argument_": m.argument_function, "block_": m.block_function,
            "inst_": m.inst_function, "operand_": m.inst_function[m.operand_owner]}


def _plain_columns(m: Module, prefix: str) -> list[str]:
    return [name for name in m.column_names()
            if name.startswith(prefix) and name not in _DERIVED]


def cut_functions(m: Module, chosen: Any) -> tuple[Module, FunctionCut]:
    """The module of the functions where ``chosen`` (a mask over function rows)
    is true."""
    xp = m.xp
    functions = xp.flatnonzero(chosen)
    function_index = (xp.cumsum(chosen) - 1).astype(xp.int32)
    owners = _owners(m)
    rows = {prefix: xp.flatnonzero(chosen[owners[prefix]]) for prefix in _TABLES}
    index = {prefix: xp.zeros(owners[prefix].shape[0], dtype=xp.int32) for prefix in _TABLES}
    for prefix in _TABLES:
        index[prefix][rows[prefix]] = xp.arange(rows[prefix].shape[0], dtype=xp.int32)
    columns = {name: getattr(m, name)[functions] for name in _plain_columns(m, "function_")}
    for prefix in _TABLES:
        columns.update({name: getattr(m, name)[rows[prefix]]
                        for name in _plain_columns(m, prefix)})
    block_count = m.function_block_count[functions]
    arg_count = m.function_arg_count[functions]
    block_inst_count = m.block_inst_count[rows["block_"]]
    inst_operand_count = m.inst_operand_count[rows["inst_"]]
    operand_tag = m.operand_tag[rows["operand_"]]
    operand_ref = m.operand_ref[rows["operand_"]]
    # the module lines that take a block's address name the cut's rows
    block_rows = xp.where(chosen[m.block_function], index["block_"], NOT_IN_CUT)
    sub = replace(m, host=with_block_rows(m.host, block_rows)).with_columns(
        **columns,
        function_block_count=block_count, function_first_block=exclusive_cumsum(xp, block_count),
        function_arg_count=arg_count, function_first_arg=exclusive_cumsum(xp, arg_count),
        argument_function=function_index[m.argument_function[rows["argument_"]]],
        block_function=function_index[m.block_function[rows["block_"]]],
        block_first_inst=exclusive_cumsum(xp, block_inst_count),
        inst_block=index["block_"][m.inst_block[rows["inst_"]]],
        inst_function=function_index[m.inst_function[rows["inst_"]]],
        inst_operand_start=exclusive_cumsum(xp, inst_operand_count),
        operand_owner=index["inst_"][m.operand_owner[rows["operand_"]]],
        operand_ref=_remap_refs(xp, operand_tag, operand_ref, index["inst_"], index["block_"],
                                index["argument_"]),
        # per-function host facts (headers, each joined module's lines) are
        # read through the host rows
        function_host_row=m.host_function_rows()[
            functions.get() if hasattr(functions, "get") else functions])
    return sub, FunctionCut(functions, m)


def merge_functions(sub: Module, cut: FunctionCut) -> Module:
    """The parent of ``cut`` with the functions of ``sub`` (the cut, after
    passes ran on it) in place of its own."""
    parent, xp = cut.parent, sub.xp
    n_functions = int(parent.function_name.shape[0])
    from_sub = xp.zeros(n_functions, dtype=bool)
    from_sub[cut.functions] = True
    parent_owners = _owners(parent)
    sub_owners = {prefix: cut.functions[owner] for prefix, owner in _owners(sub).items()}
    place_parent, place_sub, keep_parent, totals = {}, {}, {}, {}
    for prefix in _TABLES:
        parent_count = xp.bincount(parent_owners[prefix], minlength=n_functions)
        sub_count = xp.bincount(sub_owners[prefix], minlength=n_functions)
        start = exclusive_cumsum(xp, xp.where(from_sub, sub_count, parent_count))
        place_parent[prefix] = _places(xp, parent_owners[prefix], parent_count, start)
        place_sub[prefix] = _places(xp, sub_owners[prefix], sub_count, start)
        keep_parent[prefix] = ~from_sub[parent_owners[prefix]]
        totals[prefix] = int((xp.where(from_sub, sub_count, parent_count)).sum())

    def merged(prefix: str, parent_column: Any, sub_column: Any) -> Any:
        out = xp.empty(totals[prefix], dtype=parent_column.dtype)
        keep = keep_parent[prefix]
        out[place_parent[prefix][keep]] = parent_column[keep]
        out[place_sub[prefix]] = sub_column.astype(parent_column.dtype)
        return out

    columns = {name: merged(prefix, getattr(parent, name), getattr(sub, name))
               for prefix in _TABLES for name in _plain_columns(parent, prefix)}
    block_count = parent.function_block_count.copy()
    block_count[cut.functions] = sub.function_block_count
    block_inst_count = columns["block_inst_count"]
    inst_operand_count = columns["inst_operand_count"]
    parent_refs = _remap_refs(xp, parent.operand_tag, parent.operand_ref, place_parent["inst_"],
                              place_parent["block_"], place_parent["argument_"])
    sub_refs = _remap_refs(xp, sub.operand_tag, sub.operand_ref, place_sub["inst_"],
                           place_sub["block_"], place_sub["argument_"])
    host = _merged_block_rows(parent.host, sub.host, place_parent["block_"],
                              place_sub["block_"])
    return replace(sub, host=host).with_columns(
        **columns,
        **{name: getattr(parent, name) for name in _plain_columns(parent, "function_")},
        function_block_count=block_count, function_first_block=exclusive_cumsum(xp, block_count),
        function_arg_count=parent.function_arg_count,
        function_first_arg=parent.function_first_arg,
        argument_function=merged("argument_", parent.argument_function, sub_owners["argument_"]),
        block_function=merged("block_", parent.block_function, sub_owners["block_"]),
        block_first_inst=exclusive_cumsum(xp, block_inst_count),
        inst_block=merged("inst_", place_parent["block_"][parent.inst_block],
                          place_sub["block_"][sub.inst_block]),
        inst_function=merged("inst_", parent.inst_function, sub_owners["inst_"]),
        inst_operand_start=exclusive_cumsum(xp, inst_operand_count),
        operand_owner=merged("operand_", place_parent["inst_"][parent.operand_owner],
                             place_sub["inst_"][sub.operand_owner]),
        operand_ref=merged("operand_", parent_refs, sub_refs),
        function_host_row=parent.function_host_row)


def changed_functions(before: Module, after: Module) -> Any:
    """A mask over function rows: where ``after`` differs from ``before`` (two
    versions of one module, with the same function table)."""
    xp = after.xp
    n_functions = int(after.function_name.shape[0])
    owners_before, owners_after = _owners(before), _owners(after)
    changed = before.function_block_count != after.function_block_count
    starts_before, starts_after, aligned = {}, {}, {}
    for prefix in _TABLES:
        count_before = xp.bincount(owners_before[prefix], minlength=n_functions)
        count_after = xp.bincount(owners_after[prefix], minlength=n_functions)
        changed = changed | (count_before != count_after)
        starts_before[prefix] = exclusive_cumsum(xp, count_before)
        starts_after[prefix] = exclusive_cumsum(xp, count_after)
    for prefix in _TABLES:
        owner = owners_after[prefix]
        same_shape = ~changed[owner]
        rows = xp.arange(owner.shape[0], dtype=xp.int64)
        aligned[prefix] = (same_shape, xp.where(
            same_shape, rows - starts_after[prefix][owner] + starts_before[prefix][owner], 0))

    def local(m: Module, starts: dict[str, Any]) -> dict[str, Any]:
        """Row references made relative to their function's first row."""
        operand_function = m.inst_function[m.operand_owner]
        tag, ref = m.operand_tag, m.operand_ref
        ref = ref - xp.where(tag == TAG_VALUE, starts["inst_"][operand_function], 0)
        ref = ref - xp.where(tag == TAG_BLOCK, starts["block_"][operand_function], 0)
        ref = ref - xp.where(tag == TAG_ARGUMENT, starts["argument_"][operand_function], 0)
        return {"block_first_inst": m.block_first_inst - starts["inst_"][m.block_function],
                "inst_block": m.inst_block - starts["block_"][m.inst_function],
                "inst_operand_start": m.inst_operand_start - starts["operand_"][m.inst_function],
                "operand_owner": m.operand_owner - starts["inst_"][operand_function],
                "operand_ref": ref}

    local_before, local_after = local(before, starts_before), local(after, starts_after)
    for prefix in _TABLES:
        same_shape, rows_before = aligned[prefix]
        names = _plain_columns(after, prefix) + [name for name in local_after
                                                 if name.startswith(prefix)]
        differs = xp.zeros(same_shape.shape[0], dtype=bool)
        for name in names:  # columns, not rows
            column_after = local_after.get(name, getattr(after, name, None))
            column_before = local_before.get(name, getattr(before, name, None))
            if column_before.shape[0] == 0:  # then every row's function changed shape
                continue
            differs |= column_after != column_before[rows_before]
        changed = changed | (xp.bincount(owners_after[prefix][differs & same_shape],
                                         minlength=n_functions) > 0)
    return changed


def worth_cutting(m: Module, active: Any) -> bool:
    """Cut when the active functions hold at most half of the instructions
    (a cut and its merge cost about as much as a few rules over the rest)."""
    active_rows = int(active[m.inst_function].sum())
    return 2 * active_rows <= m.n_instructions and bool(active.any())


def _merged_block_rows(parent: HostTables, sub: HostTables, place_parent: Any,
                       place_sub: Any) -> HostTables:
    """``sub``'s host tables with the block rows of its ``blockaddress`` items
    taken to the merged module's rows: the cut's own through ``place_sub``,
    those it left out from the parent's item at the same place (a cut only
    appends items) through ``place_parent``."""
    if not has_blockaddress(sub):
        return sub
    to_parent = (place_parent.get() if hasattr(place_parent, "get") else place_parent).tolist()
    to_sub = (place_sub.get() if hasattr(place_sub, "get") else place_sub).tolist()
    items = list(sub.items)
    for position in blockaddress_positions(sub):  # a few items
        pieces, named = items[position][1]
        theirs = parent.items[position][1][1]
        items[position] = ("blockaddress", (pieces, [
            to_sub[row] if row != NOT_IN_CUT
            else row if parent_row == NOT_IN_CUT else to_parent[parent_row]
            for row, parent_row in zip(named, theirs, strict=True)]))
    out = replace(sub, items=items)
    carry_facts(sub, out)
    return out


def _places(xp: Any, owner: Any, count: Any, start: Any) -> Any:
    """Each row's place: its function's new start plus its offset in the function."""
    rows = xp.arange(owner.shape[0], dtype=xp.int32)
    return (start[owner] + rows - exclusive_cumsum(xp, count)[owner]).astype(xp.int32)


def _remap_refs(xp: Any, tag: Any, ref: Any, inst_index: Any, block_index: Any,
                argument_index: Any) -> Any:
    """Operand references through the new rows of instructions, blocks and
    arguments (constants and globals keep theirs)."""
    def through(index: Any, wanted: int, refs: Any) -> Any:
        hit = tag == wanted
        if index.shape[0] == 0:
            return refs
        return xp.where(hit, index[xp.where(hit, ref, 0)], refs)

    out = through(inst_index, TAG_VALUE, ref)
    out = through(block_index, TAG_BLOCK, out)
    return through(argument_index, TAG_ARGUMENT, out).astype(ref.dtype)
