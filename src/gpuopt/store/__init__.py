"""The entity store: optimized functions kept between builds, behind one small interface.

One record per function: the key is a hex digest of the function's canonical input,
the pipeline text and gpuopt's version (computed by the caller); the value is the
optimized body as opaque text, the function's name and the names it calls, from
which ``callers_of`` answers which recorded functions call a given one.

Two stores implement ``Store``: SQLite (the default, ``sqlite_store.py``: Python's
sqlite3 in WAL mode, safe for many processes at once) and CozoDB
(``cozo_store.py``: pycozo with cozo's sqlite engine, every operation under an
exclusive lock on ``PATH.lock`` because that engine fails with several processes).
Both guarantee:

- ``put_many`` is one transaction: a writer killed at any point leaves all of its
  entries or none, and the next open recovers without error;
- every row carries a digest of its entry, checked on read: a row that does not
  match is a miss, never a result;
- a path that cannot be used, or that holds anything but this kind of store (another
  file, another SQLite database, the other kind of store, another schema version),
  is a ``UserError`` with a one-line message.

docs/store.md describes the layouts, the locking and what was measured.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from gpuopt.diagnostics import UserError

KINDS = ("sqlite", "cozo")
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Entry:
    """One optimized function; the same key always means the same entry."""

    key: str                  # hex digest of canonical input + pipeline text + gpuopt version
    name: str                 # the function's name (for reports and the call graph)
    body: str                 # the optimized function as text, opaque to the store
    callees: tuple[str, ...]  # names of the functions it calls


class Store(Protocol):
    """What a build asks of a store; both kinds answer the same way."""

    kind: str

    def get_many(self, keys: Sequence[str]) -> dict[str, Entry]:
        """The entries of the present keys (missing keys are left out)."""
        ...

    def put_many(self, entries: Sequence[Entry]) -> None:
        """Record ``entries`` in one transaction: all of them or, if interrupted, none."""
        ...

    def callers_of(self, names: Sequence[str]) -> dict[str, list[str]]:
        """For each name, the sorted names of recorded functions that call it ([] if none)."""
        ...

    def count(self) -> int:
        """How many entries the store holds."""
        ...

    def close(self) -> None:
        """Release the store; using it afterwards is an error."""
        ...


def entry_digest(name: str, body: str, callees: Sequence[str]) -> str:
    """Digest of everything a row holds besides its key, stored with it and checked on read."""
    hasher = hashlib.blake2b(digest_size=16)
    hasher.update(json.dumps([name, list(callees)]).encode())
    hasher.update(b"\x00")
    hasher.update(body.encode())
    return hasher.hexdigest()


def check_store_path(path: str) -> bool:
    """Whether ``path`` already holds an SQLite file; a UserError if it cannot be a store.

    An absent or empty file is fine (a new store); a directory, a missing parent
    folder or a file that is not SQLite is refused before any engine touches it
    (cozo's engine panics on a file that is not a database).
    """
    if os.path.isdir(path):
        raise UserError(f"cannot use store '{path}': it is a directory")
    parent = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(parent):
        raise UserError(f"cannot create store '{path}': no such directory '{parent}'")
    try:
        with open(path, "rb") as existing:
            header = existing.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return False
    except OSError as error:
        raise UserError(f"cannot open store '{path}': {error.strerror}") from None
    if not header:
        return False
    if header != SQLITE_HEADER:
        raise UserError(f"'{path}' is not a gpuopt store: it holds something else")
    return True


def open_store(path: str, kind: str = "sqlite") -> Store:
    """Open the store of ``kind`` at ``path``, creating it if missing."""
    if kind == "sqlite":
        from gpuopt.store.sqlite_store import SqliteStore
        return SqliteStore(path)
    if kind == "cozo":
        from gpuopt.store.cozo_store import CozoStore
        return CozoStore(path)
    raise UserError(f"unknown store kind '{kind}' (expected {' or '.join(KINDS)})")
