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
    elements, offset = _parse_list(text, 0)
    if offset != len(text):
        raise error(text, offset, f"unexpected '{text[offset]}' in pipeline")
    return elements


def _parse_list(text: str, offset: int) -> tuple[tuple[Element, ...], int]:
    elements = []
    while True:
        element, offset = _parse_element(text, offset)
        elements.append(element)
        if offset < len(text) and text[offset] == ",":
            offset += 1
            continue
        return tuple(elements), offset


def _parse_element(text: str, offset: int) -> tuple[Element, int]:
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
        children, offset = _parse_list(text, offset + 1)
        if offset >= len(text) or text[offset] != ")":
            raise error(text, offset, "expected ')' to close the nested pipeline")
        offset += 1
    return Element(name, params, children, start), offset
