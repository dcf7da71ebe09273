"""PostgreSQL access to accounts and API keys (the `gateway` schema).

Raises asyncpg errors as they come; uniqueness of emails surfaces as
`EmailTaken`.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

import asyncpg

from .keys import new_key


class EmailTaken(Exception):
    pass


@dataclass(frozen=True)
class KeyRecord:
    key_id: str
    customer_id: str
    secret_hash: bytes
    requests_per_minute: int | None
    revoked: bool
    customer_budget_micro_usd: int | None = None
    key_budget_micro_usd: int | None = None


@dataclass(frozen=True)
class CreatedAccount:
    customer_id: str
    key_id: str
    api_key: str


class KeyStore:
    def __init__(self, pool: asyncpg.Pool, schema: str = "gateway") -> None:
        self._pool = pool
        self._schema = schema

    async def find_key(self, key_id: str) -> KeyRecord | None:
        row = await self._pool.fetchrow(
            f"SELECT k.key_id, k.customer_id, k.secret_hash, k.requests_per_minute, "
            f"k.revoked_at IS NOT NULL AS revoked, a.monthly_budget_micro_usd AS customer_budget, "
            f"k.monthly_budget_micro_usd AS key_budget "
            f"FROM {self._schema}.api_keys k JOIN {self._schema}.accounts a USING (customer_id) "
            f"WHERE k.key_id = $1", key_id)
        if row is None:
            return None
        return KeyRecord(row["key_id"], row["customer_id"], bytes(row["secret_hash"]),
                         row["requests_per_minute"], row["revoked"], row["customer_budget"], row["key_budget"])

    async def create_account(self, email: str, name: str | None) -> CreatedAccount:
        customer_id = "cus_" + secrets.token_hex(8)
        api_key, key_id, secret_hash = new_key()
        async with self._pool.acquire() as conn, conn.transaction():
            try:
                await conn.execute(
                    f"INSERT INTO {self._schema}.accounts (customer_id, email, name) VALUES ($1, $2, $3)",
                    customer_id, email, name)
            except asyncpg.UniqueViolationError as exc:
                raise EmailTaken(email) from exc
            await conn.execute(
                f"INSERT INTO {self._schema}.api_keys (key_id, customer_id, secret_hash, name) "
                f"VALUES ($1, $2, $3, 'default')", key_id, customer_id, secret_hash)
        return CreatedAccount(customer_id, key_id, api_key)

    async def create_key(self, customer_id: str, name: str | None = None,
                         requests_per_minute: int | None = None) -> tuple[str, str]:
        api_key, key_id, secret_hash = new_key()
        await self._pool.execute(
            f"INSERT INTO {self._schema}.api_keys (key_id, customer_id, secret_hash, name, requests_per_minute) "
            f"VALUES ($1, $2, $3, $4, $5)", key_id, customer_id, secret_hash, name, requests_per_minute)
        return api_key, key_id

    async def revoke_key(self, key_id: str) -> str | None:
        """Marks the key revoked; returns its customer id, or None if unknown/already revoked."""
        return await self._pool.fetchval(
            f"UPDATE {self._schema}.api_keys SET revoked_at = now() "
            f"WHERE key_id = $1 AND revoked_at IS NULL RETURNING customer_id", key_id)
