"""gpuopt-cc, the C compiler driver: compiles through gpuopt where it should,
leaves everything else to clang-22 with clang's output and exit status.

The driver runs as ``python -m gpuopt.build.cc`` with this checkout on
PYTHONPATH and GPUOPT_SERVER pointing at a socket of the test's own (so a
server another session left running is never used).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import ROOT, require_tool
from gpuopt.build.cc import plan_compile

CLANG = "clang-22"

PROGRAM = r"""
#include <stdio.h>
#include <string.h>
struct point { int x, y; };
static int weight(struct point p) { return p.x * 3 + p.y; }
int helper(int n);
int main(void) {
    struct point points[8];
    for (int i = 0; i < 8; i++) { points[i].x = i; points[i].y = helper(i); }
    int total = 0;
    for (int i = 0; i < 8; i++) total += weight(points[i]);
    char text[32];
    snprintf(text, sizeof text, "total=%d", total);
    printf("%s len=%zu\n", text, strlen(text));
    return total % 7;
}
"""
HELPER = "int helper(int n) { int r = 1; while (n-- > 0) r = r * 2 + (n & 1); return r; }\n"
SYNTAX_ERROR = "int f(int x) {\n  return x +;\n}\n"


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    require_tool(CLANG)
    (tmp_path / "prog.c").write_text(PROGRAM)
    (tmp_path / "helper.c").write_text(HELPER)
    (tmp_path / "bad.c").write_text(SYNTAX_ERROR)
    return tmp_path


def driver_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("GPUOPT_")}
    env.update(PYTHONPATH=str(ROOT / "src"), GPUOPT_SERVER=str(tmp_path / "server.sock"))
    env.update(extra)
    return env


def gpuopt_cc(args: list[str], cwd: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gpuopt.build.cc", *args], cwd=cwd,
                          env=driver_env(cwd, **extra), capture_output=True, text=True,
                          check=False)


def clang(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CLANG, *args], cwd=cwd, capture_output=True, text=True, check=False)


def run_program(path: Path) -> tuple[int, str]:
    done = subprocess.run([str(path)], capture_output=True, text=True, timeout=10, check=False)
    return done.returncode, done.stdout


def logged(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


# --- which commands go through gpuopt ------------------------------------------

@pytest.mark.parametrize("args", [
    ["-c", "a.c"],                          # no -O: clang's default -O0
    ["-O0", "-c", "a.c"],
    ["-O2", "-O0", "-c", "a.c"],            # the last -O wins, as in clang
    ["-O2", "a.c", "-o", "a"],              # a link
    ["-O2", "-E", "a.c"],
    ["-O2", "-S", "a.c"],
    ["-O2", "-M", "a.c"],
    ["-O2", "-c", "a.S"],
    ["-O2", "-c", "a.c", "b.cc"],
    ["-O2", "-x", "c", "-c", "a.c"],
    ["-O2", "-fsanitize=address", "-c", "a.c"],
    ["-O2", "-flto", "-c", "a.c"],
    ["-O2", "-c", "a.c", "b.c", "-o", "x.o"],  # clang's own error
    ["-v"],
    ["--version"],
])
def test_pass_through_plans(args: list[str]) -> None:
    assert plan_compile(args) is None


def test_compile_plan_keeps_flags_and_names_objects_as_clang() -> None:
    plan = plan_compile(["-O2", "-fPIC", "-DX=1", "-I", "inc", "-std=gnu99", "-Wall", "-g",
                         "-D_FORTIFY_SOURCE=2", "-Wa,--noexecstack", "-MMD", "-MP", "-c",
                         "dir/x.c", "y.c"])
    assert plan is not None
    assert [(s.source, s.object) for s in plan.steps] == [("dir/x.c", "x.o"), ("y.c", "y.o")]
    assert plan.steps[0].dependency_flags == ("-MF", "x.d", "-MQ", "x.o")
    omit = ("-fomit-frame-pointer",) if os.uname().machine == "x86_64" else ()
    assert plan.front_end_flags == (*omit, "-fPIC", "-DX=1", "-I", "inc",
                                    "-std=gnu99", "-Wall", "-g", "-Wa,--noexecstack", "-MMD",
                                    "-MP")
    assert plan.codegen_flags == ("-fPIC", "-g", "-Wa,--noexecstack")
    explicit = plan_compile(["-Os", "-MD", "-MF", "deps/x.d", "-MT", "t", "-fno-omit-frame-pointer",
                             "-c", "x.c", "-o", "out/x.sho"])
    assert explicit is not None
    assert explicit.steps[0].object == "out/x.sho"
    assert explicit.steps[0].dependency_flags == ()
    assert "-fomit-frame-pointer" not in explicit.front_end_flags


# --- real compiles ---------------------------------------------------------------

def test_compiled_program_runs_like_clangs(sources: Path) -> None:
    log = sources / "steps.jsonl"
    for name in ("prog", "helper"):
        done = gpuopt_cc(["-O2", "-Wall", "-c", f"{name}.c", "-o", f"{name}.o"], sources,
                         GPUOPT_CC_LOG=str(log))
        assert done.returncode == 0, done.stderr
        assert done.stderr == ""  # configure scripts take any output for a failure
    link = gpuopt_cc(["prog.o", "helper.o", "-o", "prog"], sources)
    assert link.returncode == 0, link.stderr
    reference = clang(["-O0", "prog.c", "helper.c", "-o", "reference"], sources)
    assert reference.returncode == 0, reference.stderr
    expected = run_program(sources / "reference")
    assert expected[1].startswith("total=")
    assert run_program(sources / "prog") == expected
    entries = logged(log)
    assert [(e["source"], e["object"], e["gpuopt"], e["status"]) for e in entries] == [
        ("prog.c", "prog.o", "in-process", 0), ("helper.c", "helper.o", "in-process", 0)]
    assert all(float(e[key]) > 0 for e in entries  # type: ignore[arg-type]
               for key in ("front_end_s", "gpuopt_s", "codegen_s"))


def test_verbose_shows_the_three_steps(sources: Path) -> None:
    keep = sources / "kept"
    done = gpuopt_cc(["-O2", "-c", "helper.c"], sources, GPUOPT_CC_VERBOSE="1",
                     GPUOPT_CC_KEEP=str(keep))
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 3
    assert "-disable-O0-optnone" in lines[0] and "-emit-llvm" in lines[0]
    assert lines[1].startswith("gpuopt-cc: gpuopt (in-process") and "sroa" in lines[1]
    assert "-disable-llvm-passes" in lines[2] and lines[2].endswith("-o helper.o")
    kept = sorted(p.name for p in keep.rglob("*.ll"))
    assert kept == ["helper.ll", "helper.opt.ll"]


def test_several_sources_give_one_object_each(sources: Path) -> None:
    done = gpuopt_cc(["-O2", "-c", "prog.c", "helper.c"], sources)
    assert done.returncode == 0, done.stderr
    assert (sources / "prog.o").exists() and (sources / "helper.o").exists()
    link = clang(["prog.o", "helper.o", "-o", "prog"], sources)
    assert link.returncode == 0, link.stderr
    reference = clang(["-O0", "prog.c", "helper.c", "-o", "reference"], sources)
    assert reference.returncode == 0, reference.stderr
    assert run_program(sources / "prog") == run_program(sources / "reference")


def test_a_failed_source_does_not_stop_the_others(sources: Path) -> None:
    ours = gpuopt_cc(["-O2", "-c", "bad.c", "helper.c"], sources)
    theirs = clang(["-O2", "-c", "bad.c", "helper.c"], sources)
    assert (ours.returncode, ours.stderr) == (theirs.returncode, theirs.stderr)
    assert ours.returncode != 0
    assert (sources / "helper.o").exists() and not (sources / "bad.o").exists()


def test_dependency_file_is_clangs(sources: Path) -> None:
    (sources / "obj").mkdir()
    done = gpuopt_cc(["-O2", "-MD", "-MP", "-c", "prog.c", "-o", "obj/prog.o"], sources)
    assert done.returncode == 0, done.stderr
    ours = (sources / "obj" / "prog.d").read_text()
    (sources / "obj" / "prog.d").unlink()
    # The front end runs at -O0, so the headers are those of a -O0 compile (glibc
    # adds bits/stdio.h's inline functions only when __OPTIMIZE__ is defined).
    reference = clang(["-O0", "-MD", "-MP", "-c", "prog.c", "-o", "obj/prog.o"], sources)
    assert reference.returncode == 0, reference.stderr
    assert ours.startswith("obj/prog.o: prog.c")
    assert ours == (sources / "obj" / "prog.d").read_text()


def test_syntax_error_is_clangs(sources: Path) -> None:
    (sources / "bad.o").write_text("stale")
    ours = gpuopt_cc(["-O2", "-c", "bad.c", "-o", "bad.o"], sources)
    theirs = clang(["-O2", "-c", "bad.c", "-o", "other.o"], sources)
    assert theirs.returncode != 0
    assert (ours.returncode, ours.stdout, ours.stderr) == \
        (theirs.returncode, theirs.stdout, theirs.stderr)
    assert not (sources / "other.o").exists()
    assert not (sources / "bad.o").exists()  # clang removes an older object too


def test_o0_object_and_preprocessing_are_clangs(sources: Path) -> None:
    ours = gpuopt_cc(["-O0", "-c", "helper.c", "-o", "ours.o"], sources, GPUOPT_CC_VERBOSE="1")
    assert ours.returncode == 0, ours.stderr
    assert ours.stderr.splitlines() == [f"gpuopt-cc: {CLANG} -O0 -c helper.c -o ours.o"]
    assert clang(["-O0", "-c", "helper.c", "-o", "theirs.o"], sources).returncode == 0
    assert (sources / "ours.o").read_bytes() == (sources / "theirs.o").read_bytes()
    preprocessed = gpuopt_cc(["-O2", "-E", "-DN=3", "prog.c"], sources)
    assert preprocessed.returncode == 0
    assert preprocessed.stdout == clang(["-O2", "-E", "-DN=3", "prog.c"], sources).stdout


def test_link_failure_keeps_clangs_status(sources: Path) -> None:
    assert gpuopt_cc(["-O2", "-c", "prog.c"], sources).returncode == 0
    ours = gpuopt_cc(["prog.o", "-o", "prog"], sources)  # helper is missing
    theirs = clang(["prog.o", "-o", "prog"], sources)
    assert theirs.returncode != 0
    assert (ours.returncode, ours.stderr) == (theirs.returncode, theirs.stderr)


# --- the warm server, and gpuopt failing ------------------------------------------

@pytest.fixture
def server(sources: Path) -> Iterator[Path]:
    """A real gpuopt server on the socket the driver's environment names."""
    socket_path = sources / "server.sock"
    process = subprocess.Popen([sys.executable, "-m", "gpuopt", "serve", "--socket",
                                str(socket_path)], stderr=subprocess.PIPE, text=True,
                               env=driver_env(sources))
    assert process.stderr is not None
    assert "serving on" in process.stderr.readline()
    yield socket_path
    subprocess.run([sys.executable, "-m", "gpuopt", "serve", "--socket", str(socket_path),
                    "--stop"], env=driver_env(sources), check=True, capture_output=True)
    assert process.wait(timeout=30) == 0
    process.stderr.close()


def test_server_compiles_as_the_driver_does(sources: Path, server: Path) -> None:
    """The whole step runs on the server: the same object, the same .d file,
    clang's messages and status passed back."""
    log = sources / "steps.jsonl"
    (sources / "sub").mkdir()
    done = gpuopt_cc(["-O2", "-MD", "-c", "../helper.c", "-o", "helper.o"], sources / "sub",
                     GPUOPT_CC_LOG="steps.jsonl", GPUOPT_SERVER=str(server))
    assert done.returncode == 0, done.stderr
    assert (done.stdout, done.stderr) == ("", "")
    assert [(e["gpuopt"], e["object"]) for e in logged(sources / "sub" / log.name)] == \
        [("server", "helper.o")]
    assert (sources / "sub" / "helper.d").read_text().startswith("helper.o: ../helper.c")
    server.rename(sources / "away.sock")  # the next compile finds no server
    alone = gpuopt_cc(["-O2", "-MD", "-c", "../helper.c", "-o", "alone.o"], sources / "sub",
                      GPUOPT_SERVER=str(server))
    (sources / "away.sock").rename(server)
    assert alone.returncode == 0, alone.stderr
    assert (sources / "sub" / "helper.o").read_bytes() == \
        (sources / "sub" / "alone.o").read_bytes()
    ours = gpuopt_cc(["-O2", "-c", "bad.c", "-o", "bad.o"], sources)
    theirs = clang(["-O2", "-c", "bad.c", "-o", "other.o"], sources)
    assert (ours.returncode, ours.stdout, ours.stderr) == \
        (theirs.returncode, theirs.stdout, theirs.stderr)


def test_server_compiles_in_parallel(sources: Path, server: Path) -> None:
    """make -j: compiles that reach the server together all finish, each with its object."""
    for k in range(6):
        (sources / f"unit{k}.c").write_text(f"int unit{k}(int n) {{ return n * {k} + 1; }}\n")
    with ThreadPoolExecutor(max_workers=6) as pool:
        done = list(pool.map(lambda k: gpuopt_cc(["-O2", "-c", f"unit{k}.c"], sources),
                             range(6)))
    assert [result.returncode for result in done] == [0] * 6, [r.stderr for r in done]
    assert all((sources / f"unit{k}.o").stat().st_size > 0 for k in range(6))


def test_gpuopt_failure_leaves_no_object(sources: Path) -> None:
    from gpuopt.build.compile import Context, compile_arguments

    (sources / "helper.o").write_text("stale object of an older build")
    context = Context(str(sources), {**os.environ, "GPUOPT_CC_LOG": "steps.jsonl"},
                      gpuopt=lambda argv, cwd: (1, b"", b"gpuopt: helper.ll:3:1: error: "
                                                        b"something went wrong\n"))
    assert compile_arguments(["-O2", "-c", "helper.c", "-o", "helper.o"], context) == 1
    assert context.err.getvalue().decode().splitlines() == [
        "gpuopt: helper.ll:3:1: error: something went wrong",
        "gpuopt-cc: error: gpuopt failed on helper.c (exit status 1); no object written"]
    assert not (sources / "helper.o").exists()
    entries = logged(sources / "steps.jsonl")
    assert [entry["status"] for entry in entries] == [1]
    assert "codegen_s" not in entries[0]
