"""gpuopt watch and builds through the store: a rebuild after a one-function
edit reuses every other function and regenerates one code partition, the
binary equals a clean build's, and a failed build is shown while the watch
goes on."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import ROOT, require_tool

MAKEFILE = """CC ?= gpuopt-cc
prog: main.o util.o
\t$(CC) -o prog main.o util.o
%.o: %.c
\t$(CC) -O2 -c $< -o $@
"""
MAIN = """#include <stdio.h>
int scale(int x);
int offset(int x);
int main(void) { printf("%d\\n", scale(20) + offset(1)); return 0; }
"""
UTIL = """static int twice(int x) { int y = x; return y + y; }
int scale(int x) { return twice(x) + 1; }
int offset(int x) { int s = 0; for (int i = 0; i < 4; i++) s += x; return s; }
"""


def _project(folder: Path) -> Path:
    folder.mkdir()
    (folder / "Makefile").write_text(MAKEFILE)
    (folder / "main.c").write_text(MAIN)
    (folder / "util.c").write_text(UTIL)
    return folder


def _driver(bin_dir: Path) -> str:
    bin_dir.mkdir(exist_ok=True)
    driver = bin_dir / "gpuopt-cc"
    driver.write_text(f"#!/bin/sh\nPYTHONPATH={ROOT / 'src'} exec {sys.executable} "
                      "-m gpuopt.build.cc \"$@\"\n")
    driver.chmod(0o755)
    return str(driver)


def _environment(tmp_path: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("GPUOPT_")}
    return {**env, "PYTHONPATH": str(ROOT / "src")}


def _edit(path: Path, old: str, new: str) -> None:
    path.write_text(path.read_text().replace(old, new))
    later = time.time() + 2  # make compares modification times
    os.utime(path, (later, later))


def test_watch_rebuilds_what_changed_and_survives_errors(tmp_path: Path) -> None:
    require_tool("clang-22")
    project = _project(tmp_path / "project")
    driver = _driver(tmp_path / "bin")
    watch = subprocess.Popen(
        [sys.executable, "-m", "gpuopt", "watch", str(project), "--build", f"make CC={driver}",
         "--store", str(tmp_path / "store.sqlite")],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=_environment(tmp_path))
    lines: queue.Queue[str] = queue.Queue()
    assert watch.stdout is not None
    reader = threading.Thread(target=lambda: [lines.put(line) for line in watch.stdout],  # type: ignore[union-attr]
                              daemon=True)
    reader.start()

    def next_line(containing: str) -> str:
        deadline = time.monotonic() + 120
        seen = []
        while time.monotonic() < deadline:
            try:
                line = lines.get(timeout=1)
            except queue.Empty:
                continue
            seen.append(line)
            if containing in line:
                return line
        raise AssertionError(f"no line with {containing!r} in:\n{''.join(seen)}")

    try:
        first = next_line("first build")
        assert "rebuilt" in first and "2 compiles" in first
        assert "(0 functions reused, 4 optimized)" in first
        next_line("watching")
        assert subprocess.run([str(project / "prog")], capture_output=True, text=True,
                              check=True).stdout == "45\n"

        _edit(project / "util.c", "twice(x) + 1", "twice(x) + 2")
        edited = next_line("util.c: rebuilt")
        assert "1 compiles" in edited and "(2 functions reused, 1 optimized)" in edited
        assert subprocess.run([str(project / "prog")], capture_output=True, text=True,
                              check=True).stdout == "46\n"

        _edit(project / "util.c", "int y = x;", "int y = x")
        assert "error: expected ';'" in next_line("error")
        next_line("build failed")
        _edit(project / "util.c", "int y = x return", "int y = x; return")
        next_line("util.c: rebuilt")
    finally:
        watch.send_signal(signal.SIGINT)
        status = watch.wait(timeout=60)
        reader.join(timeout=10)
        watch.stdout.close()
    assert status == 0

    # the watched build's program equals a clean build's of the same sources
    clean = _project(tmp_path / "clean")
    (clean / "util.c").write_text((project / "util.c").read_text())
    env = {**_environment(tmp_path), "GPUOPT_STORE": str(tmp_path / "clean.sqlite")}
    subprocess.run(["make", f"CC={driver}"], cwd=clean, env=env, check=True,
                   capture_output=True)
    for name in ("prog", "main.o", "util.o"):
        assert (clean / name).read_bytes() == (project / name).read_bytes(), name


@pytest.mark.parametrize("mistake", [["--build", "true"], ["/no/such/folder"]])
def test_watch_mistakes(tmp_path: Path, mistake: list[str]) -> None:
    if mistake[0] == "--build":  # a build that is no build: the first build line, then exit
        result = subprocess.run([sys.executable, "-m", "gpuopt", "watch", str(tmp_path),
                                 "--once", *mistake], capture_output=True, text=True,
                                env=_environment(tmp_path), timeout=120)
        assert result.returncode == 0 and "first build: rebuilt" in result.stdout
        return
    result = subprocess.run([sys.executable, "-m", "gpuopt", "watch", *mistake],
                            capture_output=True, text=True, env=_environment(tmp_path))
    assert result.returncode == 1
    assert result.stderr == "gpuopt: /no/such/folder: error: not a directory\n"
