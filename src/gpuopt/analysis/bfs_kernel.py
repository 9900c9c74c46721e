"""Breadth-first depth on the GPU with a few launches per level.

``dominators.bfs_depth``'s array code takes a dozen array operations and one
copy to the host per BFS level (the frontier's size): on the GPU each of them
is a launch and the copy is a wait, and CFGs are hundreds of levels deep.
Here a level is one kernel over every block: a block at the last level's
depth gives each unreached successor the new depth (every writer writes the
same value, so the races are benign).  Levels run eight at a time before the
host looks at whether the last one reached anything, so most levels cost one
launch and no wait; a level after the search ended reaches nothing and
changes nothing.  The depth is the graph's: the same array as the frontier
code's, its twin, which the CPU runs (tests/test_bfs_kernel.py compares them
on the GPU).
"""

from __future__ import annotations

import functools
from typing import Any

LEVELS_PER_CHECK = 8

_LEVEL = r"""
if (depth[i] == level - 1) {
    const long long first = start[i], last = start[i] + count[i];
    int reached = 0;
    for (long long e = first; e < last; e++) {
        const long long s = target[e];
        if (depth[s] == unreached) {
            depth[s] = level;
            reached = 1;
        }
    }
    if (reached) progress[slot] = 1;
}
"""


@functools.cache
def _kernel(cupy: Any) -> Any:
    return cupy.ElementwiseKernel(
        "raw int64 start, raw int64 count, raw int64 target, int64 level, int64 unreached, "
        "int64 slot", "raw int64 depth, raw int32 progress", _LEVEL, "gpuopt_bfs_level")


def bfs_levels(cupy: Any, depth: Any, start: Any, count: Any, target: Any,
               unreached: int) -> Any:
    """Fill ``depth`` (int64, 0 at the roots, ``unreached`` elsewhere) with
    each block's shortest-path depth from the roots, in place."""
    n = depth.shape[0]
    kernel = _kernel(cupy)
    progress = cupy.zeros(LEVELS_PER_CHECK, dtype=cupy.int32)
    start, count, target = (a.astype(cupy.int64, copy=False) for a in (start, count, target))
    level = 1
    while level <= n:
        progress.fill(0)
        for slot in range(LEVELS_PER_CHECK):  # levels past the end change nothing
            kernel(start, count, target, level + slot, unreached, slot, depth, progress,
                   size=n)
        level += LEVELS_PER_CHECK
        if not int(progress[LEVELS_PER_CHECK - 1]):  # the last level reached no block
            break
    return depth
