"""A tiny consumer of the usage topic (llm.requests.v1) for an internal team.

It shows the rules of schemas/llm.requests.v1/topic.yaml (`subscribing:`):

- its OWN consumer group id (never "metering" or "router");
- the key is customer_id: one customer's events arrive in order on one partition;
- delivery is at-least-once: de-duplicate on the `ce_id` header;
- validate the value against the schema named by `ce_dataschema`;
- money is integer micro-USD; commit offsets only after the events are stored.

Here "stored" is an in-memory per-customer tally printed as JSON at the end; a
real team would write to its own database, keeping the seen ce_ids (or a unique
key on them) in the same transaction as its rows.

    python docs/examples/usage_consumer.py --bootstrap 127.0.0.1:9092 \
        --group analytics-usage-daily [--topic llm.requests.v1] [--max-events N] [--idle-s S]

Needs only aiokafka, jsonschema and this repository's schemas/ folder.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from collections import OrderedDict, defaultdict
from pathlib import Path

from aiokafka import AIOKafkaConsumer
from jsonschema import Draft202012Validator

SCHEMA = Path(__file__).resolve().parents[2] / "schemas" / "llm.requests.v1" / "v1.schema.json"
DATASCHEMA = "https://gammainfra.com/schemas/llm.requests.v1/v1.schema.json"


class SeenIds:
    """The last N event ids: enough to drop redeliveries after a rebalance or restart."""

    def __init__(self, capacity: int = 1_000_000) -> None:
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._capacity = capacity

    def add(self, event_id: str) -> bool:
        """True if the id is new."""
        if event_id in self._ids:
            return False
        self._ids[event_id] = None
        if len(self._ids) > self._capacity:
            self._ids.popitem(last=False)
        return True


async def consume(bootstrap: str, group: str, topic: str, max_events: int | None, idle_s: float) -> dict:
    validator = Draft202012Validator(json.loads(SCHEMA.read_text()))
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=group,
                                enable_auto_commit=False, auto_offset_reset="earliest")
    seen = SeenIds()
    totals: dict[str, dict[str, int]] = defaultdict(lambda: {"requests": 0, "cost_micro_usd": 0,
                                                           "platform_fee_micro_usd": 0})
    counted = duplicates = invalid = 0
    idle = 0.0
    await consumer.start()
    try:
        while max_events is None or counted + duplicates + invalid < max_events:
            batches = await consumer.getmany(timeout_ms=500)
            if not batches:
                idle += 0.5
                if idle >= idle_s:
                    break
                continue
            idle = 0.0
            for records in batches.values():
                for record in records:
                    headers = {k: v.decode() for k, v in record.headers or ()}
                    data = json.loads(record.value) if record.value else None
                    if headers.get("ce_dataschema") != DATASCHEMA or not validator.is_valid(data):
                        invalid += 1  # a real consumer sends it to llm.requests.v1.dlq with a reason
                        continue
                    if not seen.add(headers["ce_id"]):
                        duplicates += 1
                        continue
                    t = totals[data["customer_id"]]
                    t["requests"] += 1
                    t["cost_micro_usd"] += data["cost_micro_usd"]
                    t["platform_fee_micro_usd"] += data["platform_fee_micro_usd"]
                    counted += 1
            await consumer.commit()  # after the batch is stored: at-least-once, never loss
    finally:
        await consumer.stop()
    return {"counted": counted, "duplicates": duplicates, "invalid": invalid, "customers": dict(totals)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bootstrap", required=True)
    parser.add_argument("--group", required=True, help="your team's own consumer group id")
    parser.add_argument("--topic", default="llm.requests.v1")
    parser.add_argument("--max-events", type=int, default=None, help="stop after this many records")
    parser.add_argument("--idle-s", type=float, default=5.0, help="stop after this long without records")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(consume(args.bootstrap, args.group, args.topic, args.max_events, args.idle_s)),
                     indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
