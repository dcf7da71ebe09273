"""The authenticator's read of an API key (the `gateway` schema): the key's hash,
owner, per-key rate limit and the monthly budgets of the key and its customer,
in one query. Writes go through `accounts.store.AccountStore`.

Raises asyncpg errors as they come.
"""

from __future__ import annotations

from dataclasses import dataclass

import asyncpg

from ..billing.enforce import BillingState



@dataclass(frozen=True)
class KeyRecord:
    key_id: str
    customer_id: str
    secret_hash: bytes
    requests_per_minute: int | None
    revoked: bool
    customer_budget_micro_usd: int | None = None
    key_budget_micro_usd: int | None = None
    billing: BillingState | None = None


class KeyStore:
    def __init__(self, pool: asyncpg.Pool, schema: str = "gateway") -> None:
        self._pool = pool
        self._schema = schema

    async def find_key(self, key_id: str) -> KeyRecord | None:
        row = await self._pool.fetchrow(
            f"SELECT k.key_id, k.customer_id, k.secret_hash, k.requests_per_minute, "
            f"k.revoked_at IS NOT NULL AS revoked, a.monthly_budget_micro_usd AS customer_budget, "
            f"k.monthly_budget_micro_usd AS key_budget, b.mode AS billing_mode, b.credit_limit_micro_usd, "
            f"b.credit_month, b.suspended "
            f"FROM {self._schema}.api_keys k JOIN {self._schema}.accounts a USING (customer_id) "
            f"LEFT JOIN {self._schema}.billing_state b USING (customer_id) "
            f"WHERE k.key_id = $1", key_id)
        if row is None:
            return None
        billing = None if row["billing_mode"] is None else BillingState(
            row["billing_mode"], row["credit_limit_micro_usd"], row["credit_month"], row["suspended"])
        return KeyRecord(row["key_id"], row["customer_id"], bytes(row["secret_hash"]),
                         row["requests_per_minute"], row["revoked"], row["customer_budget"], row["key_budget"],
                         billing)
