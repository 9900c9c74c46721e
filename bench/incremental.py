"""Edit to updated binary: a one-function edit in Lua's lvm.c, rebuilt with
``make`` through gpuopt-cc (warm server, function store, code cache) and with
``CC=clang-22`` at the Makefile's -O2, side by side on this machine.

    python bench/incremental.py [--edits 3] [--work DIR] [--label TEXT]

Both trees are Debian's Lua 5.4 built with upstream's src/Makefile (as
scripts/builds/c_projects.py builds it).  After a clean build of each, every
edit changes one constant in ``luaV_shiftl`` (a new value each time, so the
store has never seen the function) and times ``make`` until the new ``lua``
is linked.  gpuopt-cc's step log gives the stages and how many functions the
store reused.  Then a third tree gets the last edit and a clean gpuopt-cc
build with an empty store and code cache: its ``lua`` and objects must be
byte-identical to the rebuilt ones.  Writes a dated table to bench/results.

The "floor" column is what no gpuopt-cc can beat: a copy of the gpuopt tree
rebuilt with a compiler that runs gpuopt-cc's front end and then copies the
object gpuopt-cc made, as if gpuopt, code generation and the driver's own
start cost nothing.  What remains is the front end and the project's archive
and link steps, which both builds run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts" / "builds"))
sys.path.insert(0, str(ROOT / "bench"))

from c_projects import corpus_source, fresh_copy, prepare_lua, write_driver  # noqa: E402
from results_file import commit, write_table  # noqa: E402

ORIGINAL = "    if (y <= -NBITS) return 0;"


def edited(k: int) -> str:
    return f"    if (y <= -NBITS) return {k};"


def make(tree: Path, cc: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(["make", "-C", "src", "linux", f"CC={cc} -std=gnu99",
                             f"MYCFLAGS=-I{tree / 'include'}"], cwd=tree, env=env,
                            capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if result.returncode:
        raise SystemExit(f"make failed in {tree}:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return seconds


def edit(tree: Path, old: str, new: str) -> None:
    source = tree / "src" / "lvm.c"
    text = source.read_text()
    if old not in text:
        raise SystemExit(f"{source}: the line to edit is not there: {old!r}")
    source.write_text(text.replace(old, new, 1))
    # make compares modification times at one-second resolution on some file systems
    stamp = time.time() + 1
    os.utime(source, (stamp, stamp))


def lua_tree(work: Path, name: str) -> Path:
    tree = fresh_copy(corpus_source("lua5.4-5.4.4"), work / name)
    prepare_lua(tree, work)
    return tree


FLOOR_CC = """#!/bin/sh
# gpuopt-cc's front end, then the object gpuopt-cc made: gpuopt and code generation for free
for arg in "$@"; do
  if [ "$arg" = -c ]; then
    clang-22 -fomit-frame-pointer "$@" -Wno-unused-command-line-argument -O0 \\
      -Xclang -disable-O0-optnone -S -emit-llvm -o "$FLOOR_IR" || exit 1
    exec cp "$FLOOR_OBJECT" lvm.o
  fi
done
exec clang-22 "$@"
"""


def steps(log: Path) -> list[dict[str, object]]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text().splitlines() if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--work", default=None)
    parser.add_argument("--label", default="vm")
    options = parser.parse_args()
    work = Path(options.work or tempfile.mkdtemp(prefix="gpuopt-incremental-"))
    work.mkdir(parents=True, exist_ok=True)
    bin_dir = work / "bin"
    write_driver(bin_dir)
    base_env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}

    clang_tree = lua_tree(work, "clang")
    clang_clean = make(clang_tree, "clang-22", base_env)

    gpu_tree = lua_tree(work, "gpuopt")
    socket_path = work / "server.sock"
    server = subprocess.Popen([sys.executable, "-m", "gpuopt", "serve", "--socket",
                               str(socket_path)], stderr=subprocess.PIPE, text=True,
                              env={**base_env, "PYTHONPATH": str(ROOT / "src")})
    assert server.stderr is not None
    if "serving on" not in server.stderr.readline():
        raise SystemExit("the gpuopt server did not start")
    env = {**base_env, "GPUOPT_SERVER": str(socket_path),
           "GPUOPT_STORE": str(work / "store.sqlite")}
    rows = []
    try:
        log = work / "clean.jsonl"
        gpu_clean = make(gpu_tree, "gpuopt-cc", {**env, "GPUOPT_CC_LOG": str(log)})
        clean_steps = steps(log)
        floor_tree = fresh_copy(gpu_tree, work / "floor")
        floor_cc = work / "floor-cc"
        floor_cc.write_text(FLOOR_CC)
        floor_cc.chmod(0o755)
        floor_env = {**base_env, "FLOOR_IR": str(work / "floor.ll"),
                     "FLOOR_OBJECT": str(gpu_tree / "src" / "lvm.o")}
        old = ORIGINAL
        for k in range(1, options.edits + 1):
            edit(clang_tree, old, edited(k))
            edit(gpu_tree, old, edited(k))
            edit(floor_tree, old, edited(k))
            clang_s = make(clang_tree, "clang-22", base_env)
            log = work / f"edit{k}.jsonl"
            gpu_s = make(gpu_tree, "gpuopt-cc", {**env, "GPUOPT_CC_LOG": str(log)})
            taken = steps(log)
            floor_s = make(floor_tree, str(floor_cc), floor_env)
            rows.append((k, clang_s, gpu_s, floor_s, taken))
            print(f"edit {k}: clang-22 make {clang_s:.2f} s, gpuopt-cc make {gpu_s:.2f} s, "
                  f"floor {floor_s:.2f} s, "
                  f"steps {json.dumps(taken)}", flush=True)
            old = edited(k)
    finally:
        subprocess.run([sys.executable, "-m", "gpuopt", "serve", "--socket", str(socket_path),
                        "--stop"], env={**base_env, "PYTHONPATH": str(ROOT / "src")},
                       check=False)
        server.wait(timeout=60)

    # a clean build of the edited sources, empty store and code cache, no server
    fresh = lua_tree(work, "fresh")
    edit(fresh, ORIGINAL, edited(options.edits))
    fresh_env = {**base_env, "GPUOPT_STORE": str(work / "fresh-store.sqlite")}
    make(fresh, "gpuopt-cc", fresh_env)
    objects = sorted(path.name for path in (gpu_tree / "src").glob("*.o"))
    different = [name for name in [*objects, "lua", "luac", "liblua.a"]
                 if (gpu_tree / "src" / name).read_bytes() != (fresh / "src" / name).read_bytes()]

    date = time.strftime("%Y-%m-%d")
    clang_median = statistics.median(row[1] for row in rows)
    gpu_median = statistics.median(row[2] for row in rows)
    floor_median = statistics.median(row[3] for row in rows)
    lines = [f"# Edit to updated binary: one function of Lua's lvm.c, {date}", "",
             f"- machine: {platform.node()}, {os.cpu_count()} cores; commit {commit()}",
             f"- command: `python bench/incremental.py {' '.join(sys.argv[1:])}`",
             "- edit: one constant in `luaV_shiftl` (lvm.c), a new value each time; "
             "`make -C src linux` times from the edit to the linked `lua`",
             f"- clean builds: clang-22 {clang_clean:.2f} s, gpuopt-cc {gpu_clean:.2f} s "
             f"({len(clean_steps)} compiles, "
             f"{sum(int(s.get('optimized', 0)) for s in clean_steps)} functions optimized)",
             "", "| edit | clang-22 make s | gpuopt-cc make s | ratio | floor s | floor ratio "
             "| front end s | gpuopt s | code s | functions reused | optimized "
             "| parts generated |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for k, clang_s, gpu_s, floor_s, taken in rows:
        def total(key: str, taken: list[dict[str, object]] = taken) -> float:
            return sum(float(step.get(key, 0) or 0) for step in taken)  # type: ignore[arg-type]
        lines.append(f"| {k} | {clang_s:.3f} | {gpu_s:.3f} | {gpu_s / clang_s:.2f} | "
                     f"{floor_s:.3f} | {floor_s / clang_s:.2f} | "
                     f"{total('front_end_s'):.3f} | {total('gpuopt_s'):.3f} | "
                     f"{total('codegen_s'):.3f} | {total('reused'):.0f} | "
                     f"{total('optimized'):.0f} | {total('parts_generated'):.0f} of "
                     f"{total('parts'):.0f} |")
    lines += ["", f"Median: clang-22 {clang_median:.3f} s, gpuopt-cc {gpu_median:.3f} s, "
                  f"ratio {gpu_median / clang_median:.2f} (target: at most 0.5); floor "
                  f"{floor_median:.3f} s, ratio {floor_median / clang_median:.2f}.", "",
              "Rebuilt tree against a clean gpuopt-cc build of the edited sources (empty store "
              f"and code cache): {len(objects) + 3 - len(different)} of {len(objects) + 3} files "
              "identical" + (f"; different: {', '.join(different)}" if different else "") + "."]
    path = write_table("incremental", options.label, lines)
    print("\n".join(lines))
    print(f"wrote {path}")
    if different:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
