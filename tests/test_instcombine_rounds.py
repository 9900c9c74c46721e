"""instcombine's later rounds on a cut of the module: same result as whole-module rounds.

The reference is the plain loop (every round over the whole module until no
rule fires, then DCE and write-only allocas, again until those do nothing);
instcombine itself runs later rounds on a module cut down to the functions
that changed or hold waiting rewrites.  Both run on small modules whose
functions settle after different numbers of rounds, one of them with a
negation elsewhere that holds back a condition from a select (the
``_booleans`` rule runs that part only in a round without negations).
"""

from __future__ import annotations

import numpy as np

from gpuopt import read_module
from gpuopt.analysis.cfg import build_cfg
from gpuopt.analysis.dominators import Dominators, dominator_tree
from gpuopt.ir.module import Module
from gpuopt.ir.printer import print_module
from gpuopt.transforms import instcombine
from gpuopt.transforms.dce import DCE
from gpuopt.transforms.dead_allocas import remove_write_only_allocas
from gpuopt.transforms.function_subset import changed_functions, cut_functions, merge_functions

# settles in round 1
QUIET = """define i32 @quiet(i32 %x) {
entry:
  %a = add i32 %x, 0
  ret i32 %a
}
"""
# a chain that takes a round per link
CHAIN = """define i32 @chain(i32 %x) {
entry:
  %a = mul i32 %x, 1
  %b = xor i32 %a, 0
  %c = or i32 %b, 0
  %d = sub i32 %c, 0
  %e = zext i32 %d to i64
  %f = trunc i64 %e to i32
  ret i32 %f
}
"""
# a not-condition: the flip and the inversion each take a round of their own
NEGATION = """define i32 @negation(i32 %x, i32 %y) {
entry:
  %c = icmp eq i32 %x, %y
  %n = xor i1 %c, true
  %m = xor i1 %n, true
  %k = icmp slt i32 %x, 7
  %j = xor i1 %k, true
  br i1 %m, label %yes, label %no
yes:
  %s = select i1 %j, i32 1, i32 2
  ret i32 %s
no:
  ret i32 0
}
"""
# trunc (select c, 0, 1) to i1: waits while a negation fires anywhere
SELECT = """define i1 @select(i8 %v) {
entry:
  %c = icmp eq i8 %v, 2
  %s = select i1 %c, i64 0, i64 1
  %t = trunc nuw i64 %s to i1
  ret i1 %t
}
"""
STORES = """define i32 @stores(i32 %x) {
entry:
  %p = alloca i32
  store i32 %x, ptr %p
  %l = load i32, ptr %p
  %q = alloca i32
  store i32 %l, ptr %q
  ret i32 %l
}
"""
# nothing to do: it makes the others a small part of the module, so they get cut
LARGE = "define i32 @large(i32 %x, i32 %y) {\nentry:\n  %v0 = add i32 %x, %y\n" + "".join(
    f"  %v{k + 1} = mul i32 %v{k}, %y\n" for k in range(40)) + "  ret i32 %v40\n}\n"
MODULES = [QUIET + CHAIN + NEGATION + SELECT + STORES,
           SELECT + NEGATION + QUIET + LARGE,
           LARGE + NEGATION + SELECT.replace("@select", "@select2") + SELECT,
           STORES + CHAIN + SELECT + QUIET + QUIET.replace("@quiet", "@quiet2")]


def whole_module_rounds(m: Module) -> Module:
    """The reference: every round over every function."""
    tree: list[Dominators] = []

    def dominators() -> Dominators:
        if not tree:
            tree.append(dominator_tree(m.xp, build_cfg(m)))
        return tree[0]

    for _ in range(instcombine.DEFAULT_ROUNDS):  # rounds until nothing changes
        m, changed, simplified, _waiting = instcombine._round(m, dominators)
        if changed or simplified:
            continue
        m, dead = DCE().apply(m)
        m, allocas = remove_write_only_allocas(m)
        if allocas == 0 and dead["Number of insts removed"] == 0:
            break
    return m


def test_rounds_on_cuts_print_what_whole_module_rounds_print() -> None:
    for text in MODULES:
        expected = print_module(whole_module_rounds(read_module(text)))
        combined, _ = instcombine.InstCombine().apply(read_module(text))
        assert print_module(combined) == expected


def test_a_cut_merged_back_unchanged_is_the_module() -> None:
    m = read_module(MODULES[0])
    for chosen in ([True, False, True, False, True], [False, True, False, True, False],
                   [True] * 5, [False, False, False, False, True]):
        sub, cut = cut_functions(m, np.asarray(chosen))
        assert sub.function_name.shape[0] == sum(chosen)
        merged = merge_functions(sub, cut)
        assert print_module(merged) == print_module(m)
        for name in m.column_names():
            if not name.startswith(("type_", "constant_")):
                assert np.array_equal(getattr(merged, name), getattr(m, name)), name
        assert not changed_functions(m, merged).any()


def test_changed_functions_finds_the_functions_a_pass_changed_in_a_cut() -> None:
    m = read_module(MODULES[0])
    names = [m.host.strings[int(name)] for name in m.function_name]
    chosen = np.asarray([name in ("chain", "select") for name in names])
    sub, cut = cut_functions(m, chosen)
    combined, _ = instcombine.InstCombine().apply(sub)
    merged = merge_functions(combined, cut)
    changed = changed_functions(m, merged)
    assert [names[k] for k in np.flatnonzero(changed)] == ["chain", "select"]
    text = print_module(merged)
    assert "define i32 @quiet(i32 %x) {\nentry:\n  %a = add i32 %x, 0\n" in text
    assert "ret i32 %x" in text.split("@chain")[1].split("}")[0]
