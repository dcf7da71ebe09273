"""The steps of a consumer pipeline. Each holds the next; commit is always last.

Interface (`Step`): `submit(message)` hands one record on, `poll()` does
time-driven work (flush a batch that waited long enough), `join()` pushes
everything buffered through to the commit (on partition revoke and shutdown).
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from operator import attrgetter
from typing import Any, Protocol

import structlog
from aiokafka.errors import CommitFailedError, KafkaError
from aiokafka.structs import TopicPartition

from .dead_letter import DeadLetterQueue
from .errors import InvalidEvent, TransientError
from .message import FILTERED, Message
from .metrics import ConsumerMetrics

log = structlog.get_logger(__name__)

_topic = attrgetter("topic")


class Step(Protocol):
    async def submit(self, message: Message) -> None: ...
    async def poll(self) -> None: ...
    async def join(self) -> None: ...


class Sink(Protocol):
    """Where processed records end up. `write` must be idempotent on
    `message.event_id` (a batch may be written again after a crash) and raise
    `TransientError` for failures worth retrying."""

    async def write(self, batch: Sequence[Message]) -> None: ...


Task = Callable[[Message], Any | Awaitable[Any]]


class RunTask:
    """Applies `fn` to each record's payload-bearing message; the result becomes the
    new payload. `InvalidEvent` dead-letters the record and forwards it FILTERED."""

    def __init__(self, name: str, fn: Task, next_step: Step, dead_letter: DeadLetterQueue) -> None:
        self.name = name
        self._fn = fn
        self._next = next_step
        self._dead_letter = dead_letter

    async def submit(self, message: Message) -> None:
        if message.payload is FILTERED:
            await self._next.submit(message)
            return
        try:
            result = self._fn(message)
            if inspect.isawaitable(result):
                result = await result
        except InvalidEvent as exc:
            await self._dead_letter.send(message, exc.reason, self.name)
            result = FILTERED
        await self._next.submit(message.with_payload(result))

    async def poll(self) -> None:
        await self._next.poll()

    async def join(self) -> None:
        await self._next.join()


class BatchSink:
    """Buffers records and writes them to the sink in batches (size or age), retrying
    transient failures with capped exponential backoff. Only after the sink
    confirmed a batch do its records move on to the commit step — the last record
    of each partition in the batch, which is all an offsets step needs."""

    def __init__(self, sink: Sink, next_step: Step, *, metrics: ConsumerMetrics,
                 max_batch_size: int = 500, max_wait_s: float = 0.5,
                 backoff_initial_s: float = 0.1, backoff_max_s: float = 10.0,
                 stopping: Callable[[], bool] = lambda: False) -> None:
        self._sink = sink
        self._next = next_step
        self._metrics = metrics
        self._max_batch_size = max_batch_size
        self._max_wait_s = max_wait_s
        self._backoff_initial_s = backoff_initial_s
        self._backoff_max_s = backoff_max_s
        self._stopping = stopping
        self._buffer: list[Message] = []
        self._filtered = 0  # dead-lettered records in the buffer: none, usually, and then no copy
        self._first_at = 0.0

    async def submit(self, message: Message) -> None:
        if not self._buffer:
            self._first_at = time.monotonic()
        self._buffer.append(message)
        if message.payload is FILTERED:
            self._filtered += 1
        if len(self._buffer) >= self._max_batch_size:
            await self._flush()

    async def poll(self) -> None:
        if self._buffer and time.monotonic() - self._first_at >= self._max_wait_s:
            await self._flush()

    async def join(self) -> None:
        await self._flush()
        await self._next.join()

    async def _flush(self) -> None:
        if not self._buffer:
            return
        buffer = self._buffer
        batch = [m for m in buffer if m.payload is not FILTERED] if self._filtered else buffer
        if batch:
            await self._write_with_retry(batch)
            for topic, count in Counter(map(_topic, batch)).items():
                self._metrics.record(topic, "processed", count)
        # What follows a batch sink only tracks offsets (Commit, or a step that drains
        # before it): hand it the last record of each partition, not every record.
        for message in {(m.topic, m.partition): m for m in buffer}.values():
            await self._next.submit(message)
        self._buffer = []
        self._filtered = 0
        await self._next.join()

    async def _write_with_retry(self, batch: list[Message]) -> None:
        delay = self._backoff_initial_s
        while True:
            started = time.monotonic()
            try:
                await self._sink.write(batch)
            except TransientError as exc:
                self._metrics.sink_retries.labels(self._metrics.group).inc()
                if self._stopping():
                    raise  # shutting down: leave the batch uncommitted, it will be redelivered
                log.warning("sink failed transiently; retrying", error=str(exc), retry_in_s=delay,
                            batch=len(batch), **batch[0].log_context())
                await asyncio.sleep(delay)
                delay = min(delay * 2, self._backoff_max_s)
                continue
            self._metrics.sink_seconds.labels(self._metrics.group).observe(time.monotonic() - started)
            return


class Commit:
    """Last step: remembers the next offset per partition, commits on `join`."""

    def __init__(self, consumer, metrics: ConsumerMetrics) -> None:
        self._consumer = consumer
        self._metrics = metrics
        self._offsets: dict[TopicPartition, int] = {}

    async def submit(self, message: Message) -> None:
        self._offsets[TopicPartition(message.topic, message.partition)] = message.offset + 1

    async def poll(self) -> None:
        return None

    async def join(self) -> None:
        if not self._offsets:
            return
        offsets, self._offsets = self._offsets, {}
        try:
            await self._consumer.commit(offsets)
        except (CommitFailedError, KafkaError) as exc:
            # The group moved on (rebalance): the new owner re-reads from the last
            # committed offset and the idempotent sink absorbs the repeat.
            self._metrics.commits.labels(self._metrics.group, "failed").inc()
            log.warning("offset commit failed; records will be redelivered", error=repr(exc))
            return
        self._metrics.commits.labels(self._metrics.group, "ok").inc()
