"""The producer wrapper against the real broker: CloudEvents binary mode on the wire."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson
import pytest

from gammainfra_common.kafka.cloudevents import CloudEvent, attributes
from gammainfra_common.kafka.producer import EventProducer
from tests.conftest import KAFKA_BOOTSTRAP
from tests.integration.conftest import read_all

pytestmark = pytest.mark.integration


async def test_event_travels_as_binary_mode_cloudevent(new_topic):
    topic = await new_topic(partitions=1)
    data = {"request_id": "req_1", "customer_id": "cus_42", "prompt_tokens": 12}
    event = CloudEvent(type="com.gammainfra.test", source="/gammainfra/tests", data=data,
                       dataschema="https://gammainfra.com/schemas/test/v1.schema.json",
                       time=datetime(2026, 11, 26, 12, 0, 0, 123456, tzinfo=UTC))
    async with EventProducer(KAFKA_BOOTSTRAP, client_id="test") as producer:
        meta = await producer.send(topic, "cus_42", event)
        queued = await producer.enqueue(topic, "cus_42", CloudEvent(type="t", source="s", data={"n": 2}))
        await producer.flush()
        assert (await queued).offset == meta.offset + 1

    records = await read_all(topic, expected=2)
    first = records[0]
    assert first.key == b"cus_42"
    assert orjson.loads(first.value) == data  # a plain consumer reads a clean payload
    attrs = attributes(first.headers)
    assert attrs == {
        "ce_specversion": "1.0", "ce_id": event.id, "ce_source": "/gammainfra/tests",
        "ce_type": "com.gammainfra.test", "ce_time": "2026-11-26T12:00:00.123Z",
        "ce_dataschema": "https://gammainfra.com/schemas/test/v1.schema.json",
        "content-type": "application/json",
    }
    assert attributes(records[1].headers)["ce_id"] != event.id


async def test_producer_is_configured_for_no_loss_and_no_duplicates():
    inner = EventProducer(KAFKA_BOOTSTRAP, client_id="test", linger_ms=5)._producer
    assert inner._sender._acks == -1                 # acks=all
    assert inner._txn_manager is not None            # the idempotent producer (producer id + sequence numbers)
    assert inner._compression_type == "zstd"
    assert inner._message_accumulator._linger_time == 0.005
