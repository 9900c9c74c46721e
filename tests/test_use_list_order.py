"""Use-list order directives are read and dropped, as ``opt -S`` drops them.

llvm-reduce (and anything printing with ``-preserve-ll-uselistorder``) writes
``uselistorder`` directives into function bodies and ``uselistorder`` /
``uselistorder_bb`` at the top level.  They fix the order of a value's uses in
LLVM's memory and mean nothing for the program.  gpuopt once kept the
top-level ones verbatim, so an output whose passes removed a use named the
wrong count and opt-22 rejected it ("wrong number of indexes"); it also
rejected the in-body form outright.  Kept verbatim, a directive also counted as
a use of its global, which hid a miscompile from llvm-reduce (session 10's
csmith case).
"""

from __future__ import annotations

from pathlib import Path

from conftest import opt_verify, run_gpuopt
from gpuopt.passes import STANDARD_PIPELINE

PIPELINE = f"-passes={STANDARD_PIPELINE}"

# @g has three uses; early-cse removes one of the two loads, so a kept
# "uselistorder ptr @g, { 1, 2, 0 }" would name three uses of two.
MODULE = """\
@g = global i32 0

define i32 @f(i32 %x) {
entry:
  %a = load i32, ptr @g
  %b = load i32, ptr @g
  %c = icmp sgt i32 %x, 0
  br i1 %c, label %then, label %join

then:
  %d = add i32 %a, %x
  br label %join

join:
  %p = phi i32 [ %d, %then ], [ %b, %entry ]
  %s = add i32 %p, %a
  ret i32 %s
  uselistorder i32 %a, { 1, 0 }
}

define void @h() {
  store i32 1, ptr @g
  ret void
}

uselistorder ptr @g, { 1, 2, 0 }
uselistorder_bb @f, %join, { 1, 0 }
"""


def _plain(module: str) -> str:
    return "\n".join(line for line in module.splitlines()
                     if not line.lstrip().startswith("uselistorder")) + "\n"


def _optimize(tmp_path: Path, name: str, module: str) -> str:
    source = tmp_path / f"{name}.ll"
    source.write_text(module)
    result = run_gpuopt("-S", PIPELINE, str(source))
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_module_is_valid_for_opt() -> None:
    assert opt_verify(MODULE) == ""


def test_directives_are_dropped_and_change_nothing(tmp_path: Path) -> None:
    with_directives = _optimize(tmp_path, "with", MODULE)
    assert "uselistorder" not in with_directives
    assert opt_verify(with_directives) == ""
    assert with_directives == _optimize(tmp_path, "without", _plain(MODULE))
    # the pipeline did remove a use of @g, which a kept directive would miscount
    assert with_directives.count("load i32, ptr @g") == 1


def test_careful_reading_path_drops_them_too(tmp_path: Path) -> None:
    """A file that is not all ASCII (here a comment) has its bodies read
    statement by statement, not by the one-regex scan; the directive goes there too."""
    module = "; caf\u00e9\n" + MODULE
    optimized = _optimize(tmp_path, "careful", module)
    assert "uselistorder" not in optimized
    assert opt_verify(optimized) == ""
