"""Machine code for an optimized module, regenerated only where it changed.

Without a cache, one run of LLVM 22's code generator makes the object.  With
one (the build drivers keep it beside the entity store), the module is split
by ``llvm-split-22`` into partitions whose functions are placed by a hash of
their names, so an edit changes only its own partition's bytes; each
partition's object is looked up by a digest of its bitcode and the code
generator's command, and only the misses are generated (in parallel).  The
objects are then linked into one (``ld -r``) and every symbol the module did
not export is made local again (``objcopy``), since the split had to export
the functions and globals that partitions share.

A module built this way links and runs as the whole-module object does; the
bytes differ (code is laid out by partition), so a clean build through the
cache and a rebuild through it give the same object, but a build without it
gives another.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

# Enough partitions that an edit regenerates a small share of a file's code;
# few enough that a clean build does not pay a code-generator start per function.
MAX_PARTITIONS = 32
LLVM_SPLIT = "llvm-split-22"

_NAME = r'(?:"[^"\n]*"|[-a-zA-Z$._0-9]+)'
_DEFINITION = re.compile(r"^define ([^@\n]*)@(" + _NAME + r")\(|^@(" + _NAME + r") = ([^\n]*)",
                         re.MULTILINE)
_LOCAL_LINKAGE = re.compile(r"\b(?:internal|private)\b")

Command = Callable[[Path, Path], list[str]]  # (input, output) -> the code generator's argv


@dataclass
class CodegenReport:
    partitions: int = 1
    generated: int = 1   # partitions whose code was generated (the rest came from the cache)


class CodegenError(RuntimeError):
    """A tool failed; the message holds its command and its error output."""


def generate_object(module: Path, output: Path, command: Command,
                    cache: Path | None) -> CodegenReport:
    """Write ``output``, the object of the IR file ``module`` (written
    through a temporary file: no partial object on failure)."""
    text = module.read_text(encoding="utf-8")
    definitions = sum(1 for found in _DEFINITION.finditer(text) if found.group(2))
    with tempfile.TemporaryDirectory(prefix="gpuopt-codegen-") as scratch:
        work = Path(scratch)
        if cache is None or definitions < 2:
            _run(command(module, work / "out.o"))
            shutil.move(work / "out.o", _temporary_beside(output))
            os.replace(_temporary_beside(output), output)
            return CodegenReport()
        count = min(definitions, MAX_PARTITIONS)
        _run([LLVM_SPLIT, "-j", str(count), "-o", str(work / "part"), str(module)])
        parts = [work / f"part{index}" for index in range(count)]
        keys = [_key(part, command) for part in parts]
        cache.mkdir(parents=True, exist_ok=True)
        missing = list({key: index for index, key in enumerate(keys)
                        if not (cache / key).exists()}.values())  # equal parts: once

        def generate(index: int) -> None:
            made = work / f"part{index}.o"
            _run(command(parts[index], made))
            stored = _temporary_beside(cache / keys[index])
            shutil.copyfile(made, stored)
            os.replace(stored, cache / keys[index])  # whole, or not there

        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            list(pool.map(generate, missing))
        linked = work / "linked.o"
        _run(["ld", "-r", "-o", str(linked), *(str(cache / key) for key in keys)])
        exported = work / "exported.txt"
        exported.write_text("".join(name + "\n" for name in exported_symbols(text)))
        final = _temporary_beside(output)
        _run(["objcopy", f"--keep-global-symbols={exported}", str(linked), str(final)])
        os.replace(final, output)
        return CodegenReport(count, len(missing))


def exported_symbols(text: str) -> list[str]:
    """Symbols the module defines for other objects: every definition not
    internal or private."""
    names = []
    for found in _DEFINITION.finditer(text):
        if found.group(2) is not None:
            linkage, name = found.group(1), found.group(2)
        else:
            name, linkage = found.group(3), found.group(4).split(" global ")[0] \
                .split(" constant ")[0].split(" alias ")[0]
            if linkage.split()[:1] in (["external"], ["extern_weak"]):
                continue  # a declaration
        if not _LOCAL_LINKAGE.search(linkage):
            names.append(name[1:-1] if name.startswith('"') else name)
    return names


def _key(part: Path, command: Command) -> str:
    digest = hashlib.sha256(part.read_bytes())
    digest.update("\0".join(command(Path("in"), Path("out"))).encode())
    return digest.hexdigest() + ".o"


def _temporary_beside(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def _run(argv: list[str]) -> None:
    result = subprocess.run(argv, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise CodegenError(f"{' '.join(argv)}: {result.stderr.strip()}")
