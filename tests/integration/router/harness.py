"""Running a real router process for tests (`python -m gammainfra_router`), with its own
ops port, consumer group and topics, fast cycles and short cool-downs."""

from __future__ import annotations

import asyncio
import os
import uuid

import orjson
import redis.asyncio as aioredis
from aiokafka.admin import AIOKafkaAdminClient

from tests.conftest import KAFKA_BOOTSTRAP
from tests.integration.gateway.harness import EventTail, free_port
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
        self.group_id = self.env["GI_ROUTER_GROUP_ID"]
        self._requests_from: dict = {}

    async def start(self, deadline_s: float = 40):
        # Where the requests topic ended before the router existed: a partition still there
        # has nothing for the router to commit (it starts at "latest").
        self._requests_from = (await EventTail().mark()).start_offsets
        return await super().start(deadline_s)

    async def consumed_all(self, *, timeout_s: float = 20) -> None:
        """Waits until the router has committed every request event produced so far (it
        commits only after its sink counted them), so a check that "nothing else arrives"
        rests on the router's own progress, not on a pause."""
        end = (await EventTail().mark()).start_offsets
        admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA_BOOTSTRAP)
        await admin.start()
        try:
            loop = asyncio.get_running_loop()
            deadline = loop.time() + timeout_s
            behind: dict = {}
            while loop.time() < deadline:
                committed = {tp: meta.offset for tp, meta in
                             (await admin.list_consumer_group_offsets(self.group_id)).items()}
                behind = {tp: (committed.get(tp), offset) for tp, offset in end.items()
                          if offset > self._requests_from.get(tp, 0) and (committed.get(tp) or -1) < offset}
                if not behind:
                    return
                await asyncio.sleep(0.1)
        finally:
            await admin.close()
        raise AssertionError(f"router group {self.group_id} still behind (committed, end): {behind}")


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


async def gateway_routes_on(gateway, doc: dict, *, timeout_s: float = 10) -> None:
    """Waits until the gateway process routes on `doc` (a snapshot the test read from Redis)
    or a newer one, as its own gi_gateway_health_snapshot_version says. Seeing a state in
    Redis is not enough: the gateway's in-memory copy lags by up to one refresh."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout_s
    seen = None
    while loop.time() < end:
        seen = gateway_snapshot_version(await gateway.metrics())
        if seen is not None and seen >= doc["version"]:
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"gateway still routes on snapshot {seen}, not {doc['version']}, after {timeout_s}s")


def gateway_snapshot_version(metrics: str) -> int | None:
    for line in metrics.splitlines():
        if line.startswith("gi_gateway_health_snapshot_version "):
            return int(float(line.split()[1]))
    return None


def entry(doc: dict, pair: str) -> dict | None:
    return doc["entries"].get(pair)


def state_of(doc: dict, pair: str) -> str | None:
    e = entry(doc, pair)
    return e["state"] if e else None
