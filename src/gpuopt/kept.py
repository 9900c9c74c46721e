"""Things a run opens and closes when it ends, unless the warm server keeps
them open between requests: stores (one writer for a CozoDB store), Ray's
actors and ``--jobs``' worker processes (warm engines).

A subclass says how to open one thing for a key (``_open_one``) and how to
close it (``_close_one``); ``get(key)`` opens it once and hands it out again
until the run ends (``run_ended``) or, where ``keep`` is set, until the
server stops (``close_all``).  Each subclass has its own table.
"""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar

V = TypeVar("V")


class Kept(Generic[V]):
    keep: ClassVar[bool] = False
    _opened: ClassVar[dict[Any, Any]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._opened = {}

    @classmethod
    def _open_one(cls, key: Any) -> V:
        raise NotImplementedError

    @classmethod
    def _close_one(cls, value: V) -> None:
        raise NotImplementedError

    @classmethod
    def opened(cls, key: Any) -> V:
        if key not in cls._opened:
            cls._opened[key] = cls._open_one(key)
        return cls._opened[key]  # type: ignore[no-any-return]

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
        for value in cls._opened.values():
            cls._close_one(value)
        cls._opened.clear()
