"""The array namespace: NumPy on the CPU (the default), CuPy on an NVIDIA GPU.

A module moves to the device once (``Module.to``), every pass runs there with
the ``xp`` it finds on the module, and the result comes back once for
printing.  CuPy is optional: importing this module never requires it.
"""

from __future__ import annotations

import functools
from typing import Any

import numpy as np

from gpuopt.diagnostics import UserError

# Below this many instructions the launch overheads of the GPU outweigh the
# work; `--device auto` stays on the CPU.  Since the CPU-side speedups of
# 2026-11-24 the GPU path is slower than NumPy at every measured size on the H100
# machine (1K to 641K instructions: 1.5x slower at 641K, 2.4x at 98K;
# bench/results/scale-h100-final-2026-11-24.md), its gap narrowing with size, so
# auto takes the GPU only for batches far past the measured range.
AUTO_GPU_MIN_INSTRUCTIONS = 2_000_000


# On the GPU, a few hot chains of array operations run as one fused kernel each
# (analysis/range_kernels.py, transforms/fold_kernel.py); the array code is their
# twin, which the CPU runs.  Benchmarks and parity tests switch this off to compare.
FUSED_KERNELS = True


def uses_fused_kernels(xp: Any) -> bool:
    return FUSED_KERNELS and xp is not np


@functools.cache
def cupy_or_none() -> Any:
    """CuPy if it imports and sees a device, else None."""
    try:
        import cupy  # type: ignore[import-not-found]
    except Exception:
        return None
    try:
        if cupy.cuda.runtime.getDeviceCount() < 1:
            return None
    except Exception:
        return None
    return cupy


def namespace(device: str, n_instructions: int = 0) -> Any:
    """The array module for ``--device cpu|gpu|auto``."""
    if device == "cpu":
        return np
    cupy = cupy_or_none()
    if device == "gpu":
        if cupy is None:
            raise UserError("--device gpu: CuPy with a CUDA device is not available "
                            "(pip install 'gpuopt[gpu]' on a machine with an NVIDIA GPU)")
        return cupy
    if device == "auto":
        if cupy is not None and n_instructions >= AUTO_GPU_MIN_INSTRUCTIONS:
            return cupy
        return np
    raise UserError(f"unknown device '{device}': expected cpu, gpu or auto")


def synchronize(xp: Any) -> None:
    """Wait for queued device work (no-op for NumPy); timings read after this."""
    if xp is not np:
        xp.cuda.get_current_stream().synchronize()


def device_name(xp: Any) -> str:
    if xp is np:
        return "cpu (numpy)"
    props = xp.cuda.runtime.getDeviceProperties(xp.cuda.Device().id)
    name = props["name"]
    return f"gpu ({name.decode() if isinstance(name, bytes) else name}, cupy)"
