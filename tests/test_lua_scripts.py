"""Lua built from gpuopt's output behaves like Lua built by clang-22 -O2.

The lua5.4 corpus module (Debian's source package, unoptimized IR, built on
demand by the corpus script like the modules of test_corpus.py) goes through
gpuopt's standard pipeline; an interpreter linked from that output (-O0
codegen, so only gpuopt transformed the IR) and a reference interpreter built
with clang-22 -O2 from the same module run every script in
tests/corpus_sources/lua. Their stdout, stderr and exit status must be
identical. Both interpreters are built once per module.
"""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts" / "corpus"))
import build_corpus
import checks

PIPELINE = "function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)"
MODULE = checks.CORPUS / "lua5.4.ll"
SCRIPTS_DIR = ROOT / "tests" / "corpus_sources" / "lua"
SCRIPTS = sorted(p.name for p in SCRIPTS_DIR.glob("*.lua"))
# Scripts that end on purpose with an uncaught error; all others must exit with 0.
EXIT_STATUS = {"errors.lua": 1}
RUN_TIMEOUT_S = 20


@dataclass(frozen=True)
class LuaBuilds:
    optimized_ir: Path
    gpuopt_lua: Path
    reference_lua: Path


def build_reference(module: Path, exe: Path, link_libs: list[str]) -> Path:
    """clang-22 -O2 on the unoptimized module: LLVM's full pipeline and codegen."""
    exe.parent.mkdir(parents=True, exist_ok=True)
    build_corpus.run([build_corpus.CLANG, "-O2", "-w", module, "-o", exe, *link_libs])
    return exe


@pytest.fixture(scope="module")
def lua(tmp_path_factory: pytest.TempPathFactory) -> LuaBuilds:
    """Build (or reuse) the lua5.4 module, then both interpreters, side by side."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "corpus" / "build_corpus.py"),
                    "--only", "lua5.4"], check=True, capture_output=True, text=True)
    # Verifies the input and makes sure no function is optnone (the passes would skip it).
    build_corpus.verify_ll(MODULE)
    link_libs = [str(lib) for lib in checks.corpus_programs()["lua5.4"]["link_libs"]]  # type: ignore[attr-defined]
    work = tmp_path_factory.mktemp("lua")
    optimized = work / "lua5.4.gpuopt.ll"
    with ThreadPoolExecutor(max_workers=2) as pool:
        reference = pool.submit(build_reference, MODULE, work / "reference" / "lua", link_libs)
        checks.optimize(MODULE, PIPELINE, optimized)
        gpuopt_lua = build_corpus.link_executable(optimized, work / "gpuopt" / "lua", link_libs)
        return LuaBuilds(optimized, gpuopt_lua, reference.result())


def run_script(exe: Path, script: str) -> subprocess.CompletedProcess[bytes]:
    # argv[0] is "lua" for both builds: the interpreter prefixes error messages with it.
    return subprocess.run(["lua", script], executable=exe, cwd=SCRIPTS_DIR, capture_output=True,
                          timeout=RUN_TIMEOUT_S, check=False)


def text(output: bytes) -> str:
    """Readable in assertion diffs, and lossless: stray bytes become escapes."""
    return output.decode(errors="backslashreplace")


def test_optimized_lua_verifies(lua: LuaBuilds) -> None:
    assert checks.opt_verify(lua.optimized_ir) == ""


@pytest.mark.parametrize("script", SCRIPTS)
def test_script_runs_the_same(lua: LuaBuilds, script: str) -> None:
    expected = run_script(lua.reference_lua, script)
    assert expected.returncode == EXIT_STATUS.get(script, 0), expected.stderr.decode()
    assert expected.stdout.strip(), "the script printed nothing: the check would prove nothing"
    got = run_script(lua.gpuopt_lua, script)
    assert text(got.stdout) == text(expected.stdout)
    assert text(got.stderr) == text(expected.stderr)
    assert got.returncode == expected.returncode
