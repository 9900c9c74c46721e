"""User-facing errors in opt's format.

``gpuopt: FILE:LINE:COL: error: MESSAGE``, then the source line and a caret
under the column.  Anything a user can get wrong raises ``UserError`` (or its
positioned subclass ``SourceError``); the command prints it and exits 1.
"""

from __future__ import annotations

TOOL = "gpuopt"


class UserError(Exception):
    """A mistake in the input or the command line, never a bug in gpuopt."""

    def render(self) -> str:
        return f"{TOOL}: {self.args[0]}"


class SourceError(UserError):
    """An error at a position in a named source (a file or the pipeline text)."""

    def __init__(self, source: str, line: int, column: int, message: str,
                 line_text: str) -> None:
        super().__init__(message)
        self.source = source
        self.line = line
        self.column = column
        self.message = message
        self.line_text = line_text

    def __reduce__(self) -> tuple[type[SourceError], tuple[str, int, int, str, str]]:
        # pickled whole: a Ray worker's error reaches the driver as raised
        return (type(self), (self.source, self.line, self.column, self.message, self.line_text))

    def render(self) -> str:
        # One character per column, so the caret lines up: a tab shows as one
        # space, and control characters (binary input) as '?', not raw bytes.
        shown = "".join(ch if ch.isprintable() else " " if ch == "\t" else "?"
                        for ch in self.line_text)
        caret = " " * max(self.column - 1, 0) + "^"
        return (f"{TOOL}: {self.source}:{self.line}:{self.column}: error: {self.message}\n"
                f"{shown}\n{caret}")


def error_at(source: str, text: str, offset: int, message: str) -> SourceError:
    """A SourceError for byte ``offset`` of ``text`` (1-based line and column)."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line_text = text[start:] if end < 0 else text[start:end]
    return SourceError(source, line, offset - start + 1, message, line_text)
