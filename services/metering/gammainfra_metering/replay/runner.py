"""Replay a time range of llm.requests.v1 into a scratch schema.

A fresh consumer group (never the live one) reads each partition from the
offset of the range's start (offsets_for_times) through the same decode ->
validate -> cost check -> ledger pipeline as the live service, into its own
schema (migrated from scratch). No budget sync: a replay must not touch Redis.
It stops once every partition's position passed the range's end offset, after
the batch in hand is written. Records fetched past the end may be written too;
the audit compares by finished_at, so they do not matter. Invalid records are
dead-lettered again (their dlq_consumer_group header names the replay group).
Nothing resurrected: before consuming, the live ledger's tombstones (erased
customers) and purge horizon are copied into the scratch schema, so the same
ledger write skips exactly what the live one skips.

Raises whatever the pipeline raises (a replay that cannot complete is an error,
never a partial success).
"""

from __future__ import annotations

import asyncio
import time
import uuid
from dataclasses import dataclass
from datetime import datetime

import structlog
from aiokafka.structs import TopicPartition

from gammainfra_common.consumer import ConsumerConfig, ConsumerRunner
from gammainfra_common.metrics import new_registry
from gammainfra_common.migrations import apply_migrations
from gammainfra_schemas.catalog import load_catalog

from ..adapters.audit_totals import check_schema_name
from ..adapters.ledger import PostgresLedger, open_ledger_pool
from ..adapters.partitions import PartitionManager
from ..consumer.metrics import MeteringMetrics
from ..consumer.pipeline import pipeline_factory
from ..consumer.steps import LedgerSink
from ..domain.cost_check import CostChecker
from ..service import MIGRATIONS
from .kafka_range import PartitionRange, offsets_for_range
from .workers import run_workers

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class ReplayResult:
    schema: str
    group_id: str
    ranges: list[PartitionRange]
    events: int
    seconds: float


async def replay(*, dsn: str, bootstrap: str, topic: str, start: datetime, end: datetime,
                 schema: str, batch_size: int = 5000, live_schema: str | None = "metering",
                 workers: int = 1) -> ReplayResult:
    """`workers` > 1 spreads the partitions over that many processes (see `workers`)."""
    check_schema_name(schema)
    started = time.monotonic()
    ranges = await offsets_for_range(bootstrap, topic, start, end)
    todo = {r.partition: r for r in ranges if r.end > r.start}
    await apply_migrations(dsn, schema, MIGRATIONS)
    pool = await open_ledger_pool(dsn, schema, application_name="metering-replay")
    try:
        if live_schema is not None:
            await copy_retention_state(pool, live_schema)
        group_id = f"metering-replay-{uuid.uuid4().hex[:12]}"
        if workers > 1:
            events = 0
            if todo:
                events = await run_workers(dsn=dsn, bootstrap=bootstrap, topic=topic, schema=schema,
                                           group_id=group_id, todo=todo, batch_size=batch_size, workers=workers)
            return ReplayResult(schema, group_id, ranges, events, time.monotonic() - started)
        partitions = PartitionManager(pool)
        await partitions.load()
        registry = new_registry(process_metrics=False)
        metrics = MeteringMetrics(registry)
        sink = LedgerSink(PostgresLedger(pool, partitions), metrics)
        factory = pipeline_factory(sink=sink, checker=CostChecker(load_catalog), metering_metrics=metrics,
                                   batch_size=batch_size, batch_wait_s=0.2)
        if todo:
            await _consume(bootstrap, group_id, topic, todo, factory, registry, batch_size)
        events = int(registry.get_sample_value("gi_metering_ledger_rows_total", {"outcome": "inserted"}) or 0)
    finally:
        await pool.close()
    return ReplayResult(schema, group_id, ranges, events, time.monotonic() - started)


async def copy_retention_state(pool, live_schema: str) -> None:
    """Tombstones and purge horizon of the live ledger into the replay's schema
    (search_path); a live schema that does not exist (yet) has none."""
    check_schema_name(live_schema)
    async with pool.acquire() as conn:
        if not await conn.fetchval("SELECT to_regclass($1) IS NOT NULL", f"{live_schema}.erased_customers"):
            return
        await conn.execute(f"INSERT INTO erased_customers SELECT * FROM {live_schema}.erased_customers "
                           f"ON CONFLICT DO NOTHING")
        await conn.execute(f"INSERT INTO purge_horizon SELECT * FROM {live_schema}.purge_horizon "
                           f"ON CONFLICT (only_row) DO UPDATE SET purged_before = EXCLUDED.purged_before")


async def _consume(bootstrap, group_id, topic, todo: dict[int, PartitionRange], factory, registry,
                   batch_size: int) -> None:
    config = ConsumerConfig(bootstrap=bootstrap, group_id=group_id, topics=(topic,),
                            client_id="metering-replay", max_poll_records=batch_size)
    holder: dict = {}

    async def seek_to_range_start(consumer, assigned: set[TopicPartition]) -> None:
        holder["consumer"] = consumer
        for tp in assigned:
            r = todo.get(tp.partition)
            consumer.seek(tp, r.start if r else (await consumer.end_offsets([tp]))[tp])

    runner = ConsumerRunner(config, factory, registry=registry, on_assign=seek_to_range_start)
    task = asyncio.create_task(runner.run())
    try:
        while not task.done():
            consumer = holder.get("consumer")
            if consumer is not None and await _passed_end(consumer, topic, todo):
                runner.stop()  # the runner writes and commits the batch in hand, then returns
                break
            await asyncio.sleep(0.1)
        await task
    finally:
        if not task.done():
            runner.stop()
            await asyncio.gather(task, return_exceptions=True)


async def _passed_end(consumer, topic: str, todo: dict[int, PartitionRange]) -> bool:
    assignment = consumer.assignment()
    for partition, r in todo.items():
        tp = TopicPartition(topic, partition)
        if tp not in assignment or await consumer.position(tp) < r.end:
            return False
    return True
