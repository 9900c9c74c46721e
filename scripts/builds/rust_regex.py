"""Build the corpus's regex program with plain cargo and through gpuopt, and compare.

    python scripts/builds/rust_regex.py [--profile release|dev] [--work DIR] [--server]

Copies tests/corpus_sources/rust/regex_demo to a scratch folder, builds it
offline against Debian's crates (/usr/share/cargo/registry) twice, each in a
fresh target folder: once with plain ``cargo build``, once with
``RUSTC_WRAPPER=gpuopt-rustc`` (gpuopt.build.rust, from this checkout).  Both
programs run; their outputs must be the same, and the same as the corpus's
expected output when .corpus/ll/regex_demo.expected exists.  Reports each
build's wall and CPU time, and for every crate of the program the functions in
rustc's module and in gpuopt's output, and whether its rlib holds gpuopt's
object.  With ``--server``, a warm ``gpuopt serve`` on a private socket runs
gpuopt for the wrapper.  Exit status 1 when anything differs.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from gpuopt.build.rust import LLVM_AR, SAVE_DIR_VARIABLE, write_launcher  # noqa: E402

PROJECT = ROOT / "tests" / "corpus_sources" / "rust" / "regex_demo"
sys.path.insert(0, str(ROOT / "scripts" / "corpus"))
from build_corpus import CARGO_CONFIG  # noqa: E402  (one offline configuration for both)
from build_corpus import CARGO_REGISTRY as REGISTRY  # noqa: E402

EXPECTED = ROOT / ".corpus" / "ll" / "regex_demo.expected"
PROGRAM_CRATES = ("regex_demo", "regex", "regex_syntax", "aho_corasick", "memchr")


@dataclass(frozen=True)
class Build:
    executable: Path
    wall_s: float
    cpu_s: float


def children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cargo_build(project: Path, target: Path, profile: str, extra_env: dict[str, str]) -> Build:
    """One fresh ``cargo build``: its wall time and the CPU time of all its processes."""
    environment = dict(os.environ, CARGO_TARGET_DIR=str(target), **extra_env)
    command = ["cargo", "build", "--offline", *(["--release"] if profile == "release" else [])]
    cpu_before, wall_before = children_cpu_s(), time.perf_counter()
    # an empty stdin: cargo's probes run `rustc -`, which would read whatever stdin holds
    result = subprocess.run(command, cwd=project, env=environment, input="",
                            capture_output=True, text=True, check=False)
    wall, cpu = time.perf_counter() - wall_before, children_cpu_s() - cpu_before
    if result.returncode != 0:
        sys.exit(f"rust_regex: cargo build failed ({', '.join(extra_env) or 'plain'}):\n"
                 + result.stderr)
    folder = "release" if profile == "release" else "debug"
    return Build(target / folder / "regex_demo", wall, cpu)


def defined_functions(ir: Path) -> int:
    return len(re.findall(r"^define ", ir.read_text(), re.M))


def instruction_lines(ir: Path) -> int:
    """Lines of function bodies that are instructions (not labels or debug records)."""
    return len(re.findall(r"^  (?!#dbg_)\S", ir.read_text(), re.M))


def rlib_holds(target_deps: Path, label: str, saved_object: Path) -> str:
    """'yes' when the crate's rlib's object member is gpuopt's object, byte for byte."""
    rlibs = list(target_deps.glob(f"lib{label}.rlib"))
    if not rlibs:
        return "(executable)"
    members = subprocess.run([LLVM_AR, "t", rlibs[0]], capture_output=True, text=True,
                             check=True).stdout.split()
    objects = [name for name in members if name.endswith(".rcgu.o")]
    if len(objects) != 1:
        return f"no: {len(objects)} objects"
    member = subprocess.run([LLVM_AR, "p", rlibs[0], objects[0]], capture_output=True,
                            check=True).stdout
    return "yes" if member == saved_object.read_bytes() else "NO"


def start_server(work: Path) -> tuple[subprocess.Popen[str], Path]:
    socket_path = work / "gpuopt.sock"
    environment = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    server = subprocess.Popen([sys.executable, "-m", "gpuopt", "serve", "--socket",
                               str(socket_path)], env=environment, stderr=subprocess.PIPE,
                              text=True)
    assert server.stderr is not None
    if "serving on" not in server.stderr.readline():
        sys.exit("rust_regex: gpuopt serve did not start")
    return server, socket_path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile", choices=("release", "dev"), default="release")
    parser.add_argument("--work", type=Path, default=None,
                        help="scratch folder (default: a new temporary one, removed after)")
    parser.add_argument("--server", action="store_true",
                        help="run gpuopt on a warm server for the wrapper")
    options = parser.parse_args()
    for tool in ("cargo", "rustc", "llc-22", LLVM_AR):
        if shutil.which(tool) is None:
            sys.exit(f"rust_regex: {tool} is not installed")
    if not (REGISTRY / "regex-1.7.1").is_dir():
        sys.exit(f"rust_regex: Debian's regex crate is missing in {REGISTRY} (librust-regex-dev)")
    work = options.work or Path(tempfile.mkdtemp(prefix="rust-regex-"))
    shutil.rmtree(work / "regex_demo", ignore_errors=True)
    for stale in ("target-plain", "target-gpuopt", "saved"):
        shutil.rmtree(work / stale, ignore_errors=True)
    project = work / "regex_demo"
    shutil.copytree(PROJECT, project, ignore=shutil.ignore_patterns("target", "Cargo.lock"))
    (project / ".cargo").mkdir()
    (project / ".cargo" / "config.toml").write_text(CARGO_CONFIG)
    saved = work / "saved"

    plain = cargo_build(project, work / "target-plain", options.profile, {})
    server, socket_path = start_server(work) if options.server else (None, work / "none.sock")
    try:
        wrapped = cargo_build(project, work / "target-gpuopt", options.profile, {
            "RUSTC_WRAPPER": str(write_launcher(work / "gpuopt-rustc")),
            SAVE_DIR_VARIABLE: str(saved), "GPUOPT_SERVER": str(socket_path)})
    finally:
        if server is not None:
            # the server's CPU time joins the children's once it has been waited for
            cpu_before_wait = children_cpu_s()
            server.terminate()
            served = server.communicate(timeout=60)[1].strip().splitlines()
            print(f"server: {served[-1] if served else '(no message)'}, "
                  f"{children_cpu_s() - cpu_before_wait:.1f} s CPU (start included)")

    outputs = {name: subprocess.run([build.executable], capture_output=True, check=True,
                                    timeout=60).stdout
               for name, build in (("plain", plain), ("gpuopt", wrapped))}
    failures = []
    if outputs["plain"] != outputs["gpuopt"]:
        failures.append("the two programs print different things")
    expected_path = EXPECTED if EXPECTED.is_file() else None
    if expected_path is not None and outputs["gpuopt"] != expected_path.read_bytes():
        failures.append(f"gpuopt's program differs from {expected_path}")

    print(f"regex_demo, cargo --profile {options.profile}, offline against Debian's crates")
    for name, build in (("plain cargo", plain), ("through gpuopt", wrapped)):
        size = build.executable.stat().st_size
        print(f"  {name:15} build {build.wall_s:6.1f} s wall {build.cpu_s:6.1f} s CPU   "
              f"executable {size} bytes")
    lines = outputs["gpuopt"].count(b"\n")
    print(f"  output: {lines} lines; same as plain cargo's: {outputs['plain'] == outputs['gpuopt']}"
          f"; same as {expected_path or '(no expected file)'}: "
          f"{expected_path is not None and outputs['gpuopt'] == expected_path.read_bytes()}")
    print(f"  {'crate':28} {'functions in':>12} {'after gpuopt':>12} {'instr. in':>10} "
          f"{'after':>8}  rlib holds gpuopt's object")
    optimized = {path.name.removesuffix(".opt.ll"): path for path in saved.glob("*.opt.ll")}
    deps = work / "target-gpuopt" / ("release" if options.profile == "release" else "debug") \
        / "deps"
    for crate in PROGRAM_CRATES:
        labels = [label for label in optimized if label.rsplit("-", 1)[0] == crate]
        if len(labels) != 1:
            failures.append(f"crate {crate}: {len(labels)} modules went through gpuopt")
            continue
        label = labels[0]
        before, after = saved / f"{label}.ll", optimized[label]
        holds = rlib_holds(deps, label, saved / f"{label}.o")
        print(f"  {label:28} {defined_functions(before):12} {defined_functions(after):12} "
              f"{instruction_lines(before):10} {instruction_lines(after):8}  {holds}")
        if holds not in ("yes", "(executable)"):
            failures.append(f"crate {crate}: its rlib does not hold gpuopt's object")
    extra = sorted(set(optimized) - {label for label in optimized
                                     if label.rsplit("-", 1)[0] in PROGRAM_CRATES})
    if extra:
        print(f"  also through gpuopt: {', '.join(extra)}")
    if options.work is None:
        shutil.rmtree(work, ignore_errors=True)
    for failure in failures:
        print(f"FAIL: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
