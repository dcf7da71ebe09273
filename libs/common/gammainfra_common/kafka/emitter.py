"""Non-blocking, loss-free event emission: spool first, then Kafka, in order.

`emit()` writes the event to the `DiskSpool` (write-ahead: once it returns, a
process crash loses nothing) and wakes the sender; it never awaits Kafka. A
background sender reads the spool in order, sends each batch through the
`EventProducer` (enqueue all, then await every ack) and commits the spool only for
acknowledged records. On Kafka errors it retries the unacknowledged records with
capped exponential backoff and never moves past them, so nothing is skipped and
order is kept. Records still in aiokafka's hands are never sent a second time:
without a crash each event reaches Kafka once. After a crash between ack and
checkpoint (written at most every 0.1 s) the records are resent; consumers de-duplicate on `ce_id`.

The emitter owns the producer's lifecycle (it starts it in the background, since
Kafka may be down when the service starts, and stops it) but not the spool's:
the caller opens and closes it, and `emit()` keeps spooling while the sender is
stopped (the next `start()` sends it).

Raises from `emit()`: `SpoolFull` (the event was NOT stored: the caller must log
it loudly; it is counted here) and OSError from the disk.

Metrics (registry given at construction):

| name | type | labels | meaning |
|---|---|---|---|
| gi_events_emitted_total | counter | topic | events accepted into the spool |
| gi_events_delivered_total | counter | topic | events acknowledged by Kafka (acks=all) |
| gi_event_delivery_failures_total | counter | error | failed or stalled send attempts (per batch round); the events stay spooled and are retried |
| gi_event_spool_depth_records | gauge | | events in the spool not yet delivered |
| gi_event_spool_depth_bytes | gauge | | bytes of those events |
| gi_event_spool_full_total | counter | | events refused because the spool was full (each one is a lost event unless the caller keeps it) |
| gi_event_send_seconds | histogram | | time to deliver one spool batch, retries included |
"""

from __future__ import annotations

import asyncio
import time

import structlog
from aiokafka.errors import KafkaError
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from ..metrics import cached_labels
from .cloudevents import CloudEvent
from .producer import EventProducer
from .spool import DiskSpool, Position, SpoolFull, SpoolRecord

log = structlog.get_logger(__name__)

Batch = list[tuple[Position, SpoolRecord]]


class _Metrics:
    def __init__(self, registry: CollectorRegistry, spool: DiskSpool) -> None:
        self.emitted = Counter("gi_events_emitted_total", "events accepted into the spool",
                               ["topic"], registry=registry)
        self.delivered = Counter("gi_events_delivered_total", "events acknowledged by Kafka",
                                 ["topic"], registry=registry)
        self.emitted_for, self.delivered_for = cached_labels(self.emitted), cached_labels(self.delivered)
        self.failures = Counter("gi_event_delivery_failures_total",
                                "failed or stalled send attempts, retried", ["error"], registry=registry)
        self.spool_full = Counter("gi_event_spool_full_total", "events refused: spool full",
                                  registry=registry)
        self.send_seconds = Histogram("gi_event_send_seconds", "time to deliver one spool batch",
                                      registry=registry, buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                                                                  0.5, 1, 2.5, 5, 15, 60, 300))
        Gauge("gi_event_spool_depth_records", "undelivered events in the spool",
              registry=registry).set_function(lambda: spool.depth_records)
        Gauge("gi_event_spool_depth_bytes", "bytes of undelivered events in the spool",
              registry=registry).set_function(lambda: spool.depth_bytes)


class EventEmitter:
    def __init__(self, producer: EventProducer, spool: DiskSpool, *, registry: CollectorRegistry,
                 fsync_interval_s: float = 0.1, batch: int = 500, batch_bytes: int = 192 * 1024,
                 retry_backoff_max_s: float = 5.0, kafka_timeout_s: float = 10.0,
                 linger_s: float = 0.005) -> None:
        # batch_bytes stays under the producer's max_batch_size, so one partition's
        # share of a spool batch is one Kafka record batch and succeeds or fails whole.
        self._producer, self._spool = producer, spool
        self._fsync_interval_s, self._batch, self._batch_bytes = fsync_interval_s, batch, batch_bytes
        self._backoff_max_s, self._kafka_timeout_s = retry_backoff_max_s, kafka_timeout_s
        # After a wake-up the sender waits this long before reading the spool, so the events of
        # the next few ms go out as one spool read, one produce round and one checkpoint write
        # instead of one each (at low load, one each per request). Durability is not affected:
        # an event is in the spool before emit() returns. Delivery waits at most this much more.
        self._linger_s = linger_s
        self._metrics = _Metrics(registry, spool)
        self._wake = asyncio.Event()
        self._stopping = False
        self._producer_started = False
        self._sender: asyncio.Task | None = None
        self._syncer: asyncio.Task | None = None
        self._producer_touched = False  # start() was attempted: stop() must close it
        # The batch being delivered, which of its records are acknowledged, and the
        # aiokafka futures of the current attempt: a stop still commits acked ones.
        self._flight: tuple[Batch, list[bool], dict[int, asyncio.Future]] = ([], [], {})

    # -- the hot path ------------------------------------------------------------
    def emit(self, topic: str, key: str | bytes | None, event: CloudEvent) -> None:
        """Spool the event and wake the sender. Synchronous, from the event loop's
        thread; never waits on Kafka. Raises SpoolFull (event NOT stored), OSError."""
        record = SpoolRecord(topic, key.encode() if isinstance(key, str) else key,
                             event.value(), tuple(event.headers()))
        try:
            self._spool.append(record)
        except SpoolFull:
            self._metrics.spool_full.inc()
            raise
        self._metrics.emitted_for(topic).inc()
        self._wake.set()

    def has_room(self, reserve_bytes: int) -> bool:
        """Whether the spool (its bound and its disk) can still take `reserve_bytes`: a
        caller checks before doing work whose event must be stored (no I/O but a statvfs)."""
        try:
            return self._spool.room_bytes() >= reserve_bytes
        except OSError:
            return False

    # -- lifecycle ---------------------------------------------------------------
    async def start(self) -> None:
        """Start the sender; returns at once even if Kafka is down."""
        if self._sender is not None or self._producer_touched:
            raise RuntimeError("an emitter starts once (its producer cannot restart); make a new one")
        self._stopping = False
        self._sender = asyncio.create_task(self._send_forever(), name="event-emitter-sender")
        self._syncer = asyncio.create_task(self._fsync_forever(), name="event-emitter-fsync")

    async def stop(self, drain_timeout_s: float = 5.0) -> None:
        """Deliver what can be delivered within the timeout; the rest stays in the
        spool for the next start. Stops the producer (bounded by the same deadline,
        at least 1 s); fsyncs the spool."""
        if self._sender is None:
            return
        deadline = time.monotonic() + drain_timeout_s
        self._stopping = True
        self._wake.set()
        await asyncio.wait([self._sender], timeout=drain_timeout_s)
        for task in (self._sender, self._syncer):
            task.cancel()
        await asyncio.gather(self._sender, self._syncer, return_exceptions=True)
        self._sender = self._syncer = None
        if self._producer_touched:
            try:
                # The producer flushes what it holds; acks that arrive now still count below.
                async with asyncio.timeout(max(deadline - time.monotonic(), 1.0)):
                    await self._producer.stop()
            except TimeoutError:
                log.warning("event_producer_stop_timeout", note="unacknowledged events stay spooled")
        self._commit_acknowledged_prefix()
        self._spool.write_checkpoint()
        await asyncio.to_thread(self._spool.fsync)
        log.info("event_emitter_stopped", spooled_records=self._spool.depth_records)

    # -- the sender --------------------------------------------------------------
    async def _send_forever(self) -> None:
        backoff = _Backoff(self._backoff_max_s)
        while True:
            try:
                await self._start_producer()
                batch = self._spool.read_batch(self._batch, self._batch_bytes)
                if not batch:
                    if self._stopping:
                        return
                    self._wake.clear()
                    await self._wake.wait()
                    if self._linger_s and not self._stopping:
                        await asyncio.sleep(self._linger_s)
                    continue
                await self._deliver(batch)
                backoff.reset()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - logged, counted, retried; the spool keeps the events
                self._metrics.failures.labels(type(exc).__name__).inc()
                log.exception("event_sender_error", spooled_records=self._spool.depth_records)
                await backoff.sleep()

    async def _start_producer(self) -> None:
        backoff = _Backoff(self._backoff_max_s)
        while not self._producer_started:
            if self._stopping and not self._spool.depth_records:
                return  # nothing to deliver: do not hold up stop() waiting for Kafka
            self._producer_touched = True
            try:
                async with asyncio.timeout(self._kafka_timeout_s):
                    await self._producer.start()
                self._producer_started = True
            except (KafkaError, OSError, TimeoutError) as exc:
                self._metrics.failures.labels(type(exc).__name__).inc()
                log.warning("event_producer_start_failed", error=repr(exc),
                            spooled_records=self._spool.depth_records)
                await backoff.sleep()

    async def _deliver(self, batch: Batch) -> None:
        """Send until every record of the batch is acknowledged, then commit."""
        started = time.monotonic()
        acked = [False] * len(batch)
        backoff = _Backoff(self._backoff_max_s)
        while not all(acked):
            futures: dict[int, asyncio.Future] = {}
            self._flight = (batch, acked, futures)
            error = await self._enqueue(batch, acked, futures)
            error = await self._await_acks(futures, acked) or error
            if error is not None:
                self._metrics.failures.labels(type(error).__name__).inc()
                log.warning("event_send_failed", error=repr(error), unacknowledged=acked.count(False),
                            spooled_records=self._spool.depth_records)
                await backoff.sleep()
        self._spool.commit(batch[-1][0])
        self._flight = ([], [], {})
        self._metrics.send_seconds.observe(time.monotonic() - started)
        self._count_delivered(batch)

    async def _enqueue(self, batch: Batch, acked: list[bool], futures: dict) -> Exception | None:
        """Hand the unacknowledged records to the producer, in order, stopping at the
        first that cannot be handed over (aiokafka may wait for metadata in send())."""
        try:
            async with asyncio.timeout(self._kafka_timeout_s):
                for i, (_, record) in enumerate(batch):
                    if not acked[i]:
                        # The exact spooled bytes go out again: nothing is re-serialized.
                        futures[i] = await self._producer.enqueue_raw(record.topic, record.key, record.value,
                                                                      list(record.headers))
        except (KafkaError, TimeoutError) as exc:
            return exc
        return None

    async def _await_acks(self, futures: dict[int, asyncio.Future], acked: list[bool]) -> Exception | None:
        """Wait for every handed-over record. The idempotent producer retries on its
        own while Kafka is away; resending those records ourselves would duplicate
        them, so we only report the stall and keep waiting."""
        pending, stalled_since = set(futures.values()), time.monotonic()
        while pending:
            _, pending = await asyncio.wait(pending, timeout=self._kafka_timeout_s)
            if pending:
                self._metrics.failures.labels("AckTimeout").inc()
                log.warning("event_acks_stalled", waiting=len(pending),
                            for_s=round(time.monotonic() - stalled_since, 1))
        error = None
        for i, future in futures.items():
            if _acknowledged(future):
                acked[i] = True
            elif error is None:
                error = asyncio.CancelledError() if future.cancelled() else future.exception()
        return error

    def _commit_acknowledged_prefix(self) -> None:
        """After an interrupted delivery: commit the acknowledged records at the head
        of the batch, so the next start does not resend them."""
        batch, acked, futures = self._flight
        head = 0
        while head < len(batch) and (acked[head] or _acknowledged(futures.get(head))):
            head += 1
        if head:
            self._spool.commit(batch[head - 1][0])
            self._count_delivered(batch[:head])
        self._flight = ([], [], {})

    def _count_delivered(self, batch: Batch) -> None:
        per_topic: dict[str, int] = {}
        for _, record in batch:
            per_topic[record.topic] = per_topic.get(record.topic, 0) + 1
        for topic, count in per_topic.items():  # one labelled increment per topic, not per record
            self._metrics.delivered_for(topic).inc(count)

    async def _fsync_forever(self) -> None:
        while True:
            await asyncio.sleep(self._fsync_interval_s)
            self._spool.write_checkpoint()  # the commits of the last interval, in one write
            # In a worker thread: a slow disk must not stall the event loop.
            await asyncio.to_thread(self._spool.fsync)


def _acknowledged(future: asyncio.Future | None) -> bool:
    return future is not None and future.done() and not future.cancelled() and future.exception() is None


class _Backoff:
    """Capped exponential backoff: 0.1 s, 0.2 s, ... up to `max_s`."""

    def __init__(self, max_s: float, first_s: float = 0.1) -> None:
        self._max_s, self._first_s, self._next_s = max_s, first_s, first_s

    def reset(self) -> None:
        self._next_s = self._first_s

    async def sleep(self) -> None:
        await asyncio.sleep(self._next_s)
        self._next_s = min(self._next_s * 2, self._max_s)
