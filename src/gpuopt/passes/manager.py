"""The pass registry and the pass manager.

A pass is a frozen dataclass with a ``name`` (LLVM's), an ``llvm_class`` (for
opt-style reports) and ``apply(module) -> (module, statistics)``.  The manager
turns parsed pipeline text into a plan and runs it, calling one callback
after every pass: timing, statistics, -print-after-all and -verify-each all
hang off it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from gpuopt.backend import synchronize
from gpuopt.diagnostics import UserError
from gpuopt.ir.module import Module
from gpuopt.passes.pipeline import Element, error, parse_pipeline
from gpuopt.transforms.adce import ADCE
from gpuopt.transforms.dce import DCE
from gpuopt.transforms.early_cse import EarlyCSE
from gpuopt.transforms.instcombine import InstCombine
from gpuopt.transforms.instsimplify import InstSimplify
from gpuopt.transforms.mem2reg import Mem2Reg
from gpuopt.transforms.sccp import SCCP
from gpuopt.transforms.simplifycfg import SimplifyCFG
from gpuopt.transforms.sroa import SROA
from gpuopt.transforms.verify import Verify


class Pass(Protocol):
    name: str
    llvm_class: str

    def apply(self, m: Module) -> tuple[Module, dict[str, int]]: ...


# LLVM's pass names -> factory taking the parameter text (None when absent);
# a factory raises UserError for parameters it does not take.
REGISTRY: dict[str, Callable[[str | None], Pass]] = {
    "adce": lambda params: ADCE(),
    "dce": lambda params: DCE(),
    "early-cse": lambda params: EarlyCSE(),
    "instsimplify": lambda params: InstSimplify(),
    "instcombine": InstCombine.from_params,
    "mem2reg": lambda params: Mem2Reg(),
    "sccp": lambda params: SCCP(),
    "simplifycfg": lambda params: SimplifyCFG(),
    "sroa": lambda params: SROA(),
    "verify": lambda params: Verify(),
}
TAKES_PARAMETERS = frozenset({"instcombine"})
# Names that only group a nested pipeline, with the parameters they accept.
ADAPTORS: dict[str, frozenset[str]] = {
    "module": frozenset(),
    "function": frozenset({"eager-inv"}),
    "cgscc": frozenset(),
}


@dataclass(frozen=True)
class Repeat:
    count: int
    body: tuple[Step, ...]


Step = Pass | Repeat


def build_plan(text: str) -> tuple[Step, ...]:
    """Pipeline text to a plan of passes; raises SourceError on bad text."""
    return tuple(_build(text, element) for element in parse_pipeline(text))


def _build(text: str, element: Element) -> Step:
    name, params, children = element.name, element.params, element.children
    if name == "repeat":
        if params is None or not params.isdigit():
            raise error(text, element.offset, "repeat needs a count: repeat<N>(...)")
        if children is None:
            raise error(text, element.offset, "repeat needs a nested pipeline: repeat<N>(...)")
        return Repeat(int(params), tuple(_build(text, child) for child in children))
    if name in ADAPTORS:
        if params is not None and params not in ADAPTORS[name]:
            raise error(text, element.offset, f"invalid {name} parameter '{params}'")
        if children is None:
            raise error(text, element.offset, f"{name} needs a nested pipeline: {name}(...)")
        return Repeat(1, tuple(_build(text, child) for child in children))
    factory = REGISTRY.get(name)
    if factory is None:
        raise error(text, element.offset, f"unknown pass name '{name}'")
    if children is not None:
        raise error(text, element.offset, f"pass '{name}' does not take a nested pipeline")
    if params is not None and name not in TAKES_PARAMETERS:
        raise error(text, element.offset, f"invalid {name} pass parameter '{params}'")
    try:
        return factory(params)
    except UserError as failure:
        raise error(text, element.offset, str(failure.args[0])) from None


@dataclass
class PassRecord:
    """What one run of one pass did."""

    name: str
    llvm_class: str
    seconds: float
    statistics: dict[str, int]
    instructions_before: int
    instructions_after: int


@dataclass
class Runner:
    """Runs a plan; ``after_pass`` sees every pass's record and result."""

    after_pass: list[Callable[[PassRecord, Module], None]] = field(default_factory=list)
    records: list[PassRecord] = field(default_factory=list)

    def run(self, plan: tuple[Step, ...], m: Module) -> Module:
        for step in plan:
            if isinstance(step, Repeat):
                for _ in range(step.count):
                    m = self.run(step.body, m)
                continue
            before = m.n_instructions
            synchronize(m.xp)
            start = time.perf_counter()
            m, statistics = step.apply(m)
            synchronize(m.xp)
            record = PassRecord(step.name, step.llvm_class, time.perf_counter() - start,
                                statistics, before, m.n_instructions)
            self.records.append(record)
            for callback in self.after_pass:
                callback(record, m)
        return m


def run_pipeline(text: str, m: Module) -> Module:
    """Parse ``text`` and run it on ``m`` (the Python API's one-call form)."""
    return Runner().run(build_plan(text), m)


def statistics_report(records: list[PassRecord]) -> str:
    """opt's -stats layout: one line per counter, summed over runs."""
    totals: dict[tuple[str, str], int] = {}
    for record in records:
        for key, value in record.statistics.items():
            totals[(record.name, key)] = totals.get((record.name, key), 0) + value
    rows = [(value, name, key) for (name, key), value in totals.items() if value]
    width = max((len(str(value)) for value, _, _ in rows), default=1)
    lines = [_RULE, "                          ... Statistics Collected ...", _RULE, ""]
    lines += [f"{value:>{width}} {name} - {key}" for value, name, key in sorted(
        rows, key=lambda row: (row[1], row[2]))]
    return "\n".join(lines) + "\n"


def timing_report(records: list[PassRecord], phases: list[tuple[str, float]],
                  device: str) -> str:
    """opt's -time-passes layout: passes, then gpuopt's own phases."""
    out = []
    for title, rows in (("Pass execution timing report",
                         [(r.llvm_class, r.seconds) for r in records]),
                        ("gpuopt phase timing report", phases)):
        merged: dict[str, float] = {}
        for name, seconds in rows:
            merged[name] = merged.get(name, 0.0) + seconds
        total = sum(merged.values())
        out += [_RULE, f"{'... ' + title + ' ...':^79}".rstrip(), _RULE,
                f"  Total Execution Time: {total:.4f} seconds ({total:.4f} wall clock)"
                f"  [device: {device}]", "",
                "   ---Wall Time---  --- Name ---"]
        for name, seconds in sorted(merged.items(), key=lambda item: -item[1]):
            share = 100.0 * seconds / total if total else 0.0
            out.append(f"   {seconds:.4f} ({share:5.1f}%)  {name}")
        out += [f"   {total:.4f} (100.0%)  Total", ""]
    return "\n".join(out)


_RULE = "===" + "-" * 73 + "==="

