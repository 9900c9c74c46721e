"""The progress bar: on a terminal stderr only, never on stdout, and not on a
stderr that is a pipe or a file (a log, a server's buffer)."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import termios
from pathlib import Path

from conftest import GPUOPT

MODULE = """define i32 @f{k}(i32 %x) {{
  %a = add i32 2, 3
  %b = add i32 %x, %a
  ret i32 %b
}}
"""


def modules(folder: Path, count: int) -> list[str]:
    paths = []
    for k in range(count):
        path = folder / f"m{k}.ll"
        path.write_text(MODULE.format(k=k))
        paths.append(str(path))
    return paths


def run_on_terminal(arguments: list[str]) -> tuple[int, bytes, bytes]:
    """(status, stdout, what the terminal on stderr received)."""
    main, side = pty.openpty()
    fcntl.ioctl(side, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    process = subprocess.Popen([*GPUOPT, *arguments], stdout=subprocess.PIPE, stderr=side,
                               stdin=subprocess.DEVNULL)
    os.close(side)
    terminal = b""
    while True:
        ready, _, _ = select.select([main], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the other side closed: the process has exited
            break
        if not chunk:
            break
        terminal += chunk
    with process:  # closes the pipe
        stdout = process.stdout.read() if process.stdout else b""
        status = process.wait(timeout=60)
    os.close(main)
    return status, stdout, terminal


def test_a_batch_shows_a_bar_on_a_terminal(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    # -print-changed is not a dump here; parts of one module each make several steps
    status, stdout, terminal = run_on_terminal(
        ["-passes=function(instsimplify,dce)", *modules(tmp_path, 5), "--output-dir", str(out)])
    assert status == 0, terminal
    assert stdout == b""
    text = terminal.decode("utf-8", "replace")
    assert "optimizing" in text and "5/5" in text
    assert "\x1b[" in text  # drawn, then erased: the bar is transient
    assert sorted(p.name for p in out.iterdir()) == [f"m{k}.ll" for k in range(5)]


def test_no_bar_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = subprocess.run([*GPUOPT, "-passes=function(instsimplify,dce)",
                             *modules(tmp_path, 5), "--output-dir", str(out)],
                            capture_output=True, check=False)
    assert result.returncode == 0
    assert result.stdout == b"" and result.stderr == b""


def test_ir_on_stdout_stays_clean_under_a_terminal_stderr(tmp_path: Path) -> None:
    [path] = modules(tmp_path, 1)
    plain = subprocess.run([*GPUOPT, "-S", "-passes=instsimplify,dce", path],
                           capture_output=True, check=True)
    status, stdout, terminal = run_on_terminal(["-S", "-passes=instsimplify,dce", path])
    assert status == 0 and stdout == plain.stdout
    assert b"\x1b[" not in stdout
    assert terminal == b""  # one module: nothing to show


def test_dumps_on_stderr_get_no_bar(tmp_path: Path) -> None:
    status, stdout, terminal = run_on_terminal(
        ["-passes=instsimplify", "-print-changed=quiet", "-disable-output",
         *modules(tmp_path, 3)])
    assert status == 0 and stdout == b""
    assert b"optimizing" not in terminal
    assert terminal.count(b"*** IR Dump After InstSimplifyPass on f") == 3


def test_a_watch_build_counts_compiles_on_a_terminal(tmp_path: Path) -> None:
    """A build that logs three compiles, slowly (as gpuopt-cc logs each one):
    the terminal shows the running count, stdout only the build's line."""
    build = ("sh -c 'for i in 1 2 3; do echo {} >> \"$GPUOPT_CC_LOG\"; sleep 0.5; done'")
    status, stdout, terminal = run_on_terminal(
        ["watch", str(tmp_path), "--once", "--build", build,
         "--store", str(tmp_path / "store.sqlite")])
    assert status == 0, terminal
    text = terminal.decode("utf-8", "replace")
    assert "building" in text and "compiles" in text
    assert b"\x1b[" not in stdout and b"first build: rebuilt" in stdout
    assert b"3 compiles" in stdout
