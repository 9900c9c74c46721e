"""gpuopt: LLVM IR optimization passes as data-parallel array programs.

The short API (api.py)::

    import gpuopt
    module = gpuopt.read("a.ll")                  # a path or IR text
    run = gpuopt.run(module, "function(sroa,instcombine)", device="cpu")
    print(gpuopt.text(run.module), run.diff("main"), gpuopt.functions(run.module))

The building blocks::

    module = gpuopt.read_module(open("a.ll").read(), "a.ll")
    module = gpuopt.run_pipeline("function(instsimplify,dce)", module)
    text = gpuopt.print_module(module)

or in one call: ``gpuopt.optimize(text, "instsimplify,dce", device="gpu")``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gpuopt.api import Run, columns, functions, read, run, text
    from gpuopt.ir.module import Module
    from gpuopt.ir.printer import print_module
    from gpuopt.ir.reader import read_module
    from gpuopt.passes.manager import run_pipeline

__all__ = ["Module", "Run", "columns", "functions", "optimize", "print_module", "read",
           "read_module", "run", "run_pipeline", "text"]

# Imported on first use (PEP 562): `gpuopt --server` starts without NumPy.
_LAZY = {"Module": "gpuopt.ir.module", "print_module": "gpuopt.ir.printer",
         "read_module": "gpuopt.ir.reader", "run_pipeline": "gpuopt.passes.manager",
         **{name: "gpuopt.api" for name in ("Run", "columns", "functions", "read", "run",
                                             "text")}}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'gpuopt' has no attribute '{name}'")


def optimize(text: str, passes: str, device: str = "cpu", source: str = "<string>") -> str:
    """Read ``text``, run ``passes`` on ``device`` (cpu, gpu or auto), print."""
    from gpuopt.backend import namespace
    from gpuopt.ir.printer import print_module
    from gpuopt.ir.reader import read_module
    from gpuopt.passes.manager import run_pipeline

    module = read_module(text, source)
    module = module.to(namespace(device, module.n_instructions))
    return print_module(run_pipeline(passes, module))
