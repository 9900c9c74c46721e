"""Scaling by input shape: does any shape fall off a cliff?

Generates valid IR of one shape at growing sizes and times the standard
pipeline end to end with gpuopt (NumPy) and opt-22 (where on PATH), text to
text, process start included.  The table gives seconds and microseconds per
instruction; a shape whose per-instruction time grows much faster than log n
is a cliff.  Shapes:

- ``tiny_functions``: n/4 functions of four instructions each;
- ``one_function``: one function, a chain of loads, adds and stores through
  allocas (sroa and mem2reg work) in straight-line code;
- ``switch_phi``: one switch with n/4 cases, each case a block that feeds a
  phi of n/4 entries;
- ``loop_nest``: loops nested n/12 deep, each with a counter phi and an exit
  test;
- ``loop_nest_allocas``: loops nested n/10 deep whose counters live in allocas,
  as clang -O0 emits them (each level loads, compares, increments and stores
  its own alloca: sroa's mem2reg work).  Each counter is live in every block
  of the loops inside its own, so the live-in set that pruned phi placement
  needs (LLVM's too) holds about 1.5 x depth^2 pairs.

    python bench/shapes.py [--sizes 1e3,1e4,1e5] [--shapes a,b] [--label TEXT]
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from results_file import commit, write_table

ROOT = Path(__file__).resolve().parent.parent
STANDARD = "function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)"


def tiny_functions(n: int) -> str:
    parts = []
    for k in range(max(1, n // 4)):
        parts.append(f"define i32 @f{k}(i32 %x) {{\n  %a = add i32 %x, {k}\n"
                     f"  %b = mul i32 %a, 2\n  %c = add i32 %b, 0\n  ret i32 %c\n}}\n")
    return "\n".join(parts)


def one_function(n: int) -> str:
    lines = ["define i32 @f(i32 %x) {", "entry:"]
    count = max(1, n // 6)
    slots = min(count + 1, 64)
    lines += [f"  %p{k} = alloca i32" for k in range(slots)]
    lines.append("  store i32 %x, ptr %p0")
    for k in range(count):
        slot, next_slot = k % slots, (k + 1) % slots
        lines += [f"  %v{k} = load i32, ptr %p{slot}", f"  %a{k} = add i32 %v{k}, {k % 7}",
                  f"  %m{k} = mul i32 %a{k}, 1", f"  store i32 %m{k}, ptr %p{next_slot}"]
    lines += [f"  %r = load i32, ptr %p{count % slots}", "  ret i32 %r", "}"]
    return "\n".join(lines) + "\n"


def switch_phi(n: int) -> str:
    cases = max(1, n // 4)
    lines = ["define i32 @f(i32 %x, i32 %y) {", "entry:",
             "  switch i32 %x, label %join ["]
    lines += [f"    i32 {k}, label %c{k}" for k in range(cases)]
    lines.append("  ]")
    for k in range(cases):
        lines += [f"c{k}:", f"  %v{k} = add i32 %y, {k}", f"  %w{k} = xor i32 %v{k}, {k + 1}",
                  "  br label %join"]
    incoming = ", ".join([f"[ %w{k}, %c{k} ]" for k in range(cases)] + ["[ 0, %entry ]"])
    lines += ["join:", f"  %r = phi i32 {incoming}", "  ret i32 %r", "}"]
    return "\n".join(lines) + "\n"


def loop_nest(n: int) -> str:
    depth = max(1, n // 12)
    lines = ["define i32 @f(i32 %n) {", "entry:", "  br label %h0"]
    for d in range(depth):
        before = "entry" if d == 0 else f"h{d - 1}"
        lines += [f"h{d}:", f"  %i{d} = phi i32 [ 0, %{before} ], [ %i{d}.next, %l{d} ]",
                  f"  %c{d} = icmp slt i32 %i{d}, %n",
                  f"  br i1 %c{d}, label %{'h' + str(d + 1) if d + 1 < depth else 'body'}, "
                  f"label %{'l' + str(d - 1) if d else 'exit'}"]
    lines += ["body:", f"  br label %l{depth - 1}"]
    for d in reversed(range(depth)):
        lines += [f"l{d}:", f"  %i{d}.next = add nsw i32 %i{d}, 1", f"  br label %h{d}"]
    lines += ["exit:", "  ret i32 %i0", "}"]
    return "\n".join(lines) + "\n"


def loop_nest_allocas(n: int) -> str:
    depth = max(1, n // 10)
    lines = ["define i32 @f(i32 %n) {", "entry:"]
    lines += [f"  %p{d} = alloca i32" for d in range(depth)]
    lines += ["  store i32 0, ptr %p0", "  br label %h0"]
    for d in range(depth):
        inner = f"init{d + 1}" if d + 1 < depth else "body"
        outer = f"l{d - 1}" if d else "exit"
        lines += [f"h{d}:", f"  %i{d} = load i32, ptr %p{d}", f"  %c{d} = icmp slt i32 %i{d}, %n",
                  f"  br i1 %c{d}, label %{inner}, label %{outer}"]
        if d + 1 < depth:
            lines += [f"init{d + 1}:", f"  store i32 0, ptr %p{d + 1}", f"  br label %h{d + 1}"]
    lines += ["body:", f"  br label %l{depth - 1}"]
    for d in reversed(range(depth)):
        lines += [f"l{d}:", f"  %j{d} = load i32, ptr %p{d}", f"  %k{d} = add nsw i32 %j{d}, 1",
                  f"  store i32 %k{d}, ptr %p{d}", f"  br label %h{d}"]
    lines += ["exit:", "  %r = load i32, ptr %p0", "  ret i32 %r", "}"]
    return "\n".join(lines) + "\n"


SHAPES: dict[str, Callable[[int], str]] = {
    "tiny_functions": tiny_functions, "one_function": one_function,
    "switch_phi": switch_phi, "loop_nest": loop_nest, "loop_nest_allocas": loop_nest_allocas}


def _time(command: list[str]) -> float | None:
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    return None if result.returncode else time.perf_counter() - start


def _count(path: Path) -> int:
    return sum(1 for line in path.read_text().splitlines()
               if line.startswith("  ") and not line.startswith(("    ", "  ]")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1e3,1e4,1e5")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--label", default="")
    parser.add_argument("--timeout", type=float, default=300.0,
                        help="seconds one gpuopt run may take")
    options = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    opt = shutil.which("opt-22")
    rows: list[tuple[str, int, float | None, float | None, str]] = []
    with tempfile.TemporaryDirectory() as scratch:
        for shape in options.shapes.split(","):
            for size in (int(float(s)) for s in options.sizes.split(",")):
                source = Path(scratch) / f"{shape}-{size}.ll"
                source.write_text(SHAPES[shape](size))
                out = Path(scratch) / "out.ll"
                count = _count(source)
                start = time.perf_counter()
                try:
                    result = subprocess.run([sys.executable, "-m", "gpuopt", "-S",
                                             f"-passes={STANDARD}", str(source), "-o", str(out)],
                                            capture_output=True, text=True, env=env,
                                            timeout=options.timeout)
                except subprocess.TimeoutExpired:  # a cliff: say so, go on
                    rows.append((shape, count, None, None, "timed out"))
                    print(f"{shape:<15} {count:>8} insts  gpuopt timed out", flush=True)
                    continue
                mine = time.perf_counter() - start
                if result.returncode:
                    raise SystemExit(f"{shape} {size}: gpuopt failed: {result.stderr[-1500:]}")
                verified = "-"
                if opt:
                    check = subprocess.run([opt, "-passes=verify", "-disable-output", str(out)],
                                           capture_output=True, text=True)
                    verified = "ok" if check.returncode == 0 else "FAILED"
                theirs = _time([opt, "-S", f"-passes={STANDARD}", str(source), "-o",
                                str(out)]) if opt else None
                rows.append((shape, count, mine, theirs, verified))
                print(f"{shape:<15} {count:>8} insts  gpuopt {mine:8.2f} s "
                      f"({1e6 * mine / count:7.1f} us/inst)  opt-22 "
                      f"{theirs if theirs is None else round(theirs, 2)}  verify {verified}",
                      flush=True)
    date = datetime.date.today().isoformat()
    lines = [f"# Scaling by input shape, {date}", "",
             f"- machine: {platform.node()}, {os.cpu_count()} cores; commit: {commit()}",
             f"- command: `python bench/shapes.py {' '.join(sys.argv[1:])}`",
             f"- pipeline: `{STANDARD}`; wall seconds, one run, text to text, process start "
             "included; us/inst: microseconds per input instruction",
             "", "| shape | instructions | gpuopt s | gpuopt us/inst | opt-22 s | "
             "opt-22 us/inst | gpuopt/opt | output verifies |", "|---|---|---|---|---|---|---|---|"]
    for shape, count, mine, theirs, verified in rows:
        if mine is None:
            lines.append(f"| {shape} | {count} | > {options.timeout:.0f} | - | - | - | - | "
                         f"{verified} |")
            continue
        other = f"{theirs:.2f} | {1e6 * theirs / count:.1f} | {mine / theirs:.1f}" \
            if theirs else "- | - | -"
        lines.append(f"| {shape} | {count} | {mine:.2f} | {1e6 * mine / count:.1f} | {other} | "
                     f"{verified} |")
    write_table("shapes", options.label, lines)


if __name__ == "__main__":
    main()
