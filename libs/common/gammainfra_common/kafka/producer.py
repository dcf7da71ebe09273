"""The one way services write to Kafka.

Configured for no loss and no duplicates from retries: `acks=all`, the
idempotent producer, zstd compression and a small linger so records batch.
`send` returns once the broker acknowledged; `enqueue` returns once the record
is in the producer's buffer, with a future for the acknowledgement. Neither is
for a path that must never wait: both can block while metadata is unknown or the
buffer is full (Kafka down). The gateway goes through `emitter.EventEmitter`.

Raises aiokafka's KafkaError subclasses on delivery failure.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from aiokafka import AIOKafkaProducer
from aiokafka.structs import RecordMetadata

from .cloudevents import CloudEvent
from .partitioner import MemoizedPartitioner

Headers = Sequence[tuple[str, bytes]]


class EventProducer:
    def __init__(self, bootstrap: str, *, client_id: str, linger_ms: int = 5,
                 compression: str | None = "zstd", request_timeout_ms: int = 30000,
                 max_batch_size: int = 256 * 1024) -> None:
        self._producer = AIOKafkaProducer(
            bootstrap_servers=bootstrap,
            client_id=client_id,
            acks="all",
            enable_idempotence=True,
            compression_type=compression,
            linger_ms=linger_ms,
            max_batch_size=max_batch_size,
            request_timeout_ms=request_timeout_ms,
            partitioner=MemoizedPartitioner(),
        )

    async def start(self) -> None:
        await self._producer.start()

    async def stop(self) -> None:
        # stop() flushes what is buffered before closing.
        await self._producer.stop()

    async def __aenter__(self) -> "EventProducer":
        await self.start()
        return self

    async def __aexit__(self, *exc) -> None:
        await self.stop()

    async def send(self, topic: str, key: str | bytes | None, event: CloudEvent) -> RecordMetadata:
        return await self.send_raw(topic, key, event.value(), event.headers())

    async def enqueue(self, topic: str, key: str | bytes | None,
                      event: CloudEvent) -> asyncio.Future[RecordMetadata]:
        return await self._producer.send(topic, event.value(), key=_key(key),
                                         headers=list(event.headers()))

    async def enqueue_raw(self, topic: str, key: bytes | None, value: bytes | None,
                          headers: list[tuple[str, bytes | None]]) -> asyncio.Future[RecordMetadata]:
        """`enqueue` of bytes already serialized (a spooled record); `headers` is handed over as is."""
        return await self._producer.send(topic, value, key=key, headers=headers)

    async def send_raw(self, topic: str, key: str | bytes | None, value: bytes | None,
                       headers: Headers = ()) -> RecordMetadata:
        return await self._producer.send_and_wait(topic, value, key=_key(key),
                                                  headers=list(headers))

    async def flush(self) -> None:
        await self._producer.flush()


def _key(key: str | bytes | None) -> bytes | None:
    return key.encode() if isinstance(key, str) else key
