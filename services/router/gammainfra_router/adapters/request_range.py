"""Reads the `llm.requests.v1` payloads of a time range, for what-if replays.

Offsets by timestamp (offsets_for_times): from the first record at or after
`start` to the first at or after `end` (or the high watermark), on every
partition. A fresh, random consumer group id is used and nothing is ever
committed, so the router's live group and every ledger are untouched.
Payloads that are not JSON objects are skipped (the live consumers dead-letter
them). Raises ValueError when the topic does not exist.
"""

from __future__ import annotations

import uuid
from datetime import datetime

import orjson
from aiokafka import AIOKafkaConsumer
from aiokafka.structs import TopicPartition


async def read_range(bootstrap: str, topic: str, start: datetime, end: datetime) -> tuple[list[dict], str]:
    group = f"router-whatif-{uuid.uuid4().hex[:12]}"
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False,
                                isolation_level="read_committed")
    await consumer.start()
    try:
        parts = []
        if topic in await consumer.topics():
            # As in topic_reader: topics() does not fill the metadata partitions_for_topic reads.
            consumer._client.add_topic(topic)
            await consumer._client.force_metadata_update()
            parts = sorted(consumer.partitions_for_topic(topic) or ())
        if not parts:
            raise ValueError(f"topic {topic!r} does not exist or has no partitions")
        tps = [TopicPartition(topic, p) for p in parts]
        consumer.assign(tps)  # assigned, not subscribed: the group never joins, never commits
        ends = await consumer.end_offsets(tps)
        at_start = await consumer.offsets_for_times({tp: int(start.timestamp() * 1000) for tp in tps})
        at_end = await consumer.offsets_for_times({tp: int(end.timestamp() * 1000) for tp in tps})
        stop = {}
        for tp in tps:
            lo = at_start[tp].offset if at_start[tp] is not None else ends[tp]
            hi = at_end[tp].offset if at_end[tp] is not None else ends[tp]
            if lo < hi:
                consumer.seek(tp, lo)
                stop[tp] = hi
        events = []
        while stop:
            batches = await consumer.getmany(*stop, timeout_ms=500)
            for tp, records in batches.items():
                for record in records:
                    if record.offset >= stop[tp]:
                        break
                    data = orjson.loads(record.value) if record.value else None
                    if isinstance(data, dict):
                        events.append(data)
            for tp in list(stop):
                if await consumer.position(tp) >= stop[tp]:
                    del stop[tp]
        return events, group
    finally:
        await consumer.stop()
