"""PostgreSQL rows of BYOK keys (`gateway.byok_keys`): sealed bytes only.

Every statement is scoped by customer_id. Revocation is a DELETE (no soft
delete); account deletion cascades. Rotation re-seals rows in small batches,
each row locked (`FOR UPDATE SKIP LOCKED`) while it is rewritten, so a
concurrent PUT or DELETE of the same row simply waits or is skipped.
A set or a revocation stages its accounts.v1 event in the same transaction.
Raises asyncpg errors as they come.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import asyncpg

from ..accounts.events import account_event
from ..accounts.outbox import stage
from .crypto import BadRecord, Keyring, SealedKey


@dataclass(frozen=True)
class ByokEntry:
    provider: str
    hint: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class RotationBatch:
    resealed: int
    unreadable: int


_ENTRY = "provider, hint, created_at, updated_at"


class ByokStore:
    def __init__(self, pool: asyncpg.Pool, schema: str = "gateway", on_staged=lambda: None) -> None:
        self._pool = pool
        self._s = schema
        self._on_staged = on_staged

    async def list(self, customer_id: str) -> list[ByokEntry]:
        rows = await self._pool.fetch(f"SELECT {_ENTRY} FROM {self._s}.byok_keys WHERE customer_id = $1 "
                                      f"ORDER BY provider", customer_id)
        return [ByokEntry(**dict(r)) for r in rows]

    async def load(self, customer_id: str) -> tuple[bool, list[tuple[str, SealedKey]]]:
        """(the account's byok_fallback_to_managed, [(provider, sealed)]) in one query."""
        rows = await self._pool.fetch(
            f"SELECT a.byok_fallback_to_managed AS fallback, b.provider, b.kek_id, b.nonce, b.ciphertext "
            f"FROM {self._s}.accounts a LEFT JOIN {self._s}.byok_keys b ON b.customer_id = a.customer_id "
            f"WHERE a.customer_id = $1", customer_id)
        fallback = bool(rows and rows[0]["fallback"])
        return fallback, [(r["provider"], SealedKey(r["kek_id"], bytes(r["nonce"]), bytes(r["ciphertext"])))
                          for r in rows if r["provider"] is not None]

    async def put(self, customer_id: str, provider: str, sealed: SealedKey, hint: str) -> ByokEntry:
        """Insert or overwrite in place (the old ciphertext is gone when this commits)."""
        async with self._pool.acquire() as conn, conn.transaction():
            row = await conn.fetchrow(
                f"INSERT INTO {self._s}.byok_keys (customer_id, provider, kek_id, nonce, ciphertext, hint) "
                f"VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (customer_id, provider) DO UPDATE SET "
                f"kek_id = EXCLUDED.kek_id, nonce = EXCLUDED.nonce, ciphertext = EXCLUDED.ciphertext, "
                f"hint = EXCLUDED.hint, updated_at = now() RETURNING {_ENTRY}",
                customer_id, provider, sealed.kek_id, sealed.nonce, sealed.ciphertext, hint)
            await stage(conn, account_event("byok_key.set", customer_id, provider=provider), schema=self._s)
        self._on_staged()
        return ByokEntry(**dict(row))

    async def delete(self, customer_id: str, provider: str) -> bool:
        async with self._pool.acquire() as conn, conn.transaction():
            deleted = await conn.fetchval(
                f"DELETE FROM {self._s}.byok_keys WHERE customer_id = $1 AND provider = $2 RETURNING provider",
                customer_id, provider)
            if deleted is not None:
                await stage(conn, account_event("byok_key.revoked", customer_id, provider=provider),
                            schema=self._s)
        self._on_staged()
        return deleted is not None

    async def reseal_batch(self, keyring: Keyring, limit: int, skip: frozenset[tuple[str, str]] = frozenset()
                           ) -> tuple[RotationBatch, set[tuple[str, str]]]:
        """Re-seal up to `limit` rows sealed under another key id of the ring with the
        active one, in one short transaction. Rows that do not open are reported (and
        returned, so the caller skips them next time), never rewritten."""
        old_ids = sorted(keyring.key_ids - {keyring.active_id})
        unreadable: set[tuple[str, str]] = set()
        resealed = 0
        async with self._pool.acquire() as conn, conn.transaction():
            rows = await conn.fetch(
                f"SELECT customer_id, provider, kek_id, nonce, ciphertext FROM {self._s}.byok_keys "
                f"WHERE kek_id = ANY($1::text[]) AND NOT ((customer_id || '|' || provider) = ANY($2::text[])) "
                f"ORDER BY customer_id, provider LIMIT $3 FOR UPDATE SKIP LOCKED",
                old_ids, [f"{c}|{p}" for c, p in skip], limit)
            for row in rows:
                customer_id, provider = row["customer_id"], row["provider"]
                try:
                    plaintext = keyring.open(SealedKey(row["kek_id"], bytes(row["nonce"]), bytes(row["ciphertext"])),
                                             customer_id, provider)
                except BadRecord:
                    unreadable.add((customer_id, provider))
                    continue
                sealed = keyring.seal(plaintext, customer_id, provider)
                del plaintext
                await conn.execute(
                    f"UPDATE {self._s}.byok_keys SET kek_id = $3, nonce = $4, ciphertext = $5 "
                    f"WHERE customer_id = $1 AND provider = $2", customer_id, provider,
                    sealed.kek_id, sealed.nonce, sealed.ciphertext)
                resealed += 1
        return RotationBatch(resealed, len(unreadable)), unreadable

    async def count_by_kek(self) -> dict[str, int]:
        rows = await self._pool.fetch(f"SELECT kek_id, count(*) AS n FROM {self._s}.byok_keys GROUP BY kek_id")
        return {r["kek_id"]: r["n"] for r in rows}
