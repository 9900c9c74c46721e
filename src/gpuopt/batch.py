"""Optimizing a batch of modules in one process: what the command and the
server share.

One ``Batch`` holds the parsed pipeline, the device choice and the timing and
statistics summed over every module it ran.  Modules run one after another on
the same warm device (one CUDA context, kernels compiled once per process);
functions of different modules do not share launches yet (bench/NOTES.md).
A module the GPU has no memory for runs again on the CPU from its text, with
a note: CPU and GPU give byte-identical output, so the result is the same.
"""

from __future__ import annotations

import time
from typing import Any, TextIO

import numpy as np

from gpuopt.backend import cupy_or_none, device_name, namespace, synchronize
from gpuopt.ir.module import Module
from gpuopt.ir.printer import print_functions, print_module
from gpuopt.ir.reader import read_module
from gpuopt.passes.manager import (
    PassRecord,
    Runner,
    Step,
    build_plan,
    statistics_report,
    timing_report,
)
from gpuopt.transforms.verify import VerificationError, verify


class Batch:
    def __init__(self, passes: str, device: str, messages: TextIO, *,
                 verify_each: bool = False, print_after_all: bool = False) -> None:
        self.plan: tuple[Step, ...] = build_plan(passes)
        self.device = device
        self.messages = messages
        self.verify_each = verify_each
        self.print_after_all = print_after_all
        self.records: list[PassRecord] = []
        self.phases: dict[str, float] = {}
        self.devices: list[str] = []

    def _phase(self, name: str, start: float) -> None:
        self.phases[name] = self.phases.get(name, 0.0) + time.perf_counter() - start

    def read(self, text: str, name: str) -> Module:
        start = time.perf_counter()
        module = read_module(text, name)
        self._phase("read", start)
        return module

    def optimize(self, module: Module, text: str, name: str, *, printed: bool) -> str:
        """Run the plan on ``module`` (read from ``text``); its printed result,
        or '' when ``printed`` is false."""
        xp = namespace(self.device, module.n_instructions)
        try:
            result = self._run_on(xp, module)
        except Exception as failure:
            if not _out_of_device_memory(failure):
                raise
            self.messages.write(f"gpuopt: note: {name}: the GPU ran out of memory; "
                                "running this module on the CPU\n")
            xp = np
            result = self._run_on(np, self.read(text, name))
        if (label := device_name(xp)) not in self.devices:
            self.devices.append(label)
        if not printed:
            return ""
        start = time.perf_counter()
        output = print_module(result)
        self._phase("print", start)
        return output

    def _run_on(self, xp: Any, module: Module) -> Module:
        start = time.perf_counter()
        module = module.to(xp)
        synchronize(xp)
        self._phase("to device", start)
        runner = Runner()
        if self.verify_each:
            runner.after_pass.append(_verify_after)
        if self.print_after_all:
            runner.after_pass.append(self._print_after)
        module = runner.run(self.plan, module)
        start = time.perf_counter()
        module = module.to(np)
        self._phase("to host", start)
        self.records += runner.records  # only a run that finished counts
        return module

    def _print_after(self, record: PassRecord, module: Module) -> None:
        """opt's -print-after-all layout: each function after each function pass."""
        for name, text in print_functions(module):
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
