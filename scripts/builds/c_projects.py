#!/usr/bin/env python3
"""Build zlib, bzip2 and Lua with ``CC=gpuopt-cc`` and with ``CC=clang-22``, test them.

For each project, on copies of the Debian source trees in .corpus/src (nothing is
fetched):

- zlib:  ``./configure`` (CFLAGS=-O2), ``make``, ``make test``;
- bzip2: ``make`` (its ``all`` runs the sample round trips), ``make test``;
- lua:   Debian's patched sources with upstream's ``src/Makefile`` (from the orig
  tarball; Debian's builds with libtool and C++), ``make -C src linux`` with
  ``CC="<cc> -std=gnu99"`` and the Debian multiarch header; then every script of
  tests/corpus_sources/lua runs on both interpreters with identical stdout, stderr
  and exit status.

Then the gpuopt-cc trees are cleaned and rebuilt with ``make -j2``: every object
(.o, zlib's .lo, bzip2's .sho) must be byte-identical (cmp) to the -j1 build's.  Build times
(wall and CPU of all child processes) are printed for both compilers, and the
gpuopt-cc builds' per-step times (front end, gpuopt, code generation) are summed
from GPUOPT_CC_LOG.  The driver runs gpuopt in-process unless --server starts a
warm server first; a server some other session left at the default socket is
never used (GPUOPT_SERVER points into the work folder).

Usage: python scripts/builds/c_projects.py [--only zlib,bzip2,lua] [--work DIR] [--server]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
# This checkout's corpus sources, else the main checkout's (a helper's copy has none).
SOURCE_DIRS = (REPO_ROOT / ".corpus" / "src",)
LUA_SCRIPTS = REPO_ROOT / "tests" / "corpus_sources" / "lua"
LUA_EXIT_STATUS = {"errors.lua": 1}  # the script ends with an uncaught error on purpose
CLANG = "clang-22"
GPUOPT_CC = "gpuopt-cc"
COMPILERS = (CLANG, GPUOPT_CC)
OBJECT_SUFFIXES = (".o", ".lo", ".sho")  # zlib: .lo, bzip2: .sho (-fPIC)
RUN_TIMEOUT_S = 60


class BuildFailed(Exception):
    """A build or test step failed; the message says which."""


@dataclass
class Timing:
    wall_s: float = 0.0
    cpu_s: float = 0.0

    def add(self, other: Timing) -> None:
        self.wall_s += other.wall_s
        self.cpu_s += other.cpu_s


@dataclass
class Result:
    project: str
    compiler: str
    configure: Timing = field(default_factory=Timing)
    build: Timing = field(default_factory=Timing)
    build_j2: Timing | None = None
    objects: int = 0
    identical_j2: bool | None = None
    steps: dict[str, float] = field(default_factory=dict)


def cpu_s(server_pid: int | None) -> float:
    """CPU seconds of the finished children, plus the warm server's so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = usage.ru_utime + usage.ru_stime
    if server_pid is not None:  # not waited for until the end: read its running total
        fields = Path(f"/proc/{server_pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def run(command: list[str], cwd: Path, env: dict[str, str], log: Path,
        server_pid: int | None = None) -> Timing:
    """Run a build command, its output appended to ``log``; its wall and CPU time
    (the server's included: it does the gpuopt part of a build's work)."""
    cpu_before, start = cpu_s(server_pid), time.perf_counter()
    with log.open("ab") as sink:
        sink.write(f"\n$ {' '.join(command)}  (in {cwd})\n".encode())
        sink.flush()
        status = subprocess.run(command, cwd=cwd, env=env, stdout=sink, stderr=subprocess.STDOUT,
                                check=False).returncode
    if status != 0:
        raise BuildFailed(f"{' '.join(command)} failed in {cwd} (status {status}); see {log}")
    return Timing(time.perf_counter() - start, cpu_s(server_pid) - cpu_before)


def write_driver(bin_dir: Path) -> None:
    """A gpuopt-cc on PATH that runs this checkout's driver with this Python."""
    bin_dir.mkdir(parents=True, exist_ok=True)
    driver = bin_dir / GPUOPT_CC
    driver.write_text(f"#!/bin/sh\nPYTHONPATH={REPO_ROOT / 'src'} "
                      f"exec {sys.executable} -m gpuopt.build.cc \"$@\"\n")
    driver.chmod(0o755)


def corpus_source(name: str) -> Path:
    """A file or tree of the Debian sources that build_corpus.py fetched."""
    for folder in SOURCE_DIRS:
        if (folder / name).exists():
            return folder / name
    raise BuildFailed(f"{name} is in none of {', '.join(map(str, SOURCE_DIRS))}: "
                      "run scripts/corpus/build_corpus.py first")


def fresh_copy(source: Path, destination: Path) -> Path:
    if destination.exists():
        shutil.rmtree(destination)
    shutil.copytree(source, destination, symlinks=True)
    return destination


def snapshot_objects(tree: Path, into: Path) -> list[Path]:
    """Copy every object of ``tree`` under ``into``; their paths relative to the tree."""
    if into.exists():
        shutil.rmtree(into)
    objects = sorted(p.relative_to(tree) for p in tree.rglob("*")
                     if p.suffix in OBJECT_SUFFIXES and p.is_file())
    for relative in objects:
        (into / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(tree / relative, into / relative)
    return objects


def differing_objects(tree: Path, saved: Path, objects: list[Path]) -> list[str]:
    """Objects of ``tree`` that cmp finds different from (or missing against) ``saved``."""
    now = sorted(p.relative_to(tree) for p in tree.rglob("*")
                 if p.suffix in OBJECT_SUFFIXES and p.is_file())
    differ = [f"{p} (only in one build)" for p in sorted(set(now) ^ set(objects))]
    for relative in objects:
        if (tree / relative).exists():
            check = subprocess.run(["cmp", str(saved / relative), str(tree / relative)],
                                   capture_output=True, text=True, check=False)
            if check.returncode != 0:
                differ.append(f"{relative}: {check.stdout.strip()}")
    return differ


# --- the projects -------------------------------------------------------------

@dataclass(frozen=True)
class Project:
    name: str
    tree: str
    prepare: Callable[[Path, Path], None]                     # (tree, work)
    configure: Callable[[Path, str], list[list[str]]]         # (tree, cc) -> commands
    build: Callable[[Path, str, int], list[list[str]]]        # (tree, cc, jobs) -> commands
    clean: list[str]
    test: list[list[str]]


def nothing_to_prepare(tree: Path, work: Path) -> None:
    return None


def prepare_lua(tree: Path, work: Path) -> None:
    # Upstream's src/Makefile (Debian's uses libtool and also builds a C++ library).
    with tarfile.open(corpus_source("lua5.4_5.4.4.orig.tar.gz")) as archive:
        makefile = archive.extractfile("lua-5.4.4/src/Makefile")
        if makefile is None:
            raise BuildFailed("lua5.4_5.4.4.orig.tar.gz has no src/Makefile")
        (tree / "src" / "Makefile").write_bytes(makefile.read())
    # Debian's luaconf.h patch includes a header that debian/rules writes.
    arch = subprocess.run(["dpkg-architecture", "-qDEB_HOST_MULTIARCH"], capture_output=True,
                          text=True, check=True).stdout.strip()
    (tree / "include").mkdir(exist_ok=True)
    (tree / "include" / "lua5.4-deb-multiarch.h").write_text(
        "#ifndef _LUA_DEB_MULTIARCH_\n#define _LUA_DEB_MULTIARCH_\n"
        f'#define DEB_HOST_MULTIARCH "{arch}"\n#endif\n')


PROJECTS = {
    "zlib": Project(
        name="zlib", tree="zlib-1.2.13.dfsg", prepare=nothing_to_prepare,
        configure=lambda tree, cc: [["env", f"CC={cc}", "CFLAGS=-O2", "./configure"]],
        build=lambda tree, cc, jobs: [["make", f"-j{jobs}"]],
        clean=["make", "clean"], test=[["make", "test"]]),
    "bzip2": Project(
        name="bzip2", tree="bzip2-1.0.8", prepare=nothing_to_prepare,
        configure=lambda tree, cc: [],
        build=lambda tree, cc, jobs: [["make", f"-j{jobs}", f"CC={cc}"]],
        clean=["make", "clean"], test=[["make", "test"]]),
    "lua": Project(
        name="lua", tree="lua5.4-5.4.4", prepare=prepare_lua,
        configure=lambda tree, cc: [],
        build=lambda tree, cc, jobs: [["make", "-C", "src", f"-j{jobs}", "linux",
                                       f"CC={cc} -std=gnu99", f"MYCFLAGS=-I{tree / 'include'}"]],
        clean=["make", "-C", "src", "clean"], test=[["src/lua", "-v"]]),
}


def run_lua_scripts(trees: dict[str, Path]) -> list[str]:
    """Every Lua script on both interpreters; a line per script that differs."""
    differences = []
    scripts = sorted(LUA_SCRIPTS.glob("*.lua"))
    if not scripts:
        raise BuildFailed(f"no Lua scripts in {LUA_SCRIPTS}")
    for script in scripts:
        runs = {}
        for compiler, tree in trees.items():
            # argv[0] "lua" for both: the interpreter prefixes error messages with it
            runs[compiler] = subprocess.run(["lua", script.name], executable=tree / "src" / "lua",
                                            cwd=LUA_SCRIPTS, capture_output=True,
                                            timeout=RUN_TIMEOUT_S, check=False)
        reference, got = runs[CLANG], runs[GPUOPT_CC]
        if reference.returncode != LUA_EXIT_STATUS.get(script.name, 0) or not reference.stdout:
            differences.append(f"{script.name}: the clang-22 build exits {reference.returncode} "
                               f"with {len(reference.stdout)} bytes of output")
        elif (got.stdout, got.stderr, got.returncode) != \
                (reference.stdout, reference.stderr, reference.returncode):
            differences.append(f"{script.name}: output or status differs")
    return differences


def summed_steps(log: Path) -> dict[str, float]:
    """Seconds per driver step over a build, from GPUOPT_CC_LOG's lines."""
    totals = {"compiles": 0.0, "front_end_s": 0.0, "gpuopt_s": 0.0, "codegen_s": 0.0}
    if not log.exists():
        return totals
    for line in log.read_text().splitlines():
        entry = json.loads(line)
        totals["compiles"] += 1
        for key in ("front_end_s", "gpuopt_s", "codegen_s"):
            totals[key] += float(entry.get(key, 0.0))
    return {key: round(value, 2) for key, value in totals.items()}


def build_project(project: Project, compiler: str, work: Path, env: dict[str, str],
                  rebuild_parallel: bool, server_pid: int | None) -> tuple[Result, Path]:
    tree = fresh_copy(corpus_source(project.tree), work / f"{project.name}-{compiler}")
    project.prepare(tree, work)
    log = work / f"{project.name}-{compiler}.log"
    log.unlink(missing_ok=True)
    step_log = work / f"{project.name}-{compiler}.steps.jsonl"
    env = {**env, "GPUOPT_CC_LOG": str(step_log)}
    result = Result(project.name, compiler)
    for command in project.configure(tree, compiler):
        result.configure.add(run(command, tree, env, log, server_pid))
    step_log.unlink(missing_ok=True)  # the build's steps only, not configure's probes
    for command in project.build(tree, compiler, 1):
        result.build.add(run(command, tree, env, log, server_pid))
    result.steps = summed_steps(step_log)
    for command in project.test:
        run(command, tree, env, log)
    if rebuild_parallel:
        saved = work / f"{project.name}-{compiler}.j1-objects"
        objects = snapshot_objects(tree, saved)
        result.objects = len(objects)
        run(project.clean, tree, env, log)
        result.build_j2 = Timing()
        for command in project.build(tree, compiler, 2):
            result.build_j2.add(run(command, tree, env, log, server_pid))
        for command in project.test:
            run(command, tree, env, log)
        differ = differing_objects(tree, saved, objects)
        result.identical_j2 = not differ
        for line in differ:
            print(f"  {project.name}: -j2 object differs: {line}")
    return result, tree


def start_server(work: Path, socket_path: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    server = subprocess.Popen([sys.executable, "-m", "gpuopt", "serve", "--socket",
                               str(socket_path)], env=env,
                              stderr=(work / "server.log").open("wb"))
    deadline = time.monotonic() + 60
    while not socket_path.exists():
        if server.poll() is not None or time.monotonic() > deadline:
            raise BuildFailed(f"the gpuopt server did not start; see {work / 'server.log'}")
        time.sleep(0.1)
    return server


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default=",".join(PROJECTS),
                        help="comma-separated projects (default: all of zlib,bzip2,lua)")
    parser.add_argument("--work", type=Path, default=None,
                        help="scratch folder (default: a new one under $TMPDIR)")
    parser.add_argument("--server", action="store_true",
                        help="start a warm gpuopt server for the gpuopt-cc builds")
    options = parser.parse_args()
    names = [name for name in options.only.split(",") if name]
    unknown = sorted(set(names) - set(PROJECTS))
    if unknown:
        parser.error(f"unknown project(s): {', '.join(unknown)}")
    work: Path = options.work or Path(tempfile.mkdtemp(prefix="gpuopt-c-builds-"))
    work.mkdir(parents=True, exist_ok=True)
    write_driver(work / "bin")
    socket_path = work / "gpuopt.sock"
    env = {**os.environ, "PATH": f"{work / 'bin'}{os.pathsep}{os.environ['PATH']}",
           "GPUOPT_SERVER": str(socket_path), "PYTHONPATH": str(REPO_ROOT / "src")}
    env.pop("MAKEFLAGS", None)
    server = start_server(work, socket_path, env) if options.server else None
    results: list[Result] = []
    failures: list[str] = []
    try:
        for name in names:
            trees = {}
            for compiler in COMPILERS:
                print(f"{name}: building with {compiler} ...", flush=True)
                try:
                    result, trees[compiler] = build_project(
                        PROJECTS[name], compiler, work, env,
                        rebuild_parallel=compiler == GPUOPT_CC,
                        server_pid=server.pid if server is not None else None)
                except BuildFailed as failure:
                    failures.append(f"{name} with {compiler}: {failure}")
                    print(f"  FAILED: {failure}", flush=True)
                    continue
                results.append(result)
                if result.identical_j2 is False:
                    failures.append(f"{name} with {compiler}: -j2 objects differ from -j1's")
            if name == "lua" and len(trees) == len(COMPILERS):
                differences = run_lua_scripts(trees)
                failures += [f"lua scripts: {line}" for line in differences]
                count = len(list(LUA_SCRIPTS.glob("*.lua")))
                print(f"lua: {count} scripts, {count - len(differences)} with the same stdout, "
                      "stderr and exit status on both builds", flush=True)
    finally:
        if server is not None:
            server.terminate()
            server.wait()
    print_table(results)
    (work / "results.json").write_text(json.dumps(
        [result.__dict__ | {"configure": result.configure.__dict__,
                            "build": result.build.__dict__,
                            "build_j2": result.build_j2 and result.build_j2.__dict__}
         for result in results], indent=1) + "\n")
    print(f"logs and results.json in {work}")
    for failure in failures:
        print(f"FAILED: {failure}")
    return 1 if failures else 0


def print_table(results: list[Result]) -> None:
    print(f"\n{'project':8} {'compiler':10} {'configure s':>12} {'build -j1 s':>18} "
          f"{'build -j2 s':>18} {'-j2 objects':>14}  gpuopt-cc steps (s, summed)")
    print(f"{'':8} {'':10} {'wall/cpu':>12} {'wall/cpu':>18} {'wall/cpu':>18}")
    for r in results:
        j2 = f"{r.build_j2.wall_s:8.1f}/{r.build_j2.cpu_s:<8.1f}" if r.build_j2 else ""
        same = "" if r.identical_j2 is None else \
            f"{r.objects} {'identical' if r.identical_j2 else 'DIFFER'}"
        steps = "" if r.compiler != GPUOPT_CC else \
            (f"{int(r.steps['compiles'])} compiles: front end {r.steps['front_end_s']}, "
             f"gpuopt {r.steps['gpuopt_s']}, codegen {r.steps['codegen_s']}")
        print(f"{r.project:8} {r.compiler:10} "
              f"{r.configure.wall_s:5.1f}/{r.configure.cpu_s:<6.1f} "
              f"{r.build.wall_s:8.1f}/{r.build.cpu_s:<8.1f} {j2:>18} {same:>14}  {steps}")


if __name__ == "__main__":
    sys.exit(main())
