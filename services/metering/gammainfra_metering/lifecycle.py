"""Metering's part of the data lifecycle (the handler the common lifecycle
listener calls for lifecycle.v1 commands).

Erasure: the ledger's tombstone + deletes (adapters.ledger_retention), then the
customer's Redis budget keys (metering writes their `ledger` totals), with the
budget sync's memory of the customer dropped first so nothing is written back.
Purge: fold and drop whole months ended before the cutoff. Idempotent.
"""

from __future__ import annotations

from datetime import datetime

import asyncpg
from redis.exceptions import RedisError

from gammainfra_common.consumer import TransientError
from gammainfra_common.lifecycle import PurgeCounts
from gammainfra_common.redis_client import delete_matching, escape_pattern

from .adapters.budget_sync import RedisBudgetSync
from .adapters.ledger import _TRANSIENT
from .adapters.ledger_retention import LedgerRetention


class MeteringLifecycle:
    def __init__(self, retention: LedgerRetention, budget_sync: RedisBudgetSync | None, redis=None) -> None:
        self._retention, self._budget_sync, self._redis = retention, budget_sync, redis

    async def erase(self, customer_id: str, erasure_id: str) -> int:
        try:
            rows = await self._retention.erase(customer_id, erasure_id)
        except _TRANSIENT as exc:
            raise TransientError(f"ledger erase: {type(exc).__name__}") from exc
        if self._redis is not None:
            pattern = f"gi:budget:{{{escape_pattern(customer_id)}}}:*"

            async def delete_keys() -> int:
                return await delete_matching(self._redis, [pattern])

            try:
                if self._budget_sync is not None:
                    rows += await self._budget_sync.erase(customer_id, delete_keys)
                else:
                    rows += await delete_keys()
            except (OSError, RedisError) as exc:
                raise TransientError(f"redis erase: {type(exc).__name__}") from exc
        return rows

    async def purge(self, purge_id: str, cutoff: datetime) -> PurgeCounts:
        try:
            result = await self._retention.purge(cutoff)
        except (*_TRANSIENT, asyncpg.LockNotAvailableError) as exc:  # e.g. a long export holds the month
            raise TransientError(f"ledger purge: {type(exc).__name__}") from exc
        return PurgeCounts(result.partitions_dropped, result.rows_aggregated)
