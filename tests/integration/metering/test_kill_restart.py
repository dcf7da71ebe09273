"""Exactly-once effect under SIGKILL: a real metering process is killed in the
middle of its work (several times) and restarted; the ledger then holds every
produced event exactly once and every total equals the sum of the events."""

from __future__ import annotations

import random

import pytest

from tests.integration.conftest import eventually

from .events import random_event
from .harness import produce

pytestmark = [pytest.mark.asyncio, pytest.mark.timing]

EVENTS = 30_000


async def _count(pg, schema):
    try:
        return await pg.fetchval(f'SELECT count(*) FROM "{schema}".request_log')
    except Exception:  # noqa: BLE001 - not migrated yet
        return 0


async def _in_transaction(pg, schema, pid) -> bool:
    return await pg.fetchval(
        "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'metering ' || $1 || ' ' || $2 "
        "AND state IN ('active', 'idle in transaction') AND xact_start IS NOT NULL "
        "AND (query LIKE 'COPY%' OR query LIKE '%INSERT INTO request_log%')", schema, str(pid)) > 0


async def test_sigkill_mid_batch_then_restart_counts_every_event_exactly_once(new_topic, ledger_schema, pg,
                                                                              metering_processes):
    topic = await new_topic(partitions=4)
    rng = random.Random(11)
    events = [random_event(rng, customers=40) for _ in range(EVENTS)]
    await produce(topic, events)
    # Small batches so a kill lands between, and inside, many transactions.
    env = {"GI_METERING_BATCH_SIZE": "700", "GI_METERING_BATCH_WAIT_S": "0.05"}
    kills = 0
    for threshold in (EVENTS // 5, EVENTS // 2):
        proc = await metering_processes(topic=topic, schema=ledger_schema, extra_env=env).start()

        async def past(t=threshold):
            return await _count(pg, ledger_schema) >= t

        await eventually(past, timeout_s=120, interval_s=0.02)
        # Kill while a ledger transaction is open (COPY or the batch statement running,
        # or between them), so the kill lands inside a batch, not between two.
        await eventually(lambda: _in_transaction(pg, ledger_schema, proc.proc.pid), timeout_s=60, interval_s=0.001)
        proc.kill()
        kills += 1
        assert await _count(pg, ledger_schema) < EVENTS, "killed too late to prove anything"
    proc = await metering_processes(topic=topic, schema=ledger_schema, extra_env=env).start()

    async def done():
        return await _count(pg, ledger_schema) >= EVENTS and await pg.fetchval(
            f'SELECT coalesce(sum(next_offset), 0) FROM "{ledger_schema}".consumer_offsets') == EVENTS

    await eventually(done, timeout_s=180, interval_s=0.2)
    assert kills == 2
    assert await _count(pg, ledger_schema) == EVENTS
    expected: dict[str, list[int]] = {}
    for e in events:
        t = expected.setdefault(e["customer_id"], [0, 0, 0, 0])
        t[0] += 1
        t[1] += e["cost_micro_usd"]
        t[2] += e["platform_fee_micro_usd"]
        t[3] += e["completion_tokens"]
    spend = {r["customer_id"]: [r["requests"], r["cost_micro_usd"], r["platform_fee_micro_usd"]]
             for r in await pg.fetch(f'SELECT * FROM "{ledger_schema}".customer_spend')}
    assert spend == {c: t[:3] for c, t in expected.items()}
    daily = {r["customer_id"]: [r["n"], r["cost"], r["fee"], r["completion"]] for r in await pg.fetch(
        f'SELECT customer_id, sum(requests)::bigint n, sum(cost_micro_usd)::bigint cost, '
        f'sum(platform_fee_micro_usd)::bigint fee, sum(completion_tokens)::bigint completion '
        f'FROM "{ledger_schema}".daily_usage GROUP BY customer_id')}
    assert daily == expected
    keys = {r["customer_id"]: r["cost"] for r in await pg.fetch(
        f'SELECT customer_id, sum(cost_micro_usd)::bigint cost FROM "{ledger_schema}".key_spend GROUP BY 1')}
    assert keys == {c: t[1] for c, t in expected.items()}


async def test_two_processes_rebalancing_and_one_killed_still_count_every_event_once(
        new_topic, ledger_schema, pg, metering_processes):
    topic = await new_topic(partitions=4)
    rng = random.Random(12)
    events = [random_event(rng, customers=30) for _ in range(30_000)]
    await produce(topic, events[:10_000])
    env = {"GI_METERING_BATCH_SIZE": "300", "GI_METERING_BATCH_WAIT_S": "0.05"}
    group = f"metering-{ledger_schema}"
    first = await metering_processes(topic=topic, schema=ledger_schema, group=group, extra_env=env).start()
    await eventually(lambda: _past(pg, ledger_schema, 3000), timeout_s=120, interval_s=0.02)
    # A second member joins: partitions move (revoke -> drain -> commit) while both write...
    await metering_processes(topic=topic, schema=ledger_schema, group=group, extra_env=env).start()
    await produce(topic, events[10_000:])
    # ...and the first dies in the middle of a ledger transaction.
    await eventually(lambda: _in_transaction(pg, ledger_schema, first.proc.pid), timeout_s=60, interval_s=0.001)
    first.kill()

    async def done():
        return await pg.fetchval(f'SELECT coalesce(sum(next_offset), 0) FROM "{ledger_schema}".consumer_offsets') \
            == len(events)

    await eventually(done, timeout_s=180, interval_s=0.2)
    assert await _count(pg, ledger_schema) == len(events)
    expected: dict[str, list[int]] = {}
    for e in events:
        t = expected.setdefault(e["customer_id"], [0, 0, 0])
        t[0] += 1
        t[1] += e["cost_micro_usd"]
        t[2] += e["platform_fee_micro_usd"]
    spend = {r["customer_id"]: [r["requests"], r["cost_micro_usd"], r["platform_fee_micro_usd"]]
             for r in await pg.fetch(f'SELECT * FROM "{ledger_schema}".customer_spend')}
    assert spend == expected


async def _past(pg, schema, n):
    return await _count(pg, schema) >= n
