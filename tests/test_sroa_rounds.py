"""sroa's later rounds on a cut of the module: same result as whole-module rounds.

After a round that split or promoted something, sroa goes on with a module
cut down to the functions that round changed (``transforms/function_subset.py``).
On the CPU only (on the GPU the cut's own dominator tree costs more than it
saves).  The reference is the same rounds with cutting turned off; the corpus
as one batch gives the same bytes both ways too (bench/NOTES.md, session 13).
"""

from __future__ import annotations

import pytest

from conftest import opt_verify
from gpuopt import read_module
from gpuopt.ir.printer import print_module
from gpuopt.transforms import sroa
from gpuopt.transforms.function_subset import cut_functions

HEAD = ('target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-'
        'f80:128-n8:16:32:64-S128"\ntarget triple = "x86_64-pc-linux-gnu"\n\n'
        "%inner = type { i32, i32 }\n%outer = type { %inner, %inner }\n\n")

# split into halves in the first round, the halves in the second, promoted then
NESTED = """define i32 @NAME(i32 %a, i32 %b) {
entry:
  %p = alloca %outer
  %q = alloca %outer
  %f0 = getelementptr %outer, ptr %p, i32 0, i32 0, i32 0
  store i32 %a, ptr %f0
  %f3 = getelementptr %outer, ptr %p, i32 0, i32 1, i32 1
  store i32 %b, ptr %f3
  call void @llvm.memcpy.p0.p0.i64(ptr %q, ptr %p, i64 16, i1 false)
  %g0 = getelementptr %outer, ptr %q, i32 0, i32 0, i32 0
  %x = load i32, ptr %g0
  %g3 = getelementptr %outer, ptr %q, i32 0, i32 1, i32 1
  %y = load i32, ptr %g3
  %s = add i32 %x, %y
  ret i32 %s
}
"""
# promoted in the first round: done after it
FLAT = """define i32 @NAME(i32 %a) {
entry:
  %p = alloca i32
  store i32 %a, ptr %p
  %v = load i32, ptr %p
  ret i32 %v
}
"""
# nothing to do: the others are a small part of the module, so they get cut
QUIET = "".join(f"""define i32 @quiet{k}(i32 %x, i32 %y) {{
entry:
  %a = add i32 %x, %y
  %b = mul i32 %a, %y
  %c = xor i32 %b, %x
  %d = sub i32 %c, %y
  ret i32 %d
}}
""" for k in range(8))
DECLARE = "declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)\n"

MODULES = [HEAD + QUIET + NESTED.replace("NAME", "nested") + DECLARE,
           HEAD + NESTED.replace("NAME", "first") + QUIET + FLAT.replace("NAME", "flat")
           + NESTED.replace("NAME", "last") + DECLARE]


@pytest.mark.parametrize("index", range(len(MODULES)))
def test_rounds_on_cuts_print_what_whole_module_rounds_print(
        index: int, monkeypatch: pytest.MonkeyPatch) -> None:
    text = MODULES[index]
    with monkeypatch.context() as patch:
        patch.setattr(sroa, "worth_cutting", lambda m, active: False)
        expected = print_module(sroa.SROA().apply(read_module(text))[0])
    cuts: list[int] = []

    def counted(m: object, chosen: object) -> object:
        cuts.append(1)
        return cut_functions(m, chosen)  # type: ignore[arg-type]

    monkeypatch.setattr(sroa, "cut_functions", counted)
    printed = print_module(sroa.SROA().apply(read_module(text))[0])
    assert cuts, "no later round ran on a cut"
    assert printed == expected
    assert "alloca" not in printed and "ret i32 %s" in printed
    assert opt_verify(printed) == ""
