"""Module-wide facts of joined modules, per function.

A batch joins modules into one text (ir/join.py), each closed by a
``!gpuopt.b<K>.end = !{}`` line.  Some passes read a fact from a module's own
lines (has it an extern_weak global, the ``"eh-asynch"`` flag, a declaration
of ``llvm.memcpy``...), and the answer must be the one that module alone
gives: so a fact is judged on each joined module's own lines (its renamed
names back to its own) and holds for that module's functions and lines only.
A module read alone is one segment.

Answers are kept while the item list stays the same
(``host_facts.kept_while_items``)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from gpuopt.ir.host_facts import kept_while_items
from gpuopt.ir.join import MARK
from gpuopt.ir.module import HostTables, Module

_END = f"!{MARK}"
_END_TAIL = ".end = !{}"


@dataclass
class _Segments:
    lines: list[str]        # the module lines (items of kind "text"), in order
    stops: list[int]        # per joined module: one past its last line
    functions: np.ndarray   # per function: its joined module


def _segments(host: HostTables) -> _Segments:
    """Where each joined module's lines end, and each function's module.
    Lines after the last end mark (what passes append) belong to the last."""
    def scan() -> _Segments:
        lines: list[str] = []
        stops: list[int] = []
        rows: list[int] = []
        at: list[int] = []
        for kind, payload in host.items:  # module-level items, not instructions
            if kind == "text":
                lines.append(payload)
                if payload.startswith(_END) and payload.endswith(_END_TAIL):
                    stops.append(len(lines))
            elif kind == "function":
                rows.append(int(payload))
                at.append(len(stops))
        if not stops:
            stops = [len(lines)]
        stops[-1] = len(lines)
        functions = np.zeros(max(rows, default=-1) + 1, dtype=np.int32)
        functions[rows] = np.minimum(np.asarray(at, dtype=np.int32), len(stops) - 1)
        return _Segments(lines, stops, functions)

    def extend(segments: _Segments, added: list[str]) -> _Segments:
        # appended lines come after the last end mark: the last module's
        lines = segments.lines + added
        return _Segments(lines, [*segments.stops[:-1], len(lines)], segments.functions)
    return kept_while_items(host, "joined segments", scan, extend)


def line_segments(host: HostTables) -> list[int]:
    """Per module line (the items of kind "text", in order): its joined module."""
    stops = _segments(host).stops
    out: list[int] = []
    for k, (start, stop) in enumerate(zip([0, *stops[:-1]], stops, strict=True)):
        out += [k] * (stop - start)  # one list repeat per module
    return out


def segment_facts(host: HostTables, needle: str,
                  test: Callable[[str], bool] | None = None) -> np.ndarray:
    """Per joined module: whether one of its own lines (read with its own
    names, the ``gpuopt.b<K>.`` prefix taken off) holds ``needle`` and passes
    ``test``.  Only the lines that hold ``needle`` are tested."""
    def holds(line: str, k: int) -> bool:
        own = line.replace(f"{MARK}{k}.", "") if k else line
        return needle in own and (test is None or test(own))

    def judge() -> np.ndarray:
        segments = _segments(host)
        facts = np.zeros(len(segments.stops), dtype=bool)
        last = len(segments.stops) - 1
        for index in [i for i, line in enumerate(segments.lines) if needle in line]:  # few
            k = min(bisect_right(segments.stops, index), last)
            facts[k] |= holds(segments.lines[index], k)
        return facts

    def extend(facts: np.ndarray, added: list[str]) -> np.ndarray:
        last = facts.shape[0] - 1  # appended lines are the last module's
        if facts[last] or not any(needle in line and holds(line, last) for line in added):
            return facts
        facts = facts.copy()
        facts[last] = True
        return facts
    question = ("segment facts", needle, test.__qualname__ if test else None)
    return kept_while_items(host, question, judge, extend)


def function_facts(m: Module, needle: str,
                   test: Callable[[str], bool] | None = None) -> Any:
    """Per function row of ``m``: ``segment_facts`` of the joined module it
    came from (through its host row, which differs in a cut)."""
    return host_function_facts(m.host, needle, test)[m.host_function_rows()]


def host_function_facts(host: HostTables, needle: str,
                        test: Callable[[str], bool] | None = None) -> np.ndarray:
    """Per function row of the host tables: ``segment_facts`` of the joined
    module it came from."""
    return segment_facts(host, needle, test)[_segments(host).functions]
