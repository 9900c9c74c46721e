"""The ``gpuopt`` command, with opt's conventions.

    gpuopt [-passes=PIPELINE] [-S] [-o FILE] [INPUT]
    gpuopt [-passes=PIPELINE] INPUT... --output-dir DIR
    gpuopt --ray[=ADDRESS] [-passes=PIPELINE] INPUT...  (cluster/: across a Ray cluster)
    gpuopt serve [--socket PATH] [--device D]      (server.py)
    gpuopt watch [DIR] [--build CMD]               (build/watch.py)
    gpuopt --server[=PATH] ARGS...                  (the same command, run by a server)

Reads textual IR (``-`` or no INPUT: stdin), runs the pipeline on the chosen
device, and writes textual IR (stdout unless ``-o FILE``; with several inputs,
one file per input in ``--output-dir``).  Outputs go to temporary files renamed
into place once every input has been optimized, so a failed run never leaves a
partial or truncated file.

This module imports NumPy and the passes only inside ``run``: the client side
of ``--server`` must start in milliseconds.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, NoReturn, TextIO

from gpuopt.diagnostics import TOOL, SourceError, UserError, error_at

_BITCODE_MAGIC = (b"BC\xc0\xde", b"\xde\xc0\x17\x0b")


@dataclass
class Streams:
    """Where a run reads standard input and writes its output and messages
    (the process's own streams, or a server request's buffers)."""

    stdin: BinaryIO
    stdout: TextIO
    stderr: TextIO

    @staticmethod
    def process() -> Streams:
        return Streams(sys.stdin.buffer, sys.stdout, sys.stderr)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # opt's wording for an unknown option; argparse's for the rest
        unknown = "unrecognized arguments: "
        if message.startswith(unknown):
            first = message[len(unknown):].split(" ")[0]
            raise UserError(f"error: Unknown command line argument '{first}'.  "
                            f"Try: '{TOOL} --help'")
        raise UserError(f"error: {message} (see '{TOOL} --help')")


def arguments() -> _Parser:
    parser = _Parser(
        prog=TOOL, allow_abbrev=False,
        description="Optimize LLVM IR with data-parallel passes on the CPU (NumPy) or an "
                    "NVIDIA GPU (CuPy). Reads and writes textual IR; bitcode output is not "
                    "supported yet, so output is always text, with or without -S. "
                    "'gpuopt serve' starts a warm server (see 'gpuopt serve --help'), 'gpuopt "
                    "watch' rebuilds a C project on every change (see 'gpuopt watch --help'); "
                    "'--server[=SOCKET]' before the other arguments sends the run to it.")
    parser.add_argument("inputs", nargs="*", default=["-"], metavar="INPUT",
                        help="textual IR files ('-' or none: standard input); several "
                             "inputs need --output-dir or -disable-output")
    parser.add_argument("-passes", "--passes", default="", metavar="PIPELINE",
                        help="opt's pipeline text, e.g. 'function(instsimplify,dce)'")
    parser.add_argument("-o", dest="output", default=None, metavar="FILE",
                        help="output file ('-': standard output, the default)")
    parser.add_argument("--output-dir", default=None, metavar="DIR",
                        help="write each input's result to DIR under the input's file name")
    parser.add_argument("-S", action="store_true",
                        help="write textual IR (always the case: bitcode is not supported)")
    parser.add_argument("-disable-output", "--disable-output", action="store_true",
                        help="run the passes but write nothing")
    parser.add_argument("-time-passes", "--time-passes", action="store_true",
                        help="print a per-pass timing table on stderr (summed over inputs)")
    parser.add_argument("-stats", "--stats", action="store_true",
                        help="print what each pass changed on stderr (summed over inputs)")
    parser.add_argument("-print-after-all", "--print-after-all", action="store_true",
                        help="print the module on stderr after every pass")
    parser.add_argument("-verify-each", "--verify-each", action="store_true",
                        help="verify the module after every pass")
    # what each pass did (report/): opt's -print-changed, and an HTML page
    parser.add_argument("-print-changed", "--print-changed", nargs="?", const="",
                        default=None, metavar="MODE",
                        help="print on stderr each function after each pass that changed it, "
                             "as opt does; MODE: quiet, diff, diff-quiet, cdiff, cdiff-quiet")
    parser.add_argument("-filter-print-funcs", "--filter-print-funcs", action="append",
                        default=None, metavar="NAMES",
                        help="-print-changed and -print-after-all show only these functions "
                             "(comma-separated; may be repeated)")
    parser.add_argument("--report", default=None, metavar="FILE",
                        help="write one self-contained HTML page: every function's CFG "
                             "before and after (graphviz dot), its diff after each pass that "
                             "changed it, and time and changes per pass")
    parser.add_argument("--store", default=None, metavar="PATH",
                        help="a per-function store: functions optimized before (same body, "
                             "same pipeline, same gpuopt) are reused, the rest are optimized "
                             "together and stored (created when missing)")
    parser.add_argument("--store-kind", default="sqlite", choices=("sqlite", "cozo"),
                        help="the store's database: sqlite (default) or cozo (CozoDB)")
    parser.add_argument("--device", default="cpu", choices=("cpu", "gpu", "auto"),
                        help="where the passes run: cpu (NumPy, default), gpu (CuPy), or auto "
                             "(the GPU when CuPy sees one and the input is large)")
    parser.add_argument("--ray", nargs="?", const="local", default=None, metavar="ADDRESS",
                        help="shard the batch across a Ray cluster (whole modules, and the "
                             "functions of larger ones): one warm worker per "
                             "GPU (--device gpu or auto) or per CPU; ADDRESS (host:port, "
                             "ray://..., auto) joins a running cluster, none or 'local' starts "
                             "one on this machine. Write --ray=ADDRESS before the inputs")
    parser.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N",
                        help="N worker processes on this machine share the batch, as --ray "
                             "shards it (whole modules, and the functions of larger ones); "
                             "with --device gpu they share the GPU. Default 1: this process "
                             "alone")
    return parser


def _jobs(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 256:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of jobs from 1 to 256")
    return int(text)


def read_source(path: str, stdin: BinaryIO) -> tuple[str, str]:
    """(text, name for messages) of the input; UserError when it is not text IR."""
    name = "<stdin>" if path == "-" else path
    try:
        data = stdin.read() if path == "-" else Path(path).read_bytes()
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


def _destinations(options: argparse.Namespace) -> list[str | None]:
    """Where each input's result goes: a path, '-' (stdout), or None (nowhere)."""
    inputs: list[str] = options.inputs
    if inputs.count("-") > 1:
        raise UserError("error: standard input ('-') can be given only once")
    if options.output is not None and options.output_dir is not None:
        raise UserError("error: give -o FILE or --output-dir DIR, not both")
    if options.disable_output:
        return [None] * len(inputs)
    if options.output_dir is None:
        if len(inputs) > 1:
            raise UserError(f"error: {len(inputs)} input files: give --output-dir DIR for "
                            "their results (or -disable-output)")
        return [options.output or "-"]
    directory = Path(options.output_dir)
    if not directory.is_dir():
        raise UserError(f"{options.output_dir}: error: output directory does not exist")
    names = ["stdin.ll" if path == "-" else Path(path).name for path in inputs]
    seen: dict[str, str] = {}
    for path, name in zip(inputs, names, strict=True):
        if name in seen:
            raise UserError(f"error: inputs {seen[name]} and {path} would both be written to "
                            f"{directory / name}")
        seen[name] = path
    return [str(directory / name) for name in names]


class _PendingOutputs:
    """Outputs written to temporary files beside their destinations, renamed
    into place together by ``commit``; ``discard`` removes them.  A
    destination that exists and is not a regular file (``/dev/null``, a pipe)
    is written in place at commit: renaming over it would replace the device."""

    def __init__(self) -> None:
        self.staged: list[tuple[str, str]] = []
        self.in_place: list[tuple[str, str]] = []

    def stage(self, path: str, text: str) -> None:
        if os.path.exists(path) and not os.path.isfile(path):
            self.in_place.append((path, text))
            return
        directory = os.path.dirname(os.path.abspath(path))
        try:
            handle, temporary = tempfile.mkstemp(prefix=".gpuopt-", suffix=".tmp",
                                                 dir=directory)
        except OSError as failure:
            raise UserError(f"{path}: error: cannot write output: {failure.strerror}") from None
        self.staged.append((temporary, path))
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(text)
        except OSError as failure:
            raise UserError(f"{path}: error: cannot write output: {failure.strerror}") from None

    def commit(self) -> None:
        for temporary, path in self.staged:
            os.replace(temporary, path)
        self.staged = []
        for path, text in self.in_place:
            try:
                with open(path, "w", encoding="utf-8") as out:
                    out.write(text)
            except OSError as failure:
                raise UserError(f"{path}: error: cannot write output: "
                                f"{failure.strerror}") from None
        self.in_place = []

    def discard(self) -> None:
        for temporary, _ in self.staged:
            if os.path.exists(temporary):
                os.unlink(temporary)
        self.staged = []
        self.in_place = []


@dataclass
class Prepared:
    """A run with its options checked and its inputs read, before the passes."""

    options: argparse.Namespace
    destinations: list[str | None]   # absolute paths, '-' or None
    sources: list[tuple[str, str]]   # (text, name for messages)

    def gathering_key(self) -> tuple[object, ...] | None:
        """Runs with equal keys may share one batch (the server gathers them);
        None: this run goes alone (its messages describe its own modules)."""
        o = self.options
        if o.stats or o.time_passes or o.print_after_all or o.verify_each \
                or o.print_changed is not None or o.report is not None:
            return None
        return (o.passes, o.device, o.store, o.store_kind, o.disable_output, o.ray, o.jobs)


def prepare(argv: list[str], streams: Streams) -> Prepared:
    options = arguments().parse_args(argv)
    if options.ray is not None:
        _check_ray_options(options)
    if options.jobs > 1:
        _check_jobs_options(options)
    destinations = [path if path in (None, "-") else os.path.abspath(path)
                    for path in _destinations(options)]
    if options.store is not None and (options.print_after_all or options.verify_each):
        raise UserError("error: --store cannot be combined with -print-after-all or "
                        "-verify-each (they show whole modules; a stored run optimizes "
                        "functions one by one)")
    if options.store is not None and (options.print_changed is not None or options.report):
        raise UserError("error: --store cannot be combined with -print-changed or --report "
                        "(a stored run does not run the passes on the functions it reuses)")
    sources = [read_source(path, streams.stdin) for path in options.inputs]
    return Prepared(options, destinations, sources)


def _check_ray_options(options: argparse.Namespace) -> None:
    from gpuopt.cluster.pool import ADDRESS

    if not ADDRESS.fullmatch(options.ray):
        # '--ray a.ll': argparse took the first input for the address
        options.inputs = [options.ray] + [path for path in options.inputs if path != "-"]
        options.ray = "local"
    _refuse_whole_module_views(options, "--ray", "on many workers")


def _check_jobs_options(options: argparse.Namespace) -> None:
    if options.ray is not None:
        raise UserError("error: --jobs and --ray are two ways to share a batch: give one")
    _refuse_whole_module_views(options, "--jobs", "in several processes")


def _refuse_whole_module_views(options: argparse.Namespace, flag: str, where: str) -> None:
    if options.print_after_all or options.verify_each or options.print_changed is not None \
            or options.report is not None:
        raise UserError(f"error: {flag} cannot be combined with -print-after-all, -verify-each, "
                        "-print-changed or --report (they follow whole modules through the "
                        f"passes; a {flag} run optimizes functions {where})")


def _pool(options: argparse.Namespace) -> Any:
    """The workers of a --ray or --jobs run (cluster/)."""
    if options.ray is not None:
        from gpuopt.cluster.pool import RayPool

        return RayPool.get(options.ray, options.device)
    from gpuopt.cluster.local import LocalPool

    return LocalPool.get(options.jobs, options.device)


def _pool_run_ended(options: argparse.Namespace) -> None:
    if options.ray is not None:
        from gpuopt.cluster.pool import RayPool

        RayPool.run_ended()
    elif options.jobs > 1:
        from gpuopt.cluster.local import LocalPool

        LocalPool.run_ended()


def optimize(options: argparse.Namespace, sources: list[tuple[str, str]],
             messages: TextIO) -> tuple[list[str], Any]:
    """The outputs of ``sources`` under ``options``, and the Batch that made them."""
    from gpuopt.batch import Batch  # the passes and NumPy: only when there is work
    from gpuopt.report import batch_options

    batch = Batch(options.passes, options.device, messages,
                  verify_each=options.verify_each, print_after_all=options.print_after_all,
                  **batch_options(options))
    shared = options.ray is not None or options.jobs > 1
    if options.store is None and not shared:
        return batch.optimize_all(sources, printed=not options.disable_output), batch
    from gpuopt.store.incremental import OpenStores, UnitOptimizer, optimize_with_store

    optimize_units: UnitOptimizer | None = None
    try:
        if shared:
            from gpuopt.cluster.dispatch import optimize_sources
            from gpuopt.cluster.dispatch import optimize_units as on_cluster

            pool = _pool(options)
            if options.store is None:
                return optimize_sources(batch, pool, options.passes, sources), batch
            optimize_units = lambda units: on_cluster(batch, pool, options.passes,  # noqa: E731
                                                      units)
        store = None if options.store is None else OpenStores.get(options.store,
                                                                   options.store_kind)
        return optimize_with_store(batch, store, options.passes, sources, optimize_units), batch
    finally:
        OpenStores.run_ended()
        _pool_run_ended(options)


@contextmanager
def _signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM wait until the block ends, then act: the outputs are
    renamed into place all together or, when interrupted earlier, not at all."""
    if threading.current_thread() is not threading.main_thread():
        yield  # (the server's threads: signals go to its main thread anyway)
        return
    caught: list[int] = []
    held = (signal.SIGINT, signal.SIGTERM)
    previous = {signum: signal.signal(signum, lambda signum, _: caught.append(signum))
                for signum in held}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if caught:
            signal.raise_signal(caught[0])


def finish(prepared: Prepared, outputs: list[str], batch: Any, streams: Streams) -> int:
    """Write the outputs (all renamed into place, or none) and the reports."""
    pending = _PendingOutputs()
    try:
        for output, destination in zip(outputs, prepared.destinations, strict=True):
            if destination == "-":
                streams.stdout.write(output)
                streams.stdout.flush()
            elif destination is not None:
                pending.stage(destination, output)
        with _signals_held():
            pending.commit()
    finally:
        pending.discard()
    if prepared.options.stats:
        streams.stderr.write(batch.statistics())
    if prepared.options.time_passes:
        streams.stderr.write(batch.timing())
    if prepared.options.report is not None:
        from gpuopt.report.html import summary_of, write_report

        write_report(prepared.options.report, summary_of(batch, prepared.options.passes),
                     streams.stderr)
    return 0


def run(argv: list[str], streams: Streams) -> int:
    """One run of the command on ``argv``; returns the exit status."""
    prepared = prepare(argv, streams)
    outputs, batch = optimize(prepared.options, prepared.sources, streams.stderr)
    return finish(prepared, outputs, batch, streams)


def run_guarded(argv: list[str], streams: Streams) -> int:
    """``run`` with user errors reported in opt's format (exit status 1)."""
    from gpuopt.transforms.verify import VerificationError

    try:
        return run(argv, streams)
    except (SourceError, UserError) as failure:
        streams.stderr.write(failure.render() + "\n")
        return 1
    except VerificationError as failure:
        streams.stderr.write(f"{TOOL}: error: invalid module {failure} (this is a gpuopt bug)\n")
        return 1
    except MemoryError:
        # an address-space limit (ulimit -v) or a full machine: no output was
        # written (finish stages outputs and renames them only at the end)
        streams.stderr.write(f"{TOOL}: error: out of memory\n")
        return 1


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the run is so that it unwinds like ^C: staged
    outputs are removed and none is renamed into place."""


def _terminated(signum: int, frame: object) -> None:
    raise Terminated


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminated)
    try:
        if argv[:1] == ["serve"]:
            from gpuopt.server import serve_main
            return serve_main(argv[1:])
        if argv[:1] == ["watch"]:
            from gpuopt.build.watch import watch_main
            return watch_main(argv[1:])
        if argv and (argv[0] == "--server" or argv[0].startswith("--server=")):
            from gpuopt.server import client_main
            return client_main(argv)
        return run_guarded(argv, Streams.process())
    except UserError as failure:
        sys.stderr.write(failure.render() + "\n")
        return 1
    except Terminated:
        sys.stderr.write(f"{TOOL}: terminated\n")
        return 128 + signal.SIGTERM
    except KeyboardInterrupt:
        sys.stderr.write(f"{TOOL}: interrupted\n")
        return 130
    except BrokenPipeError:
        return 1


if __name__ == "__main__":
    sys.exit(main())
