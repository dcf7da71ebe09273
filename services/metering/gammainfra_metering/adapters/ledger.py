"""PostgresLedger: the batched, idempotent, exactly-once-effect ledger write.

One call of `write` is one statement (`ledger_sql.WRITE_BATCH`), hence one
transaction and one round trip whatever the batch size: the batch travels as
column arrays; the statement inserts the request_log rows with ON CONFLICT DO
NOTHING (an event id already in the ledger, from an earlier batch, a replay or
a restart, adds nothing), folds only the inserted rows into the aggregates, and
stores the consumed offsets. Rows, aggregates and offsets commit together or not
at all: after a crash at any point, seeking to the stored offsets replays
exactly what is missing, and the dedupe absorbs the rest. (One round trip
matters: the event loop serves this write only between the consumer's batches,
so every extra round trip would wait for a whole batch of processing.)

Raises `TransientError` for failures that waiting can heal (connection lost,
database restarting, deadlock/serialization); anything else propagates.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

import asyncpg

from gammainfra_common.consumer import TransientError
from gammainfra_common.postgres import TRANSIENT_WRITE_ERRORS, create_pool

from ..domain.months import Month
from .ledger_sql import STORED_OFFSETS, WRITE_BATCH
from .partitions import PartitionManager

_TRANSIENT = TRANSIENT_WRITE_ERRORS  # what the ledger writer and the month jobs retry

@dataclass(slots=True)
class StagedBatch:
    """A batch as column arrays: event ids, Kafka partitions and offsets, expected
    cost and fee (None when the cost check agreed), raw JSON values (the bytes as
    consumed; the statement gets them as one JSON array)."""

    event_ids: list[str] = field(default_factory=list)
    partitions: list[int] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)
    expected_costs: list[int | None] = field(default_factory=list)
    expected_fees: list[int | None] = field(default_factory=list)
    payloads: list[bytes] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.event_ids)


@dataclass(frozen=True, slots=True)
class SpendTotal:
    """A key's (api_key_id set) or a customer's (None) ledger spend for one month."""

    month: date
    customer_id: str
    api_key_id: str | None
    spent_micro_usd: int


async def open_ledger_pool(dsn: str, schema: str, *, max_size: int = 4,
                           application_name: str = "metering") -> asyncpg.Pool:
    """A pool whose connections resolve unqualified names in `schema`."""
    return await create_pool(dsn, min_size=1, max_size=max_size, command_timeout=120,
                             server_settings={"search_path": schema, "application_name": application_name})


class PostgresLedger:
    def __init__(self, pool: asyncpg.Pool, partitions: PartitionManager) -> None:
        self._pool = pool
        self._partitions = partitions

    @staticmethod
    def arguments(batch: StagedBatch, offsets: Mapping[tuple[str, int], int]) -> tuple:
        """The statement's parameters; `offsets` maps (topic, partition) -> next offset."""
        topics, partitions, next_offsets = [], [], []
        for (topic, partition), offset in offsets.items():
            topics.append(topic)
            partitions.append(partition)
            next_offsets.append(offset)
        # One join in C: each value is a validated JSON object, so the array is valid JSON.
        values = b"[" + b",".join(batch.payloads) + b"]"
        return (topics, partitions, next_offsets, batch.event_ids, batch.partitions, batch.offsets,
                batch.expected_costs, batch.expected_fees, values.decode())

    async def write(self, batch: StagedBatch, months: set[Month],
                    offsets: Mapping[tuple[str, int], int]) -> tuple[int, list[SpendTotal]]:
        """Write one batch; `offsets` maps (topic, partition) -> next offset to consume.
        Returns (rows inserted, the new spend totals of every key and customer touched)."""
        arguments = self.arguments(batch, offsets)
        try:
            await self._partitions.ensure(months)
            async with self._pool.acquire() as conn:
                result = await conn.fetch(WRITE_BATCH, *arguments)
        except _TRANSIENT as exc:
            raise TransientError(f"ledger write: {type(exc).__name__}: {exc}") from exc
        inserted = result[0]["inserted"] if result else 0
        return inserted, [SpendTotal(r["month"], r["customer_id"], r["api_key_id"], r["spent"]) for r in result]

    async def stored_offsets(self, topic: str) -> dict[int, int]:
        async with self._pool.acquire() as conn:
            return {r["partition"]: r["next_offset"] for r in await conn.fetch(STORED_OFFSETS, topic)}
