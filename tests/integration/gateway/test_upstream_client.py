"""The gateway's own upstream HTTP client (providers/client) against raw local servers
that misbehave on purpose: keep-alive reuse, a server closing between requests or
after reading one, chunked and until-close bodies, the three timeouts, TLS, and a
reader cancelled mid-stream (no connection and no task left behind)."""

from __future__ import annotations

import asyncio
import ssl
import subprocess

import aiohttp
import pytest

from gammainfra_gateway.providers import http
from gammainfra_gateway.providers.base import UpstreamError
from gammainfra_gateway.providers.client import BodyIncomplete, ConnectionClosed, UpstreamClient

TIMEOUT = aiohttp.ClientTimeout(total=None, connect=2, sock_read=2)
JSON_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"


class RawServer:
    """Reads whole requests (head + Content-Length body) and answers with `script`:
    an async function (request number, request bytes, writer) -> keep the connection?"""

    def __init__(self, script, tls: ssl.SSLContext | None = None) -> None:
        self.script = script
        self.tls = tls
        self.requests: list[bytes] = []
        self.connections = 0
        self.closed = 0

    async def __aenter__(self) -> RawServer:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, ssl=self.tls)
        self.url = f"http://127.0.0.1:{self._server.sockets[0].getsockname()[1]}/v1/chat/completions"
        return self

    async def __aexit__(self, *exc) -> None:
        self._server.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = int(next(line.split(b":")[1] for line in head.split(b"\r\n")
                                  if line.lower().startswith(b"content-length")))
                request = head + await reader.readexactly(length)
                self.requests.append(request)
                if not await self.script(len(self.requests), request, writer):
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            self.closed += 1
            writer.close()


def _json(body: bytes) -> bytes:
    return JSON_HEAD + b"Content-Length: %d\r\n\r\n" % len(body) + body


async def _post(client: UpstreamClient, url: str, timeout=TIMEOUT) -> bytes:
    response = await client.post(url, b'{"q": 1}', {"Content-Type": "application/json"}, timeout)
    try:
        return await response.read()
    finally:
        response.release()


async def test_keep_alive_reuses_one_connection_for_sequential_requests():
    async def answer(n, request, writer):
        writer.write(_json(b'{"n": %d}' % n))
        return True

    client = UpstreamClient()
    async with RawServer(answer) as server:
        bodies = [await _post(client, server.url) for _ in range(5)]
    assert bodies == [b'{"n": %d}' % n for n in range(1, 6)]
    assert server.connections == 1 and client.connections_opened == 1
    request = server.requests[0]
    assert request.startswith(b"POST /v1/chat/completions HTTP/1.1\r\n")
    assert b"\r\nHost: 127.0.0.1:" in request and b"\r\nContent-Length: 8\r\n" in request
    assert b"\r\nAccept-Encoding: identity\r\n" in request and request.endswith(b"\r\n\r\n{\"q\": 1}")
    await client.close()


async def test_server_closing_after_each_answer_costs_a_new_connection_not_an_error():
    async def answer_then_close(n, request, writer):
        writer.write(_json(b"{}"))  # keep-alive by HTTP/1.1 default, then the server hangs up
        await writer.drain()
        return False

    client = UpstreamClient()
    async with RawServer(answer_then_close) as server:
        for _ in range(3):
            assert await _post(client, server.url) == b"{}"
            await asyncio.sleep(0.05)  # the close reaches the client's loop while the connection is idle
    assert len(server.requests) == 3 and server.connections == 3 and client.connections_opened == 3
    assert client.open_connections == 0
    await client.close()


async def test_a_request_that_reached_the_server_is_never_sent_twice():
    # The second request arrives on the reused connection and the server hangs up
    # without answering: the provider may have acted on it, so it is not re-sent.
    async def answer_once(n, request, writer):
        if n == 1:
            writer.write(_json(b"{}"))
            return True
        return False

    client = UpstreamClient()
    async with RawServer(answer_once) as server:
        assert await _post(client, server.url) == b"{}"
        with pytest.raises(UpstreamError) as failure:
            await http.post(client, server.url, b"{}", {}, TIMEOUT, lambda *a: UpstreamError("x", retriable=False))
    assert failure.value.error_type == "connect_error" and failure.value.retriable
    assert isinstance(failure.value.__cause__, ConnectionClosed)
    assert len(server.requests) == 2 and client.connections_opened == 1
    await client.close()


async def test_chunked_and_until_close_bodies_arrive_whole_and_in_pieces():
    async def chunked(n, request, writer):
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
        for piece in (b"data: one\n\n", b"data: two\n\n"):
            writer.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            await writer.drain()
            await asyncio.sleep(0.02)
        writer.write(b"0\r\n\r\n")
        return True

    client = UpstreamClient()
    async with RawServer(chunked) as server:
        response = await client.post(server.url, b"{}", {}, TIMEOUT)
        pieces = [piece async for piece in response.content.iter_any()]
        response.release()
        assert b"".join(pieces) == b"data: one\n\ndata: two\n\n" and len(pieces) == 2
        assert await _post(client, server.url) == b"data: one\n\ndata: two\n\n"
    assert client.connections_opened == 1  # a chunked answer read to its end leaves the connection reusable

    async def until_close(n, request, writer):
        writer.write(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n{\"whole\": true}")
        return False

    async with RawServer(until_close) as server:
        assert await _post(client, server.url) == b'{"whole": true}'
    await client.close()


async def test_a_body_cut_short_is_an_error_not_a_short_answer():
    async def cut(n, request, writer):
        writer.write(JSON_HEAD + b"Content-Length: 100\r\n\r\n{\"partial\"")
        return False

    client = UpstreamClient()
    async with RawServer(cut) as server:
        with pytest.raises(BodyIncomplete):
            await _post(client, server.url)
    await client.close()


async def test_first_byte_idle_and_connect_timeouts():
    async def never(n, request, writer):
        await asyncio.sleep(30)
        return False

    async def one_chunk_then_stall(n, request, writer):
        writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n")
        await writer.drain()
        await asyncio.sleep(30)
        return False

    short = aiohttp.ClientTimeout(total=None, connect=0.3, sock_read=0.3)
    client = UpstreamClient()
    async with RawServer(never) as server:
        started = asyncio.get_running_loop().time()
        with pytest.raises(UpstreamError) as failure:
            await http.post(client, server.url, b"{}", {}, short, lambda *a: UpstreamError("x", retriable=False))
        assert failure.value.error_type == "timeout"
        assert 0.25 < asyncio.get_running_loop().time() - started < 1.5
    async with RawServer(one_chunk_then_stall) as server:
        response = await client.post(server.url, b"{}", {}, short)
        pieces = response.content.iter_any()
        assert await pieces.__anext__() == b"hello"
        with pytest.raises(TimeoutError):
            await pieces.__anext__()
        response.release()
    # A TLS handshake the server never answers: the connect limit covers TCP and TLS.
    silent = await asyncio.start_server(lambda r, w: asyncio.sleep(30), "127.0.0.1", 0)
    port = silent.sockets[0].getsockname()[1]
    with pytest.raises(TimeoutError):
        await client.post(f"https://127.0.0.1:{port}/v1", b"{}", {}, short)
    silent.close()
    assert client.open_connections == 0
    await client.close()


async def test_cancelled_reader_mid_stream_leaves_no_connection_and_no_task():
    async def endless(n, request, writer):
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
        while True:
            writer.write(b"c\r\ndata: tick\n\n\r\n")
            await writer.drain()
            await asyncio.sleep(0.01)

    client = UpstreamClient()
    tasks_before = asyncio.all_tasks()
    async with RawServer(endless) as server:
        response = await client.post(server.url, b"{}", {}, TIMEOUT)

        async def read_forever():
            try:
                async for _ in response.content.iter_any():
                    pass
            finally:
                response.release()  # what the adapters' close() does

        reader = asyncio.create_task(read_forever())
        await asyncio.sleep(0.1)
        reader.cancel()
        with pytest.raises(asyncio.CancelledError):
            await reader
        for _ in range(50):
            if server.closed == 1:
                break
            await asyncio.sleep(0.02)
        assert server.closed == 1  # the provider saw the connection go: it stops generating
    assert client.open_connections == 0 and client.idle_connections == 0
    assert asyncio.all_tasks() - tasks_before - {asyncio.current_task()} == set()
    await client.close()


async def test_header_injection_is_refused_before_anything_is_sent():
    async def answer(n, request, writer):
        writer.write(_json(b"{}"))
        return True

    client = UpstreamClient()
    async with RawServer(answer) as server:
        with pytest.raises(ValueError):
            await client.post(server.url, b"{}", {"X-Test": "a\r\nX-Evil: 1"}, TIMEOUT)
    assert server.requests == []
    await client.close()


async def test_tls_with_a_trusted_certificate(tmp_path):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)

    async def answer(n, request, writer):
        writer.write(_json(b'{"tls": true}'))
        return True

    async with RawServer(answer, tls=server_tls) as server:
        port = server.url.split(":")[2].split("/")[0]
        trusting = UpstreamClient(ssl_context=ssl.create_default_context(cafile=str(cert)))
        url = f"https://localhost:{port}/v1/chat/completions"
        assert await _post(trusting, url) == b'{"tls": true}'
        assert await _post(trusting, url) == b'{"tls": true}'
        assert trusting.connections_opened == 1
        with pytest.raises(UpstreamError) as failure:  # the system trust store does not know this certificate
            await http.post(UpstreamClient(), url, b"{}", {}, TIMEOUT, lambda *a: UpstreamError("x", retriable=False))
        assert failure.value.error_type == "connect_error"
    await trusting.close()
