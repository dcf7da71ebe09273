"""The poll loop of a consumer group member.

At-least-once delivery with manual commits only (auto-commit off): records go
through the pipeline, whose last step commits after the sink confirmed. On
partition revoke the pipeline is flushed and committed first, so the next owner
starts where we stopped. SIGTERM/SIGINT stop the loop gracefully: the batch in
hand is written and committed, then the consumer leaves the group. Any
unexpected exception propagates (crash; safe because sinks are idempotent).
"""

from __future__ import annotations

import asyncio
import signal
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import structlog
from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener
from aiokafka.structs import TopicPartition
from prometheus_client import CollectorRegistry

from ..kafka.producer import EventProducer
from .dead_letter import DeadLetterQueue
from .message import Message
from .metrics import ConsumerMetrics
from .steps import Step

log = structlog.get_logger(__name__)

PipelineFactory = Callable[..., Step]
AssignHook = Callable[[AIOKafkaConsumer, set[TopicPartition]], Awaitable[None]]


@dataclass(frozen=True)
class ConsumerConfig:
    bootstrap: str
    group_id: str
    topics: tuple[str, ...]
    client_id: str = "gammainfra-consumer"
    auto_offset_reset: str = "earliest"
    max_poll_records: int = 1000
    poll_timeout_ms: int = 200
    session_timeout_ms: int = 10000
    heartbeat_interval_ms: int = 3000
    dlq_cap_ratio: float = 0.5
    dlq_window: int = 1000
    dlq_min_records: int = 100
    lag_interval_s: float = 1.0


class _Rebalance(ConsumerRebalanceListener):
    def __init__(self, runner: "ConsumerRunner") -> None:
        self._runner = runner

    async def on_partitions_revoked(self, revoked):
        await self._runner._on_revoked(set(revoked))

    async def on_partitions_assigned(self, assigned):
        await self._runner._on_assigned(set(assigned))


class ConsumerRunner:
    """Runs `pipeline_factory(consumer=..., dead_letter=..., metrics=..., stopping=...)`."""

    def __init__(self, config: ConsumerConfig, pipeline_factory: PipelineFactory, *,
                 registry: CollectorRegistry | None = None, on_assign: AssignHook | None = None) -> None:
        self.config = config
        self._factory = pipeline_factory
        self._on_assign_hook = on_assign
        self.metrics = ConsumerMetrics(registry or CollectorRegistry(), config.group_id)
        self._stop = asyncio.Event()
        self._lock = asyncio.Lock()
        self._assigned: set[TopicPartition] = set()
        self._head: Step | None = None
        self._consumer: AIOKafkaConsumer | None = None
        self.started = asyncio.Event()

    # -- control --------------------------------------------------------------
    def stop(self) -> None:
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def install_signal_handlers(self) -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.stop)

    # -- loop -----------------------------------------------------------------
    async def run(self) -> None:
        cfg = self.config
        consumer = AIOKafkaConsumer(
            bootstrap_servers=cfg.bootstrap, group_id=cfg.group_id, client_id=cfg.client_id,
            enable_auto_commit=False, auto_offset_reset=cfg.auto_offset_reset,
            session_timeout_ms=cfg.session_timeout_ms, heartbeat_interval_ms=cfg.heartbeat_interval_ms,
            isolation_level="read_committed",
        )
        producer = EventProducer(cfg.bootstrap, client_id=f"{cfg.client_id}-dlq")
        await producer.start()
        try:
            dead_letter = DeadLetterQueue(producer, group=cfg.group_id, metrics=self.metrics,
                                          cap_ratio=cfg.dlq_cap_ratio, window=cfg.dlq_window,
                                          min_records=cfg.dlq_min_records)
            self._head = self._factory(consumer=consumer, dead_letter=dead_letter,
                                       metrics=self.metrics, stopping=lambda: self.stopping)
            self._consumer = consumer
            consumer.subscribe(list(cfg.topics), listener=_Rebalance(self))
            await consumer.start()
            try:
                self.started.set()
                await self._loop(consumer, dead_letter)
                async with self._lock:
                    await self._head.join()  # graceful stop: write and commit what we hold
            finally:
                await consumer.stop()
        finally:
            await producer.stop()

    async def _loop(self, consumer: AIOKafkaConsumer, dead_letter: DeadLetterQueue) -> None:
        next_lag_at = 0.0
        while not self._stop.is_set():
            batches = await consumer.getmany(timeout_ms=self.config.poll_timeout_ms,
                                             max_records=self.config.max_poll_records)
            async with self._lock:
                for tp, records in batches.items():
                    for record in records:
                        if tp not in self._assigned:
                            break  # revoked while we were busy: the new owner reads these
                        dead_letter.consumed()
                        await self._head.submit(Message.from_record(record))
                await self._head.poll()
            if time.monotonic() >= next_lag_at:
                await self._update_lag(consumer)
                next_lag_at = time.monotonic() + self.config.lag_interval_s

    async def _update_lag(self, consumer: AIOKafkaConsumer) -> None:
        for tp in list(self._assigned):
            highwater = consumer.highwater(tp)
            if highwater is None:
                continue
            try:
                position = await consumer.position(tp)
            except Exception:  # noqa: BLE001 - partition moved mid-call; next tick retries
                continue
            self.metrics.lag.labels(self.config.group_id, tp.topic, str(tp.partition)).set(
                max(0, highwater - position))

    # -- rebalance ------------------------------------------------------------
    async def _on_revoked(self, revoked: set[TopicPartition]) -> None:
        async with self._lock:
            if self._head is not None:
                await self._head.join()
            self._assigned -= revoked
        for tp in revoked:
            try:
                self.metrics.lag.remove(self.config.group_id, tp.topic, str(tp.partition))
            except KeyError:
                pass
        log.info("partitions revoked", partitions=sorted(f"{tp.topic}:{tp.partition}" for tp in revoked))

    async def _on_assigned(self, assigned: set[TopicPartition]) -> None:
        self._assigned = set(assigned)
        if self._on_assign_hook is not None and self._consumer is not None:
            await self._on_assign_hook(self._consumer, set(assigned))
        log.info("partitions assigned", partitions=sorted(f"{tp.topic}:{tp.partition}" for tp in assigned))
