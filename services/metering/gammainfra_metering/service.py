"""Wiring of the metering process (the one bootstrap): migrations, the ledger
pool, partition upkeep, the consumer, the Redis budget sync, the ops server and
the export API. Each resource is closed in reverse order on the way out.

Stop: SIGTERM/SIGINT make the runner write and commit the batch in hand, then
leave the group. A crash (any unexpected error) exits non-zero; that is safe:
offsets are stored with the rows, the ledger dedupes on event id.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from pathlib import Path

import structlog
from aiohttp import web

from gammainfra_common.consumer import ConsumerConfig, ConsumerRunner
from gammainfra_common.kafka.producer import EventProducer
from gammainfra_common.kafka.retention_check import check_topic_retention
from gammainfra_common.lifecycle import lifecycle_runner
from gammainfra_common.metrics import new_registry, register_build_info
from gammainfra_common.migrations import apply_migrations
from gammainfra_common.ops_server import OpsServer
from gammainfra_common.postgres import wait_for_postgres
from gammainfra_common.redis_client import create_redis
from gammainfra_schemas.catalog import load_catalog

from .adapters.budget_sync import RedisBudgetSync
from .adapters.ledger import PostgresLedger, open_ledger_pool
from .adapters.ledger_retention import LedgerRetention
from .adapters.partitions import PartitionManager
from .api.app import create_export_app
from .consumer.metrics import MeteringMetrics
from .consumer.pipeline import pipeline_factory, seek_to_stored_offsets
from .consumer.steps import LedgerSink
from .domain.cost_check import CostChecker
from .lifecycle import MeteringLifecycle
from .settings import MeteringSettings

log = structlog.get_logger("gammainfra_metering")

MIGRATIONS = Path(__file__).parent / "migrations"


async def keep_partitions_ahead(partitions: PartitionManager, months_ahead: int, every_s: float) -> None:
    while True:
        await asyncio.sleep(every_s)
        try:
            await partitions.ensure_ahead(months_ahead)
        except Exception as exc:  # noqa: BLE001 - retried next period; writes create on demand anyway
            log.warning("creating ledger partitions ahead failed", error=repr(exc))


async def run(settings: MeteringSettings) -> None:
    registry = new_registry()
    register_build_info(registry, service="metering", version="0.1.0")
    # Refuse to run against a topic that keeps customer ids longer than the contract allows.
    await check_topic_retention(settings.kafka_bootstrap, {settings.topic: "llm.requests.v1",
                                                           settings.lifecycle_topic: "lifecycle.v1"})
    await wait_for_postgres(settings.database_url, 60)
    applied = await apply_migrations(settings.database_url, settings.schema, MIGRATIONS)
    log.info("migrations applied", schema=settings.schema, applied=applied)
    # Schema and pid in the name tell metering processes (live, replay, tests) apart.
    pool = await open_ledger_pool(settings.database_url, settings.schema,
                                  application_name=f"metering {settings.schema} {os.getpid()}"[-63:])
    async with contextlib.AsyncExitStack() as stack:
        stack.push_async_callback(pool.close)
        partitions = PartitionManager(pool)
        await partitions.load()
        await partitions.ensure_ahead(settings.partitions_ahead)
        ledger = PostgresLedger(pool, partitions)
        metering_metrics = MeteringMetrics(registry)
        budget_sync = None
        redis = None
        tasks = [asyncio.create_task(keep_partitions_ahead(partitions, settings.partitions_ahead,
                                                           settings.partition_check_s))]
        if settings.redis_url:
            redis = create_redis(settings.redis_url)
            stack.push_async_callback(redis.aclose)
            budget_sync = RedisBudgetSync(redis, registry=registry, interval_s=settings.budget_sync_s)
            stack.push_async_callback(budget_sync.flush)  # last totals out on a graceful stop
            tasks.append(asyncio.create_task(budget_sync.run()))
        sink = LedgerSink(ledger, metering_metrics, budget_sync)
        factory = pipeline_factory(sink=sink, checker=CostChecker(load_catalog), metering_metrics=metering_metrics,
                                   batch_size=settings.batch_size, batch_wait_s=settings.batch_wait_s)
        config = ConsumerConfig(bootstrap=settings.kafka_bootstrap, group_id=settings.group_id,
                                topics=(settings.topic,), client_id="metering",
                                max_poll_records=settings.batch_size)
        runner = ConsumerRunner(config, factory, registry=registry, on_assign=seek_to_stored_offsets(ledger))
        # lifecycle.v1 (erasure, purge) under its own group; its acks go out on this producer.
        lifecycle_producer = EventProducer(settings.kafka_bootstrap, client_id="metering-lifecycle")
        await lifecycle_producer.start()
        stack.push_async_callback(lifecycle_producer.stop)
        lifecycle = lifecycle_runner(
            bootstrap=settings.kafka_bootstrap, group_id=f"{settings.group_id}-lifecycle", service="metering",
            handler=MeteringLifecycle(LedgerRetention(pool, partitions), budget_sync, redis),
            producer=lifecycle_producer, topic=settings.lifecycle_topic)

        async def consumer_started() -> None:
            if not runner.started.is_set():
                raise RuntimeError("consumer not started yet")

        async def postgres_ok() -> None:
            async with pool.acquire() as conn:
                await conn.fetchval("SELECT 1")

        ops = OpsServer(host=settings.ops_host, port=settings.ops_port, registry=registry,
                        checks={"postgres": postgres_ok, "consumer": consumer_started})
        await ops.start()
        stack.push_async_callback(ops.stop)
        # Exports get their own connections: a slow download must never hold the ledger's.
        export_pool = await open_ledger_pool(settings.database_url, settings.schema, max_size=4,
                                             application_name="metering-export")
        stack.push_async_callback(export_pool.close)
        api = web.AppRunner(create_export_app(export_pool, fetch_rows=settings.export_fetch_rows),
                            access_log=None, handle_signals=False)
        await api.setup()
        stack.push_async_callback(api.cleanup)
        await web.TCPSite(api, settings.api_host, settings.api_port).start()
        log.info("metering running", topic=settings.topic, group=settings.group_id, schema=settings.schema,
                 ops_port=ops.port, api_port=settings.api_port)
        runner.install_signal_handlers()
        lifecycle_task = asyncio.create_task(lifecycle.run())
        try:
            main = asyncio.create_task(runner.run())
            await asyncio.wait([main, lifecycle_task], return_when=asyncio.FIRST_COMPLETED)
            runner.stop()
            lifecycle.stop()
            await main
            await lifecycle_task
            await sink.drain()
        finally:
            lifecycle.stop()
            if not lifecycle_task.done():
                lifecycle_task.cancel()
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
