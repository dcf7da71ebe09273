"""A gateway that starts while Redis is unreachable builds its first health
snapshot from the compacted routing.health.v1 topic: an endpoint the topic says is
down is skipped, and events name the topic's snapshot version as fresh."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
import pytest
from aiokafka import AIOKafkaProducer

from tests.conftest import KAFKA_BOOTSTRAP
from tests.integration.gateway.harness import EventTail, GatewayProcess, free_port

from .conftest import GATEWAY_ENV
from .test_health_cycle import ask, fake_count

pytestmark = [pytest.mark.integration, pytest.mark.timing]

SONNET = "anthropic/claude-sonnet-4"  # anthropic-us first in catalog order, then Bedrock
EXAMPLE = Path(__file__).parents[3] / "schemas/routing.health.v1/examples/v1/down_in_cooldown.json"


def rfc3339(epoch_s: float) -> str:
    return datetime.fromtimestamp(epoch_s, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


async def publish(topic: str, values: dict[str, dict | None]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=KAFKA_BOOTSTRAP, acks="all")
    await producer.start()
    try:
        for key, value in values.items():
            await producer.send_and_wait(topic, None if value is None else json.dumps(value).encode(),
                                         key=key.encode())
    finally:
        await producer.stop()


async def test_gateway_without_redis_bootstraps_health_from_the_topic(fake, new_topic, make_customer):
    topic = await new_topic(3)
    now = time.time()
    version = int(now * 1000)
    down = {**json.loads(EXAMPLE.read_text()), "endpoint": "anthropic-us", "provider": "anthropic",
            "model": SONNET, "snapshot_version": version, "cooldown_until": rfc3339(now + 600),
            "updated_at": rfc3339(now)}
    gone = {**down, "endpoint": "bedrock-us-east-1", "provider": "bedrock", "snapshot_version": version - 5}
    # The newest record per key wins; a tombstone removes the pair (Bedrock east stays routable).
    await publish(topic, {f"anthropic-us|{SONNET}": {**down, "state": "healthy", "snapshot_version": version - 9},
                          f"bedrock-us-east-1|{SONNET}": gone})
    await publish(topic, {f"anthropic-us|{SONNET}": down, f"bedrock-us-east-1|{SONNET}": None})

    customer, key = await make_customer()
    env = {**GATEWAY_ENV, "GI_GATEWAY_HEALTH_STALE_AFTER_S": "120", "GI_GATEWAY_HEALTH_TOPIC": topic,
           "GI_REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"}  # nothing listens there
    gateway = await GatewayProcess(upstream_template=f"http://127.0.0.1:{fake.port}/{{endpoint}}",
                                   extra_env=env).start()
    try:
        events = await EventTail(customer_id=customer).mark()
        before = fake_count(fake, "anthropic-us")
        async with aiohttp.ClientSession() as http:
            for _ in range(3):
                status, body = await ask(http, gateway, key, SONNET)
                assert status == 200 and body["model"] == SONNET
        assert fake_count(fake, "anthropic-us") == before
        found = [data for data, _ in await events.events(count=3)]
        assert len(found) == 3
        for event in found:
            assert event["endpoint"] == "bedrock-us-east-1"
            assert event["health_cache"]["snapshot_version"] == version
            assert event["health_cache"]["stale"] is False
    finally:
        gateway.stop()
