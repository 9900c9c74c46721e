"""``gpuopt --ray``: a batch sharded by functions across a local Ray cluster of
two CPU workers gives the bytes of a plain run on the corpus, survives a
worker killed in the middle of a shard, shares the store correctly, and
runs through the warm server; plus the shard split itself."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from conftest import GPUOPT, ROOT
from gpuopt.build.invoke import gpuopt_argv
from gpuopt.cluster.shards import balanced_shards, instruction_counts, shard_count

PIPELINE = "function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)"
RAY = Path(sys.executable).parent / "ray"
# Ray 2.59+ starts clusters with token authentication; a client sends the
# token from ~/.ray/auth_token when told to
CLIENT_ENV = {**os.environ, "RAY_AUTH_MODE": "token"}


# --- the split ------------------------------------------------------------------

@pytest.mark.parametrize("shards", [1, 2, 3, 7, 64])
def test_shards_cover_every_unit_once_and_balance(shards: int) -> None:
    rng = np.random.default_rng(shards)
    counts = np.concatenate([rng.integers(1, 50, 500), rng.integers(1000, 5000, 5)])
    split = balanced_shards(counts, shards)
    assert sorted(np.concatenate(split).tolist()) == list(range(len(counts)))
    assert all(len(shard) for shard in split) and len(split) <= shards
    work = [int(counts[shard].sum()) for shard in split]
    # each shard within one unit of the even share
    assert max(work) <= counts.sum() / shards + counts.max()


def test_one_huge_function_gets_a_shard_of_its_own() -> None:
    counts = np.array([1, 2, 100_000, 3, 4, 5])
    split = balanced_shards(counts, 2)
    assert [shard.tolist() for shard in split] == [[2], [5, 4, 3, 1, 0]]


def test_instruction_counts_and_shard_count() -> None:
    unit = "define i32 @f(i32 %x) {\nentry:\n  %a = add i32 %x, 1\n  ret i32 %a\n}\n"
    assert instruction_counts([unit, "declare void @g()\n"]).tolist() == [2, 1]
    assert shard_count(10, 4) == 4
    assert shard_count(1 << 40, 4) > 4  # more text than shards of SHARD_TEXT_BYTES hold


def test_build_drivers_pass_the_cluster_on() -> None:
    argv = gpuopt_argv("a.ll", "b.ll", env={"GPUOPT_RAY": "10.0.0.1:6379"})
    assert argv[-1] == "--ray=10.0.0.1:6379"
    assert not any(arg.startswith("--ray") for arg in gpuopt_argv("a.ll", "b.ll", env={}))


# --- a local cluster of two CPU workers ------------------------------------------

def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The address of a Ray head on this machine with two CPUs."""
    port = _free_port()
    started = subprocess.run([str(RAY), "start", "--head", f"--port={port}", "--num-cpus=2",
                              "--num-gpus=0", "--include-dashboard=false",
                              "--disable-usage-stats"],
                             capture_output=True, text=True, check=False)
    assert started.returncode == 0, started.stderr
    try:
        yield f"127.0.0.1:{port}"
    finally:
        subprocess.run([str(RAY), "stop", "--force"], capture_output=True, check=False)


def _gpuopt(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([*GPUOPT, f"-passes={PIPELINE}", *args], env=CLIENT_ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(run: subprocess.Popen[str]) -> tuple[int, str]:
    _, err = run.communicate(timeout=600)
    return run.returncode, err


def _same_files(left: Path, right: Path) -> None:
    names = sorted(path.name for path in left.iterdir())
    assert names == sorted(path.name for path in right.iterdir())
    different = [name for name in names
                 if (left / name).read_bytes() != (right / name).read_bytes()]
    assert different == []


def test_cluster_output_is_identical_to_a_plain_run(cluster: str, corpus_modules: list[str],
                                                    corpus_plain: Path, tmp_path: Path) -> None:
    status, err = _finish(_gpuopt(f"--ray={cluster}", *corpus_modules, "--output-dir",
                                  str(tmp_path), "-stats", "-time-passes"))
    assert status == 0, err
    assert "Traceback" not in err
    assert "instcombine - Number of" in err  # the workers' statistics came back
    assert "ray: 2 cpu workers" in err
    _same_files(corpus_plain, tmp_path)


def _kill_a_busy_worker(run: subprocess.Popen[str]) -> int:
    """SIGKILL a worker process while it optimizes a shard (Ray titles it
    'ray::GpuoptWorker.optimize' then); its pid."""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and run.poll() is None:
        listing = subprocess.run(["ps", "-eo", "pid=,args="], capture_output=True, text=True,
                                 check=True).stdout
        busy = [int(line.split()[0]) for line in listing.splitlines()
                if "ray::GpuoptWorker.optimize" in line]
        if busy:
            os.kill(busy[0], signal.SIGKILL)
            return busy[0]
        time.sleep(0.05)
    raise AssertionError("no worker was seen optimizing a shard")


def test_a_worker_killed_mid_shard_is_replaced(cluster: str, corpus_modules: list[str],
                                               corpus_plain: Path, tmp_path: Path) -> None:
    run = _gpuopt(f"--ray={cluster}", *corpus_modules, "--output-dir", str(tmp_path))
    killed = _kill_a_busy_worker(run)
    status, err = _finish(run)
    assert status == 0, err
    assert f":{killed} was lost" in err and "running the shard again on another worker" in err
    _same_files(corpus_plain, tmp_path)


def test_store_lookups_before_dispatch(cluster: str, corpus_modules: list[str], corpus_plain: Path,
                                       tmp_path: Path) -> None:
    store = str(tmp_path / "functions.sqlite")
    first_out, second_out = tmp_path / "first", tmp_path / "second"
    first_out.mkdir()
    second_out.mkdir()
    status, first = _finish(_gpuopt(f"--ray={cluster}", *corpus_modules[:20], "--store", store,
                                    "--output-dir", str(first_out), "-stats", "-time-passes"))
    assert status == 0, first
    assert "Functions optimized and stored" in first and "ray workers" in first
    # the second run finds every function in the store: nothing goes to the cluster
    status, second = _finish(_gpuopt(f"--ray={cluster}", *corpus_modules[:20], "--store", store,
                                     "--output-dir", str(second_out), "-stats", "-time-passes"))
    assert status == 0, second
    assert "Functions optimized and stored" not in second and "ray workers" not in second
    for out in (first_out, second_out):
        for path in out.iterdir():
            assert path.read_bytes() == (corpus_plain / path.name).read_bytes(), path.name


def test_server_with_a_cluster(cluster: str, corpus_modules: list[str], corpus_plain: Path,
                               tmp_path: Path) -> None:
    sock = str(tmp_path / "s.sock")
    server = subprocess.Popen([*GPUOPT, "serve", "--socket", sock, f"--ray={cluster}"],
                              env=CLIENT_ENV, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(600):
            if os.path.exists(sock):
                break
            time.sleep(0.1)
        for attempt in range(2):  # the second request finds the workers warm
            out = tmp_path / f"out{attempt}"
            out.mkdir()
            result = subprocess.run([*GPUOPT, f"--server={sock}", f"-passes={PIPELINE}",
                                     *corpus_modules[:10], "--output-dir", str(out)],
                                    capture_output=True, text=True, check=False)
            assert result.returncode == 0, result.stderr
            for path in out.iterdir():
                assert path.read_bytes() == (corpus_plain / path.name).read_bytes(), path.name
    finally:
        subprocess.run([*GPUOPT, "serve", "--socket", sock, "--stop"], check=False)
        server.communicate(timeout=120)


BAD_BODY = """define i32 @f(i32 %x) {
entry:
  %a = add i32 %x, %nowhere
  ret i32 %a
}
"""


def test_bad_input_reads_as_without_the_cluster(cluster: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.ll"
    bad.write_text(BAD_BODY)
    output = tmp_path / "out.ll"
    plain = subprocess.run([*GPUOPT, f"-passes={PIPELINE}", str(bad), "-o", str(output)],
                           capture_output=True, text=True, check=False)
    status, err = _finish(_gpuopt(f"--ray={cluster}", str(bad), "-o", str(output)))
    assert status == plain.returncode == 1
    assert err == plain.stderr and "^" in err
    assert not output.exists()


def test_options_that_follow_whole_modules_are_refused(tmp_path: Path) -> None:
    source = ROOT / "tests" / "lit" / "instcombine.ll"
    result = subprocess.run([*GPUOPT, "--ray", str(source), "-print-changed", "-o",
                             str(tmp_path / "o.ll")], capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert result.stderr.startswith("gpuopt: error: --ray cannot be combined with")


def test_unreachable_cluster_is_a_clear_error(tmp_path: Path) -> None:
    source = ROOT / "tests" / "lit" / "instcombine.ll"
    result = subprocess.run([*GPUOPT, f"--ray=127.0.0.1:{_free_port()}", str(source), "-o",
                             str(tmp_path / "o.ll")], capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert result.stderr.startswith("gpuopt: error: cannot connect to the Ray cluster at")
    assert result.stderr.count("\n") == 1 and not (tmp_path / "o.ll").exists()


def test_local_cluster_without_an_address(corpus_modules: list[str], corpus_plain: Path,
                                          tmp_path: Path) -> None:
    """``--ray`` alone starts a cluster on this machine (one worker per CPU)
    and stops it at the end; '--ray FILE' takes FILE as an input."""
    status, err = _finish(_gpuopt("--ray", *corpus_modules[:6], "--output-dir", str(tmp_path)))
    assert status == 0, err
    assert err == ""
    for path in tmp_path.iterdir():
        assert path.read_bytes() == (corpus_plain / path.name).read_bytes(), path.name
    assert len(list(tmp_path.iterdir())) == 6
