"""Wiring of the billing process: migrations, the pool, the usage consumer
(exactly once), the accounts/lifecycle consumer, the outbox relay, the
scheduler, the ops server (9104) and the internal API + webhooks (9114).

Stop: SIGTERM/SIGINT make the consumers write and commit what they hold, then
leave. A crash exits non-zero; that is safe: usage offsets are stored with the
rows, every other effect is idempotent, and Stripe calls carry deterministic keys.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from datetime import timedelta

import structlog
from aiohttp import web
from prometheus_client import CollectorRegistry

from gammainfra_common.consumer import ConsumerConfig, ConsumerRunner
from gammainfra_common.kafka.producer import EventProducer
from gammainfra_common.kafka.retention_check import check_topic_retention
from gammainfra_common.metrics import new_registry, register_build_info
from gammainfra_common.ops_server import OpsServer
from gammainfra_common.postgres import wait_for_postgres

from .adapters.outbox import OutboxRelay
from .adapters.usage_store import UsageStore
from .api.app import create_api_app
from .app.schedule import Scheduler
from .bootstrap import build
from .consumer.commands import CommandSink, commands_pipeline_factory
from .consumer.usage import UsageSink, seek_to_stored_offsets, usage_pipeline_factory
from .settings import BillingSettings

log = structlog.get_logger("gammainfra_billing")


async def run(settings: BillingSettings) -> None:
    registry = new_registry()
    register_build_info(registry, service="billing", version="0.1.0")
    # Refuse to run against a topic that keeps customer ids longer than the contract allows.
    await check_topic_retention(settings.kafka_bootstrap, {
        settings.usage_topic: "llm.requests.v1", settings.accounts_topic: "accounts.v1",
        settings.lifecycle_topic: "lifecycle.v1", settings.invoices_topic: "billing.invoices.v1",
        settings.state_topic: "billing.account_state.v1"})
    await wait_for_postgres(str(settings.database_url), 60)
    relay_holder: list[OutboxRelay] = []
    billing = await build(settings, registry, on_staged=lambda: relay_holder and relay_holder[0].kick(),
                          application_name=f"billing {settings.schema} {os.getpid()}")
    if settings.uses_local_fake:
        log.warning("no GI_STRIPE_API_KEY: billing runs against the local Stripe fake, charging no one",
                    stripe_api_base=settings.stripe_base())
    async with contextlib.AsyncExitStack() as stack:
        stack.push_async_callback(billing.close)
        producer = EventProducer(settings.kafka_bootstrap, client_id="billing-outbox")
        await producer.start()
        stack.push_async_callback(producer.stop)
        relay = OutboxRelay(billing.pool, producer)
        relay_holder.append(relay)

        usage_store = UsageStore(billing.pool, default_mode=settings.default_mode)
        usage_sink = UsageSink(usage_store)
        usage = ConsumerRunner(
            ConsumerConfig(bootstrap=settings.kafka_bootstrap, group_id=settings.group_id,
                           topics=(settings.usage_topic,), client_id="billing-usage",
                           max_poll_records=settings.batch_size),
            usage_pipeline_factory(usage_sink, batch_size=settings.batch_size, batch_wait_s=settings.batch_wait_s),
            registry=registry, on_assign=seek_to_stored_offsets(usage_store))
        commands = ConsumerRunner(
            ConsumerConfig(bootstrap=settings.kafka_bootstrap, group_id=f"{settings.group_id}-commands",
                           topics=(settings.accounts_topic, settings.lifecycle_topic), client_id="billing-commands"),
            commands_pipeline_factory(CommandSink(billing.customer_sync, billing.erasure,
                                                  accounts_topic=settings.accounts_topic,
                                                  lifecycle_topic=settings.lifecycle_topic),
                                      {settings.accounts_topic: "accounts.v1", settings.lifecycle_topic: "lifecycle.v1"}),
            # Its own registry: the gi_consumer_* family is registered once per registry, and
            # the usage consumer's lag is the one the ops server must show.
            registry=CollectorRegistry())
        scheduler = Scheduler(billing.closer, billing.invoices, billing.customers, billing.state,
                              grace=timedelta(seconds=settings.grace_s),
                              suspend_after=timedelta(seconds=settings.suspend_after_s),
                              every_s=settings.schedule_s, on_staged=relay.kick, metrics=billing.metrics)

        async def consumers_started() -> None:
            if not (usage.started.is_set() and commands.started.is_set()):
                raise RuntimeError("consumers not started yet")

        async def postgres_ok() -> None:
            await billing.pool.fetchval("SELECT 1")

        ops = OpsServer(host=settings.ops_host, port=settings.ops_port, registry=registry,
                        checks={"postgres": postgres_ok, "consumers": consumers_started})
        await ops.start()
        stack.push_async_callback(ops.stop)
        api = web.AppRunner(create_api_app(billing.webhooks, billing.credits, billing.metrics, billing.pool),
                            access_log=None, handle_signals=False)
        await api.setup()
        stack.push_async_callback(api.cleanup)
        await web.TCPSite(api, settings.api_host, settings.api_port).start()
        log.info("billing running", usage_topic=settings.usage_topic, group=settings.group_id, schema=settings.schema,
                 ops_port=ops.port, api_port=settings.api_port)
        tasks = [asyncio.create_task(relay.run()), asyncio.create_task(scheduler.run()),
                 asyncio.create_task(commands.run())]
        usage.install_signal_handlers()
        commands.install_signal_handlers()
        try:
            await usage.run()
        finally:
            commands.stop()
            for task in tasks[:2]:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            with contextlib.suppress(Exception):
                await relay.relay_once()  # what the last moments staged
