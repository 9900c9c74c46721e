"""The warm server: ``gpuopt serve`` and ``gpuopt --server ...``.

A run of the command pays for Python's start, NumPy's and the passes' imports
and, on the GPU, the CUDA context and every kernel's first compilation.  The
server pays once and keeps them: each request is a command line (with the
client's working directory and standard input) that the server runs exactly
as ``gpuopt`` would, so output, messages and exit status are the same.
Requests are read concurrently and run one at a time, in arrival order, on
the one warm engine.

The wire format is in wire.py, which clients import without NumPy.  Besides
runs, the server takes gpuopt-cc's whole compile steps (build/compile.py):
their front end and code generator run in the connection's own thread, in
parallel with other requests, and only gpuopt's part queues for the engine.
"""

from __future__ import annotations

import argparse
import io
import os
import signal
import socket
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gpuopt.cli import Prepared, Streams, arguments, finish, optimize, prepare, run_guarded
from gpuopt.diagnostics import TOOL, UserError
from gpuopt.passes import STANDARD_PIPELINE
from gpuopt.wire import (
    NoAnswer,
    Reply,
    default_socket,
    listening,
    print_reply,
    receive_exactly,
    receive_header,
    send,
)
from gpuopt.wire import request as send_to_server

# --- the server -------------------------------------------------------------

@dataclass
class _Request:
    argv: list[str]
    cwd: str
    stdin: bytes
    done: threading.Event = field(default_factory=threading.Event)
    reply: tuple[int, bytes, bytes] = (70, b"", b"")


class _Engine:
    """Runs requests on one warm worker thread: the passes, the working
    directory and the device are shared state.  Requests that arrive while
    it works are taken together: those whose runs agree on pipeline, device
    and store are optimized as one batch (``make -j16``'s compiles share
    every launch), and each client gets the output, messages and status its
    run alone would give."""

    def __init__(self, device: str, ray: str | None = None) -> None:
        self.device = device
        self.ray = ray           # --ray's address for every request, when the server has one
        self.served = 0
        self.gathered = 0        # requests that shared a batch with another
        self.busy = False
        self._queue: list[_Request] = []
        self._wakeup = threading.Condition()
        threading.Thread(target=self._work, daemon=True).start()

    def run(self, argv: list[str], cwd: str, stdin: bytes) -> tuple[int, bytes, bytes]:
        request = _Request(argv, cwd, stdin)
        with self._wakeup:
            self._queue.append(request)
            self._wakeup.notify()
        request.done.wait()
        return request.reply

    def _work(self) -> None:
        while True:
            with self._wakeup:
                while not self._queue:
                    self.busy = False
                    self._wakeup.wait()
                self.busy = True
                taken, self._queue = self._queue, []
            try:
                self._serve(taken)
            finally:
                for request in taken:
                    request.done.set()
                self.served += len(taken)

    def _serve(self, requests: list[_Request]) -> None:
        groups: dict[tuple[object, ...], list[tuple[_Request, Prepared, io.StringIO]]] = {}
        for request in requests:
            err = io.StringIO()
            streams = Streams(io.BytesIO(request.stdin), io.StringIO(), err)
            argv = self._argv(request)
            if not self._enter(request):
                continue
            try:
                prepared = prepare(argv, streams)
            except Exception:
                self._alone(request, argv)
                continue
            key = prepared.gathering_key()
            if key is None or "-" in prepared.destinations:
                self._alone(request, argv)
                continue
            groups.setdefault(key, []).append((request, prepared, err))
        for members in groups.values():
            if len(members) == 1:
                self._alone(members[0][0], self._argv(members[0][0]))
            else:
                self._together(members)

    def _argv(self, request: _Request) -> list[str]:
        # the request's own --device (and --ray) wins
        ray = [] if self.ray is None else [f"--ray={self.ray}"]
        return ["--device", self.device, *ray, *request.argv]

    def _enter(self, request: _Request) -> bool:
        try:
            os.chdir(request.cwd)
        except OSError as failure:
            request.reply = (1, b"", f"{TOOL}: error: server cannot enter {request.cwd}: "
                                     f"{failure.strerror}\n".encode())
            return False
        return True

    def _alone(self, request: _Request, argv: list[str]) -> None:
        if not self._enter(request):
            return
        out, err = io.StringIO(), io.StringIO()
        try:
            status = run_guarded(argv, Streams(io.BytesIO(request.stdin), out, err))
        except Exception:  # a gpuopt bug: report it to this client, keep serving
            err.write(f"{TOOL}: internal error (this is a gpuopt bug):\n"
                      + traceback.format_exc())
            status = 70
        request.reply = (status, out.getvalue().encode(), err.getvalue().encode())

    def _together(self, members: list[tuple[_Request, Prepared, io.StringIO]]) -> None:
        """One batch for all members' modules; any failure (a bad input is
        reported at its own file) sends every member back to run alone."""
        sources = [source for _, prepared, _ in members for source in prepared.sources]
        messages = io.StringIO()
        try:
            outputs, batch = optimize(members[0][1].options, sources, messages)
        except Exception:
            for request, _, _ in members:
                self._alone(request, self._argv(request))
            return
        start = 0
        for request, prepared, err in members:
            mine = outputs[start:start + len(prepared.sources)]
            start += len(prepared.sources)
            err.write(messages.getvalue())  # notes (a module the GPU had no room for)
            try:
                status = finish(prepared, mine, batch, Streams(io.BytesIO(), io.StringIO(), err))
            except UserError as failure:
                err.write(failure.render() + "\n")
                status = 1
            request.reply = (status, b"", err.getvalue().encode())
        self.gathered += len(members)


def _handle(engine: _Engine, connection: socket.socket, stop: threading.Event) -> None:
    with connection:
        try:
            header = receive_header(connection)
            if header.get("stop"):
                send(connection, {"status": 0, "stdout": 0, "stderr": 0})
                stop.set()
                return
            if "compile" in header:
                status, out, err = _compile(engine, header)
            else:
                stdin = receive_exactly(connection, int(header.get("stdin", 0)))
                argv = [str(arg) for arg in header.get("argv", [])]
                status, out, err = engine.run(argv, str(header.get("cwd", "/")), stdin)
            send(connection, {"status": status, "stdout": len(out), "stderr": len(err)},
                  out, err)
        except (ConnectionError, OSError, ValueError, TypeError):
            return  # a client that went away or spoke garbage: nothing to answer


def _compile(engine: _Engine, header: dict[str, Any]) -> Reply:
    """A gpuopt-cc compile step, with gpuopt's part run on the engine."""
    from gpuopt.build.compile import Context, compile_arguments

    args, env = header["compile"], header.get("env", {})
    if not isinstance(args, list) or not isinstance(env, dict):
        raise ValueError("a compile request needs a list of arguments and an environment")
    context = Context(cwd=str(header.get("cwd", "/")),
                      env={str(key): str(value) for key, value in env.items()},
                      color=bool(header.get("color")),
                      gpuopt=lambda argv, cwd: engine.run(argv, cwd, b""), via="server")
    try:
        status = compile_arguments([str(arg) for arg in args], context)
    except Exception:  # a gpuopt bug: report it to this client, keep serving
        context.say("internal error (this is a gpuopt bug):\n" + traceback.format_exc())
        status = 70
    return status, context.out.getvalue(), context.err.getvalue()


def _bind(path: str) -> socket.socket:
    if len(path.encode()) > 100:
        raise UserError(f"{path}: error: socket path too long for a Unix socket")
    Path(path).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.path.exists(path):
        if listening(path):
            raise UserError(f"{path}: error: a gpuopt server is already running here")
        os.unlink(path)  # left by a server that died
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    os.chmod(path, 0o600)
    listener.listen(64)
    return listener


def _serve_arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=f"{TOOL} serve", allow_abbrev=False,
        description="Keep a warm gpuopt (imports, CUDA context, compiled kernels) that "
                    "'gpuopt --server ARGS...' sends its runs to.")
    parser.add_argument("--socket", default=None,
                        help="the Unix socket to listen on (default: $GPUOPT_SERVER, else "
                             "gpuopt.sock in $XDG_RUNTIME_DIR or /tmp/gpuopt-UID/server.sock)")
    parser.add_argument("--device", default="cpu", choices=("cpu", "gpu", "auto"),
                        help="the default device of requests that name none")
    parser.add_argument("--warm", nargs="*", default=[], metavar="FILE",
                        help="run the standard pipeline on these IR files at start, so that "
                             "the GPU's kernels are compiled before the first request")
    parser.add_argument("--ray", nargs="?", const="local", default=None, metavar="ADDRESS",
                        help="run every request across a Ray cluster, whose workers stay warm "
                             "between requests (as 'gpuopt --ray'; none or 'local' starts one "
                             "on this machine)")
    parser.add_argument("--idle-exit", type=float, default=0.0, metavar="SECONDS",
                        help="exit after this long without a request (0: never)")
    parser.add_argument("--stop", action="store_true",
                        help="ask the server on the socket to exit, and wait for it")
    return parser


def serve_main(argv: list[str]) -> int:
    options = _serve_arguments().parse_args(argv)
    path = options.socket or default_socket()
    if options.stop:
        return _stop(path)
    import gpuopt.batch  # noqa: F401  (the passes and NumPy, before the first request)
    from gpuopt.cluster.local import LocalPool
    from gpuopt.store.incremental import OpenStores

    OpenStores.keep = True  # stores stay open between requests: one process writes them
    LocalPool.keep = True  # a request's --jobs workers stay warm for the next
    if options.ray is not None:
        from gpuopt.cluster.pool import RayPool

        RayPool.keep = True  # the workers stay warm between requests
        RayPool.get(options.ray, options.device)  # connect (and fail) before serving

    engine = _Engine(options.device, options.ray)
    for file in options.warm:
        status, _, err = engine.run(["-passes=" + STANDARD_PIPELINE, "-disable-output",
                                     os.path.abspath(file)], os.getcwd(), b"")
        if status:
            sys.stderr.write(err.decode())
            return status
    listener = _bind(path)
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    sys.stderr.write(f"{TOOL}: serving on {path} (device {options.device})\n")
    sys.stderr.flush()
    listener.settimeout(0.2)
    last = time.monotonic()
    try:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                if options.idle_exit and time.monotonic() - last > options.idle_exit \
                        and not engine.busy:
                    break
                continue
            connection.settimeout(None)
            last = time.monotonic()
            threading.Thread(target=_handle, args=(engine, connection, stop),
                             daemon=True).start()
    finally:
        listener.close()
        if os.path.exists(path):
            os.unlink(path)
    OpenStores.close_all()
    LocalPool.close_all()
    if options.ray is not None:
        from gpuopt.cluster.pool import RayPool

        RayPool.close_all()
    sys.stderr.write(f"{TOOL}: server stopped after {engine.served} requests "
                     f"({engine.gathered} of them shared a batch)\n")
    return 0


def _stop(path: str) -> int:
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.connect(path)
            send(connection, {"stop": True})
            receive_header(connection)
    except OSError:
        raise UserError(f"{path}: error: no gpuopt server is running here") from None
    for _ in range(100):  # the socket goes when the server has finished
        if not os.path.exists(path):
            break
        time.sleep(0.05)
    return 0


# --- the client ---------------------------------------------------------------

def send_request(path: str, argv: list[str], cwd: str, stdin: bytes = b"") -> Reply | None:
    """Run ``gpuopt ARGV`` on the server at ``path`` as if from ``cwd``:
    (status, stdout, stderr), or None when no server listens there."""
    try:
        return send_to_server(path, {"argv": argv, "cwd": cwd, "stdin": len(stdin)}, stdin)
    except NoAnswer as failure:
        raise UserError(str(failure)) from None


def client_main(argv: list[str]) -> int:
    """``gpuopt --server[=PATH] ARGS...``: run ARGS on the server, or directly
    (with a note) when none is listening."""
    first, rest = argv[0], argv[1:]
    path = first.split("=", 1)[1] if "=" in first else default_socket()
    try:
        options = arguments().parse_args(rest)
        needs_stdin = "-" in options.inputs
    except UserError:
        needs_stdin = False  # the server reports the mistake, as a direct run would
    if not listening(path):
        sys.stderr.write(f"{TOOL}: note: no server at {path}; running directly\n")
        return run_guarded(rest, Streams.process())
    stdin = sys.stdin.buffer.read() if needs_stdin else b""
    reply = send_request(path, rest, os.getcwd(), stdin)
    if reply is None:  # the server went away between the probe and the request
        sys.stderr.write(f"{TOOL}: note: no server at {path}; running directly\n")
        return run_guarded(rest, Streams(io.BytesIO(stdin), sys.stdout, sys.stderr))
    return print_reply(reply)
