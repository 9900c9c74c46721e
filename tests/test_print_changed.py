"""-print-changed in opt's layout: gpuopt runs pass-major over all functions
at once but must print function-major, as opt-22 does for the same pipeline.
The comparison is of structure (the dump headers, and each dump's lines by
their first character), not of text: gpuopt prints no comments (opt's
'; preds = ...', '; Function Attrs') and names phis its own way."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from conftest import GPUOPT, require_tool, run_gpuopt

PIPELINE = "function(sroa,instcombine,early-cse)"
# a small real program: one function changed by two passes, one with a
# diamond SROA turns into a phi, one changed by SROA only
PROGRAM = r"""
int twice(int a) { int x = a * 2; int y = x + 0; return y; }
int distance(int a, int b) {
  int s = 0;
  if (a > b) s = a - b; else s = b - a;
  return s + twice(s);
}
int same(int a) { return a; }
"""
OPT_ONLY = "*** IR Pass VerifierPass on [module] ignored ***"  # opt's own final verifier
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def module(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("print_changed")
    (folder / "small.c").write_text(PROGRAM)
    subprocess.run([require_tool("clang-22"), "-O0", "-Xclang", "-disable-O0-optnone", "-S",
                    "-emit-llvm", "small.c", "-o", "small.ll"], cwd=folder, check=True)
    return folder / "small.ll"


def structure(dumps: str) -> list[tuple[str, str]]:
    """(header, shape of its lines) per dump; the module at start by header only."""
    out: list[tuple[str, str]] = []
    for line in ANSI.sub("", dumps).split("\n"):
        if line.startswith("*** "):
            if line != OPT_ONLY:
                out.append((line, ""))
        elif out and not out[-1][0].startswith("*** IR Dump At Start") \
                and not line.startswith(";"):
            out[-1] = (out[-1][0], out[-1][1] + (line[:1] or "_"))
    return out


def dumps_of(tool: list[str], module: Path, *options: str) -> str:
    result = subprocess.run([*tool, f"-passes={PIPELINE}", *options, "-disable-output",
                             str(module)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    return result.stderr


@pytest.mark.parametrize("options", [
    ["-print-changed"], ["-print-changed=quiet"], ["-print-changed=diff"],
    ["-print-changed=diff-quiet"], ["-print-changed=cdiff"], ["-print-changed=cdiff-quiet"],
    ["-print-changed=diff", "-filter-print-funcs=same"],
    ["-print-changed", "-filter-print-funcs=twice,same"],
    ["-print-changed=quiet", "-filter-print-funcs=distance"]],
    ids=lambda options: " ".join(options))
def test_layout_matches_opt(module: Path, options: list[str]) -> None:
    ours = dumps_of(GPUOPT, module, *options)
    theirs = dumps_of([require_tool("opt-22")], module, *options)
    assert structure(ours) == structure(theirs)
    # and the dumps are not empty: every function changed under SROA at least
    assert "*** IR Dump After SROAPass on " in ours


def test_diff_lines_are_coloured_as_opt_colours_them(module: Path) -> None:
    ours = dumps_of(GPUOPT, module, "-print-changed=cdiff")
    theirs = dumps_of([require_tool("opt-22")], module, "-print-changed=cdiff")
    coloured = re.compile(r"^\x1b\[(3[12])m([-+])", re.M)
    assert coloured.findall(ours) == coloured.findall(theirs) != []


def test_full_dumps_are_the_printed_functions(module: Path) -> None:
    """A non-diff dump is the function as -print-after-all prints it."""
    changed = dumps_of(GPUOPT, module, "-print-changed=quiet")
    after_all = dumps_of(GPUOPT, module, "-print-after-all")
    for header, body in re.findall(r"\*\*\* (IR Dump After \S+ on \S+) \*\*\*\n(.*?)(?=\*\*\*|\Z)",
                                   changed, re.S):
        assert f"; *** {header} ***\n{body}" in after_all


def test_output_and_messages_stay_apart(module: Path) -> None:
    plain = run_gpuopt("-S", f"-passes={PIPELINE}", str(module))
    dumped = run_gpuopt("-S", f"-passes={PIPELINE}", "-print-changed=diff", str(module))
    assert dumped.returncode == 0 and dumped.stdout == plain.stdout
    assert dumped.stderr.startswith("*** IR Dump At Start ***\n; ModuleID = ")


def test_an_unknown_mode_is_an_error(module: Path) -> None:
    result = run_gpuopt(f"-passes={PIPELINE}", "-print-changed=sideways", str(module))
    assert result.returncode == 1 and result.stdout == ""
    assert "Cannot find option named 'sideways'" in result.stderr
    assert "Traceback" not in result.stderr


def test_several_modules_dump_one_after_another(module: Path, tmp_path: Path) -> None:
    second = tmp_path / "second.ll"
    second.write_text(module.read_text().replace("@twice", "@thrice"))
    result = run_gpuopt(f"-passes={PIPELINE}", "-print-changed=quiet", "-disable-output",
                        str(module), str(second))
    assert result.returncode == 0, result.stderr
    headers = re.findall(r"IR Dump After SROAPass on (\S+) \*\*\*", result.stderr)
    assert headers == ["twice", "distance", "same", "thrice", "distance", "same"]


def test_the_filter_limits_print_after_all_too(module: Path) -> None:
    ours = dumps_of(GPUOPT, module, "-print-after-all", "-filter-print-funcs=same")
    theirs = dumps_of([require_tool("opt-22")], module, "-print-after-all",
                      "-filter-print-funcs=same")
    named = re.compile(r"IR Dump After (\w+) on (\w+)")
    # opt also dumps its adaptor and verifier passes; gpuopt has only the passes
    assert named.findall(ours) == [found for found in named.findall(theirs)
                                   if found[0] in ("SROAPass", "InstCombinePass",
                                                   "EarlyCSEPass")]
    assert {name for _, name in named.findall(ours)} == {"same"}
