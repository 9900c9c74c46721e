"""The command's conventions, as opt users expect them."""

from __future__ import annotations

import os
import stat
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from conftest import run_gpuopt
from gpuopt import read_module
from gpuopt.backend import cupy_or_none
from gpuopt.transforms.verify import verify

SMALL = """define i32 @f(i32 %x) {
  %a = add i32 2, 3
  %b = add i32 %x, %a
  %dead = mul i32 %b, %b
  ret i32 %b
}

define void @g() {
  ret void
}
"""
FOLDED = "  %b = add i32 %x, 5\n  ret i32 %b\n"


def test_reads_stdin_and_writes_stdout() -> None:
    for args in ([], ["-"], ["-", "-o", "-"]):
        result = run_gpuopt("-S", "-passes=instsimplify,dce", *args, input_text=SMALL)
        assert result.returncode == 0, result.stderr
        assert FOLDED in result.stdout


def test_writes_the_output_file(tmp_path: Path) -> None:
    source, out = tmp_path / "in.ll", tmp_path / "out.ll"
    source.write_text(SMALL)
    result = run_gpuopt("-passes=function(instsimplify,dce)", str(source), "-o", str(out))
    assert result.returncode == 0 and result.stdout == ""
    assert FOLDED in out.read_text()
    # the temporary file was renamed into place, not left beside it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.ll", "out.ll"]


def test_output_to_a_pipe_writes_into_it(tmp_path: Path) -> None:
    """``-o /dev/null`` or ``-o FIFO`` writes into the file: renaming a
    temporary file over it would replace the device with a regular file."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with ThreadPoolExecutor(1) as pool:
        received = pool.submit(fifo.read_text)
        result = run_gpuopt("-passes=function(instsimplify,dce)", "-o", str(fifo),
                            input_text=SMALL)
        assert result.returncode == 0, result.stderr
        assert FOLDED in received.result(timeout=60)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_disable_output_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out.ll"
    result = run_gpuopt("-passes=dce", "-disable-output", "-o", str(out), input_text=SMALL)
    assert result.returncode == 0 and result.stdout == "" and not out.exists()


def test_time_passes_and_stats_go_to_stderr() -> None:
    result = run_gpuopt("-S", "-passes=instsimplify,dce", "-time-passes", "-stats",
                        input_text=SMALL)
    assert result.returncode == 0
    assert "Pass execution timing report" in result.stderr
    assert "InstSimplifyPass" in result.stderr and "DCEPass" in result.stderr
    assert "1 dce - Number of insts removed" in result.stderr
    assert "1 instsimplify - Number of instructions simplified" in result.stderr
    assert "timing" not in result.stdout


def test_print_after_all_prints_each_function_after_each_pass() -> None:
    result = run_gpuopt("-passes=instsimplify,dce", "-print-after-all", "-disable-output",
                        input_text=SMALL)
    headers = [line for line in result.stderr.splitlines() if line.startswith("; *** IR Dump")]
    assert headers == ["; *** IR Dump After InstSimplifyPass on f ***",
                       "; *** IR Dump After InstSimplifyPass on g ***",
                       "; *** IR Dump After DCEPass on f ***",
                       "; *** IR Dump After DCEPass on g ***"]


def test_verify_each_accepts_valid_pipelines() -> None:
    result = run_gpuopt("-S", "-passes=repeat<3>(instsimplify,dce)", "-verify-each",
                        input_text=SMALL)
    assert result.returncode == 0, result.stderr


def test_verifier_finds_broken_columns() -> None:
    module = read_module(SMALL, "small.ll")
    assert verify(module) == []
    # Drop @f's terminator from its block: a block that does not end in one.
    broken = module.with_columns(block_inst_count=np.where(
        np.arange(module.block_inst_count.shape[0]) == 0, module.block_inst_count - 1,
        module.block_inst_count))
    assert any("terminator" in problem for problem in verify(broken))
    dangling = module.with_columns(operand_ref=module.operand_ref + 1000)
    assert any("out of range" in problem for problem in verify(dangling))


def test_help_says_output_is_text() -> None:
    result = run_gpuopt("--help")
    assert result.returncode == 0 and "bitcode" in result.stdout


@pytest.mark.skipif(cupy_or_none() is not None, reason="this machine has a GPU")
def test_gpu_without_cupy_is_a_clear_error() -> None:
    result = run_gpuopt("--device", "gpu", input_text=SMALL)
    assert result.returncode == 1
    assert result.stderr.startswith("gpuopt: --device gpu: CuPy")


def test_auto_device_gives_the_cpu_output() -> None:
    cpu = run_gpuopt("-S", "-passes=instsimplify,dce", "--device", "cpu", input_text=SMALL)
    auto = run_gpuopt("-S", "-passes=instsimplify,dce", "--device", "auto", input_text=SMALL)
    assert cpu.returncode == auto.returncode == 0 and cpu.stdout == auto.stdout


def test_verify_pass_on_functions_without_arguments() -> None:
    """Found by the fuzzer: -passes=verify indexed the empty argument column."""
    module = """@zero = internal constant [8 x i64] zeroinitializer
define void @zeros() {
  %p = getelementptr inbounds [4 x i64], ptr @zero, i64 0, i64 3
  ret void
}
"""
    result = run_gpuopt("-passes=verify", "-S", input_text=module)
    assert result.returncode == 0, result.stderr
    assert "define void @zeros()" in result.stdout
