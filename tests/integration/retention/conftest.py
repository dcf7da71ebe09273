"""Fixtures of the retention tests: the lifecycle stack (gateway, metering, router
and retention on one fresh lifecycle topic, their own schemas), HTTP helpers and
the real database and Redis."""

from __future__ import annotations

import asyncio
import json
import uuid
from dataclasses import dataclass

import aiohttp
import asyncpg
import pytest
import redis.asyncio as aioredis
from aiohttp import web
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from tests.conftest import DATABASE_URL, KAFKA_BOOTSTRAP, REDIS_URL
from tests.integration.accounts.conftest import gateway_env
from tests.integration.gateway.harness import GatewayProcess
from tests.integration.metering.harness import MeteringProcess
from tests.integration.router.harness import RouterProcess

from .harness import RetentionProcess

LIFECYCLE_SERVICES = "gateway,metering,router"


class FakeBilling:
    """Stands in for billing's internal export API (the hook billing fills):
    `GET /v1/exports/billing?customer_id=C` -> NDJSON of that customer's records."""

    def __init__(self) -> None:
        self.records: dict[str, list[dict]] = {}
        self.fail = False
        self._runner: web.AppRunner | None = None
        self.port = 0

    async def _export(self, request: web.Request) -> web.StreamResponse:
        if self.fail:
            return web.Response(status=500)
        lines = [json.dumps(r) for r in self.records.get(request.query["customer_id"], [])]
        return web.Response(text="".join(line + "\n" for line in lines), content_type="application/x-ndjson")

    async def start(self) -> "FakeBilling":
        app = web.Application()
        app.router.add_get("/v1/exports/billing", self._export)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


@dataclass
class LifecycleStack:
    lifecycle_topic: str
    metering_schema: str
    retention_schema: str
    gateway: GatewayProcess
    metering: MeteringProcess
    router: RouterProcess
    retention: RetentionProcess
    billing: FakeBilling

    @property
    def cli_env(self) -> dict[str, str]:
        return {"GI_RETENTION_SCHEMA": self.retention_schema, "GI_LIFECYCLE_TOPIC": self.lifecycle_topic,
                "GI_RETENTION_ERASURE_SERVICES": LIFECYCLE_SERVICES,
                "GI_RETENTION_PURGE_SERVICES": "metering,router"}

    def processes(self):
        return (self.gateway, self.metering, self.router, self.retention)


async def create_topic(name: str, partitions: int = 3) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA_BOOTSTRAP, request_timeout_ms=15000)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(name, partitions, 1), NewTopic(f"{name}.dlq", 1, 1)])
        for _ in range(50):
            described = await admin.describe_topics([name])
            if described and described[0]["error_code"] == 0 and described[0]["partitions"]:
                return
            await asyncio.sleep(0.1)
    finally:
        await admin.close()


@pytest.fixture(autouse=True)
async def _healthy_fake(fake):
    fake.faults.reset()
    yield
    fake.faults.reset()


@pytest.fixture(scope="module")
async def lifecycle_stack(upstream_template):
    suffix = uuid.uuid4().hex[:8]
    topic = f"test-lifecycle-{suffix}"
    await create_topic(topic)
    metering_schema, retention_schema = f"metering_r_{suffix}", f"retention_r_{suffix}"
    common = {"GI_LIFECYCLE_TOPIC": topic}
    billing = await FakeBilling().start()
    metering = MeteringProcess(topic="llm.requests.v1", schema=metering_schema, redis=True,
                               extra_env={**common, "GI_METERING_BUDGET_SYNC_S": "0.2",
                                          "GI_METERING_BATCH_WAIT_S": "0.05"})
    stack = LifecycleStack(
        lifecycle_topic=topic, metering_schema=metering_schema, retention_schema=retention_schema,
        billing=billing,
        gateway=GatewayProcess(upstream_template=upstream_template, extra_env=gateway_env(
            GI_GATEWAY_LIFECYCLE_GROUP_ID=f"gateway-lc-{suffix}", GI_METERING_API_URL=metering.api_url,
            GI_GATEWAY_BILLING_API_URL=f"http://127.0.0.1:{billing.port}", **common)),
        metering=metering,
        router=RouterProcess(redis_url=REDIS_URL.rsplit("/", 1)[0] + "/8", health_topic=f"{topic}-health",
                             accounts_topic="accounts.v1",
                             extra_env={**common, "GI_ROUTER_SNAPSHOT_KEY": f"gi:test:health:{suffix}"}),
        retention=RetentionProcess(schema=retention_schema, lifecycle_topic=topic,
                                   extra_env={"GI_RETENTION_ERASURE_SERVICES": LIFECYCLE_SERVICES,
                                              "GI_RETENTION_PURGE_SERVICES": "metering,router",
                                              "GI_RETENTION_ERASURE_TIMEOUT_S": "60"}))
    await create_topic(f"{topic}-health", 1)
    try:
        await asyncio.gather(*(p.start(90) for p in stack.processes()))
        yield stack
    finally:
        for proc in stack.processes():
            proc.stop()
        await billing.stop()
        conn = await asyncpg.connect(DATABASE_URL)
        try:
            for schema in (metering_schema, retention_schema):
                await conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        finally:
            await conn.close()


@pytest.fixture
async def http():
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def pg():
    conn = await asyncpg.connect(DATABASE_URL)
    yield conn
    await conn.close()


@pytest.fixture
async def redis():
    client = aioredis.from_url(REDIS_URL)
    yield client
    await client.aclose()
