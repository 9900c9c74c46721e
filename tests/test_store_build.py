"""``gpuopt --store`` from the command line, for both kinds of store: the
output of a run without the store, reuse on the next run, and a run killed
with SIGKILL while it writes the store leaves one the next run uses without
error and without a wrong result."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from conftest import GPUOPT
from gpuopt.store import KINDS, open_store
from test_store_entities import MODULE, PIPELINE

try:
    import pycozo  # noqa: F401
    HAVE_COZO = True
except ImportError:
    HAVE_COZO = False

kinds = pytest.mark.parametrize("kind", [
    pytest.param(kind, marks=pytest.mark.skipif(
        kind == "cozo" and not HAVE_COZO,
        reason="pycozo and cozo-embedded are not installed (pip install -e '.[cozo]')"))
    for kind in KINDS])


def _gpuopt(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*GPUOPT, f"-passes={PIPELINE}", "-S", *args], capture_output=True,
                          text=True, check=False)


def _many_functions(count: int) -> str:
    """A module of ``count`` functions, each with work for every pass."""
    functions = []
    for index in range(count):
        functions.append(f"""define i32 @f{index}(i32 %x, i32 %y) {{
entry:
  %p = alloca i32
  store i32 %x, ptr %p
  %v = load i32, ptr %p
  %a = add i32 %v, {index}
  %b = mul i32 %a, 1
  %c = icmp eq i32 %y, %y
  br i1 %c, label %yes, label %no
yes:
  %s = sub i32 %b, %y
  ret i32 %s
no:
  ret i32 {index}
}}
""")
    return "\n".join(functions)


@kinds
def test_store_run_matches_a_plain_run_and_reuses(kind: str, tmp_path: Path) -> None:
    source = tmp_path / "m.ll"
    source.write_text(MODULE)
    store = str(tmp_path / f"store.{kind}")
    plain = _gpuopt(str(source))
    first = _gpuopt(str(source), "--store", store, "--store-kind", kind, "-stats")
    second = _gpuopt(str(source), "--store", store, "--store-kind", kind, "-stats")
    assert plain.returncode == first.returncode == second.returncode == 0, first.stderr
    assert first.stdout == second.stdout == plain.stdout
    assert "3 store - Functions optimized and stored" in first.stderr
    assert "3 store - Functions reused from the store" in second.stderr
    wrong_kind = _gpuopt(str(source), "--store", store,
                         "--store-kind", "cozo" if kind == "sqlite" else "sqlite")
    assert wrong_kind.returncode == 1 and "Traceback" not in wrong_kind.stderr
    assert wrong_kind.stderr.count("\n") == 1 and wrong_kind.stdout == ""


@kinds
def test_run_killed_while_writing_leaves_a_usable_store(kind: str, tmp_path: Path) -> None:
    source = tmp_path / "many.ll"
    source.write_text(_many_functions(600))
    store = tmp_path / f"store.{kind}"
    expected = _gpuopt(str(source)).stdout
    # the write has begun when SQLite's write-ahead log or cozo's journal has bytes
    journal = [Path(f"{store}-wal"), Path(f"{store}-journal")]
    killed_mid_write = 0
    for attempt in range(6):
        store.unlink(missing_ok=True)
        for path in journal:
            path.unlink(missing_ok=True)
        process = subprocess.Popen([*GPUOPT, f"-passes={PIPELINE}", "-S", str(source),
                                    "-o", str(tmp_path / "out.ll"), "--store", str(store),
                                    "--store-kind", kind],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while process.poll() is None and time.monotonic() < deadline:
            if any(path.exists() and path.stat().st_size > 0 for path in journal):
                os.kill(process.pid, signal.SIGKILL)
                break
            time.sleep(0.0005 * (attempt + 1))
        process.wait()
        opened = open_store(str(store), kind)
        stored = opened.count()
        opened.close()
        assert stored in (0, 600), f"a killed write left {stored} of 600 entries"
        killed_mid_write += process.returncode == -signal.SIGKILL and stored == 0
        # the next run uses the store as it is: right output, and it fills the store
        again = _gpuopt(str(source), "--store", str(store), "--store-kind", kind, "-stats")
        assert again.returncode == 0, again.stderr
        assert again.stdout == expected
        reused = _gpuopt(str(source), "--store", str(store), "--store-kind", kind, "-stats")
        assert reused.stdout == expected
        assert "600 store - Functions reused from the store" in reused.stderr
        if killed_mid_write:
            break
    assert killed_mid_write, "no kill landed inside a store write in 6 attempts"
