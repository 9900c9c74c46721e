"""Optimizing through the store: look every function up, optimize the misses
in one batch, reassemble each module.

A run with ``--store PATH`` cuts each input into units (entities.py), asks
the store for all their keys at once, joins the units it lacks into one
batch (batch.py shares the launches among them), stores what they became,
and puts every module back together from stored results.  The key covers
the unit's text, the pipeline and gpuopt's own code (a digest of its
sources), so a changed gpuopt never reuses an older result.

Input errors read as without the store: a unit that does not read sends the
whole module to the reader, which reports the error at its own line and
column; and the module's lines outside functions are read on every run, so
an error there is found even when every function is reused.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

from gpuopt.batch import Batch
from gpuopt.diagnostics import SourceError
from gpuopt.ir.reader import read_module
from gpuopt.kept import Kept
from gpuopt.passes.manager import PassRecord
from gpuopt.store import Entry, Store
from gpuopt.store.entities import (
    Cut,
    StoreFormatError,
    Unit,
    assemble,
    cut,
    skeleton,
    stored_value,
)


@cache
def code_digest() -> str:
    """A digest of gpuopt's own sources: part of every key."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


# Optimizes (text, name) units into their texts, in order: the batch itself,
# or a Ray pool (cluster/dispatch.py).
UnitOptimizer = Callable[[list[tuple[str, str]]], list[str]]


def optimize_with_store(batch: Batch, store: Store | None, passes: str,
                        sources: list[tuple[str, str]],
                        optimize_units: UnitOptimizer | None = None) -> list[str]:
    """Each (text, name)'s optimized text, through the store; with no store,
    every unit is a miss (a ``--ray`` run cuts modules into units too).
    The units are looked up before any is optimized, and only the driver
    writes the store."""
    start = time.perf_counter()
    salt = f"{passes}\0{code_digest()}"
    cuts: list[Cut] = []
    for text, name in sources:
        try:
            read_module(skeleton(text), name)  # errors outside functions, at their lines
        except SourceError:
            read_module(text, name)  # the error as a plain read reports it
            raise
        cuts.append(cut(text, salt))
    units = [unit for found in cuts for unit in found.units]
    wanted = {unit.key: unit for unit in units}
    stored = {} if store is None else \
        {key: entry.body for key, entry in store.get_many(list(wanted)).items()}
    reused = sum(unit.key in stored for unit in units)
    misses = [unit for key, unit in wanted.items() if key not in stored]
    batch.phase("store lookup" if store is not None else "cut into functions", start)
    if misses:
        owners = {unit.key: name for found, (_, name) in zip(cuts, sources, strict=True)
                  for unit in found.units}
        optimized = _optimize_units(batch, misses, owners, sources, optimize_units)
        entries = []
        for unit, text in zip(misses, optimized, strict=True):
            stored[unit.key] = stored_value(unit, text)
            entries.append(Entry(unit.key, unit.name, stored[unit.key], unit.callees))
        if store is not None:
            start = time.perf_counter()
            store.put_many(entries)
            batch.phase("store write", start)
    start = time.perf_counter()
    outputs = [assemble(found, [stored[unit.key] for unit in found.units]) for found in cuts]
    batch.phase("store assemble" if store is not None else "assemble modules", start)
    if store is None:
        return outputs
    batch.records.append(PassRecord("store", "Store", 0.0, {
        "Functions reused from the store": reused,
        "Functions optimized and stored": len(misses)}, 0, 0))
    return outputs


def _optimize_units(batch: Batch, misses: list[Unit], owners: dict[str, str],
                    sources: list[tuple[str, str]],
                    optimize_units: UnitOptimizer | None) -> list[str]:
    """The missing units optimized in one batch; a unit that does not read
    means the module's own text has the error (reported as a plain read
    reports it) or, failing that, a unit this file built wrong."""
    units = [(unit.text, f"{owners[unit.key]}: @{unit.name}") for unit in misses]
    try:
        if optimize_units is None:
            return batch.optimize_all(units, printed=True)
        return optimize_units(units)
    except SourceError as failure:
        if failure.source not in {name for _, name in units}:
            raise  # a whole module's own error (--ray and --jobs send small ones whole)
        for text, name in sources:
            read_module(text, name)
        raise StoreFormatError(f"the store built a unit that does not read: {failure}") \
            from None


class OpenStores(Kept[Store]):
    """Stores a process has open.  A run closes its own when it ends; the
    server keeps them open between requests (``keep``), so that a CozoDB
    store, which takes one process's writes, has one writer."""

    @classmethod
    def get(cls, path: str, kind: str) -> Store:
        from gpuopt.store import open_store

        key = (str(Path(path).resolve()), kind)
        return cls.opened(key, lambda: open_store(*key), Store.close)
