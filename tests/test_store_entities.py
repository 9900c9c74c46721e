"""The store's units: a module cut into functions, keyed, optimized alone and
put back together gives what a run without the store gives."""

from __future__ import annotations

import io
from collections.abc import Sequence

import pytest

from gpuopt.batch import Batch
from gpuopt.diagnostics import SourceError
from gpuopt.store import Entry
from gpuopt.store.entities import cut, skeleton
from gpuopt.store.incremental import optimize_with_store

PIPELINE = "function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)"

LAYOUT = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
MODULE = """; ModuleID = 'm.c'
source_filename = "m.c"
target datalayout = "LAYOUT"
target triple = "x86_64-pc-linux-gnu"

%struct.P = type { i32, i32 }

@.str = private unnamed_addr constant [4 x i8] c"%d\\0A\\00", align 1
@table = internal constant [2 x i32] [i32 5, i32 7], align 4
@counter = global i32 0, align 4
@jumps = internal constant [1 x ptr] [ptr blockaddress(@go, %target)], align 8

; Function Attrs: noinline nounwind
define internal i32 @twice(i32 noundef %x) #0 {
entry:
  %x.addr = alloca i32, align 4
  store i32 %x, ptr %x.addr, align 4
  %v = load i32, ptr %x.addr, align 4
  %m = mul nsw i32 %v, 2
  ret i32 %m
}

define i32 @sum(ptr noundef %p) #0 {
entry:
  %a = getelementptr inbounds %struct.P, ptr %p, i32 0, i32 0
  %b = getelementptr inbounds %struct.P, ptr %p, i32 0, i32 1
  %x = load i32, ptr %a, align 4
  %y = load i32, ptr %b, align 4
  %t = load i32, ptr getelementptr inbounds ([2 x i32], ptr @table, i64 0, i64 1), align 4
  %s = add nsw i32 %x, %y
  %u = add nsw i32 %s, %t
  %w = call i32 @twice(i32 noundef %u)
  br label %loop

loop:
  %i = phi i32 [ 0, %entry ], [ %next, %loop ]
  %next = add nsw i32 %i, 1
  %done = icmp eq i32 %next, 4
  br i1 %done, label %exit, label %loop, !llvm.loop !0

exit:
  %r = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %w)
  store i32 %w, ptr @counter, align 4
  ret i32 %w
}

define i32 @go(i32 %k) #0 {
entry:
  %slot = getelementptr inbounds [1 x ptr], ptr @jumps, i64 0, i64 0
  %to = load ptr, ptr %slot, align 8
  indirectbr ptr %to, [label %target]

target:
  ret i32 %k
}

declare i32 @printf(ptr noundef, ...) #1

attributes #0 = { noinline nounwind "frame-pointer"="all" }
attributes #1 = { "frame-pointer"="all" }

!llvm.module.flags = !{!1}

!0 = distinct !{!0, !2}
!1 = !{i32 1, !"wchar_size", i32 4}
!2 = !{!"llvm.loop.mustprogress"}
""".replace("LAYOUT", LAYOUT)


class MemoryStore:
    """The store interface over a dict, counting lookups and writes."""

    kind = "memory"

    def callers_of(self, names: Sequence[str]) -> dict[str, list[str]]:
        return {name: [entry.name for entry in self.entries.values() if name in entry.callees]
                for name in names}

    def count(self) -> int:
        return len(self.entries)

    def close(self) -> None:
        self.entries.clear()

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.writes = 0

    def get_many(self, keys: Sequence[str]) -> dict[str, Entry]:
        return {key: self.entries[key] for key in keys if key in self.entries}

    def put_many(self, entries: Sequence[Entry]) -> None:
        self.writes += len(entries)
        self.entries.update((entry.key, entry) for entry in entries)


def _direct(text: str) -> str:
    return Batch(PIPELINE, "cpu", io.StringIO()).optimize_all([(text, "m.ll")], printed=True)[0]


def _stored(store: MemoryStore, text: str) -> tuple[str, dict[str, int]]:
    batch = Batch(PIPELINE, "cpu", io.StringIO())
    output = optimize_with_store(batch, store, PIPELINE, [(text, "m.ll")])[0]
    return output, batch.records[-1].statistics


def test_stored_run_gives_the_direct_output_and_reuses_it() -> None:
    store = MemoryStore()
    first, counts = _stored(store, MODULE)
    assert first == _direct(MODULE)
    assert counts == {"Functions reused from the store": 0, "Functions optimized and stored": 3}
    again, counts = _stored(store, MODULE)
    assert again == first
    assert counts == {"Functions reused from the store": 3, "Functions optimized and stored": 0}
    assert store.writes == 3


def test_an_edit_misses_only_its_function() -> None:
    store = MemoryStore()
    _stored(store, MODULE)
    edited = MODULE.replace("%m = mul nsw i32 %v, 2", "%m = mul nsw i32 %v, 3")
    output, counts = _stored(store, edited)
    assert counts == {"Functions reused from the store": 2, "Functions optimized and stored": 1}
    assert output == _direct(edited)
    assert "mul nsw i32 %x, 3" in output


def test_renamed_locals_keep_the_key() -> None:
    renamed = MODULE.replace("%x.addr", "%slot.addr").replace("%v ", "%value ") \
        .replace("%v,", "%value,").replace("loop:", "again:").replace("%loop", "%again")
    before = {unit.name: unit.key for unit in cut(MODULE, PIPELINE).units}
    after = {unit.name: unit.key for unit in cut(renamed, PIPELINE).units}
    assert before == after
    # a different body, a constant or an initializer the function reads: new keys
    assert cut(MODULE.replace("i64 1), align 4", "i64 0), align 4"), PIPELINE).units[1].key \
        != before["sum"]
    assert cut(MODULE.replace("i32 7]", "i32 8]"), PIPELINE).units[1].key != before["sum"]
    assert cut(MODULE, PIPELINE + ",dce").units[0].key != before["twice"]


def test_unit_holds_what_the_function_names() -> None:
    units = {unit.name: unit for unit in cut(MODULE, PIPELINE).units}
    sum_unit = units["sum"].text
    assert "declare i32 @twice(i32 noundef %x) #0" in sum_unit  # a definition, declared
    assert "@table = internal constant" in sum_unit and "%struct.P = type" in sum_unit
    assert "!0 = distinct !{!0, !2}" in sum_unit and "@jumps" not in sum_unit
    assert units["sum"].callees == ("twice", "printf")
    assert "define i32 @go" not in sum_unit
    # attribute groups renumbered in the module's order; metadata keeps its numbers
    assert "attributes #1 = " in units["sum"].text and "attributes #0 = " in units["go"].text


def test_skeleton_keeps_lines_and_columns() -> None:
    text = skeleton(MODULE)
    assert text.count("\n") == MODULE.count("\n")
    assert "declare i32 @twice(i32 noundef %x) #0\n" in text
    line = next(line for line in text.splitlines() if line.startswith("@jumps"))
    original = next(line for line in MODULE.splitlines() if line.startswith("@jumps"))
    assert len(line) == len(original) and "blockaddress" not in line


@pytest.mark.parametrize(("mistake", "expected"), [
    ("@counter = global i32 0, align 4", "@counter = global ptr @nowhere, align 4"),
    ("%w = call i32 @twice(i32 noundef %u)", "%w = call i32 @twice(i32 noundef %nope)"),
])
def test_errors_read_as_without_the_store(mistake: str, expected: str) -> None:
    store = MemoryStore()
    _stored(store, MODULE)  # every function stored: the error must still be found
    broken = MODULE.replace(mistake, expected)
    with pytest.raises(SourceError) as stored_error:
        _stored(store, broken)
    with pytest.raises(SourceError) as direct_error:
        _direct(broken)
    assert stored_error.value.render() == direct_error.value.render()
