"""Wiring of the retention process (the one bootstrap): migrations, the audit
trail, the start-up topic retention check, the consumer (erasure requests and
every service's acks), the daily purge schedule, the erasure watchdog and the
ops server (with the internal status API). Closed in reverse order.

Stop: SIGTERM/SIGINT make the consumer commit what it wrote and leave the group;
the schedule and the watchdog are cancelled (both are idempotent on restart).
"""

from __future__ import annotations

import asyncio
import contextlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import structlog

from gammainfra_common.consumer import ConsumerConfig, ConsumerRunner
from gammainfra_common.kafka.producer import EventProducer
from gammainfra_common.kafka.retention_check import check_topic_retention
from gammainfra_common.metrics import new_registry, register_build_info
from gammainfra_common.migrations import apply_migrations
from gammainfra_common.ops_server import OpsServer
from gammainfra_common.postgres import create_pool, wait_for_postgres

from .adapters.audit_trail import PostgresAuditTrail
from .adapters.commands import LifecycleCommands
from .api import routes
from .consumer.pipeline import RetentionSink, pipeline_factory
from .jobs import issue_purge, plan_purge, reissue_stale
from .metrics import RetentionMetrics
from .settings import RetentionSettings

log = structlog.get_logger("gammainfra_retention")

MIGRATIONS = Path(__file__).parent / "migrations"


async def purge_schedule(trail, commands, metrics, settings: RetentionSettings) -> None:
    """Issues today's purge run if it was not issued yet, then checks again every
    `purge_check_s`. Down for days? The first pass after start catches up."""
    while True:
        try:
            plan = plan_purge(datetime.now(UTC), settings.retention_months, settings.purge_services)
            if not await trail.purge_exists(plan.purge_id):
                await issue_purge(trail, commands, plan)
                metrics.purges_issued.inc()
            metrics.purge_checks.inc()
        except Exception as exc:  # noqa: BLE001 - retried next pass; nothing is lost by waiting
            log.warning("purge schedule pass failed", error=repr(exc))
        await asyncio.sleep(settings.purge_check_s)


async def erasure_watchdog(trail, commands, metrics, settings: RetentionSettings) -> None:
    """Re-issues erasures nobody finished within the timeout and keeps the gauges (the
    last completed purge comes from the audit trail, so a restart does not reset it)."""
    while True:
        try:
            now = datetime.now(UTC)
            metrics.retries.inc(await reissue_stale(trail, commands, timeout_s=settings.erasure_timeout_s,
                                                    now=now))
            metrics.open.set(await trail.count_open())
            metrics.stuck.set(await trail.count_open(now - timedelta(seconds=settings.erasure_timeout_s)))
            last_purge = await trail.last_purge_completed()
            metrics.purge_last_success.set(last_purge.timestamp() if last_purge else 0)
        except Exception as exc:  # noqa: BLE001 - retried next pass
            log.warning("erasure watchdog pass failed", error=repr(exc))
        await asyncio.sleep(settings.watchdog_s)


async def run(settings: RetentionSettings) -> None:
    registry = new_registry()
    register_build_info(registry, service="retention", version="0.1.0")
    metrics = RetentionMetrics(registry)
    await check_topic_retention(settings.kafka_bootstrap, {settings.accounts_topic: "accounts.v1",
                                                           settings.lifecycle_topic: "lifecycle.v1"})
    await wait_for_postgres(settings.database_url, 60)
    applied = await apply_migrations(settings.database_url, settings.schema, MIGRATIONS)
    log.info("migrations applied", schema=settings.schema, applied=applied)
    async with contextlib.AsyncExitStack() as stack:
        pool = await create_pool(settings.database_url, min_size=1, max_size=4,
                                 server_settings={"application_name": "retention"})
        stack.push_async_callback(pool.close)
        trail = PostgresAuditTrail(pool, settings.schema)
        producer = EventProducer(settings.kafka_bootstrap, client_id="retention")
        await producer.start()
        stack.push_async_callback(producer.stop)
        commands = LifecycleCommands(producer, settings.lifecycle_topic)
        sink = RetentionSink(trail, commands, metrics, erasure_services=settings.erasure_services)
        contracts = {settings.accounts_topic: "accounts.v1", settings.lifecycle_topic: "lifecycle.v1"}
        runner = ConsumerRunner(ConsumerConfig(bootstrap=settings.kafka_bootstrap, group_id=settings.group_id,
                                               topics=tuple(contracts), client_id="retention"),
                                pipeline_factory(sink, contracts), registry=registry)

        async def consumer_started() -> None:
            if not runner.started.is_set():
                raise RuntimeError("consumer not started yet")

        async def postgres_ok() -> None:
            await pool.fetchval("SELECT 1")

        ops = OpsServer(host=settings.ops_host, port=settings.ops_port, registry=registry,
                        checks={"postgres": postgres_ok, "consumer": consumer_started})
        for method, path, handler in routes(trail, timeout_s=settings.erasure_timeout_s):
            ops.add_route(method, path, handler)
        await ops.start()
        stack.push_async_callback(ops.stop)
        tasks = [asyncio.create_task(erasure_watchdog(trail, commands, metrics, settings))]
        if settings.purge_enabled:
            tasks.append(asyncio.create_task(purge_schedule(trail, commands, metrics, settings)))
        log.info("retention running", ops_port=ops.port, erasure_services=settings.erasure_services,
                 purge_services=settings.purge_services)
        runner.install_signal_handlers()
        try:
            await runner.run()
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
