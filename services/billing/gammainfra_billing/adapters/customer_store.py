"""CustomerStore: billing's customers table (Stripe customer id, billing mode,
suspension, the version of the account-state events) and the credit figures
derived from grants and credit-mode usage. Ids and amounts only."""

from __future__ import annotations

from datetime import datetime

import asyncpg

CHARGE = "platform_fee_micro_usd + CASE WHEN byok THEN 0 ELSE cost_micro_usd END"


class CustomerStore:
    def __init__(self, pool: asyncpg.Pool, *, default_mode: str) -> None:
        self.pool = pool
        self._default_mode = default_mode

    async def ensure(self, customer_id: str) -> dict:
        async with self.pool.acquire() as conn:
            await conn.execute("INSERT INTO customers (customer_id, mode) VALUES ($1, $2) "
                               "ON CONFLICT (customer_id) DO NOTHING", customer_id, self._default_mode)
            return dict(await conn.fetchrow("SELECT * FROM customers WHERE customer_id = $1", customer_id))

    async def get(self, customer_id: str) -> dict | None:
        row = await self.pool.fetchrow("SELECT * FROM customers WHERE customer_id = $1", customer_id)
        return dict(row) if row else None

    async def set_stripe_id(self, customer_id: str, stripe_customer_id: str | None) -> None:
        await self.pool.execute("UPDATE customers SET stripe_customer_id = $2, updated_at = now() "
                                "WHERE customer_id = $1", customer_id, stripe_customer_id)

    async def is_erased(self, customer_id: str) -> bool:
        return bool(await self.pool.fetchval("SELECT 1 FROM erasures WHERE customer_id = $1", customer_id))

    async def credit_figures(self, conn, customer_id: str, month_start: datetime) -> tuple[int, int, int]:
        """(granted, charged before month_start, charged in total) for the customer's credit usage."""
        row = await conn.fetchrow(
            f"SELECT (SELECT coalesce(sum(amount_micro_usd), 0) FROM credit_grants WHERE customer_id = $1)::bigint "
            f"         AS granted, "
            f"       coalesce(sum({CHARGE}) FILTER (WHERE finished_at < $2), 0)::bigint AS before, "
            f"       coalesce(sum({CHARGE}), 0)::bigint AS total "
            f"  FROM usage_events WHERE customer_id = $1 AND mode = 'credit'", customer_id, month_start)
        return row["granted"], row["before"], row["total"]

    async def spend_between(self, customer_id: str, start: datetime, end: datetime) -> int:
        return await self.pool.fetchval(
            f"SELECT coalesce(sum({CHARGE}), 0)::bigint FROM usage_events "
            f"WHERE customer_id = $1 AND finished_at >= $2 AND finished_at < $3", customer_id, start, end)

    async def credit_customers(self) -> list[str]:
        return [r["customer_id"] for r in await self.pool.fetch("SELECT customer_id FROM customers WHERE mode = 'credit'")]
