"""Preorder intervals of the dominator forest: a reachable block A dominates a
block B exactly when ``first[A] <= first[B] < end[A]``.

Every function's dominator tree, and every unreachable block as a tree of its
own, hangs below one virtual root; an Euler tour of that tree (down into each
block, up out of it, children in block order) is ranked by pointer jumping
(Wyllie's list ranking: log2 of the tour length rounds), and a block's preorder
number is the count of down steps before its own.  Children lists come from one
sort of the blocks by their immediate dominator.

An unreachable block's interval holds only itself: it dominates nothing else
and lies in no reachable block's interval.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gpuopt.analysis.dominators import Dominators
from gpuopt.arrays import exclusive_cumsum


@dataclass(frozen=True)
class DominatorIntervals:
    first: Any  # per block: its preorder number in the dominator forest
    end: Any    # per block: one past the preorder number of its last descendant


def dominator_intervals(xp: Any, dom: Dominators) -> DominatorIntervals:
    n = int(dom.idom.shape[0])
    if n == 0:
        empty = xp.zeros(0, dtype=xp.int64)
        return DominatorIntervals(empty, empty)
    blocks = xp.arange(n, dtype=xp.int64)
    root = n  # the virtual root: parent of entries and unreachable blocks
    parent = xp.where(dom.idom >= 0, dom.idom, root).astype(xp.int64)
    # children of each node, in block order: one sort by (parent, block)
    order = xp.argsort(parent * (n + 1) + blocks)
    child_count = xp.bincount(parent, minlength=n + 1)[:n + 1]
    child_start = exclusive_cumsum(xp, child_count).astype(xp.int64)
    first_child = xp.where(child_count > 0, order[xp.minimum(child_start, n - 1)], -1)
    rank = xp.empty(n, dtype=xp.int64)
    rank[order] = blocks
    following = order[xp.minimum(rank + 1, n - 1)]
    next_sibling = xp.where((rank + 1 < n) & (parent[following] == parent), following, -1)

    # Tour steps: k < n enters block k, n + k leaves it; -1 ends the tour.
    enter_next = xp.where(first_child[:n] >= 0, first_child[:n], n + blocks)
    leave_next = xp.where(next_sibling >= 0, next_sibling,
                          xp.where(parent != root, n + parent, -1))
    link = xp.concatenate((enter_next, leave_next))
    after = (link >= 0).astype(xp.int64)  # steps after each one, once ranked
    for _ in range(64):  # pointer jumping: log2 of the tour length rounds
        linked = link >= 0
        if not bool(linked.any()):
            break
        at = xp.where(linked, link, 0)
        after = after + xp.where(linked, after[at], 0)
        link = xp.where(linked, link[at], -1)
    position = (2 * n - 1) - after
    entered = xp.zeros(2 * n, dtype=xp.int64)
    entered[position[:n]] = 1
    entered_by = xp.cumsum(entered)  # enter steps up to and including each position
    first = entered_by[position[:n]] - 1
    end = entered_by[position[n:]]
    return DominatorIntervals(first, end)


def nearest_enclosing(xp: Any, group: Any, first: Any, end: Any) -> Any:
    """Per item, the index of the nearest earlier item of its group whose
    interval ``[first, end)`` encloses the item's ``first``, or -1.

    Items must be sorted by (group, first), and the intervals of one group
    laminar (nested or disjoint, as dominator-tree intervals of distinct blocks
    are); ``group`` is a small non-negative id.  An earlier item of the group
    ends past the item's start only when it encloses the item, so the answer
    is the last earlier item whose (group, end) exceeds the item's (group,
    first): a previous-greater-element query, answered by a descent over a
    sparse table of prefix-window maxima (log2 of the item count rounds,
    whatever the nesting depth)."""
    size = int(group.shape[0])
    if size == 0:
        return xp.zeros(0, dtype=xp.int64)
    span = int(end.max()) + 1
    reach = group.astype(xp.int64) * span + end.astype(xp.int64)
    threshold = group.astype(xp.int64) * span + first.astype(xp.int64)
    # windows[k][j]: the largest reach among items max(0, j - 2**k + 1) .. j
    windows = [reach]
    for level in range(1, max(size - 1, 1).bit_length()):  # log2 of the item count
        below, step = windows[-1], 1 << (level - 1)
        wider = below.copy()
        wider[step:] = xp.maximum(below[step:], below[:-step])
        windows.append(wider)
    # skip back over the run of earlier items that end too soon, widest jumps first
    position = xp.arange(size, dtype=xp.int64) - 1
    for level in range(len(windows) - 1, -1, -1):
        window = windows[level][xp.maximum(position, 0)]
        skip = (position >= 0) & (window <= threshold)
        position = xp.where(skip, xp.maximum(position - (1 << level), -1), position)
    return position
