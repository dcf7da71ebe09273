"""LedgerRetention: erasure and the 24-month purge in metering's own tables.

`erase` records the tombstone and deletes every row naming the customer
(request_log, daily_usage, key_spend, customer_spend, monthly_usage) in one
transaction that excludes concurrent ledger writes (see retention_sql), so
nothing in flight can land afterwards. `purge` folds each whole month ended
before the cutoff into monthly_usage, deletes that month's finer aggregates and
DROPs its partition (never a row-by-row DELETE), one transaction per month, and
moves the purge horizon so nothing older is written again. Both are idempotent:
a repeat finds nothing left and returns zeros. Raises asyncpg errors.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import asyncpg
import structlog

from ..domain.months import months_ended_by, next_month, partition_name
from .partitions import TABLE, PartitionManager
from .retention_sql import CUSTOMER_TABLES, DROP_DAILY, DROP_MONTHLY, FOLD_MONTH, MOVE_HORIZON, TOMBSTONE

log = structlog.get_logger(__name__)

LOCK_TIMEOUT = "5s"


@dataclass(frozen=True)
class PurgeResult:
    partitions_dropped: int
    rows_aggregated: int


class LedgerRetention:
    def __init__(self, pool: asyncpg.Pool, partitions: PartitionManager) -> None:
        self._pool, self._partitions = pool, partitions

    async def erase(self, customer_id: str, erasure_id: str) -> int:
        deleted = 0
        async with self._pool.acquire() as conn, conn.transaction():
            await conn.execute(f"LOCK TABLE {TABLE} IN SHARE ROW EXCLUSIVE MODE")
            await conn.execute(TOMBSTONE, customer_id, erasure_id)
            for table in CUSTOMER_TABLES:
                status = await conn.execute(f"DELETE FROM {table} WHERE customer_id = $1", customer_id)
                deleted += int(status.split()[-1])
        return deleted

    async def purge(self, cutoff: datetime) -> PurgeResult:
        await self._partitions.load()  # another process may have created some
        dropped = rows = 0
        async with self._pool.acquire() as conn:
            for month in months_ended_by(self._partitions.known, cutoff):
                name = partition_name(TABLE, month)
                first_day = date(month[0], month[1], 1)
                following = next_month(month)
                next_first = date(following[0], following[1], 1)
                async with conn.transaction():
                    # Same lock order as erase (request_log first): no ledger write is half
                    # way through. The DROP below queues behind long readers (exports); the
                    # lock timeout keeps the ledger's writers from queueing behind the DROP:
                    # the purge gives up (LockNotAvailable, retried by the listener) instead.
                    await conn.execute(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'")
                    await conn.execute(f"LOCK TABLE {TABLE} IN SHARE ROW EXCLUSIVE MODE")
                    count = await conn.fetchval(f"SELECT count(*) FROM {name}")
                    await conn.execute(FOLD_MONTH.format(partition=name), first_day)
                    await conn.execute(DROP_DAILY, first_day, next_first)
                    for statement in DROP_MONTHLY:
                        await conn.execute(statement, first_day)
                    await conn.execute(f"DROP TABLE {name}")
                    await conn.execute(MOVE_HORIZON, datetime(next_first.year, next_first.month, 1, tzinfo=UTC))
                self._partitions.forget(month)
                dropped += 1
                rows += count
                log.info("ledger month purged", partition=name, rows_aggregated=count)
            await conn.execute(MOVE_HORIZON, datetime(cutoff.year, cutoff.month, 1, tzinfo=UTC))
        return PurgeResult(dropped, rows)
