"""The CozoDB entity store: pycozo's embedded client on cozo's sqlite engine.

Cozo's sqlite engine sets no busy timeout: with several processes on one file, a
write or even an open that meets another process's lock fails at once ("database
is locked (code 5)" from a query, a Rust panic from the open), and the failed
writes are simply lost.  Readers alone coexist.  So every operation here, the open
included, runs under an exclusive ``fcntl.flock`` on ``PATH.lock``: processes take
turns (a concurrent build waits, it does not fail), and the process that holds the
store for a whole build, the warm server, pays only for the lock.  The kernel drops
a killed process's lock, and SQLite's journal rolls its unfinished transaction back
on the next open.

Layout (schema version 1), three relations:

- ``gpuopt_store {name => value}``: ``format`` and ``schema_version``;
- ``entry {key => name, body, callees, digest}``: ``digest`` = ``entry_digest`` of
  the rest, checked on every read (a mismatch is a miss; the next ``put_many`` of
  that key overwrites it, since cozo's ``:put`` replaces);
- ``call {callee, key => caller}``: one row per call edge of each entry.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from typing import Any

from gpuopt.diagnostics import UserError
from gpuopt.store import Entry, check_store_path, entry_digest

SCHEMA_VERSION = 1
FORMAT_NAME = "gpuopt-entity-store"

_CREATE = (
    "{:create gpuopt_store {name: String => value: String}}"
    "{:create entry {key: String => name: String, body: String, callees: [String],"
    " digest: String}}"
    "{:create call {callee: String, key: String => caller: String}}"
    "{?[name, value] <- $facts :put gpuopt_store {name => value}}"
)
_PUT = ("{?[key, name, body, callees, digest] <- $entries"
        " :put entry {key => name, body, callees, digest}}"
        "{?[callee, key, caller] <- $calls :put call {callee, key => caller}}")
_GET = ("want[key] <- $keys "
        "?[key, name, body, callees, digest] := want[key],"
        " *entry{key, name, body, callees, digest}")
_CALLERS = ("want[callee] <- $names "
            "?[callee, caller] := want[callee], *call{callee, caller}")
_COUNT = "?[count(key)] := *entry{key}"
_OUR_RELATIONS = {"gpuopt_store", "entry", "call"}


def _cozo_tables(path: str) -> set[str]:
    """The SQLite tables of an existing file.

    Read-write though it only reads: after a killed writer, the read rolls the
    file's hot journal back, which a read-only connection cannot do.
    """
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=rw", uri=True)) as peek:
            rows = peek.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            return {name for (name,) in rows}
    except sqlite3.Error as error:
        raise UserError(f"cannot open store '{path}': {error}") from None


class CozoStore:
    """The ``Store`` interface on a CozoDB sqlite file (see the module docstring)."""

    kind = "cozo"

    def __init__(self, path: str) -> None:
        self.path = path
        # flock does not exclude threads sharing the descriptor (the server's): this does.
        self._thread_lock = threading.Lock()
        try:
            from pycozo.client import Client
        except ImportError:
            raise UserError("the cozo store needs pycozo and cozo-embedded:"
                            " pip install 'gpuopt[cozo]'") from None
        existed = check_store_path(path)
        try:
            self._lock_file = os.open(path + ".lock", os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as error:
            raise UserError(f"cannot create lock file '{path}.lock': {error.strerror}") from None
        try:
            with self._locked():
                if existed:
                    self._check_tables(_cozo_tables(path))
                self._db = self._open_engine(Client)
                try:
                    self._create_or_check()
                except BaseException:
                    self._db.close()
                    raise
        except BaseException:
            os.close(self._lock_file)
            raise

    def _open_engine(self, client_class: Any) -> Any:
        try:
            return client_class("sqlite", self.path, dataframe=False)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as error:  # the engine reports a bad file as a Rust panic
            raise UserError(f"cannot open store '{self.path}': {error}") from None

    def _check_tables(self, tables: set[str]) -> None:
        if tables and tables != {"cozo"}:
            if "gpuopt_store" in tables:
                raise UserError(f"'{self.path}' is an sqlite store, not a cozo one:"
                                " open it with kind 'sqlite'")
            raise UserError(f"'{self.path}' is not a gpuopt store: it holds another"
                            " SQLite database")

    def _create_or_check(self) -> None:
        relations = {row[0] for row in self._run("::relations", {})["rows"]}
        if not relations:
            facts = [["format", FORMAT_NAME], ["schema_version", str(SCHEMA_VERSION)]]
            self._run(_CREATE, {"facts": facts})
            return
        if not relations >= _OUR_RELATIONS:
            raise UserError(f"'{self.path}' is not a gpuopt store: it holds another"
                            " cozo database")
        facts = dict(self._run("?[name, value] := *gpuopt_store{name, value}", {})["rows"])
        if facts.get("format") != FORMAT_NAME:
            raise UserError(f"'{self.path}' is not a gpuopt store: it holds another"
                            " cozo database")
        version = facts.get("schema_version")
        if version != str(SCHEMA_VERSION):
            raise UserError(f"store '{self.path}' has schema version {version}; this gpuopt"
                            f" uses version {SCHEMA_VERSION}: remove it or use another path")

    @contextmanager
    def _locked(self) -> Iterator[None]:
        # Blocks until no other process is in the store: concurrent builds wait, not fail.
        with self._thread_lock:
            fcntl.flock(self._lock_file, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(self._lock_file, fcntl.LOCK_UN)

    def _run(self, script: str, params: dict[str, Any], immutable: bool = False
             ) -> dict[str, Any]:
        from pycozo.client import QueryException
        try:
            result: dict[str, Any] = self._db.run(script, params, immutable=immutable)
        except QueryException as error:
            raise UserError(f"store '{self.path}': {str(error).strip()}") from None
        return result

    def get_many(self, keys: Sequence[str]) -> dict[str, Entry]:
        wanted = [[key] for key in dict.fromkeys(keys)]
        if not wanted:
            return {}
        with self._locked():
            rows = self._run(_GET, {"keys": wanted}, immutable=True)["rows"]
        found: dict[str, Entry] = {}
        for key, name, body, callees, digest in rows:
            # A damaged row is a miss; the caller's next put_many replaces it.
            if entry_digest(name, body, callees) == digest:
                found[key] = Entry(key, name, body, tuple(callees))
        return found

    def put_many(self, entries: Sequence[Entry]) -> None:
        if not entries:
            return
        entry_rows = [[entry.key, entry.name, entry.body, list(entry.callees),
                       entry_digest(entry.name, entry.body, entry.callees)]
                      for entry in entries]
        call_rows = [[callee, entry.key, entry.name]
                     for entry in entries for callee in dict.fromkeys(entry.callees)]
        # One script, one transaction: the entries and their call edges together.
        with self._locked():
            self._run(_PUT, {"entries": entry_rows, "calls": call_rows})

    def callers_of(self, names: Sequence[str]) -> dict[str, list[str]]:
        callers: dict[str, set[str]] = {name: set() for name in names}
        if not callers:
            return {}
        with self._locked():
            rows = self._run(_CALLERS, {"names": [[name] for name in callers]},
                             immutable=True)["rows"]
        for callee, caller in rows:
            callers[callee].add(caller)
        return {name: sorted(found) for name, found in callers.items()}

    def count(self) -> int:
        with self._locked():
            rows = self._run(_COUNT, {}, immutable=True)["rows"]
        return int(rows[0][0]) if rows else 0

    def close(self) -> None:
        with self._thread_lock:
            self._db.close()
            os.close(self._lock_file)
