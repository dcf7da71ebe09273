"""PostgresAuditTrail: retention's own tables (schema `retention` by default).

Owns the purge and erasure audit trail and the durable list of erased customers
(random ids and times only). Every write is idempotent: a repeated
account.erasure_requested, purge request or ack changes nothing the first one
did not (ON CONFLICT DO NOTHING), so the consumer may redeliver freely. A run is
marked completed in the same transaction as the ack that completes it.
Raises asyncpg errors.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import asyncpg

from ..domain.status import all_acked


@dataclass(frozen=True)
class ErasureRow:
    erasure_id: str
    customer_id: str
    requested_at: datetime
    expected_services: list[str]
    issued_at: datetime
    attempts: int
    completed_at: datetime | None


class PostgresAuditTrail:
    def __init__(self, pool: asyncpg.Pool, schema: str = "retention") -> None:
        self._pool, self._s = pool, schema

    # -- erasures --------------------------------------------------------------
    async def record_erasure(self, erasure_id: str, customer_id: str, requested_at: datetime,
                             expected: list[str]) -> bool:
        """True when this erasure is new (the caller then issues the command)."""
        row = await self._pool.fetchval(
            f"INSERT INTO {self._s}.erasures (erasure_id, customer_id, requested_at, expected_services) "
            f"VALUES ($1, $2, $3, $4) ON CONFLICT (erasure_id) DO NOTHING RETURNING erasure_id",
            erasure_id, customer_id, requested_at, expected)
        return row is not None

    async def record_erasure_ack(self, erasure_id: str, service: str, rows_deleted: int,
                                 completed_at: datetime) -> bool:
        """Stores the ack; True when it completed the erasure. Acks for an erasure
        this trail never saw (another deployment's) are ignored."""
        async with self._pool.acquire() as conn, conn.transaction():
            expected = await conn.fetchval(
                f"SELECT expected_services FROM {self._s}.erasures WHERE erasure_id = $1 FOR UPDATE", erasure_id)
            if expected is None:
                return False
            await conn.execute(
                f"INSERT INTO {self._s}.erasure_acks (erasure_id, service, rows_deleted, completed_at) "
                f"VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING", erasure_id, service, rows_deleted, completed_at)
            acked = {r["service"] for r in await conn.fetch(
                f"SELECT service FROM {self._s}.erasure_acks WHERE erasure_id = $1", erasure_id)}
            if not all_acked(list(expected), acked):
                return False
            done = await conn.fetchval(
                f"UPDATE {self._s}.erasures SET completed_at = now() WHERE erasure_id = $1 "
                f"AND completed_at IS NULL RETURNING erasure_id", erasure_id)
            return done is not None

    async def open_erasures_issued_before(self, moment: datetime) -> list[ErasureRow]:
        rows = await self._pool.fetch(
            f"SELECT * FROM {self._s}.erasures WHERE completed_at IS NULL AND issued_at < $1 "
            f"ORDER BY issued_at LIMIT 1000", moment)
        return [ErasureRow(**dict(r)) for r in rows]

    async def mark_reissued(self, erasure_id: str) -> None:
        await self._pool.execute(
            f"UPDATE {self._s}.erasures SET issued_at = now(), attempts = attempts + 1 WHERE erasure_id = $1",
            erasure_id)

    async def last_purge_completed(self) -> datetime | None:
        """When the newest completed purge run completed (None: never)."""
        return await self._pool.fetchval(f"SELECT max(completed_at) FROM {self._s}.purges")

    async def count_open(self, requested_before: datetime | None = None) -> int:
        if requested_before is None:
            return await self._pool.fetchval(f"SELECT count(*) FROM {self._s}.erasures WHERE completed_at IS NULL")
        return await self._pool.fetchval(
            f"SELECT count(*) FROM {self._s}.erasures WHERE completed_at IS NULL AND requested_at < $1",
            requested_before)

    async def erasures(self, erasure_id: str | None = None, limit: int = 100) -> list[tuple[ErasureRow, dict]]:
        """Erasures (one, or the latest `limit`) with their acks by service."""
        if erasure_id is not None:
            rows = await self._pool.fetch(f"SELECT * FROM {self._s}.erasures WHERE erasure_id = $1", erasure_id)
        else:
            rows = await self._pool.fetch(
                f"SELECT * FROM {self._s}.erasures ORDER BY requested_at DESC LIMIT $1", limit)
        out = []
        for r in rows:
            acks = await self._pool.fetch(
                f"SELECT service, rows_deleted, completed_at FROM {self._s}.erasure_acks WHERE erasure_id = $1",
                r["erasure_id"])
            out.append((ErasureRow(**dict(r)), {a["service"]: {"rows_deleted": a["rows_deleted"],
                                                              "completed_at": a["completed_at"]} for a in acks}))
        return out

    async def erasures_of(self, customer_id: str) -> list[tuple[ErasureRow, dict]]:
        ids = await self._pool.fetch(
            f"SELECT erasure_id FROM {self._s}.erasures WHERE customer_id = $1 ORDER BY requested_at", customer_id)
        out = []
        for r in ids:
            out.extend(await self.erasures(r["erasure_id"]))
        return out

    async def erased_customer_ids(self) -> list[str]:
        return [r["customer_id"] for r in await self._pool.fetch(
            f"SELECT DISTINCT customer_id FROM {self._s}.erasures ORDER BY customer_id")]

    # -- purges ----------------------------------------------------------------
    async def record_purge(self, purge_id: str, cutoff: datetime, requested_at: datetime,
                           expected: list[str]) -> bool:
        row = await self._pool.fetchval(
            f"INSERT INTO {self._s}.purges (purge_id, cutoff, requested_at, expected_services) "
            f"VALUES ($1, $2, $3, $4) ON CONFLICT (purge_id) DO NOTHING RETURNING purge_id",
            purge_id, cutoff, requested_at, expected)
        return row is not None

    async def purge_exists(self, purge_id: str) -> bool:
        return bool(await self._pool.fetchval(
            f"SELECT count(*) FROM {self._s}.purges WHERE purge_id = $1", purge_id))

    async def record_purge_ack(self, purge_id: str, service: str, partitions_dropped: int,
                               rows_aggregated: int, completed_at: datetime) -> bool:
        async with self._pool.acquire() as conn, conn.transaction():
            expected = await conn.fetchval(
                f"SELECT expected_services FROM {self._s}.purges WHERE purge_id = $1 FOR UPDATE", purge_id)
            if expected is None:
                return False
            await conn.execute(
                f"INSERT INTO {self._s}.purge_acks (purge_id, service, partitions_dropped, rows_aggregated, "
                f"completed_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
                purge_id, service, partitions_dropped, rows_aggregated, completed_at)
            acked = {r["service"] for r in await conn.fetch(
                f"SELECT service FROM {self._s}.purge_acks WHERE purge_id = $1", purge_id)}
            if not all_acked(list(expected), acked):
                return False
            return await conn.fetchval(
                f"UPDATE {self._s}.purges SET completed_at = now() WHERE purge_id = $1 AND completed_at IS NULL "
                f"RETURNING purge_id", purge_id) is not None

    async def purge(self, purge_id: str) -> tuple[dict, dict] | None:
        row = await self._pool.fetchrow(f"SELECT * FROM {self._s}.purges WHERE purge_id = $1", purge_id)
        if row is None:
            return None
        acks = await self._pool.fetch(
            f"SELECT service, partitions_dropped, rows_aggregated, completed_at FROM {self._s}.purge_acks "
            f"WHERE purge_id = $1", purge_id)
        return dict(row), {a["service"]: {"partitions_dropped": a["partitions_dropped"],
                                          "rows_aggregated": a["rows_aggregated"],
                                          "completed_at": a["completed_at"]} for a in acks}
