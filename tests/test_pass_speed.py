"""Depth-independent analyses behind the passes, and the loop-nest shape that
used to be a cliff.

The array versions (``nearest_enclosing`` over dominator-tree intervals, the
level-by-level BFS with its dense successor table) are checked against plain
sequential walks on random trees and CFGs; early-cse's choice of the nearest
dominating instance is pinned on a case where the outermost one would differ;
and the standard pipeline's CPU time on the loop nest must grow about linearly
with the nesting depth (it grew with its square: 50x opt-22 at 100K
instructions).
"""

from __future__ import annotations

import random
import time
from collections import deque
from typing import Any

from shapes import loop_nest  # bench/shapes.py (conftest puts bench on the path)

from gpuopt import read_module
from gpuopt.analysis.cfg import build_cfg
from gpuopt.analysis.dominator_intervals import dominator_intervals, nearest_enclosing
from gpuopt.analysis.dominators import UNREACHED, Dominators, bfs_depth
from gpuopt.ir.printer import print_module
from gpuopt.passes.manager import run_pipeline

STANDARD = "function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)"


def _random_forest(rng: random.Random, size: int) -> list[int]:
    """Parent of each node (-1 for roots); parents precede their children."""
    return [-1 if node == 0 or rng.random() < 0.1 else rng.randrange(node)
            for node in range(size)]


def test_nearest_enclosing_matches_a_walk_up_the_tree(xp: Any) -> None:
    rng = random.Random(5)
    for _ in range(20):  # random forests, random key groups
        size = rng.randrange(1, 60)
        parent = _random_forest(rng, size)
        # a chain now and then: depth far beyond log2 of the size
        if rng.random() < 0.3:
            parent = [node - 1 for node in range(size)]
        dom = Dominators(xp.asarray(parent, dtype=xp.int32), xp.zeros(size, dtype=xp.int64),
                         xp.ones(size, dtype=bool))
        intervals = dominator_intervals(xp, dom)
        first, end = intervals.first.tolist(), intervals.end.tolist()
        groups = {node: rng.randrange(3) for node in rng.sample(range(size),
                                                                  rng.randrange(size + 1))}
        items = sorted(groups, key=lambda node: (groups[node], first[node]))
        found = nearest_enclosing(xp, xp.asarray([groups[node] for node in items]),
                                  xp.asarray([first[node] for node in items]),
                                  xp.asarray([end[node] for node in items])).tolist()
        for item, node in enumerate(items):  # the sequential reference: walk up
            up = parent[node]
            while up >= 0 and groups.get(up) != groups[node]:
                up = parent[up]
            assert (items[found[item]] if found[item] >= 0 else -1) == up


def _random_cfg(rng: random.Random, name: str) -> str:
    blocks = rng.randrange(1, 30)
    lines = [f"define void @{name}(i32 %x, i1 %c) {{"]
    for block in range(blocks):
        lines.append(f"b{block}:")
        kind = rng.random()
        targets = [f"%b{rng.randrange(blocks)}" for _ in range(5)]
        if kind < 0.15 or blocks == 1:
            lines.append("  ret void")
        elif kind < 0.5:
            lines.append(f"  br label {targets[0]}")
        elif kind < 0.8:
            lines.append(f"  br i1 %c, label {targets[0]}, label {targets[1]}")
        else:  # wider than the dense table's two successors
            cases = " ".join(f"i32 {k}, label {targets[k + 1]}" for k in range(4))
            lines.append(f"  switch i32 %x, label {targets[0]} [ {cases} ]")
    lines.append("}")
    return "\n".join(lines)


def test_bfs_depth_matches_a_queue(xp: Any) -> None:
    rng = random.Random(11)
    text = "\n".join(_random_cfg(rng, f"f{k}") for k in range(40))
    m = read_module(text).to(xp)
    cfg = build_cfg(m)
    depth = bfs_depth(xp, cfg).tolist()
    source, target = cfg.edge_source.tolist(), cfg.edge_target.tolist()
    successors: dict[int, list[int]] = {}
    for a, b in zip(source, target, strict=True):
        successors.setdefault(a, []).append(b)
    expected = [UNREACHED] * cfg.n_blocks
    queue = deque(int(entry) for entry in cfg.function_entry.tolist())
    for entry in queue:
        expected[entry] = 0
    while queue:  # the sequential reference
        block = queue.popleft()
        for successor in successors.get(block, []):
            if expected[successor] == UNREACHED:
                expected[successor] = expected[block] + 1
                queue.append(successor)
    assert depth == expected


def test_early_cse_takes_the_nearest_dominating_load() -> None:
    # %b has no !range: it may not take %a's value, but it serves %c, which
    # the outermost load %a would have served too (same metadata)
    text = """define i32 @f(ptr %p) {
entry:
  %a = load i32, ptr %p, !range !0
  br label %one
one:
  %b = load i32, ptr %p
  br label %two
two:
  %c = load i32, ptr %p, !range !0
  %s = add i32 %a, %b
  %t = add i32 %s, %c
  ret i32 %t
}

!0 = !{i32 0, i32 10}
"""
    out = print_module(run_pipeline("early-cse", read_module(text)))
    assert "%b = load i32, ptr %p\n" in out
    assert "%c = load" not in out
    assert "%t = add i32 %s, %b\n" in out


def _pipeline_seconds(text: str) -> float:
    """CPU seconds of the standard pipeline alone, best of three runs."""
    m = read_module(text)
    best = float("inf")
    for _ in range(3):  # the best of three: less noise from neighbours
        start = time.process_time()
        run_pipeline(STANDARD, m)
        best = min(best, time.process_time() - start)
    return best


def test_loop_nest_time_grows_linearly_with_depth() -> None:
    small, large = _pipeline_seconds(loop_nest(12 * 300)), _pipeline_seconds(loop_nest(12 * 3000))
    # ten times the depth: about six times the time here (fixed costs weigh on
    # the small one); the depth-squared walks took 14.5 times, 50 at 100K
    assert large < 10 * small, (small, large)
