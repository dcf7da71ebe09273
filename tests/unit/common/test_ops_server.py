"""gammainfra_common.ops_server: /healthz, /readyz, /metrics over a real socket on 127.0.0.1.

(Loopback only; no external service. Port 0 lets the OS pick a free port.)
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import aiohttp
import pytest
from prometheus_client import Counter

from gammainfra_common.metrics import new_registry, register_build_info
from gammainfra_common.ops_server import OpsServer


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
        yield session


async def get(http: aiohttp.ClientSession, server: OpsServer, path: str) -> tuple[int, dict]:
    async with http.get(f"http://127.0.0.1:{server.port}{path}") as resp:
        return resp.status, await resp.json()


async def test_healthz(http: aiohttp.ClientSession) -> None:
    async with OpsServer(host="127.0.0.1", port=0, registry=new_registry()) as server:
        assert server.port > 0
        assert await get(http, server, "/healthz") == (200, {"status": "ok"})


async def test_readyz_without_checks_is_ready(http: aiohttp.ClientSession) -> None:
    async with OpsServer(host="127.0.0.1", port=0, registry=new_registry()) as server:
        assert await get(http, server, "/readyz") == (200, {"ready": True, "checks": {}})


async def test_readyz_ready_then_failing(http: aiohttp.ClientSession) -> None:
    state = {"db_up": True}

    async def postgres() -> None:
        if not state["db_up"]:
            raise ConnectionRefusedError("connect to postgresql://gi:hunter2@db:5432/gi refused")

    async def redis() -> None:
        return None

    server = OpsServer(host="127.0.0.1", port=0, registry=new_registry(), checks={"postgres": postgres})
    server.add_check("redis", redis)
    await server.start()
    try:
        status, body = await get(http, server, "/readyz")
        assert status == 200
        assert body["ready"] is True
        assert body["checks"]["postgres"]["ok"] is True
        assert body["checks"]["redis"]["ok"] is True

        state["db_up"] = False
        status, body = await get(http, server, "/readyz")
        assert status == 503
        assert body["ready"] is False
        assert body["checks"]["redis"]["ok"] is True
        failed = body["checks"]["postgres"]
        assert failed["ok"] is False
        assert failed["error"].startswith("ConnectionRefusedError: connect to postgresql://gi:***@db")
        assert "hunter2" not in failed["error"]
    finally:
        await server.stop()


async def test_readyz_check_timeout(http: aiohttp.ClientSession) -> None:
    async def hangs() -> None:
        await asyncio.sleep(30)

    server = OpsServer(
        host="127.0.0.1", port=0, registry=new_registry(), checks={"kafka": hangs}, check_timeout=0.2
    )
    async with server:
        loop = asyncio.get_running_loop()
        started = loop.time()
        status, body = await get(http, server, "/readyz")
        assert loop.time() - started < 5
        assert status == 503
        assert body["checks"]["kafka"]["ok"] is False
        assert body["checks"]["kafka"]["error"] == "TimeoutError: check did not finish within 0.2s"


async def test_readyz_check_raising_its_own_timeout(http: aiohttp.ClientSession) -> None:
    async def client_timeout() -> None:
        raise TimeoutError("redis read timed out")

    async with OpsServer(
        host="127.0.0.1", port=0, registry=new_registry(), checks={"redis": client_timeout}
    ) as server:
        status, body = await get(http, server, "/readyz")
        assert status == 503
        assert body["checks"]["redis"]["error"] == "TimeoutError: redis read timed out"


async def test_draining_makes_readyz_fail(http: aiohttp.ClientSession) -> None:
    async with OpsServer(host="127.0.0.1", port=0, registry=new_registry()) as server:
        server.set_draining()
        status, body = await get(http, server, "/readyz")
        assert status == 503 and body["draining"] is True
        assert (await get(http, server, "/healthz"))[0] == 200


async def test_metrics_exposes_registered_counter(http: aiohttp.ClientSession) -> None:
    registry = new_registry()
    register_build_info(registry, service="gateway", version="1.2.3")
    requests = Counter("gi_test_requests", "Requests seen.", ["status"], registry=registry)
    requests.labels(status="200").inc(3)
    async with OpsServer(host="127.0.0.1", port=0, registry=registry) as server:
        async with http.get(f"http://127.0.0.1:{server.port}/metrics") as resp:
            assert resp.status == 200
            assert resp.headers["Content-Type"].startswith("text/plain")
            text = await resp.text()
    assert 'gi_test_requests_total{status="200"} 3.0' in text
    assert 'gi_build_info{service="gateway",version="1.2.3"} 1.0' in text
    assert "process_cpu_seconds_total" in text


async def test_metrics_openmetrics_negotiation(http: aiohttp.ClientSession) -> None:
    async with OpsServer(host="127.0.0.1", port=0, registry=new_registry()) as server:
        headers = {"Accept": "application/openmetrics-text; version=1.0.0"}
        async with http.get(f"http://127.0.0.1:{server.port}/metrics", headers=headers) as resp:
            assert resp.headers["Content-Type"].startswith("application/openmetrics-text")
            assert (await resp.text()).rstrip().endswith("# EOF")


async def test_lifecycle_errors() -> None:
    server = OpsServer(host="127.0.0.1", port=0, registry=new_registry())
    with pytest.raises(RuntimeError):
        _ = server.port
    await server.start()
    try:
        with pytest.raises(RuntimeError):
            await server.start()
    finally:
        await server.stop()
    await server.stop()  # idempotent


async def test_port_in_use_raises() -> None:
    async with OpsServer(host="127.0.0.1", port=0, registry=new_registry()) as first:
        second = OpsServer(host="127.0.0.1", port=first.port, registry=new_registry())
        with pytest.raises(OSError):
            await second.start()
