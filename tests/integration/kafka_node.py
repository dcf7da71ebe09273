"""A private Kafka broker a test may stop and start: the dev stack's own
`KafkaBroker`, with its state under `.gi/test-kafka/<random>` and free ports, so
stopping it never touches the shared broker on 9092. The jars come from the
repository's `.cache`. The fixture stops the broker and removes its state however
the test ends."""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from gammainfra_devstack.kafka import KafkaBroker
from gammainfra_devstack.paths import StackPaths, default_paths
from gammainfra_devstack.procs import PidRegistry

from tests.ports import free_ports


class KafkaNode:
    """One broker+controller; `stop()` is SIGTERM and wait; `start()` reuses the data dir."""

    def __init__(self, state: Path) -> None:
        shared = default_paths()
        self.paths = StackPaths(state=state, cache=shared.cache, scripts=shared.scripts, root=shared.root)
        self.paths.ensure()
        port, controller_port = free_ports(2)
        self.broker = KafkaBroker(self.paths, PidRegistry(self.paths.pids), port=port,
                                  controller_port=controller_port)
        self.bootstrap = self.broker.bootstrap

    async def start(self) -> None:
        # Formatting storage runs a JVM synchronously: keep the event loop (and any
        # emitter under test) running meanwhile.
        await asyncio.to_thread(self.broker.start)
        await self.broker.wait_ready(deadline_s=120)

    async def stop(self) -> None:
        await asyncio.to_thread(self.broker.stop)

    async def create_topic(self, partitions: int) -> str:
        name = f"test-node-{uuid.uuid4().hex[:10]}"
        admin = AIOKafkaAdminClient(bootstrap_servers=self.bootstrap, request_timeout_ms=15000)
        await admin.start()
        try:
            await admin.create_topics([NewTopic(name, partitions, 1)])
            for _ in range(100):  # metadata propagates asynchronously after CreateTopics
                [described] = await admin.describe_topics([name])
                if described["error_code"] == 0 and len(described["partitions"]) == partitions \
                        and all(p["leader"] >= 0 for p in described["partitions"]):
                    return name
                await asyncio.sleep(0.1)
        finally:
            await admin.close()
        raise TimeoutError(f"topic {name} not ready")


async def read_topic(bootstrap: str, topic: str, *, expected: int, timeout_s: float = 60.0,
                     settle_s: float = 1.0):
    """Every record of `topic` from the beginning; waits for `expected`, then a
    little longer so duplicates beyond `expected` would show up too."""
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest",
                                enable_auto_commit=False, group_id=None)
    await consumer.start()
    records = []
    loop = asyncio.get_running_loop()
    try:
        deadline = loop.time() + timeout_s
        while len(records) < expected and loop.time() < deadline:
            for batch in (await consumer.getmany(timeout_ms=300)).values():
                records.extend(batch)
        settle = loop.time() + settle_s
        while loop.time() < settle:
            for batch in (await consumer.getmany(timeout_ms=200)).values():
                records.extend(batch)
    finally:
        await consumer.stop()
    return records


@pytest.fixture
async def kafka_node():
    state = default_paths().root / ".gi" / "test-kafka" / uuid.uuid4().hex[:10]
    node = KafkaNode(state)
    try:
        await node.start()
        yield node
    finally:
        await node.stop()
        if not os.environ.get("GI_KEEP_TEST_KAFKA"):
            shutil.rmtree(state, ignore_errors=True)
