"""Right to object: the events of a customer who objected to non-essential
processing still count for endpoint health but never for the per-label
optimisation statistics; the objection set is replayed from accounts.v1 on start
and followed live."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import aiohttp
import pytest

from gammainfra_common.kafka.cloudevents import CloudEvent
from gammainfra_common.kafka.producer import EventProducer
from tests.conftest import KAFKA_BOOTSTRAP

from .harness import entry, snapshot, wait_snapshot
from .test_health_cycle import ask, warm_up

pytestmark = [pytest.mark.integration, pytest.mark.timing]

MODEL = "mistral/mistral-small"  # served by mistral-eu only
PAIR = f"mistral-eu|{MODEL}"
PROMPT = "Translate into French: the weather is lovely this morning."


async def objection(topic: str, customer_id: str, objects: bool) -> None:
    data = {"type": "account.processing_objection_changed", "customer_id": customer_id,
            "occurred_at": datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "objection": objects}
    async with EventProducer(KAFKA_BOOTSTRAP, client_id="test-accounts") as producer:
        await producer.send(topic, customer_id, CloudEvent(
            type="com.gammainfra.account.processing_objection_changed", source="/gammainfra/gateway", data=data))


def counts(doc: dict) -> tuple[int, int]:
    health = (entry(doc, PAIR) or {}).get("requests", 0)
    label = doc["labels"].get("translation", {}).get(MODEL, {}).get("requests", 0)
    return health, label


async def test_objecting_customers_count_for_health_but_not_for_label_statistics(
        fake, gateway, start_router, make_customer, redis, topics):
    objector, objector_key = await make_customer()
    _, other_key = await make_customer()
    _, warm_key = await make_customer()
    await objection(topics[1], objector, True)  # before the router starts: found by the replay
    router = await start_router()
    assert "gi_router_objecting_customers 1.0" in await router.metrics()
    async with aiohttp.ClientSession() as http:
        await warm_up(http, gateway, warm_key, redis, "groq-us|meta/llama-3.3-70b")

        async def translate(key: str) -> None:
            status, body = await ask(http, gateway, key, MODEL, messages=[{"role": "user", "content": PROMPT}])
            assert status == 200 and body["model"] == MODEL

        for _ in range(3):
            await translate(objector_key)
        for _ in range(2):
            await translate(other_key)
        await wait_snapshot(redis, lambda d: counts(d)[0] >= 5, what="5 attempts on the pair")
        # Nothing else may arrive: once the router has committed everything produced so far,
        # the next snapshot counts all of it.
        await router.consumed_all()
        counted = await snapshot(redis)
        doc = await wait_snapshot(redis, lambda d: d["version"] > counted["version"])
        assert counts(doc) == (5, 2)  # health: everyone; per-label optimisation: the other customer only
        # The snapshot is routing data only: no customer id in it.
        raw = await redis.get("gi:routing:health")
        assert objector.encode() not in raw and b"cus_" not in raw

        # Withdrawing the objection is followed live: from now on they count again.
        await objection(topics[1], objector, False)
        loop = asyncio.get_running_loop()
        end = loop.time() + 20
        while "gi_router_objecting_customers 0.0" not in await router.metrics():
            assert loop.time() < end
            await asyncio.sleep(0.1)
        await translate(objector_key)
        doc = await wait_snapshot(redis, lambda d: counts(d)[0] >= 6, what="the sixth attempt")
        assert counts(doc) == (6, 3)
