"""Chaos: SIGKILL of the router and of billing while mixed traffic flows; each is
restarted 10 s later. Billing must still bill every 2xx request exactly once (its
usage equals the ledger's per customer), and the router must publish again."""

from __future__ import annotations

import pytest
import redis.asyncio as aioredis

from tests.chaos.scenario import run_scenario
from tests.conftest import REDIS_URL
from tests.integration.conftest import eventually
from tests.integration.router.harness import snapshot

pytestmark = [pytest.mark.integration, pytest.mark.timing]


async def test_router_sigkill_and_restart(system):
    redis = aioredis.from_url(REDIS_URL)
    versions = []

    async def fault():
        versions.append((await snapshot(redis))["version"])
        system.router.kill()

    async def heal():
        await system.router.start()

    try:
        entry = await run_scenario(system, "router_sigkill", fault, heal)

        async def publishes_again():
            doc = await snapshot(redis)
            return doc is not None and doc["version"] > versions[0]

        await eventually(publishes_again, timeout_s=20)
    finally:
        await redis.aclose()
    # Routing never waits on the router: the gateways route on their snapshot copy.
    assert entry["non_2xx"] == 0, entry


async def test_billing_sigkill_and_restart(system):
    async def fault():
        system.billing.kill()  # mid-batch: rows and offsets were one transaction, or neither

    async def heal():
        await system.billing.start(90)

    entry = await run_scenario(system, "billing_sigkill", fault, heal)
    assert entry["non_2xx"] == 0, entry  # the request path does not touch billing
