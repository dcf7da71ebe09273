"""Monthly partitions of request_log: created ahead of time and on demand.

Owns: knowing which months have a partition and creating the missing ones.
`ensure_ahead` runs at start and periodically (current month + N ahead);
`ensure` runs before every ledger write for the months the batch names, so an
event from any month, however far in the past or future, gets its own partition
(there is no default partition; see migrations/0001). Creating a partition takes
a short lock on request_log, in its own transaction, never inside a batch write.

Idempotent and safe when several processes race (a lost race is re-checked).
Raises asyncpg errors (the caller classifies them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime

import asyncpg
import structlog

from ..domain.months import Month, bounds, month_of_date, months_from, partition_name

log = structlog.get_logger(__name__)

TABLE = "request_log"
_NAME = re.compile(rf"^{TABLE}_p(\d{{4}})_(\d{{2}})$")


class PartitionManager:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool
        self._known: set[Month] = set()

    @property
    def known(self) -> frozenset[Month]:
        return frozenset(self._known)

    async def load(self) -> None:
        async with self._pool.acquire() as conn:
            rows = await conn.fetch(
                "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                "WHERE i.inhparent = $1::regclass", TABLE)
        for row in rows:
            match = _NAME.match(row["relname"])
            if match:
                self._known.add((int(match[1]), int(match[2])))

    async def ensure_ahead(self, months_ahead: int, now: datetime | None = None) -> None:
        today = (now or datetime.now(UTC)).date()
        await self.ensure(months_from(month_of_date(today), months_ahead + 1))

    async def ensure(self, months: Iterable[Month]) -> None:
        missing = sorted(set(months) - self._known)
        if not missing:
            return
        async with self._pool.acquire() as conn:
            for month in missing:
                await self._create(conn, month)

    async def _create(self, conn: asyncpg.Connection, month: Month) -> None:
        name = partition_name(TABLE, month)
        lower, upper = bounds(month)
        try:
            await conn.execute(f"CREATE TABLE IF NOT EXISTS {name} PARTITION OF {TABLE} "
                               f"FOR VALUES FROM ('{lower}') TO ('{upper}')")
        except (asyncpg.DuplicateTableError, asyncpg.UniqueViolationError):
            pass  # another process created it between our check and our CREATE
        else:
            log.info("ledger partition ready", partition=name)
        self._known.add(month)
