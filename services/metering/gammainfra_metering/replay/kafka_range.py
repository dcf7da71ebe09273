"""The offsets of a time range on every partition of a topic (offsets_for_times).

`start` is the first offset whose record timestamp is >= the start time;
`end` the first offset whose timestamp is >= the end time, or the high
watermark when there is none (the range reaches the present). A partition
with start >= end has nothing to replay.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import TopicPartition


@dataclass(frozen=True)
class PartitionRange:
    partition: int
    start: int
    end: int


async def offsets_for_range(bootstrap: str, topic: str, start: datetime, end: datetime) -> list[PartitionRange]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        described = await admin.describe_topics([topic])
    finally:
        await admin.close()
    ids = sorted(p["partition"] for d in described if d["topic"] == topic and d["error_code"] == 0
                 for p in d["partitions"])
    if not ids:
        raise ValueError(f"topic {topic!r} does not exist or has no partitions")
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False,
                                isolation_level="read_committed")
    await consumer.start()
    try:
        tps = [TopicPartition(topic, p) for p in ids]
        ends = await consumer.end_offsets(tps)
        at_start = await consumer.offsets_for_times({tp: int(start.timestamp() * 1000) for tp in tps})
        at_end = await consumer.offsets_for_times({tp: int(end.timestamp() * 1000) for tp in tps})
    finally:
        await consumer.stop()
    ranges = []
    for tp in tps:
        hi = at_end[tp].offset if at_end[tp] is not None else ends[tp]
        lo = at_start[tp].offset if at_start[tp] is not None else ends[tp]
        ranges.append(PartitionRange(tp.partition, lo, hi))
    return ranges
