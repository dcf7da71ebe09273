"""gammainfra_common.redis_client against the real Redis (GI_REDIS_URL), and its
fail-fast behaviour against a closed port and a server that never answers."""

from __future__ import annotations

import asyncio
import socket
import time
import uuid
from collections.abc import AsyncIterator

import pytest
import redis.exceptions

from gammainfra_common.redis_client import LuaScript, create_redis, wait_for_redis
from tests.conftest import REDIS_URL

pytestmark = pytest.mark.integration




def closed_port() -> int:
    """A port nothing listens on: bind to get a free one, then close it."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
async def silent_server() -> AsyncIterator[int]:
    """Accepts TCP connections and never replies: the 'hung Redis' case."""
    held: list[asyncio.StreamWriter] = []

    async def accept(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)

    server = await asyncio.start_server(accept, "127.0.0.1", 0)
    yield server.sockets[0].getsockname()[1]
    for writer in held:
        writer.close()
    server.close()
    await server.wait_closed()


async def test_ping_and_bytes_roundtrip() -> None:
    await wait_for_redis(REDIS_URL, deadline_s=60)
    client = create_redis(REDIS_URL)
    key = f"gi:test:{uuid.uuid4().hex}"
    try:
        assert await client.ping() is True
        await client.set(key, b"\x00\xffbinary", ex=60)
        assert await client.get(key) == b"\x00\xffbinary"  # bytes, not decoded
    finally:
        await client.delete(key)
        await client.aclose()


async def test_closed_port_fails_fast() -> None:
    client = create_redis(f"redis://127.0.0.1:{closed_port()}/0", socket_connect_timeout=0.5)
    started = time.monotonic()
    try:
        with pytest.raises(redis.exceptions.ConnectionError):
            await client.ping()
    finally:
        await client.aclose()
    assert time.monotonic() - started < 3


async def test_unresponsive_server_times_out(silent_server: int) -> None:
    client = create_redis(f"redis://127.0.0.1:{silent_server}/0", socket_timeout=0.3, retries=1)
    started = time.monotonic()
    try:
        with pytest.raises((redis.exceptions.TimeoutError, redis.exceptions.ConnectionError)):
            await client.ping()
    finally:
        await client.aclose()
    # (retries + 1) attempts of at most socket_timeout each, plus a short backoff.
    assert time.monotonic() - started < 3


async def test_wait_for_redis_gives_up_at_deadline() -> None:
    started = time.monotonic()
    with pytest.raises(TimeoutError, match="not reachable within 0.5s"):
        await wait_for_redis(f"redis://:hunter2@127.0.0.1:{closed_port()}/0", deadline_s=0.5)
    assert time.monotonic() - started < 3


async def test_wait_for_redis_masks_password() -> None:
    with pytest.raises(TimeoutError) as info:
        await wait_for_redis(f"redis://:hunter2@127.0.0.1:{closed_port()}/0", deadline_s=0.2)
    assert "hunter2" not in str(info.value)


async def test_lua_script_runs_and_reloads_itself_after_a_script_flush() -> None:
    client = create_redis(REDIS_URL)
    key = f"gi:test:lua:{uuid.uuid4().hex}"
    try:
        incr = LuaScript(client, "return redis.call('INCRBY', KEYS[1], ARGV[1])")
        assert await incr(keys=[key], args=[2]) == 2
        await client.script_flush()  # a restarted or different server knows no scripts
        assert await incr(keys=[key], args=[3]) == 5
        assert await client.script_exists(incr.sha) == [True]
    finally:
        await client.delete(key)
        await client.aclose()


async def test_lua_script_on_a_pipeline_loads_itself_before_the_pipeline_runs() -> None:
    client = create_redis(REDIS_URL)
    keys = [f"gi:test:lua:{uuid.uuid4().hex}" for _ in range(2)]
    try:
        incr = LuaScript(client, "return redis.call('INCRBY', KEYS[1], ARGV[1]) + 1000")
        await client.script_flush()
        async with client.pipeline(transaction=False) as pipe:
            for key in keys:
                await incr(keys=[key], args=[7], client=pipe)
            assert await pipe.execute() == [1007, 1007]
    finally:
        await client.delete(*keys)
        await client.aclose()
