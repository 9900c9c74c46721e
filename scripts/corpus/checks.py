"""Checks on corpus modules shared by the demo, the corpus scripts, the tests
and the benchmarks: run gpuopt, compare with opt-22, build and run programs.

Everything here shells out to the real tools, exactly as a user would.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
CORPUS = REPO_ROOT / ".corpus" / "ll"
GPUOPT = [sys.executable, "-m", "gpuopt"]
OPT = "opt-22"
CLANG = "clang-22"


def corpus_programs(corpus: Path = CORPUS) -> dict[str, dict[str, object]]:
    """corpus.json: program name -> modules, link flags, expected output."""
    path = corpus / "corpus.json"
    return json.loads(path.read_text()) if path.exists() else {}


def gpuopt(args: list[str], device: str = "cpu") -> subprocess.CompletedProcess[str]:
    return subprocess.run([*GPUOPT, "--device", device, *args], capture_output=True, text=True,
                          check=False)


def opt_canonical(path: Path) -> str:
    """``opt-22 -S`` of a file without its ModuleID line (which names the file)."""
    result = subprocess.run([OPT, "-S", str(path), "-o", "-"], capture_output=True, text=True,
                            check=True)
    return result.stdout.split("\n", 1)[1]


def opt_verify(path: Path) -> str:
    """'' when ``opt-22 -passes=verify`` accepts the file, else its messages."""
    result = subprocess.run([OPT, "-passes=verify", "-disable-output", str(path)],
                            capture_output=True, text=True, check=False)
    return "" if result.returncode == 0 else result.stderr


@dataclass
class RoundTrip:
    module: str
    verified: bool
    identical: bool
    message: str


def round_trip(module: Path, work: Path) -> RoundTrip:
    """gpuopt -S with an empty pipeline: verifies, and opt -S of it equals opt -S
    of the input."""
    out = work / (module.stem + ".roundtrip.ll")
    result = gpuopt(["-S", str(module), "-o", str(out)])
    if result.returncode:
        return RoundTrip(module.name, False, False, result.stderr.strip()[:500])
    problems = opt_verify(out)
    if problems:
        return RoundTrip(module.name, False, False, problems[:500])
    identical = opt_canonical(module) == opt_canonical(out)
    return RoundTrip(module.name, True, identical, "" if identical else "opt -S texts differ")


def build_and_run(modules: list[Path], link_libs: list[str], work: Path, name: str,
                  args: list[str] | None = None, stdin: str | None = None,
                  timeout: float = 60) -> str:
    """Link IR modules into a program (no optimization: -O0 codegen) and run it."""
    exe = work / name
    subprocess.run([CLANG, "-O0", "-w", *map(str, modules), "-o", str(exe), *link_libs],
                   check=True, capture_output=True, text=True)
    result = subprocess.run([str(exe), *(args or [])], capture_output=True, text=True,
                            input=stdin, timeout=timeout, check=False)
    return result.stdout


def optimize(module: Path, pipeline: str, out: Path, device: str = "cpu") -> None:
    result = gpuopt(["-S", f"-passes={pipeline}", str(module), "-o", str(out)], device)
    if result.returncode:
        raise RuntimeError(f"gpuopt failed on {module.name}: {result.stderr[:2000]}")


def scratch() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="gpuopt-corpus-")
