"""Things a run opens and closes when it ends, unless the warm server keeps
them open between requests: stores (one writer for a CozoDB store), Ray's
actors and ``--jobs``' worker processes (warm engines).

``opened(key, make, close)`` makes the thing for a key once, with how to
close it, and hands it out again until the run ends (``run_ended``) or,
where ``keep`` is set, until the server stops (``close_all``).  Each
subclass has its own table.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, Generic, TypeVar

V = TypeVar("V")


class Kept(Generic[V]):
    keep: ClassVar[bool] = False
    _opened: ClassVar[dict[Any, tuple[Any, Callable[[Any], None]]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._opened = {}

    @classmethod
    def opened(cls, key: Any, make: Callable[[], V], close: Callable[[V], None]) -> V:
        if key not in cls._opened:
            cls._opened[key] = (make(), close)
        return cls._opened[key][0]  # type: ignore[no-any-return]

    @classmethod
    def forget(cls, key: Any) -> None:
        """Drop one without closing it (it is gone already)."""
        cls._opened.pop(key, None)

    @classmethod
    def run_ended(cls) -> None:
        if not cls.keep:
            cls.close_all()

    @classmethod
    def close_all(cls) -> None:
        for value, close in cls._opened.values():
            close(value)
        cls._opened.clear()
