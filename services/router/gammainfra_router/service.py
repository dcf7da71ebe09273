"""The router process, wired in one place.

Start order matters:
1. replay the compacted health topic to its end and restore every pair (state,
   score, cooldown); the snapshot version continues after the highest version
   seen on the topic or in Redis, so it never goes back;
2. replay accounts.v1 to its end: the objecting customers are known before the
   first request event is counted;
3. start consuming llm.requests.v1 (ConsumerRunner), following accounts.v1 and
   publishing every cycle; /readyz turns ready.
Stops on SIGTERM/SIGINT: the consumer commits what it holds, the publisher stops.
"""

from __future__ import annotations

import asyncio
from datetime import datetime

import orjson
import structlog
from redis.exceptions import RedisError

from gammainfra_common.consumer import ConsumerConfig, ConsumerRunner
from gammainfra_common.kafka.producer import EventProducer
from gammainfra_common.kafka.retention_check import check_topic_retention
from gammainfra_common.lifecycle import lifecycle_runner
from gammainfra_common.metrics import new_registry, register_build_info
from gammainfra_common.ops_server import OpsServer
from gammainfra_common.redis_client import create_redis
from gammainfra_schemas.topics import validator_for

from .adapters.health_topic import HealthTopic, read_latest
from .adapters.redis_snapshot import RedisSnapshot
from .adapters.topic_reader import TopicReader
from .consumer.pipeline import pipeline_factory
from .consumer.sink import StatsSink
from .domain.health_book import HealthBook
from .domain.label_stats import LabelStats
from .domain.objections import Objections
from .lifecycle import RouterLifecycle
from .metrics import RouterMetrics
from .publisher import Publisher
from .settings import RouterSettings

log = structlog.get_logger(__name__)


def _epoch(ts: str | None) -> float | None:
    return None if ts is None else datetime.fromisoformat(ts.replace("Z", "+00:00")).timestamp()


def restore(book: HealthBook, values: dict[str, dict]) -> int:
    """Put every restored pair back in the book; returns the highest version seen."""
    highest = 0
    for value in values.values():
        book.restore(endpoint=value["endpoint"], provider=value["provider"], model=value["model"],
                     state=value["state"], score_=value["score"], cooldown_until=_epoch(value["cooldown_until"]),
                     updated_at=_epoch(value["updated_at"]))
        highest = max(highest, value["snapshot_version"])
    return highest


class Objection:
    """Feeds accounts.v1 records into the objection set (bad records are skipped:
    the topic belongs to the gateway and is validated by its consumers)."""

    def __init__(self, objections: Objections, metrics: RouterMetrics) -> None:
        self._objections, self._metrics = objections, metrics

    def __call__(self, record) -> None:
        try:
            data = orjson.loads(record.value) if record.value is not None else None
        except orjson.JSONDecodeError:
            log.warning("skipping a non-JSON accounts record", partition=record.partition, offset=record.offset)
            return
        if self._objections.apply(data):
            self._metrics.objecting.set(len(self._objections))


async def run(settings: RouterSettings) -> None:
    await check_topic_retention(settings.kafka_bootstrap, {settings.requests_topic: "llm.requests.v1",
                                                           settings.accounts_topic: "accounts.v1",
                                                           settings.lifecycle_topic: "lifecycle.v1"})
    registry = new_registry()
    register_build_info(registry, service="router", version="0.1.0")
    metrics = RouterMetrics(registry)
    book = HealthBook(settings.thresholds(), window_s=settings.window_s, max_samples=settings.max_samples,
                      slow_latency_ms=settings.slow_latency_ms)
    labels = LabelStats(window_s=settings.window_s, max_samples=settings.max_samples)
    objections = Objections()
    redis = create_redis(str(settings.redis_url))
    snapshot = RedisSnapshot(redis, settings.snapshot_key)
    producer = EventProducer(settings.kafka_bootstrap, client_id="router")
    accounts = TopicReader(settings.kafka_bootstrap, settings.accounts_topic, client_id="router-accounts")
    assigned = asyncio.Event()

    async def on_assign(consumer, partitions) -> None:
        # Ready means consuming: with start_from=latest, events before the first
        # assignment would not be seen.
        assigned.set()

    runner = ConsumerRunner(
        ConsumerConfig(bootstrap=settings.kafka_bootstrap, group_id=settings.group_id,
                       topics=(settings.requests_topic,), client_id="router",
                       auto_offset_reset=settings.start_from),
        pipeline_factory(StatsSink(book, labels, objections, metrics),
                         max_wait_s=min(0.5, settings.publish_interval_s)),
        registry=registry, on_assign=on_assign)
    runner.install_signal_handlers()
    ops = OpsServer(host=settings.host, port=settings.ops_port, registry=registry)
    ready = asyncio.Event()

    async def is_ready() -> None:
        if not ready.is_set():
            raise RuntimeError("restoring state")
        await redis.ping()

    ops.add_check("router", is_ready)
    await ops.start()
    tasks: list[asyncio.Task] = []
    try:
        values = await read_latest(settings.kafka_bootstrap, settings.health_topic,
                                   validator_for("routing.health.v1", 1))
        version = max(restore(book, values), await _redis_version(snapshot))
        await accounts.start()
        replayed = await accounts.catch_up(Objection(objections, metrics))
        log.info("state restored", pairs=len(values), snapshot_version=version,
                 accounts_records=replayed, objecting=len(objections))
        await producer.start()
        publisher = Publisher(book, labels, HealthTopic(producer, settings.health_topic), snapshot, metrics,
                              version=version, probe_share=settings.probe_share, window_s=settings.window_s,
                              full_every=settings.full_publish_every, interval_s=settings.publish_interval_s)
        publisher.restored(values)
        lifecycle = lifecycle_runner(bootstrap=settings.kafka_bootstrap, group_id=f"{settings.group_id}-lifecycle",
                                     service="router", handler=RouterLifecycle(objections, metrics),
                                     producer=producer, topic=settings.lifecycle_topic)
        consumer = asyncio.create_task(runner.run())
        tasks = [asyncio.create_task(lifecycle.run()), asyncio.create_task(publisher.run()),
                 asyncio.create_task(accounts.follow(Objection(objections, metrics)))]
        started = asyncio.create_task(assigned.wait())
        await asyncio.wait([started, consumer], return_when=asyncio.FIRST_COMPLETED)
        started.cancel()
        ready.set()
        # The consumer ends on SIGTERM (or crashes); either way the process ends with it.
        done, _ = await asyncio.wait([consumer, *tasks], return_when=asyncio.FIRST_COMPLETED)
        runner.stop()
        await consumer
        for task in done:
            task.result()  # a background task that ended on its own is a bug: raise it
    finally:
        ops.set_draining()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await accounts.stop()
        await producer.stop()
        await redis.aclose()
        await ops.stop()


async def _redis_version(snapshot: RedisSnapshot) -> int:
    try:
        return await snapshot.version() or 0
    except (RedisError, OSError):
        return 0  # Redis down at start: the topic's version is the floor
