"""The usage-topic example consumer for internal teams (docs/examples/usage_consumer.py)
actually works: run as its own process with its own group, it counts each event
once although one was delivered twice, and skips a record that is not an event."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from gammainfra_common.kafka.producer import EventProducer
from tests.conftest import KAFKA_BOOTSTRAP

from .events import request_event
from .harness import ROOT, produce

pytestmark = [pytest.mark.asyncio, pytest.mark.timing]


async def test_example_consumer_dedupes_on_ce_id_and_totals_per_customer(new_topic):
    topic = await new_topic(partitions=2)
    events = [request_event(customer_id=f"cus_{i % 3}", prompt_tokens=100 * i) for i in range(1, 10)]
    ids = await produce(topic, events)
    await produce(topic, [events[4]], ids=[ids[4]])  # redelivered: same ce_id
    async with EventProducer(KAFKA_BOOTSTRAP, client_id="test") as producer:
        await producer.send_raw(topic, "cus_0", b'{"not": "an event"}', [("ce_id", b"junk")])
    done = subprocess.run([sys.executable, "docs/examples/usage_consumer.py", "--bootstrap", KAFKA_BOOTSTRAP,
                           "--group", "analytics-usage-test", "--topic", topic, "--max-events", "11",
                           "--idle-s", "20"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert (report["counted"], report["duplicates"], report["invalid"]) == (9, 1, 1)
    for customer, totals in report["customers"].items():
        mine = [e for e in events if e["customer_id"] == customer]
        assert totals == {"requests": len(mine), "cost_micro_usd": sum(e["cost_micro_usd"] for e in mine),
                          "platform_fee_micro_usd": sum(e["platform_fee_micro_usd"] for e in mine)}
