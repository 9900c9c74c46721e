"""Whole-text scans for the reader: facts about many lines at once.

Per-line facts come from counting a few byte classes over all the lines in one
pass of NumPy, instead of a Python loop over the lines (Pareas's lexer
classifies every byte the same way).  Counting works on UTF-8 bytes: the
characters counted are ASCII, and no byte of a multi-byte character is ASCII,
so each line's counts are the same as over its characters.
"""

from __future__ import annotations

import numpy as np

# The characters whose per-line counts decide whether a verbatim top-level
# line is plainly fine; every other byte is dropped before counting.
_COUNTED = b'\n()[]{}";@'
_DROPPED = bytes(byte for byte in range(256) if byte not in _COUNTED)


def plain_lines(lines: list[str]) -> np.ndarray:
    """Per line, whether it passes the reader's quick test for a verbatim line:
    no ';' and no '@', an even number of '"', and as many closing as opening
    brackets of each kind.  Lines that fail may still be fine; the caller
    checks them one by one.  Linear work, one pass over the bytes."""
    kept = np.frombuffer("\n".join(lines).encode().translate(None, _DROPPED), np.uint8)
    # the line of each kept byte: the number of newlines before it
    newline = kept == ord("\n")
    line_of = np.cumsum(newline) - newline
    count = len(lines)

    def per_line(char: str) -> np.ndarray:
        return np.bincount(line_of[kept == ord(char)], minlength=count)

    balanced = (per_line("(") == per_line(")")) & (per_line("[") == per_line("]")) \
        & (per_line("{") == per_line("}"))
    return balanced & (per_line('"') % 2 == 0) & (per_line(";") == 0) & (per_line("@") == 0)
