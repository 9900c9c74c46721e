"""Array primitives shared by passes and analyses, for NumPy and CuPy alike.

Each says its parallel depth.  Scatter reductions are the only operations
whose spelling differs between the two libraries; they live here, once.
"""

from __future__ import annotations

import functools
from typing import Any

from gpuopt.backend import uses_fused_kernels


def exclusive_cumsum(xp: Any, counts: Any) -> Any:
    """Start offsets of consecutive runs of the given lengths (a scan: log depth)."""
    out = xp.zeros(counts.shape[0], dtype=xp.int32)
    if counts.shape[0] > 1:
        out[1:] = xp.cumsum(counts[:-1]).astype(xp.int32)
    return out


def lookup(xp: Any, keys: list[int], values: list[int], queries: Any,
           missing: int = 0) -> Any:
    """``values[k]`` for each query equal to ``keys[k]`` (keys sorted and
    distinct: a host table of a few distinct shapes or templates), ``missing``
    for the others.  One binary search per query (log depth)."""
    if not keys:
        return xp.full(queries.shape[0], missing, dtype=xp.int64)
    table = xp.asarray(keys, dtype=xp.int64)
    position = xp.clip(xp.searchsorted(table, queries), 0, table.shape[0] - 1)
    return xp.where(table[position] == queries,
                    xp.asarray(values, dtype=xp.int64)[position], missing)


def _scatter(xp: Any, name: str, target: Any, index: Any, values: Any) -> None:
    ufunc = getattr(xp, name)
    if hasattr(ufunc, "at"):
        ufunc.at(target, index, values)
        return
    import cupyx  # type: ignore[import-not-found]  # older CuPy: scatter_* helpers

    getattr(cupyx, f"scatter_{name[:3]}")(target, index, values)


def segment_min(xp: Any, values: Any, segment: Any, n_segments: int, empty: int) -> Any:
    """Per segment id, the minimum of its values (``empty`` where it has none).
    A scatter-min: constant depth, atomics whose order does not matter for min."""
    out = xp.full(n_segments, empty, dtype=values.dtype)
    _scatter(xp, "minimum", out, segment, values)
    return out


def segment_max(xp: Any, values: Any, segment: Any, n_segments: int, empty: int) -> Any:
    """Per segment id, the maximum of its values (``empty`` where it has none)."""
    out = xp.full(n_segments, empty, dtype=values.dtype)
    _scatter(xp, "maximum", out, segment, values)
    return out


def expand(xp: Any, starts: Any, counts: Any) -> tuple[Any, Any]:
    """For runs (start, count), every (run index, element index) pair: CSR expansion
    by a scan and a binary search (log depth).  (CuPy's repeat takes no array
    of counts, so the run of each output slot is found by searchsorted: the
    last run starting at or before it, which is never an empty one.)"""
    if uses_fused_kernels(xp):
        return _expand_fused(xp, starts, counts)
    offsets = exclusive_cumsum(xp, counts).astype(xp.int64)
    total = int(counts.sum())
    slots = xp.arange(total, dtype=xp.int64)
    run = (xp.searchsorted(offsets, slots, side="right") - 1).astype(xp.int64)
    return run, starts[run] + (slots - offsets[run])


# Per output slot: its run is the first whose inclusive end is past the slot
# (the nonempty run holding it), as the searchsorted above finds it.
_EXPAND = r"""
long long low = 0, high = n_runs;
while (low < high) {
    const long long middle = (low + high) / 2;
    if (inclusive[middle] > i) high = middle; else low = middle + 1;
}
run = low;
element = starts[low] + (i - (inclusive[low] - counts[low]));
"""


@functools.cache
def _expand_kernel(cupy: Any) -> Any:
    return cupy.ElementwiseKernel(
        "raw int64 inclusive, raw int64 starts, raw int64 counts, int64 n_runs",
        "int64 run, int64 element", _EXPAND, "gpuopt_expand")


def _expand_fused(cupy: Any, starts: Any, counts: Any) -> tuple[Any, Any]:
    """``expand`` on the GPU: a scan, one copy of the total, one kernel (about
    15 launches fewer than the array code, its twin)."""
    out_type = cupy.result_type(starts.dtype, cupy.int64)
    counts = counts.astype(cupy.int64, copy=False)
    n_runs = int(counts.shape[0])
    inclusive = cupy.cumsum(counts)
    total = int(inclusive[-1]) if n_runs else 0
    run = cupy.empty(total, dtype=cupy.int64)
    element = cupy.empty(total, dtype=cupy.int64)
    if total:
        _expand_kernel(cupy)(inclusive, starts.astype(cupy.int64, copy=False), counts, n_runs,
                             run, element)
    return run, element.astype(out_type, copy=False)


def running_max(xp: Any, values: Any) -> Any:
    """Inclusive prefix maximum (Hillis-Steele doubling: log2 of the length rounds)."""
    out = values.copy()
    size = int(values.shape[0])
    for shift in range(max(size, 1).bit_length()):  # log2 of the length rounds
        step = 1 << shift
        if step >= size:
            break
        out[step:] = xp.maximum(out[step:], out[:-step])
    return out
