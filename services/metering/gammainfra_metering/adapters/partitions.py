"""Monthly partitions of request_log: created ahead of time and on demand.

Owns: knowing which months have a partition and creating the missing ones.
`ensure_ahead` runs at start and periodically (current month + N ahead);
`ensure` runs before every ledger write for the months the batch names, so an
event from any month, however far in the past or future, gets its own partition
(there is no default partition; see migrations/0001). A partition is created
standalone and attached in its own transaction (never inside a batch write),
which does not conflict with readers or writers of request_log.

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

    def forget(self, month: Month) -> None:
        """The month's partition was dropped (purge): a later write must create it again."""
        self._known.discard(month)

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
            # Created standalone, then ATTACHed: ATTACH takes only SHARE UPDATE EXCLUSIVE on
            # request_log (CREATE ... PARTITION OF would take ACCESS EXCLUSIVE), so a long
            # export reading the ledger neither blocks this nor is blocked by it. The CHECK
            # constraint lets ATTACH skip scanning the (empty) table. One transaction: a
            # crash leaves no half-made partition behind.
            async with conn.transaction():
                await conn.execute(
                    f"CREATE TABLE {name} (LIKE {TABLE} INCLUDING DEFAULTS INCLUDING CONSTRAINTS);"
                    f"ALTER TABLE {name} ADD CONSTRAINT {name}_bounds "
                    f"CHECK (finished_at >= '{lower}' AND finished_at < '{upper}');"
                    f"ALTER TABLE {TABLE} ATTACH PARTITION {name} FOR VALUES FROM ('{lower}') TO ('{upper}')")
        except (asyncpg.DuplicateTableError, asyncpg.UniqueViolationError, asyncpg.DuplicateObjectError):
            # Another process created it between our check and our CREATE.
            if not await self._attached(conn, name):
                raise
        else:
            log.info("ledger partition ready", partition=name)
        self._known.add(month)

    async def _attached(self, conn: asyncpg.Connection, name: str) -> bool:
        return bool(await conn.fetchval(
            "SELECT count(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
            "WHERE i.inhparent = $1::regclass AND c.relname = $2", TABLE, name))
