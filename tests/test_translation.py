"""Translation checks (scripts/fuzz/translation.py): every drivable function of
the per-pass test set runs, original and optimized, under lli-22 on edge and
random inputs, and the two must agree wherever the original is free of poison
and UB; and the checker itself catches a wrong result, a wrong store, a dropped
external call and UB the optimized code introduces, allows merged read-none
calls, and excludes an overflowing nsw add."""

from __future__ import annotations

import sys

from conftest import ROOT, require_tool

sys.path.insert(0, str(ROOT / "scripts" / "fuzz"))
from translation import run_check
from translation_check import check_files

ADD = """
define i32 @f(i32 %x, i32 %y) {
  %r = add i32 %x, %y
  ret i32 %r
}
"""

STORE = """
define void @g(ptr %p, i8 %v) {
  %q = getelementptr inbounds i8, ptr %p, i64 3
  store i8 %v, ptr %q, align 1
  ret void
}
"""

CALLS = """
declare i32 @f(i32) memory(none) nounwind
declare i32 @g(i32) #0
declare void @h(i32)
attributes #0 = { memory(read) }
define i32 @k(i32 %x) {
  %a = call i32 @f(i32 %x)
  %b = call i32 @f(i32 %x)
  %c = call i32 @g(i32 %x)
  %d = call i32 @g(i32 %x)
  call void @h(i32 %a)
  %s = add i32 %a, %b
  %t = add i32 %c, %d
  %r = add i32 %s, %t
  ret i32 %r
}
"""

UNREACHABLE = """
define i32 @u(i32 %x) {
  %c = icmp eq i32 %x, -1
  br i1 %c, label %never, label %fine
never:
  unreachable
fine:
  ret i32 %x
}
"""

OVERFLOW = """
define i1 @f(i32 %x) {
  %a = add nsw i32 %x, 1
  %c = icmp sgt i32 %a, %x
  ret i1 %c
}
"""


def _tools() -> None:
    for tool in ("lli-22", "llvm-link-22", "clang-22"):
        require_tool(tool)


def test_lit_set_translates() -> None:
    _tools()
    paths = sorted((ROOT / "tests" / "lit").glob("*.ll"))
    report = check_files(paths, inputs=64, seed=1, verbose=False)
    assert report.mismatches == [], "\n".join(report.mismatches)
    assert report.introduced == [], "\n".join(report.introduced)
    assert report.failures == [], "\n".join(report.failures)
    # every lit file takes part, and most functions are driven (278 of 286 when written)
    assert len(report.checked) >= 250, report.skipped
    assert report.compared >= 10 * len(report.checked)


def test_wrong_translation_caught() -> None:
    _tools()
    report = run_check(ADD, ADD.replace("add i32", "sub i32"), inputs=64)
    assert report.checked == ["f"]
    assert report.mismatches and "what=result" in report.mismatches[0]


def test_wrong_store_caught() -> None:
    _tools()
    report = run_check(STORE, STORE.replace("i64 3", "i64 4"), inputs=16)
    assert report.checked == ["g"]
    assert report.mismatches and "argument memory" in report.mismatches[0]


def test_nsw_overflow_excluded() -> None:
    """`x + 1 > x` folds to true under nsw; the INT_MAX input, where the
    original's add overflows, must be excluded rather than reported."""
    _tools()
    report = run_check(OVERFLOW, OVERFLOW.replace(
        "%a = add nsw i32 %x, 1\n  %c = icmp sgt i32 %a, %x\n  ret i1 %c", "ret i1 true"),
        inputs=256)
    assert report.mismatches == []
    assert report.ub_inputs > 0 and report.ub_reasons["nsw/nuw overflow"] == report.ub_inputs
    assert report.compared + report.ub_inputs == 256
    # the same fold without the flag is wrong at INT_MAX, and is caught
    plain = run_check(OVERFLOW.replace("add nsw", "add"), OVERFLOW.replace(
        "%a = add nsw i32 %x, 1\n  %c = icmp sgt i32 %a, %x\n  ret i1 %c", "ret i1 true"),
        inputs=256)
    assert plain.ub_inputs == 0 and plain.mismatches


def test_external_calls() -> None:
    """Calls to read-none and read-only externals may be merged; a call with
    effects may not be removed."""
    _tools()
    merged = (CALLS.replace("%b = call i32 @f(i32 %x)", "").replace("%a, %b", "%a, %a")
              .replace("%d = call i32 @g(i32 %x)", "").replace("%c, %d", "%c, %c"))
    report = run_check(CALLS, merged, inputs=32)
    assert report.checked == ["k"] and report.compared == 32 and report.mismatches == []
    dropped = run_check(CALLS, CALLS.replace("call void @h(i32 %a)", ""), inputs=32)
    assert dropped.mismatches and "what=external calls" in dropped.mismatches[0]


def test_introduced_ub_caught() -> None:
    """An optimized function that reaches `unreachable` where the original
    returns (x = -1, input 2) is reported, however the plain run happens to behave."""
    _tools()
    original = "define i32 @u(i32 %x) {\n  ret i32 %x\n}\n"
    report = run_check(original, UNREACHABLE, inputs=256)
    assert report.checked == ["u"] and report.ub_inputs == 0
    assert report.introduced and "reason=unreachable" in report.introduced[0]
    # the other way round is fine: the optimizer may assume UB paths away
    reverse = run_check(UNREACHABLE, original, inputs=256)
    assert reverse.mismatches == [] and reverse.introduced == [] and reverse.ub_inputs > 0
