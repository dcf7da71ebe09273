"""Reads llm.requests.v1 back for the audit: every partition from the first
record at or after `since` (offsets_for_times) to the end offsets seen at the
start, under no consumer group (nothing is committed; the live consumers are
untouched). Events are validated like the live path and de-duplicated on ce_id.
"""

from __future__ import annotations

from datetime import datetime

from aiokafka import AIOKafkaConsumer
from aiokafka.structs import TopicPartition

from gammainfra_common.consumer import Message
from gammainfra_common.consumer.errors import InvalidEvent
from gammainfra_common.consumer.pipeline import decode_cloudevent
from gammainfra_schemas.compiled import compiled_validator_for
from gammainfra_schemas.llm_requests_v1 import SCHEMA_VERSION, TOPIC


async def replay_usage(bootstrap: str, topic: str, since: datetime) -> tuple[dict[str, dict], int]:
    """Returns ({ce_id: event data}, invalid records skipped)."""
    validator = compiled_validator_for(TOPIC, SCHEMA_VERSION)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None,
                                isolation_level="read_committed", max_poll_records=5000)
    await consumer.start()
    events: dict[str, dict] = {}
    invalid = 0
    try:
        partitions = consumer.partitions_for_topic(topic) or set()
        if not partitions:
            await consumer._client.force_metadata_update()  # noqa: SLF001 - first use of the topic
            partitions = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        if not tps:
            raise ValueError(f"topic {topic!r} does not exist")
        consumer.assign(tps)
        ends = await consumer.end_offsets(tps)
        starts = await consumer.offsets_for_times({tp: int(since.timestamp() * 1000) for tp in tps})
        remaining = set()
        for tp in tps:
            start = starts[tp].offset if starts[tp] is not None else ends[tp]
            if start < ends[tp]:
                consumer.seek(tp, start)
                remaining.add(tp)
        while remaining:
            batches = await consumer.getmany(timeout_ms=500)
            for tp, records in batches.items():
                for record in records:
                    if record.offset >= ends[tp]:
                        remaining.discard(tp)
                        break
                    try:
                        event = decode_cloudevent(Message.from_record(record))
                    except InvalidEvent:
                        invalid += 1
                        continue
                    if validator.is_valid(event.data):
                        events[event.id] = event.data
                    else:
                        invalid += 1
                if tp in remaining and await consumer.position(tp) >= ends[tp]:
                    remaining.discard(tp)
    finally:
        await consumer.stop()
    return events, invalid
