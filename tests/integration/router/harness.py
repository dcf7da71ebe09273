"""Running a real router process for tests (`python -m gammainfra_router`), with its own
ops port, consumer group and topics, fast cycles and short cool-downs."""

from __future__ import annotations

import asyncio
import os
import uuid

import orjson
import redis.asyncio as aioredis

from tests.conftest import KAFKA_BOOTSTRAP
from tests.integration.gateway.harness import free_port
from tests.integration.service_process import ServiceProcess

SNAPSHOT_KEY = "gi:routing:health"

FAST = {"GI_ROUTER_PUBLISH_INTERVAL_S": "0.3", "GI_ROUTER_COOLDOWN_S": "3", "GI_ROUTER_WINDOW_S": "120",
        "GI_ROUTER_DOWN_CONSECUTIVE_FAILURES": "3", "GI_ROUTER_HALF_OPEN_SUCCESSES": "2",
        "GI_ROUTER_PROBE_SHARE": "0.5", "GI_ROUTER_START_FROM": "latest"}


class RouterProcess(ServiceProcess):
    def __init__(self, *, redis_url: str, health_topic: str, accounts_topic: str, group_id: str | None = None,
                 extra_env: dict[str, str] | None = None) -> None:
        ops_port = free_port()
        super().__init__("gammainfra_router", name="router", ops_port=ops_port, env={
            **os.environ, "GI_REDIS_URL": redis_url, "GI_KAFKA_BOOTSTRAP": KAFKA_BOOTSTRAP,
            "GI_ROUTER_OPS_PORT": str(ops_port),
            "GI_ROUTER_GROUP_ID": group_id or f"router-test-{uuid.uuid4().hex[:8]}",
            "GI_ROUTER_HEALTH_TOPIC": health_topic, "GI_ROUTER_ACCOUNTS_TOPIC": accounts_topic,
            **FAST, **(extra_env or {})})


async def snapshot(redis: aioredis.Redis) -> dict | None:
    raw = await redis.get(SNAPSHOT_KEY)
    return orjson.loads(raw) if raw else None


async def wait_snapshot(redis: aioredis.Redis, predicate, *, timeout_s: float = 30, what: str = "") -> dict:
    """The first snapshot for which predicate(doc) is true (polls; fails at the deadline)."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout_s
    last = None
    while loop.time() < end:
        last = await snapshot(redis)
        if last is not None and predicate(last):
            return last
        await asyncio.sleep(0.1)
    raise AssertionError(f"snapshot never showed {what} within {timeout_s}s; last: {last}")


def entry(doc: dict, pair: str) -> dict | None:
    return doc["entries"].get(pair)


def state_of(doc: dict, pair: str) -> str | None:
    e = entry(doc, pair)
    return e["state"] if e else None
