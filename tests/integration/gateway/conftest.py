"""Fixtures for gateway integration tests: a fake provider server (in process), a
gateway process, and customers with API keys created in the real database."""

from __future__ import annotations

import pytest
import redis.asyncio as aioredis

from tests.conftest import REDIS_URL
from tests.integration.gateway.harness import EventTail, GatewayProcess


@pytest.fixture(autouse=True)
async def _healthy_fake(fake):
    fake.faults.reset()
    yield


@pytest.fixture(scope="session")
async def gateway(upstream_template):
    proc = await GatewayProcess(upstream_template=upstream_template,
                                extra_env={"GI_GATEWAY_MAX_BODY_BYTES": "65536", "GI_GATEWAY_ATTEMPT_TIMEOUT_S": "1.5",
                                           "GI_GATEWAY_TOTAL_DEADLINE_S": "5"}).start()
    yield proc
    proc.stop()


@pytest.fixture
async def customer(key_store):
    """A fresh account; returns (customer_id, key_id, api_key)."""
    import uuid
    created = await key_store.create_account(f"test-{uuid.uuid4().hex[:10]}@example.com", "Test")
    return created.customer_id, created.key_id, created.api_key


@pytest.fixture
async def events(customer):
    """New llm.requests.v1 events of this test's customer."""
    return await EventTail(customer_id=customer[0]).mark()


@pytest.fixture
async def redis():
    client = aioredis.from_url(REDIS_URL)
    yield client
    await client.aclose()
