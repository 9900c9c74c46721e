"""The GPU's breadth-first depth (bfs_kernel.py: a kernel per level) against
its twin, the frontier code of ``dominators.bfs_depth``: the same depths on
the CFGs of the per-pass test set, of random control flow (irreducible loops,
unreachable blocks) and of the benchmark's shapes, from the entries and from
other roots."""

from __future__ import annotations

import random
import sys

import pytest

from conftest import ROOT, requires_gpu
from gpuopt import backend
from gpuopt.analysis.cfg import build_cfg
from gpuopt.analysis.dominators import bfs_depth, dominator_tree
from gpuopt.backend import cupy_or_none
from gpuopt.ir.reader import read_module

sys.path.insert(0, str(ROOT / "scripts" / "fuzz"))


def _modules() -> list[tuple[str, str]]:
    import random_cfg
    import shapes

    lit = sorted((ROOT / "tests" / "lit").glob("*.ll"))
    found = [(path.name, path.read_text()) for path in lit]
    rng = random.Random(5)
    cfgs = "\n".join(random_cfg.function(rng, f"f{index}") for index in range(200))
    return found + [("random_cfg", "declare void @use(i32)\n" + cfgs),
                    ("loop_nest", shapes.loop_nest(3000)),
                    ("switch_phi", shapes.switch_phi(3000))]


@requires_gpu
@pytest.mark.parametrize(("name", "text"), _modules(), ids=[name for name, _ in _modules()])
def test_fused_bfs_gives_the_frontier_code(name: str, text: str,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    cupy = cupy_or_none()
    module = read_module(text, name).to(cupy)
    cfg = build_cfg(module)
    roots = cfg.entry.copy()
    roots[::7] = True  # other roots, as simplifycfg's address-taken blocks
    fused = [bfs_depth(cupy, cfg), bfs_depth(cupy, cfg, roots), dominator_tree(cupy, cfg).idom]
    monkeypatch.setattr(backend, "FUSED_KERNELS", False)
    array = [bfs_depth(cupy, cfg), bfs_depth(cupy, cfg, roots), dominator_tree(cupy, cfg).idom]
    for mine, theirs in zip(fused, array, strict=True):
        assert mine.dtype == theirs.dtype and bool((mine == theirs).all())
