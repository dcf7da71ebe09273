"""Raw HTTP/1.1 for hostile-client tests (an HTTP client library refuses to send
malformed headers or to stop reading), and the resources a process holds."""

from __future__ import annotations

import asyncio
import os
import socket

import orjson


async def exchange(port: int, data: bytes, *, timeout_s: float = 10) -> tuple[int, dict[str, str], bytes]:
    """Sends `data` as is on a new connection; (status, headers lower-cased, body) of the answer."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(data)
        await writer.drain()
        return await read_response(reader, timeout_s=timeout_s)
    finally:
        writer.close()


async def read_response(reader: asyncio.StreamReader, *, timeout_s: float = 10) -> tuple[int, dict[str, str], bytes]:
    async with asyncio.timeout(timeout_s):
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ")[1])
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        body = await reader.readexactly(length) if length else b""
    return status, headers, body


def request(method: str, path: str, *, headers: list[tuple[bytes, bytes]] = (), body: bytes = b"") -> bytes:
    head = [f"{method} {path} HTTP/1.1".encode(), b"Host: 127.0.0.1"]
    head += [name + b": " + value for name, value in headers]
    if body or method in ("POST", "PUT", "PATCH"):
        head.append(b"Content-Length: " + str(len(body)).encode())
    return b"\r\n".join(head) + b"\r\n\r\n" + body


def json_error(body: bytes) -> dict:
    """The OpenAI-shaped error object of an answer (fails the test if it is not one)."""
    payload = orjson.loads(body)
    assert set(payload) == {"error"} and {"message", "type", "param", "code"} <= set(payload["error"]), payload
    return payload["error"]


def open_fds(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


def sockets_to(pid: int, port: int, *, local: bool = False) -> int:
    """Established TCP connections of process `pid` whose remote port (`local`: own port) is `port`."""
    inodes = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = open(table).read().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            fields = row.split()
            address = fields[1] if local else fields[2]
            if int(address.rsplit(":", 1)[1], 16) == port and fields[9] in inodes and fields[3] == "01":
                count += 1  # 01 = ESTABLISHED
    return count


def small_window_socket() -> socket.socket:
    """A client socket with a tiny receive buffer, so a server's writes to it block soon."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.setblocking(False)
    return sock
