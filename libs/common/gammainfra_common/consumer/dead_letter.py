"""Dead-lettering of invalid records, with a cap.

An invalid record is copied to `<topic>.dlq` with its key, value and headers,
plus `dlq_*` headers saying why, where it came from and which group rejected it.
The write is acknowledged before the record's offset may be committed, so an
invalid record is never lost either. If more than `cap_ratio` of the last
`window` records were invalid (after at least `min_records`), the consumer stops
with `DeadLetterCapExceeded` instead of dead-lettering a whole topic.
"""

from __future__ import annotations

from collections import deque

import structlog

from ..kafka.producer import EventProducer
from .errors import DeadLetterCapExceeded
from .message import Message
from .metrics import ConsumerMetrics

log = structlog.get_logger(__name__)


class DeadLetterQueue:
    def __init__(self, producer: EventProducer, *, group: str, metrics: ConsumerMetrics,
                 cap_ratio: float = 0.5, window: int = 1000, min_records: int = 100) -> None:
        self._producer = producer
        self._group = group
        self._metrics = metrics
        self._cap_ratio = cap_ratio
        self._min_records = min_records
        self._window: deque[int] = deque(maxlen=window)
        self._dead_in_window = 0

    def consumed(self) -> None:
        """Note one more record consumed (called before it enters the pipeline)."""
        if len(self._window) == self._window.maxlen:
            self._dead_in_window -= self._window[0]
        self._window.append(0)

    async def send(self, message: Message, reason: str, step: str) -> None:
        headers = list(message.headers) + [
            ("dlq_reason", reason[:2000].encode()),
            ("dlq_step", step.encode()),
            ("dlq_source_topic", message.topic.encode()),
            ("dlq_source_partition", str(message.partition).encode()),
            ("dlq_source_offset", str(message.offset).encode()),
            ("dlq_consumer_group", self._group.encode()),
        ]
        # Kafka refuses a record with neither key nor value; an empty value keeps the
        # copy (and its headers) instead of crashing on the same record forever.
        value = message.value if message.value is not None or message.key is not None else b""
        await self._producer.send_raw(f"{message.topic}.dlq", message.key, value, headers)
        self._metrics.record(message.topic, "dead_lettered")
        log.warning("dead-lettered invalid event", reason=reason, step=step, **message.log_context())
        if self._window:
            self._window[-1] = 1
            self._dead_in_window += 1
        seen = len(self._window)
        if seen >= self._min_records and self._dead_in_window / seen > self._cap_ratio:
            raise DeadLetterCapExceeded(
                f"{self._dead_in_window} of the last {seen} records on {message.topic} were invalid "
                f"(cap {self._cap_ratio:.0%}); stopping instead of dead-lettering the topic")
