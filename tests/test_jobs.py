"""``gpuopt --jobs N``: worker processes on this machine share a batch as
``--ray`` shards it (cluster/local.py).  On the small corpus the outputs are
the bytes of a run in one process, with the store too; the workers'
statistics and timings come back; a bad input or a killed worker ends the
run with a clear error and no output; the warm server keeps the workers;
and on a GPU the workers share it, byte for byte."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from conftest import GPUOPT, requires_gpu

PIPELINE = "function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)"


def _gpuopt(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*GPUOPT, f"-passes={PIPELINE}", *args], capture_output=True,
                          text=True, check=False, timeout=900)


def _same_files(left: Path, right: Path) -> None:
    names = sorted(path.name for path in left.iterdir())
    assert names == sorted(path.name for path in right.iterdir())
    assert [name for name in names
            if (left / name).read_bytes() != (right / name).read_bytes()] == []


def test_jobs_give_the_bytes_of_one_process(corpus_modules: list[str], corpus_plain: Path,
                                            tmp_path: Path) -> None:
    result = _gpuopt("--jobs", "2", *corpus_modules, "--output-dir", str(tmp_path), "-stats",
                     "-time-passes")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "instcombine - Number of" in result.stderr  # the workers' statistics came back
    assert "jobs: 2 cpu worker processes" in result.stderr
    assert "read (jobs workers)" in result.stderr
    _same_files(corpus_plain, tmp_path)


def test_jobs_with_the_store(corpus_modules: list[str], corpus_plain: Path, tmp_path: Path) -> None:
    store = str(tmp_path / "functions.sqlite")
    for attempt in ("first", "second"):  # the second finds every function stored
        out = tmp_path / attempt
        out.mkdir()
        result = _gpuopt("-j", "2", *corpus_modules[:12], "--store", store, "--output-dir",
                         str(out), "-time-passes")
        assert result.returncode == 0, result.stderr
        assert ("jobs workers" in result.stderr) == (attempt == "first")
        for path in out.iterdir():
            assert path.read_bytes() == (corpus_plain / path.name).read_bytes(), path.name


def test_a_bad_input_is_reported_and_nothing_is_written(corpus_modules: list[str],
                                                        tmp_path: Path) -> None:
    bad = tmp_path / "bad.ll"
    bad.write_text("define i32 @f(i32 %x) {\n  %y = addd i32 %x, 1\n  ret i32 %y\n}\n")
    out = tmp_path / "out"
    out.mkdir()
    result = _gpuopt("--jobs", "2", *corpus_modules[:6], str(bad), "--output-dir", str(out))
    assert result.returncode == 1
    assert result.stderr.startswith(f"gpuopt: {bad}:2:8: error: "), result.stderr
    assert "Traceback" not in result.stderr
    assert list(out.iterdir()) == []


def _worker_pids(parent: int) -> list[int]:
    listing = subprocess.run(["ps", "-ww", "-eo", "pid=,ppid=,args="], capture_output=True,
                             text=True, check=True).stdout
    return [int(fields[0]) for fields in (line.split(None, 2) for line in listing.splitlines())
            if int(fields[1]) == parent and "spawn_main" in fields[2]]


def test_a_killed_worker_ends_the_run_cleanly(corpus_modules: list[str], tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    run = subprocess.Popen([*GPUOPT, f"-passes={PIPELINE}", "--jobs", "2", *corpus_modules,
                            "--output-dir", str(out)], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    workers: list[int] = []
    while time.monotonic() < deadline and run.poll() is None and len(workers) < 2:
        workers = _worker_pids(run.pid)
        time.sleep(0.05)
    assert workers, "no worker process was seen"
    os.kill(workers[0], 9)
    _, err = run.communicate(timeout=300)
    assert run.returncode == 1, err
    assert "error: --jobs: a worker process died" in err or \
        "error: --jobs: a worker process could not start" in err, err
    assert "Traceback" not in err
    assert list(out.iterdir()) == []


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # (a shell may start tests with it ignored)


@pytest.mark.parametrize("how", ["SIGTERM to the command", "SIGINT to its process group"])
def test_an_interrupted_run_stops_its_workers_at_once(how: str, corpus_modules: list[str],
                                                      tmp_path: Path) -> None:
    """^C at a terminal reaches the command and its workers; a SIGTERM only the
    command.  Either way the run ends within seconds, not after the shards in
    flight, with no output, no traceback and no worker left behind."""
    out = tmp_path / "out"
    out.mkdir()
    run = subprocess.Popen([*GPUOPT, f"-passes={PIPELINE}", "--jobs", "2", *corpus_modules,
                            "--output-dir", str(out)], stderr=subprocess.PIPE, text=True,
                           start_new_session=True, preexec_fn=_default_sigint)
    deadline = time.monotonic() + 120
    workers: list[int] = []
    while time.monotonic() < deadline and run.poll() is None and len(workers) < 2:
        workers = _worker_pids(run.pid)
        time.sleep(0.05)
    assert len(workers) == 2, "the workers were not seen"
    time.sleep(1.0)  # into the shards
    if how.startswith("SIGTERM"):
        run.send_signal(signal.SIGTERM)
    else:
        os.killpg(run.pid, signal.SIGINT)
    sent = time.monotonic()
    _, err = run.communicate(timeout=300)
    assert time.monotonic() - sent < 10, f"took {time.monotonic() - sent:.1f} s to stop"
    assert run.returncode == (143 if how.startswith("SIGTERM") else 130), err
    assert err.strip() in ("gpuopt: terminated", "gpuopt: interrupted"), err
    assert list(out.iterdir()) == []
    time.sleep(0.5)
    alive = [pid for pid in workers if Path(f"/proc/{pid}").exists()
             and "Z" not in Path(f"/proc/{pid}/stat").read_text().split()[2]]
    assert alive == [], f"workers still running: {alive}"


@pytest.mark.parametrize("arguments, message", [
    (["--jobs", "0"], "'0' is not a number of jobs from 1 to 256"),
    (["--jobs", "two"], "'two' is not a number of jobs from 1 to 256"),
    (["--jobs", "2", "--ray"], "--jobs and --ray are two ways to share a batch"),
    (["--jobs", "2", "-print-after-all"], "--jobs cannot be combined with -print-after-all"),
])
def test_bad_jobs_options(arguments: list[str], message: str, corpus_modules: list[str]) -> None:
    result = _gpuopt(*arguments, corpus_modules[0], "-disable-output")
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_server_keeps_the_workers(corpus_modules: list[str], corpus_plain: Path,
                                  tmp_path: Path) -> None:
    sock = str(tmp_path / "s.sock")
    server = subprocess.Popen([*GPUOPT, "serve", "--socket", sock], stderr=subprocess.PIPE,
                              text=True)
    try:
        for _ in range(600):
            if os.path.exists(sock):
                break
            time.sleep(0.1)
        seen: list[set[int]] = []
        for attempt in range(2):
            out = tmp_path / f"out{attempt}"
            out.mkdir()
            result = subprocess.run([*GPUOPT, f"--server={sock}", f"-passes={PIPELINE}",
                                     "--jobs", "2", *corpus_modules[:10], "--output-dir", str(out)],
                                    capture_output=True, text=True, check=False, timeout=300)
            assert result.returncode == 0, result.stderr
            for path in out.iterdir():
                assert path.read_bytes() == (corpus_plain / path.name).read_bytes(), path.name
            seen.append(set(_worker_pids(server.pid)))
        assert len(seen[0]) == 2 and seen[0] == seen[1]  # the same two, still running
    finally:
        server.terminate()
        server.communicate(timeout=60)
    assert server.returncode == 0


@requires_gpu
def test_gpu_workers_share_the_gpu_byte_for_byte(corpus_modules: list[str], corpus_plain: Path,
                                                 tmp_path: Path) -> None:
    result = _gpuopt("--device", "gpu", "--jobs", "3", *corpus_modules, "--output-dir",
                     str(tmp_path), "-time-passes")
    assert result.returncode == 0, result.stderr
    assert "jobs: 3 gpu worker processes" in result.stderr
    _same_files(corpus_plain, tmp_path)
