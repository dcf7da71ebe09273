"""Router integration fixtures: a fake provider server, per-test health and accounts
topics, and a Redis database of their own (the snapshot key is fixed, so router
tests must not share a database with gateway tests)."""

from __future__ import annotations

import uuid

import pytest
import redis.asyncio as aioredis

from tests.conftest import REDIS_URL
from tests.integration.gateway.harness import GatewayProcess

from .harness import SNAPSHOT_KEY, RouterProcess

ROUTER_REDIS_URL = REDIS_URL.rsplit("/", 1)[0] + "/9"
GATEWAY_ENV = {"GI_GATEWAY_HEALTH_REFRESH_S": "0.1", "GI_GATEWAY_HEALTH_STALE_AFTER_S": "2",
               "GI_GATEWAY_ATTEMPT_TIMEOUT_S": "3", "GI_GATEWAY_TOTAL_DEADLINE_S": "10",
               "GI_REDIS_URL": ROUTER_REDIS_URL}


@pytest.fixture(autouse=True)
async def _healthy_fake(fake):
    fake.faults.reset()
    yield
    fake.faults.reset()


@pytest.fixture
async def redis():
    client = aioredis.from_url(ROUTER_REDIS_URL)
    await client.delete(SNAPSHOT_KEY)  # no snapshot left over from another test
    yield client
    await client.aclose()


@pytest.fixture
async def gateway(upstream_template, redis):
    proc = await GatewayProcess(upstream_template=upstream_template,
                                extra_env=GATEWAY_ENV).start()
    yield proc
    proc.stop()


@pytest.fixture
async def topics(new_topic):
    """(health topic, accounts topic), fresh for this test."""
    return await new_topic(3), await new_topic(3)


@pytest.fixture
async def start_router(topics, redis):
    started: list[RouterProcess] = []

    async def start(**kw) -> RouterProcess:
        health, accounts = topics
        kw.setdefault("health_topic", health)
        kw.setdefault("accounts_topic", accounts)
        proc = await RouterProcess(redis_url=ROUTER_REDIS_URL, **kw).start()
        started.append(proc)
        return proc

    yield start
    for proc in started:
        proc.stop()


@pytest.fixture
async def make_customer(key_store):
    async def make() -> tuple[str, str]:
        created = await key_store.create_account(f"router-{uuid.uuid4().hex[:10]}@example.com", "Router test")
        return created.customer_id, created.api_key
    return make
