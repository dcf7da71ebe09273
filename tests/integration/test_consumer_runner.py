"""The consumer runner against the real broker and database.

Proves: produce -> consume -> sink -> commit; a consumer killed after the sink
but before the commit gets the batch again and the idempotent sink writes it
once; invalid events land in the DLQ with their reason while the partition keeps
moving; the dead-letter cap stops a consumer; revoke and SIGTERM flush and
commit; transient sink failures are retried; the lag metric moves.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys

import asyncpg
import orjson
import pytest
from prometheus_client import CollectorRegistry

from gammainfra_common.consumer import DeadLetterCapExceeded
from gammainfra_common.kafka.cloudevents import CloudEvent
from gammainfra_common.kafka.producer import EventProducer
from tests.conftest import DATABASE_URL, KAFKA_BOOTSTRAP
from tests.integration.conftest import committed_total, eventually, read_all, unique
from tests.integration.consumer_app import PostgresEventSink, create_tables, fetched, make_runner

pytestmark = [pytest.mark.integration, pytest.mark.timing]
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def event(n: int, customer: str = "cus_1") -> CloudEvent:
    return CloudEvent(type="test.event", source="tests", data={"n": n, "customer_id": customer})


async def produce(topic: str, events: list[CloudEvent], key: str = "cus_1") -> None:
    async with EventProducer(KAFKA_BOOTSTRAP, client_id="test-producer") as producer:
        for ev in events:
            await producer.send(topic, key, ev)


async def produce_raw(topic: str, records: list[tuple[bytes | None, list]]) -> None:
    async with EventProducer(KAFKA_BOOTSTRAP, client_id="test-producer") as producer:
        for value, headers in records:
            await producer.send_raw(topic, b"cus_1", value, headers)


@pytest.fixture
async def pool():
    pool = await asyncpg.create_pool(DATABASE_URL, min_size=1, max_size=4)
    yield pool
    await pool.close()


@pytest.fixture
async def tables(pg, scratch_schema):
    await create_tables(pg, scratch_schema)
    return scratch_schema


async def count(pg, schema: str, table: str = "events") -> int:
    return await pg.fetchval(f'SELECT count(*) FROM "{schema}".{table}')


async def run_until(runner, predicate, timeout_s: float = 30.0) -> None:
    task = asyncio.create_task(runner.run())
    try:
        await eventually(predicate, timeout_s=timeout_s)
    finally:
        runner.stop()
        await asyncio.wait_for(task, 30)


async def test_produce_consume_sink_commit(new_topic, pool, pg, tables, kafka_admin):
    topic = await new_topic(partitions=3)
    events = [event(i, customer=f"cus_{i % 5}") for i in range(60)]
    async with EventProducer(KAFKA_BOOTSTRAP, client_id="test-producer") as producer:
        for ev in events:
            await producer.send(topic, ev.data["customer_id"], ev)
    group = unique("g")
    runner = make_runner(topic=topic, group=group, sink=PostgresEventSink(pool, tables))
    await run_until(runner, lambda: _ge(pg, tables, 60))

    ids = {r["event_id"] for r in await pg.fetch(f'SELECT event_id FROM "{tables}".events')}
    assert ids == {ev.id for ev in events}
    assert await committed_total(kafka_admin, group, topic) == 60


async def _ge(pg, schema, n):
    return await count(pg, schema) >= n


async def test_killed_before_commit_gets_batch_again_and_writes_once(new_topic, pg, tables, kafka_admin):
    topic = await new_topic(partitions=1)
    await produce(topic, [event(i) for i in range(40)])
    group = unique("g")
    argv = [sys.executable, "-m", "tests.integration.consumer_app", "--topic", topic,
            "--group", group, "--schema", tables, "--batch", "1000", "--wait", "1.0"]

    crashed = subprocess.run(argv + ["--crash-after-sink"], cwd=ROOT, capture_output=True, timeout=60)
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr.decode()[-2000:]
    assert await count(pg, tables) == 40                      # the sink had written the batch
    assert await committed_total(kafka_admin, group, topic) == 0  # ...but nothing was committed

    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        await eventually(lambda: _committed(kafka_admin, group, topic, 40), timeout_s=30)
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err.decode()[-2000:]
    writes = await pg.fetch(f'SELECT attempted, inserted FROM "{tables}".sink_writes ORDER BY id')
    assert [tuple(w) for w in writes] == [(40, 40), (40, 0)]  # delivered twice, written once
    assert await count(pg, tables) == 40


async def _committed(admin, group, topic, n):
    return await committed_total(admin, group, topic) >= n


async def test_invalid_events_go_to_dlq_and_partition_keeps_moving(new_topic, pool, pg, tables, kafka_admin):
    topic = await new_topic(partitions=1)
    good = event(1)
    schema_bad = event(2)
    schema_bad = CloudEvent(type="test.event", source="tests", data={"n": "two"})
    after = event(3)
    await produce_raw(topic, [
        (good.value(), good.headers()),
        (b"{not json", event(9).headers()),
        (schema_bad.value(), schema_bad.headers()),
        (orjson.dumps({"n": 4}), [("content-type", b"application/json")]),  # no ce_* headers
        (after.value(), after.headers()),
    ])
    group = unique("g")
    runner = make_runner(topic=topic, group=group, sink=PostgresEventSink(pool, tables))
    await run_until(runner, lambda: _committed(kafka_admin, group, topic, 5))

    assert sorted(r["n"] for r in await pg.fetch(f'SELECT n FROM "{tables}".events')) == [1, 3]
    dead = await read_all(f"{topic}.dlq", expected=3)
    reasons = [dict(r.headers)["dlq_reason"].decode() for r in dead]
    assert len(dead) == 3
    assert reasons[0].startswith("value: not JSON")
    assert reasons[1] == "schema: at n: violates type=integer"  # the rule, never the value
    assert reasons[2].startswith("envelope: missing CloudEvents headers")
    assert [int(dict(r.headers)["dlq_source_offset"]) for r in dead] == [1, 2, 3]
    assert dead[0].value == b"{not json"  # the original bytes, untouched
    assert all(dict(r.headers)["dlq_consumer_group"].decode() == group for r in dead)


async def test_dead_letter_cap_stops_the_consumer(new_topic, pool, tables, kafka_admin):
    topic = await new_topic(partitions=1)
    await produce_raw(topic, [(b"garbage", event(i).headers()) for i in range(150)])
    group = unique("g")
    runner = make_runner(topic=topic, group=group, sink=PostgresEventSink(pool, tables),
                         dlq_min_records=100, dlq_cap_ratio=0.5)
    with pytest.raises(DeadLetterCapExceeded):
        await asyncio.wait_for(runner.run(), 60)
    # It stopped at the cap, before committing its way through the bad topic.
    assert await committed_total(kafka_admin, group, topic) < 150


async def test_partition_revoke_flushes_and_commits(new_topic, pool, pg, tables, kafka_admin):
    topic = await new_topic(partitions=2)
    group = unique("g")
    # A batch that would otherwise wait a minute: only the revoke can flush it in time.
    first = make_runner(topic=topic, group=group, sink=PostgresEventSink(pool, tables),
                        batch=10_000, wait=60)
    first_task = asyncio.create_task(first.run())
    await eventually(lambda: _has_assignment(first))
    await produce(topic, [event(i) for i in range(20)], key="k")
    await eventually(lambda: _fetched_all(first, 20))
    assert await count(pg, tables) == 0  # held in the batch, not yet written

    second = make_runner(topic=topic, group=group, sink=PostgresEventSink(pool, tables),
                         batch=10_000, wait=60)
    second_task = asyncio.create_task(second.run())
    try:
        await eventually(lambda: _ge(pg, tables, 20), timeout_s=30)
        await eventually(lambda: _committed(kafka_admin, group, topic, 20), timeout_s=10)
    finally:
        first.stop()
        second.stop()
        await asyncio.wait_for(asyncio.gather(first_task, second_task), 30)
    assert await count(pg, tables) == 20


async def _has_assignment(runner):
    return bool(runner._assigned)


async def _fetched_all(runner, n: int) -> bool:
    return await fetched(runner) >= n


def _wait_for_line(proc, prefix: bytes) -> None:
    for line in proc.stdout:
        if line.startswith(prefix):
            return
    raise AssertionError(f"process exited before printing {prefix!r}")


async def test_sigterm_writes_and_commits_the_batch_in_hand(new_topic, pg, tables, kafka_admin):
    topic = await new_topic(partitions=1)
    group = unique("g")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.consumer_app", "--topic", topic, "--group", group,
         "--schema", tables, "--batch", "10000", "--wait", "60"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        await asyncio.wait_for(asyncio.to_thread(_wait_for_line, proc, b"assigned"), 30)
        await produce(topic, [event(i) for i in range(10)])
        await asyncio.wait_for(asyncio.to_thread(_wait_for_line, proc, b"fetched 10"), 30)
        assert await count(pg, tables) == 0  # in the process's hands, not yet written
        proc.send_signal(signal.SIGTERM)
        out, err = await asyncio.to_thread(proc.communicate, timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err.decode()[-2000:]
    assert b"stopped cleanly" in out
    assert await count(pg, tables) == 10
    assert await committed_total(kafka_admin, group, topic) == 10


async def test_transient_sink_failure_is_retried_without_loss(new_topic, pool, pg, tables, kafka_admin):
    topic = await new_topic(partitions=1)
    await produce(topic, [event(i) for i in range(15)])
    group = unique("g")
    sink = PostgresEventSink(pool, tables, fail_first=2)
    registry = CollectorRegistry()
    runner = make_runner(topic=topic, group=group, sink=sink, registry=registry)
    await run_until(runner, lambda: _committed(kafka_admin, group, topic, 15))
    assert await count(pg, tables) == 15
    assert registry.get_sample_value("gi_consumer_sink_retries_total", {"group": group}) == 2
    assert registry.get_sample_value(
        "gi_consumer_records_total", {"group": group, "topic": topic, "outcome": "processed"}) == 15


class SlowSink:
    """A sink that takes its time, so a backlog exists long enough to be observed."""

    def __init__(self, inner, delay_s: float) -> None:
        self._inner = inner
        self._delay_s = delay_s

    async def write(self, batch):
        await asyncio.sleep(self._delay_s)
        await self._inner.write(batch)


async def test_lag_metric_reports_backlog_then_zero(new_topic, pool, pg, tables):
    topic = await new_topic(partitions=1)
    await produce(topic, [event(i) for i in range(100)])
    group = unique("g")
    registry = CollectorRegistry()
    runner = make_runner(topic=topic, group=group, sink=SlowSink(PostgresEventSink(pool, tables), 0.2),
                         registry=registry, max_poll_records=10, lag_interval_s=0.05, batch=10, wait=0.05)
    labels = {"group": group, "topic": topic, "partition": "0"}
    seen: list[float] = []

    async def sample():
        value = registry.get_sample_value("gi_consumer_lag", labels)
        if value is not None:
            seen.append(value)
        return await count(pg, tables) >= 100 and value == 0

    await run_until(runner, sample)
    assert max(seen) >= 50  # a real backlog was visible while catching up
    assert seen[-1] == 0


async def test_record_with_neither_key_nor_value_is_dead_lettered_not_fatal(new_topic, pool, pg, tables, kafka_admin):
    topic = await new_topic(partitions=1)
    after = event(7)
    async with EventProducer(KAFKA_BOOTSTRAP, client_id="test-producer") as producer:
        # A tombstone-like record with no key (aiokafka refuses key=value=None, so send an
        # empty value with no key and no headers: the decode step rejects it either way).
        await producer._producer.send_and_wait(topic, b"", key=None)
        await producer.send(topic, "cus_1", after)
    group = unique("g")
    runner = make_runner(topic=topic, group=group, sink=PostgresEventSink(pool, tables))
    await run_until(runner, lambda: _committed(kafka_admin, group, topic, 2))
    assert [r["n"] for r in await pg.fetch(f'SELECT n FROM "{tables}".events')] == [7]
    dead = await read_all(f"{topic}.dlq", expected=1)
    assert dict(dead[0].headers)["dlq_reason"].startswith(b"envelope:")


async def test_dead_letter_copy_of_a_keyless_valueless_record_is_sendable():
    from gammainfra_common.consumer.dead_letter import DeadLetterQueue
    from gammainfra_common.consumer.message import Message
    from gammainfra_common.consumer.metrics import ConsumerMetrics

    sent = []

    class Recorder:
        async def send_raw(self, topic, key, value, headers):
            sent.append((topic, key, value))

    dlq = DeadLetterQueue(Recorder(), group="g", metrics=ConsumerMetrics(CollectorRegistry(), "g"))
    dlq.consumed()
    await dlq.send(Message("t", 0, 5, None, None, (), 0), "envelope: empty", "decode")
    assert sent == [("t.dlq", None, b"")]


async def test_a_failing_assignment_hook_crashes_the_runner(new_topic, pool, tables):
    topic = await new_topic(partitions=1)

    async def broken_hook(consumer, partitions):
        raise RuntimeError("could not read stored offsets")

    runner = make_runner(topic=topic, group=unique("g"), sink=PostgresEventSink(pool, tables),
                         on_assign=broken_hook)
    with pytest.raises(RuntimeError, match="could not read stored offsets"):
        await asyncio.wait_for(runner.run(), 60)
