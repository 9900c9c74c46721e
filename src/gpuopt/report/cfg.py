"""Control-flow graphs of printed functions, drawn as SVG by graphviz's ``dot``.

A graph is read from a function's printed text (the report has the text of
every function before and after the run, and no columns of the input once
the passes ran): a block is a label line and the lines up to the next one;
its edges are the ``label %x`` operands in it (br, switch, invoke, callbr;
phis name blocks without ``label``).  Each node shows the block's first
lines, as opt's dot-cfg shows whole blocks.  Many graphs go through one
``dot`` process (one start instead of hundreds; dot writes one SVG document
per input graph); a batch that fails is redone graph by graph so that one
bad graph costs only its own drawing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass

_LABEL = re.compile(r'^("(?:[^"\\]|\\.)*"|[-\w$.]+):')
_TARGET = re.compile(r'label %("(?:[^"\\]|\\.)*"|[-\w$.]+)')
NODE_LINES = 12       # lines of a block shown in its node
LINE_CHARS = 72       # characters of a line shown
MAX_BLOCKS = 400      # larger functions are listed, not drawn (dot gets slow)


@dataclass(frozen=True)
class Drawing:
    svg: str | None   # None: not drawn
    note: str         # why not, when not


def dot_path() -> str | None:
    return shutil.which("dot")


def function_dot(text: str, title: str) -> tuple[str, int]:
    """(DOT text, block count) of the function printed as ``text``."""
    lines = text.split("\n")
    opening = next(i for i, line in enumerate(lines) if line.rstrip().endswith("{"))
    body = lines[opening + 1:len(lines) - 1 - lines[::-1].index("}")]
    blocks: list[tuple[str, list[str]]] = [("entry", [])]
    for line in body:
        match = _LABEL.match(line)
        if match:
            name = match.group(1)
            if blocks == [("entry", [])]:
                blocks = []  # a named entry block
            blocks.append((name, []))
        elif line.strip():
            blocks[-1][1].append(line.strip())
    index = {name: position for position, (name, _) in enumerate(blocks)}
    out = [f"digraph {_quote('CFG for ' + title)} {{",
           f"  label={_quote(f'CFG for {title!r} function')};",
           '  node [shape=box, fontname="monospace", fontsize=10];']
    for position, (name, instructions) in enumerate(blocks):
        shown = [line[:LINE_CHARS] + ("..." if len(line) > LINE_CHARS else "")
                 for line in instructions[:NODE_LINES]]
        if len(instructions) > NODE_LINES:
            shown.append(f"... {len(instructions) - NODE_LINES} more lines")
        label = "".join(_escape(line) + "\\l" for line in [f"{name}:", *shown])
        out.append(f'  b{position} [label="{label}"];')
    for position, (_, instructions) in enumerate(blocks):
        targets = [index[target] for line in instructions
                   for target in _TARGET.findall(line) if target in index]
        out += [f"  b{position} -> b{target};" for target in targets]
    out.append("}")
    return "\n".join(out) + "\n", len(blocks)


def draw_all(graphs: list[tuple[str, int]], timeout: float = 600.0) -> list[Drawing]:
    """SVG of each (DOT, block count), in order; graphs over MAX_BLOCKS blocks,
    or all of them when ``dot`` is missing, come back undrawn with a note."""
    dot = dot_path()
    if dot is None:
        return [Drawing(None, "graphviz 'dot' is not installed") for _ in graphs]
    drawn = [index for index, (_, blocks) in enumerate(graphs) if blocks <= MAX_BLOCKS]
    svgs = _run_dot(dot, [graphs[index][0] for index in drawn], timeout)
    if svgs is None:  # one bad graph spoils the batch: draw them one by one
        svgs = [(_run_dot(dot, [graphs[index][0]], timeout) or [None])[0] for index in drawn]
    out = [Drawing(None, f"{blocks} blocks: too large to draw (over {MAX_BLOCKS})")
           for _, blocks in graphs]
    for index, svg in zip(drawn, svgs, strict=True):
        out[index] = Drawing(svg, "" if svg is not None else "dot failed on this graph")
    return out


def _run_dot(dot: str, sources: list[str], timeout: float) -> list[str | None] | None:
    if not sources:
        return []
    try:
        result = subprocess.run([dot, "-Tsvg"], input="".join(sources), capture_output=True,
                                text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None
    if result.returncode != 0:
        return None
    documents = [part[part.index("<svg"):] + "</svg>\n"
                 for part in result.stdout.split("</svg>") if "<svg" in part]
    if len(documents) != len(sources):
        return None
    return list(documents)


def _quote(text: str) -> str:
    return '"' + _escape(text) + '"'


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')
