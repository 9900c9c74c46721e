"""Dominator tree, dominance frontiers and iterated dominance frontiers of every
function at once.

Dominators: the iterative algorithm of Cooper, Harvey and Kennedy, run for
every block of every function in parallel (Jacobi sweeps) instead of in
reverse post-order.  The order key that ``intersect`` needs is breadth-first
depth (ties broken by block row): every dominator of a block lies on its
shortest path from the entry, so each immediate-dominator guess is strictly
shallower than its block, and walking the deeper finger up is always safe.
The sweeps start from the BFS tree (a superset of each dominator set) and only
shrink the sets, so they reach the dominator tree; each sweep's intersections
run in lockstep over all edges, bounded by the tree depth.

Unreachable blocks have no dominator (-1) and dominate nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gpuopt.analysis.cfg import CFG
from gpuopt.arrays import expand, segment_max, segment_min

UNREACHED = 1 << 30


@dataclass(frozen=True)
class Dominators:
    idom: Any       # per block: immediate dominator, -1 for entries and unreachable blocks
    depth: Any      # per block: BFS depth from its entry (UNREACHED if unreachable)
    reachable: Any  # per block: bool


def bfs_depth(xp: Any, cfg: CFG, roots: Any | None = None) -> Any:
    """Shortest-path depth from each function's entry (or from ``roots``):
    frontier sweeps, one per level."""
    depth = xp.where(cfg.entry if roots is None else roots, 0, UNREACHED).astype(xp.int64)
    for _ in range(cfg.n_blocks + 1):  # one sweep per BFS level
        candidate = depth[cfg.edge_source] + 1
        best = segment_min(xp, candidate, cfg.edge_target, cfg.n_blocks, UNREACHED)
        new = xp.minimum(depth, best)
        if not bool((new != depth).any()):
            break
        depth = new
    return depth


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
    self_or_idom = xp.where(idom >= 0, idom, blocks)
    for _ in range(n + 1):  # sweeps until no immediate dominator moves
        finger = source.copy()
        for _ in range(n + 1):  # lockstep intersect: the deepest fingers step up
            finger_key = key[finger]
            high = segment_max(xp, finger_key, target, n, -1)
            low = segment_min(xp, finger_key, target, n, UNREACHED * n)
            step = (high[target] != low[target]) & (finger_key == high[target])
            if not bool(step.any()):
                break
            finger = xp.where(step, self_or_idom[finger], finger)
        new_idom = idom.copy()
        new_idom[target] = finger  # every edge of a block agrees now
        if not bool((new_idom != idom).any()):
            break
        idom = new_idom
        self_or_idom = xp.where(idom >= 0, idom, blocks)
    return Dominators(idom.astype(xp.int32), depth, reachable)


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
    seen = xp.zeros(0, dtype=xp.int64)
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
        new = found[~xp.isin(found, seen)]
        if new.shape[0] == 0:
            break
        seen = xp.unique(xp.concatenate((seen, new)))
        current = new
    return seen // n_blocks, seen % n_blocks
