"""Joining modules for shared launches (ir/join.py): names kept apart, the
same text back, and the same optimized output as each module alone."""

from __future__ import annotations

import io
import threading

import pytest

from conftest import ROOT, opt_verify
from gpuopt import parallel
from gpuopt.batch import (
    GPU_PART_TEXT_BYTES,
    PART_TEXT_BYTES,
    Batch,
    part_bytes_for,
)
from gpuopt.diagnostics import SourceError
from gpuopt.ir import join as join_module
from gpuopt.ir.join import canonical_appended, join, join_key, split
from gpuopt.ir.printer import print_items
from gpuopt.ir.reader import read_module
from gpuopt.store.incremental import optimize_with_store

LIT = ROOT / "tests" / "lit"
STANDARD = "function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)"

HEAD = ('target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-'
        'f80:128-n8:16:32:64-S128"\n')

# Both modules define @g, @f, @0, %struct.S (with different bodies), $f,
# !0..., #0 and declare the same intrinsic with different attribute groups;
# strings and comments hold look-alikes of every renamed token.
FIRST = HEAD + """target triple = "x86_64-pc-linux-gnu"

%struct.S = type { i32, i32 }
$f = comdat any

@g = internal global i32 7
@0 = private unnamed_addr constant [10 x i8] c"@g !0 #0;\\00"
@"quoted name" = global i32 1

define i32 @f(i32 %x) #0 comdat {
entry:
  %s = alloca %struct.S
  %p = getelementptr inbounds %struct.S, ptr %s, i32 0, i32 1
  store i32 %x, ptr %p
  %v = load i32, ptr %p, !tbaa !2
  %g = load i32, ptr @g
  %q = load i32, ptr @"quoted name"
  %a = add i32 %v, %g
  %b = add i32 %a, %q
  call void @llvm.memset.p0.i64(ptr @0, i8 0, i64 1, i1 false) ; @g !7 #9
  ret i32 %b
}

declare void @llvm.memset.p0.i64(ptr writeonly, i8, i64, i1 immarg) #1

attributes #0 = { noinline nounwind }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!llvm.module.flags = !{!0, !1}
!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"uwtable", i32 2}
!2 = !{!3, !3, i64 0}
!3 = !{!"int", !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
"""
SECOND = HEAD + """target triple = "x86_64-pc-linux-gnu"

%struct.S = type { i64, i8 }
$f = comdat any

@g = internal constant i32 3
@0 = private unnamed_addr constant [2 x i8] c"x\\00"

define i32 @f(i32 %x) #0 comdat {
entry:
  %s = alloca %struct.S
  %p = getelementptr inbounds %struct.S, ptr %s, i32 0, i32 1
  store i8 5, ptr %p
  %v = load i8, ptr %p
  %w = zext i8 %v to i32
  %c = icmp eq i32 %x, %x
  br i1 %c, label %yes, label %no
yes:
  %g = load i32, ptr @g
  %m = mul i32 %w, %g
  call void @llvm.memset.p0.i64(ptr @0, i8 0, i64 1, i1 false)
  ret i32 %m
no:
  ret i32 0
}

define i32 @main() #1 {
  %r = call i32 @f(i32 2)
  ret i32 %r
}

declare void @llvm.memset.p0.i64(ptr writeonly, i8, i64, i1 immarg) #2

attributes #0 = { nounwind }
attributes #1 = { noinline }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!llvm.module.flags = !{!0}
!0 = !{i32 1, !"wchar_size", i32 4}
"""
NUMBERED_TYPE = FIRST.replace("%struct.S", "%0")


def _alone(text: str) -> list[str]:
    return print_items(read_module(text, "alone.ll"))


def test_joined_text_reads_and_splits_back_unchanged() -> None:
    texts = [FIRST, SECOND, FIRST]
    joined = join(texts)
    assert joined.text.count("@gpuopt.b1.g") and joined.text.count("%gpuopt.b2.struct.S")
    assert "@gpuopt.b1.llvm.memset" in joined.text  # the second declaration, unused
    assert "!6 = !{i32 1" in joined.text and "#2 = { nounwind }" in joined.text
    assert 'c"@g !0 #0;\\00"' in joined.text.split("!gpuopt.b0.end")[1]  # strings untouched
    module = read_module(joined.text, "<batch>")
    for text, back in zip(texts, split(print_items(module), joined), strict=True):
        assert back == "\n".join(_alone(text)) + "\n"


def test_joined_batch_gives_each_module_its_own_output() -> None:
    sources = [(FIRST, "a.ll"), (SECOND, "b.ll"), (FIRST, "c.ll"), (NUMBERED_TYPE, "d.ll")]
    joined = Batch(STANDARD, "cpu", io.StringIO()).optimize_all(sources, printed=True)
    alone = Batch(STANDARD, "cpu", io.StringIO(), part_bytes=0).optimize_all(sources,
                                                                             printed=True)
    assert joined == alone
    for text in joined:
        assert opt_verify(text) == ""
    # each @g is its own: the second module's constant 3 folds (5 * 3), the first
    # module's variable @g is still loaded
    assert "  ret i32 15\n" in joined[1]
    assert "  %g = load i32, ptr @g\n" in joined[0]


def test_modules_that_cannot_join() -> None:
    assert join_key(NUMBERED_TYPE) is None
    assert join_key(FIRST.replace("S128", "S64")) != join_key(FIRST)
    # another triple, or module-wide facts: they join (each keeps its own facts)
    assert join_key(FIRST.replace("gnu", "musl")) == join_key(FIRST)
    assert join_key(FIRST + "@w = extern_weak global i32\n") == join_key(FIRST)
    assert join_key(FIRST) == join_key(SECOND)


# A module-wide fact that a pass reads from the module's lines, a function whose
# output it decides, and the text that the fact keeps: (lines, function, kept).
_FACTS = {
    "extern_weak": ("@w = extern_weak global i32\n", """@g = global i32 0
define i1 @f() {
  %c = icmp eq ptr @g, null
  ret i1 %c
}
""", "icmp eq ptr @g, null"),
    "eh-asynch": ('!llvm.module.flags = !{!0}\n!0 = !{i32 2, !"eh-asynch", i32 1}\n', """
declare void @h() nounwind
declare i32 @__gxx_personality_v0(...)
define void @f() personality ptr @__gxx_personality_v0 {
entry:
  invoke void @h() to label %ok unwind label %lp
ok:
  ret void
lp:
  %x = landingpad { ptr, i32 } catch ptr null
  resume { ptr, i32 } %x
}
""", "invoke void @h()"),
    "SemanticInterposition": (
        '!llvm.module.flags = !{!0}\n!0 = !{i32 1, !"SemanticInterposition", i32 1}\n',
        """@k = constant i32 7
define i32 @f() {
  %v = load i32, ptr @k
  ret i32 %v
}
""", "load i32, ptr @k"),
}


@pytest.mark.parametrize("fact", sorted(_FACTS))
def test_module_facts_hold_per_module_of_a_batch(fact: str) -> None:
    """Modules that differ in a module-wide fact join, and each is optimized by
    its own: the batch gives the bytes each gives alone, in either order."""
    lines, body, kept = _FACTS[fact]
    with_fact = HEAD + body + lines
    without = HEAD + body
    alone = [Batch(STANDARD, "cpu", io.StringIO()).optimize_all([(text, "m.ll")], True)[0]
             for text in (with_fact, without)]
    assert kept in alone[0] and kept not in alone[1]  # the fact decides the output
    assert join_key(with_fact) == join_key(without)
    for order in ((0, 1), (1, 0)):
        sources = [((with_fact, without)[k], f"{k}.ll") for k in order]
        batch = Batch(STANDARD, "cpu", io.StringIO())
        outputs = batch.optimize_all(sources, True)
        assert [alone[k] for k in order] == outputs


def test_module_facts_hold_in_later_rounds_of_a_batch() -> None:
    """A function that a round changes is rounded on again in a module cut down
    to the functions that changed, where it has another row: its joined
    module's facts must follow it there.  Here instcombine's second round sees
    @g alone (the other module's functions do not change), and the compare of
    an extern_weak global with null must stay, as it does alone (the cut read
    the first module's fact, and folded it to false)."""
    plain = HEAD + "".join(f"define i32 @p{k}(i32 %x) {{\n  %y = mul i32 %x, 3\n"
                           f"  %z = xor i32 %y, %x\n  ret i32 %z\n}}\n" for k in range(20))
    weak = HEAD + """@w = extern_weak global i32
define i1 @g(i32 %x) {
  %y = add i32 %x, 0
  %c = icmp eq ptr @w, null
  %d = icmp eq i32 %y, 5
  %r = and i1 %c, %d
  ret i1 %r
}
"""
    alone = Batch("instcombine", "cpu", io.StringIO()).optimize_all([(weak, "w.ll")], True)[0]
    assert "icmp eq ptr @w, null" in alone
    together = Batch("instcombine", "cpu", io.StringIO()).optimize_all(
        [(plain, "p.ll"), (weak, "w.ll")], True)
    assert together[1] == alone


@pytest.mark.parametrize("bad", ["mull i32", "%undefined"])
def test_an_error_names_the_module_alone(bad: str) -> None:
    broken = SECOND.replace("mul i32", bad)
    batch = Batch(STANDARD, "cpu", io.StringIO())
    with pytest.raises(SourceError) as caught:
        batch.optimize_all([(FIRST, "a.ll"), (broken, "b.ll")], printed=True)
    assert caught.value.source == "b.ll"
    assert caught.value.line == 21


def test_appended_metadata_numbered_by_first_reference() -> None:
    body = "define void @f() {\n  #dbg_value(i32 0, !3, !DIExpression(), !12)\n" \
           "  #dbg_value(i32 1, !3, !DIExpression(), !10)\n  ret void, !dbg !14\n}\n!9 = !{}"
    appended = ["!10 = !DILocation(line: 0, scope: !4)", "!11 = !DILocation(line: 0, scope: !5)",
                "!12 = !DILocation(line: 0, scope: !6)", "!14 = !DILocation(line: 0, scope: !4)"]
    text = canonical_appended(body, appended, 10)
    # first reference first; !14 says what !10 says, so it is !11 too; !11 is gone
    assert text.splitlines()[1:4] == ["  #dbg_value(i32 0, !3, !DIExpression(), !10)",
                                      "  #dbg_value(i32 1, !3, !DIExpression(), !11)",
                                      "  ret void, !dbg !11"]
    assert text.splitlines()[-2:] == ["!10 = !DILocation(line: 0, scope: !6)",
                                      "!11 = !DILocation(line: 0, scope: !4)"]


def test_new_debug_locations_are_the_same_however_the_work_is_grouped() -> None:
    """Promotion adds line-0 locations; a module alone, joined with others,
    or cut into one unit per function (the store, --ray) numbers them alike."""
    sources = [((LIT / name).read_text(), name) for name in ("sroa.ll", "mem2reg.ll")]
    sources.append((sources[0][0], "again.ll"))
    alone = Batch(STANDARD, "cpu", io.StringIO(), part_bytes=0).optimize_all(sources,
                                                                             printed=True)
    joined = Batch(STANDARD, "cpu", io.StringIO()).optimize_all(sources, printed=True)
    by_function = optimize_with_store(Batch(STANDARD, "cpu", io.StringIO()), None, STANDARD,
                                      sources)
    assert joined == alone == by_function
    assert any("= !DILocation(line: 0" in text for text in alone)
    for text in alone:
        assert opt_verify(text) == ""


ALL_OR_CONDS_BUT_ONE = """define i32 @f(i1 %a, i32 %x) {
entry:
""" + "\n".join(["  %or.cond = add i32 %x, 1"] + [
    f"  %or.cond{i} = add i32 %or.cond{i - 1 if i > 1 else ''}, 1" for i in range(1, 15)]) + """
  br i1 %a, label %then, label %else
then:
  %c = icmp eq i32 %x, 7
  br i1 %c, label %done, label %else
done:
  ret i32 %or.cond14
else:
  ret i32 0
}
"""
STORE_ONLY = """
define void @g(ptr %p) {
entry:
  store i32 0, ptr %p
  ret void
}
"""


def test_new_names_do_not_depend_on_the_next_function() -> None:
    """simplifycfg's ``%or.cond15`` (the last name it tries) was taken to be
    in use when the next function had an unnamed row (found by --ray, whose
    shards put functions next to other ones)."""
    alone, = Batch("simplifycfg", "cpu", io.StringIO()).optimize_all(
        [(ALL_OR_CONDS_BUT_ONE, "f.ll")], printed=True)
    pair, = Batch("simplifycfg", "cpu", io.StringIO()).optimize_all(
        [(ALL_OR_CONDS_BUT_ONE + STORE_ONLY, "fg.ll")], printed=True)
    assert "%or.cond15 = select i1 %a, i1 %c, i1 false" in alone
    assert pair.startswith(alone.rstrip("\n"))


def test_the_gpu_takes_larger_parts() -> None:
    assert part_bytes_for("gpu") == GPU_PART_TEXT_BYTES > PART_TEXT_BYTES
    assert part_bytes_for("cpu") == PART_TEXT_BYTES
    assert Batch(STANDARD, "cpu", io.StringIO()).part_bytes == PART_TEXT_BYTES


@pytest.mark.parametrize("piece_bytes", [join_module.PIECE_BYTES, 97])
def test_joining_on_several_cores_gives_the_same_text(monkeypatch: pytest.MonkeyPatch,
                                                      piece_bytes: int) -> None:
    """Large batches join and cut on worker processes (parallel.py), a large
    module in pieces of whole lines: the same text and the same modules back
    as in one process, in one piece a module (with 97-byte pieces, the
    second module's repeated intrinsic declaration, renamed by its place in
    the module, lies in a later piece)."""
    texts = [FIRST, SECOND, *(path.read_text() for path in sorted(LIT.glob("*.ll"))[:12])]
    texts = [text for text in texts if join_key(text) == join_key(FIRST)]
    serial = join(texts)
    items = print_items(read_module(serial.text, "<batch>"))
    cut = split(items, serial)
    monkeypatch.setattr(join_module, "PIECE_BYTES", piece_bytes)
    pieced = join(texts)
    assert (pieced.text, pieced.parts) == (serial.text, serial.parts)
    assert split(items, pieced) == cut
    monkeypatch.setattr(parallel, "PARALLEL_MIN_BYTES", 0)
    with parallel.TextWorkers(1) as workers:
        if parallel.cores() > 1 and threading.active_count() == 1:
            assert workers.pool is not None
    joined = join(texts)
    assert (joined.text, joined.parts) == (serial.text, serial.parts)
    assert split(items, joined) == cut
