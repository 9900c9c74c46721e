"""Faults, each triggered on purpose (issue 6): a run interrupted by SIGINT,
SIGTERM or SIGKILL leaves no output, partial or whole, and an interrupt while
outputs are renamed into place waits until all of them are; a store record
damaged on disk is found by its digest and recomputed; the GPU running out of
memory in the middle of a batch halves the batch, or moves a module to the
CPU, with the same output."""

from __future__ import annotations

import io
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from conftest import GPUOPT, requires_gpu
from gpuopt import cli
from gpuopt.backend import cupy_or_none
from test_store import _damage_body
from test_store_build import _many_functions, kinds
from test_store_entities import MODULE

PIPELINE = "function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)"
OLD = "; the previous output, which an interrupted run must leave alone\n"


def _leftovers(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir() if path.name.startswith(".gpuopt-"))


@pytest.fixture(scope="module")
def long_inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """One module of 24,000 functions, then eight of 3,000 each: each set
    about ten seconds of work."""
    folder = tmp_path_factory.mktemp("long")
    (folder / "large").mkdir()
    large = folder / "large" / "m.ll"
    large.write_text(_many_functions(24000))
    text = _many_functions(3000)
    paths = [folder / f"m{index}.ll" for index in range(8)]
    for path in paths:
        path.write_text(text)
    return [large, *paths]


@pytest.mark.parametrize(("signum", "status", "word"), [
    (signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 128 + signal.SIGTERM, "terminated"),
    (signal.SIGKILL, -signal.SIGKILL, None)], ids=["SIGINT", "SIGTERM", "SIGKILL"])
@pytest.mark.parametrize("mode", ["output-file", "output-dir"])
def test_interrupted_run_leaves_previous_outputs(long_inputs: list[Path], tmp_path: Path,
                                                 signum: int, status: int, word: str | None,
                                                 mode: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    if mode == "output-file":
        destinations = [out / "all.ll"]
        arguments = [str(long_inputs[0]), "-o", str(destinations[0])]
    else:
        destinations = [out / path.name for path in long_inputs[1:]]
        arguments = [*map(str, long_inputs[1:]), "--output-dir", str(out)]
    for destination in destinations:
        destination.write_text(OLD)
    process = subprocess.Popen([*GPUOPT, f"-passes={PIPELINE}", "-S", *arguments],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.0)  # past the start: reading or optimizing
    assert process.poll() is None, "the run ended before the signal: give it more work"
    process.send_signal(signum)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == status, stderr
    if word is not None:
        assert stderr == f"gpuopt: {word}\n" and stdout == ""
        assert _leftovers(out) == []
    assert [destination.read_text() for destination in destinations] == [OLD] * len(destinations)


def _three_inputs(tmp_path: Path) -> tuple[list[str], Path]:
    """Three small modules to optimize into an empty output folder."""
    sources = []
    for index in range(3):
        source = tmp_path / f"m{index}.ll"
        source.write_text(MODULE)
        sources.append(str(source))
    out = tmp_path / "out"
    out.mkdir()
    return sources, out


def test_interrupt_while_renaming_waits_until_every_output_is_in_place(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sources, out = _three_inputs(tmp_path)
    rename = os.replace

    def interrupted_rename(source: str, destination: str) -> None:
        rename(source, destination)
        os.kill(os.getpid(), signal.SIGINT)  # after the first output is in place

    monkeypatch.setattr(cli.os, "replace", interrupted_rename)
    streams = cli.Streams(io.StringIO(), io.StringIO(), io.StringIO())
    with pytest.raises(KeyboardInterrupt):
        cli.run([f"-passes={PIPELINE}", "-S", *sources, "--output-dir", str(out)], streams)
    assert sorted(path.name for path in out.iterdir()) == ["m0.ll", "m1.ll", "m2.ll"]


def test_interrupt_while_staging_leaves_no_output(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    sources, out = _three_inputs(tmp_path)
    stage = cli._PendingOutputs.stage
    staged: list[str] = []

    def interrupted_stage(self: Any, path: str, text: str) -> None:
        stage(self, path, text)
        staged.append(path)
        if len(staged) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(cli._PendingOutputs, "stage", interrupted_stage)
    streams = cli.Streams(io.StringIO(), io.StringIO(), io.StringIO())
    with pytest.raises(KeyboardInterrupt):
        cli.run([f"-passes={PIPELINE}", "-S", *sources, "--output-dir", str(out)], streams)
    assert list(out.iterdir()) == []


def _stored_keys(kind: str, path: str) -> list[str]:
    if kind == "sqlite":
        with sqlite3.connect(path) as connection:
            keys = [row[0] for row in connection.execute("SELECT key FROM entries ORDER BY key")]
        connection.close()
        return keys
    from pycozo.client import Client
    client = Client("sqlite", path, dataframe=False)
    keys = sorted(row[0] for row in client.run("?[key] := *entry{key}")["rows"])
    client.close()
    return keys


@kinds
def test_damaged_store_record_is_recomputed(kind: str, tmp_path: Path) -> None:
    source = tmp_path / "m.ll"
    source.write_text(MODULE)
    store = str(tmp_path / f"store.{kind}")

    def run(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*GPUOPT, f"-passes={PIPELINE}", "-S", str(source), *extra],
                              capture_output=True, text=True, check=False)

    plain = run()
    first = run("--store", store, "--store-kind", kind, "-stats")
    keys = _stored_keys(kind, store)
    assert len(keys) == 3
    _damage_body(kind, store, keys[1])
    after_damage = run("--store", store, "--store-kind", kind, "-stats")
    third = run("--store", store, "--store-kind", kind, "-stats")
    assert plain.returncode == first.returncode == after_damage.returncode == 0
    assert plain.stdout == first.stdout == after_damage.stdout == third.stdout
    assert "2 store - Functions reused from the store" in after_damage.stderr
    assert "1 store - Functions optimized and stored" in after_damage.stderr
    assert "3 store - Functions reused from the store" in third.stderr


@requires_gpu
@pytest.mark.parametrize("halves_fit", [True, False], ids=["halves-fit", "nothing-fits"])
def test_out_of_gpu_memory_in_the_middle_of_a_batch(halves_fit: bool,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """sccp, the fourth pass, asks for more memory than the card has whenever
    its module is larger than any one input (or, for nothing-fits, always): a
    real CuPy allocation failure after three passes changed the module on the
    device."""
    from gpuopt.batch import Batch
    from gpuopt.transforms.sccp import SCCP

    cupy = cupy_or_none()
    apply = SCCP.apply
    sizes: list[int] = []

    def measured_apply(self: SCCP, module: Any) -> Any:
        sizes.append(module.n_instructions)
        return apply(self, module)

    sources = [(_many_functions(300 + 100 * index), f"m{index}.ll") for index in range(4)]
    monkeypatch.setattr(SCCP, "apply", measured_apply)
    expected = [Batch(PIPELINE, "cpu", io.StringIO()).optimize_all([source], printed=True)[0]
                for source in sources]
    limit = max(sizes) if halves_fit else 0  # the largest single input's size at sccp

    def greedy_apply(self: SCCP, module: Any) -> Any:
        if module.xp is cupy and module.n_instructions > limit:
            cupy.empty(1 << 50, dtype=cupy.uint8)  # a petabyte: always out of memory
        return apply(self, module)

    monkeypatch.setattr(SCCP, "apply", greedy_apply)
    messages = io.StringIO()
    outputs = Batch(PIPELINE, "gpu", messages).optimize_all(sources, printed=True)
    assert outputs == expected
    notes = messages.getvalue()
    assert "the GPU ran out of memory for 4 modules at once; trying 2 and 2" in notes
    moved = notes.count("the GPU ran out of memory; running this module on the CPU")
    assert moved == (0 if halves_fit else len(sources))
