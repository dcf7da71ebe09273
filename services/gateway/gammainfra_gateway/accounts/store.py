"""PostgreSQL access for the account API: accounts and API keys (`gateway` schema).

Every read and write of a customer's data is scoped by `customer_id` in the SQL
itself, so no call can touch another tenant's rows whatever id it is given.
Each write stages its accounts.v1 event(s) in the outbox inside the same
transaction (see `outbox`), then calls `on_staged` so the relay sends them now.
Raises `EmailTaken` for a duplicate email (case-insensitive), `LastActiveKey`
when a revocation would leave an account without any active key; asyncpg
errors otherwise.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

import asyncpg

from ..auth.keys import new_key
from .domain import AccountChanges, NewKey
from .events import account_event, change_events
from .outbox import stage


class EmailTaken(Exception):
    pass


class LastActiveKey(Exception):
    pass


@dataclass(frozen=True)
class Account:
    customer_id: str
    email: str
    name: str | None
    processing_objection: bool
    byok_fallback_to_managed: bool
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class ApiKeyInfo:
    key_id: str
    name: str | None
    requests_per_minute: int | None
    monthly_budget_micro_usd: int | None
    created_at: datetime
    revoked_at: datetime | None


_ACCOUNT_COLUMNS = ("customer_id, email, name, processing_objection, byok_fallback_to_managed, "
                    "created_at, updated_at")
_KEY_COLUMNS = "key_id, name, requests_per_minute, monthly_budget_micro_usd, created_at, revoked_at"


def _account(row: asyncpg.Record) -> Account:
    return Account(**dict(row))


def _key(row: asyncpg.Record) -> ApiKeyInfo:
    return ApiKeyInfo(**dict(row))


class AccountStore:
    def __init__(self, pool: asyncpg.Pool, schema: str = "gateway", on_staged=lambda: None) -> None:
        self._pool = pool
        self._s = schema
        self._on_staged = on_staged

    async def create_account(self, email: str, name: str | None) -> tuple[Account, ApiKeyInfo, str]:
        """The account and its first key; the full key is returned here only."""
        customer_id = "cus_" + secrets.token_hex(8)
        api_key, key_id, secret_hash = new_key()
        async with self._pool.acquire() as conn, conn.transaction():
            try:
                row = await conn.fetchrow(
                    f"INSERT INTO {self._s}.accounts (customer_id, email, name) VALUES ($1, $2, $3) "
                    f"RETURNING {_ACCOUNT_COLUMNS}", customer_id, email, name)
            except asyncpg.UniqueViolationError as exc:
                raise EmailTaken() from exc
            key = await conn.fetchrow(
                f"INSERT INTO {self._s}.api_keys (key_id, customer_id, secret_hash, name) "
                f"VALUES ($1, $2, $3, 'default') RETURNING {_KEY_COLUMNS}", key_id, customer_id, secret_hash)
            await stage(conn, account_event("account.created", customer_id), schema=self._s)
            await stage(conn, account_event("api_key.created", customer_id, key_id=key_id), schema=self._s)
        self._on_staged()
        return _account(row), _key(key), api_key

    async def get_account(self, customer_id: str) -> Account | None:
        row = await self._pool.fetchrow(
            f"SELECT {_ACCOUNT_COLUMNS} FROM {self._s}.accounts WHERE customer_id = $1", customer_id)
        return None if row is None else _account(row)

    async def update_account(self, customer_id: str, changes: AccountChanges) -> tuple[Account, Account] | None:
        """(before, after) in one transaction, the row locked; None if the account is gone."""
        async with self._pool.acquire() as conn, conn.transaction():
            row = await conn.fetchrow(f"SELECT {_ACCOUNT_COLUMNS} FROM {self._s}.accounts "
                                      f"WHERE customer_id = $1 FOR UPDATE", customer_id)
            if row is None:
                return None
            before = _account(row)
            name = None if changes.clear_name else (changes.name if changes.name is not None else before.name)
            values = (
                changes.email if changes.email is not None else before.email, name,
                before.processing_objection if changes.processing_objection is None
                else changes.processing_objection,
                before.byok_fallback_to_managed if changes.byok_fallback_to_managed is None
                else changes.byok_fallback_to_managed)
            if values == (before.email, before.name, before.processing_objection, before.byok_fallback_to_managed):
                return before, before  # nothing changes: no write, no updated_at bump, no event
            try:
                row = await conn.fetchrow(
                    f"UPDATE {self._s}.accounts SET email = $2, name = $3, processing_objection = $4, "
                    f"byok_fallback_to_managed = $5, updated_at = now() WHERE customer_id = $1 "
                    f"RETURNING {_ACCOUNT_COLUMNS}", customer_id, *values)
            except asyncpg.UniqueViolationError as exc:
                raise EmailTaken() from exc
            after = _account(row)
            for event in change_events(before, after):
                await stage(conn, event, schema=self._s)
        self._on_staged()
        return before, after

    async def list_keys(self, customer_id: str) -> list[ApiKeyInfo]:
        rows = await self._pool.fetch(
            f"SELECT {_KEY_COLUMNS} FROM {self._s}.api_keys WHERE customer_id = $1 "
            f"ORDER BY created_at, key_id", customer_id)
        return [_key(r) for r in rows]

    async def create_key(self, customer_id: str, spec: NewKey) -> tuple[ApiKeyInfo, str]:
        api_key, key_id, secret_hash = new_key()
        async with self._pool.acquire() as conn, conn.transaction():
            row = await conn.fetchrow(
                f"INSERT INTO {self._s}.api_keys (key_id, customer_id, secret_hash, name, requests_per_minute, "
                f"monthly_budget_micro_usd) VALUES ($1, $2, $3, $4, $5, $6) RETURNING {_KEY_COLUMNS}",
                key_id, customer_id, secret_hash, spec.name, spec.requests_per_minute,
                spec.monthly_budget_micro_usd)
            await stage(conn, account_event("api_key.created", customer_id, key_id=key_id), schema=self._s)
        self._on_staged()
        return _key(row), api_key

    async def revoke_key(self, customer_id: str, key_id: str) -> ApiKeyInfo | None:
        """Revokes one of this customer's active keys; None if it has no such active key."""
        async with self._pool.acquire() as conn, conn.transaction():
            # The account row lock serialises concurrent revocations of one customer,
            # so two requests cannot each revoke "the other" last key.
            await conn.execute(f"SELECT 1 FROM {self._s}.accounts WHERE customer_id = $1 FOR UPDATE",
                               customer_id)
            active = await conn.fetch(f"SELECT key_id FROM {self._s}.api_keys "
                                      f"WHERE customer_id = $1 AND revoked_at IS NULL", customer_id)
            ids = {r["key_id"] for r in active}
            if key_id not in ids:
                return None
            if len(ids) == 1:
                raise LastActiveKey()
            row = await conn.fetchrow(
                f"UPDATE {self._s}.api_keys SET revoked_at = now() WHERE customer_id = $1 AND key_id = $2 "
                f"RETURNING {_KEY_COLUMNS}", customer_id, key_id)
            await stage(conn, account_event("api_key.revoked", customer_id, key_id=key_id), schema=self._s)
        self._on_staged()
        return _key(row)

    async def revoke_key_by_id(self, key_id: str) -> str | None:
        """Operator revocation (any customer, even the last active key: a leaked key
        must die). Returns the key's customer id, or None if unknown/already revoked."""
        async with self._pool.acquire() as conn, conn.transaction():
            customer_id = await conn.fetchval(
                f"UPDATE {self._s}.api_keys SET revoked_at = now() "
                f"WHERE key_id = $1 AND revoked_at IS NULL RETURNING customer_id", key_id)
            if customer_id is not None:
                await stage(conn, account_event("api_key.revoked", customer_id, key_id=key_id), schema=self._s)
        self._on_staged()
        return customer_id
