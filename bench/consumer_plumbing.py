"""Throughput of the shared Kafka plumbing on this machine, end to end on real
infrastructure: the producer wrapper (acks=all, idempotent, zstd) writing
CloudEvents, then the consumer runner (decode -> validate -> batched idempotent
PostgreSQL sink -> commit) draining them into a table keyed by event id.

    python bench/consumer_plumbing.py [--events N] [--batch B]

Prints and writes bench/results/consumer_plumbing.json. The payload is a
realistic llm.requests.v1 example, validated against the real schema.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import sys
import time
import uuid
from pathlib import Path

import asyncpg
import orjson
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the checkout, for tests.conftest

from gammainfra_common.consumer import ConsumerConfig, ConsumerRunner, build_pipeline
from gammainfra_common.consumer.pipeline import validate_with
from gammainfra_common.kafka.cloudevents import CloudEvent
from gammainfra_common.kafka.producer import EventProducer
from gammainfra_schemas.compiled import compiled_validator_for
from gammainfra_schemas.topics import load_examples
from tests.conftest import DATABASE_URL, KAFKA_BOOTSTRAP

RESULTS = Path(__file__).parent / "results" / "consumer_plumbing.json"


class CopySink:
    """Idempotent batched sink: COPY into a temp table, then INSERT .. ON CONFLICT."""

    def __init__(self, pool: asyncpg.Pool, table: str) -> None:
        self._pool = pool
        self._table = table

    async def write(self, batch) -> None:
        rows = [(m.payload.id, m.payload.data["customer_id"], m.payload.data["cost_micro_usd"])
                for m in batch]
        async with self._pool.acquire() as conn, conn.transaction():
            await conn.execute("CREATE TEMP TABLE IF NOT EXISTS incoming "
                               "(event_id text, customer_id text, cost bigint) ON COMMIT DELETE ROWS")
            await conn.copy_records_to_table("incoming", records=rows)
            await conn.execute(f"INSERT INTO {self._table} SELECT * FROM incoming "
                               "ON CONFLICT (event_id) DO NOTHING")


async def produce(topic: str, events: int) -> float:
    example = next(iter(load_examples("llm.requests.v1", 1).values()))
    started = time.perf_counter()
    async with EventProducer(KAFKA_BOOTSTRAP, client_id="bench", linger_ms=5) as producer:
        pending = []
        for i in range(events):
            data = dict(example, customer_id=f"cus_{i % 1000}")
            pending.append(await producer.enqueue(topic, data["customer_id"],
                                                  CloudEvent(type="com.gammainfra.llm.request.finished",
                                                             source="/bench", data=data)))
            if len(pending) >= 10_000:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
    return time.perf_counter() - started


async def consume(topic: str, events: int, table: str, batch: int) -> float:
    pool = await asyncpg.create_pool(DATABASE_URL, min_size=1, max_size=2)
    validator = compiled_validator_for("llm.requests.v1", 1)
    cfg = ConsumerConfig(bootstrap=KAFKA_BOOTSTRAP, group_id=f"bench-{uuid.uuid4().hex[:8]}",
                         topics=(topic,), max_poll_records=batch)

    def factory(*, consumer, dead_letter, metrics, stopping):
        return build_pipeline(consumer=consumer, sink=CopySink(pool, table), dead_letter=dead_letter,
                              metrics=metrics, validate=validate_with(validator),
                              max_batch_size=batch, max_wait_s=0.2, stopping=stopping)

    runner = ConsumerRunner(cfg, factory)
    started = time.perf_counter()
    task = asyncio.create_task(runner.run())
    async with pool.acquire() as conn:
        while await conn.fetchval(f"SELECT count(*) FROM {table}") < events:
            if task.done():
                task.result()
            await asyncio.sleep(0.05)
    elapsed = time.perf_counter() - started
    runner.stop()
    await task
    await pool.close()
    return elapsed


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--batch", type=int, default=2000)
    args = parser.parse_args()
    topic = f"bench-{uuid.uuid4().hex[:8]}"
    table = f"bench_{uuid.uuid4().hex[:8]}"
    admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA_BOOTSTRAP)
    await admin.start()
    await admin.create_topics([NewTopic(topic, 6, 1), NewTopic(f"{topic}.dlq", 1, 1)])
    conn = await asyncpg.connect(DATABASE_URL)
    await conn.execute(f"CREATE TABLE {table} (event_id text PRIMARY KEY, customer_id text, cost bigint)")
    try:
        produce_s = await produce(topic, args.events)
        consume_s = await consume(topic, args.events, table, args.batch)
        assert await conn.fetchval(f"SELECT count(*) FROM {table}") == args.events
    finally:
        await conn.execute(f"DROP TABLE IF EXISTS {table}")
        await conn.close()
        await admin.delete_topics([topic, f"{topic}.dlq"])
        await admin.close()
    result = {
        "benchmark": "consumer_plumbing", "events": args.events, "batch": args.batch,
        "produce_seconds": round(produce_s, 2), "produce_events_per_s": round(args.events / produce_s),
        "consume_seconds": round(consume_s, 2), "consume_events_per_s": round(args.events / consume_s),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    asyncio.run(main())
