"""Chaos: PostgreSQL and Redis restarted while mixed traffic flows. Both are this
worktree's own stack (`gammainfra stack up --infra-only` on the GI_STACK_* ports);
the tests refuse to touch a server whose port is not the one the suite uses."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

import pytest

from gammainfra_devstack.stack import Stack
from tests.chaos.scenario import run_scenario
from tests.conftest import DATABASE_URL, REDIS_URL

pytestmark = [pytest.mark.integration, pytest.mark.timing]


def own_stack() -> Stack:
    stack = Stack()
    assert stack.postgres.port == urlsplit(DATABASE_URL).port, "the suite's PostgreSQL is not this stack's"
    assert stack.redis.port == urlsplit(REDIS_URL).port, "the suite's Redis is not this stack's"
    assert stack.pids.running("postgres") and stack.pids.running("redis"), "this stack does not run them"
    return stack


async def test_postgres_restart(system):
    stack = own_stack()

    async def fault():
        await asyncio.to_thread(stack.postgres.stop)  # fast shutdown: every session is cut

    async def heal():
        await asyncio.to_thread(stack.postgres.start)
        await stack.postgres.wait_ready()

    entry = await run_scenario(system, "postgres_restart", fault, heal)
    # Keys verified before the outage stay cached in the gateways, so requests keep being
    # served; metering and billing retry their transactions until PostgreSQL is back.
    assert entry["non_2xx"] == 0, entry


async def test_redis_restart(system):
    stack = own_stack()

    async def fault():
        await asyncio.to_thread(stack.redis.stop)

    async def heal():
        await asyncio.to_thread(stack.redis.start)
        await stack.redis.wait_ready()

    entry = await run_scenario(system, "redis_restart", fault, heal, redis_outage=True)
    # Rate limits fall back to a local limiter, postpaid budgets fail open (GI_BUDGET_REDIS_FAILURE),
    # the gateways route on their last health snapshot: no request fails. The prepaid account's
    # requests get the documented 503 budget_unavailable meanwhile (counted apart, limits.py).
    assert entry["non_2xx"] == 0, entry
    assert entry["credit_unavailable_503"] > 0, "the prepaid account was never refused: nothing was tested"
