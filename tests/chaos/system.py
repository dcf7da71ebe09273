"""The system under chaos: a private broker, two gateway processes, two metering
consumers in one group writing a private ledger schema, the router (health
snapshot in Redis), billing with the Stripe fake, retention (lifecycle.v1 and
accounts.v1, its own schema), four customers without limits and three with
(limits.py: a monthly budget, bought credits, no credits). The
scenario runner is in scenario.py."""

from __future__ import annotations

import os
import signal
import time
import uuid
from dataclasses import dataclass, field

import asyncpg
import redis.asyncio as aioredis

from gammainfra_devstack.topics import bootstrap_topics
from gammainfra_fakestripe import FakeStripeServer
from tests.conftest import DATABASE_URL, REDIS_URL
from tests.integration.billing.harness import WEBHOOK_SECRET, BillingProcess, billing_env
from tests.integration.gateway.harness import GatewayProcess
from tests.integration.retention.harness import RetentionProcess
from tests.chaos.limits import Limited, add_limited_customers
from tests.integration.router.harness import SNAPSHOT_KEY, RouterProcess

# Chaos settings of the gateways (the defaults suit production, not a 10 s fault):
GATEWAY_ENV = {
    "GI_GATEWAY_KEY_RPM": "1000000000",  # the per-key limit would shed this traffic; it has tests of its own
    "GI_GATEWAY_HEALTH_REFRESH_S": "0.5",
    "GI_GATEWAY_HEALTH_STALE_AFTER_S": "5",  # so a 10 s router outage crosses the stale limit
    "GI_GATEWAY_ATTEMPT_TIMEOUT_S": "2",  # a hanging endpoint is given up in time to fall back
}
# Billing names the default topics: the broker is private, so they hold only this system's events.
BILLING_TOPICS = {"GI_BILLING_INVOICES_TOPIC": "billing.invoices.v1", "GI_BILLING_STATE_TOPIC": "billing.account_state.v1",
                  "GI_BILLING_ACCOUNTS_TOPIC": "accounts.v1", "GI_BILLING_LIFECYCLE_TOPIC": "lifecycle.v1",
                  "GI_BILLING_BATCH_WAIT_S": "0.05"}


class Db:
    """PostgreSQL for the after-checks: a fresh connection per query, so the checks
    survive the PostgreSQL restart scenario (a held connection would not)."""

    async def fetch(self, query: str, *args):
        conn = await asyncpg.connect(DATABASE_URL, timeout=5)
        try:
            return await conn.fetch(query, *args)
        finally:
            await conn.close()

    async def execute(self, query: str, *args):
        conn = await asyncpg.connect(DATABASE_URL, timeout=5)
        try:
            return await conn.execute(query, *args)
        finally:
            await conn.close()

    async def fetchval(self, query: str, *args):
        rows = await self.fetch(query, *args)
        return rows[0][0] if rows else None


@dataclass
class System:
    kafka: object
    gateways: list[GatewayProcess]
    metering: list
    customers: list[tuple[str, str]]
    pg: Db
    schema: str
    router: RouterProcess | None = None
    billing: BillingProcess | None = None
    billing_schema: str | None = None
    stripe: FakeStripeServer | None = None
    retention: RetentionProcess | None = None
    limited: "Limited | None" = None  # the customers with a budget or credits (also in `customers`)
    extra: list = field(default_factory=list)

    def processes(self) -> list:
        return [*self.gateways, *(p for p in (self.router, self.billing, self.retention) if p is not None)]


async def start_system(kafka_node, key_store, upstream_template, ledger_schema, metering_processes,
                       *, gateway_envs: list[dict[str, str]] | None = None) -> System:
    """`gateway_envs`: extra settings of each gateway (e.g. where its spool lives)."""
    await bootstrap_topics(kafka_node.bootstrap)
    on_broker = {"GI_KAFKA_BOOTSTRAP": kafka_node.bootstrap}
    redis = aioredis.from_url(REDIS_URL)
    try:  # a snapshot left by an earlier scenario's router must not look like this one's
        await redis.delete(SNAPSHOT_KEY)
    finally:
        await redis.aclose()
    # Billing is built first so the gateways know its API (credits checkout) and read the account
    # state it publishes (credit limits); each gateway follows that topic in a group of its own.
    system_id = uuid.uuid4().hex[:8]
    stripe = await FakeStripeServer(port=0, webhook_secret=WEBHOOK_SECRET).start()
    billing_schema = f"billing_c_{uuid.uuid4().hex[:10]}"
    group = f"metering-{ledger_schema}"
    # With Redis, as deployed: metering writes each budget's ledger total back to the gateways' counters.
    metering = [metering_processes(topic="llm.requests.v1", schema=ledger_schema, group=group, redis=True,
                                   extra_env=on_broker) for _ in range(2)]
    gateways = [GatewayProcess(upstream_template=upstream_template, kafka=kafka_node.bootstrap,
                               extra_env={**GATEWAY_ENV, "GI_GATEWAY_BILLING_STATE_TOPIC": "billing.account_state.v1",
                                          "GI_GATEWAY_BILLING_STATE_GROUP_ID": f"gateway-bs-{i}-{system_id}",
                                          **extra})
                for i, extra in enumerate(gateway_envs or [{}, {}])]
    env = billing_env(schema=billing_schema, usage_topic="llm.requests.v1", stripe_url=stripe.url,
                      extra={**on_broker, **BILLING_TOPICS, "GI_BILLING_METERING_API_URL": metering[0].api_url,
                             "GI_BILLING_ACCOUNTS_API_URL": f"http://127.0.0.1:{gateways[0].ops_port}"})
    billing = BillingProcess(env)
    for gateway in gateways:
        gateway.env["GI_GATEWAY_BILLING_API_URL"] = billing.api_url
    system = System(kafka_node, gateways, metering, [], Db(), ledger_schema, stripe=stripe,
                    billing=billing, billing_schema=billing_schema)
    # The router writes the snapshot key the gateways read (the chaos tests own this Redis).
    system.router = RouterProcess(redis_url=REDIS_URL, health_topic="routing.health.v1",
                                  accounts_topic="accounts.v1", extra_env=on_broker)
    # Retention follows lifecycle.v1 (erasure requests, consents) and accounts.v1 on this broker;
    # purge off: its monthly sweep would only add a timer to a minutes-long run.
    system.retention = RetentionProcess(schema=f"retention_c_{uuid.uuid4().hex[:10]}",
                                        lifecycle_topic="lifecycle.v1", extra_env=on_broker)
    try:  # a start-up that fails (or times out) half-way must not leave processes behind
        for proc in (*gateways, *metering, system.router, billing, system.retention):
            await proc.start(90)
        for i in range(4):
            created = await key_store.create_account(f"chaos-{ledger_schema}-{i}@example.com", "Chaos")
            system.customers.append((created.customer_id, created.api_key))
        system.limited = await add_limited_customers(system, key_store)
    except BaseException:
        await stop_system(system)
        raise
    return system


async def stop_system(system: System) -> None:
    for proc in system.processes():
        proc.stop()
    if system.stripe is not None:
        await system.stripe.stop()
    schemas = [s for s in (system.billing_schema, system.retention and system.retention.schema) if s]
    if schemas:
        conn = await asyncpg.connect(DATABASE_URL)
        try:
            for schema in schemas:
                await conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        finally:
            await conn.close()


def sigkill_broker(node) -> None:
    tracked = node.broker._pids.running(node.broker.name)
    assert tracked is not None, "broker not running before the fault"
    os.kill(tracked.pid, signal.SIGKILL)
    while tracked.alive():
        time.sleep(0.05)
