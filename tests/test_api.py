"""The Python API (gpuopt/api.py), through the README's own example."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import numpy as np
import pytest

import gpuopt
from conftest import ROOT, opt_verify


def readme_example() -> str:
    text = (ROOT / "README.md").read_text()
    section = text[text.index("## The Python API"):]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match is not None, "the README's API section has no python example"
    return match.group(1)


def test_the_readme_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    names: dict[str, object] = {}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(readme_example(), "README.md", "exec"), names)
    run = names["run"]
    module = names["module"]
    assert isinstance(run, gpuopt.Run) and isinstance(module, gpuopt.Module)
    # the optimized module is valid IR with fewer instructions than the input
    assert opt_verify(gpuopt.text(run.module)) == ""
    assert run.module.n_instructions < module.n_instructions
    # what was printed is what the API returns
    out = printed.getvalue()
    assert gpuopt.text(run.module, "twice") in out
    assert run.diff("twice") in out
    assert "*** IR Dump After SROAPass on twice ***" in out
    assert (tmp_path / "twice.html").stat().st_size > 0


def test_read_takes_a_path_or_text(tmp_path: Path) -> None:
    text = "define i32 @f(i32 %x) {\n  %y = add i32 %x, 0\n  ret i32 %y\n}\n"
    path = tmp_path / "f.ll"
    path.write_text(text)
    for source in (str(path), path, text):
        module = gpuopt.read(source)
        assert gpuopt.functions(module) == [("f", 2, 1)]
        assert gpuopt.text(module) == gpuopt.print_module(module)


def test_columns_are_the_modules_arrays() -> None:
    module = gpuopt.read("define void @g() {\n  ret void\n}\n")
    columns = gpuopt.columns(module)
    assert set(columns) == set(module.column_names())
    assert all(isinstance(value, np.ndarray) for value in columns.values())
    assert np.array_equal(columns["inst_opcode"], module.inst_opcode)


def test_a_run_without_recording_has_no_diffs() -> None:
    module = gpuopt.read("define i32 @f(i32 %x) {\n  %y = add i32 2, 3\n  ret i32 %y\n}\n")
    run = gpuopt.run(module, "instsimplify,dce", record=False)
    assert run.module.n_instructions < module.n_instructions and len(run.records) == 2
    with pytest.raises(ValueError, match="did not record"):
        run.diff("f")
    with pytest.raises(KeyError):
        gpuopt.text(run.module, "missing")
