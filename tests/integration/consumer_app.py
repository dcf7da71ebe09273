"""A real consumer process built from the common runner, used by the plumbing tests.

Sink: a PostgreSQL table keyed by event id (INSERT ... ON CONFLICT DO NOTHING, one
multi-row statement per batch) plus an audit row per write call, so a test can
see that a batch was delivered twice yet written once.

    python -m tests.integration.consumer_app --topic T --group G --schema S
        [--batch N] [--wait SECONDS] [--crash-after-sink]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
from collections.abc import Sequence

import asyncpg
from jsonschema import Draft202012Validator

from gammainfra_common.consumer import ConsumerConfig, ConsumerRunner, Message, TransientError, build_pipeline
from gammainfra_common.consumer.pipeline import validate_with
from tests.conftest import DATABASE_URL, KAFKA_BOOTSTRAP

EVENT_SCHEMA = {
    "type": "object",
    "properties": {"n": {"type": "integer"}, "customer_id": {"type": "string"}},
    "required": ["n"],
    "additionalProperties": False,
}


async def create_tables(conn: asyncpg.Connection, schema: str) -> None:
    await conn.execute(f"""
        CREATE TABLE IF NOT EXISTS "{schema}".events (
            event_id text PRIMARY KEY, topic text, partition int, "offset" bigint, n int);
        CREATE TABLE IF NOT EXISTS "{schema}".sink_writes (
            id serial PRIMARY KEY, attempted int, inserted int, pid int);
    """)


class PostgresEventSink:
    """Idempotent on event id; connection errors are transient."""

    def __init__(self, pool: asyncpg.Pool, schema: str, *, crash_after_sink: bool = False,
                 fail_first: int = 0) -> None:
        self._pool = pool
        self._schema = schema
        self._crash = crash_after_sink
        self._fail_first = fail_first
        self.writes = 0

    async def write(self, batch: Sequence[Message]) -> None:
        if self._fail_first > 0:
            self._fail_first -= 1
            raise TransientError("simulated database outage")
        rows = [(m.payload.id, m.topic, m.partition, m.offset, m.payload.data["n"]) for m in batch]
        try:
            async with self._pool.acquire() as conn, conn.transaction():
                inserted = await conn.fetchval(f"""
                    WITH ins AS (
                        INSERT INTO "{self._schema}".events (event_id, topic, partition, "offset", n)
                        SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::bigint[], $5::int[])
                        ON CONFLICT (event_id) DO NOTHING RETURNING 1)
                    SELECT count(*) FROM ins""",
                    *[list(col) for col in zip(*rows)])
                await conn.execute(
                    f'INSERT INTO "{self._schema}".sink_writes (attempted, inserted, pid) VALUES ($1, $2, $3)',
                    len(rows), inserted, os.getpid())
        except (OSError, asyncpg.PostgresConnectionError) as exc:
            raise TransientError(str(exc)) from exc
        self.writes += 1
        if self._crash:
            # The sink confirmed, the commit has not happened: die the hard way.
            os.kill(os.getpid(), signal.SIGKILL)


def make_runner(*, topic: str, group: str, sink, batch: int = 500, wait: float = 0.3,
                registry=None, on_assign=None, **config) -> ConsumerRunner:
    cfg = ConsumerConfig(bootstrap=KAFKA_BOOTSTRAP, group_id=group, topics=(topic,),
                         client_id=f"test-{group}", **config)
    validator = Draft202012Validator(EVENT_SCHEMA)

    def factory(*, consumer, dead_letter, metrics, stopping):
        return build_pipeline(consumer=consumer, sink=sink, dead_letter=dead_letter, metrics=metrics,
                              validate=validate_with(validator), max_batch_size=batch,
                              max_wait_s=wait, stopping=stopping)

    return ConsumerRunner(cfg, factory, registry=registry, on_assign=on_assign)


async def fetched(runner: ConsumerRunner) -> int:
    """Records the runner's consumer has taken from Kafka so far (its positions), written or not."""
    consumer = runner._consumer
    if consumer is None:
        return 0
    return sum([await consumer.position(tp) for tp in consumer.assignment()])


async def _report_fetched(runner: ConsumerRunner) -> None:
    last = 0
    while True:
        now = await fetched(runner)
        if now != last:
            print(f"fetched {now}", flush=True)
            last = now
        await asyncio.sleep(0.05)


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--topic", required=True)
    parser.add_argument("--group", required=True)
    parser.add_argument("--schema", required=True)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--wait", type=float, default=0.3)
    parser.add_argument("--crash-after-sink", action="store_true")
    args = parser.parse_args()
    pool = await asyncpg.create_pool(DATABASE_URL, min_size=1, max_size=2)
    sink = PostgresEventSink(pool, args.schema, crash_after_sink=args.crash_after_sink)

    async def announce(consumer, partitions):
        print(f"assigned {len(partitions)}", flush=True)

    runner = make_runner(topic=args.topic, group=args.group, sink=sink, batch=args.batch, wait=args.wait,
                         on_assign=announce)
    runner.install_signal_handlers()
    task = asyncio.create_task(runner.run())
    reporter = asyncio.create_task(_report_fetched(runner))
    await task
    reporter.cancel()
    await pool.close()
    print("stopped cleanly", flush=True)


if __name__ == "__main__":
    asyncio.run(main())
