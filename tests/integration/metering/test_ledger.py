"""The ledger on real Kafka and PostgreSQL: every field, aggregates, dedupe,
month partitions, offsets stored with the rows, the cost check."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from tests.integration.conftest import eventually

from .events import random_event, request_event
from .harness import produce

pytestmark = pytest.mark.asyncio


async def _count(pg, schema: str) -> int:
    return await pg.fetchval(f'SELECT count(*) FROM "{schema}".request_log')


async def test_events_land_with_every_field_and_aggregates_add_up(new_topic, ledger_schema, pg,
                                                                  metering_processes):
    topic = await new_topic(partitions=3)
    rng = random.Random(7)
    events = [random_event(rng, customers=5) for _ in range(600)]
    ids = await produce(topic, events)
    await metering_processes(topic=topic, schema=ledger_schema).start()
    await eventually(lambda: _count_is(pg, ledger_schema, 600), timeout_s=60)

    row = await pg.fetchrow(f'SELECT * FROM "{ledger_schema}".request_log WHERE event_id = $1', ids[0])
    source = events[0]
    for field in ("request_id", "customer_id", "api_key_id", "model_requested", "model_dispatched",
                  "provider", "endpoint", "byok", "stream", "status", "http_status", "prompt_tokens",
                  "completion_tokens", "cache_read_tokens", "cache_write_tokens", "latency_ms", "ttfb_ms",
                  "task_label", "cost_micro_usd", "platform_fee_micro_usd", "routing_version",
                  "catalog_version", "error_type", "error_provider"):
        assert row[field] == source[field], field
    assert row["started_at"] == datetime.fromisoformat(source["started_at"])
    assert row["finished_at"] == datetime.fromisoformat(source["finished_at"])
    assert row["expected_cost_micro_usd"] is None  # the cost check agreed
    fallback = row["fallback_chain"]
    assert (fallback if isinstance(fallback, list) else __import__("json").loads(fallback)) == source["fallback_chain"]

    by_customer: dict[str, list[int]] = {}
    for e in events:
        t = by_customer.setdefault(e["customer_id"], [0, 0, 0, 0])
        t[0] += 1
        t[1] += e["cost_micro_usd"]
        t[2] += e["platform_fee_micro_usd"]
        t[3] += e["prompt_tokens"]
    spend = {r["customer_id"]: [r["requests"], r["cost_micro_usd"], r["platform_fee_micro_usd"]]
             for r in await pg.fetch(f'SELECT * FROM "{ledger_schema}".customer_spend')}
    assert spend == {c: t[:3] for c, t in by_customer.items()}
    daily = {r["customer_id"]: [r["requests"], r["cost"], r["fee"], r["prompt"]] for r in await pg.fetch(
        f'SELECT customer_id, sum(requests)::bigint AS requests, sum(cost_micro_usd)::bigint AS cost, '
        f'sum(platform_fee_micro_usd)::bigint AS fee, sum(prompt_tokens)::bigint AS prompt '
        f'FROM "{ledger_schema}".daily_usage GROUP BY customer_id')}
    assert daily == by_customer
    keys = await pg.fetchval(f'SELECT sum(cost_micro_usd)::bigint FROM "{ledger_schema}".key_spend')
    assert keys == sum(e["cost_micro_usd"] for e in events)
    # The offsets stored with the rows are the end of every partition.
    stored = await pg.fetchval(f'SELECT sum(next_offset)::bigint FROM "{ledger_schema}".consumer_offsets '
                               'WHERE topic = $1', topic)
    assert stored == 600


async def _count_is(pg, schema, n):
    try:
        return await _count(pg, schema) == n
    except Exception:  # noqa: BLE001 - the schema appears when the process has migrated
        return False


async def test_the_same_event_twice_counts_once(new_topic, ledger_schema, pg, metering_processes):
    topic = await new_topic(partitions=1)
    event = request_event(customer_id="cus_dup", prompt_tokens=5000, completion_tokens=500)
    first = await produce(topic, [event])
    metering = await metering_processes(topic=topic, schema=ledger_schema).start()
    await eventually(lambda: _count_is(pg, ledger_schema, 1), timeout_s=60)
    # Again in a later batch (a producer retry or a spool replay) and twice within one batch.
    marker = request_event(customer_id="cus_dup", prompt_tokens=1, completion_tokens=1)
    await produce(topic, [event, event, marker], ids=[first[0], first[0], "marker-event"])
    await eventually(lambda: _has(pg, ledger_schema, "marker-event"), timeout_s=60)
    metering.kill()
    # ... and after a restart that re-reads the whole topic (stored offsets dropped on purpose).
    await pg.execute(f'DELETE FROM "{ledger_schema}".consumer_offsets')
    await metering_processes(topic=topic, schema=ledger_schema).start()
    await eventually(lambda: _offsets_at(pg, ledger_schema, topic, 4), timeout_s=60)

    assert await _count(pg, ledger_schema) == 2
    spend = await pg.fetchrow(f'SELECT requests, cost_micro_usd FROM "{ledger_schema}".customer_spend')
    assert spend["requests"] == 2
    assert spend["cost_micro_usd"] == event["cost_micro_usd"] + marker["cost_micro_usd"]


async def _has(pg, schema, event_id):
    try:
        return await pg.fetchval(f'SELECT count(*) FROM "{schema}".request_log WHERE event_id = $1', event_id) == 1
    except Exception:  # noqa: BLE001
        return False


async def _offsets_at(pg, schema, topic, n):
    return await pg.fetchval(f'SELECT coalesce(sum(next_offset), 0) FROM "{schema}".consumer_offsets '
                             'WHERE topic = $1', topic) == n


async def test_month_boundary_and_far_months_land_in_their_partitions(new_topic, ledger_schema, pg,
                                                                      metering_processes):
    topic = await new_topic(partitions=1)
    moments = {
        "last": datetime(2026, 11, 30, 23, 59, 59, 999000, tzinfo=UTC),
        "first": datetime(2026, 12, 1, 0, 0, 0, tzinfo=UTC),
        "past": datetime(2019, 2, 28, 12, 0, tzinfo=UTC),
        "future": datetime(2031, 5, 2, 8, 0, tzinfo=UTC),
    }
    events = {k: request_event(customer_id="cus_month", finished_at=v) for k, v in moments.items()}
    await produce(topic, list(events.values()))
    await metering_processes(topic=topic, schema=ledger_schema).start()
    await eventually(lambda: _count_is(pg, ledger_schema, 4), timeout_s=60)
    where = {r["request_id"]: r["partition"] for r in await pg.fetch(
        f'SELECT request_id, tableoid::regclass::text AS partition FROM "{ledger_schema}".request_log')}
    expected = {"last": "request_log_p2026_11", "first": "request_log_p2026_12",
                "past": "request_log_p2019_02", "future": "request_log_p2031_05"}
    for k, part in expected.items():
        assert where[events[k]["request_id"]].split(".")[-1] == part, k
    days = {r["day"].isoformat() for r in await pg.fetch(f'SELECT day FROM "{ledger_schema}".daily_usage')}
    assert {"2026-11-30", "2026-12-01"} <= days
    months = {r["month"].isoformat(): r["requests"] for r in
              await pg.fetch(f'SELECT month, requests FROM "{ledger_schema}".customer_spend')}
    assert months["2026-11-01"] == 1 and months["2026-12-01"] == 1


async def test_cost_mismatch_is_counted_and_logged_never_corrected(new_topic, ledger_schema, pg,
                                                                   metering_processes):
    topic = await new_topic(partitions=1)
    good = request_event(customer_id="cus_cost", prompt_tokens=1000, completion_tokens=100)
    bad = request_event(customer_id="cus_cost", prompt_tokens=1000, completion_tokens=100)
    right_cost = bad["cost_micro_usd"]
    bad["cost_micro_usd"] = right_cost + 7
    unknown = request_event(customer_id="cus_cost")
    unknown["catalog_version"] = "2001-01-01.1"
    await produce(topic, [good, bad, unknown])
    metering = await metering_processes(topic=topic, schema=ledger_schema).start()
    await eventually(lambda: _count_is(pg, ledger_schema, 3), timeout_s=60)
    row = await pg.fetchrow(f'SELECT cost_micro_usd, expected_cost_micro_usd FROM "{ledger_schema}".request_log '
                            'WHERE request_id = $1', bad["request_id"])
    assert row["cost_micro_usd"] == right_cost + 7  # the gateway's figure is kept
    assert row["expected_cost_micro_usd"] == right_cost
    metrics = await metering.metrics()
    assert 'gi_metering_cost_checks_total{outcome="mismatch"} 1.0' in metrics
    assert 'gi_metering_cost_checks_total{outcome="unpriced"} 1.0' in metrics
    assert 'gi_metering_cost_checks_total{outcome="ok"} 1.0' in metrics
    log = metering.log_text()
    assert "cost mismatch" in log and bad["request_id"] in log


async def test_the_ledger_holds_only_event_metadata(new_topic, ledger_schema, pg, metering_processes):
    """Privacy: request_log's columns are the llm.requests.v1 fields (metadata only, no
    content can be in an event) plus the event id, Kafka position and cost-check figures."""
    import json as _json
    from pathlib import Path

    topic = await new_topic(partitions=1)
    await metering_processes(topic=topic, schema=ledger_schema).start()
    schema = _json.loads((Path(__file__).resolve().parents[3] / "schemas" / "llm.requests.v1" /
                          "v1.schema.json").read_text())
    columns = {r["column_name"] for r in await pg.fetch(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2",
        ledger_schema, "request_log")}
    extra = {"event_id", "kafka_partition", "kafka_offset", "expected_cost_micro_usd", "expected_fee_micro_usd"}
    assert columns == set(schema["properties"]) | extra
    tables = {r["table_name"] for r in await pg.fetch(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 "
        "AND table_name NOT LIKE 'request_log_p%'", ledger_schema)}
    # Retention's additions hold ids and totals only: the tombstones (random customer
    # ids), the monthly totals kept after 24 months, and the purge horizon (one instant).
    assert tables == {"request_log", "daily_usage", "key_spend", "customer_spend", "consumer_offsets",
                      "schema_migrations", "erased_customers", "monthly_usage", "purge_horizon"}


async def test_invalid_records_are_dead_lettered_with_a_reason_and_never_block(new_topic, ledger_schema, pg,
                                                                              metering_processes):
    from gammainfra_common.kafka.producer import EventProducer
    from tests.conftest import KAFKA_BOOTSTRAP
    from tests.integration.conftest import read_all

    from .events import cloud_event

    topic = await new_topic(partitions=1)
    first = request_event(customer_id="cus_dlq")
    bad = request_event(customer_id="cus_dlq")
    bad["prompt_tokens"] = -5
    last = request_event(customer_id="cus_dlq")
    async with EventProducer(KAFKA_BOOTSTRAP, client_id="test") as producer:
        await producer.send(topic, "cus_dlq", cloud_event(first))
        await producer.send(topic, "cus_dlq", cloud_event(bad))
        await producer.send_raw(topic, "cus_dlq", b"{not json", cloud_event(first).headers())
        await producer.send(topic, "cus_dlq", cloud_event(last))
    await metering_processes(topic=topic, schema=ledger_schema).start()
    await eventually(lambda: _count_is(pg, ledger_schema, 2), timeout_s=60)
    dead = await read_all(f"{topic}.dlq", expected=2)
    reasons = sorted(dict(r.headers)["dlq_reason"].decode() for r in dead)
    assert reasons[0].startswith("schema: at prompt_tokens") and reasons[1].startswith("value: not JSON")
    assert await _offsets_at(pg, ledger_schema, topic, 4)


async def test_a_new_partition_is_made_while_a_long_export_reads_the_ledger(new_topic, ledger_schema, pg,
                                                                          metering_processes):
    """Creating a month's partition must not wait for (or block) readers: an export
    transaction stays open on request_log while an event of a new month arrives."""
    import asyncpg

    from tests.conftest import DATABASE_URL

    topic = await new_topic(partitions=1)
    await produce(topic, [request_event(customer_id="cus_lock")])
    await metering_processes(topic=topic, schema=ledger_schema).start()
    await eventually(lambda: _count_is(pg, ledger_schema, 1), timeout_s=60)
    reader = await asyncpg.connect(DATABASE_URL)
    try:
        tx = reader.transaction(isolation="repeatable_read", readonly=True)
        await tx.start()
        await reader.fetchval(f'SELECT count(*) FROM "{ledger_schema}".request_log')  # holds its lock
        old = request_event(customer_id="cus_lock", finished_at=datetime(2015, 6, 1, tzinfo=UTC))
        await produce(topic, [old])
        await eventually(lambda: _count_is(pg, ledger_schema, 2), timeout_s=30)
        await tx.rollback()
    finally:
        await reader.close()
    part = await pg.fetchval(f'SELECT tableoid::regclass::text FROM "{ledger_schema}".request_log '
                             'WHERE request_id = $1', old["request_id"])
    assert part.split(".")[-1] == "request_log_p2015_06"


async def test_integers_written_as_floats_land_and_integers_beyond_64_bits_are_dead_lettered(
        new_topic, ledger_schema, pg, metering_processes):
    """JSON Schema calls 1.0 and 1e3 integers; PostgreSQL's text-to-bigint does not. Such an
    event must land (as the integer it is), and one no bigint can hold must be dead-lettered:
    either, refused by the ledger statement, would stop the partition for ever."""
    from gammainfra_common.kafka.producer import EventProducer
    from tests.conftest import KAFKA_BOOTSTRAP
    from tests.integration.conftest import read_all

    from .events import cloud_event

    topic = await new_topic(partitions=1)
    first, floats, huge, last = (request_event(customer_id="cus_int") for _ in range(4))
    floats_event = cloud_event(floats)
    floats_value = floats_event.value().replace(
        b'"latency_ms":%d' % floats["latency_ms"], b'"latency_ms":%de0' % floats["latency_ms"], 1).replace(
        b'"prompt_tokens":%d' % floats["prompt_tokens"], b'"prompt_tokens":%d.0' % floats["prompt_tokens"], 1)
    assert floats_value.count(b"e0,") == 1 and b'"prompt_tokens":%d.0' % floats["prompt_tokens"] in floats_value
    huge_event = cloud_event(huge)
    huge_value = huge_event.value().replace(b'"latency_ms":%d' % huge["latency_ms"], b'"latency_ms":%d' % 2**64, 1)
    async with EventProducer(KAFKA_BOOTSTRAP, client_id="test") as producer:
        await producer.send(topic, "cus_int", cloud_event(first))
        await producer.send_raw(topic, "cus_int", floats_value, floats_event.headers())
        await producer.send_raw(topic, "cus_int", huge_value, huge_event.headers())
        await producer.send(topic, "cus_int", cloud_event(last))
    await metering_processes(topic=topic, schema=ledger_schema).start()
    await eventually(lambda: _count_is(pg, ledger_schema, 3), timeout_s=60)
    row = await pg.fetchrow(f'SELECT latency_ms, prompt_tokens FROM "{ledger_schema}".request_log '
                            "WHERE request_id = $1", floats["request_id"])
    assert (row["latency_ms"], row["prompt_tokens"]) == (floats["latency_ms"], floats["prompt_tokens"])
    dead = await read_all(f"{topic}.dlq", expected=1)
    assert dict(dead[0].headers)["dlq_reason"].decode() == \
        "value: at latency_ms: integer outside the ledger's 64-bit range"
    assert await _offsets_at(pg, ledger_schema, topic, 4)
