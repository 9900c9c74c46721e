"""Dominator tree, dominance frontiers and iterated dominance frontiers of every
function at once.

Dominators: the iterative algorithm of Cooper, Harvey and Kennedy, run for
every block of every function in parallel (Jacobi sweeps) instead of in
reverse post-order.  Every dominator of a block lies on its shortest path
from the entry, so each immediate-dominator guess is strictly shallower (in
breadth-first depth) than its block.  The sweeps start from the BFS tree (a
superset of each dominator set) and only shrink the sets, so they reach the
dominator tree.  A sweep's ``intersect`` of a join's predecessors is their
nearest common ancestor in the current guess tree, found by binary lifting
(log2 of the tree depth rounds, not one round per step up the tree); blocks
with a single incoming edge keep that edge's source.

Unreachable blocks have no dominator (-1) and dominate nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gpuopt.analysis import bfs_kernel
from gpuopt.analysis.cfg import CFG
from gpuopt.arrays import expand, segment_max, segment_min
from gpuopt.backend import uses_fused_kernels

UNREACHED = 1 << 30


@dataclass(frozen=True)
class Dominators:
    idom: Any       # per block: immediate dominator, -1 for entries and unreachable blocks
    depth: Any      # per block: BFS depth from its entry (UNREACHED if unreachable)
    reachable: Any  # per block: bool


def bfs_depth(xp: Any, cfg: CFG, roots: Any | None = None) -> Any:
    """Shortest-path depth from each function's entry (or from ``roots``):
    one step per BFS level, over the successor edges of that level's blocks.

    A level's work is a handful of array operations on its blocks only: the
    first two successors of every block sit in a dense table (a switch's
    further ones come by CSR expansion), and the newly reached blocks are
    deduplicated by a scatter (whichever writer of a block lands keeps it)
    instead of a sort."""
    n = cfg.n_blocks
    n_edges = int(cfg.edge_target.shape[0])
    depth = xp.where(cfg.entry if roots is None else roots, 0, UNREACHED).astype(xp.int64)
    if n_edges == 0:
        return depth
    if uses_fused_kernels(xp):  # a kernel per level (bfs_kernel.py), this code its twin
        return bfs_kernel.bfs_levels(xp, depth, cfg.successor_start, cfg.successor_count,
                                     cfg.edge_target, UNREACHED)
    # slot n stands for "no successor": depth 0, so never reached again
    depth = xp.concatenate((depth, xp.zeros(1, dtype=xp.int64)))
    frontier = xp.flatnonzero(depth[:n] == 0)
    start = cfg.successor_start.astype(xp.int64)
    count = cfg.successor_count.astype(xp.int64)
    target = cfg.edge_target.astype(xp.int64)
    first = xp.where(count >= 1, target[xp.minimum(start, n_edges - 1)], n)
    second = xp.where(count >= 2, target[xp.minimum(start + 1, n_edges - 1)], n)
    wide = count > 2
    any_wide = bool(wide.any())
    claim = xp.zeros(n + 1, dtype=xp.int64)
    for level in range(1, n + 1):  # one step per BFS level
        reached = xp.concatenate((first[frontier], second[frontier]))
        if any_wide:
            switches = frontier[wide[frontier]]
            _, edge = expand(xp, start[switches] + 2, count[switches] - 2)
            reached = xp.concatenate((reached, target[edge]))
        reached = reached[depth[reached] == UNREACHED]
        if reached.shape[0] == 0:
            break
        slot = xp.arange(reached.shape[0], dtype=xp.int64)
        claim[reached] = slot
        reached = reached[claim[reached] == slot]
        depth[reached] = level
        frontier = reached
    return depth[:n]


def dominator_tree(xp: Any, cfg: CFG) -> Dominators:
    n = cfg.n_blocks
    depth = bfs_depth(xp, cfg)
    reachable = depth < UNREACHED
    blocks = xp.arange(n, dtype=xp.int64)
    key = depth * n + blocks  # unique, strictly smaller along every idom chain
    live_edge = reachable[cfg.edge_source] & reachable[cfg.edge_target] & \
        ~cfg.entry[cfg.edge_target]
    source = cfg.edge_source[live_edge].astype(xp.int64)
    target = cfg.edge_target[live_edge].astype(xp.int64)
    # BFS parent: the shallowest predecessor (lowest key) of each reachable block.
    parent_key = segment_min(xp, key[source], target, n, UNREACHED * n)
    idom = xp.where(reachable & ~cfg.entry, parent_key % n, -1)
    # A block with one live incoming edge has its source as immediate dominator
    # (its BFS parent already): only the edges into joins take part.
    joins = xp.bincount(target, minlength=n)[:n] >= 2
    into_join = joins[target]
    source, target = source[into_join], target[into_join]
    for _ in range(n + 1):  # sweeps until no immediate dominator moves
        self_or_idom = xp.where(idom >= 0, idom, blocks)
        new_idom = idom.copy()
        new_idom[target] = _common_ancestor(xp, self_or_idom, source, target, n)
        if not bool((new_idom != idom).any()):
            break
        idom = new_idom
    return Dominators(idom.astype(xp.int32), depth, reachable)


def _ancestors(xp: Any, parent: Any) -> tuple[list[Any], Any]:
    """Binary lifting tables of a forest given by ``parent`` (a root is its own
    parent): the 2**j-th ancestor of every node for j = 0, 1, ... until every
    one is a root, and every node's depth (pointer jumping: log2 of the depth
    rounds)."""
    levels = [parent]
    depth = (parent != xp.arange(parent.shape[0], dtype=parent.dtype)).astype(xp.int64)
    for _ in range(64):  # one doubling per round
        up = levels[-1]
        if not bool((up != parent[up]).any()):  # every 2**j-th ancestor is a root
            break
        depth = depth + depth[up]
        levels.append(up[up])
    return levels, depth


def _common_ancestor(xp: Any, parent: Any, finger: Any, segment: Any, n: int) -> Any:
    """Per edge, the nearest common ancestor in the forest ``parent`` of all the
    fingers of its segment (the same value on every edge of a segment): the
    fingers are lifted to the segment's smallest depth, then all jump together
    by 2**j wherever their 2**j-th ancestors still differ (binary lifting,
    two scatter reductions per level)."""
    levels, depth = _ancestors(xp, parent)
    finger_depth = depth[finger]
    lift = finger_depth - segment_min(xp, finger_depth, segment, n, UNREACHED)[segment]
    for j, up in enumerate(levels):  # lift by the bits of the depth difference
        finger = xp.where(((lift >> j) & 1) == 1, up[finger], finger)
    for up in levels[::-1]:  # highest jump first
        candidate = up[finger]
        low = segment_min(xp, candidate, segment, n, n)
        high = segment_max(xp, candidate, segment, n, -1)
        finger = xp.where(low[segment] != high[segment], candidate, finger)
    low = segment_min(xp, finger, segment, n, n)
    high = segment_max(xp, finger, segment, n, -1)
    return xp.where(low[segment] != high[segment], parent[finger], finger)


def dominance_frontier(xp: Any, cfg: CFG, dom: Dominators) -> tuple[Any, Any]:
    """All (block, frontier block) pairs, sorted and unique: for each edge into
    a join point, the runner walks up from the predecessor to the join's
    immediate dominator (lockstep over all edges, bounded by tree depth)."""
    n = cfg.n_blocks
    live = dom.reachable[cfg.edge_source] & dom.reachable[cfg.edge_target]
    joins = cfg.predecessor_count >= 2
    live &= joins[cfg.edge_target]
    runner = cfg.edge_source[live].astype(xp.int64)
    join = cfg.edge_target[live].astype(xp.int64)
    stop = dom.idom[join].astype(xp.int64)
    pairs = []
    for _ in range(n + 1):  # one step up the dominator tree per round
        active = runner != stop
        if not bool(active.any()):
            break
        runner, join, stop = runner[active], join[active], stop[active]
        pairs.append(runner * n + join)
        runner = dom.idom[runner].astype(xp.int64)
        # an entry's idom is -1: it is its own frontier's end
        runner = xp.where(runner < 0, stop, runner)
    if not pairs:
        empty = xp.zeros(0, dtype=xp.int64)
        return empty, empty
    unique = xp.unique(xp.concatenate(pairs))
    return unique // n, unique % n


def iterated_frontier(xp: Any, n_blocks: int, frontier: tuple[Any, Any], group: Any,
                      block: Any) -> tuple[Any, Any]:
    """The iterated dominance frontier of each group's block set.

    ``group``/``block`` list (group, block) pairs (for mem2reg: alloca, block
    with a store).  Returns the sorted unique (group, block) pairs of the IDF.
    Rounds add the frontier of what was added last, until nothing is new.
    """
    df_block, df_member = frontier
    df_count = xp.bincount(df_block, minlength=n_blocks).astype(xp.int64)
    df_start = xp.zeros(n_blocks, dtype=xp.int64)
    if n_blocks > 1:
        df_start[1:] = xp.cumsum(df_count[:-1])
    group = group.astype(xp.int64)
    # what earlier rounds found: sorted disjoint runs whose sizes at least
    # halve from one to the next (two runs of close size merge), so a round
    # searches a logarithmic number of runs and merging costs log n per
    # pair in all, however many rounds the frontier chains take
    runs: list[Any] = []
    current = xp.unique(group * n_blocks + block.astype(xp.int64))
    for _ in range(n_blocks + 1):  # each round: frontier of the newest blocks
        g, b = current // n_blocks, current % n_blocks
        counts = df_count[b]
        total = int(counts.sum())
        if total == 0:
            break
        which, member = expand(xp, df_start[b], counts)
        found = g[which] * n_blocks + df_member[member]
        found = xp.unique(found)
        for run in runs:  # drop what earlier rounds found: a binary search in each run
            at = xp.minimum(xp.searchsorted(run, found), run.shape[0] - 1)
            found = found[run[at] != found]
        new = found
        if new.shape[0] == 0:
            break
        runs.append(new)
        while len(runs) >= 2 and 2 * runs[-1].shape[0] >= runs[-2].shape[0]:
            # two sorted runs of distinct keys: a stable sort merges them
            merged = xp.sort(xp.concatenate((runs[-2], runs[-1])), kind="stable")
            runs[-2:] = [merged]
        current = new
    seen = xp.sort(xp.concatenate(runs), kind="stable") if runs else \
        xp.zeros(0, dtype=xp.int64)
    return seen // n_blocks, seen % n_blocks
