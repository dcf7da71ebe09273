"""Erasure end to end on the real broker, database and Redis: a customer with data
in every store (traffic, a budgeted key, BYOK, an objection flag, Redis keys, an
invoice and a Stripe customer) is erased while requests of theirs are in flight;
afterwards a data-only dump of PostgreSQL, every Redis key and value, Stripe, and a
replay of llm.requests.v1 hold nothing of theirs beyond the documented random-id
tombstones and the pseudonymous invoices accounting law makes billing keep."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import uuid
from datetime import UTC, datetime, timedelta

from gammainfra_fakeproviders.faults import FaultPlan
from gammainfra_schemas.timestamps import format_utc
from tests.conftest import DATABASE_URL
from tests.integration.accounts.conftest import call, sign_up
from tests.integration.billing.harness import cli as billing_cli
from tests.integration.conftest import eventually
from tests.integration.metering.events import request_event
from tests.integration.metering.harness import produce

from .harness import cli_json

# Where an erased customer's random id may stay (documented in docs/privacy-policy.md R.3
# and B.4): retention's audit trail and erased list, metering's and billing's tombstone
# sets, and billing's invoices with their lines (kept for accounting law, pseudonymous: the
# invoice id embeds the random customer id; no hosted URL).
ALLOWED_TABLES = {"erasures", "erased_customers", "invoices", "invoice_lines"}


async def chat(http, gateway, api_key: str) -> int:
    async with http.post(f"{gateway.base_url}/chat/completions", headers={"Authorization": f"Bearer {api_key}"},
                         json={"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "hi"}]}) as r:
        await r.read()
        return r.status


async def billing_rows(pg, schema: str, customer_id: str) -> int:
    return await pg.fetchval(f'SELECT count(*) FROM "{schema}".usage_events WHERE customer_id = $1', customer_id)


def after_grace(moment: datetime) -> str:
    """A clock past the end of `moment`'s month and billing's grace window."""
    next_month = (moment.replace(day=28) + timedelta(days=4)).replace(day=1, hour=0, minute=0, second=0,
                                                                      microsecond=0)
    return format_utc(next_month + timedelta(hours=6))


async def ledger_rows(pg, schema: str, customer_id: str) -> int:
    return await pg.fetchval(f'SELECT count(*) FROM "{schema}".request_log WHERE customer_id = $1', customer_id)


def pg_dump_lines(schemas: list[str]) -> list[tuple[str, str]]:
    """(table, line) of every row of a data-only dump of `schemas`."""
    args = ["pg_dump", "--data-only", "--no-owner", *[f"--schema={s}" for s in schemas], DATABASE_URL]
    out = subprocess.run(args, capture_output=True, text=True, check=True, env=os.environ).stdout
    rows, table = [], None
    for line in out.splitlines():
        match = re.match(r"^COPY (\S+)\.(\S+) ", line)
        if match:
            table = match[2].strip('"')
        elif line == "\\.":
            table = None
        elif table is not None:
            rows.append((table, line))
    return rows


async def redis_mentions(redis, needles: list[str]) -> list[str]:
    """Keys whose name or value contains any needle (every key of the database)."""
    found = []
    async for raw in redis.scan_iter(count=1000):
        key = raw.decode()
        kind = (await redis.type(raw)).decode()
        if kind == "string":
            values = [await redis.get(raw)]
        elif kind == "hash":
            values = [k + b"=" + v for k, v in (await redis.hgetall(raw)).items()]
        elif kind == "zset":
            values = [m for m, _ in await redis.zrange(raw, 0, -1, withscores=True)]
        elif kind == "set":
            values = list(await redis.smembers(raw))
        elif kind == "list":
            values = await redis.lrange(raw, 0, -1)
        else:
            values = []
        text = key + " " + " ".join(v.decode(errors="replace") for v in values if v is not None)
        if any(n in text for n in needles):
            found.append(key)
    return found


async def test_erasure_while_requests_are_in_flight_leaves_nothing(lifecycle_stack, http, pg, redis, fake):
    s = lifecycle_stack
    gw = s.gateway
    started = datetime.now(UTC)
    # A name of this run's own: a needle left in the shared gateway schema by an earlier,
    # aborted run must not be found in this one's dump.
    name = f"Erin Erased {uuid.uuid4().hex[:8]}"
    victim, bystander = await sign_up(http, gw, name=name), await sign_up(http, gw)
    cid, first_key = victim["customer_id"], victim["api_key"]
    status, budgeted, _ = await call(http, gw, "POST", "/account/keys", key=first_key,
                                     json={"name": "budgeted", "monthly_budget_micro_usd": 50_000_000})
    assert status == 201, budgeted
    status, _, _ = await call(http, gw, "PUT", "/account/byok/anthropic", key=first_key,
                              json={"api_key": "sk-ant-" + "q" * 40})
    assert status == 200
    status, _, _ = await call(http, gw, "PATCH", "/account", key=first_key, json={"processing_objection": True})
    assert status == 200
    keys = [first_key, budgeted["api_key"]]
    key_ids = [victim["key_id"], budgeted["key_id"]]
    for api_key in keys * 2:
        assert await chat(http, gw, api_key) == 200
    assert await chat(http, gw, bystander["api_key"]) == 200
    # One long request too (the fake's answers cost fractions of a cent: nothing to charge).
    await produce("llm.requests.v1", [request_event(customer_id=cid, api_key_id=key_ids[0],
                                                    prompt_tokens=500_000, completion_tokens=20_000)])

    # Data in every store before: ledger rows, Redis budget and rate-limit keys.
    await eventually(lambda: _at_least(ledger_rows(pg, s.metering_schema, cid), 5), timeout_s=60)
    await eventually(lambda: _at_least(ledger_rows(pg, s.metering_schema, bystander["customer_id"]), 1))
    assert await redis_mentions(redis, [cid, *key_ids])
    # ...and billing: the month's usage invoiced to a Stripe customer that has the email and name.
    await eventually(lambda: _at_least(billing_rows(pg, s.billing_schema, cid), 5), timeout_s=60)
    code, closed, err = await billing_cli(s.billing.env, "close", "--period", started.strftime("%Y-%m"),
                                          "--now", after_grace(started), "--json")
    assert code == 0, err
    invoice = await pg.fetchrow(f'SELECT stripe_invoice_id, amount_micro_usd FROM "{s.billing_schema}".invoices '
                                f'WHERE customer_id = $1', cid)
    assert invoice is not None and invoice["stripe_invoice_id"] and invoice["amount_micro_usd"] > 0, closed
    stripe_id = await pg.fetchval(f'SELECT stripe_customer_id FROM "{s.billing_schema}".customers '
                                  f'WHERE customer_id = $1', cid)
    assert s.stripe.fake.state.customers[stripe_id]["email"] == victim["email"]

    # Bad confirmations change nothing.
    for body in ({}, {"confirm": "someone-else@example.com"}, {"confirm": victim["email"], "extra": 1}):
        status, err, _ = await call(http, gw, "DELETE", "/account", key=first_key, json=body)
        assert status == 400, (body, err)
    assert await chat(http, gw, first_key) == 200

    # Requests in flight when the erasure begins (authenticated, waiting on the provider).
    before = sum(st["requests"] for st in fake.faults.all_stats().values())
    for endpoint in fake.faults.all_stats():
        fake.faults.configure(endpoint, FaultPlan(latency_ms=2500))
    inflight = [asyncio.create_task(chat(http, gw, budgeted["api_key"])) for _ in range(3)]
    await eventually(lambda: _value(sum(st["requests"] for st in fake.faults.all_stats().values()) >= before + 3))

    status, body, _ = await call(http, gw, "DELETE", "/account", key=first_key,
                                 json={"confirm": victim["email"].upper()})
    assert status == 202 and body["status"] == "pending", body
    erasure_id = body["erasure_id"]
    # Synchronously: every key refused, every BYOK row gone.
    for api_key in keys:
        status, _, _ = await call(http, gw, "GET", "/models", key=api_key)
        assert status == 401
    assert await pg.fetchval("SELECT count(*) FROM gateway.byok_keys WHERE customer_id = $1", cid) == 0
    assert all(code == 200 for code in await asyncio.gather(*inflight))  # they were already admitted
    fake.faults.reset()

    async def completed():
        view = await cli_json("erasure", "status", "--id", erasure_id, "--json", env=s.cli_env)
        return view if view["status"] == "completed" else None

    view = await eventually(completed, timeout_s=60)
    assert set(view["services"]) == {"gateway", "metering", "router", "billing"}
    # Stripe keeps only the deleted customer's id, as it does for real; no email, no name.
    assert s.stripe.fake.state.customers[stripe_id] == {"id": stripe_id, "object": "customer", "deleted": True}
    assert not [c for c in s.stripe.fake.state.customers.values() if c.get("email") == victim["email"]]
    assert view["services"]["metering"]["rows_deleted"] >= 5 and view["customer_id"] == cid
    assert view["services"]["billing"]["rows_deleted"] >= 5

    # A late event (e.g. a spooled one) after completion: consumed, never written.
    [late_id] = await produce("llm.requests.v1", [request_event(customer_id=cid, api_key_id=key_ids[1])])
    await eventually(lambda: _consumed_everything(pg, s.metering_schema), timeout_s=30)
    metrics = await s.router.metrics()
    assert 'gi_router_events_total{outcome="erased"}' in metrics

    # Nothing left: PostgreSQL (data-only dump of every schema these services own)...
    await eventually(lambda: _consumed_everything(pg, s.billing_schema), timeout_s=30)
    assert await billing_rows(pg, s.billing_schema, cid) == 0
    dump = pg_dump_lines(["gateway", s.metering_schema, s.retention_schema, s.billing_schema])
    assert any(bystander["customer_id"] in line for _, line in dump)  # the dump does see live customers
    for needle in (victim["email"], victim["email"].upper(), name, *key_ids):
        assert not [t for t, line in dump if needle in line], needle
    assert {t for t, line in dump if cid in line} <= ALLOWED_TABLES
    # ...Redis (every key and value)...
    assert await redis_mentions(redis, [cid, *key_ids]) == []
    assert await ledger_rows(pg, s.metering_schema, bystander["customer_id"]) >= 1

    # ...and a replay of every llm.requests.v1 event since the test began, through the consumer.
    scratch = f"replay_r_{erasure_id[-8:]}"
    try:
        report = await cli_json("replay", "--from", format_utc(started - timedelta(seconds=5)),
                                "--to", format_utc(datetime.now(UTC) + timedelta(seconds=1)),
                                "--schema", scratch, "--live-schema", s.metering_schema, "--margin-s", "5",
                                "--json")
        assert report["events_written"] >= 1
        assert await ledger_rows(pg, scratch, cid) == 0
        assert await ledger_rows(pg, scratch, bystander["customer_id"]) >= 1
    finally:
        await pg.execute(f'DROP SCHEMA IF EXISTS "{scratch}" CASCADE')
    assert late_id


async def _at_least(coro, n: int):
    value = await coro
    return value if value >= n else None


async def _value(value):
    return value


async def _consumed_everything(pg, schema: str) -> bool:
    """The service (metering or billing: both store their offsets with their rows) stored
    offsets at the end of every llm.requests.v1 partition."""
    from aiokafka import AIOKafkaConsumer
    from aiokafka.structs import TopicPartition

    from tests.conftest import KAFKA_BOOTSTRAP

    consumer = AIOKafkaConsumer(bootstrap_servers=KAFKA_BOOTSTRAP)
    await consumer.start()
    try:
        parts = [TopicPartition("llm.requests.v1", p) for p in await _partitions(consumer)]
        ends = await consumer.end_offsets(parts)
    finally:
        await consumer.stop()
    stored = {r["partition"]: r["next_offset"] for r in await pg.fetch(
        f'SELECT partition, next_offset FROM "{schema}".consumer_offsets WHERE topic = $1', "llm.requests.v1")}
    return all(end == 0 or stored.get(tp.partition, 0) >= end for tp, end in ends.items())


async def _partitions(consumer) -> set[int]:
    await consumer.topics()
    consumer._client.add_topic("llm.requests.v1")
    await consumer._client.force_metadata_update()
    return consumer.partitions_for_topic("llm.requests.v1") or set()
