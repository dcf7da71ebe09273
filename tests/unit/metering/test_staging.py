"""stage_batch: the consumer's half of the ledger write — the column arrays in
order (raw JSON values as validated), the months of the batch, the next offset
per partition, and the budget-sync references only when asked for."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime

import orjson

from gammainfra_metering.consumer.staging import stage_batch
from gammainfra_metering.consumer.steps import MeteredEvent
from tests.integration.metering.events import random_event


@dataclass
class _Msg:
    topic: str
    partition: int
    offset: int
    value: bytes
    payload: MeteredEvent


def _msg(partition: int, offset: int, event_id: str, data: dict, cost=None, fee=None) -> _Msg:
    return _Msg("t", partition, offset, orjson.dumps(data), MeteredEvent(event_id, data, cost, fee))


def _events(n: int, finished_at: datetime | None = None) -> list[dict]:
    rng = random.Random(3)
    return [random_event(rng, customers=5, finished_at=finished_at) for _ in range(n)]


def test_columns_in_order_with_the_raw_values_and_offsets_per_partition():
    first, second, third = _events(3)
    staged = stage_batch([_msg(0, 10, "a", first), _msg(1, 4, "b", second, 7, 8), _msg(0, 11, "c", third)],
                         collect_refs=False)
    batch = staged.batch
    assert batch.event_ids == ["a", "b", "c"] and batch.partitions == [0, 1, 0] and batch.offsets == [10, 4, 11]
    assert batch.expected_costs == [None, 7, None] and batch.expected_fees == [None, 8, None]
    assert [orjson.loads(p) for p in batch.payloads] == [first, second, third]
    assert staged.offsets == {("t", 0): 12, ("t", 1): 5}
    assert staged.refs == []


def test_months_and_budget_references():
    jan = _events(1, datetime(2026, 1, 31, 23, 59, 59, 999000, tzinfo=UTC))[0]
    feb = _events(1, datetime(2026, 2, 1, tzinfo=UTC))[0]
    staged = stage_batch([_msg(0, 0, "a", jan), _msg(0, 1, "b", feb)], collect_refs=True)
    assert staged.months == {(2026, 1), (2026, 2)}
    assert staged.refs == [(jan["customer_id"], jan["api_key_id"], "202601", jan["request_id"]),
                           (feb["customer_id"], feb["api_key_id"], "202602", feb["request_id"])]
    empty = stage_batch([], collect_refs=True)
    assert len(empty.batch) == 0 and empty.offsets == {} and empty.months == set()
