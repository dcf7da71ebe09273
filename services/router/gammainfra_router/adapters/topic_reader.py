"""Reads a whole topic, outside any consumer group: from the beginning to the end
offsets seen at start (`catch_up`), then on as records arrive (`follow`).

Used where a service must know everything a topic ever said before it acts: the
compacted routing.health.v1 (state to restore) and accounts.v1 (objections).
Nothing is committed; every start reads again from the beginning. A topic that
does not exist reads as empty. Raises aiokafka's KafkaError when the cluster is
unreachable past the client's timeouts.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import structlog
from aiokafka import AIOKafkaConsumer
from aiokafka.structs import TopicPartition

log = structlog.get_logger(__name__)

Handler = Callable[[object], None]  # gets each aiokafka ConsumerRecord


class TopicReader:
    def __init__(self, bootstrap: str, topic: str, *, client_id: str) -> None:
        self.topic = topic
        self._consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, client_id=client_id,
                                          enable_auto_commit=False, auto_offset_reset="earliest",
                                          isolation_level="read_committed")
        self._partitions: list[TopicPartition] = []

    async def start(self) -> None:
        await self._consumer.start()
        if self.topic in await self._consumer.topics():
            # topics() does not fill the cluster metadata partitions_for_topic reads;
            # aiokafka has no public call for one topic's partitions without a group.
            self._consumer._client.add_topic(self.topic)
            await self._consumer._client.force_metadata_update()
            self._partitions = [TopicPartition(self.topic, p)
                                for p in sorted(self._consumer.partitions_for_topic(self.topic) or ())]
        if self._partitions:
            self._consumer.assign(self._partitions)
            await self._consumer.seek_to_beginning(*self._partitions)

    async def stop(self) -> None:
        await self._consumer.stop()

    async def catch_up(self, handle: Handler) -> int:
        """Feed every record up to the end offsets as of now; returns how many."""
        if not self._partitions:
            log.info("topic absent or empty; nothing to replay", topic=self.topic)
            return 0
        ends = await self._consumer.end_offsets(self._partitions)
        pending = {tp for tp, end in ends.items() if end > 0}
        seen = 0
        while pending:
            for tp in list(pending):
                if await self._consumer.position(tp) >= ends[tp]:
                    pending.discard(tp)
            if not pending:
                break
            batches = await self._consumer.getmany(*pending, timeout_ms=500)
            for records in batches.values():
                for record in records:
                    handle(record)
                    seen += 1
        return seen

    async def follow(self, handle: Handler) -> None:
        """Feed records as they arrive; runs until cancelled."""
        if not self._partitions:
            await asyncio.Event().wait()  # nothing to follow; topics are created before services start
        while True:
            batches = await self._consumer.getmany(timeout_ms=1000)
            for records in batches.values():
                for record in records:
                    handle(record)
