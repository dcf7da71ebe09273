"""Dashboards and rules against a live scrape: real gateway, router and metering processes on
free ports (against the test Kafka, PostgreSQL and Redis), plus billing and retention, two
requests through the gateway to the fake providers, then every service's /metrics. A panel or
rule naming a metric no running service exports fails; so does an alert metric without a
panel."""

from __future__ import annotations

import asyncio
import uuid

import aiohttp
import pytest

from tests.deploy.dashboard_checks import cross_check, exported_names
from tests.integration.billing.harness import BillingProcess, billing_env
from tests.integration.gateway.harness import GatewayProcess
from tests.integration.metering.harness import MeteringProcess
from tests.integration.retention.harness import RetentionProcess
from tests.integration.router.harness import RouterProcess
from tests.conftest import REDIS_URL

pytestmark = [pytest.mark.integration]


async def _scrape(http: aiohttp.ClientSession, port: int) -> str:
    async with http.get(f"http://127.0.0.1:{port}/metrics") as resp:
        assert resp.status == 200
        return await resp.text()


async def test_every_panel_and_rule_metric_is_exported(upstream_template, key_store, scratch_schema,
                                                       new_topic):
    health_topic = await new_topic(1, with_dlq=False)
    accounts_topic = await new_topic(1, with_dlq=False)
    gateway = GatewayProcess(upstream_template=upstream_template)
    router = RouterProcess(redis_url=REDIS_URL, health_topic=health_topic, accounts_topic=accounts_topic)
    # With Redis, as in production: the budget sync (and its metric) exists only then.
    metering = MeteringProcess(topic=await new_topic(1), schema=scratch_schema, redis=True)
    lifecycle_topic = await new_topic(1)
    retention = RetentionProcess(schema=f"{scratch_schema}_retention", lifecycle_topic=lifecycle_topic,
                                 accounts_topic=accounts_topic)
    # Billing against a Stripe that is never called here (its metrics exist from the start).
    billing = BillingProcess(billing_env(schema=f"{scratch_schema}_billing", usage_topic=await new_topic(1),
                                         stripe_url="http://127.0.0.1:9", extra={
                                             "GI_BILLING_ACCOUNTS_TOPIC": accounts_topic,
                                             "GI_BILLING_LIFECYCLE_TOPIC": lifecycle_topic}))
    processes = {"gateway": gateway, "router": router, "metering": metering, "retention": retention,
                 "billing": billing}
    try:
        await asyncio.gather(*(p.start() for p in processes.values()))
        account = await key_store.create_account(f"dash-{uuid.uuid4().hex[:8]}@example.com", "Dashboards")
        headers = {"Authorization": f"Bearer {account.api_key}"}
        body = {"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}
        async with aiohttp.ClientSession() as http:
            for _ in range(2):  # labelled series appear with traffic
                async with http.post(gateway.base_url + "/chat/completions", json=body, headers=headers) as r:
                    assert r.status == 200
            texts = {name: await _scrape(http, p.ops_port) for name, p in processes.items()}
    finally:
        for p in processes.values():
            p.stop()
        for suffix in ("_retention", "_billing"):
            await _drop_schema(scratch_schema + suffix)
    exported = set().union(*(exported_names(t) for t in texts.values()))
    assert "gi_gateway_requests_total" in exported and 'status="success"' in texts["gateway"]
    result = cross_check(exported)
    assert result.problems == []



async def _drop_schema(name: str) -> None:
    import asyncpg

    from tests.conftest import DATABASE_URL

    conn = await asyncpg.connect(DATABASE_URL)
    try:
        await conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
    finally:
        await conn.close()
