"""An endpoint made to fail goes down after a bounded number of requests, traffic
shifts to the other endpoints, and after recovery it comes back through half_open
to healthy — real gateway, real router, real Kafka and Redis, fake providers."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest
import orjson
from aiokafka import AIOKafkaConsumer

from gammainfra_fakeproviders.faults import FaultPlan
from tests.conftest import KAFKA_BOOTSTRAP

from .harness import FAST, entry, gateway_routes_on, snapshot, state_of, wait_snapshot

pytestmark = [pytest.mark.integration, pytest.mark.timing]

LLAMA = "meta/llama-3.3-70b"  # groq-us is the cheapest offering: first in a healthy chain
PAIR = f"groq-us|{LLAMA}"
K = int(FAST["GI_ROUTER_DOWN_CONSECUTIVE_FAILURES"])


async def ask(http: aiohttp.ClientSession, gateway, key: str, model: str = LLAMA, **extra) -> tuple[int, dict]:
    body = {"model": model, "messages": [{"role": "user", "content": "How are you today?"}], **extra}
    async with http.post(f"{gateway.base_url}/chat/completions", json=body,
                         headers={"Authorization": f"Bearer {key}"}) as resp:
        return resp.status, await resp.json()


def fake_count(fake, endpoint: str) -> int:
    return fake.faults.stats(endpoint)["requests"]


async def warm_up(http, gateway, key, redis, pair: str, model: str = LLAMA) -> None:
    """Requests until the router has counted one for `pair` (it starts at the topic's end)."""
    loop = asyncio.get_running_loop()
    end = loop.time() + 30
    while loop.time() < end:
        status, _ = await ask(http, gateway, key, model)
        assert status == 200
        doc = await snapshot(redis)
        if doc and entry(doc, pair) and entry(doc, pair)["requests"] > 0:
            return
        await asyncio.sleep(0.3)
    raise AssertionError("the router never counted the warm-up requests")


async def pair_history(topic: str, pair: str) -> list[dict]:
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=KAFKA_BOOTSTRAP, group_id=None,
                                auto_offset_reset="earliest", enable_auto_commit=False)
    await consumer.start()
    values = []
    try:
        while True:
            batches = await consumer.getmany(timeout_ms=1500)
            if not batches:
                break
            for records in batches.values():
                values += [(r.offset, r.partition, orjson.loads(r.value), dict(r.headers))
                           for r in records if r.key == pair.encode()]
    finally:
        await consumer.stop()
    # One key lives in one partition: offsets order its history.
    assert len({p for _, p, _, _ in values}) <= 1
    return [(v, h) for _, _, v, h in sorted(values, key=lambda t: t[0])]


async def test_failing_endpoint_goes_down_traffic_shifts_then_it_recovers_through_half_open(
        fake, gateway, start_router, make_customer, redis, topics):
    router = await start_router()
    _, key = await make_customer()
    async with aiohttp.ClientSession() as http:
        await warm_up(http, gateway, key, redis, PAIR)
        assert state_of(await snapshot(redis), PAIR) == "healthy"

        # groq-us answers 503 from now on; every request still succeeds through Bedrock.
        fake.faults.configure("groq-us", FaultPlan(status=503))
        before = fake_count(fake, "groq-us")
        for _ in range(K):
            status, body = await ask(http, gateway, key)
            assert status == 200 and body["model"] == LLAMA
        # Exactly K failing requests, and no more traffic: the router must call it down.
        down = await wait_snapshot(redis, lambda d: state_of(d, PAIR) == "down", what="groq-us down")
        assert fake_count(fake, "groq-us") - before == K
        assert entry(down, PAIR)["score"] == 0.0 and entry(down, PAIR)["cooldown_until_ms"] is not None
        metrics = await router.metrics()
        labels = 'endpoint="groq-us",model="meta/llama-3.3-70b"'
        assert f'gi_router_health_state{{{labels},state="down"}} 1.0' in metrics
        assert f'gi_router_health_state{{{labels},state="healthy"}} 0.0' in metrics
        assert f"gi_router_health_score{{{labels}}} 0.0" in metrics
        assert "gi_router_snapshot_age_seconds" in metrics and "gi_router_snapshot_version" in metrics
        assert 'gi_consumer_lag{group="' in metrics and 'topic="llm.requests.v1"' in metrics
        assert 'gi_router_events_total{outcome="observed"}' in metrics

        # Traffic shifts: while it is down, nothing is sent to groq-us (once the gateway
        # routes on the snapshot the test just saw in Redis).
        await gateway_routes_on(gateway, down)
        skipped_from = fake_count(fake, "groq-us")
        east_before = fake_count(fake, "bedrock-us-east-1")
        for _ in range(4):
            doc = await snapshot(redis)
            if state_of(doc, PAIR) != "down":
                break  # the cool-down ended meanwhile; checked below
            status, _ = await ask(http, gateway, key)
            assert status == 200
        assert fake_count(fake, "groq-us") == skipped_from
        assert fake_count(fake, "bedrock-us-east-1") > east_before

        # Recovery: the cool-down ends, probes (probe share 0.5) reach groq-us and succeed.
        fake.faults.clear("groq-us")
        await wait_snapshot(redis, lambda d: state_of(d, PAIR) == "half_open", what="half_open")
        probes_from = fake_count(fake, "groq-us")
        loop = asyncio.get_running_loop()
        end = loop.time() + 30
        while state_of(healthy := await snapshot(redis), PAIR) != "healthy":
            assert loop.time() < end, "never healthy again"
            status, _ = await ask(http, gateway, key)
            assert status == 200
            await asyncio.sleep(0.1)
        await gateway_routes_on(gateway, healthy)
        assert fake_count(fake, "groq-us") - probes_from >= int(FAST["GI_ROUTER_HALF_OPEN_SUCCESSES"])
        # Healthy and cheapest again: it is first in the chain.
        before = fake_count(fake, "groq-us")
        status, _ = await ask(http, gateway, key)
        assert status == 200 and fake_count(fake, "groq-us") == before + 1

    # The compacted topic tells the same story, in order, in the topic's v1 shape.
    history = await pair_history(topics[0], PAIR)
    states = [v["state"] for v, _ in history]
    collapsed = [s for i, s in enumerate(states) if i == 0 or states[i - 1] != s]
    assert collapsed[-4:] == ["healthy", "down", "half_open", "healthy"], collapsed
    versions = [v["snapshot_version"] for v, _ in history]
    assert versions == sorted(versions) and len(set(versions)) == len(versions)
    assert all(h["ce_type"] == b"com.gammainfra.routing.health.updated" for _, h in history)
