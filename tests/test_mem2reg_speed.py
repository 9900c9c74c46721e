"""mem2reg's renaming and phi placement on deep shapes.

A load reads the nearest store or phi of its alloca up the dominator tree;
that query is one ``nearest_enclosing`` over dominator-tree intervals, so a
chain of blocks far deeper than log2 of its length is pinned here.  And sroa's
CPU time on a nest of loops whose counters live in allocas (clang -O0's
shape) must grow with the live set (depth squared), not with depth cubed as
when every liveness round re-sorted everything found so far.
"""

from __future__ import annotations

import re
import time

from shapes import loop_nest_allocas  # bench/shapes.py (conftest puts bench on the path)

from gpuopt import read_module
from gpuopt.ir.printer import print_module
from gpuopt.passes.manager import run_pipeline

CHAIN = 40   # blocks in the chain: far deeper than log2 of the block count
STORED_AT = 10  # the level that stores 2 over the entry's 1


def _chain() -> str:
    """Each level loads %p and may leave for %out; level STORED_AT stores 2."""
    lines = ["declare void @use(i32, i32)", "", "define i32 @f(i1 %c) {", "entry:",
             "  %p = alloca i32", "  %e = load i32, ptr %p", "  call void @use(i32 -1, i32 %e)",
             "  store i32 1, ptr %p", "  br label %a0"]
    for level in range(CHAIN):
        lines += [f"a{level}:", f"  %v{level} = load i32, ptr %p",
                  f"  call void @use(i32 {level}, i32 %v{level})"]
        if level == STORED_AT:
            lines.append("  store i32 2, ptr %p")
        following = f"a{level + 1}" if level + 1 < CHAIN else "out"
        lines.append(f"  br i1 %c, label %{following}, label %out")
    lines += ["out:", "  %r = load i32, ptr %p", "  ret i32 %r",
              "dead:", "  %u = load i32, ptr %p", "  call void @use(i32 -2, i32 %u)",
              "  br label %dead", "}"]
    return "\n".join(lines) + "\n"


def test_loads_read_the_nearest_dominating_store() -> None:
    out = print_module(run_pipeline("sroa", read_module(_chain())))
    assert "alloca" not in out and "load" not in out
    uses = dict(re.findall(r"call void @use\(i32 (-?\d+), i32 (\S+)\)", out))
    # before any store, and in a block nothing reaches: undef, as LLVM's mem2reg
    assert uses["-1"] == "undef" and uses["-2"] == "undef"
    for level in range(CHAIN):  # the store at STORED_AT serves the levels below it
        assert uses[str(level)] == ("1" if level <= STORED_AT else "2"), level
    phi = re.search(r"= phi i32 (.*)\n", out)
    assert phi is not None
    incoming = dict((block, value) for value, block in
                    re.findall(r"\[ (\S+), %a(\d+) \]", phi.group(1)))
    assert incoming == {str(level): "1" if level < STORED_AT else "2"
                        for level in range(CHAIN)}


def _sroa_seconds(depth: int) -> tuple[float, str]:
    """CPU seconds of sroa alone, best of two runs, and its output."""
    m = read_module(loop_nest_allocas(10 * depth))
    best, out = float("inf"), None
    for _ in range(2):  # the best of two: less noise from neighbours
        start = time.process_time()
        out = run_pipeline("sroa", m)
        best = min(best, time.process_time() - start)
    assert out is not None
    return best, print_module(out)


def test_alloca_loop_nest_promotes_without_a_cliff() -> None:
    small, _ = _sroa_seconds(150)
    large, out = _sroa_seconds(900)
    # one counter phi per level, nothing left in memory
    assert "alloca" not in out and "load" not in out
    assert len(re.findall(r"= phi i32 \[ 0, %init\d+ \], \[ %k\d+, %l\d+ \]", out)) == 899
    # six times the depth: about 21 times the time here (the live set grows
    # with depth squared); re-sorting the live set every round took 100 times
    assert large < 50 * small, (small, large)
