"""Fixtures of the retention tests: the lifecycle stack (gateway, metering, router,
billing with the Stripe fake, and retention on one fresh lifecycle topic, their own
schemas), HTTP helpers and the real database and Redis."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass

import asyncpg
import pytest
import redis.asyncio as aioredis
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from gammainfra_billing.bootstrap import MIGRATIONS as BILLING_MIGRATIONS
from gammainfra_common.migrations import apply_migrations
from gammainfra_fakestripe import FakeStripeServer
from tests.conftest import DATABASE_URL, KAFKA_BOOTSTRAP, REDIS_URL
from tests.integration.billing.harness import WEBHOOK_SECRET, BillingProcess, billing_env
from tests.integration.accounts.conftest import gateway_env
from tests.integration.gateway.harness import EventTail, GatewayProcess
from tests.integration.metering.harness import MeteringProcess
from tests.integration.router.harness import RouterProcess

from .harness import RetentionProcess

LIFECYCLE_SERVICES = "gateway,metering,router,billing"
PURGE_SERVICES = "metering,router,billing"


@dataclass
class LifecycleStack:
    lifecycle_topic: str
    metering_schema: str
    retention_schema: str
    billing_schema: str
    gateway: GatewayProcess
    metering: MeteringProcess
    router: RouterProcess
    retention: RetentionProcess
    billing: BillingProcess
    stripe: FakeStripeServer

    @property
    def cli_env(self) -> dict[str, str]:
        return {"GI_RETENTION_SCHEMA": self.retention_schema, "GI_LIFECYCLE_TOPIC": self.lifecycle_topic,
                "GI_RETENTION_ERASURE_SERVICES": LIFECYCLE_SERVICES,
                "GI_RETENTION_PURGE_SERVICES": PURGE_SERVICES}

    def processes(self):
        return (self.gateway, self.metering, self.router, self.billing, self.retention)


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


async def billing_from_here(schema: str) -> None:
    """Billing reads llm.requests.v1 from its stored offsets (from the beginning without
    any): seeded at the topic's end, as after a restart, so it bills this module's
    traffic, not every event the shared topic has collected."""
    await apply_migrations(DATABASE_URL, schema, BILLING_MIGRATIONS)
    conn = await asyncpg.connect(DATABASE_URL)
    try:
        await conn.executemany(
            f'INSERT INTO "{schema}".consumer_offsets (topic, partition, next_offset) VALUES ($1, $2, $3)',
            [(tp.topic, tp.partition, offset) for tp, offset in (await EventTail().mark()).start_offsets.items()])
    finally:
        await conn.close()


@pytest.fixture(scope="module")
async def lifecycle_stack(upstream_template):
    suffix = uuid.uuid4().hex[:8]
    topic = f"test-lifecycle-{suffix}"
    for name in (topic, f"{topic}-accounts", f"{topic}-invoices", f"{topic}-state"):
        await create_topic(name)
    metering_schema, retention_schema = f"metering_r_{suffix}", f"retention_r_{suffix}"
    billing_schema = f"billing_r_{suffix}"
    common = {"GI_LIFECYCLE_TOPIC": topic}
    stripe = await FakeStripeServer(port=0, webhook_secret=WEBHOOK_SECRET).start()
    await billing_from_here(billing_schema)
    metering = MeteringProcess(topic="llm.requests.v1", schema=metering_schema, redis=True,
                               extra_env={**common, "GI_METERING_BUDGET_SYNC_S": "0.2",
                                          "GI_METERING_BATCH_WAIT_S": "0.05"})
    billing_env_vars = billing_env(schema=billing_schema, usage_topic="llm.requests.v1", stripe_url=stripe.url, extra={
        # Accounts come from a topic of this module's own (the shared accounts.v1 holds every
        # account the suite ever made); the Stripe customer is made when its invoice is.
        "GI_BILLING_ACCOUNTS_TOPIC": f"{topic}-accounts", "GI_BILLING_LIFECYCLE_TOPIC": topic,
        "GI_BILLING_INVOICES_TOPIC": f"{topic}-invoices", "GI_BILLING_STATE_TOPIC": f"{topic}-state",
        "GI_BILLING_METERING_API_URL": metering.api_url, "GI_BILLING_BATCH_WAIT_S": "0.05"})
    billing = BillingProcess(billing_env_vars)
    stack = LifecycleStack(
        lifecycle_topic=topic, metering_schema=metering_schema, retention_schema=retention_schema,
        billing_schema=billing_schema, billing=billing, stripe=stripe,
        gateway=GatewayProcess(upstream_template=upstream_template, extra_env=gateway_env(
            GI_GATEWAY_LIFECYCLE_GROUP_ID=f"gateway-lc-{suffix}", GI_METERING_API_URL=metering.api_url,
            GI_GATEWAY_BILLING_API_URL=billing.api_url, GI_GATEWAY_BILLING_STATE_TOPIC=f"{topic}-state",
            GI_GATEWAY_BILLING_STATE_GROUP_ID=f"gateway-bs-{suffix}", **common)),
        metering=metering,
        router=RouterProcess(redis_url=REDIS_URL.rsplit("/", 1)[0] + "/8", health_topic=f"{topic}-health",
                             accounts_topic="accounts.v1",
                             extra_env={**common, "GI_ROUTER_SNAPSHOT_KEY": f"gi:test:health:{suffix}"}),
        retention=RetentionProcess(schema=retention_schema, lifecycle_topic=topic,
                                   extra_env={"GI_RETENTION_ERASURE_SERVICES": LIFECYCLE_SERVICES,
                                              "GI_RETENTION_PURGE_SERVICES": PURGE_SERVICES,
                                              "GI_RETENTION_ERASURE_TIMEOUT_S": "60"}))
    # Billing reads names and emails through the gateway's loopback route on its ops port.
    billing.env["GI_BILLING_ACCOUNTS_API_URL"] = f"http://127.0.0.1:{stack.gateway.ops_port}"
    await create_topic(f"{topic}-health", 1)
    try:
        await asyncio.gather(*(p.start(90) for p in stack.processes()))
        yield stack
    finally:
        for proc in stack.processes():
            proc.stop()
        await stripe.stop()
        conn = await asyncpg.connect(DATABASE_URL)
        try:
            for schema in (metering_schema, retention_schema, billing_schema):
                await conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        finally:
            await conn.close()


@pytest.fixture
async def redis():
    client = aioredis.from_url(REDIS_URL)
    yield client
    await client.aclose()
