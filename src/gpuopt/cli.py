"""The ``gpuopt`` command, with opt's conventions.

    gpuopt [-passes=PIPELINE] [-S] [-o FILE] [INPUT]

Reads textual IR (``-`` or no INPUT: stdin), runs the pipeline on every
function at once on the chosen device, and writes textual IR (stdout unless
``-o FILE``).  Output goes to a temporary file renamed into place, so a
failed run never leaves a partial or truncated file.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import NoReturn

from gpuopt.backend import device_name, namespace, synchronize
from gpuopt.diagnostics import TOOL, SourceError, UserError, error_at
from gpuopt.ir.module import Module
from gpuopt.ir.printer import print_functions, print_module
from gpuopt.ir.reader import read_module
from gpuopt.passes.manager import PassRecord, Runner, build_plan, statistics_report, timing_report
from gpuopt.transforms.verify import VerificationError, verify

_BITCODE_MAGIC = (b"BC\xc0\xde", b"\xde\xc0\x17\x0b")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # opt's wording for an unknown option; argparse's for the rest
        unknown = "unrecognized arguments: "
        if message.startswith(unknown):
            first = message[len(unknown):].split(" ")[0]
            if not first.startswith("-"):
                raise UserError("error: Too many positional arguments specified: only one "
                                f"input file (see '{TOOL} --help')")
            raise UserError(f"error: Unknown command line argument '{first}'.  "
                            f"Try: '{TOOL} --help'")
        raise UserError(f"error: {message} (see '{TOOL} --help')")


def _arguments() -> _Parser:
    parser = _Parser(
        prog=TOOL, allow_abbrev=False,
        description="Optimize LLVM IR with data-parallel passes on the CPU (NumPy) or an "
                    "NVIDIA GPU (CuPy). Reads and writes textual IR; bitcode output is not "
                    "supported yet, so output is always text, with or without -S.")
    parser.add_argument("input", nargs="?", default="-",
                        help="textual IR file ('-' or absent: standard input)")
    parser.add_argument("-passes", "--passes", default="", metavar="PIPELINE",
                        help="opt's pipeline text, e.g. 'function(instsimplify,dce)'")
    parser.add_argument("-o", dest="output", default="-", metavar="FILE",
                        help="output file ('-': standard output, the default)")
    parser.add_argument("-S", action="store_true",
                        help="write textual IR (always the case: bitcode is not supported)")
    parser.add_argument("-disable-output", "--disable-output", action="store_true",
                        help="run the passes but write nothing")
    parser.add_argument("-time-passes", "--time-passes", action="store_true",
                        help="print a per-pass timing table on stderr")
    parser.add_argument("-stats", "--stats", action="store_true",
                        help="print what each pass changed on stderr")
    parser.add_argument("-print-after-all", "--print-after-all", action="store_true",
                        help="print the module on stderr after every pass")
    parser.add_argument("-verify-each", "--verify-each", action="store_true",
                        help="verify the module after every pass")
    parser.add_argument("--device", default="cpu", choices=("cpu", "gpu", "auto"),
                        help="where the passes run: cpu (NumPy, default), gpu (CuPy), or auto "
                             "(the GPU when CuPy sees one and the input is large)")
    return parser


def read_source(path: str) -> tuple[str, str]:
    """(text, name for messages) of the input; UserError when it is not text IR."""
    name = "<stdin>" if path == "-" else path
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except FileNotFoundError:
        raise UserError(f"{name}: error: Could not open input file: "
                        "No such file or directory") from None
    except IsADirectoryError:
        raise UserError(f"{name}: error: Could not open input file: Is a directory") from None
    except OSError as failure:
        raise UserError(f"{name}: error: Could not open input file: "
                        f"{failure.strerror}") from None
    if not data.strip():
        raise UserError(f"{name}: error: empty input: expected LLVM IR")
    if data.startswith(_BITCODE_MAGIC):
        raise UserError(f"{name}: error: bitcode input is not supported: give textual IR "
                        "(llvm-dis-22 converts)")
    nul = data.find(b"\0")
    if nul >= 0:
        # the whole line is shown (NUL as '?'); the column counts characters
        column = len(data[:nul].decode("utf-8", "replace"))
        raise error_at(name, data.decode("utf-8", "replace"), column,
                       "binary input: NUL byte in textual IR")
    try:
        return data.decode("utf-8"), name
    except UnicodeDecodeError as failure:
        text = data[:failure.start].decode("utf-8", "replace")
        raise error_at(name, text + data[failure.start:].decode("utf-8", "replace"),
                       len(text), f"invalid UTF-8 in input (byte 0x{data[failure.start]:02x}): "
                       "textual IR must be UTF-8") from None


def write_output(path: str, text: str) -> None:
    """Write ``text`` to ``path`` atomically ('-' is stdout)."""
    if path == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    directory = os.path.dirname(os.path.abspath(path))
    try:
        handle, temporary = tempfile.mkstemp(prefix=".gpuopt-", suffix=".tmp", dir=directory)
    except OSError as failure:
        raise UserError(f"{path}: error: cannot write output: {failure.strerror}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def run(argv: list[str]) -> int:
    options = _arguments().parse_args(argv)
    plan = build_plan(options.passes)
    phases: list[tuple[str, float]] = []
    start = time.perf_counter()
    text, name = read_source(options.input)
    module = read_module(text, name)
    phases.append(("read", time.perf_counter() - start))

    start = time.perf_counter()
    xp = namespace(options.device, module.n_instructions)
    module = module.to(xp)
    synchronize(xp)
    phases.append(("to device", time.perf_counter() - start))

    runner = Runner()
    if options.verify_each:
        runner.after_pass.append(_verify_after)
    if options.print_after_all:
        runner.after_pass.append(_print_after)
    module = runner.run(plan, module)

    start = time.perf_counter()
    module = module.to(__import__("numpy"))
    phases.append(("to host", time.perf_counter() - start))
    if not options.disable_output:
        start = time.perf_counter()
        output = print_module(module)
        phases.append(("print", time.perf_counter() - start))
        write_output(options.output, output)
    if options.stats:
        sys.stderr.write(statistics_report(runner.records))
    if options.time_passes:
        sys.stderr.write(timing_report(runner.records, phases, device_name(xp)))
    return 0


def _verify_after(record: PassRecord, module: Module) -> None:
    problems = verify(module)
    if problems:
        raise VerificationError(f"after {record.name}: " + "; ".join(problems))


def _print_after(record: PassRecord, module: Module) -> None:
    """opt's -print-after-all layout: each function after each function pass."""
    for name, text in print_functions(module):
        sys.stderr.write(f"; *** IR Dump After {record.llvm_class} on {name} ***\n{text}\n")


def main(argv: list[str] | None = None) -> int:
    try:
        return run(sys.argv[1:] if argv is None else argv)
    except (SourceError, UserError) as failure:
        sys.stderr.write(failure.render() + "\n")
        return 1
    except VerificationError as failure:
        sys.stderr.write(f"{TOOL}: error: invalid module {failure} (this is a gpuopt bug)\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write(f"{TOOL}: interrupted\n")
        return 130
    except BrokenPipeError:
        return 1


if __name__ == "__main__":
    sys.exit(main())
