"""The gateway's own upstream HTTP client: POSTs to providers over keep-alive
HTTP/1.1 connections, one pool per origin, TLS by asyncio's ssl support.

Why not aiohttp's client: it was ~21% of the gateway's CPU per request; this client
does only what the providers need (POST of a JSON body, answers with Content-Length,
chunked or until-close bodies, streamed as they arrive) with one `transport.write`
per request, no task, and one timer per wait instead of one reschedule per chunk.

Timeouts, as `aiohttp.ClientTimeout` (the Dispatcher's semantics): `connect` (or
`sock_connect`) bounds opening a connection, TCP and TLS; `sock_read` bounds every
wait for bytes (the first byte of the answer, then each gap between chunks);
`total` bounds the whole exchange, body included. A timeout is `TimeoutError`.

Reuse rule: an idle connection goes back to its pool only when its answer was read
to the end and both sides allow keep-alive; idle ones older than `keepalive_s`, and
ones the provider closed (seen by the event loop), are never handed out. A request is
re-sent (once, on a new connection) only when its reused connection failed the write
itself — the kernel took none of its bytes, so the provider cannot have seen it. A
connection that dies after the request left is never retried here (the provider may
have received it): the caller gets the error (`providers/http.py`: a retriable
`connect_error`, so the Dispatcher may try the next endpoint).
No proxy support: the gateway's settings have none.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import AsyncIterator, Mapping
from typing import Any
from urllib.parse import urlsplit

import aiohttp

from .connection import Connection, ConnectionClosed, Headers

Origin = tuple[str, str, int]
DEFAULT_PORTS = {"http": 80, "https": 443}
USER_AGENT = "gammainfra-gateway"


class Response:
    """A provider's answer: status and headers now, the body as it arrives.
    `release()` must follow (the adapters do it in `finally`/`close()`): it returns a
    finished connection to the pool and closes an unfinished one."""

    def __init__(self, conn: Connection, client: UpstreamClient, read_timeout: float | None,
                 deadline: float | None) -> None:
        self._conn: Connection | None = conn
        self._client = client
        self._read_timeout = read_timeout
        self._deadline = deadline
        self.status = conn.status
        self.headers: Headers = conn.headers
        self.content = self  # aiohttp's spelling, `response.content.iter_any()`, which the adapters use

    def _timeout(self) -> float | None:
        return _wait_limit(self._deadline, self._read_timeout)

    def _live(self) -> Connection:
        if self._conn is None:
            raise aiohttp.ClientConnectionError("the response was already released")
        return self._conn

    async def read(self) -> bytes:
        conn = self._live()
        while not conn.complete:
            await conn.wait(self._timeout())
        return conn.take_body()

    async def iter_any(self) -> AsyncIterator[bytes]:
        """Each piece of the body as it arrives (what one or more socket reads delivered)."""
        conn = self._live()
        while True:
            if conn.has_body:
                yield conn.take_body()
            elif conn.complete:
                return
            else:
                await conn.wait(self._timeout())

    def release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            self._client.release(conn)


class UpstreamClient:
    """One per process (the app owns it; `close()` at shutdown). Unbounded connections
    per origin, as the aiohttp connector it replaces (`limit=0`); at most
    `max_idle_per_origin` kept idle."""

    def __init__(self, *, keepalive_s: float = 30.0, max_idle_per_origin: int = 256,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        self._keepalive_s = keepalive_s
        self._max_idle = max_idle_per_origin
        self._ssl = ssl_context
        self._idle: dict[Origin, list[Connection]] = {}
        self._open: set[Connection] = set()
        self._targets: dict[str, tuple[Origin, str, str]] = {}
        self.connections_opened = 0

    @property
    def open_connections(self) -> int:
        return len(self._open)

    @property
    def idle_connections(self) -> int:
        return sum(len(idle) for idle in self._idle.values())

    async def post(self, url: Any, data: bytes, headers: Mapping[str, str],
                   timeout: aiohttp.ClientTimeout) -> Response:
        origin, host, target = self._target(str(url))
        request = _request_head(target, host, headers, len(data)) + data
        deadline = time.monotonic() + timeout.total if timeout.total else None
        conn = self._idle_connection(origin)
        if conn is not None:
            conn.send(request)
            if conn.transport.is_closing():  # type: ignore[union-attr]
                # The write itself failed: none of the request left, so a retry is safe.
                conn.abort()
                conn = None
        if conn is None:
            conn = await self._connect(origin, timeout)
            conn.send(request)
        try:
            while not conn.headers_done:
                await conn.wait(_wait_limit(deadline, timeout.sock_read))
        except BaseException:
            conn.abort()  # cancelled, timed out or failed: this exchange is over
            raise
        return Response(conn, self, timeout.sock_read, deadline)

    def release(self, conn: Connection) -> None:
        if conn.closed:
            return
        if not (conn.complete and conn.keep_alive):
            conn.abort()
            return
        conn.take_body()  # an unread rest of a finished answer is dropped
        idle = self._idle.setdefault(conn.origin, [])
        if len(idle) >= self._max_idle:
            conn.abort()
            return
        conn.idle_since = time.monotonic()
        idle.append(conn)

    async def close(self) -> None:
        for conn in list(self._open):
            conn.abort()
        self._idle.clear()
        await asyncio.sleep(0)  # let the transports' connection_lost run

    # -- internals ---------------------------------------------------------------------

    def _target(self, url: str) -> tuple[Origin, str, str]:
        cached = self._targets.get(url)
        if cached is not None:
            return cached
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in DEFAULT_PORTS or not parts.hostname:
            raise aiohttp.InvalidURL(url)
        port = parts.port or DEFAULT_PORTS[scheme]
        host = parts.hostname if port == DEFAULT_PORTS[scheme] else f"{parts.hostname}:{port}"
        if ":" in parts.hostname:  # an IPv6 literal keeps its brackets in the Host header
            host = f"[{parts.hostname}]" + ("" if port == DEFAULT_PORTS[scheme] else f":{port}")
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        result = ((scheme, parts.hostname, port), host, target)
        if len(self._targets) >= 4096:  # bounded: URLs carry model names, not request data
            self._targets.clear()
        self._targets[url] = result
        return result

    def _idle_connection(self, origin: Origin) -> Connection | None:
        idle = self._idle.get(origin)
        if not idle:
            return None
        oldest_allowed = time.monotonic() - self._keepalive_s
        while idle:
            conn = idle.pop()  # the most recently used: the least likely to have been closed
            if not conn.closed and conn.idle_since >= oldest_allowed \
                    and not conn.transport.is_closing():  # type: ignore[union-attr]
                return conn
            conn.abort()
        return None

    async def _connect(self, origin: Origin, timeout: aiohttp.ClientTimeout) -> Connection:
        scheme, hostname, port = origin
        loop = asyncio.get_running_loop()
        tls = None
        if scheme == "https":
            if self._ssl is None:
                self._ssl = ssl.create_default_context()
            tls = self._ssl
        limit = min((t for t in (timeout.connect, timeout.sock_connect, timeout.total) if t), default=None)
        try:
            async with asyncio.timeout(limit):
                _, conn = await loop.create_connection(lambda: Connection(loop, origin, self._lost), hostname, port,
                                                       ssl=tls, server_hostname=hostname if tls else None)
        except ssl.SSLError as exc:
            raise aiohttp.ClientConnectionError(f"TLS handshake failed: {type(exc).__name__}") from exc
        self._open.add(conn)
        self.connections_opened += 1
        return conn

    def _lost(self, conn: Connection) -> None:
        self._open.discard(conn)
        idle = self._idle.get(conn.origin)
        if idle and conn in idle:
            idle.remove(conn)


def _wait_limit(deadline: float | None, read_timeout: float | None) -> float | None:
    """How long one wait for bytes may last: `read_timeout` (sock_read), cut to what is left
    before the exchange's `deadline` (total). A read timeout of 0 or None means no read
    limit, as in aiohttp."""
    if deadline is None:
        return read_timeout
    left = max(deadline - time.monotonic(), 0.0)
    return min(left, read_timeout) if read_timeout else left


def _request_head(target: str, host: str, headers: Mapping[str, str], length: int) -> bytes:
    lines = [f"POST {target} HTTP/1.1\r\n"]
    own_host = False
    for name, value in headers.items():
        lowered = name.lower()
        if lowered == "content-length":
            continue
        own_host = own_host or lowered == "host"
        lines.append(f"{name}: {value}\r\n")
    if not own_host:
        lines.append(f"Host: {host}\r\n")
    # identity: without Accept-Encoding a server may pick any coding (RFC 9110 12.5.3); this client inflates none.
    lines.append(f"Content-Length: {length}\r\nUser-Agent: {USER_AGENT}\r\nAccept-Encoding: identity\r\n\r\n")
    head = "".join(lines)
    # A CR or LF inside a name or value would smuggle a header (or a request) in.
    if head.count("\n") != len(lines) + 3 or head.count("\r") != len(lines) + 3:
        raise ValueError("a header name or value contains CR or LF")
    return head.encode("utf-8")


__all__ = ["ConnectionClosed", "Response", "UpstreamClient"]
