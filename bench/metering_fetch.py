"""CPU per event of the Kafka fetch side of a consumer, on the real broker.

The other half of bench/metering_cpu.py: what aiokafka costs (fetch requests,
record batch parsing, decompression, ConsumerRecord objects) before the
pipeline sees a record. The same `--events` records as metering_cpu.py
(realistic llm.requests.v1 CloudEvents) are produced once per compression codec
to a fresh 6-partition topic (acks=all, idempotent, linger 20 ms, 256 KiB
batches: the project's producer settings, bench/metering_throughput.py's
linger); then each (codec, fetch settings) variant drains its topic with a
consumer that does nothing with the records, and the process CPU
(`time.process_time`) per event is reported. Variants run interleaved, `--passes`
times each, so load drifts hit them alike.

    python bench/metering_fetch.py [--events N] [--passes P] [--codecs zstd,lz4]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
import uuid
from pathlib import Path

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.structs import TopicPartition

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from metering_cpu import PARTITIONS, build_records  # noqa: E402
from tests.conftest import KAFKA_BOOTSTRAP  # noqa: E402

# What the consumer runner passes today (aiokafka defaults + max_records = metering's batch)...
SETTINGS = {
    "default": {},
    # ...and larger fetches: fewer requests and fewer, larger record batches per poll.
    "partition_4MiB_min_1MiB": {"max_partition_fetch_bytes": 4 * 1024 * 1024, "fetch_min_bytes": 1024 * 1024,
                                "fetch_max_wait_ms": 100},
}


async def produce(topic: str, records, codec: str | None) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA_BOOTSTRAP)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, num_partitions=PARTITIONS, replication_factor=1)])
    finally:
        await admin.close()
    producer = AIOKafkaProducer(bootstrap_servers=KAFKA_BOOTSTRAP, acks="all", enable_idempotence=True,
                                compression_type=codec, linger_ms=20, max_batch_size=256 * 1024)
    await producer.start()
    try:
        pending = []
        for partition, key, value, headers in records:
            pending.append(await producer.send(topic, value, key=key, partition=partition, headers=list(headers)))
            if len(pending) >= 20_000:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
    finally:
        await producer.stop()


async def drain(topic: str, events: int, settings: dict, max_records: int) -> float:
    consumer = AIOKafkaConsumer(bootstrap_servers=KAFKA_BOOTSTRAP, enable_auto_commit=False,
                                isolation_level="read_committed", **settings)
    await consumer.start()
    try:
        consumer.assign([TopicPartition(topic, p) for p in range(PARTITIONS)])
        await consumer.seek_to_beginning()
        seen = 0
        started = time.process_time()
        while seen < events:
            batches = await consumer.getmany(timeout_ms=1000, max_records=max_records)
            for records in batches.values():
                seen += len(records)
        return (time.process_time() - started) / seen * 1e6
    finally:
        await consumer.stop()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--codecs", default="zstd,lz4")
    parser.add_argument("--max-records", type=int, default=5000)
    args = parser.parse_args()
    records = build_records(args.events)
    topics = {}
    for codec in args.codecs.split(","):
        topic = f"bench-fetch-{codec}-{uuid.uuid4().hex[:8]}"
        started = time.perf_counter()
        await produce(topic, records, None if codec == "none" else codec)
        print(f"produced {len(records)} to {topic} in {time.perf_counter() - started:.1f} s", flush=True)
        topics[codec] = topic
    results: dict[str, list[float]] = {}
    for i in range(args.passes):
        for codec, topic in topics.items():
            for name, settings in SETTINGS.items():
                figure = await drain(topic, len(records), settings, args.max_records)
                results.setdefault(f"{codec}/{name}", []).append(figure)
                print(f"pass {i + 1} {codec}/{name}: {figure:.2f} µs/event", flush=True)
    print(json.dumps({k: {"passes": [round(v, 2) for v in vals], "median": round(statistics.median(vals), 2)}
                      for k, vals in results.items()}))


if __name__ == "__main__":
    asyncio.run(main())
