"""The cases scripts/fuzz/differential.py found and reduced (tests/fuzz_regressions/):
each goes through the standard pipeline without an error, its output verifies,
and where the case was a miscompile, the optimized build behaves like the
unoptimized one (random IR: on the guarded inputs; C: the same output).  A case
of kind ``error`` is invalid IR (opt-22 rejects it too) that once crashed a pass:
gpuopt must reject it with the header's opt-style error, and write nothing.

A case whose header says ``; status: open`` has a fix proposed for a file
another change owns; it is expected to fail (strictly) until that fix lands.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts" / "fuzz"))
import differential

CASES = sorted((ROOT / "tests" / "fuzz_regressions").glob("*.ll"))


def _param(path: Path) -> object:
    status = differential.case_header(path).get("status", "")
    marks = [pytest.mark.xfail(strict=True, reason=status)] if status.startswith("open") else []
    return pytest.param(path, id=path.stem, marks=marks)


def test_cases_are_present() -> None:
    """The folder exists and every case names its kind (what the check below runs)."""
    assert CASES
    for path in CASES:
        assert differential.case_header(path).get("kind") in (
            "crash", "verify", "mismatch-random-ir", "mismatch-csmith", "error"), path


@pytest.mark.parametrize("path", [_param(path) for path in CASES])
def test_case(path: Path) -> None:
    assert differential.check_case(path) == ""
