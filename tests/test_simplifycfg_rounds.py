"""simplifycfg's later rounds on a cut of the module: same result as whole-module rounds.

After a round, simplifycfg goes on with a module cut down to the functions
that round changed (``transforms/function_subset.py``), and unlike
instcombine's cuts these add and remove blocks.  A module line that takes a
block's address names block rows: the cut renumbers it into its own rows, and
the merge back.  The reference is the same rounds with cutting turned off.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from conftest import opt_verify
from gpuopt import read_module
from gpuopt.ir.printer import print_module
from gpuopt.transforms import simplifycfg
from gpuopt.transforms.function_subset import cut_functions, merge_functions


def _nested_ifs(name: str, depth: int) -> str:
    """if (x > 0) { if (x > 1) { ... } }: a diamond folds into a select a round
    at a time, its join merging into the head the round after."""
    out: list[str] = []

    def level(k: int, label: str) -> tuple[str, str]:
        out.append(f"{label}:")
        if k == depth:
            out.append(f"  %v{k} = add i32 %y, {k}")
            return f"%v{k}", label
        out.append(f"  %c{k} = icmp sgt i32 %x, {k}")
        out.append(f"  br i1 %c{k}, label %t{k}, label %e{k}")
        value, last = level(k + 1, f"t{k}")
        out.extend([f"  br label %j{k}", f"e{k}:", f"  %w{k} = mul i32 %y, {k + 3}",
                    f"  br label %j{k}", f"j{k}:",
                    f"  %p{k} = phi i32 [ {value}, %{last} ], [ %w{k}, %e{k} ]"])
        return f"%p{k}", f"j{k}"

    value, _ = level(0, "entry")
    return "\n".join([f"define i32 @{name}(i32 %x, i32 %y) {{", *out,
                      f"  ret i32 {value}", "}", ""])


# nothing to do: the others are a small part of the module, so they get cut
QUIET = "".join(f"""define i32 @quiet{k}(i32 %x, i32 %y) {{
entry:
  %a = add i32 %x, %y
  %b = mul i32 %a, %y
  %c = xor i32 %b, %x
  %d = sub i32 %c, %y
  ret i32 %d
}}
""" for k in range(12))

# computed gotos: the table's line names blocks of @jump, which rounds in a
# cut renumber (blocks before them in @jump go, as nested ifs fold)
TABLE = ("@table = internal constant [2 x ptr] "
         "[ptr blockaddress(@jump, %one), ptr blockaddress(@jump, %two)]\n\n")
IFS = _nested_ifs("unused", 3).split("{\n", 1)[1].rsplit("  ret", 1)[0]
JUMP = TABLE + "define i32 @jump(i32 %i, i32 %x, i32 %y) {\n" + IFS + """\
  %slot = getelementptr [2 x ptr], ptr @table, i32 0, i32 %i
  %target = load ptr, ptr %slot
  indirectbr ptr %target, [label %one, label %two]
one:
  ret i32 %p0
two:
  %r = add i32 %p0, 1
  ret i32 %r
}
"""

MODULES = [QUIET + _nested_ifs("deep", 5) + QUIET.replace("@quiet", "@later"),
           _nested_ifs("first", 4) + QUIET + JUMP + _nested_ifs("last", 3),
           QUIET + JUMP + QUIET.replace("@quiet", "@later")]


def _whole_module_rounds(text: str, monkeypatch: pytest.MonkeyPatch) -> str:
    with monkeypatch.context() as patch:
        patch.setattr(simplifycfg, "worth_cutting", lambda m, active: False)
        out, _ = simplifycfg.SimplifyCFG().apply(read_module(text))
    return print_module(out)


@pytest.mark.parametrize("index", range(len(MODULES)))
def test_rounds_on_cuts_print_what_whole_module_rounds_print(
        index: int, monkeypatch: pytest.MonkeyPatch) -> None:
    text = MODULES[index]
    expected = _whole_module_rounds(text, monkeypatch)
    cuts: list[int] = []

    def counted(m: object, chosen: object) -> object:
        cuts.append(1)
        return cut_functions(m, chosen)  # type: ignore[arg-type]

    monkeypatch.setattr(simplifycfg, "cut_functions", counted)
    out, _ = simplifycfg.SimplifyCFG().apply(read_module(text))
    printed = print_module(out)
    assert cuts, "no later round ran on a cut"
    assert printed == expected
    assert "select i1" in printed  # the nested ifs folded
    assert opt_verify(printed) == ""


def test_blockaddress_lines_follow_their_blocks_through_a_cut(
        monkeypatch: pytest.MonkeyPatch) -> None:
    printed = print_module(simplifycfg.SimplifyCFG().apply(read_module(MODULES[1]))[0])
    table = next(line for line in printed.splitlines() if line.startswith("@table"))
    assert re.search(r"blockaddress\(@jump, %one\), ptr blockaddress\(@jump, %two\)", table)
    jump = printed.split("define i32 @jump")[1]
    assert "one:\n  ret i32" in jump and "two:\n  %r = add" in jump


@pytest.mark.parametrize("cut_names", [("jump", "last"), ("first", "last")])
def test_a_cut_that_removes_blocks_merges_back_in_place(cut_names: tuple[str, str]) -> None:
    """Cut some functions, run simplifycfg on the cut alone (it deletes blocks
    of the nested ifs, and of @jump when cut), merge: the functions left out
    print as they were, the cut ones as simplifycfg leaves them, and the
    table names @jump's blocks either way (renumbered through the cut, or
    taken back from the parent when the cut left @jump out)."""
    m = read_module(MODULES[1])
    names = [m.host.strings[int(name)] for name in m.function_name]
    sub, cut = cut_functions(m, np.asarray([name in cut_names for name in names]))
    simplified, _ = simplifycfg.SimplifyCFG().apply(sub)
    assert simplified.block_function.shape[0] < sub.block_function.shape[0]
    merged = print_module(merge_functions(simplified, cut))
    whole = print_module(simplifycfg.SimplifyCFG().apply(read_module(MODULES[1]))[0])
    original = print_module(m)
    for name in names:
        expected = whole if name in cut_names else original
        function = f"define i32 @{name}("
        assert merged.split(function)[1].split("}")[0] == expected.split(function)[1].split("}")[0]
    table = next(line for line in merged.splitlines() if line.startswith("@table"))
    assert table == next(line for line in original.splitlines() if line.startswith("@table"))
    assert opt_verify(merged) == ""
