"""Module-wide facts of joined modules, per function.

A batch joins modules into one text (ir/join.py), each closed by a
``!gpuopt.b<K>.end = !{}`` line.  Some passes read a fact from a module's own
lines (has it an extern_weak global, the ``"eh-asynch"`` flag, a declaration
of ``llvm.memcpy``...), and the answer must be the one that module alone
gives: so a fact is judged on each joined module's own lines (its renamed
names back to its own) and holds for that module's functions and lines only.
A module read alone is one segment."""

from __future__ import annotations

from collections.abc import Callable, Hashable

import numpy as np

from gpuopt.ir.host_facts import remembered
from gpuopt.ir.join import MARK
from gpuopt.ir.module import HostTables

_END = f"!{MARK}"
_END_TAIL = ".end = !{}"


def _is_end(line: str) -> bool:
    return line.startswith(_END) and line.endswith(_END_TAIL)


def _segments(host: HostTables) -> tuple[list[int], np.ndarray, int]:
    """Per module line (in item order) and per function: the joined module it
    came from; and how many there are.  Lines after the last end mark (what
    passes append) belong to the last module."""
    def scan() -> tuple[list[int], np.ndarray, int]:
        line_segment: list[int] = []
        function_segment: dict[int, int] = {}
        segment = 0
        ends = 0
        for kind, payload in host.items:  # module-level items, not instructions
            if kind == "function":
                function_segment[int(payload)] = segment
            if kind != "text":  # (a function, a blockaddress)
                continue
            line_segment.append(segment)
            if _is_end(payload):
                ends += 1
                segment = ends
        count = max(ends, 1)
        last = count - 1
        functions = np.zeros(max(function_segment, default=-1) + 1, dtype=np.int32)
        for fn, at in function_segment.items():  # functions, once per module read
            functions[fn] = min(at, last)
        return [min(at, last) for at in line_segment], functions, count
    return remembered(host, "joined segments", scan)


def line_segments(host: HostTables) -> list[int]:
    """Per module line (the items of kind "text", in order): its joined module."""
    return _segments(host)[0]


def segment_facts(host: HostTables, question: Hashable,
                  test: Callable[[str], bool]) -> np.ndarray:
    """Per joined module: whether ``test`` holds for any of its own lines, read
    with its own names (the ``gpuopt.b<K>.`` prefix taken off)."""
    def judge() -> np.ndarray:
        lines = [payload for kind, payload in host.items if kind == "text"]
        segments, _, count = _segments(host)
        facts = np.zeros(count, dtype=bool)
        for line, segment in zip(lines, segments, strict=True):  # module lines
            if not facts[segment]:
                own = line.replace(f"{MARK}{segment}.", "") if segment and MARK in line \
                    else line
                facts[segment] = test(own)
        return facts
    return remembered(host, ("segment facts", question), judge)


def function_facts(host: HostTables, question: Hashable,
                   test: Callable[[str], bool]) -> np.ndarray:
    """Per function: ``segment_facts`` of the joined module it came from."""
    return segment_facts(host, question, test)[_segments(host)[1]]
