"""Start-up guard on the real broker: a service refuses to run (exit 3, a message
naming the topic and both values) against a topic holding customer ids that is
configured to keep them forever or longer than its contract allows."""

from __future__ import annotations

import uuid

import pytest
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from tests.conftest import KAFKA_BOOTSTRAP
from tests.integration.metering.harness import MeteringProcess

from .harness import RetentionProcess


async def _topic(config: dict[str, str]) -> str:
    name = f"test-retention-guard-{uuid.uuid4().hex[:8]}"
    admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA_BOOTSTRAP)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(name, 1, 1, topic_configs=config)])
    finally:
        await admin.close()
    return name


@pytest.mark.parametrize("retention_ms", ["-1", str(3 * 365 * 86_400_000)])
async def test_metering_refuses_a_requests_topic_kept_too_long(retention_ms, pg):
    topic = await _topic({"retention.ms": retention_ms})
    schema = f"metering_g_{uuid.uuid4().hex[:8]}"
    proc = MeteringProcess(topic=topic, schema=schema)
    with pytest.raises(RuntimeError, match="exited") as raised:
        await proc.start(30)
    assert proc.proc.wait(10) == 3
    assert f"refusing to run: topic {topic}: retention.ms={retention_ms}" in str(raised.value)
    await pg.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


async def test_retention_refuses_a_lifecycle_topic_longer_than_its_90_day_contract(pg):
    year = str(365 * 86_400_000)
    topic = await _topic({"retention.ms": year})
    schema = f"retention_g_{uuid.uuid4().hex[:8]}"
    proc = RetentionProcess(schema=schema, lifecycle_topic=topic)
    with pytest.raises(RuntimeError, match="exited") as raised:
        await proc.start(30)
    assert proc.proc.wait(10) == 3
    assert f"retention.ms={year} is longer than the 7776000000 ms allowed" in str(raised.value)
    await pg.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
