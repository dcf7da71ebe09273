"""A first health snapshot from the compacted `routing.health.v1` topic, for a
gateway that starts while Redis has no snapshot (or is unreachable).

Reads the topic from the beginning to the end offsets taken at start (no consumer
group, nothing committed), keeps the newest value per `<endpoint>|<model>` key and
drops keys whose newest record is a tombstone. The snapshot's version is the
highest `snapshot_version` seen and its time the newest `updated_at`, so the
usual stale rule applies: a topic nobody has written to lately gives a stale,
hence neutral, snapshot. No per-label statistics (they are not on the topic) and
the default probe share. Returns None when the topic is empty or unreachable.
"""

from __future__ import annotations

import asyncio
from datetime import datetime

import orjson
import structlog
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaError

from .health import EndpointHealth, Snapshot

TOPIC = "routing.health.v1"
log = structlog.get_logger(__name__)


async def snapshot_from_topic(bootstrap: str, *, topic: str = TOPIC, timeout_s: float = 10.0) -> Snapshot | None:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False,
                                request_timeout_ms=int(timeout_s * 1000))
    try:
        async with asyncio.timeout(timeout_s):
            await consumer.start()
            partitions = [TopicPartition(topic, p) for p in (consumer.partitions_for_topic(topic) or ())]
            if not partitions:
                partitions = [TopicPartition(topic, p) for p in await _partitions(consumer, topic)]
            if not partitions:
                return None  # no such topic (yet): nothing to start from
            ends = await consumer.end_offsets(partitions)
            pending = {tp for tp, end in ends.items() if end > 0}
            consumer.assign(partitions)
            await consumer.seek_to_beginning(*partitions)
            latest: dict[str, bytes | None] = {}
            while pending:
                for records in (await consumer.getmany(timeout_ms=500)).values():
                    for record in records:
                        latest[record.key.decode()] = record.value
                # Position, not the last record's offset: compaction leaves gaps.
                pending = {tp for tp in pending if await consumer.position(tp) < ends[tp]}
    except (KafkaError, OSError, TimeoutError) as exc:
        log.warning("health bootstrap from the topic failed", error=type(exc).__name__)
        return None
    finally:
        await consumer.stop()
    return build_snapshot(v for v in latest.values() if v is not None)


async def _partitions(consumer: AIOKafkaConsumer, topic: str) -> set[int]:
    await consumer._client.force_metadata_update()  # noqa: SLF001 - aiokafka has no public call for this
    return consumer.partitions_for_topic(topic) or set()


def build_snapshot(values) -> Snapshot | None:
    """Pure: the snapshot the given topic values (raw JSON) describe."""
    entries: dict[str, EndpointHealth] = {}
    version = generated = None
    for raw in values:
        v = orjson.loads(raw)
        window = v.get("window") or {}
        latency = (window.get("latency_ms") or {}).get("p50")
        entries[f"{v['endpoint']}|{v['model']}"] = EndpointHealth(
            state=v["state"], score=float(v["score"]), latency_p50_ms=latency,
            tokens_per_s=window.get("output_tokens_per_second"))
        updated = int(datetime.fromisoformat(v["updated_at"].replace("Z", "+00:00")).timestamp() * 1000)
        version = max(version or 0, int(v["snapshot_version"]))
        generated = max(generated or 0, updated)
    if not entries:
        return None
    return Snapshot(version, generated, entries)
