"""The entity store (gpuopt.store), every test once per kind: SQLite and CozoDB.

Besides the interface, what a parallel build relies on: several processes writing
and reading at once all succeed, and a writer killed by SIGKILL in the middle of a
large put_many leaves a store that opens and answers with complete entries only.
The worker processes run this file as a script (see the end).
"""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from gpuopt.diagnostics import UserError
from gpuopt.store import Entry, Store, open_store


def _cozo_missing() -> bool:
    try:
        import cozo_embedded  # noqa: F401
        import pycozo.client  # noqa: F401
    except ImportError:
        return True
    return False


COZO_MISSING = _cozo_missing()
KINDS = [pytest.param("sqlite", id="sqlite"),
         pytest.param("cozo", id="cozo", marks=pytest.mark.skipif(
             COZO_MISSING, reason="pycozo or cozo-embedded is not installed"
                                  " (pip install -e '.[cozo]')"))]


def make_entry(index: int, body_size: int = 200) -> Entry:
    """The entry numbered ``index``: every process computes the same one."""
    key = hashlib.sha256(f"entry {index}".encode()).hexdigest()
    line = f"  %v{index} = add i32 %x, {index} ; é\n"
    body = f"define i32 @f{index}(i32 %x) {{\n" + line * (body_size // len(line) + 1) + "}\n"
    return Entry(key, f"f{index}", body, (f"f{index + 1}", f"f{index + 2}"))


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def store(kind: str, tmp_path: Path) -> Iterator[Store]:
    opened = open_store(str(tmp_path / "store.db"), kind)
    yield opened
    opened.close()


def test_round_trip(store: Store, kind: str) -> None:
    entries = [make_entry(index) for index in range(20)]
    store.put_many(entries)
    assert store.kind == kind
    assert store.count() == 20
    assert store.get_many([entry.key for entry in entries]) == {e.key: e for e in entries}


def test_get_many_returns_present_keys_only(store: Store) -> None:
    present = [make_entry(index) for index in range(5)]
    store.put_many(present)
    missing = [make_entry(index).key for index in range(100, 103)]
    asked = [present[0].key, *missing, present[3].key, present[0].key]
    assert store.get_many(asked) == {present[0].key: present[0], present[3].key: present[3]}
    assert store.get_many(missing) == {}
    assert store.get_many([]) == {}


def test_get_many_of_thousands_of_keys(store: Store) -> None:
    entries = [make_entry(index, body_size=50) for index in range(3000)]
    store.put_many(entries)
    asked = [entry.key for entry in entries[::2]] + [make_entry(-1).key]
    found = store.get_many(asked)
    assert found == {entry.key: entry for entry in entries[::2]}


def test_callers_of(store: Store) -> None:
    def calling(key: str, name: str, *callees: str) -> Entry:
        return Entry(key, name, f"define void @{name}() {{ ret void }}", callees)
    store.put_many([calling("a1", "a", "b", "c", "b"), calling("c1", "c", "b"),
                    calling("d1", "d")])
    # A newer version of a, with another key, still calls b: a is named once.
    store.put_many([calling("a2", "a", "b")])
    assert store.callers_of(["b", "c", "d", "nothing"]) == {
        "b": ["a", "c"], "c": ["a"], "d": [], "nothing": []}
    assert store.callers_of([]) == {}


def test_reopen_after_close(kind: str, tmp_path: Path) -> None:
    path = str(tmp_path / "store.db")
    entries = [make_entry(index) for index in range(10)]
    first = open_store(path, kind)
    first.put_many(entries[:6])
    first.close()
    second = open_store(path, kind)
    assert second.count() == 6
    second.put_many(entries[4:])  # overlapping: same key, same entry
    assert second.count() == 10
    second.close()
    third = open_store(path, kind)
    assert third.get_many([entry.key for entry in entries]) == {e.key: e for e in entries}
    third.close()


def test_an_empty_file_becomes_a_store(kind: str, tmp_path: Path) -> None:
    path = tmp_path / "made-by-mktemp.db"
    path.touch()
    store = open_store(str(path), kind)
    store.put_many([])
    assert store.count() == 0
    store.put_many([make_entry(1)])
    assert store.get_many([make_entry(1).key]) == {make_entry(1).key: make_entry(1)}
    store.close()


def test_unusable_paths_are_user_errors(kind: str, tmp_path: Path) -> None:
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a store\n" * 10)
    other_database = tmp_path / "other.db"
    with sqlite3.connect(other_database) as connection:
        connection.execute("CREATE TABLE people (name TEXT)")
    connection.close()
    other_kind = "cozo" if kind == "sqlite" else "sqlite"
    other_store_path = tmp_path / "other-kind.db"
    if other_kind == "sqlite" or not COZO_MISSING:
        open_store(str(other_store_path), other_kind).close()
    cases = {text_file: "is not a gpuopt store", other_database: "is not a gpuopt store",
             tmp_path: "is a directory", tmp_path / "missing" / "store.db": "no such directory"}
    if other_store_path.exists():
        cases[other_store_path] = f"open it with kind '{other_kind}'"
    for path, message in cases.items():
        with pytest.raises(UserError, match=message) as raised:
            open_store(str(path), kind)
        assert str(path) in raised.value.args[0]
        assert "\n" not in raised.value.args[0]
    assert text_file.read_text() == "not a store\n" * 10
    with pytest.raises(UserError, match="unknown store kind 'rocks'"):
        open_store(str(tmp_path / "store.db"), "rocks")


def _rewrite_schema_version(kind: str, path: str, version: str) -> None:
    if kind == "sqlite":
        with sqlite3.connect(path) as connection:
            connection.execute("UPDATE gpuopt_store SET value = ? WHERE name = 'schema_version'",
                               (version,))
        connection.close()
        return
    from pycozo.client import Client
    client = Client("sqlite", path, dataframe=False)
    client.run("?[name, value] <- [['schema_version', $version]] :put gpuopt_store {name => value}",
               {"version": version})
    client.close()


def test_other_schema_version_is_refused(kind: str, tmp_path: Path) -> None:
    path = str(tmp_path / "store.db")
    open_store(path, kind).close()
    _rewrite_schema_version(kind, path, "0")
    with pytest.raises(UserError, match="has schema version 0; this gpuopt uses version 1"):
        open_store(path, kind)


def _damage_body(kind: str, path: str, key: str) -> None:
    """Change a stored body behind the store's back, keeping the row's digest."""
    if kind == "sqlite":
        with sqlite3.connect(path) as connection:
            connection.execute("UPDATE entries SET body = body || 'x' WHERE key = ?", (key,))
        connection.close()
        return
    from pycozo.client import Client
    client = Client("sqlite", path, dataframe=False)
    client.run("?[key, name, body, callees, digest] := *entry{key, name, body: old, callees,"
               " digest}, key = $key, body = concat(old, 'x')"
               " :put entry {key => name, body, callees, digest}", {"key": key})
    client.close()


def test_damaged_row_is_a_miss(kind: str, tmp_path: Path) -> None:
    path = str(tmp_path / "store.db")
    entries = [make_entry(index) for index in range(3)]
    store = open_store(path, kind)
    store.put_many(entries)
    store.close()
    _damage_body(kind, path, entries[1].key)
    store = open_store(path, kind)
    keys = [entry.key for entry in entries]
    assert store.get_many(keys) == {entries[0].key: entries[0], entries[2].key: entries[2]}
    store.put_many([entries[1]])  # the build recomputes it and records it again
    assert store.get_many(keys) == {entry.key: entry for entry in entries}
    store.close()


def _start_worker(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def test_parallel_writers_and_readers(kind: str, tmp_path: Path) -> None:
    path = str(tmp_path / "store.db")
    workers = [_start_worker("overlap", kind, path, str(first))
               for first in range(0, 200, 50)]  # 4 workers, 100 entries each, half shared
    for worker in workers:
        stdout, stderr = worker.communicate(timeout=60)
        assert worker.returncode == 0, stdout + stderr
    store = open_store(path, kind)
    union = [make_entry(index, body_size=4000) for index in range(250)]
    assert store.count() == len(union)
    assert store.get_many([entry.key for entry in union]) == {e.key: e for e in union}
    store.close()


def test_writer_killed_in_the_middle_of_put_many(kind: str, tmp_path: Path) -> None:
    path = str(tmp_path / "store.db")
    batch_size, body_size = 150, 40_000  # 6 MB a put_many
    killed_inside_put = 0
    recorded = 0  # entries the store must hold: whole batches and the writes after each kill
    # Kills at different points of a put_many, each writer going on from batch `start`:
    # three rounds, or up to six until one lands inside a put_many (timing decides).
    for round_number, fraction in enumerate((0.3, 0.6, 0.9, 0.2, 0.5, 0.8)):
        if round_number >= 3 and killed_inside_put:
            break
        start = round_number * 10
        writer = _start_worker("kill", kind, path, str(start), str(batch_size), str(body_size))
        assert writer.stdout is not None
        reports = [writer.stdout.readline().split() for _ in range(4)]
        assert [words[:2] for words in reports] == [
            ["begin", str(start)], ["done", str(start)],
            ["begin", str(start + 1)], ["done", str(start + 1)]]
        # Into the third put_many: a fraction of the shorter of the first two.
        time.sleep(min(float(reports[1][2]), float(reports[3][2])) * fraction)
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=10)
        last_words = writer.communicate()[0].split()
        killed_inside_put += len(last_words) >= 2 and last_words[-2] == "begin"
        store = open_store(path, kind)
        for batch in range(start, start + 10):
            expected = [make_entry(batch * batch_size + offset, body_size)
                        for offset in range(batch_size)]
            found = store.get_many([entry.key for entry in expected])
            # All of a batch or none of it, and only whole, correct entries.
            assert len(found) in (0, batch_size), (batch, len(found))
            assert all(found[entry.key] == entry for entry in expected if entry.key in found)
            assert found or batch > start + 1  # the two reported batches are there
            recorded += len(found)
        fresh = [make_entry(-1 - offset - 100 * round_number) for offset in range(5)]
        store.put_many(fresh)
        recorded += len(fresh)
        assert store.get_many([entry.key for entry in fresh]) == {e.key: e for e in fresh}
        assert store.count() == recorded
        store.close()
    assert killed_inside_put > 0


def _overlap_worker(kind: str, path: str, first: int) -> None:
    """Write entries first..first+99 in batches of 5, reading each back and a neighbour's."""
    store = open_store(path, kind)
    for batch_start in range(first, first + 100, 5):
        batch = [make_entry(index, body_size=4000) for index in range(batch_start, batch_start + 5)]
        store.put_many(batch)
        neighbour = [make_entry(index + 50, body_size=4000) for index in range(batch_start,
                                                                                batch_start + 5)]
        found = store.get_many([entry.key for entry in batch + neighbour])
        assert all(found[entry.key] == entry for entry in batch)
        assert all(found[entry.key] == entry for entry in neighbour if entry.key in found)
    store.close()


def _kill_worker(kind: str, path: str, start: int, batch_size: int, body_size: int) -> None:
    """Write batch after batch until killed, saying when each begins and how long it took."""
    store = open_store(path, kind)
    for batch in range(start, start + 10):
        entries = [make_entry(batch * batch_size + offset, body_size)
                   for offset in range(batch_size)]
        print("begin", batch, flush=True)
        began = time.perf_counter()
        store.put_many(entries)
        print("done", batch, time.perf_counter() - began, flush=True)
    store.close()


if __name__ == "__main__":
    role, store_kind, store_path, *numbers = sys.argv[1:]
    if role == "overlap":
        _overlap_worker(store_kind, store_path, int(numbers[0]))
    else:
        _kill_worker(store_kind, store_path, *(int(number) for number in numbers))
