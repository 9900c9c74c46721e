#!/usr/bin/env python3
"""Build the gpuopt corpus: real, unoptimized LLVM IR modules (textual .ll).

Everything generated lands in a cache directory (default: <repo>/.corpus, git-ignored):

    .corpus/src/    Debian source packages (apt-get source)
    .corpus/build/  per-file IR, csmith programs, cargo target dir, test executables
    .corpus/ll/     the corpus: one .ll per module, plus <name>.expected reference outputs,
                    csmith-seeds.json and corpus.json (how to link and run each module)

The script is idempotent: a module whose .ll already exists is skipped (use --force to
rebuild). Outputs are written to a temporary name and renamed only after verification, so
an interrupted run never leaves a half-built module that looks complete.

Usage: python3 scripts/corpus/build_corpus.py [--only NAME[,NAME]] [--csmith N] [--out DIR]
"""

from __future__ import annotations

import argparse
import concurrent.futures
import functools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

REPO_ROOT = Path(__file__).resolve().parents[2]
CORPUS_SOURCES = REPO_ROOT / "tests" / "corpus_sources"

CLANG = "clang-22"
OPT = "opt-22"
LLVM_LINK = "llvm-link-22"
# -disable-O0-optnone: plain -O0 marks every function optnone, which would make the
# corpus useless as optimizer input. -g0 keeps the C modules free of debug metadata.
CLANG_IR_FLAGS = ("-O0", "-Xclang", "-disable-O0-optnone", "-g0", "-S", "-emit-llvm")

CSMITH_INCLUDE = "/usr/include/csmith"
# Fewer functions keep programs (and their run time) small; all else is csmith's default.
CSMITH_OPTIONS = ("--max-funcs", "8")
RUN_TIMEOUT_S = 10

APT_SOURCES_DIR = Path("/etc/apt/sources.list.d")
DEBIAN_SOURCES = APT_SOURCES_DIR / "debian.sources"
DEB_SRC_FILE = APT_SOURCES_DIR / "debian-src.sources"
CARGO_REGISTRY = Path("/usr/share/cargo/registry")

REGEX_CRATES = ("regex_demo", "regex", "regex_syntax", "aho_corasick", "memchr")
TARGETS = ("lua5.4", "zlib", "bzip2", "csmith", "rust-collections", "regex")


class BuildError(Exception):
    """A build step failed; the message is shown to the user as-is."""


@dataclass(frozen=True)
class Layout:
    out: Path

    @property
    def src(self) -> Path:
        return self.out / "src"

    @property
    def build(self) -> Path:
        return self.out / "build"

    @property
    def ll(self) -> Path:
        return self.out / "ll"


@dataclass(frozen=True)
class Options:
    force: bool
    jobs: int
    csmith_count: int


def log(tag: str, msg: str) -> None:
    print(f"[{tag}] {msg}", flush=True)


def rel(path: Path) -> str:
    """Shorten paths under the repo for readable logs."""
    try:
        return str(path.relative_to(REPO_ROOT))
    except ValueError:
        return str(path)


def run(
    cmd: Sequence[str | Path],
    *,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    input_data: bytes | None = None,
    timeout: float | None = None,
    check: bool = True,
) -> subprocess.CompletedProcess[bytes]:
    """Run a command, capturing output; raise BuildError with its stderr on failure."""
    argv = [str(c) for c in cmd]
    try:
        proc = subprocess.run(
            argv, cwd=cwd, env=env, input=input_data, capture_output=True, timeout=timeout
        )
    except FileNotFoundError as exc:
        raise BuildError(f"command not found: {argv[0]}") from exc
    if check and proc.returncode != 0:
        tail = proc.stderr.decode(errors="replace").strip()[-3000:]
        where = f" (in {rel(cwd)})" if cwd else ""
        raise BuildError(
            f"command failed with exit {proc.returncode}{where}: {' '.join(argv)}\n{tail}"
        )
    return proc


T = TypeVar("T")
R = TypeVar("R")


def parallel_map(fn: Callable[[T], R], items: Iterable[T], jobs: int) -> list[R]:
    """Map in a thread pool (the work is in subprocesses); results keep input order."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(fn, items))


def install(built: Path, final: Path) -> None:
    """Copy a finished file into place atomically, so partial files never look complete."""
    part = final.with_name(f".{final.name}.part")
    shutil.copyfile(built, part)
    os.replace(part, final)


def verify_ll(path: Path) -> None:
    """Check the module with the LLVM verifier and make sure it is really unoptimized input."""
    run([OPT, "-passes=verify", "-disable-output", path])
    with path.open(encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("attributes #") and "optnone" in line:
                raise BuildError(f"{rel(path)} has optnone functions; passes would skip them")


def link_executable(
    ll_path: Path | Sequence[Path], exe_path: Path, extra_libs: Sequence[str] = ()
) -> Path:
    """Build a native executable from one or more .ll modules (at -O0, as a reference).

    For Rust modules pass rust_std_link_args() in extra_libs.
    """
    modules = [ll_path] if isinstance(ll_path, Path) else list(ll_path)
    exe_path.parent.mkdir(parents=True, exist_ok=True)
    # rustc's IR names the triple x86_64-unknown-linux-gnu; clang's override is harmless.
    run([CLANG, "-O0", "-Wno-override-module", *modules, "-o", exe_path, "-lm", *extra_libs])
    return exe_path


_rust_std_args: list[str] | None = None


def rust_std_link_args() -> list[str]:
    """Linker flags for Rust IR: the toolchain's libstd dylib provides the non-generic std code."""
    global _rust_std_args
    if _rust_std_args is None:
        sysroot = run(["rustc", "--print", "sysroot"]).stdout.decode().strip()
        verbose = run(["rustc", "-vV"]).stdout.decode()
        host = re.search(r"^host: (\S+)$", verbose, re.M)
        if host is None:
            raise BuildError("cannot find the host triple in `rustc -vV`")
        libdir = Path(sysroot) / "lib" / "rustlib" / host.group(1) / "lib"
        dylibs = sorted(libdir.glob("libstd-*.so"))
        if len(dylibs) != 1:
            raise BuildError(f"expected exactly one libstd-*.so in {libdir}, found {len(dylibs)}")
        _rust_std_args = [f"-L{libdir}", f"-l:{dylibs[0].name}", f"-Wl,-rpath,{libdir}"]
    return _rust_std_args


def run_program(
    exe: Path,
    args: Sequence[str] = (),
    *,
    cwd: Path | None = None,
    input_data: bytes | None = None,
    timeout: float = RUN_TIMEOUT_S,
) -> bytes:
    """Run a built program and return its stdout; fail on non-zero exit."""
    try:
        proc = run([exe, *args], cwd=cwd, input_data=input_data, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise BuildError(f"{rel(exe)} did not finish within {timeout}s") from exc
    return proc.stdout


def update_corpus_json(layout: Layout, entries: dict[str, dict[str, object]]) -> None:
    """Record how each module is linked and run, for test harnesses (merged across runs)."""
    path = layout.ll / "corpus.json"
    data: dict[str, dict[str, object]] = {}
    if path.exists():
        data = json.loads(path.read_text())
    data.update(entries)
    path.write_text(json.dumps(dict(sorted(data.items())), indent=2) + "\n")


def drop_corpus_json(layout: Layout, names: Iterable[str]) -> None:
    path = layout.ll / "corpus.json"
    if not path.exists():
        return
    data = json.loads(path.read_text())
    for name in names:
        data.pop(name, None)
    path.write_text(json.dumps(dict(sorted(data.items())), indent=2) + "\n")


def require_tools(tools: Iterable[str]) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        raise BuildError(f"required tools not found on PATH: {', '.join(missing)}")


# --------------------------------------------------------------------------- Debian C sources


@dataclass(frozen=True)
class CProject:
    name: str  # module name: ll/<name>.ll
    package: str  # Debian source package
    sources: tuple[str, ...]  # C files, relative to the unpacked tree
    cflags: tuple[str, ...]
    link_libs: tuple[str, ...]  # besides -lm
    smoke: Callable[[CProject, Path, Path, Layout], dict[str, object]]
    # Generates what the packaging would (into the work dir); returns extra cflags.
    prepare: Callable[[Path, Path], list[str]] | None = None


def has_deb_src() -> bool:
    files = [Path("/etc/apt/sources.list"), *APT_SOURCES_DIR.glob("*.list")]
    for f in files:
        if f.exists() and re.search(r"^\s*deb-src\s", f.read_text(errors="replace"), re.M):
            return True
    for f in APT_SOURCES_DIR.glob("*.sources"):
        if re.search(r"^Types:.*\bdeb-src\b", f.read_text(errors="replace"), re.M):
            return True
    return False


def ensure_deb_src() -> None:
    if has_deb_src():
        return
    if os.geteuid() != 0:
        raise BuildError("APT has no deb-src entries and we are not root; run as root or add them")
    if not DEBIAN_SOURCES.exists():
        raise BuildError(f"no deb-src entries and no {DEBIAN_SOURCES} to derive them from")
    log("apt", f"enabling source packages: writing {DEB_SRC_FILE}")
    text = re.sub(r"^Types:.*$", "Types: deb-src", DEBIAN_SOURCES.read_text(), flags=re.M)
    header = "# Written by gpuopt scripts/corpus/build_corpus.py (copy of debian.sources).\n"
    DEB_SRC_FILE.write_text(header + text)
    apt_update()


def apt_update() -> None:
    log("apt", "apt-get update")
    run(["apt-get", "update"])


def fetch_debian_source(package: str, layout: Layout) -> Path:
    """apt-get source into .corpus/src (patches applied); return the unpacked tree."""
    layout.src.mkdir(parents=True, exist_ok=True)

    def unpacked() -> list[Path]:
        return sorted(p for p in layout.src.glob(f"{package}-*") if (p / "debian").is_dir())

    trees = unpacked()
    if not trees:
        ensure_deb_src()
        log(package, f"apt-get source {package}")
        proc = run(["apt-get", "source", package], cwd=layout.src, check=False)
        if proc.returncode != 0:
            # deb-src configured but package lists stale/missing: refresh once and retry.
            apt_update()
            run(["apt-get", "source", package], cwd=layout.src)
        trees = unpacked()
    if len(trees) != 1:
        found = ", ".join(p.name for p in trees) or "none"
        raise BuildError(f"expected one {package} tree in {rel(layout.src)}, found {found}")
    return trees[0]


def debian_version(tree: Path) -> str:
    first = (tree / "debian" / "changelog").read_text(errors="replace").splitlines()[0]
    m = re.match(r"(\S+) \(([^)]+)\)", first)
    return f"{m.group(1)} {m.group(2)}" if m else tree.name


def build_c_project(proj: CProject, layout: Layout, opts: Options) -> bool:
    final = layout.ll / f"{proj.name}.ll"
    if final.exists() and not opts.force:
        log(proj.name, f"skip: {rel(final)} exists")
        return False
    tree = fetch_debian_source(proj.package, layout)
    version = debian_version(tree)
    work = layout.build / proj.name
    shutil.rmtree(work, ignore_errors=True)
    (work / "parts").mkdir(parents=True)
    extra = proj.prepare(tree, work) if proj.prepare else []
    log(proj.name, f"compiling {len(proj.sources)} C files of {version} ({' '.join(proj.cflags)})")

    def compile_one(src: str) -> Path:
        out = work / "parts" / (Path(src).stem + ".ll")
        # Relative source names keep absolute build paths out of the IR.
        run([CLANG, *CLANG_IR_FLAGS, *proj.cflags, *extra, src, "-o", out], cwd=tree)
        return out

    parts = parallel_map(compile_one, proj.sources, opts.jobs)
    if len({p.name for p in parts}) != len(parts):
        raise BuildError(f"{proj.name}: two sources map to the same per-file .ll name")

    # Per-file modules go to work/parts so the linked module in work/ has the final name.
    linked = work / final.name
    log(proj.name, f"llvm-link {len(parts)} modules -> {rel(final)}")
    run([LLVM_LINK, "-S", *parts, "-o", linked])
    verify_ll(linked)
    info = proj.smoke(proj, linked, tree, layout)
    install(linked, final)
    entry: dict[str, object] = {
        "group": proj.name,
        "source": f"Debian source package {version}",
        "modules": [final.name],
        "link_libs": ["-lm", *proj.link_libs],
    }
    entry.update(info)
    update_corpus_json(layout, {proj.name: entry})
    log(proj.name, f"done: {rel(final)}")
    return True


def prepare_lua(tree: Path, work: Path) -> list[str]:
    # Debian's luaconf.h patch includes a header that debian/rules writes at configure time.
    arch = run(["dpkg-architecture", "-qDEB_HOST_MULTIARCH"]).stdout.decode().strip()
    inc = work / "include"
    inc.mkdir(exist_ok=True)
    (inc / "lua5.4-deb-multiarch.h").write_text(
        "#ifndef _LUA_DEB_MULTIARCH_\n#define _LUA_DEB_MULTIARCH_\n"
        f'#define DEB_HOST_MULTIARCH "{arch}"\n#endif\n'
    )
    return [f"-I{inc}"]


def smoke_lua(proj: CProject, ll: Path, tree: Path, layout: Layout) -> dict[str, object]:
    exe = link_executable(ll, layout.build / proj.name / "lua", proj.link_libs)
    got = run_program(exe, ["-e", "print(1+1)"]).decode()
    if got != "2\n":
        raise BuildError(f"lua built from IR printed {got!r} for print(1+1), expected '2\\n'")
    log(proj.name, "lua built from the IR runs: print(1+1) -> 2")
    # A larger deterministic script gives a reference output for optimized builds.
    script = CORPUS_SOURCES / "lua" / "smoke.lua"
    out = run_program(exe, [str(script)])
    (layout.ll / f"{proj.name}.expected").write_bytes(out)
    log(proj.name, f"recorded {proj.name}.expected ({rel(script)}, {len(out.splitlines())} lines)")
    return {"expected": f"{proj.name}.expected", "args": [rel(script)]}


def smoke_zlib(proj: CProject, ll: Path, tree: Path, layout: Layout) -> dict[str, object]:
    # The library has no main; zlib's own test/example.c exercises it (linked, not in the module).
    work = layout.build / proj.name
    exe = work / "example"
    example = tree / "test" / "example.c"
    run([CLANG, "-O0", "-w", *proj.cflags, f"-I{tree}", example, ll, "-o", exe, "-lm"])
    with tempfile.TemporaryDirectory(dir=work) as tmp:  # example writes foo.gz to its cwd
        out = run_program(exe, cwd=Path(tmp)).decode(errors="replace")
    log(proj.name, f"test/example.c linked with the IR passes: {out.splitlines()[0]}")
    return {"expected": None, "note": "library only; checked by linking zlib's test/example.c"}


def smoke_bzip2(proj: CProject, ll: Path, tree: Path, layout: Layout) -> dict[str, object]:
    exe = link_executable(ll, layout.build / proj.name / "bzip2", proj.link_libs)
    # The same round trips as bzip2's own `make test`.
    for i in (1, 2, 3):
        ref = (tree / f"sample{i}.ref").read_bytes()
        packed = (tree / f"sample{i}.bz2").read_bytes()
        if run_program(exe, [f"-{i}"], input_data=ref, timeout=120) != packed:
            raise BuildError(f"bzip2 from IR: compressing sample{i}.ref != sample{i}.bz2")
        if run_program(exe, ["-d"], input_data=packed, timeout=120) != ref:
            raise BuildError(f"bzip2 from IR: decompressing sample{i}.bz2 != sample{i}.ref")
    log(proj.name, "bzip2 built from the IR passes the sample1-3 round trips")
    return {"expected": None, "note": "checked with bzip2's sample{1,2,3} round trips"}


# Object lists copied from the projects' makefiles.
LUA_CORE = (
    *("lapi", "lcode", "lctype", "ldebug", "ldo", "ldump", "lfunc", "lgc", "llex", "lmem"),
    *("lobject", "lopcodes", "lparser", "lstate", "lstring", "ltable", "ltm", "lundump"),
    *("lvm", "lzio"),
)
LUA_LIB = (
    *("lauxlib", "lbaselib", "lcorolib", "ldblib", "liolib", "lmathlib", "loadlib"),
    *("loslib", "lstrlib", "ltablib", "lutf8lib", "linit"),
)
ZLIB_OBJZ = (
    *("adler32", "crc32", "deflate", "infback", "inffast", "inflate", "inftrees", "trees"),
    "zutil",
)
ZLIB_OBJG = ("compress", "uncompr", "gzclose", "gzlib", "gzread", "gzwrite")
BZIP2_OBJS = ("blocksort", "huffman", "crctable", "randtable", "compress", "decompress", "bzlib")

C_PROJECTS = {
    p.name: p
    for p in (
        CProject(
            name="lua5.4",
            package="lua5.4",
            # CORE_O + LIB_O + lua.o from src/Makefile; luac.c left out so there is one main.
            sources=tuple(f"src/{f}.c" for f in (*LUA_CORE, *LUA_LIB, "lua")),
            # As `make linux-noreadline` (Debian uses readline; we avoid the extra library).
            cflags=("-std=gnu99", "-DLUA_COMPAT_5_3", "-DLUA_USE_LINUX"),
            link_libs=("-ldl",),
            smoke=smoke_lua,
            prepare=prepare_lua,
        ),
        CProject(
            name="zlib",
            package="zlib",
            # OBJZ + OBJG from Makefile.in: the library only.
            sources=tuple(f"{f}.c" for f in ZLIB_OBJZ + ZLIB_OBJG),
            # What ./configure detects on Linux.
            cflags=(
                "-D_LARGEFILE64_SOURCE=1",
                "-DHAVE_HIDDEN",
                "-DHAVE_UNISTD_H",
                "-DHAVE_STDARG_H",
            ),
            link_libs=(),
            smoke=smoke_zlib,
        ),
        CProject(
            name="bzip2",
            package="bzip2",
            # OBJS (libbz2) + bzip2.c; bzip2recover is a separate program.
            sources=tuple(f"{f}.c" for f in (*BZIP2_OBJS, "bzip2")),
            cflags=("-D_FILE_OFFSET_BITS=64",),  # BIGFILES in the Makefile
            link_libs=(),
            smoke=smoke_bzip2,
        ),
    )
}


# --------------------------------------------------------------------------- csmith


@dataclass(frozen=True)
class SeedResult:
    seed: int
    reason: str | None  # None: accepted
    ll: Path | None = None
    expected: bytes | None = None


def csmith_try_seed(seed: int, layout: Layout) -> SeedResult:
    """Generate one program; accept it only if it terminates quickly and its IR is faithful."""
    work = layout.build / "csmith" / f"seed-{seed}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    c_file = f"csmith-{seed}.c"
    run(["csmith", "--seed", str(seed), *CSMITH_OPTIONS, "-o", c_file], cwd=work)
    ll = work / f"csmith-{seed}.ll"
    common = ["-I", CSMITH_INCLUDE, "-w"]
    run([CLANG, *CLANG_IR_FLAGS, *common, c_file, "-o", ll], cwd=work)
    verify_ll(ll)
    native = work / "native"
    run([CLANG, "-O0", *common, c_file, "-o", native, "-lm"], cwd=work)
    try:
        proc = run([native], timeout=RUN_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        return SeedResult(seed, f"timeout (>{RUN_TIMEOUT_S}s at -O0)")
    if proc.returncode != 0:
        return SeedResult(seed, f"exit status {proc.returncode}")
    # The IR is what gets optimized, so it must reproduce the native reference itself.
    from_ll = link_executable(ll, work / "from-ll")
    try:
        again = run([from_ll], timeout=RUN_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        return SeedResult(seed, "timeout when built from the IR")
    if again.returncode != 0 or again.stdout != proc.stdout:
        return SeedResult(seed, "IR-built program differs from the native -O0 build")
    return SeedResult(seed, None, ll, proc.stdout)


def csmith_version() -> str:
    return run(["csmith", "--version"]).stdout.decode().splitlines()[0].strip()


def build_csmith(layout: Layout, opts: Options) -> bool:
    count = opts.csmith_count
    manifest_path = layout.ll / "csmith-seeds.json"
    settings: dict[str, object] = {
        "csmith": csmith_version(),
        "options": list(CSMITH_OPTIONS),
        "timeout_s": RUN_TIMEOUT_S,
    }

    def outputs(seed: int) -> tuple[Path, Path]:
        return layout.ll / f"csmith-{seed}.ll", layout.ll / f"csmith-{seed}.expected"

    def existing_seeds() -> set[int]:
        return {
            int(m.group(1))
            for p in layout.ll.glob("csmith-*.ll")
            if (m := re.fullmatch(r"csmith-(\d+)\.ll", p.name))
        }

    if opts.force:
        for seed in existing_seeds():
            for p in outputs(seed):
                p.unlink(missing_ok=True)
        manifest_path.unlink(missing_ok=True)

    rejected: dict[int, str] = {}
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text())
        if manifest.get("settings") != settings:
            raise BuildError(
                f"{rel(manifest_path)} was built with other csmith settings "
                f"({manifest.get('settings')}); rerun with --force --only csmith"
            )
        rejected = {int(k): v for k, v in manifest.get("rejected", {}).items()}

    def done(seed: int) -> bool:
        return all(p.exists() for p in outputs(seed))

    used: list[int] = []
    seed = 1
    max_seed = 4 * count + 50  # guard against a setting that rejects everything
    built = 0
    while len(used) < count:
        # Take the next window of seeds that could still be accepted, evaluate the unknown
        # ones in parallel, then accept in seed order: the result does not depend on -j.
        window: list[int] = []
        while len(window) < count - len(used):
            if seed > max_seed:
                raise BuildError(f"csmith: only {len(used)} usable programs in seeds 1..{max_seed}")
            if seed not in rejected:
                window.append(seed)
            seed += 1
        todo = [s for s in window if not done(s)]
        if todo:
            log("csmith", f"generating and testing seeds {todo[0]}..{todo[-1]} ({len(todo)})")
        tried = parallel_map(lambda s: csmith_try_seed(s, layout), todo, opts.jobs)
        results = {r.seed: r for r in tried}
        for s in window:
            r = results.get(s)
            if r is not None:
                if r.reason is not None:
                    log("csmith", f"seed {s} rejected: {r.reason}")
                    rejected[s] = r.reason
                    continue
                assert r.ll is not None and r.expected is not None
                ll, expected = outputs(s)
                expected.write_bytes(r.expected)
                install(r.ll, ll)
                built += 1
            used.append(s)

    # Modules from an earlier, larger --csmith N are not part of this corpus any more.
    stale = sorted(existing_seeds() - set(used))
    for s in stale:
        for p in outputs(s):
            p.unlink(missing_ok=True)
    if stale:
        log("csmith", f"removed {len(stale)} modules beyond the first {count} seeds")
    manifest_out = {
        "settings": settings,
        "seeds": used,
        "rejected": {str(k): v for k, v in sorted(rejected.items())},
    }
    manifest_path.write_text(json.dumps(manifest_out, indent=2) + "\n")
    old = [n for n in _corpus_names(layout) if n.startswith("csmith-")]
    drop_corpus_json(layout, old)
    update_corpus_json(
        layout,
        {
            f"csmith-{s}": {
                "group": "csmith",
                "source": f"{settings['csmith']} --seed {s} {' '.join(CSMITH_OPTIONS)}",
                "modules": [f"csmith-{s}.ll"],
                "link_libs": ["-lm"],
                "expected": f"csmith-{s}.expected",
            }
            for s in used
        },
    )
    skipped = len(used) - built
    log(
        "csmith",
        f"done: {len(used)} modules ({built} built, {skipped} already present), "
        f"{len(rejected)} seeds rejected, see {rel(manifest_path)}",
    )
    return built > 0 or bool(stale)


def _corpus_names(layout: Layout) -> list[str]:
    path = layout.ll / "corpus.json"
    return list(json.loads(path.read_text())) if path.exists() else []


# --------------------------------------------------------------------------- Rust


def build_rust_collections(layout: Layout, opts: Options) -> bool:
    name = "rust-collections"
    final = layout.ll / f"{name}.ll"
    expected = layout.ll / f"{name}.expected"
    if final.exists() and expected.exists() and not opts.force:
        log(name, f"skip: {rel(final)} exists")
        return False
    src_dir = CORPUS_SOURCES / "rust"
    work = layout.build / name
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    built = work / final.name
    log(name, "rustc -C opt-level=0 --emit=llvm-ir collections.rs")
    # One codegen unit, so rustc writes a single .ll instead of one per CGU.
    base = ["rustc", "--edition=2021", "-C", "opt-level=0", "-C", "codegen-units=1"]
    run([*base, "--emit=llvm-ir", "collections.rs", "-o", built], cwd=src_dir)
    verify_ll(built)
    log(name, "building natively for the reference output")
    native = work / "collections"
    run([*base, "collections.rs", "-o", native], cwd=src_dir)
    out = run_program(native)
    from_ll = link_executable(built, work / "from-ll", rust_std_link_args())
    if run_program(from_ll) != out:
        raise BuildError(f"{name}: program linked from the IR prints something else than rustc's")
    expected.write_bytes(out)
    install(built, final)
    update_corpus_json(
        layout,
        {
            name: {
                "group": name,
                "source": rel(src_dir / "collections.rs"),
                "modules": [final.name],
                "link_libs": ["-lm", *rust_std_link_args()],
                "expected": expected.name,
            }
        },
    )
    log(name, f"done: {rel(final)} (+ {expected.name}, IR-built binary matches)")
    return True


CARGO_CONFIG = f"""\
# Generated by scripts/corpus/build_corpus.py: build offline against Debian's crates.
[source.crates-io]
replace-with = "debian"

[source.debian]
directory = "{CARGO_REGISTRY}"

[net]
offline = true
"""


def build_regex(layout: Layout, opts: Options) -> bool:
    finals = {c: layout.ll / f"{c}.ll" for c in REGEX_CRATES}
    expected = layout.ll / "regex_demo.expected"
    if all(p.exists() for p in finals.values()) and expected.exists() and not opts.force:
        log("regex", "skip: " + ", ".join(p.name for p in finals.values()) + " exist")
        return False
    if not (CARGO_REGISTRY / "regex-1.7.1").is_dir():
        raise BuildError(f"Debian's regex crate is missing in {CARGO_REGISTRY} (librust-regex-dev)")
    project = layout.build / "regex_demo"
    target = layout.build / "regex_demo-target"
    # Fresh copy and target dir: cargo does not rebuild crates just because .ll files are gone.
    shutil.rmtree(project, ignore_errors=True)
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(
        CORPUS_SOURCES / "rust" / "regex_demo",
        project,
        ignore=shutil.ignore_patterns("target", "Cargo.lock"),
    )
    (project / ".cargo").mkdir()
    (project / ".cargo" / "config.toml").write_text(CARGO_CONFIG)
    env = dict(os.environ)
    env.pop("CARGO_ENCODED_RUSTFLAGS", None)  # would take precedence over RUSTFLAGS
    env.update(
        CARGO_INCREMENTAL="0",  # incremental mode forces many codegen units
        CARGO_PROFILE_DEV_OPT_LEVEL="0",
        CARGO_PROFILE_DEV_DEBUG="2",
        CARGO_PROFILE_DEV_CODEGEN_UNITS="1",  # one .ll per crate
        RUSTFLAGS="--emit=llvm-ir,link",
    )
    log("regex", f"cargo build (offline, Debian crates, debuginfo=2) in {rel(project)}")
    run(["cargo", "build", "--offline", "--target-dir", target], cwd=project, env=env)

    deps = target / "debug" / "deps"
    found: dict[str, Path] = {}
    for p in deps.glob("*.ll"):
        crate = p.stem.rsplit("-", 1)[0]
        if crate in found:
            raise BuildError(f"two .ll files for crate {crate} in {rel(deps)}")
        found[crate] = p
    missing = [c for c in REGEX_CRATES if c not in found]
    if missing:
        raise BuildError(f"cargo produced no .ll for: {', '.join(missing)} (in {rel(deps)})")

    def check(crate: str) -> None:
        verify_ll(found[crate])
        if "!llvm.dbg.cu" not in found[crate].read_text(errors="replace"):
            raise BuildError(f"{found[crate].name} has no debug info")

    parallel_map(check, REGEX_CRATES, opts.jobs)
    log("regex", "all crate modules verify; linking them into one program as a check")
    native = target / "debug" / "regex_demo"
    out = run_program(native)
    from_ll = link_executable(
        [found[c] for c in REGEX_CRATES], layout.build / "regex-from-ll", rust_std_link_args()
    )
    if run_program(from_ll) != out:
        raise BuildError("regex_demo linked from the IR prints something else than cargo's build")
    expected.write_bytes(out)
    lock = (project / "Cargo.lock").read_text()
    locked = re.findall(r'^name = "([^"]+)"\nversion = "([^"]+)"', lock, re.M)
    crates = ", ".join(f"{n} {v}" for n, v in locked if n != "regex_demo")
    for crate in REGEX_CRATES:
        install(found[crate], finals[crate])
    update_corpus_json(
        layout,
        {
            "regex": {
                "group": "regex",
                "source": f"{rel(CORPUS_SOURCES / 'rust' / 'regex_demo')} + Debian crates {crates}",
                "modules": [f"{c}.ll" for c in REGEX_CRATES],
                "link_libs": ["-lm", *rust_std_link_args()],
                "expected": expected.name,
            }
        },
    )
    log("regex", f"done: {', '.join(p.name for p in finals.values())} (+ {expected.name})")
    return True


# --------------------------------------------------------------------------- driver

TOOLS: dict[str, tuple[str, ...]] = {
    "lua5.4": (CLANG, OPT, LLVM_LINK, "apt-get", "dpkg-source", "dpkg-architecture"),
    "zlib": (CLANG, OPT, LLVM_LINK, "apt-get", "dpkg-source"),
    "bzip2": (CLANG, OPT, LLVM_LINK, "apt-get", "dpkg-source"),
    "csmith": (CLANG, OPT, "csmith"),
    "rust-collections": (CLANG, OPT, "rustc"),
    "regex": (CLANG, OPT, "rustc", "cargo"),
}


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--only",
        default="",
        metavar="NAME[,NAME]",
        help=f"build only these targets: {', '.join(TARGETS)}",
    )
    ap.add_argument(
        "--csmith", type=int, default=40, metavar="N", help="number of csmith programs (default 40)"
    )
    ap.add_argument(
        "--out",
        type=Path,
        default=REPO_ROOT / ".corpus",
        metavar="DIR",
        help="cache directory (default: <repo>/.corpus)",
    )
    ap.add_argument("--force", action="store_true", help="rebuild selected targets")
    ap.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="parallel compile jobs (default: CPU count)",
    )
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    selected = [n.strip() for n in args.only.split(",") if n.strip()] or list(TARGETS)
    unknown = [n for n in selected if n not in TARGETS]
    if unknown:
        print(
            f"error: unknown target(s) {', '.join(unknown)}; choose from {', '.join(TARGETS)}",
            file=sys.stderr,
        )
        return 2
    if args.csmith < 0:
        print("error: --csmith must be >= 0", file=sys.stderr)
        return 2
    layout = Layout(args.out.resolve())
    opts = Options(force=args.force, jobs=args.jobs, csmith_count=args.csmith)
    builders: dict[str, Callable[[], bool]] = {
        "csmith": lambda: build_csmith(layout, opts),
        "rust-collections": lambda: build_rust_collections(layout, opts),
        "regex": lambda: build_regex(layout, opts),
    }
    for name, proj in C_PROJECTS.items():
        builders[name] = functools.partial(build_c_project, proj, layout, opts)

    start = time.monotonic()
    try:
        require_tools(sorted({t for n in selected for t in TOOLS[n]}))
        for d in (layout.src, layout.build, layout.ll):
            d.mkdir(parents=True, exist_ok=True)
        for name in TARGETS:  # fixed order, whatever the order given to --only
            if name in selected:
                t0 = time.monotonic()
                if builders[name]():  # skipped targets took no time worth printing
                    log(name, f"took {time.monotonic() - t0:.1f}s")
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    print(f"corpus ready in {rel(layout.ll)} ({time.monotonic() - start:.1f}s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
