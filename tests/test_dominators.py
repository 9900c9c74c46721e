"""Dominators, frontiers and IDFs against a plain sequential reference.

The reference is the textbook set iteration (Dom(b) = {b} U intersection of
Dom(p)) written with Python sets; the array versions run over every function
of randomly generated CFGs (loops, irreducible flow, switches with repeated
targets, unreachable blocks) and of a real corpus-sized module at once.
"""

from __future__ import annotations

import random
from typing import Any

import numpy as np

from gpuopt import read_module
from gpuopt.analysis.cfg import build_cfg
from gpuopt.analysis.dominators import dominance_frontier, dominator_tree, iterated_frontier


def random_function(rng: random.Random, name: str) -> str:
    n = rng.randrange(1, 14)
    lines = [f"define void @{name}(i32 %x, i1 %c) {{", "b0:"]
    for block in range(n):
        if block:
            lines.append(f"b{block}:")
        kind = rng.random()
        target = lambda: f"%b{rng.randrange(1, n)}" if n > 1 else None  # noqa: E731
        if n == 1 or kind < 0.15:
            lines.append("  ret void")
        elif kind < 0.45:
            lines.append(f"  br label {target()}")
        elif kind < 0.8:
            lines.append(f"  br i1 %c, label {target()}, label {target()}")
        else:
            cases = " ".join(f"i32 {k}, label {target()}" for k in range(rng.randrange(1, 4)))
            lines.append(f"  switch i32 %x, label {target()} [ {cases} ]")
    lines.append("}")
    return "\n".join(lines)


def reference(succ: dict[int, list[int]], entry: int, blocks: list[int]) -> dict[int, set[int]]:
    reach, stack = {entry}, [entry]
    while stack:
        for s in succ.get(stack.pop(), []):
            if s not in reach:
                reach.add(s)
                stack.append(s)
    preds: dict[int, list[int]] = {b: [] for b in blocks}
    for b in reach:
        for s in succ.get(b, []):
            preds[s].append(b)
    dom = {b: set(reach) for b in reach}
    dom[entry] = {entry}
    changed = True
    while changed:
        changed = False
        for b in reach - {entry}:
            new = {b} | set.intersection(*(dom[p] for p in preds[b] if p in reach))
            if new != dom[b]:
                dom[b], changed = new, True
    return dom


def check_module(xp: Any, text: str) -> int:
    m = read_module(text, "cfg.ll").to(xp)
    cfg = build_cfg(m)
    dom = dominator_tree(xp, cfg)
    idom = np.asarray(dom.idom.get() if hasattr(dom.idom, "get") else dom.idom)
    source = np.asarray(cfg.edge_source.get() if xp is not np else cfg.edge_source)
    target = np.asarray(cfg.edge_target.get() if xp is not np else cfg.edge_target)
    succ: dict[int, list[int]] = {}
    for s, t in zip(source.tolist(), target.tolist(), strict=True):
        succ.setdefault(s, []).append(t)
    first = np.asarray(m.to(np).function_first_block)
    count = np.asarray(m.to(np).function_block_count)
    frontier_block, frontier_member = (np.asarray(a.get() if xp is not np else a)
                                       for a in dominance_frontier(xp, cfg, dom))
    got_frontier = set(zip(frontier_block.tolist(), frontier_member.tolist(), strict=True))
    want_frontier = set()
    checked = 0
    for entry, size in zip(first.tolist(), count.tolist(), strict=True):
        blocks = list(range(entry, entry + size))
        want = reference(succ, entry, blocks)
        for b in blocks:
            if b not in want:
                assert idom[b] == -1, b
                continue
            strict = want[b] - {b}
            expected = max(strict, key=lambda d: len(want[d])) if strict else -1
            assert idom[b] == expected, (b, idom[b], expected)
            checked += 1
        preds = {b: [p for p in want for s in succ.get(p, []) if s == b] for b in want}
        for b in want:  # DF(x) = {b : x dominates a pred of b, x does not strictly dominate b}
            if len([p for p in preds[b]]) < 2:
                continue
            for x in want:
                if any(x in want[p] for p in preds[b]) and not (x in want[b] and x != b):
                    want_frontier.add((x, b))
    assert got_frontier == want_frontier
    return checked


def test_random_cfgs_match_the_reference(xp: Any) -> None:
    rng = random.Random(5)
    text = "\n".join(random_function(rng, f"f{i}") for i in range(300))
    assert check_module(xp, text) > 1000


def test_iterated_frontier_is_closed(xp: Any) -> None:
    rng = random.Random(9)
    text = "\n".join(random_function(rng, f"f{i}") for i in range(60))
    m = read_module(text, "cfg.ll").to(xp)
    cfg = build_cfg(m)
    dom = dominator_tree(xp, cfg)
    frontier = dominance_frontier(xp, cfg, dom)
    n = cfg.n_blocks
    seeds = xp.asarray(np.arange(0, n, 3, dtype=np.int64))
    groups, members = iterated_frontier(xp, n, frontier, seeds % 7, seeds)
    host = [np.asarray(a.get() if xp is not np else a) for a in (*frontier, groups, members)]
    df: dict[int, set[int]] = {}
    for b, f in zip(host[0].tolist(), host[1].tolist(), strict=True):
        df.setdefault(b, set()).add(f)
    got: dict[int, set[int]] = {}
    for g, b in zip(host[2].tolist(), host[3].tolist(), strict=True):
        got.setdefault(g, set()).add(b)
    for g in range(7):
        start = {b for b in range(0, n, 3) if b % 7 == g}
        want: set[int] = set()
        work = set(start)
        while work:
            new = set().union(*(df.get(b, set()) for b in work)) - want
            want |= new
            work = new
        assert got.get(g, set()) == want
