"""The warm server's wire format, for its clients: the standard library only,
so that a build driver's compile reaches the server without NumPy's import.

A Unix socket, one request per connection: a 4-byte big-endian length, a
JSON header, then the payload bytes the header announces.

- a run: ``{"argv", "cwd", "stdin"}`` + stdin bytes;
- a compile step of gpuopt-cc: ``{"compile", "cwd", "env", "color"}``: the
  driver's arguments, its working directory and environment, and whether its
  standard error is a terminal (clang's colours);
- ``{"stop": true}``.

Every reply is ``{"status", "stdout", "stderr"}`` + their bytes.
"""

from __future__ import annotations

import json
import os
import socket
import struct
import sys
from typing import Any

HEADER = struct.Struct(">I")
MAX_HEADER = 1 << 20
Reply = tuple[int, bytes, bytes]  # (exit status, stdout, stderr)


class NoAnswer(ConnectionError):
    """The server took a request and closed the connection without answering."""


def default_socket() -> str:
    """$GPUOPT_SERVER, else gpuopt.sock in $XDG_RUNTIME_DIR, else in a private /tmp folder."""
    if path := os.environ.get("GPUOPT_SERVER"):
        return path
    if runtime := os.environ.get("XDG_RUNTIME_DIR"):
        return os.path.join(runtime, "gpuopt.sock")
    return f"/tmp/gpuopt-{os.getuid()}/server.sock"


def send(connection: socket.socket, header: dict[str, Any], *payloads: bytes) -> None:
    encoded = json.dumps(header).encode()
    connection.sendall(HEADER.pack(len(encoded)) + encoded + b"".join(payloads))


def receive_exactly(connection: socket.socket, size: int) -> bytes:
    chunks, left = [], size
    while left:
        chunk = connection.recv(min(left, 1 << 20))
        if not chunk:
            raise ConnectionError("connection closed early")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def receive_header(connection: socket.socket) -> dict[str, Any]:
    (size,) = HEADER.unpack(receive_exactly(connection, HEADER.size))
    if size > MAX_HEADER:
        raise ConnectionError(f"header of {size} bytes")
    header = json.loads(receive_exactly(connection, size))
    if not isinstance(header, dict):
        raise ConnectionError("header is not an object")
    return header


def request(path: str, header: dict[str, Any], payload: bytes = b"") -> Reply | None:
    """Send one request to the server at ``path``: its reply, None when no
    server listens there, NoAnswer when it took the request and went away."""
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        connection.connect(path)
    except OSError:
        connection.close()
        return None
    with connection:
        send(connection, header, payload)
        try:
            reply = receive_header(connection)
            out = receive_exactly(connection, int(reply["stdout"]))
            err = receive_exactly(connection, int(reply["stderr"]))
            return int(reply["status"]), out, err
        except (ConnectionError, KeyError, ValueError, TypeError):
            raise NoAnswer(f"{path}: error: the gpuopt server closed the connection "
                           "without an answer") from None


def print_reply(reply: Reply) -> int:
    """Write a reply's output to this process's streams; its exit status."""
    status, out, err = reply
    sys.stdout.buffer.write(out)
    sys.stdout.flush()
    sys.stderr.buffer.write(err)
    sys.stderr.flush()
    return status


def listening(path: str) -> bool:
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.connect(path)
    except OSError:
        return False
    finally:
        probe.close()
    return True
