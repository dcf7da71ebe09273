"""PostgreSQL side of account erasure (`gateway` schema).

`begin` is the synchronous part of DELETE /v1/account, one transaction: the
account row is locked, the confirmation checked against its email, every API key
revoked (auth rejects it from the commit on; the caller then fans the revocation
out to every gateway's cache), every BYOK row deleted (the policy's
"immediately"), and `account.erasure_requested` staged in the outbox. Either all
of it commits or none.

`erase` is the gateway's answer to the lifecycle command: the account row and,
by cascade, its keys and any BYOK rows, plus the customer's outbox rows, deleted
in one transaction. Idempotent (a second run deletes nothing and returns 0).
Raises `ConfirmationMismatch`; asyncpg errors otherwise.
"""

from __future__ import annotations

import secrets

import asyncpg

from .domain import confirms
from .events import account_event
from .outbox import stage


class ConfirmationMismatch(Exception):
    pass


class ErasureStore:
    def __init__(self, pool: asyncpg.Pool, schema: str = "gateway", on_staged=lambda: None) -> None:
        self._pool, self._s, self._on_staged = pool, schema, on_staged

    async def begin(self, customer_id: str, confirm: str) -> tuple[str, list[str]] | None:
        """(erasure_id, revoked key ids); None when the account no longer exists."""
        async with self._pool.acquire() as conn, conn.transaction():
            email = await conn.fetchval(
                f"SELECT email FROM {self._s}.accounts WHERE customer_id = $1 FOR UPDATE", customer_id)
            if email is None:
                return None
            if not confirms(confirm, email):
                raise ConfirmationMismatch()
            keys = [r["key_id"] for r in await conn.fetch(
                f"UPDATE {self._s}.api_keys SET revoked_at = coalesce(revoked_at, now()) "
                f"WHERE customer_id = $1 RETURNING key_id", customer_id)]
            await conn.execute(f"DELETE FROM {self._s}.byok_keys WHERE customer_id = $1", customer_id)
            erasure_id = "era_" + secrets.token_hex(12)
            await stage(conn, account_event("account.erasure_requested", customer_id, erasure_id=erasure_id),
                        schema=self._s)
        self._on_staged()
        return erasure_id, keys

    async def key_ids(self, customer_id: str) -> list[str]:
        return [r["key_id"] for r in await self._pool.fetch(
            f"SELECT key_id FROM {self._s}.api_keys WHERE customer_id = $1", customer_id)]

    async def erase(self, customer_id: str) -> int:
        deleted = 0
        async with self._pool.acquire() as conn, conn.transaction():
            for table in ("byok_keys", "api_keys", "account_outbox", "accounts"):
                status = await conn.execute(f"DELETE FROM {self._s}.{table} WHERE customer_id = $1", customer_id)
                deleted += int(status.split()[-1])
        return deleted
