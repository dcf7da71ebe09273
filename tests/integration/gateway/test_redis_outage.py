"""Redis unreachable: the local limiter takes over and requests keep flowing; failed
authentication is rate limited per IP."""

from __future__ import annotations

import shutil
import subprocess

import aiohttp
import pytest
import redis.asyncio as aioredis

from gammainfra_gateway.settings import GatewaySettings as Settings
from tests.integration.conftest import eventually
from tests.integration.gateway.harness import GatewayProcess, free_port

pytestmark = [pytest.mark.integration, pytest.mark.timing]
BODY = {"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "redis?"}]}


async def _metric(gateway, name: str, labels: str) -> float:
    async with aiohttp.ClientSession() as http:
        async with http.get(f"http://127.0.0.1:{gateway.ops_port}/metrics") as resp:
            for line in (await resp.text()).splitlines():
                if line.startswith(name + "{") and labels in line:
                    return float(line.rsplit(" ", 1)[1])
    return 0.0


@pytest.fixture
async def private_redis():
    """A Redis of this test's own (the shared one must not be killed, nor share counters)."""
    port = free_port()
    proc = subprocess.Popen([shutil.which("redis-server"), "--port", str(port), "--bind", "127.0.0.1",
                             "--save", "", "--appendonly", "no"], stdout=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    client = aioredis.from_url(url)
    await eventually(lambda: _pings(client), timeout_s=10, interval_s=0.05)
    await client.aclose()
    yield proc, url
    if proc.poll() is None:
        proc.kill()
        proc.wait()


async def test_requests_keep_flowing_when_redis_goes_away(upstream_template, customer, private_redis):
    redis, url = private_redis
    gateway = None
    try:
        gateway = await GatewayProcess(upstream_template=upstream_template,
                                       extra_env={"GI_REDIS_URL": url}).start()
        headers = {"Authorization": f"Bearer {customer[2]}"}
        async with aiohttp.ClientSession(headers=headers) as http:
            async with http.post(gateway.base_url + "/chat/completions", json=BODY) as resp:
                assert resp.status == 200
            assert await _metric(gateway, "gi_gateway_ratelimit_decisions_total", 'backend="redis"') >= 1
            redis.kill()
            redis.wait()
            # The first requests spend the quota leased before the outage (ratelimit/leased.py, at most
            # GI_GATEWAY_RATELIMIT_LEASE per bucket: one refill so far); the local limiter decides once it is spent.
            for _ in range(Settings.ratelimit_lease + 5):
                async with http.post(gateway.base_url + "/chat/completions", json=BODY) as resp:
                    assert resp.status == 200
        assert await _metric(gateway, "gi_gateway_ratelimit_decisions_total", 'backend="local"') >= 4
    finally:
        if gateway is not None:
            gateway.stop()


async def test_failed_authentication_is_rate_limited_per_ip(upstream_template, private_redis):
    gateway = await GatewayProcess(upstream_template=upstream_template,
                                   extra_env={"GI_GATEWAY_AUTH_FAILURES_PER_MIN": "5",
                                              "GI_REDIS_URL": private_redis[1]}).start()
    try:
        statuses = []
        async with aiohttp.ClientSession() as http:
            for i in range(8):
                bad = f"gi-cccccccccc{i:02d}-" + "w" * 43
                async with http.get(gateway.base_url + "/models", headers={"Authorization": f"Bearer {bad}"}) as r:
                    statuses.append((r.status, r.headers.get("Retry-After")))
        assert [s for s, _ in statuses[:5]] == [401] * 5
        assert all(s == 429 and int(retry) >= 1 for s, retry in statuses[5:]), statuses
    finally:
        gateway.stop()


async def _pings(client) -> bool:
    try:
        return await client.ping()
    except (OSError, aioredis.RedisError):
        return False
