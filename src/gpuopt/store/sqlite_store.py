"""The default entity store: one SQLite file, Python's own sqlite3, WAL mode.

Many processes of a parallel build open the same file and read and write at once:
WAL lets readers go on while one writer commits, a writer starts with ``BEGIN
IMMEDIATE`` so it waits for another (the busy timeout) instead of failing halfway,
and each ``put_many`` is one transaction, so a writer killed by SIGKILL leaves all
of its rows or none (SQLite rolls the unfinished WAL frames back on the next open).
``synchronous=NORMAL``: a committed put may be lost to a power cut, never to a
killed process, and the file stays consistent either way.

Layout (schema version 1):

- ``gpuopt_store(name, value)``: ``format`` = ``gpuopt-entity-store`` and
  ``schema_version``; a file without it, or with another version, is refused;
- ``entries(key, name, body, callees, digest)``: ``callees`` as a JSON list,
  ``digest`` = ``entry_digest`` of the rest, checked on every read;
- ``calls(callee, key, caller)``: one row per call edge of each entry, indexed by
  callee for ``callers_of``.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from gpuopt.diagnostics import UserError
from gpuopt.store import Entry, check_store_path, entry_digest

SCHEMA_VERSION = 1
FORMAT_NAME = "gpuopt-entity-store"
# make -j16 writers queue behind one another; each waits this long before failing.
BUSY_TIMEOUT_S = 120.0
# Keys per IN (...) query: well under SQLite's limit on bound parameters.
KEYS_PER_QUERY = 500

_SCHEMA = (
    "CREATE TABLE gpuopt_store (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE entries (key TEXT PRIMARY KEY, name TEXT NOT NULL, body TEXT NOT NULL,"
    " callees TEXT NOT NULL, digest TEXT NOT NULL)",
    "CREATE TABLE calls (callee TEXT NOT NULL, key TEXT NOT NULL, caller TEXT NOT NULL,"
    " PRIMARY KEY (callee, key)) WITHOUT ROWID",
    "CREATE INDEX calls_by_key ON calls (key)",
)
_OUR_TABLES = {"gpuopt_store", "entries", "calls"}


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _checked_entry(key: str, name: str, body: str, callees_json: str, digest: str
                   ) -> Entry | None:
    """The row as an Entry if it matches its digest, else None (a damaged row is a miss)."""
    try:
        callees = tuple(json.loads(callees_json))
    except ValueError:
        return None
    if entry_digest(name, body, callees) != digest:
        return None
    return Entry(key, name, body, callees)


class SqliteStore:
    """The ``Store`` interface on one SQLite file (see the module docstring)."""

    kind = "sqlite"

    def __init__(self, path: str) -> None:
        self.path = path
        # One connection, so one transaction at a time even if threads share the store.
        self._thread_lock = threading.Lock()
        existed = check_store_path(path)
        try:
            # The store is used by one thread at a time, not always the one that opened
            # it (the server's worker); isolation_level=None: transactions are explicit.
            self._db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                       check_same_thread=False)
        except sqlite3.Error as error:
            raise UserError(f"cannot open store '{path}': {error}") from None
        try:
            if existed:
                self._check_existing()
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._create_or_check()
        except sqlite3.Error as error:
            self._db.close()
            raise UserError(f"cannot open store '{path}': {error}") from None
        except UserError:
            self._db.close()
            raise

    def _tables(self) -> set[str]:
        rows = self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {name for (name,) in rows}

    def _check_existing(self) -> None:
        """Refuse a foreign SQLite file before changing anything in it (WAL mode included)."""
        tables = self._tables()
        if tables and "gpuopt_store" not in tables:
            raise UserError(self._foreign_message(tables))

    def _foreign_message(self, tables: set[str]) -> str:
        if tables == {"cozo"}:
            return f"'{self.path}' is a cozo store, not an sqlite one: open it with kind 'cozo'"
        return f"'{self.path}' is not a gpuopt store: it holds another SQLite database"

    def _create_or_check(self) -> None:
        """Create the tables in an empty file, else check the format and version.

        Under ``BEGIN IMMEDIATE``, so two processes creating the same new store
        at once do it one after the other.
        """
        with self._transaction("BEGIN IMMEDIATE"):
            tables = self._tables()
            if not tables:
                for statement in _SCHEMA:
                    self._db.execute(statement)
                self._db.executemany("INSERT INTO gpuopt_store VALUES (?, ?)",
                                     [("format", FORMAT_NAME),
                                      ("schema_version", str(SCHEMA_VERSION))])
                return
            if "gpuopt_store" not in tables:
                raise UserError(self._foreign_message(tables))
            facts = dict(self._db.execute("SELECT name, value FROM gpuopt_store"))
            if facts.get("format") != FORMAT_NAME or not tables >= _OUR_TABLES:
                raise UserError(self._foreign_message(tables))
            version = facts.get("schema_version")
            if version != str(SCHEMA_VERSION):
                raise UserError(f"store '{self.path}' has schema version {version}; this gpuopt"
                                f" uses version {SCHEMA_VERSION}: remove it or use another path")

    @contextmanager
    def _transaction(self, begin: str) -> Iterator[None]:
        self._db.execute(begin)
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    @contextmanager
    def _operation(self) -> Iterator[None]:
        # Disk full, a lock held past the timeout...: one line, not a traceback.
        with self._thread_lock:
            try:
                yield
            except sqlite3.Error as error:
                raise UserError(f"store '{self.path}': {error}") from None

    def get_many(self, keys: Sequence[str]) -> dict[str, Entry]:
        found: dict[str, Entry] = {}
        damaged: list[tuple[str, str]] = []
        unique_keys = list(dict.fromkeys(keys))
        with self._operation():
            with self._transaction("BEGIN"):
                for chunk in _chunks(unique_keys, KEYS_PER_QUERY):
                    marks = ",".join("?" * len(chunk))
                    rows = self._db.execute(
                        "SELECT key, name, body, callees, digest FROM entries"
                        f" WHERE key IN ({marks})", chunk)
                    for key, name, body, callees_json, digest in rows:
                        entry = _checked_entry(key, name, body, callees_json, digest)
                        if entry is None:
                            damaged.append((key, digest))
                        else:
                            found[key] = entry
            if damaged:
                self._delete_damaged(damaged)
        return found

    def _delete_damaged(self, damaged: list[tuple[str, str]]) -> None:
        """Drop rows whose digest does not match, so that the next put records them afresh."""
        with self._transaction("BEGIN IMMEDIATE"):
            for key, digest in damaged:
                deleted = self._db.execute("DELETE FROM entries WHERE key = ? AND digest = ?",
                                           (key, digest)).rowcount
                if deleted:
                    self._db.execute("DELETE FROM calls WHERE key = ?", (key,))

    def put_many(self, entries: Sequence[Entry]) -> None:
        if not entries:
            return
        entry_rows = [(entry.key, entry.name, entry.body, json.dumps(list(entry.callees)),
                       entry_digest(entry.name, entry.body, entry.callees))
                      for entry in entries]
        call_rows = [(callee, entry.key, entry.name)
                     for entry in entries for callee in dict.fromkeys(entry.callees)]
        with self._operation(), self._transaction("BEGIN IMMEDIATE"):
            # Same key, same entry: a row another process wrote first stays as it is.
            self._db.executemany("INSERT OR IGNORE INTO entries VALUES (?, ?, ?, ?, ?)",
                                 entry_rows)
            self._db.executemany("INSERT OR IGNORE INTO calls VALUES (?, ?, ?)", call_rows)

    def callers_of(self, names: Sequence[str]) -> dict[str, list[str]]:
        callers: dict[str, set[str]] = {name: set() for name in names}
        unique_names = list(callers)
        with self._operation(), self._transaction("BEGIN"):
            for chunk in _chunks(unique_names, KEYS_PER_QUERY):
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT DISTINCT callee, caller FROM calls WHERE callee IN ({marks})",
                    chunk)
                for callee, caller in rows:
                    callers[callee].add(caller)
        return {name: sorted(found) for name, found in callers.items()}

    def count(self) -> int:
        with self._operation():
            (total,) = self._db.execute("SELECT count(*) FROM entries").fetchone()
        return int(total)

    def close(self) -> None:
        with self._thread_lock:
            self._db.close()
