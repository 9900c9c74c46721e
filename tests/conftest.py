"""Shared fixtures: the array backends, the tools, and the command."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from gpuopt.backend import cupy_or_none

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))  # the input shapes of bench/shapes.py, for speed tests
GPUOPT = [sys.executable, "-m", "gpuopt"]
FILECHECK = "/usr/lib/llvm-22/bin/FileCheck"
N_CSMITH = 60  # csmith programs in the small corpus


# GPU-only tests: skipped only where there is no GPU (a real missing resource)
requires_gpu = pytest.mark.skipif(cupy_or_none() is None,
                                  reason="no GPU: CuPy with a CUDA device is not available")


def _backends() -> list[Any]:
    cupy = cupy_or_none()
    return [pytest.param(np, id="numpy"),
            pytest.param(cupy, id="cupy", marks=pytest.mark.skipif(
                cupy is None, reason="no GPU: CuPy with a CUDA device is not available"))]


@pytest.fixture(params=_backends())
def xp(request: pytest.FixtureRequest) -> Any:
    """Each backend in turn; the CuPy run is skipped only where there is no GPU."""
    return request.param


def require_tool(name: str) -> str:
    path = shutil.which(name) or (name if Path(name).exists() else None)
    if path is None:
        pytest.fail(f"{name} is missing: run scripts/setup.sh")
    return path


def run_gpuopt(*args: str, input_text: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*GPUOPT, *args], input=input_text, capture_output=True, text=True,
                          check=False)


def opt_verify(text: str) -> str:
    """opt-22's verifier messages for ``text`` ('' when it verifies)."""
    result = subprocess.run([require_tool("opt-22"), "-passes=verify", "-disable-output"],
                            input=text, capture_output=True, text=True, check=False)
    return result.stderr if result.returncode else ""


def opt_canonical(text: str) -> str:
    """``opt-22 -S`` of ``text``, minus the ModuleID line that names the file."""
    result = subprocess.run([require_tool("opt-22"), "-S"], input=text, capture_output=True,
                            text=True, check=True)
    return "\n".join(line for line in result.stdout.splitlines()
                     if not line.startswith("; ModuleID"))


@pytest.fixture(scope="session")
def corpus() -> dict[str, dict[str, object]]:
    """Build (or reuse) the small corpus: N_CSMITH csmith programs and the Rust one
    (scripts/corpus/build_corpus.py); each program's entry from its corpus.json."""
    scripts = str(ROOT / "scripts" / "corpus")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    import checks

    subprocess.run([sys.executable, str(ROOT / "scripts" / "corpus" / "build_corpus.py"),
                    "--only", "csmith,rust-collections", "--csmith", str(N_CSMITH)],
                   check=True, capture_output=True, text=True)
    programs: dict[str, dict[str, object]] = checks.corpus_programs()
    return programs


@pytest.fixture(scope="module")
def corpus_modules(corpus: dict[str, dict[str, object]]) -> list[str]:
    """The small corpus's module files: N_CSMITH csmith programs and the Rust one
    (larger than most, so --ray and --jobs cut it into functions)."""
    csmith = sorted((name for name, entry in corpus.items() if entry["group"] == "csmith"),
                    key=lambda name: int(name.split("-")[1]))[:N_CSMITH]
    return [str(ROOT / ".corpus" / "ll" / module) for name in [*csmith, "rust-collections"]
            for module in corpus[name]["modules"]]  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def corpus_plain(corpus_modules: list[str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The standard pipeline's outputs of ``corpus_modules`` from a run in one process,
    which --ray and --jobs runs must equal byte for byte."""
    out = tmp_path_factory.mktemp("plain")
    result = subprocess.run([*GPUOPT, "-passes=function(sroa,instcombine<no-verify-fixpoint>,"
                             "early-cse,sccp,adce,simplifycfg)", *corpus_modules,
                             "--output-dir", str(out)], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
    return out
