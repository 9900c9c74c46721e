"""``gpuopt watch``: rebuild a C project through gpuopt on every saved change.

    gpuopt watch [DIR] [--build 'make CC=gpuopt-cc'] [--store PATH] [--once]

The watch keeps a warm server (its own socket) for the build's compiles and
a per-function store (``DIR/.gpuopt/store.sqlite`` unless ``--store`` or
$GPUOPT_STORE says otherwise), runs the build once, then again after each
change to a C source, header or makefile.  The build is the project's own
(make decides which files to recompile; gpuopt-cc recompiles them to IR, the
store hands back every function that did not change, code is regenerated
only for the partitions that did, and make relinks).  Each rebuild prints
one line: what changed, the stages' times, and how many functions were
reused.  A failed build shows its errors and the watch goes on.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from gpuopt.diagnostics import TOOL, UserError
from gpuopt.report.progress import Progress

WATCHED_SUFFIXES = (".c", ".h", ".inc", ".def")
WATCHED_NAMES = ("Makefile", "makefile", "GNUmakefile")


@dataclass
class Rebuild:
    """What one build did, from gpuopt-cc's step log and the clock."""

    status: int
    seconds: float
    output: str
    steps: list[dict[str, object]] = field(default_factory=list)

    def total(self, stage: str) -> float:
        return sum(float(step.get(stage, 0.0) or 0.0) for step in self.steps)  # type: ignore[arg-type]

    def count(self, name: str) -> int:
        return sum(int(step.get(name, 0) or 0) for step in self.steps)  # type: ignore[call-overload]

    def line(self, changed: list[str]) -> str:
        what = ", ".join(changed) if changed else "first build"
        if self.status:
            return f"{what}: build failed (status {self.status}) after {self.seconds:.2f} s"
        staged = self.total("front_end_s") + self.total("gpuopt_s") + self.total("codegen_s")
        return (f"{what}: rebuilt in {self.seconds:.2f} s | "
                f"{len(self.steps)} compiles: front end {self.total('front_end_s'):.2f} s, "
                f"gpuopt {self.total('gpuopt_s'):.2f} s "
                f"({self.count('reused')} functions reused, {self.count('optimized')} optimized), "
                f"code {self.total('codegen_s'):.2f} s "
                f"({self.count('parts_generated')} of {self.count('parts')} parts generated) | "
                f"make and link {max(self.seconds - staged, 0.0):.2f} s")


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=f"{TOOL} watch", allow_abbrev=False,
        description="Rebuild a C project through gpuopt after every saved change, reusing "
                    "every function that did not change.")
    parser.add_argument("directory", nargs="?", default=".", help="the project (default: .)")
    parser.add_argument("--build", default="make CC=gpuopt-cc",
                        help="the build command, run in DIRECTORY (default: %(default)s)")
    parser.add_argument("--store", default=None, metavar="PATH",
                        help="the function store (default: $GPUOPT_STORE, else "
                             "DIRECTORY/.gpuopt/store.sqlite)")
    parser.add_argument("--once", action="store_true",
                        help="build once, print its line, and exit with the build's status")
    return parser


def build(directory: Path, command: str, environment: dict[str, str]) -> Rebuild:
    """Run the build once with a fresh step log."""
    with tempfile.NamedTemporaryFile(prefix="gpuopt-steps-", suffix=".jsonl",
                                     delete=False) as log:
        log_path = log.name
    try:
        start = time.perf_counter()
        # a count of finished compiles (lines of the step log) on a terminal
        # stderr while the build runs: make does not say ahead how many there are
        with Progress(None, sys.stderr, description="building", unit="compiles") as progress, \
                subprocess.Popen(shlex.split(command), cwd=directory, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True,
                                 env={**environment, "GPUOPT_CC_LOG": log_path}) as process:
            while True:
                try:
                    stdout, stderr = process.communicate(timeout=0.25)
                    break
                except subprocess.TimeoutExpired:  # retrying loses no output
                    progress.set_completed(_lines(log_path))
        seconds = time.perf_counter() - start
        steps = [json.loads(line) for line in Path(log_path).read_text().splitlines()
                 if line.strip()]
    finally:
        os.unlink(log_path)
    return Rebuild(process.returncode, seconds, stdout + stderr, steps)


def _lines(path: str) -> int:
    with open(path, "rb") as log:
        return log.read().count(b"\n")


@contextlib.contextmanager
def warm_server() -> Iterator[str]:
    """A gpuopt server on a private socket for the builds' compiles."""
    folder = tempfile.mkdtemp(prefix="gpuopt-watch-")
    socket_path = os.path.join(folder, "server.sock")
    process = subprocess.Popen([sys.executable, "-m", "gpuopt", "serve", "--socket",
                                socket_path], stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None
        first = process.stderr.readline()
        if "serving on" not in first:
            raise UserError(f"error: the warm server did not start: {first.strip()}")
        yield socket_path
    finally:
        subprocess.run([sys.executable, "-m", "gpuopt", "serve", "--socket", socket_path,
                        "--stop"], capture_output=True, check=False)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=30)
        if process.poll() is None:
            process.kill()
        if process.stderr is not None:
            process.stderr.close()
        with contextlib.suppress(OSError):
            os.rmdir(folder)


def _watched(path: str) -> bool:
    name = os.path.basename(path)
    return name.endswith(WATCHED_SUFFIXES) or name in WATCHED_NAMES


def watch_main(argv: list[str]) -> int:
    options = _arguments().parse_args(argv)
    directory = Path(options.directory).resolve()
    if not directory.is_dir():
        raise UserError(f"{options.directory}: error: not a directory")
    store = options.store or os.environ.get("GPUOPT_STORE") \
        or str(directory / ".gpuopt" / "store.sqlite")
    Path(store).parent.mkdir(parents=True, exist_ok=True)
    with warm_server() as socket_path:
        environment = {**os.environ, "GPUOPT_STORE": os.path.abspath(store),
                       "GPUOPT_SERVER": socket_path}
        first = build(directory, options.build, environment)
        _report(first, [])
        if options.once:
            return first.status
        from watchfiles import watch  # only the watch needs it

        announced = False
        try:
            # an empty set each half second: the first one says the watcher is in place
            for changes in watch(directory, watch_filter=lambda _, path: _watched(path),
                                 rust_timeout=500, yield_on_timeout=True):
                if not changes:
                    if not announced:
                        sys.stdout.write(f"{TOOL}: watching {directory} (Ctrl-C stops)\n")
                        sys.stdout.flush()
                        announced = True
                    continue
                changed = sorted({os.path.relpath(path, directory) for _, path in changes})
                _report(build(directory, options.build, environment), changed)
        except KeyboardInterrupt:
            pass
    return 0


def _report(rebuild: Rebuild, changed: list[str]) -> None:
    stamp = time.strftime("%H:%M:%S")
    if rebuild.status:
        sys.stdout.write(rebuild.output.rstrip() + "\n")
    sys.stdout.write(f"[{stamp}] {rebuild.line(changed)}\n")
    sys.stdout.flush()
