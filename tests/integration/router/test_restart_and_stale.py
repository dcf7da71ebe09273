"""A restarted router rebuilds its state from the compacted topic (not from Redis,
not from scratch) and its snapshot version keeps increasing; a stopped router
leaves a stale snapshot that events mark as stale while routing keeps working."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from gammainfra_fakeproviders.faults import FaultPlan
from tests.integration.gateway.harness import EventTail

from .harness import SNAPSHOT_KEY, entry, gateway_routes_on, snapshot, state_of, wait_snapshot
from .test_health_cycle import K, ask, fake_count, warm_up

pytestmark = [pytest.mark.integration, pytest.mark.timing]

SONNET = "anthropic/claude-sonnet-4"  # anthropic-us + three Bedrock endpoints at the same price
PAIR = f"anthropic-us|{SONNET}"


async def test_restart_rebuilds_state_from_the_topic_and_versions_keep_increasing(
        fake, gateway, start_router, make_customer, redis):
    first = await start_router(extra_env={"GI_ROUTER_COOLDOWN_S": "600"})
    _, key = await make_customer()
    async with aiohttp.ClientSession() as http:
        await warm_up(http, gateway, key, redis, PAIR, SONNET)
        fake.faults.configure("anthropic-us", FaultPlan(status=500))
        for _ in range(K):
            assert (await ask(http, gateway, key, SONNET))[0] == 200
        down = await wait_snapshot(redis, lambda d: state_of(d, PAIR) == "down", what="anthropic-us down")
        fake.faults.clear("anthropic-us")  # healthy again, but the router does not know for 600 s
        first.stop()
        last_version = (await snapshot(redis))["version"]
        # Redis forgets everything: only the topic can bring the state back.
        await redis.delete(SNAPSHOT_KEY)

        second = await start_router(extra_env={"GI_ROUTER_COOLDOWN_S": "600"})
        doc = await wait_snapshot(redis, lambda d: entry(d, PAIR) is not None, what="the restored pair")
        assert doc["version"] > last_version  # the first snapshot after the restart already continues
        assert state_of(doc, PAIR) == "down"
        assert entry(doc, PAIR)["cooldown_until_ms"] == entry(down, PAIR)["cooldown_until_ms"]
        assert entry(doc, PAIR)["score"] == 0.0
        # And the gateway keeps skipping it on the restored state.
        await gateway_routes_on(gateway, doc)
        before = fake_count(fake, "anthropic-us")
        for _ in range(3):
            status, body = await ask(http, gateway, key, SONNET)
            assert status == 200 and body["model"] == SONNET
        assert fake_count(fake, "anthropic-us") == before
        assert "gi_router_snapshot_version" in await second.metrics()


async def asked_id(http: aiohttp.ClientSession, gateway, key: str) -> str:
    body = {"model": "meta/llama-3.3-70b", "messages": [{"role": "user", "content": "Hello there"}]}
    async with http.post(f"{gateway.base_url}/chat/completions", json=body,
                         headers={"Authorization": f"Bearer {key}"}) as resp:
        assert resp.status == 200 and (await resp.json())["choices"][0]["message"]["content"]
        return resp.headers["x-request-id"]


async def test_stopped_router_means_stale_snapshot_marked_in_events_and_routing_still_works(
        fake, gateway, start_router, make_customer, redis):
    router = await start_router()
    customer_id, key = await make_customer()
    tail = await EventTail(customer_id=customer_id).mark()
    async with aiohttp.ClientSession() as http:
        await warm_up(http, gateway, key, redis, "groq-us|meta/llama-3.3-70b")
        fresh_id = await asked_id(http, gateway, key)
        router.stop()
        last_version = (await snapshot(redis))["version"]
        stopped_at = asyncio.get_running_loop().time()
        # The gateway's stale limit is 2 s; routing must go on meanwhile and after.
        while asyncio.get_running_loop().time() - stopped_at < 3:
            await asked_id(http, gateway, key)
            await asyncio.sleep(0.3)
        stale_ids = {await asked_id(http, gateway, key) for _ in range(3)}
    found = {d["request_id"]: d for d, _ in await tail.events(request_ids=stale_ids | {fresh_id})}
    fresh = found[fresh_id]["health_cache"]
    assert fresh["stale"] is False and fresh["snapshot_version"] is not None and fresh["age_ms"] < 2000
    for request_id in stale_ids:
        marker = found[request_id]["health_cache"]
        assert marker["stale"] is True, marker
        assert marker["snapshot_version"] == last_version and marker["age_ms"] > 2000
        assert found[request_id]["status"] == "success"
