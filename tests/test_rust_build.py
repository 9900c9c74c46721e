"""The Rust path (gpuopt.build.rust): a cargo project built with
RUSTC_WRAPPER=gpuopt-rustc runs, its crates' objects are gpuopt's, and rustc's
own errors come through unchanged."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import GPUOPT, require_tool
from gpuopt.build.rust import WrapperError, classify, main, write_launcher

needs_rust = pytest.mark.skipif(
    shutil.which("cargo") is None or shutil.which("rustc") is None,
    reason="rustc and cargo are not installed (https://rustup.rs)")

# A library whose function stays out of line, so the library's own object has code.
LIBRARY = """\
#[inline(never)]
pub fn collatz_steps(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}
"""
PROGRAM = """\
fn main() {
    let longest = (1..10_000u64).max_by_key(|&n| steps::collatz_steps(n)).unwrap();
    let names: Vec<String> = ["b", "a", "c"].iter().map(|s| s.repeat(2)).collect();
    println!("longest below 10000: {} ({} steps)", longest, steps::collatz_steps(longest));
    println!("sorted: {:?}", { let mut sorted = names.clone(); sorted.sort(); sorted });
}
"""
EXPECTED = 'longest below 10000: 6171 (261 steps)\nsorted: ["aa", "bb", "cc"]\n'


def _write_project(root: Path, program: str) -> Path:
    """A cargo project `demo` with one local path dependency `steps`."""
    for name, kind, text in (("steps", "lib", LIBRARY), ("demo", "main", program)):
        (root / name / "src").mkdir(parents=True)
        (root / name / "src" / f"{kind}.rs").write_text(text)
    (root / "steps" / "Cargo.toml").write_text(
        '[package]\nname = "steps"\nversion = "0.1.0"\nedition = "2021"\n')
    (root / "demo" / "Cargo.toml").write_text(
        '[package]\nname = "demo"\nversion = "0.1.0"\nedition = "2021"\n\n'
        '[dependencies]\nsteps = { path = "../steps" }\n')
    return root / "demo"


def _cargo_build(project: Path, tmp_path: Path, save_dir: Path,
                 server_socket: Path) -> subprocess.CompletedProcess[str]:
    """``cargo build --release`` through the wrapper; gpuopt runs on the server at
    ``server_socket`` when one listens there, else in the wrapper."""
    environment = dict(os.environ, RUSTC_WRAPPER=str(write_launcher(tmp_path / "gpuopt-rustc")),
                       GPUOPT_RUSTC_SAVE_DIR=str(save_dir), GPUOPT_SERVER=str(server_socket),
                       CARGO_TARGET_DIR=str(tmp_path / "target"))
    return subprocess.run(["cargo", "build", "--release", "--offline"], cwd=project,
                          env=environment, input="", capture_output=True, text=True,
                          check=False)


@needs_rust
@pytest.mark.parametrize("on_server", [False, True], ids=["in-process", "server"])
def test_cargo_project_runs_with_gpuopts_objects(tmp_path: Path, on_server: bool) -> None:
    require_tool("llc-22")
    require_tool("llvm-ar-22")
    save_dir, socket_path = tmp_path / "saved", tmp_path / "gpuopt.sock"
    server = subprocess.Popen([*GPUOPT, "serve", "--socket", socket_path],
                              stderr=subprocess.PIPE, text=True) if on_server else None
    try:
        if server is not None:
            assert server.stderr is not None
            assert "serving on" in server.stderr.readline()
        build = _cargo_build(_write_project(tmp_path, PROGRAM), tmp_path, save_dir, socket_path)
    finally:
        if server is not None:
            server.terminate()
            _, server_messages = server.communicate(timeout=30)
    assert build.returncode == 0, build.stderr
    if server is not None:  # one request a crate: the program and its library
        assert "server stopped after 2 requests" in server_messages
    ran = subprocess.run([tmp_path / "target" / "release" / "demo"], capture_output=True,
                         text=True, check=True)
    assert ran.stdout == EXPECTED
    # both crates went through gpuopt, and each kept their functions
    optimized = {path.name.split("-")[0]: path for path in save_dir.glob("*.opt.ll")}
    assert sorted(optimized) == ["demo", "steps"]
    for path in optimized.values():
        assert path.read_text().count("\ndefine ") > 0
    assert "collatz_steps" in optimized["steps"].read_text()
    # the library's rlib holds gpuopt's object, byte for byte
    (rlib,) = (tmp_path / "target" / "release" / "deps").glob("libsteps-*.rlib")
    members = subprocess.run(["llvm-ar-22", "t", rlib], capture_output=True, text=True,
                             check=True).stdout.split()
    (member,) = [name for name in members if name.endswith(".rcgu.o")]
    subprocess.run(["llvm-ar-22", "x", rlib, member], cwd=tmp_path, check=True)
    (saved_object,) = save_dir.glob("steps-*.o")
    assert (tmp_path / member).read_bytes() == saved_object.read_bytes()


@needs_rust
def test_compile_error_keeps_rustcs_message_and_status(tmp_path: Path) -> None:
    source = tmp_path / "bad.rs"
    source.write_text('fn main() {\n    let count: u32 = "three";\n    println!("{count}");\n}\n')
    wrapper = write_launcher(tmp_path / "gpuopt-rustc")
    direct = subprocess.run(["rustc", "--crate-name", "bad", "--crate-type", "bin",
                             "--emit=link", source, "-o", tmp_path / "bad"],
                            capture_output=True, text=True, check=False)
    wrapped = subprocess.run([wrapper, "rustc", "--crate-name", "bad", "--crate-type", "bin",
                              "--emit=link", source, "-o", tmp_path / "bad"],
                             capture_output=True, text=True, check=False)
    assert direct.returncode == 1
    assert "error[E0308]: mismatched types" in direct.stderr
    assert (wrapped.returncode, wrapped.stderr) == (direct.returncode, direct.stderr)
    assert not (tmp_path / "bad").exists()


@needs_rust
def test_cargo_reports_a_compile_error_through_the_wrapper(tmp_path: Path) -> None:
    project = _write_project(tmp_path, PROGRAM.replace("collatz_steps(n)", "collatz_steps(n, 1)"))
    build = _cargo_build(project, tmp_path, tmp_path / "saved", tmp_path / "no-server.sock")
    assert build.returncode == 101
    assert "error[E0061]: this function takes 1 argument but 2 arguments were supplied" \
        in build.stderr


CRATE = ["--crate-name", "regex", "--edition=2021", "src/lib.rs", "--crate-type", "lib",
         "--emit=dep-info,metadata,link", "-C", "opt-level=3", "-C", "extra-filename=-0123",
         "--out-dir", "/target/deps"]


def test_classify_takes_over_crate_compiles_only() -> None:
    crate = classify("rustc", CRATE)
    assert crate is not None
    assert (crate.crate_type, crate.label, crate.rlib) == (
        "rlib", "regex-0123", Path("/target/deps/libregex-0123.rlib"))
    assert classify("rustc", ["-vV"]) is None
    assert classify("rustc", ["-", "--crate-name", "___", "--print=file-names"]) is None
    checked = [("--emit=dep-info,metadata" if arg.startswith("--emit") else arg) for arg in CRATE]
    assert classify("rustc", checked) is None  # cargo check: no code
    assert classify("rustc", ["--crate-name", "build_script_build", "build.rs",
                              "--crate-type", "bin", "--emit=dep-info,link"]) is None
    assert classify("rustc", ["--crate-name", "derive", "src/lib.rs", "--crate-type",
                              "proc-macro", "--emit=dep-info,link"]) is None


def test_link_time_optimization_is_refused_in_one_line(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(WrapperError, match="link-time optimization"):
        classify("rustc", [*CRATE, "-C", "lto=fat"])
    assert main(["rustc", *CRATE, "-Clinker-plugin-lto"]) == 1
    message = capsys.readouterr().err
    assert message.startswith("gpuopt-rustc: error: crate `regex`: link-time optimization")
    assert message.count("\n") == 1


@needs_rust
def test_version_names_the_wrapper_so_cargo_keeps_builds_apart(
        capsys: pytest.CaptureFixture[str]) -> None:
    plain = subprocess.run(["rustc", "-vV"], capture_output=True, text=True, check=True).stdout
    assert main(["rustc", "-vV"]) == 0
    described = capsys.readouterr().out
    assert described.startswith(plain)
    assert described[len(plain):].startswith("gpuopt-rustc: gpuopt -passes=function(sroa,")
