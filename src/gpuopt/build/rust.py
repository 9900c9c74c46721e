"""``gpuopt-rustc``: a ``RUSTC_WRAPPER`` that puts every crate's code through gpuopt.

    RUSTC_WRAPPER=gpuopt-rustc cargo build --release

Cargo runs ``gpuopt-rustc RUSTC ARGS...`` for every compilation.  A crate that
is compiled to an rlib or linked into an executable runs through rustc as asked,
plus these options:

    -C no-prepopulate-passes   rustc hands LLVM its module unoptimized (MIR
                               optimizations still follow the crate's opt-level)
    -C codegen-units=1         one module per crate (and -C incremental dropped,
                               since incremental mode splits crates again)
    -C linker-plugin-lto       (rlibs only) rustc puts bitcode in the rlib instead of
                               compiling the module to machine code it would throw away
    --emit=llvm-ir=TMP/C.ll    that module, as text

The wrapper optimizes the module with gpuopt's standard pipeline, compiles it
with ``llc-22 -O2`` (LLVM's code generator, no middle end) and puts the object
where rustc's own was:

* an rlib: the wrapper replaces the archive's one ``.rcgu.o`` member after
  rustc returns (``llvm-ar-22``; a renamed copy, so cargo never sees half an rlib);
* an executable: rustc links through ``-C linker=`` set to a small launcher of
  this module's link mode (``--link``), which swaps the crate's object in the
  link line for the optimized one and runs the real linker (the crate's own
  ``-C linker=``, else ``cc``).

``rustc -vV`` gets one more line naming the wrapper and its pipeline: cargo
hashes it into its fingerprints and file names, so builds with and without the
wrapper never pass for each other.  Everything else goes to rustc untouched:
cargo's probes (``--print``), ``cargo check`` (no code), build scripts and proc
macros (host tools, not part of the product), and dylib, cdylib and staticlib
crates.  Link-time
optimization (``-C lto``, ``-C linker-plugin-lto``) is refused with an error:
it would hand LLVM's middle end the code again.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from gpuopt.build.invoke import STANDARD_PIPELINE, gpuopt_argv, run_gpuopt
from gpuopt.diagnostics import UserError

TOOL = "gpuopt-rustc"
LLC = "llc-22"
LLVM_AR = "llvm-ar-22"
LINK_MODE = "--link"
# Where to keep each crate's IR before and after gpuopt and its object, for inspection.
SAVE_DIR_VARIABLE = "GPUOPT_RUSTC_SAVE_DIR"
# Crate types whose code this wrapper compiles; the rest are left to rustc.
HANDLED_CRATE_TYPES = frozenset({"lib", "rlib", "bin"})
# llc knows no "pie": position independence is what it needs, the module says the rest.
LLC_RELOCATION_MODEL = {"default": "pic", "pie": "pic", "pic": "pic", "static": "static",
                        "dynamic-no-pic": "dynamic-no-pic", "ropi": "ropi", "rwpi": "rwpi",
                        "ropi-rwpi": "ropi-rwpi"}
_LTO_OFF = frozenset({"off", "no", "n", "false"})


class WrapperError(Exception):
    """A build the wrapper cannot do; shown as ``gpuopt-rustc: error: MESSAGE``."""


# --- reading rustc's command line ----------------------------------------------

def expand_argument_files(args: Sequence[str]) -> list[str]:
    """rustc's ``@path`` arguments (one argument a line), expanded."""
    expanded: list[str] = []
    for arg in args:
        if arg.startswith("@") and Path(arg[1:]).is_file():
            expanded.extend(Path(arg[1:]).read_text().splitlines())
        else:
            expanded.append(arg)
    return expanded


def option_values(args: Sequence[str], names: Sequence[str]) -> list[str]:
    """Every value of a rustc option spelt ``NAME VALUE``, ``NAME=VALUE`` or ``-CVALUE``."""
    values: list[str] = []
    for index, arg in enumerate(args):
        for name in names:
            if arg == name and index + 1 < len(args):
                values.append(args[index + 1])
            elif arg.startswith(name + "=") and name.startswith("--"):
                values.append(arg[len(name) + 1:])
            elif arg.startswith(name) and len(name) == 2 and len(arg) > 2:
                values.append(arg[2:])
    return values


def codegen_options(args: Sequence[str]) -> dict[str, str]:
    """``-C key[=value]`` options; the last one given wins, as in rustc."""
    options: dict[str, str] = {}
    for setting in option_values(args, ("-C", "--codegen")):
        key, _, value = setting.partition("=")
        options[key.replace("_", "-")] = value
    return options


@dataclass(frozen=True)
class CrateCompile:
    """One compilation this wrapper takes over."""

    rustc: str
    args: list[str]        # as cargo gave them, @argument files expanded
    crate_name: str
    crate_type: str        # "rlib" or "bin"
    out_dir: Path
    extra_filename: str
    output: Path | None    # -o
    linker: str            # the real linker for an executable
    relocation_model: str  # llc's name

    @property
    def label(self) -> str:
        """The crate's file stem, as rustc names its outputs (``regex-0123abcd``)."""
        return self.crate_name + self.extra_filename

    @property
    def rlib(self) -> Path:
        return self.output or self.out_dir / f"lib{self.label}.rlib"


def classify(rustc: str, args: Sequence[str]) -> CrateCompile | None:
    """The compilation this wrapper takes over, or None to leave it to rustc."""
    words = expand_argument_files(args)
    emits = ",".join(option_values(words, ("--emit",))).split(",")
    crate_types = ",".join(option_values(words, ("--crate-type",))).split(",")
    crate_types = [kind for kind in crate_types if kind] or ["bin"]
    names = option_values(words, ("--crate-name",))
    if (option_values(words, ("--print",)) or "-vV" in words or "--version" in words
            or "-" in words or not names or "link" not in [e.split("=")[0] for e in emits]
            or names[-1].startswith("build_script_") or len(crate_types) != 1
            or crate_types[0] not in HANDLED_CRATE_TYPES):
        return None
    codegen = codegen_options(words)
    if (codegen.get("lto", "off") not in _LTO_OFF
            or codegen.get("linker-plugin-lto", "off") not in _LTO_OFF):
        raise WrapperError(f"crate `{names[-1]}`: link-time optimization (-C lto, "
                           "-C linker-plugin-lto) would hand the code to LLVM's middle end "
                           "again; set `lto = false` in the cargo profile")
    relocation = codegen.get("relocation-model", "default")
    if relocation not in LLC_RELOCATION_MODEL:
        raise WrapperError(f"crate `{names[-1]}`: relocation model `{relocation}` is not "
                           "supported")
    outputs = option_values(words, ("-o",))
    out_dirs = option_values(words, ("--out-dir",))
    return CrateCompile(
        rustc=rustc, args=words, crate_name=names[-1],
        crate_type="bin" if crate_types[0] == "bin" else "rlib",
        out_dir=Path(out_dirs[-1]) if out_dirs else Path.cwd(),
        extra_filename=codegen.get("extra-filename", ""),
        output=Path(outputs[-1]) if outputs else None,
        linker=codegen.get("linker") or "cc",
        relocation_model=LLC_RELOCATION_MODEL[relocation])


def _without_options(args: Sequence[str], dropped: set[str]) -> list[str]:
    """``args`` less the ``-C KEY=...`` options whose key is in ``dropped``."""
    kept: list[str] = []
    skip_next = False
    for index, arg in enumerate(args):
        if skip_next:
            skip_next = False
            continue
        if arg in ("-C", "--codegen") and index + 1 < len(args):
            if args[index + 1].partition("=")[0] in dropped:
                skip_next = True
                continue
        elif arg.startswith("-C") and arg[2:].partition("=")[0] in dropped:
            continue
        kept.append(arg)
    return kept


def rustc_command(crate: CrateCompile, ir_path: Path, linker_launcher: Path | None) -> list[str]:
    """rustc as cargo asked, plus the unoptimized module as text in one codegen unit."""
    dropped = {"codegen-units", "incremental"} | ({"linker"} if linker_launcher else set())
    command = [crate.rustc, *_without_options(crate.args, dropped),
               "-C", "no-prepopulate-passes", "-C", "codegen-units=1",
               f"--emit=llvm-ir={ir_path}"]
    if linker_launcher is not None:
        command += ["-C", f"linker={linker_launcher}"]
    else:
        # the rlib's object is replaced anyway: as bitcode it costs rustc no code generation
        command += ["-C", "linker-plugin-lto"]
    return command


# --- gpuopt and llc --------------------------------------------------------------

def gpuopt_arguments(source: Path, destination: Path) -> list[str]:
    """The gpuopt command line for one crate's module (with the store, when the
    build has one: GPUOPT_STORE)."""
    passes = os.environ.get("GPUOPT_RUSTC_PASSES", STANDARD_PIPELINE)
    return gpuopt_argv(str(source), str(destination), passes)


def _run_tool(command: list[str], what: str) -> None:
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise WrapperError(f"{command[0]} not found (needed to {what})") from None
    if result.returncode != 0:
        raise WrapperError(f"{shlex.join(command)} failed ({what}):\n{result.stderr.rstrip()}")


def native_object(ir_path: Path, work_dir: Path, label: str, relocation_model: str) -> Path:
    """Optimize one crate's module with gpuopt and compile it with llc-22 -O2."""
    optimized = work_dir / f"{label}.opt.ll"
    run = run_gpuopt(gpuopt_arguments(ir_path, optimized))
    if run.status != 0:
        raise WrapperError(f"gpuopt could not optimize crate {label}:\n{run.messages.rstrip()}")
    sys.stderr.write(run.messages)  # notes, if any
    obj = work_dir / f"{label}.gpuopt.o"
    _run_tool([LLC, "-O2", "-filetype=obj", f"-relocation-model={relocation_model}",
               str(optimized), "-o", str(obj)], f"compile crate {label}")
    if save_dir := os.environ.get(SAVE_DIR_VARIABLE):
        # cargo compiles crates concurrently: each copy lands under a temporary name first
        Path(save_dir).mkdir(parents=True, exist_ok=True)
        for kept, suffix in ((ir_path, ".ll"), (optimized, ".opt.ll"), (obj, ".o")):
            temporary = Path(save_dir) / f".{label}{suffix}.tmp"
            shutil.copyfile(kept, temporary)
            os.replace(temporary, Path(save_dir) / f"{label}{suffix}")
    return obj


# --- rlibs --------------------------------------------------------------------

def replace_rlib_object(rlib: Path, obj: Path, work_dir: Path) -> None:
    """Put ``obj`` in place of the rlib's one object member (a renamed copy)."""
    listing = subprocess.run([LLVM_AR, "t", str(rlib)], capture_output=True, text=True,
                             check=False)
    if listing.returncode != 0:
        raise WrapperError(f"cannot read {rlib}: {listing.stderr.strip()}")
    members = [name for name in listing.stdout.splitlines() if name.endswith(".rcgu.o")]
    if len(members) != 1:
        raise WrapperError(f"{rlib} holds {len(members)} objects, expected one "
                           "(codegen-units=1)")
    named = work_dir / members[0]  # ar names a member after its file
    shutil.copyfile(obj, named)
    temporary = rlib.with_name(f".{rlib.name}.gpuopt-tmp")
    shutil.copyfile(rlib, temporary)
    try:
        _run_tool([LLVM_AR, "r", str(temporary), str(named)], f"update {rlib.name}")
        os.replace(temporary, rlib)
    finally:
        temporary.unlink(missing_ok=True)


# --- executables: the link mode ----------------------------------------------------

def write_launcher(path: Path, *arguments: str) -> Path:
    """A shell script that runs this copy of ``gpuopt.build.rust`` with ``ARGUMENTS``
    and its own arguments: a ``-C linker=`` or ``RUSTC_WRAPPER`` when gpuopt is not
    installed as a command."""
    source_root = Path(__file__).resolve().parents[2]
    path.write_text(
        "#!/bin/sh\n"
        f"PYTHONPATH={shlex.quote(str(source_root))}${{PYTHONPATH:+:$PYTHONPATH}} "
        f"exec {shlex.join([sys.executable, '-m', 'gpuopt.build.rust', *arguments])} \"$@\"\n")
    path.chmod(0o755)
    return path


def write_linker_launcher(work_dir: Path, crate: CrateCompile, ir_path: Path) -> Path:
    """A program rustc can call as its linker: this module's link mode, with the
    crate's facts in a file beside it."""
    config = work_dir / "link.json"
    config.write_text(json.dumps({
        "linker": crate.linker, "ir": str(ir_path), "label": crate.label,
        "crate_name": crate.crate_name, "relocation_model": crate.relocation_model}))
    # a gcc-style name keeps rustc's choice of linker flavour
    return write_launcher(work_dir / "cc", LINK_MODE, str(config))


def crate_object_index(link_args: Sequence[str], crate_name: str, label: str) -> int:
    """Where the crate's own object (``LABEL.CRATE.HASH-cgu.0.rcgu.o``) is in the link line."""
    pattern = re.compile(re.escape(f"{label}.{crate_name}.") + r"[0-9a-f]+-cgu\.0\.rcgu\.o")
    found = [index for index, arg in enumerate(link_args)
             if pattern.fullmatch(os.path.basename(arg))]
    if len(found) != 1:
        raise WrapperError(f"found {len(found)} objects of crate {label} in rustc's link "
                           "line, expected one")
    return found[0]


def link_main(config_path: str, link_args: list[str]) -> int:
    """Link mode: optimize the executable crate's module, swap its object, link."""
    config = json.loads(Path(config_path).read_text())
    work_dir = Path(config_path).parent
    index = crate_object_index(link_args, config["crate_name"], config["label"])
    obj = native_object(Path(config["ir"]), work_dir, config["label"], config["relocation_model"])
    linked = [*link_args[:index], str(obj), *link_args[index + 1:]]
    try:
        return subprocess.run([config["linker"], *linked], check=False).returncode
    except FileNotFoundError:
        raise WrapperError(f"linker `{config['linker']}` not found") from None


# --- the wrapper ----------------------------------------------------------------

def describe_compiler(rustc: str) -> int:
    """``rustc -vV`` with a line naming this wrapper and its pipeline.  Cargo's
    fingerprints hash this text: a target folder built without the wrapper, or
    with another pipeline, is rebuilt rather than taken as fresh."""
    result = subprocess.run([rustc, "-vV"], capture_output=True, text=True, check=False)
    sys.stderr.write(result.stderr)
    if result.returncode != 0:
        return result.returncode
    passes = os.environ.get("GPUOPT_RUSTC_PASSES", STANDARD_PIPELINE)
    sys.stdout.write(result.stdout + f"{TOOL}: gpuopt -passes={passes}, {LLC} -O2\n")
    return 0


def compile_crate(crate: CrateCompile) -> int:
    """rustc with the module kept; then gpuopt and llc replace rustc's object."""
    with tempfile.TemporaryDirectory(prefix="gpuopt-rustc-") as scratch:
        work_dir = Path(scratch)
        ir_path = work_dir / f"{crate.label}.ll"
        launcher = (write_linker_launcher(work_dir, crate, ir_path)
                    if crate.crate_type == "bin" else None)
        # close_fds=False: rustc shares cargo's jobserver through inherited descriptors
        status = subprocess.run(rustc_command(crate, ir_path, launcher), check=False,
                                close_fds=False).returncode
        if status != 0 or crate.crate_type == "bin":
            return status  # rustc's own messages; an executable was linked through the launcher
        if not crate.rlib.is_file():
            raise WrapperError(f"rustc wrote no {crate.rlib}")
        try:
            replace_rlib_object(crate.rlib,
                                native_object(ir_path, work_dir, crate.label,
                                              crate.relocation_model), work_dir)
        except WrapperError:
            crate.rlib.unlink(missing_ok=True)  # never leave rustc's object for cargo to reuse
            raise
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv[:1] == [LINK_MODE] and len(argv) >= 2:
            return link_main(argv[1], argv[2:])
        if not argv:
            raise WrapperError("usage: RUSTC_WRAPPER=gpuopt-rustc cargo build  "
                               "(or: gpuopt-rustc rustc ARGS...)")
        if argv[1:] == ["-vV"]:
            return describe_compiler(argv[0])
        crate = classify(argv[0], argv[1:])
        if crate is None:
            os.execvp(argv[0], argv)  # not ours: rustc exactly as asked
        return compile_crate(crate)
    except WrapperError as failure:
        sys.stderr.write(f"{TOOL}: error: {failure}\n")
        return 1
    except UserError as failure:  # from the warm server's client
        sys.stderr.write(failure.render() + "\n")
        return 1
    except FileNotFoundError as failure:
        sys.stderr.write(f"{TOOL}: error: {failure.filename}: not found\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write(f"{TOOL}: interrupted\n")
        return 130


if __name__ == "__main__":
    sys.exit(main())
