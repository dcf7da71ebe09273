"""`gammainfra routing what-if` over a synthetic range on real Kafka: only the range is
read (by record timestamp, over two partitions), objecting customers are left out, the
arithmetic is exact, and no consumer group commits anything."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from aiokafka import AIOKafkaProducer

from gammainfra_router.cli import what_if
from gammainfra_schemas.routing_policy import policy_dir
from tests.conftest import KAFKA_BOOTSTRAP
from tests.unit.router.test_whatif import event

T0 = datetime(2026, 11, 30, 12, 0, tzinfo=timezone.utc)
MS = int(T0.timestamp() * 1000)


async def test_what_if_reads_the_range_and_computes_exactly(new_topic, kafka_admin) -> None:
    requests_topic, accounts_topic = await new_topic(partitions=2), await new_topic(partitions=1)
    producer = AIOKafkaProducer(bootstrap_servers=KAFKA_BOOTSTRAP, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(accounts_topic, json.dumps(
            {"type": "account.processing_objection_changed", "customer_id": "cus_obj",
             "occurred_at": "2026-11-21T08:00:00.000Z", "objection": True}).encode(), key=b"cus_obj")
        rows = [  # (ms offset from T0, event)
            (-60_000, event("cus_a", "code", "auto", "openai/gpt-4o-mini", "openai-us", "openai", 1, 1)),  # before
            (0, event("cus_a", "code", "auto", "openai/gpt-4o-mini", "openai-us", "openai", 450, 800)),
            (1_000, event("cus_b", "code", "anthropic/claude-sonnet-4", "anthropic/claude-sonnet-4",
                          "anthropic-us", "anthropic", 10500, 1000)),
            (2_000, event("cus_b", "code", "anthropic/claude-sonnet-4", "anthropic/claude-sonnet-4",
                          "anthropic-us", "anthropic", 10500, 3000, status="error")),
            (3_000, event("cus_obj", "code", "auto", "openai/gpt-4o-mini", "openai-us", "openai", 999, 9999)),
            (3_600_000, event("cus_a", "math", "auto", "openai/gpt-4o-mini", "openai-us", "openai", 7, 7)),  # after
        ]
        for i, (dt, data) in enumerate(rows):
            await producer.send_and_wait(requests_topic, json.dumps(data).encode(), partition=i % 2,
                                         timestamp_ms=MS + dt, key=data["customer_id"].encode())
    finally:
        await producer.stop()

    report = await what_if(KAFKA_BOOTSTRAP, policy_dir() / "versions" / "2026-11-26.1.yaml",
                           datetime(2026, 11, 30, 12, 0, tzinfo=timezone.utc),
                           datetime(2026, 11, 30, 12, 30, tzinfo=timezone.utc),
                           requests_topic=requests_topic, accounts_topic=accounts_topic)

    assert report["requests"] == 3 and report["left_out_objecting_or_erased"] == 1
    assert (report["auto_requests"], report["changed_model"], report["changed_provider"]) == (1, 1, 1)
    assert report["live"]["cost_micro_usd"] == 450 + 10500 + 10500
    assert report["candidate"]["cost_micro_usd"] == 10500 * 3  # gpt-4o-mini -> claude-sonnet-4: 1000/500 tokens
    assert report["cost_delta_micro_usd"] == 10500 - 450
    assert report["live"]["mean_latency_ms"] == round((800 + 1000 + 3000) / 3, 3)
    assert report["candidate"]["mean_latency_ms"] == round((2000 + 1000 + 3000) / 3, 3)
    assert report["candidate"]["error_rate"] == round((0.5 + 0 + 1) / 3, 6)
    assert report["group_id"].startswith("router-whatif-")
    assert not await kafka_admin.list_consumer_group_offsets(report["group_id"])  # the replay committed nothing
