"""The poll loop of a consumer group member.

At-least-once delivery with manual commits only (auto-commit off): records go
through the pipeline, whose last step commits after the sink confirmed. On
partition revoke the pipeline is flushed and committed first, so the next owner
starts where we stopped. SIGTERM/SIGINT stop the loop gracefully: the batch in
hand is written and committed, then the consumer leaves the group. Any
unexpected exception propagates (crash; safe because sinks are idempotent) —
including one raised inside a rebalance callback, which aiokafka itself would
only log: the runner stops and re-raises it from `run()`.

Lag (`gi_consumer_lag`) is the last stable offset minus the committed offset,
measured by its own task, so records fetched but not yet written count as lag and
the gauge keeps moving while the sink is stuck.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import structlog
from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener
from aiokafka.errors import IllegalStateError
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
    # How long a revoke may take to flush before the group moves on without us.
    rebalance_timeout_ms: int = 60000
    dlq_cap_ratio: float = 0.5
    dlq_window: int = 1000
    dlq_min_records: int = 100
    lag_interval_s: float = 1.0


def _rewind(consumer: AIOKafkaConsumer, tp: TopicPartition, offset: int) -> None:
    try:
        consumer.seek(tp, offset)
    except IllegalStateError:
        pass  # truly revoked: the new owner starts from the committed offset


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
        self._fatal: BaseException | None = None
        self._revoking = False
        self.started = asyncio.Event()

    # -- control --------------------------------------------------------------
    def stop(self) -> None:
        self._stop.set()

    @property
    def stopping(self) -> bool:
        """True when the sink must stop retrying: shutdown, or a revoke in progress
        (the partitions are about to belong to someone else)."""
        return self._stop.is_set() or self._revoking

    def _crash(self, exc: BaseException, what: str) -> None:
        log.error(what + "; stopping the consumer", error=repr(exc))
        if self._fatal is None:
            self._fatal = exc
        self._stop.set()

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
            rebalance_timeout_ms=cfg.rebalance_timeout_ms, isolation_level="read_committed",
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
            lag_task = asyncio.create_task(self._report_lag(consumer))
            try:
                self.started.set()
                await self._loop(consumer, dead_letter)
                if self._fatal is not None:
                    raise self._fatal
                async with self._lock:
                    await self._head.join()  # graceful stop: write and commit what we hold
            finally:
                lag_task.cancel()
                await consumer.stop()
        finally:
            await producer.stop()

    async def _loop(self, consumer: AIOKafkaConsumer, dead_letter: DeadLetterQueue) -> None:
        while not self._stop.is_set():
            batches = await consumer.getmany(timeout_ms=self.config.poll_timeout_ms,
                                             max_records=self.config.max_poll_records)
            async with self._lock:
                for tp, records in batches.items():
                    for record in records:
                        if tp not in self._assigned:
                            # Not ours (yet/any more): rewind so nothing fetched is skipped
                            # if the partition stays or comes back.
                            _rewind(consumer, tp, record.offset)
                            break
                        dead_letter.consumed()
                        await self._head.submit(Message.from_record(record))
                await self._head.poll()

    async def _report_lag(self, consumer: AIOKafkaConsumer) -> None:
        while True:
            await asyncio.sleep(self.config.lag_interval_s)
            for tp in list(self._assigned):
                try:
                    upper = consumer.last_stable_offset(tp)
                    if upper is None:
                        upper = consumer.highwater(tp)
                    committed = await consumer.committed(tp)
                except Exception:  # noqa: BLE001 - partition moved mid-call; next tick retries
                    continue
                if upper is not None:
                    self.metrics.lag.labels(self.config.group_id, tp.topic, str(tp.partition)).set(
                        max(0, upper - (committed or 0)))

    # -- rebalance ------------------------------------------------------------
    async def _on_revoked(self, revoked: set[TopicPartition]) -> None:
        self._revoking = True
        try:
            async with self._lock:
                if self._head is not None and self._fatal is None:
                    await self._head.join()
                self._assigned -= revoked
        except BaseException as exc:  # noqa: BLE001 - aiokafka would swallow it; crash instead
            self._crash(exc, "flushing on partition revoke failed")
        finally:
            self._revoking = False
        for tp in revoked:
            try:
                self.metrics.lag.remove(self.config.group_id, tp.topic, str(tp.partition))
            except KeyError:
                pass
        log.info("partitions revoked", partitions=sorted(f"{tp.topic}:{tp.partition}" for tp in revoked))

    async def _on_assigned(self, assigned: set[TopicPartition]) -> None:
        try:
            if self._on_assign_hook is not None and self._consumer is not None:
                await self._on_assign_hook(self._consumer, set(assigned))
        except BaseException as exc:  # noqa: BLE001 - aiokafka would swallow it; crash instead
            self._crash(exc, "partition assignment hook failed")
            return
        # Only now: records of these partitions are processed once the hook has
        # positioned them (e.g. seeked to offsets stored with the sink's rows).
        self._assigned = set(assigned)
        log.info("partitions assigned", partitions=sorted(f"{tp.topic}:{tp.partition}" for tp in assigned))
