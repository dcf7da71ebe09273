"""The compacted routing.health.v1 topic: publishing pair values, reading them back.

Values are CloudEvents in binary mode (ce_type com.gammainfra.routing.health.updated,
ce_time = updated_at), keyed `<endpoint>|<model>` so compaction keeps the newest
value per pair. `publish` returns once the broker acknowledged every value
(acks=all); it raises aiokafka's KafkaError when one could not be written.
"""

from __future__ import annotations

import asyncio
from datetime import datetime

import orjson
import structlog

from gammainfra_common.kafka.cloudevents import CloudEvent
from gammainfra_common.kafka.producer import EventProducer

from .topic_reader import TopicReader

CE_TYPE = "com.gammainfra.routing.health.updated"
CE_SOURCE = "/gammainfra/router"
CE_DATASCHEMA = "https://gammainfra.com/schemas/routing.health.v1/v1.schema.json"

log = structlog.get_logger(__name__)


def key_of(value: dict) -> str:
    return f"{value['endpoint']}|{value['model']}"


class HealthTopic:
    def __init__(self, producer: EventProducer, topic: str) -> None:
        self._producer = producer
        self.topic = topic

    async def publish(self, values: list[dict]) -> None:
        futures = []
        for value in values:
            event = CloudEvent(type=CE_TYPE, source=CE_SOURCE, data=value, dataschema=CE_DATASCHEMA,
                               time=datetime.fromisoformat(value["updated_at"].replace("Z", "+00:00")))
            futures.append(await self._producer.enqueue(self.topic, key_of(value), event))
        if futures:
            await asyncio.gather(*futures)


async def read_latest(bootstrap: str, topic: str, validator) -> dict[str, dict]:
    """The newest valid value per key (tombstones remove the key). Invalid values
    are skipped with a warning: restoring less is better than not starting."""
    latest: dict[str, dict] = {}

    def handle(record) -> None:
        key = record.key.decode(errors="replace") if record.key else None
        if key is None:
            return
        if record.value is None:
            latest.pop(key, None)
            return
        try:
            value = orjson.loads(record.value)
        except orjson.JSONDecodeError:
            value = None
        if value is None or not validator.is_valid(value):
            log.warning("skipping an invalid health value", topic=topic, partition=record.partition,
                        offset=record.offset)
            return
        latest[key] = value

    reader = TopicReader(bootstrap, topic, client_id="router-restore")
    await reader.start()
    try:
        count = await reader.catch_up(handle)
    finally:
        await reader.stop()
    log.info("health topic replayed", topic=topic, records=count, pairs=len(latest))
    return latest
