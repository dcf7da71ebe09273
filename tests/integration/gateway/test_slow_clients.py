"""Slow and stuck clients are cut off after a configured time and leave nothing
behind: headers dribbled a byte at a time (slowloris), a body that never ends,
and a client that opens a stream and stops reading (the provider call is then
cancelled too). Each test counts the gateway process's client connections and
open file descriptors before and after: what the client held must be released
(fds get a slack of 3: the process may open a Kafka or Redis connection meanwhile)."""

from __future__ import annotations

import asyncio
import time

import orjson
import pytest

from tests.integration.gateway.harness import EventTail, GatewayProcess
from tests.integration.gateway.rawhttp import (open_fds, read_response, request, small_window_socket,
                                               sockets_to)

pytestmark = [pytest.mark.integration, pytest.mark.timing]

TIMEOUT_S = 2.0
FD_SLACK = 3


@pytest.fixture(scope="module")
async def strict_gateway(upstream_template):
    proc = await GatewayProcess(upstream_template=upstream_template, extra_env={
        "GI_GATEWAY_IDLE_TIMEOUT_S": str(TIMEOUT_S), "GI_GATEWAY_BODY_TIMEOUT_S": str(TIMEOUT_S),
        "GI_GATEWAY_STREAM_WRITE_TIMEOUT_S": str(TIMEOUT_S)}).start()
    yield proc
    proc.stop()


async def _released(gateway, *, fds_before: int, within_s: float = 5) -> tuple[int, int]:
    """(client connections, fds over the baseline) once both settled, or when `within_s` ran out."""
    pid, deadline = gateway.proc.pid, time.monotonic() + within_s
    while True:
        clients, extra = sockets_to(pid, gateway.port, local=True), open_fds(pid) - fds_before
        if (clients == 0 and extra <= FD_SLACK) or time.monotonic() > deadline:
            return clients, extra
        await asyncio.sleep(0.1)


async def _closed_by_server(reader: asyncio.StreamReader, within_s: float) -> float:
    """Seconds until the server closed the connection (reads and drops what arrives)."""
    started = time.monotonic()
    async with asyncio.timeout(within_s):
        try:
            while await reader.read(65536):
                pass
        except ConnectionResetError:
            pass  # closed with our unread bytes pending: a reset, still a close
    return time.monotonic() - started


async def test_slowloris_headers_are_cut_off_and_release_their_connections(strict_gateway):
    pid = strict_gateway.proc.pid
    await asyncio.sleep(1)  # a fresh process may still be opening its Kafka and Redis connections
    baseline = open_fds(pid)
    conns = [await asyncio.open_connection("127.0.0.1", strict_gateway.port) for _ in range(20)]
    for _, writer in conns:
        writer.write(b"GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")

    async def dribble(writer: asyncio.StreamWriter) -> None:
        try:
            for _ in range(40):  # 20 s of one byte each half second: far longer than the timeout
                writer.write(b"a")
                await writer.drain()
                await asyncio.sleep(0.5)
        except ConnectionError:
            pass

    dribblers = [asyncio.create_task(dribble(w)) for _, w in conns]
    deadline = time.monotonic() + 2
    while open_fds(pid) < baseline + 20 and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    assert open_fds(pid) >= baseline + 20  # the gateway holds every one of them now
    assert sockets_to(pid, strict_gateway.port, local=True) == 20
    closed_after = await asyncio.gather(*(_closed_by_server(r, 3 * TIMEOUT_S) for r, _ in conns))
    for task in dribblers:
        task.cancel()
    for _, writer in conns:
        writer.close()
    assert max(closed_after) <= TIMEOUT_S + 3, closed_after  # not the 20 s the clients would go on for
    clients, extra_fds = await _released(strict_gateway, fds_before=baseline)
    assert clients == 0 and extra_fds <= FD_SLACK, (clients, extra_fds)


async def test_a_body_that_never_finishes_gets_408_and_the_connection_is_closed(strict_gateway, customer, events):
    pid = strict_gateway.proc.pid
    baseline = open_fds(pid)
    reader, writer = await asyncio.open_connection("127.0.0.1", strict_gateway.port)
    head = request("POST", "/v1/messages", headers=[(b"x-api-key", customer[2].encode()),
                                                     (b"anthropic-version", b"2023-06-01"),
                                                     (b"Content-Type", b"application/json")])
    # Promise 100 kB, send 10 bytes, then nothing.
    writer.write(head.replace(b"Content-Length: 0", b"Content-Length: 100000") + b'{"model": ')
    await writer.drain()
    started = time.monotonic()
    status, headers, body = await read_response(reader, timeout_s=3 * TIMEOUT_S)
    waited = time.monotonic() - started
    assert status == 408 and TIMEOUT_S - 0.2 <= waited <= TIMEOUT_S + 1.5, (status, waited)
    assert orjson.loads(body) == {"type": "error", "error": {"type": "invalid_request_error",
                                                             "message": "The request body did not arrive in time."}}
    assert headers.get("connection", "").lower() == "close"
    await _closed_by_server(reader, 5)  # and the server hangs up (after at most its short linger)
    writer.close()
    clients, extra_fds = await _released(strict_gateway, fds_before=baseline)
    assert clients == 0 and extra_fds <= FD_SLACK, (clients, extra_fds)
    [(event, _)] = await events.events(count=1, timeout_s=10)
    assert event["status"] == "rejected" and event["http_status"] == 408 and event["provider"] is None


async def test_a_client_that_stops_reading_a_stream_is_cut_off_and_the_provider_call_cancelled(
        strict_gateway, customer, events, fake):
    pid = strict_gateway.proc.pid
    # A long answer: the fake echoes the prompt in ~80k frames of one short word (~15 MB), far more than
    # socket buffers hold; prompt and answer fit the model's 128k-token context.
    prompt = "ab " * 80_000
    body = orjson.dumps({"model": "openai/gpt-4o", "stream": True, "max_tokens": 61_000,
                         "provider": {"only": ["openai"]}, "messages": [{"role": "user", "content": prompt}]})
    to_fake_before, fds_before = sockets_to(pid, fake.port), open_fds(pid)
    sock = small_window_socket()
    await asyncio.get_running_loop().sock_connect(sock, ("127.0.0.1", strict_gateway.port))
    reader, writer = await asyncio.open_connection(sock=sock, limit=16_384)
    writer.write(request("POST", "/v1/chat/completions", body=body, headers=[
        (b"Authorization", f"Bearer {customer[2]}".encode()), (b"Content-Type", b"application/json")]))
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200"), head + await reader.read(500)
    stopped = time.monotonic()  # from here on nothing is read: the client is stuck (or half-open)
    await asyncio.sleep(0.5)
    assert sockets_to(pid, fake.port) >= to_fake_before + 1  # the provider stream is open meanwhile
    [(event, _)] = await events.events(count=1, timeout_s=TIMEOUT_S + 10)
    cut_after = time.monotonic() - stopped
    assert event["status"] == "client_disconnected", event["status"]
    assert event["fallback_chain"][-1]["outcome"] == "client_disconnected"
    assert 0 < event["completion_tokens"] < 60_000  # what was delivered, not the whole answer
    assert cut_after <= TIMEOUT_S + 8
    # The provider connection was closed with it, and the client's connection released.
    deadline = time.monotonic() + 3
    while sockets_to(pid, fake.port) > to_fake_before and time.monotonic() < deadline:
        await asyncio.sleep(0.1)
    assert sockets_to(pid, fake.port) <= to_fake_before
    writer.close()
    clients, extra_fds = await _released(strict_gateway, fds_before=fds_before)
    assert clients == 0 and extra_fds <= FD_SLACK, (clients, extra_fds)
