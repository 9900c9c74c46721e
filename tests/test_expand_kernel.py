"""``expand`` (CSR expansion) on the GPU, one kernel after a scan, against its
twin, the array code: the kernel's body compiled by clang-22 as a C loop here,
the kernel itself on the GPU; random runs with empty ones among them (first,
last, consecutive), all empty, none."""

from __future__ import annotations

import ctypes
import random
import subprocess
from typing import Any

import numpy as np
import pytest

from conftest import require_tool, requires_gpu
from gpuopt import arrays, backend
from gpuopt.backend import cupy_or_none

DRIVER = """
void expand(long total, const long long *inclusive, const long long *starts,
            const long long *counts, long long n_runs, long long *out_run,
            long long *out_element) {
    for (long long i = 0; i < total; i++) {
        long long run, element;
        %s
        out_run[i] = run;
        out_element[i] = element;
    }
}
"""


def _runs(seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    rng = random.Random(seed)
    cases = [(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)),
             (np.arange(5, dtype=np.int64), np.zeros(5, dtype=np.int64))]
    for size in (1, 7, 1000, 20_000):
        counts = np.array([rng.choice([0, 0, 1, 2, 3, 17]) for _ in range(size)], dtype=np.int64)
        starts = np.array([rng.randrange(-5, 10**6) for _ in range(size)], dtype=np.int64)
        cases.append((starts, counts))
    return cases


@pytest.fixture(scope="module")
def c_expand(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("expand")
    source = folder / "expand.c"
    source.write_text(DRIVER % arrays._EXPAND)
    library = folder / "expand.so"
    subprocess.run([require_tool("clang-22"), "-O1", "-shared", "-fPIC", "-o", str(library),
                    str(source)], check=True)
    return ctypes.CDLL(str(library))


def test_c_expand_gives_the_array_code(c_expand: Any) -> None:
    for starts, counts in _runs(1):
        expected_run, expected_element = arrays.expand(np, starts, counts)
        inclusive = np.cumsum(counts)
        total = int(inclusive[-1]) if counts.shape[0] else 0
        run = np.zeros(total, dtype=np.int64)
        element = np.zeros(total, dtype=np.int64)
        pointers = (a.ctypes.data_as(ctypes.c_void_p) for a in (inclusive, starts, counts))
        c_expand.expand(ctypes.c_long(total), *pointers, ctypes.c_longlong(counts.shape[0]),
                        run.ctypes.data_as(ctypes.c_void_p),
                        element.ctypes.data_as(ctypes.c_void_p))
        assert np.array_equal(run, expected_run)
        assert np.array_equal(element, expected_element)


@requires_gpu
@pytest.mark.parametrize("dtype", ["int32", "int64"])
def test_fused_expand_gives_the_array_code(dtype: str, monkeypatch: pytest.MonkeyPatch) -> None:
    cupy = cupy_or_none()
    for starts, counts in _runs(2):
        starts, counts = cupy.asarray(starts.astype(dtype)), cupy.asarray(counts.astype(dtype))
        fused = arrays.expand(cupy, starts, counts)
        monkeypatch.setattr(backend, "FUSED_KERNELS", False)
        array = arrays.expand(cupy, starts, counts)
        monkeypatch.setattr(backend, "FUSED_KERNELS", True)
        for mine, theirs in zip(fused, array, strict=True):
            assert mine.dtype == theirs.dtype and bool((mine == theirs).all())
