"""The short Python API, for notebooks and scripts.

    m = gpuopt.read("a.ll")                     # a path, or IR text
    gpuopt.functions(m)                         # [(name, instructions, blocks)]
    gpuopt.columns(m)["inst_opcode"]            # any column, as a NumPy array
    run = gpuopt.run(m, "function(sroa,instcombine)", device="cpu")
    print(gpuopt.text(run.module, "main"))      # one function, or the module
    print(run.diff("main"))                     # what each pass did to it
    run.report("out.html")                      # the HTML report

``run`` records what every pass changed in every function (as
``-print-changed`` and ``--report`` do); ``record=False`` skips that when only
the result matters.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from gpuopt.backend import device_name, namespace
from gpuopt.ir.module import Module
from gpuopt.ir.printer import print_functions, print_module
from gpuopt.ir.reader import read_module
from gpuopt.passes.manager import PassRecord, Runner, build_plan, statistics_report
from gpuopt.report.changes import ChangeRecorder, ModuleChanges
from gpuopt.report.print_changed import check_mode, diff_body, print_changed


def read(source: str | Path, name: str | None = None) -> Module:
    """A module from a path to a .ll file, or from IR text (anything with a
    newline, or no such file, is taken as text)."""
    if isinstance(source, Path) or ("\n" not in source and Path(source).is_file()):
        path = Path(source)
        return read_module(path.read_text(encoding="utf-8"), name or str(path))
    return read_module(source, name or "<string>")


def functions(module: Module) -> list[tuple[str, int, int]]:
    """(name, instructions, blocks) of every function definition, in order."""
    m = module.to(np)
    n_functions = int(m.function_name.shape[0])
    counts = np.bincount(m.inst_function, minlength=n_functions)
    strings = m.host.strings.items
    return [(strings[int(m.function_name[row])], int(counts[row]),
             int(m.function_block_count[row]))
            for kind, row in m.host.items if kind == "function"]


def columns(module: Module) -> dict[str, np.ndarray]:
    """Every column of the module by name (docs/columns.md), on the host."""
    m = module.to(np)
    return {name: getattr(m, name) for name in m.column_names()}


def text(module: Module, function: str | None = None) -> str:
    """The module's IR, or one function's."""
    if function is None:
        return print_module(module)
    for name, body in print_functions(module):
        if name == function:
            return body + "\n"
    raise KeyError(f"no function named {function!r}")


@dataclass
class Run:
    """The result of ``run``: the optimized module (on the host), each pass's
    record, and what every pass changed in every function."""

    module: Module
    pipeline: str
    device: str
    records: list[PassRecord]
    changes: ModuleChanges | None = field(default=None, repr=False)

    def __repr__(self) -> str:
        before = self.records[0].instructions_before if self.records else \
            self.module.n_instructions
        return (f"Run({self.pipeline!r} on {self.device}: {len(self.records)} passes, "
                f"{before} -> {self.module.n_instructions} instructions)")

    def statistics(self) -> str:
        """opt's -stats text."""
        return statistics_report(self.records)

    def print_changed(self, mode: str = "diff", functions: list[str] | None = None) -> str:
        """opt's -print-changed=MODE text, for all functions or the named ones."""
        only = None if functions is None else frozenset(functions)
        return print_changed(self._changes(), check_mode(mode), only)

    def diff(self, function: str) -> str:
        """The diff after each pass that changed ``function``."""
        changes = self._changes()
        history = next((f for f in changes.functions if f.name == function), None)
        if history is None:
            raise KeyError(f"no function named {function!r}")
        out, before = [], history.initial_text
        for change in history.changes:
            if change.text is not None:
                out.append(f"*** {changes.passes[change.pass_index].llvm_class} ***\n"
                           + diff_body(before, change.text) + "\n")
                before = change.text
        return "".join(out)

    def report(self, path: str | Path) -> None:
        """Write the HTML report (html.py) for this run."""
        from gpuopt.report.html import RunSummary, write_report

        write_report(str(path), RunSummary(self.pipeline, self.device, self.records,
                                           [self._changes()]), io.StringIO())

    def _changes(self) -> ModuleChanges:
        if self.changes is None:
            raise ValueError("this run did not record changes: run(..., record=True)")
        return self.changes


def run(module: Module, pipeline: str, device: str = "cpu", record: bool = True) -> Run:
    """Run ``pipeline`` (opt's -passes text) on ``device`` (cpu, gpu or auto)."""
    xp = namespace(device, module.n_instructions)
    runner = Runner()
    recorder = ChangeRecorder(module, module.host.source_name) if record else None
    if recorder is not None:
        runner.after_pass.append(recorder)
    result = runner.run(build_plan(pipeline), module.to(xp)).to(np)
    return Run(result, pipeline, device_name(xp), runner.records,
               None if recorder is None else recorder.changes)
