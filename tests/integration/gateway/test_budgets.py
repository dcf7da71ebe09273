"""Budgets under concurrency, on a real gateway, Redis, PostgreSQL and Kafka (the
fake provider answers slowly so every request is in flight at once): the
reservation in one Lua script keeps the spend within the limit, refused requests
get 402 in the API's error shape and a rejected/402/budget_exceeded event,
nothing stays reserved afterwards, and metering's ledger total replaces the
gateway's pending settlements in Redis. With Redis unreachable, a prepaid (credit)
account gets 503 `budget_unavailable` with Retry-After (402 if it has no credit at
all) and no provider call, while a postpaid budget is served under fail-open."""

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


async def _prepaid(customer_id: str, credit_micro_usd: int) -> None:
    """The billing state billing's account-state event leaves in the gateway's table
    (billing/state.py writes the same row; tests/integration/billing covers that path)."""
    month = current_month()
    conn = await asyncpg.connect(DATABASE_URL)
    try:
        await conn.execute("INSERT INTO gateway.billing_state (customer_id, mode, credit_limit_micro_usd, credit_month, "
                           "suspended, version) VALUES ($1, 'credit', $2, $3, false, 1)",
                           customer_id, credit_micro_usd, f"{month[:4]}-{month[4:]}")
    finally:
        await conn.close()


def _provider_calls(fake) -> int:
    return sum(s["requests"] for s in fake.faults.all_stats().values())


MESSAGES = {"model": "anthropic/claude-sonnet-4", "max_tokens": 16, "messages": [{"role": "user", "content": "hi"}]}


async def test_redis_down_never_serves_a_prepaid_account_unchecked(upstream_template, fake, key_store):
    made = [await key_store.create_account(f"test-{uuid.uuid4().hex[:10]}@example.com", "Test") for _ in range(3)]
    credited, no_credit, postpaid = [(a.customer_id, a.api_key) for a in made]
    await _prepaid(credited[0], 1_000_000)
    await _prepaid(no_credit[0], 0)
    assert _cli("budgets", "set", "--customer", postpaid[0], "--limit-usd", "5").returncode == 0
    tails = {c: await EventTail(customer_id=c).mark() for c, _ in (credited, no_credit)}
    from tests.integration.gateway.harness import free_port
    proc = await GatewayProcess(upstream_template=upstream_template, extra_env={  # default policy: open
        "GI_REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"}).start()
    try:
        async with aiohttp.ClientSession() as http:
            calls = _provider_calls(fake)
            answers = {}
            for name, (_, key) in (("credited", credited), ("no_credit", no_credit)):
                async with http.post(f"{proc.base_url}/chat/completions", json=BODY,
                                     headers={"Authorization": f"Bearer {key}"}) as resp:
                    answers[name, "openai"] = resp.status, await resp.json(), resp.headers.get("Retry-After")
                async with http.post(f"{proc.base_url}/messages", json=MESSAGES,
                                     headers={"x-api-key": key, "anthropic-version": "2023-06-01"}) as resp:
                    answers[name, "anthropic"] = resp.status, await resp.json(), resp.headers.get("Retry-After")
            assert _provider_calls(fake) == calls, "a refused request reached a provider"
            status, body, _ = await _post(http, proc, postpaid[1])
            assert status == 200, body  # postpaid budget: the configured fail-open policy
    finally:
        proc.stop()
    status, body, retry = answers["credited", "openai"]
    assert (status, body["error"]["code"], body["error"]["type"]) == (503, "budget_unavailable", "server_error")
    assert int(retry) > 0
    status, body, retry = answers["credited", "anthropic"]
    assert (status, body["type"], body["error"]["type"]) == (503, "error", "overloaded_error") and int(retry) > 0
    status, body, _ = answers["no_credit", "openai"]
    assert (status, body["error"]["code"]) == (402, "insufficient_credits")
    status, body, _ = answers["no_credit", "anthropic"]
    assert (status, body["type"], body["error"]["type"]) == (402, "error", "billing_error")
    # Refusals are requests like any other: each has its llm.requests.v1 event.
    seen = [(d["status"], d["http_status"]) for d, _ in await tails[credited[0]].events(count=2)]
    assert seen == [("error", 503)] * 2
    seen = [(d["status"], d["http_status"], d["error_type"]) for d, _ in await tails[no_credit[0]].events(count=2)]
    assert seen == [("rejected", 402, "budget_exceeded")] * 2


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
