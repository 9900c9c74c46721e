"""What every pass did to every function of one module.

gpuopt runs pass-major (each pass over all functions at once), so a
``ChangeRecorder`` hangs off the Runner's ``after_pass`` hook: it prints
every function after each pass and keeps, per function, the text after each
pass that changed it (a function's printed text before and after the pass
differ).  Per-function instruction and block counts come from the columns
(a bincount over all functions at once).  Reports (-print-changed, the HTML
report) read the finished ``ModuleChanges`` function-major.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from gpuopt.ir.module import Module
from gpuopt.ir.printer import print_functions, print_module
from gpuopt.passes.manager import PassRecord


@dataclass
class FunctionChange:
    """One pass run on one function: its text afterwards when it changed."""

    pass_index: int          # into ModuleChanges.passes
    text: str | None         # None: no change
    instructions: int        # after the pass
    blocks: int


@dataclass
class FunctionHistory:
    name: str
    initial_text: str
    initial_instructions: int
    initial_blocks: int
    changes: list[FunctionChange] = field(default_factory=list)

    @property
    def final_text(self) -> str:
        texts = [change.text for change in self.changes if change.text is not None]
        return texts[-1] if texts else self.initial_text


@dataclass
class ModuleChanges:
    source: str
    initial_module_text: str
    passes: list[PassRecord] = field(default_factory=list)
    functions: list[FunctionHistory] = field(default_factory=list)


def _counts(m: Module) -> tuple[list[int], list[int]]:
    """Instructions and blocks of every function (of a host module), all at once."""
    n_functions = int(m.function_name.shape[0])
    instructions = np.bincount(m.inst_function, minlength=n_functions)
    return instructions.tolist(), m.function_block_count.tolist()


class ChangeRecorder:
    """Runner callback (``after_pass``) recording what each pass changed."""

    def __init__(self, module: Module, source: str) -> None:
        host = module.to(np)
        functions = print_functions(host)
        instructions, blocks = _counts(host)
        # print_functions lists definitions; declarations have no instructions
        defined = _defined_rows(host)
        self.changes = ModuleChanges(source, print_module(host))
        self.changes.functions = [
            FunctionHistory(name, text, instructions[row], blocks[row])
            for (name, text), row in zip(functions, defined, strict=True)]
        self._texts = [text for _, text in functions]

    def __call__(self, record: PassRecord, module: Module) -> None:
        host = module.to(np)
        functions = print_functions(host)
        instructions, blocks = _counts(host)
        index = len(self.changes.passes)
        self.changes.passes.append(record)
        for position, ((_, text), row) in enumerate(
                zip(functions, _defined_rows(host), strict=True)):
            changed = text != self._texts[position]
            self.changes.functions[position].changes.append(FunctionChange(
                index, text if changed else None, instructions[row], blocks[row]))
            self._texts[position] = text


def _defined_rows(m: Module) -> list[int]:
    """Function rows in the order print_functions lists them (module items)."""
    return [payload for kind, payload in m.host.items if kind == "function"]
