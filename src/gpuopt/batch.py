"""Optimizing a batch of modules in one process: what the command and the
server share.

One ``Batch`` holds the parsed pipeline, the device choice and the timing and
statistics summed over every module it ran.  Modules are joined into parts of
at most ``PART_TEXT_BYTES`` of text (``GPU_PART_TEXT_BYTES`` on the GPU;
ir/join.py renames them apart): each part
is read, optimized and printed as one module, so all its functions share every
launch, and is then cut back into modules.  A part the GPU has no memory for
is halved until it fits; a single module that still does not fit runs again
on the CPU from its text, with a note: CPU and GPU give byte-identical output,
so the result is the same.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

import numpy as np

from gpuopt.backend import cupy_or_none, device_name, namespace, synchronize
from gpuopt.diagnostics import UserError
from gpuopt.ir.join import (
    Joined,
    canonical_appended,
    group_for_joining,
    highest_number,
    join,
    split,
)
from gpuopt.ir.module import Module
from gpuopt.ir.printer import print_functions, print_items
from gpuopt.ir.reader import read_module
from gpuopt.passes.manager import (
    PassRecord,
    Runner,
    Step,
    build_plan,
    statistics_report,
    timing_report,
)
from gpuopt.report.changes import ChangeRecorder, ModuleChanges
from gpuopt.report.print_changed import print_changed
from gpuopt.report.progress import Progress
from gpuopt.transforms.verify import VerificationError, verify

# Joined modules per part, in bytes of text: bounds the memory of one read
# and one run (about 35 bytes of columns and temporaries per byte of text on
# the CPU); a part the GPU has no room for is halved until it fits.  The GPU
# takes larger parts: its passes cost launches per part, almost whatever the
# part's size, so fewer parts take less time (bench/NOTES.md, session 9).
PART_TEXT_BYTES = 32 << 20
GPU_PART_TEXT_BYTES = 128 << 20


def part_bytes_for(device: str) -> int:
    """The part size for ``--device``: the GPU's where the GPU may run."""
    if device == "gpu" or (device == "auto" and cupy_or_none() is not None):
        return GPU_PART_TEXT_BYTES
    return PART_TEXT_BYTES


class Batch:
    def __init__(self, passes: str, device: str, messages: TextIO, *,
                 verify_each: bool = False, print_after_all: bool = False,
                 part_bytes: int | None = None, print_changed: str | None = None,
                 filter_print_funcs: frozenset[str] | None = None,
                 record_changes: bool = False) -> None:
        self.plan: tuple[Step, ...] = build_plan(passes)
        self.device = device
        self.messages = messages
        self.verify_each = verify_each
        self.print_after_all = print_after_all
        self.part_bytes = part_bytes_for(device) if part_bytes is None else part_bytes
        self.records: list[PassRecord] = []
        self.phases: dict[str, float] = {}
        self.devices: list[str] = []
        # -print-changed (opt's mode text), -filter-print-funcs, --report: what
        # each pass changed in each function, per module (report/changes.py)
        self.print_changed = print_changed
        self.filter_print_funcs = filter_print_funcs
        self.record_changes = record_changes or print_changed is not None
        self.changes: list[ModuleChanges] = []

    def phase(self, name: str, start: float) -> None:
        """Add the time since ``start`` to the phase ``name`` (-time-passes)."""
        self.add_phase(name, time.perf_counter() - start)

    def add_phase(self, name: str, seconds: float) -> None:
        self.phases[name] = self.phases.get(name, 0.0) + seconds

    def optimize_all(self, sources: list[tuple[str, str]], printed: bool) -> list[str]:
        """Each (text, name)'s optimized text ('' when not ``printed``), in order.
        Modules are joined into parts (ir/join.py) whose functions share every
        launch; -print-after-all, -verify-each, -print-changed and --report name
        functions and problems of one module, so they run modules one at a time.
        A progress bar counts finished modules on a terminal stderr."""
        texts = [text for text, _ in sources]
        if self.print_after_all or self.verify_each or self.record_changes:
            parts = [[index] for index in range(len(sources))]
        else:
            parts = group_for_joining(texts, self.part_bytes)
        outputs = [""] * len(sources)
        pending = list(reversed(parts))
        # a bar on a terminal stderr only, and not over dumps written there
        dumps = self.print_after_all or self.print_changed is not None
        with Progress(len(sources), self.messages, enabled=not dumps) as progress:
            self._optimize_parts(sources, printed, pending, outputs, progress)
        return outputs

    def _optimize_parts(self, sources: list[tuple[str, str]], printed: bool,
                        pending: list[list[int]], outputs: list[str],
                        progress: Progress) -> None:
        while pending:
            part = pending.pop()
            members = [sources[index] for index in part]
            try:
                results = self._optimize_part(members, printed)
            except Exception as failure:
                if not _out_of_device_memory(failure) or len(part) == 1:
                    raise
                half = len(part) // 2  # the GPU has no room: try halves
                self.messages.write(f"gpuopt: note: the GPU ran out of memory for {len(part)} "
                                    f"modules at once; trying {half} and {len(part) - half}\n")
                pending += [part[half:], part[:half]]
                continue
            for index, result in zip(part, results, strict=True):
                outputs[index] = result
            progress.advance(len(part))

    def _optimize_part(self, members: list[tuple[str, str]], printed: bool) -> list[str]:
        joined = join([text for text, _ in members]) if len(members) > 1 else None
        start = time.perf_counter()
        source_items = 0
        if joined is None:
            module = read_module(*members[0])
            source_items = len(module.host.items)
        else:
            try:
                module = read_module(joined.text, "<batch>")
            except UserError:
                for text, name in members:  # the error, as the module read alone gives it
                    read_module(text, name)
                raise
        self.phase("read", start)
        with _left_out_of_full_collections():
            return self._run_and_print(module, members, printed, joined, source_items)

    def _run_and_print(self, module: Module, members: list[tuple[str, str]], printed: bool,
                       joined: Joined | None, source_items: int) -> list[str]:
        xp = namespace(self.device, module.n_instructions)
        try:
            result = self._run_on(xp, module, members[0][1])
        except Exception as failure:
            if not _out_of_device_memory(failure) or len(members) > 1:
                raise
            self.messages.write(f"gpuopt: note: {members[0][1]}: the GPU ran out of memory; "
                                "running this module on the CPU\n")
            xp = np
            result = self._run_on(np, read_module(*members[0]), members[0][1])
        if (label := device_name(xp)) not in self.devices:
            self.devices.append(label)
        if not printed:
            return [""] * len(members)
        start = time.perf_counter()
        items = print_items(result)
        if joined is None:  # metadata passes appended, numbered as in any grouping (join.py)
            text = members[0][0]
            outputs = [canonical_appended("\n".join(items[:source_items]), items[source_items:],
                                          highest_number(text, "!") if len(items) > source_items
                                          else 0) + "\n"]
        else:
            outputs = split(items, joined)
        self.phase("print", start)
        return outputs

    def _run_on(self, xp: Any, module: Module, source: str = "<batch>") -> Module:
        recorder = ChangeRecorder(module, source) if self.record_changes else None
        start = time.perf_counter()
        module = module.to(xp)
        synchronize(xp)
        self.phase("to device", start)
        runner = Runner()
        if self.verify_each:
            runner.after_pass.append(_verify_after)
        if self.print_after_all:
            runner.after_pass.append(self._print_after)
        if recorder is not None:
            runner.after_pass.append(recorder)
        module = runner.run(self.plan, module)
        start = time.perf_counter()
        module = module.to(np)
        self.phase("to host", start)
        self.records += runner.records  # only a run that finished counts
        if recorder is not None:
            self.changes.append(recorder.changes)
            if self.print_changed is not None:
                self.messages.write(print_changed(recorder.changes, self.print_changed,
                                                  self.filter_print_funcs))
        return module

    def _print_after(self, record: PassRecord, module: Module) -> None:
        """opt's -print-after-all layout: each function after each function pass."""
        for name, text in print_functions(module):
            if self.filter_print_funcs is not None and name not in self.filter_print_funcs:
                continue
            self.messages.write(
                f"; *** IR Dump After {record.llvm_class} on {name} ***\n{text}\n")

    def statistics(self) -> str:
        return statistics_report(self.records)

    def timing(self) -> str:
        return timing_report(self.records, list(self.phases.items()),
                             " + ".join(self.devices) or device_name(np))


def _verify_after(record: PassRecord, module: Module) -> None:
    problems = verify(module)
    if problems:
        raise VerificationError(f"after {record.name}: " + "; ".join(problems))


def _out_of_device_memory(failure: Exception) -> bool:
    cupy = cupy_or_none()
    return cupy is not None and isinstance(failure, cupy.cuda.memory.OutOfMemoryError)


@contextmanager
def _left_out_of_full_collections() -> Iterator[None]:
    """The objects alive now, chiefly the module just read (millions of small
    tuples and strings in its host tables, no cycles), are left out of the
    cyclic collector's walks while the passes run and the text is printed: a
    full collection walked them all again (about 7% of regex.ll's run), to
    find nothing."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
