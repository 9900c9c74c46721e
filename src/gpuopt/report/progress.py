"""A progress bar on stderr for long work (a batch of many modules, a watch
build), drawn with rich, and only when the stream is a terminal: stdout may
carry IR, and a stderr going to a file or a server's buffer gets nothing."""

from __future__ import annotations

from types import TracebackType
from typing import Any, TextIO


class Progress:
    """``with Progress(total, stream) as bar: bar.advance(n)``; ``total`` None:
    a count without an end (a build whose compiles are not known ahead)."""

    def __init__(self, total: int | None, stream: TextIO, description: str = "optimizing",
                 unit: str = "modules", enabled: bool = True, minimum: int = 2) -> None:
        self.total = total
        self.stream = stream
        self.description = description
        self.unit = unit
        # one module needs no bar; a known total below ``minimum`` neither
        self.shown = enabled and _is_terminal(stream) and (total is None or total >= minimum)
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> Progress:
        if not self.shown:
            return self
        try:  # only when a bar is drawn; a checkout whose venv predates rich draws none
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )
            from rich.progress import Progress as RichProgress
        except ImportError:
            self.shown = False
            return self

        console = Console(file=self.stream, stderr=True)
        columns: list[Any] = [SpinnerColumn(), TextColumn("{task.description}")]
        if self.total is not None:
            columns += [BarColumn(), MofNCompleteColumn()]
        else:
            columns += [TextColumn("{task.completed} " + self.unit)]
        columns += [TimeElapsedColumn()]
        self._bar = RichProgress(*columns, console=console, transient=True,
                                 redirect_stdout=False, redirect_stderr=False)
        self._bar.start()
        self._task = self._bar.add_task(self.description, total=self.total)
        return self

    def advance(self, count: int = 1) -> None:
        if self._bar is not None:
            self._bar.advance(self._task, count)

    def set_completed(self, count: int) -> None:
        if self._bar is not None:
            self._bar.update(self._task, completed=count)

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed, or not a file at all
        return False
