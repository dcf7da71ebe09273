"""The 24-month purge on the real broker and database: 26 months of ledger data,
purged as of a date 25 months after the first; metering keeps exactly the
monthly totals per (customer, model, provider) of what it dropped, drops whole
partitions (never a DELETE of request rows), acks with counts, and nothing
older comes back. Plus the daily schedule (issued on start, once per day)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import UTC, date, datetime

import pytest

from tests.integration.conftest import eventually
from tests.integration.metering.events import request_event
from tests.integration.metering.harness import MeteringProcess, produce

from .conftest import create_topic
from .harness import RetentionProcess, cli, cli_json

FIRST = (2024, 1)
MONTHS = 26


def month_list() -> list[tuple[int, int]]:
    out, (y, m) = [], FIRST
    for _ in range(MONTHS):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def expected_totals(events: list[dict], month: tuple[int, int]) -> dict:
    totals: dict = defaultdict(lambda: [0, 0, 0, 0, 0])
    for e in events:
        if (int(e["finished_at"][:4]), int(e["finished_at"][5:7])) != month:
            continue
        t = totals[(e["customer_id"], e["model_dispatched"], e["provider"])]
        for i, v in enumerate((1, e["prompt_tokens"], e["completion_tokens"], e["cost_micro_usd"],
                               e["platform_fee_micro_usd"])):
            t[i] += v
    return {k: tuple(v) for k, v in totals.items()}


@pytest.fixture
async def purge_stack(pg):
    suffix = uuid.uuid4().hex[:8]
    requests_topic, lifecycle_topic = f"test-requests-{suffix}", f"test-lifecycle-{suffix}"
    await create_topic(requests_topic)
    await create_topic(lifecycle_topic)
    metering_schema, retention_schema = f"metering_p_{suffix}", f"retention_p_{suffix}"
    env = {"GI_LIFECYCLE_TOPIC": lifecycle_topic}
    metering = MeteringProcess(topic=requests_topic, schema=metering_schema,
                               extra_env={**env, "GI_METERING_BATCH_WAIT_S": "0.05"})
    started = []

    async def start_retention(**extra) -> RetentionProcess:
        proc = RetentionProcess(schema=retention_schema, lifecycle_topic=lifecycle_topic,
                                extra_env={"GI_RETENTION_PURGE_SERVICES": "metering",
                                           "GI_RETENTION_ERASURE_SERVICES": "metering", **extra})
        started.append(proc)
        return await proc.start(60)

    await metering.start()
    cli_env = {"GI_RETENTION_SCHEMA": retention_schema, "GI_LIFECYCLE_TOPIC": lifecycle_topic,
               "GI_RETENTION_PURGE_SERVICES": "metering"}
    try:
        yield {"metering": metering, "schema": metering_schema, "requests": requests_topic, "cli_env": cli_env,
               "start_retention": start_retention, "retention_schema": retention_schema}
    finally:
        metering.stop()
        for proc in started:
            proc.stop()
        for schema in (metering_schema, retention_schema):
            await pg.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


async def test_purge_across_26_months_keeps_exactly_the_monthly_totals(purge_stack, pg):
    schema = purge_stack["schema"]
    await purge_stack["start_retention"]()
    customers = [f"cus_p{uuid.uuid4().hex[:8]}", f"cus_p{uuid.uuid4().hex[:8]}"]
    events = [request_event(customer_id=c, api_key_id=f"key_{c[-4:]}", model_index=i,
                            finished_at=datetime(y, m, 1 + day, 12, tzinfo=UTC),
                            prompt_tokens=100 + day * 7 + i, completion_tokens=20 + day)
              for (y, m) in month_list() for c in customers for i in range(2) for day in (0, 14, 27)]
    await produce(purge_stack["requests"], events)
    await eventually(lambda: _count(pg, f'SELECT count(*) FROM "{schema}".request_log', len(events)),
                     timeout_s=60)
    dry = await cli_json("purge", "--now", "2026-02-20T00:00:00Z", "--dry-run", "--json",
                         env=purge_stack["cli_env"])
    assert dry["cutoff"].startswith("2024-02-20") and dry["dry_run"] is True
    assert await pg.fetchval(f'SELECT count(*) FROM "{schema}".monthly_usage') == 0  # a dry run changes nothing

    # 25 months (and some days) after the first month: January 2024 has ended before the cutoff.
    report = await cli_json("purge", "--now", "2026-02-20T00:00:00Z", "--wait", "60", "--json",
                            env=purge_stack["cli_env"])
    jan = [e for e in events if e["finished_at"].startswith("2024-01")]
    assert report["status"] == "completed" and report["purge_id"] == "purge_2026-02-20"
    assert report["services"]["metering"]["partitions_dropped"] == 1
    assert report["services"]["metering"]["rows_aggregated"] == len(jan)
    assert await _kept(pg, schema) == {(date(2024, 1, 1), *k): v for k, v in expected_totals(events, (2024, 1)).items()}
    assert not await pg.fetchval("SELECT to_regclass($1)", f'"{schema}".request_log_p2024_01')
    assert await pg.fetchval(f'SELECT count(*) FROM "{schema}".request_log') == len(events) - len(jan)
    for table, column in (("daily_usage", "day"), ("key_spend", "month"), ("customer_spend", "month")):
        assert await pg.fetchval(f'SELECT count(*) FROM "{schema}".{table} WHERE {column} < $1',
                                 date(2024, 2, 1)) == 0, table
        assert await pg.fetchval(f'SELECT count(*) FROM "{schema}".{table} WHERE {column} >= $1',
                                 date(2024, 2, 1)) > 0, table

    # The same day again: the completed run is reported, not redone.
    again = await cli_json("purge", "--now", "2026-02-20T10:00:00Z", "--json", env=purge_stack["cli_env"])
    assert again["issued"] is False and again["status"] == "completed"

    # Days were missed: the next run's cutoff covers every month since (Feb and Mar 2024).
    later = await cli_json("purge", "--now", "2026-04-05T00:00:00Z", "--wait", "60", "--json",
                           env=purge_stack["cli_env"])
    assert later["services"]["metering"]["partitions_dropped"] == 2
    kept = await _kept(pg, schema)
    for month in ((2024, 1), (2024, 2), (2024, 3)):
        for k, v in expected_totals(events, month).items():
            assert kept[(date(*month, 1), *k)] == v
    assert len(kept) == sum(len(expected_totals(events, m)) for m in ((2024, 1), (2024, 2), (2024, 3)))
    remaining = [e for e in events if e["finished_at"][:7] not in ("2024-01", "2024-02", "2024-03")]
    assert await pg.fetchval(f'SELECT count(*) FROM "{schema}".request_log') == len(remaining)

    # Nothing older comes back: a late January event is consumed but not written.
    await produce(purge_stack["requests"], [request_event(customer_id=customers[0],
                                                           finished_at=datetime(2024, 1, 9, tzinfo=UTC))])
    await eventually(lambda: _count(pg, f'SELECT coalesce(sum(next_offset), 0) FROM "{schema}".consumer_offsets',
                                    len(events) + 1), timeout_s=30)
    assert await pg.fetchval(f'SELECT count(*) FROM "{schema}".request_log WHERE finished_at < $1',
                             datetime(2024, 4, 1, tzinfo=UTC)) == 0


async def test_the_schedule_issues_todays_purge_on_start_and_only_once(purge_stack, pg):
    retention = await purge_stack["start_retention"](GI_RETENTION_PURGE_ENABLED="true")
    today = "purge_" + datetime.now(UTC).strftime("%Y-%m-%d")
    rs = purge_stack["retention_schema"]

    async def completed():
        return await pg.fetchval(f'SELECT completed_at FROM "{rs}".purges WHERE purge_id = $1', today)

    await eventually(completed, timeout_s=60)
    retention.stop()
    restarted = await purge_stack["start_retention"](GI_RETENTION_PURGE_ENABLED="true")

    async def checked():
        return "gi_retention_purge_checks_total 1.0" in await restarted.metrics()

    await eventually(checked)  # the restarted schedule made its pass...
    assert "gi_retention_purges_issued_total 0.0" in await restarted.metrics()  # ...and issued nothing
    assert await pg.fetchval(f'SELECT count(*) FROM "{rs}".purges') == 1
    done = cli("purge", "--dry-run", "--json", env=purge_stack["cli_env"])
    assert done.returncode == 0 and today in done.stdout


async def _count(pg, sql: str, expected: int):
    value = await pg.fetchval(sql)
    return value if value == expected else None


async def _kept(pg, schema: str) -> dict:
    rows = await pg.fetch(f'SELECT * FROM "{schema}".monthly_usage')
    return {(r["month"], r["customer_id"], r["model"], r["provider"]):
            (r["requests"], r["prompt_tokens"], r["completion_tokens"], r["cost_micro_usd"],
             r["platform_fee_micro_usd"]) for r in rows}
