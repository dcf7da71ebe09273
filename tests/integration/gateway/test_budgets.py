"""Budgets under concurrency, on a real gateway, Redis, PostgreSQL and Kafka (the
fake provider answers slowly so every request is in flight at once): the
reservation in one Lua script keeps the spend within the limit, refused requests
get 402 in the API's error shape and a rejected/402/budget_exceeded event,
nothing stays reserved afterwards, and metering's ledger total replaces the
gateway's pending settlements in Redis."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import uuid

import aiohttp
import asyncpg
import pytest

from gammainfra_common.migrations import apply_migrations
from gammainfra_fakeproviders.faults import FaultPlan
from gammainfra_gateway.budget.guard import current_month
from gammainfra_metering.devstack import migrations as metering_migrations
from gammainfra_schemas.budget_keys import month_keys, reservation_keys
from tests.conftest import DATABASE_URL, KAFKA_BOOTSTRAP, REDIS_URL
from tests.integration.conftest import eventually
from tests.integration.gateway.harness import EventTail, GatewayProcess
from tests.integration.metering.harness import ROOT, MeteringProcess

pytestmark = [pytest.mark.integration, pytest.mark.timing]

LIMIT_USD = "0.0004"  # 400 micro-USD: room for a handful of reservations
BODY = {"model": "openai/gpt-4o-mini", "max_tokens": 20, "messages": [{"role": "user", "content": "budget?"}]}
CONCURRENT = 40


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "GI_DATABASE_URL": DATABASE_URL, "GI_REDIS_URL": REDIS_URL,
           "GI_KAFKA_BOOTSTRAP": KAFKA_BOOTSTRAP}
    return subprocess.run([sys.executable, "-m", "gammainfra_cli.main", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


async def _post(http, gateway, api_key, path="/chat/completions", body=BODY):
    async with http.post(f"{gateway.base_url}{path}", json=body,
                         headers={"Authorization": f"Bearer {api_key}"}) as resp:
        return resp.status, await resp.json(content_type=None), resp.headers.get("x-request-id")


METERING_MIGRATIONS = metering_migrations()[1]


async def _int(redis, key) -> int:
    return int(await redis.get(key) or 0)


async def test_concurrent_requests_against_a_small_budget_never_overshoot(gateway, fake, customer, events, redis):
    customer_id, key_id, api_key = customer
    account_events = await EventTail(topic="accounts.v1", customer_id=customer_id).mark()
    done = _cli("budgets", "set", "--customer", customer_id, "--limit-usd", LIMIT_USD, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["monthly_budget_micro_usd"] == 400
    # The customer's own account.created/api_key.created may still be on their way
    # (relayed from the outbox in commit order, so before budget.changed).
    budget: list = []
    for want in (1, 2, 3):
        budget = [(d, h) for d, h in await account_events.events(count=want, timeout_s=10)
                  if d["type"] == "budget.changed"]
        if budget:
            break
    (changed, headers), = budget
    assert changed["type"] == "budget.changed" and changed["limit_micro_usd"] == 400
    assert headers["ce_type"] == "com.gammainfra.budget.changed"
    fake.faults.configure("openai-us", FaultPlan(latency_ms=400))
    async with aiohttp.ClientSession() as http:
        results = await asyncio.gather(*[_post(http, gateway, api_key) for _ in range(CONCURRENT)])
    ok = [r for r in results if r[0] == 200]
    refused = [r for r in results if r[0] == 402]
    assert len(ok) + len(refused) == CONCURRENT, [r[0] for r in results]
    assert ok and refused
    for _, body, _ in refused:
        assert body["error"]["type"] == "insufficient_quota" and body["error"]["code"] == "budget_exceeded"

    seen = await events.events(count=CONCURRENT, timeout_s=30)
    by_id = {data["request_id"]: data for data, _ in seen}
    spent = sum(by_id[rid]["cost_micro_usd"] + by_id[rid]["platform_fee_micro_usd"] for _, _, rid in ok)
    # The limit holds exactly: reservations are upper bounds taken atomically.
    print(f"budget: {len(ok)} served, {len(refused)} refused, spent {spent} of 400 micro-USD")
    assert 0 < spent <= 400
    for _, _, rid in refused:
        e = by_id[rid]
        assert (e["status"], e["http_status"], e["error_type"]) == ("rejected", 402, "budget_exceeded")
        assert e["cost_micro_usd"] == 0 and e["fallback_chain"] == []

    month = current_month()

    async def settled():
        # Settlements run right after each response: nothing may stay reserved.
        reserved = [await _int(redis, reservation_keys(customer_id, k)[2]) for k in (None, key_id)]
        pending = [await _int(redis, month_keys(customer_id, k, month)[3]) for k in (None, key_id)]
        return reserved == [0, 0] and pending == [spent, spent]

    await eventually(settled, timeout_s=10)

    # Metering is the source of truth: its ledger total replaces the pending settlements.
    schema = f"metering_t_{uuid.uuid4().hex[:10]}"
    # It starts where this test's events start (stored offsets, as after a restart),
    # not at the beginning of a shared topic that grows with every test run.
    await apply_migrations(DATABASE_URL, schema, METERING_MIGRATIONS)
    conn = await asyncpg.connect(DATABASE_URL)
    try:
        await conn.executemany(f"INSERT INTO {schema}.consumer_offsets (topic, partition, next_offset) "
                               f"VALUES ($1, $2, $3)", [(tp.topic, tp.partition, offset)
                                                        for tp, offset in events.start_offsets.items()])
    finally:
        await conn.close()
    metering = MeteringProcess(topic="llm.requests.v1", schema=schema, redis=True)
    await metering.start()
    try:
        async def corrected():
            ledger = [await _int(redis, month_keys(customer_id, k, month)[0]) for k in (None, key_id)]
            pending = [await _int(redis, month_keys(customer_id, k, month)[3]) for k in (None, key_id)]
            return ledger == [spent, spent] and pending == [0, 0]

        await eventually(corrected, timeout_s=120, interval_s=0.5)
    finally:
        metering.stop()
        conn = await asyncpg.connect(DATABASE_URL)
        await conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        await conn.close()

    # Clearing the budget takes effect at once (cached keys are evicted).
    assert _cli("budgets", "set", "--customer", customer_id, "--clear").returncode == 0
    fake.faults.reset()
    async with aiohttp.ClientSession() as http:
        async def served():
            return (await _post(http, gateway, api_key))[0] == 200
        await eventually(served, timeout_s=5)


async def test_key_budget_refuses_in_anthropic_shape_on_messages(gateway, customer, events):
    customer_id, key_id, api_key = customer
    assert _cli("budgets", "set", "--customer", customer_id, "--key", key_id, "--limit-usd", "0").returncode == 0
    body = {"model": "anthropic/claude-sonnet-4", "max_tokens": 16, "messages": [{"role": "user", "content": "hi"}]}
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{gateway.base_url}/messages", json=body,
                             headers={"x-api-key": api_key, "anthropic-version": "2023-06-01"}) as resp:
            assert resp.status == 402
            answer = await resp.json()
    assert answer["type"] == "error" and answer["error"]["type"] == "billing_error"
    (data, _), = await events.events(count=1)
    assert (data["status"], data["http_status"], data["error_type"]) == ("rejected", 402, "budget_exceeded")


async def test_budget_cli_rejects_bad_input(customer):
    customer_id, key_id, _ = customer
    for args, needle in ((["--limit-usd", "-1"], "zero or positive"), (["--limit-usd", "0.0000001"], "6 decimal"),
                         (["--limit-usd", "ten"], "decimal number")):
        done = _cli("budgets", "set", "--customer", customer_id, *args)
        assert done.returncode == 1 and needle in done.stderr, done.stderr
    done = _cli("budgets", "set", "--customer", "cus_nobody", "--limit-usd", "1")
    assert done.returncode == 1 and "no customer" in done.stderr
    done = _cli("budgets", "set", "--customer", customer_id, "--key", "nokey", "--limit-usd", "1")
    assert done.returncode == 1 and "no API key" in done.stderr


@pytest.mark.parametrize("policy,expected", [("open", 200), ("closed", 503)])
async def test_redis_down_follows_the_configured_policy(upstream_template, customer, policy, expected):
    customer_id, _, api_key = customer
    assert _cli("budgets", "set", "--customer", customer_id, "--limit-usd", "5").returncode == 0
    from tests.integration.gateway.harness import free_port
    proc = await GatewayProcess(upstream_template=upstream_template, extra_env={
        "GI_REDIS_URL": f"redis://127.0.0.1:{free_port()}/0", "GI_BUDGET_REDIS_FAILURE": policy}).start()
    try:
        async with aiohttp.ClientSession() as http:
            status, body, _ = await _post(http, proc, api_key)
        assert status == expected, body
        if expected == 503:
            assert body["error"]["code"] == "budget_unavailable"
    finally:
        proc.stop()


async def test_a_stream_settles_its_real_cost_when_it_ends(gateway, customer, events, redis):
    customer_id, key_id, api_key = customer
    assert _cli("budgets", "set", "--customer", customer_id, "--limit-usd", "1").returncode == 0
    body = {**BODY, "stream": True, "stream_options": {"include_usage": True}}
    async with aiohttp.ClientSession() as http:
        async def streamed():
            async with http.post(f"{gateway.base_url}/chat/completions", json=body,
                                 headers={"Authorization": f"Bearer {api_key}"}) as resp:
                text = await resp.text()
                return resp.status == 200 and text.rstrip().endswith("data: [DONE]")
        await eventually(streamed, timeout_s=5)  # the budget change evicts cached keys within ms
    (data, _), = await events.events(count=1)
    assert data["stream"] is True and data["status"] == "success"
    spent = data["cost_micro_usd"] + data["platform_fee_micro_usd"]
    month = current_month()

    async def settled():
        return (await _int(redis, reservation_keys(customer_id, None)[2]) == 0
                and await _int(redis, month_keys(customer_id, key_id, month)[3]) == spent > 0)

    await eventually(settled, timeout_s=10)
