"""stage_batch: the consumer's half of the ledger write — typed columns in the
statement's order, JSON documents as text, repeats of an event id within a
batch left out (their offsets still stored), months and offsets per partition."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime

import orjson

from gammainfra_metering.adapters.ledger_sql import EVENT_COLUMNS
from gammainfra_metering.consumer.staging import stage_batch
from gammainfra_metering.consumer.steps import MeteredEvent
from tests.integration.metering.events import random_event


@dataclass
class _Msg:
    topic: str
    partition: int
    offset: int
    payload: MeteredEvent


def _events(n: int, finished_at: datetime | None = None) -> list[dict]:
    rng = random.Random(3)
    return [random_event(rng, customers=5, finished_at=finished_at) for _ in range(n)]


def test_columns_follow_the_statement_order_with_json_documents_as_text():
    data = _events(3)
    staged = stage_batch([_Msg("t", 0, i, MeteredEvent(f"e{i}", d, None, None)) for i, d in enumerate(data)],
                         collect_refs=False)
    columns = staged.batch.columns
    assert len(columns) == len(EVENT_COLUMNS)
    for name, column in zip(EVENT_COLUMNS, columns):
        if name in ("fallback_chain", "health_cache"):
            assert [orjson.loads(v) for v in column] == [d[name] for d in data]
        else:
            assert column == [d[name] for d in data], name
    assert staged.batch.event_ids == ["e0", "e1", "e2"] and staged.refs == []


def test_a_repeated_event_id_is_staged_once_but_its_offset_still_counts():
    first, second = _events(2)
    messages = [_Msg("t", 0, 10, MeteredEvent("same", first, None, None)),
                _Msg("t", 1, 4, MeteredEvent("other", second, 7, 8)),
                _Msg("t", 0, 11, MeteredEvent("same", first, None, None))]
    staged = stage_batch(messages, collect_refs=True)
    assert staged.batch.event_ids == ["same", "other"]
    assert staged.batch.offsets == [10, 4] and staged.batch.partitions == [0, 1]
    assert staged.batch.expected_costs == [None, 7] and staged.batch.expected_fees == [None, 8]
    assert staged.offsets == {("t", 0): 12, ("t", 1): 5}
    assert len(staged.refs) == 2 and staged.refs[1][0] == second["customer_id"]


def test_months_of_the_batch_and_an_empty_batch():
    staged = stage_batch([_Msg("t", 0, 0, MeteredEvent("a", _events(1, datetime(2026, 1, 31, 23, 59, tzinfo=UTC))[0],
                                                        None, None)),
                          _Msg("t", 0, 1, MeteredEvent("b", _events(1, datetime(2026, 2, 1, tzinfo=UTC))[0],
                                                        None, None))], collect_refs=True)
    assert staged.months == {(2026, 1), (2026, 2)}
    assert [r[2] for r in staged.refs] == ["202601", "202602"]
    empty = stage_batch([], collect_refs=False)
    assert len(empty.batch) == 0 and len(empty.batch.columns) == len(EVENT_COLUMNS)
