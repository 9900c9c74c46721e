"""Every pass on the smallest modules: no arguments, no constants, no operands
at all.  Passes gather table rows at clipped indices, so empty tables are the
edge they must survive; each output must also verify with opt-22."""

from __future__ import annotations

import pytest

import gpuopt
from conftest import opt_verify

TINY = {
    "no_operands": "define void @f() {\nentry:\n  ret void\n}\n",
    "no_constants": "define i32 @f(i32 %x) {\nentry:\n  ret i32 %x\n}\n",
    "no_arguments": "define i32 @f() {\nentry:\n  %a = alloca i32, align 4\n"
                    "  store i32 1, ptr %a, align 4\n  %b = load i32, ptr %a, align 4\n"
                    "  ret i32 %b\n}\n",
    "self_branch": "define void @f(i1 %c) {\nentry:\n  br i1 %c, label %a, label %a\n"
                   "a:\n  ret void\n}\n",
    "declarations_only": "declare void @g()\n",
}
PASSES = ("sroa", "mem2reg", "instcombine", "instsimplify", "early-cse", "sccp", "adce", "dce",
          "simplifycfg",
          "function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)")


@pytest.mark.parametrize("passes", PASSES)
@pytest.mark.parametrize("name", sorted(TINY))
def test_tiny_module(xp: object, name: str, passes: str) -> None:
    module = gpuopt.read_module(TINY[name], name).to(xp)
    text = gpuopt.print_module(gpuopt.run_pipeline(passes, module))
    assert opt_verify(text) == ""
