"""One keep-alive HTTP/1.1 connection to a provider: an asyncio protocol whose bytes
are parsed by httptools (llhttp, the C parser Node.js uses).

One exchange at a time (no pipelining). The answer's body is kept as the chunks the
socket delivered until the reader takes them; above `READ_HIGH_WATER` buffered bytes
the socket stops being read, so a slow reader does not buffer a whole answer in
memory. Failures are aiohttp's exception classes on purpose: the adapters already
catch those (`ClientConnectionError` before the answer, `ClientPayloadError` in its
body), so the two clients are interchangeable behind `providers/http.py`.
Never logs: bodies and header values belong to the customer and the provider.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable

import aiohttp
import httptools

READ_HIGH_WATER = 1 << 20


class ConnectionClosed(aiohttp.ClientConnectionError):
    """The provider closed the connection before the answer's headers were complete."""


class BodyIncomplete(aiohttp.ClientPayloadError):
    """The provider closed the connection in the middle of the answer's body."""


class MalformedResponse(aiohttp.ClientPayloadError):
    """The provider's bytes are not HTTP/1.1."""


class Headers(dict):
    """Response headers by lower-case name; a repeated header's values joined with ", "
    (RFC 9110 5.3). Lookups ignore case, as aiohttp's CIMultiDict does."""

    def get(self, name: str, default=None):  # type: ignore[override]
        return dict.get(self, name.lower(), default)

    def __getitem__(self, name: str) -> str:
        return dict.__getitem__(self, name.lower())

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and dict.__contains__(self, name.lower())


def _expire(waiter: asyncio.Future) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError())


class Connection(asyncio.Protocol):
    def __init__(self, loop: asyncio.AbstractEventLoop, origin: tuple[str, str, int],
                 on_lost: Callable[[Connection], None]) -> None:
        self._loop = loop
        self.origin = origin
        self._on_lost = on_lost
        self._parser = httptools.HttpResponseParser(self)
        self.transport: asyncio.Transport | None = None
        self.closed = False
        self.idle_since = 0.0
        self.exchanges = 0          # requests sent on this connection (>1: it was reused)
        self._waiter: asyncio.Future | None = None
        self._reset()

    def _reset(self) -> None:
        self.status = 0
        self.headers = Headers()
        self.headers_done = False
        self.complete = False
        self.keep_alive = False
        self.error: Exception | None = None
        self._body: list[bytes] = []
        self._buffered = 0
        self._paused = False
        self._until_eof = False

    # -- the exchange ------------------------------------------------------------------

    def send(self, request: bytes) -> None:
        self._reset()
        self.exchanges += 1
        self.transport.write(request)  # type: ignore[union-attr]

    @property
    def has_body(self) -> bool:
        return bool(self._body)

    def take_body(self) -> bytes:
        body = self._body
        data = body[0] if len(body) == 1 else b"".join(body)
        self._body = []
        self._buffered = 0
        if self._paused and not self.closed:
            self._paused = False
            self.transport.resume_reading()  # type: ignore[union-attr]
        return data

    async def wait(self, timeout: float | None) -> None:
        """Until more of the answer arrived, it completed or failed, or `timeout` passed
        (TimeoutError). One timer per wait, none per received chunk."""
        if self.error is not None:
            raise self.error
        waiter = self._waiter = self._loop.create_future()
        timer = self._loop.call_later(timeout, _expire, waiter) if timeout is not None else None
        try:
            await waiter
        finally:
            self._waiter = None
            if timer is not None:
                timer.cancel()

    def abort(self) -> None:
        """Drop the connection now (an answer not read to its end cannot be reused)."""
        if not self.closed:
            self.closed = True
            if self.transport is not None:
                self.transport.abort()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    # -- asyncio.Protocol ----------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        sock = transport.get_extra_info("socket")
        if sock is not None:
            # The request goes out in one write; Nagle would only hold its tail back.
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except (OSError, AttributeError):
                pass

    def data_received(self, data: bytes) -> None:
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserError:
            self.error = MalformedResponse("the provider's answer is not valid HTTP/1.1")
            self.abort()
        self._wake()

    def eof_received(self) -> bool:
        return False  # close our side too

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if not self.complete and self.error is None:
            if self.headers_done and self._until_eof:
                self.complete = True  # a body delimited by the end of the connection
            elif self.headers_done:
                self.error = BodyIncomplete("the provider closed the connection mid-answer")
            else:
                self.error = ConnectionClosed("the provider closed the connection before answering")
        self._wake()
        self._on_lost(self)

    # -- httptools callbacks ---------------------------------------------------------------

    def on_header(self, name: bytes, value: bytes) -> None:
        key = name.decode("latin-1").lower()
        text = value.decode("latin-1")
        headers = self.headers
        if dict.__contains__(headers, key):
            text = dict.__getitem__(headers, key) + ", " + text
        dict.__setitem__(headers, key, text)

    def on_headers_complete(self) -> None:
        self.status = self._parser.get_status_code()
        self.headers_done = True
        headers = self.headers
        self._until_eof = (not dict.__contains__(headers, "content-length")
                           and "chunked" not in dict.get(headers, "transfer-encoding", ""))

    def on_body(self, body: bytes) -> None:
        self._body.append(body)
        self._buffered += len(body)
        if self._buffered > READ_HIGH_WATER and not self._paused:
            self._paused = True
            self.transport.pause_reading()  # type: ignore[union-attr]

    def on_message_complete(self) -> None:
        if self.status < 200:  # an interim answer (100 Continue): the real one follows
            self.headers = Headers()
            self.headers_done = False
            return
        self.complete = True
        self.keep_alive = self._parser.should_keep_alive()
