"""Billing's usage consumer is exactly-once in effect: SIGKILL in the middle of
consuming, then a restart, stores every event once (offsets are stored in the
same transaction as the rows and sought on assignment; ce_id dedupes redeliveries)."""

from __future__ import annotations

import uuid

import pytest

from tests.integration.conftest import eventually

from .harness import produce_usage
from .test_close import NOV, usage_rows
from .usage import mixed_usage

pytestmark = pytest.mark.integration


async def test_sigkill_mid_stream_then_restart_stores_every_event_once(env_for, billing_processes, billing_topics,
                                                                       pg, billing_schema):
    customers = [f"cus_{uuid.uuid4().hex[:10]}" for _ in range(5)]
    events = [e for i, c in enumerate(customers) for e in mixed_usage(c, NOV, 4000, seed=i)]
    ids = await produce_usage(billing_topics, events)
    await produce_usage(billing_topics, events[:500], ids=ids[:500])  # resent by a gateway spool: same ce_ids
    env = env_for(GI_BILLING_BATCH_SIZE=200, GI_BILLING_BATCH_WAIT_S=0.05)
    first = await billing_processes(env).start()

    async def some_rows():
        return await usage_rows(pg, billing_schema) > 0

    await eventually(some_rows, timeout_s=60, interval_s=0.02)
    first.kill()
    at_kill = await usage_rows(pg, billing_schema)
    assert 0 < at_kill < len(events)  # killed mid-stream

    await billing_processes(env).start()

    async def everything_consumed():
        # The redelivered duplicates may be the last records of a partition: wait for their offsets too.
        offsets = await pg.fetchval(f'SELECT coalesce(sum(next_offset), 0) FROM "{billing_schema}".consumer_offsets')
        return offsets == len(events) + 500 and await usage_rows(pg, billing_schema) == len(events)

    await eventually(everything_consumed, timeout_s=120)
    totals = await pg.fetchrow(f'SELECT count(DISTINCT event_id) AS n, sum(cost_micro_usd) AS cost, '
                               f'sum(platform_fee_micro_usd) AS fee FROM "{billing_schema}".usage_events')
    assert totals["n"] == len(events)
    assert totals["cost"] == sum(e["cost_micro_usd"] for e in events)
    assert totals["fee"] == sum(e["platform_fee_micro_usd"] for e in events)
    stored = await pg.fetch(f'SELECT partition, next_offset FROM "{billing_schema}".consumer_offsets')
    assert sum(r["next_offset"] for r in stored) == len(events) + 500  # every record consumed, offsets with rows
