"""opt's ``-passes=`` grammar.

    pipeline := element (',' element)*
    element  := NAME ('<' PARAMS '>')? ('(' pipeline ')')?

``module(...)``, ``function(...)`` and ``cgscc(...)`` nest a pipeline (every
pass here runs over all functions of the module at once, so nesting only
groups); ``repeat<N>(...)`` runs its pipeline N times.  Errors point into the
pipeline text with opt's error layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gpuopt.diagnostics import SourceError

PIPELINE_SOURCE = "-passes"
_NAME = re.compile(r"[A-Za-z0-9_.-]+")
# Limits, so that no pipeline text recurses without bound or runs for ever:
# nested pipelines (the parser and the pass manager recurse once per level),
# and the passes a pipeline runs, repeat<N> counts multiplied out.
MAX_NESTING = 100
MAX_PASS_RUNS = 10000
_NOT_ASCII = re.compile(r"[^\x20-\x7e]")
_REPEAT_COUNT = re.compile(r"[0-9]+")


@dataclass(frozen=True)
class Element:
    name: str
    params: str | None
    children: tuple[Element, ...] | None
    offset: int = field(compare=False, default=0)


def error(text: str, offset: int, message: str) -> SourceError:
    return SourceError(PIPELINE_SOURCE, 1, offset + 1, message, text)


def parse_pipeline(text: str) -> tuple[Element, ...]:
    """Parse pipeline text; an empty text is an empty pipeline."""
    if not text.strip():
        return ()
    # opt's pipeline text is ASCII; anything else (a Unicode digit that
    # str.isdigit takes, a control character) is no part of it
    odd = _NOT_ASCII.search(text)
    if odd is not None:
        raise error(text, odd.start(), f"invalid character {odd.group()!a} in pipeline")
    elements, offset = _parse_list(text, 0, 0)
    if offset != len(text):
        raise error(text, offset, f"unexpected '{text[offset]}' in pipeline")
    if _pass_runs(elements) > MAX_PASS_RUNS:
        raise error(text, 0, f"the pipeline runs more than {MAX_PASS_RUNS} passes (repeat "
                             "counts multiplied out), gpuopt's limit")
    return elements


def _pass_runs(elements: tuple[Element, ...]) -> int:
    """How many passes ``elements`` run, nested repeat<N> counts multiplied out;
    once past MAX_PASS_RUNS, some number past it (recursive: the nesting is
    at most MAX_NESTING deep)."""
    runs = 0
    for element in elements:
        if element.children is None:
            runs += 1
            continue
        times = 1
        if element.name == "repeat" and element.params is not None \
                and _REPEAT_COUNT.fullmatch(element.params):
            digits = element.params.lstrip("0") or "0"
            # a count of thousands of digits: int() would refuse it, and it is over
            times = int(digits) if len(digits) <= 9 else MAX_PASS_RUNS + 1
        runs += times * _pass_runs(element.children)
        if runs > MAX_PASS_RUNS:
            return runs
    return runs


def _parse_list(text: str, offset: int, depth: int) -> tuple[tuple[Element, ...], int]:
    elements = []
    while True:
        element, offset = _parse_element(text, offset, depth)
        elements.append(element)
        if offset < len(text) and text[offset] == ",":
            offset += 1
            continue
        return tuple(elements), offset


def _parse_element(text: str, offset: int, depth: int) -> tuple[Element, int]:
    match = _NAME.match(text, offset)
    if not match:
        found = f"'{text[offset]}'" if offset < len(text) else "end of pipeline"
        raise error(text, offset, f"expected a pass name, found {found}")
    start = offset
    name = match.group()
    offset = match.end()
    params = None
    if offset < len(text) and text[offset] == "<":
        depth, cursor = 0, offset
        while cursor < len(text):
            depth += {"<": 1, ">": -1}.get(text[cursor], 0)
            if depth == 0:
                break
            cursor += 1
        if cursor >= len(text):
            raise error(text, offset, "unterminated '<' in pass parameters")
        params = text[offset + 1:cursor]
        offset = cursor + 1
    children = None
    if offset < len(text) and text[offset] == "(":
        if depth >= MAX_NESTING:
            raise error(text, offset, f"pipeline nested more than {MAX_NESTING} deep")
        children, offset = _parse_list(text, offset + 1, depth + 1)
        if offset >= len(text) or text[offset] != ")":
            raise error(text, offset, "expected ')' to close the nested pipeline")
        offset += 1
    return Element(name, params, children, start), offset
