"""What simplifycfg's rounds share: host-side facts and per-module results.

simplifycfg runs its steps in rounds, and several steps ask the same questions
of the host text every round (which blocks a ``blockaddress`` names, which
callees are nounwind, the named types' bodies, the globals loads may touch).
The answers are kept on the host tables by ``ir/host_facts.py``, keyed by the
identity and length of the module's item list and the type table; so that
they last from round to round, removing blocks keeps the host tables (and so
their item list) as they are when no ``blockaddress`` needs renumbering, and
else carries the facts over to the renumbered item list.

Steps that change nothing hand the module on as it is, and the next steps
derive the same arrays from it again (the CFG, the terminators, use counts,
what may be speculated): ``per_module`` keeps a few such results, by the
identity of their arguments, while ``shared_results`` is open.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any, TypeVar

from gpuopt.analysis import cfg as cfg_module
from gpuopt.ir import rewrite
from gpuopt.ir.host_facts import fact_key, kept_while_items
from gpuopt.ir.module import HostTables, Module

# Stands in for the host tables where a block rewrite has no blockaddress to
# renumber: the rewrite then rebuilds an empty item list.
_NO_ITEMS = HostTables()


_ROWS_QUESTION = ("simplifycfg blockaddress rows",)
# In a module cut down to some functions: a row of a ``blockaddress`` item
# that names a block of a function the cut left out (the merge takes it back
# from the parent).
NOT_IN_CUT = -1


def blockaddress_rows(host: HostTables) -> list[int]:
    """Every block row a ``blockaddress`` item names, in item order, but those
    of blocks a cut left out (``NOT_IN_CUT``; kept while the item list stays
    the same: the type table's growth does not change it)."""
    return kept_while_items(host, _ROWS_QUESTION, lambda: [
        row for kind, payload in host.items if kind == "blockaddress"
        for row in payload[1] if row != NOT_IN_CUT])  # module lines, not instructions


def blockaddress_positions(host: HostTables) -> list[int]:
    """Where the ``blockaddress`` items are in the item list (kept while the
    item list stays the same, and carried to a renumbered copy: a batch's
    list has hundreds of thousands of lines, and a few such items)."""
    return kept_while_items(host, ("simplifycfg blockaddress positions",), lambda: [
        position for position, (kind, _) in enumerate(host.items)
        if kind == "blockaddress"])  # module lines


def has_blockaddress(host: HostTables) -> bool:
    """Whether any module item is a ``blockaddress``."""
    return bool(blockaddress_positions(host))


def delete_blocks(m: Module, keep: Any) -> Module:
    """``rewrite.delete_blocks``, keeping the host tables (and the facts
    remembered on them) where no ``blockaddress`` item needs renumbering, and
    else carrying the facts over to the renumbered items."""
    out = rewrite.delete_blocks(replace(m, host=_NO_ITEMS), keep)
    if has_blockaddress(m.host) and not bool(keep.all()):
        return replace(out, host=with_block_rows(m.host, m.xp.cumsum(keep) - 1))
    return replace(out, host=m.host)


def with_block_rows(host: HostTables, index: Any) -> HostTables:
    """``host`` with the block rows its ``blockaddress`` items name taken
    through ``index`` (old row -> new row), the facts remembered on it carried
    over; ``host`` itself where no item is a ``blockaddress``."""
    if not has_blockaddress(host):
        return host
    rows = (index.get() if hasattr(index, "get") else index).tolist()
    items = list(host.items)
    for position in blockaddress_positions(host):  # a few items
        pieces, named = items[position][1]
        items[position] = ("blockaddress", (pieces, [rows[b] if b != NOT_IN_CUT else b
                                                     for b in named]))
    out = replace(host, items=items)
    carry_facts(host, out)
    return out


def carry_facts(old: HostTables, new: HostTables) -> None:
    """Remember on ``new`` what ``old`` remembers of its current items and
    types, where ``new``'s items are ``old``'s with blockaddress rows
    renumbered: every other item, the ``text`` lines all facts are read from,
    is the same.  (Of the answers kept with the item list, by
    ``kept_while_items``, all but the blockaddress rows carry too.)"""
    if new is old:
        return
    if "_facts" in old.__dict__:
        _, current = fact_key(old, None)
        carried = fact_key(new, None)[1]
        facts = new.__dict__.setdefault("_facts", {})
        for key, answer in list(old.__dict__["_facts"].items()):  # remembered answers
            question = key[0]
            if key[1:] == current[1:]:
                facts[(question, *carried[1:])] = answer
    old_key, new_key = (id(old.items), len(old.items)), (id(new.items), len(new.items))
    kept = new.__dict__.setdefault("_item_facts", {})
    for question, (key, answer, extend) in list(old.__dict__.get("_item_facts", {}).items()):
        if key == old_key and question != _ROWS_QUESTION and question not in kept:
            kept[question] = (new_key, answer, extend)


# -- results shared between steps ----------------------------------------------

# While simplifycfg runs: per wrapped function, its last few arguments and
# results (a function called with and without an optional argument keeps both).
_SHARED: list[dict[Any, list[tuple[tuple[Any, ...], Any]]]] = []
_KEPT = 4

F = TypeVar("F", bound=Callable[..., Any])


@contextmanager
def shared_results() -> Iterator[None]:
    """Within: functions wrapped by ``per_module`` give their earlier result
    again when called on the very same arguments (the same module object: the
    steps of a round that change nothing hand it on as it is).  Columns are
    never written in place, so an unchanged module means unchanged results."""
    _SHARED.append({})
    try:
        yield
    finally:
        _SHARED.pop()


def per_module(function: F) -> F:
    """``function`` (of a module and further arguments, none by keyword), its
    results reused inside ``shared_results`` for identical arguments.  A
    result that is a (new module, ...) tuple is not kept."""

    @functools.wraps(function)
    def shared(*args: Any) -> Any:
        if not _SHARED:
            return function(*args)
        kept = _SHARED[-1].setdefault(function, [])
        for old, result in kept:  # a few entries
            if len(old) == len(args) and all(a is b for a, b in zip(old, args, strict=True)):
                return result
        out = function(*args)
        if not (isinstance(out, tuple) and out and isinstance(out[0], Module)
                and out[0] is not args[0]):
            kept.insert(0, (args, out))
            del kept[_KEPT:]
        return out

    return shared  # type: ignore[return-value]


build_cfg = per_module(cfg_module.build_cfg)
use_counts = per_module(rewrite.use_counts)
