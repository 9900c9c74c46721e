"""``undefined_if_poison``'s scans as one GPU kernel (poison_scan_kernel.py)
against its twin, the array code in branch_common.py: the C scan compiled by
clang-22 here, the kernel itself on the GPU; every instruction and argument of
real modules is a query (the per-pass test set, random control flow, and a
csmith program through clang-22 -O0)."""

from __future__ import annotations

import ctypes
import random
import shutil
import subprocess
import sys
from typing import Any

import numpy as np
import pytest

from conftest import ROOT, require_tool, requires_gpu
from gpuopt import backend
from gpuopt.backend import cupy_or_none
from gpuopt.ir.module import TAG_ARGUMENT, TAG_VALUE, Module
from gpuopt.ir.reader import read_module
from gpuopt.transforms import poison_scan_kernel
from gpuopt.transforms.branch_common import (
    _scan_starts,
    poison_scan_tables,
    undefined_if_poison,
)

sys.path.insert(0, str(ROOT / "scripts" / "fuzz"))

DRIVER = r"""
void scans(long q, const unsigned char *alive, const i64 *row, const i64 *block, const int *tag,
           const i64 *ref, const int *opcode, const i64 *operand_start, const i64 *operand_count,
           const int *operand_tag, const i64 *operand_ref, const i64 *block_first,
           const i64 *block_end, const unsigned char *one_successor, const i64 *successor,
           const i64 *ub_position, const unsigned char *is_call, const unsigned char *propagates,
           const unsigned char *call_ub_operand, unsigned char *result) {
    for (long i = 0; i < q; i++)
        result[i] = poison_scan(alive[i], row[i], block[i], tag[i], ref[i], opcode,
                                operand_start, operand_count, operand_tag, operand_ref,
                                block_first, block_end, one_successor, successor, ub_position,
                                is_call, propagates, call_ub_operand);
}
"""
NUMPY_TYPES = {"int32": np.int32, "int64": np.int64, "uint8": np.uint8}


@pytest.fixture(scope="module")
def modules(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str]]:
    """The lit modules, random control flow and, where csmith and clang-22 are
    installed (everywhere but the GPU machine), a csmith program."""
    import random_cfg

    lit = sorted((ROOT / "tests" / "lit").glob("*.ll"))
    rng = random.Random(3)
    cfgs = "\n".join(random_cfg.function(rng, f"f{index}") for index in range(100))
    found = [(path.name, path.read_text()) for path in lit] + [
        ("random_cfg", "declare void @use(i32)\n" + cfgs)]
    if shutil.which("csmith") is None or shutil.which("clang-22") is None:
        return found
    folder = tmp_path_factory.mktemp("csmith")
    program = subprocess.run(["csmith", "--seed", "11", "--no-packed-struct"],
                             capture_output=True, text=True, check=True).stdout
    (folder / "p.c").write_text(program)
    subprocess.run(["clang-22", "-O0", "-Xclang", "-disable-O0-optnone", "-S", "-emit-llvm",
                    "-w", "-I/usr/include/csmith", "-o", str(folder / "p.ll"),
                    str(folder / "p.c")], check=True)
    return [*found, ("csmith-11", (folder / "p.ll").read_text())]


def _queries(m: Module) -> tuple[Any, Any]:
    xp = m.xp
    n, k = m.n_instructions, int(m.argument_function.shape[0])
    tag = xp.concatenate((xp.full(n, TAG_VALUE, dtype=xp.int32),
                          xp.full(k, TAG_ARGUMENT, dtype=xp.int32)))
    ref = xp.concatenate((xp.arange(n, dtype=xp.int64), xp.arange(k, dtype=xp.int64)))
    return tag, ref


@pytest.fixture(scope="module")
def c_scan(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("scan")
    source = folder / "scan.c"
    source.write_text("#define DEVICE\n" + poison_scan_kernel.SCAN_C + DRIVER)
    library = folder / "scan.so"
    subprocess.run([require_tool("clang-22"), "-O1", "-shared", "-fPIC", "-o", str(library),
                    str(source)], check=True)
    return ctypes.CDLL(str(library))


def test_c_scans_give_what_the_array_scans_give(c_scan: Any,
                                                 modules: list[tuple[str, str]]) -> None:
    require_tool("csmith")
    assert modules[-1][0] == "csmith-11"
    undefined_total = 0
    for name, text in modules:
        m = read_module(text, name)
        tag, ref = _queries(m)
        expected = undefined_if_poison(m, tag, ref)
        alive, row, block = _scan_starts(m, tag, ref)
        tables = poison_scan_tables(m)
        columns = [np.ascontiguousarray(tables[name].astype(NUMPY_TYPES[kind]))
                   for name, kind in zip(poison_scan_kernel.TABLES,
                                         poison_scan_kernel.TABLE_TYPES, strict=True)]
        starts = [np.ascontiguousarray(a) for a in (
            alive.astype(np.uint8), row.astype(np.int64), block.astype(np.int64),
            tag.astype(np.int32), ref.astype(np.int64))]
        result = np.zeros(tag.shape[0], dtype=np.uint8)
        c_scan.scans(ctypes.c_long(tag.shape[0]),
                     *(a.ctypes.data_as(ctypes.c_void_p) for a in (*starts, *columns, result)))
        assert np.array_equal(result.astype(bool), expected), name
        undefined_total += int(expected.sum())
    assert undefined_total > 100  # the scans find something to compare


@requires_gpu
def test_kernel_scans_give_the_array_scans(modules: list[tuple[str, str]],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    cupy = cupy_or_none()
    for name, text in modules:
        m = read_module(text, name).to(cupy)
        tag, ref = _queries(m)
        fused = undefined_if_poison(m, tag, ref)
        monkeypatch.setattr(backend, "FUSED_KERNELS", False)
        array = undefined_if_poison(m, tag, ref)
        monkeypatch.setattr(backend, "FUSED_KERNELS", True)
        assert bool((fused == array).all()), name
