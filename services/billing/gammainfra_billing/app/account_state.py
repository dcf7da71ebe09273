"""Publishes an account's billing state (billing.account_state.v1) for the gateway
to enforce: the mode, this month's credit limit for the budget guard, and
whether its API keys are suspended. Staged in the caller's transaction through
the outbox, with a per-customer version so the gateway keeps only the newest.
"""

from __future__ import annotations

from datetime import datetime

import asyncpg

from ..adapters.customer_store import CustomerStore
from ..adapters.outbox import stage
from ..domain.credits import monthly_credit_limit
from ..domain.events import STATE_SCHEMA, account_state_event
from ..domain.periods import Period


class AccountStatePublisher:
    def __init__(self, customers: CustomerStore, *, topic: str) -> None:
        self._customers = customers
        self._topic = topic

    async def publish(self, conn: asyncpg.Connection, customer_id: str, now: datetime) -> dict:
        """Call inside a transaction: the event commits with the change it announces."""
        row = await conn.fetchrow("UPDATE customers SET state_version = state_version + 1, updated_at = now() "
                                  "WHERE customer_id = $1 RETURNING mode, suspended_at, state_version", customer_id)
        if row is None:
            raise LookupError(customer_id)
        month = Period.of(now)
        limit = month_name = None
        if row["mode"] == "credit":
            granted, before, _ = await self._customers.credit_figures(conn, customer_id, month.start)
            limit, month_name = monthly_credit_limit(granted, before), month.name
        data = account_state_event(customer_id=customer_id, mode=row["mode"], credit_limit_micro_usd=limit,
                                   credit_month=month_name,
                                   suspended=row["suspended_at"] is not None, version=row["state_version"], at=now)
        await stage(conn, topic=self._topic, key=customer_id, ce_type="com.gammainfra.account_state.changed",
                    source="/gammainfra/billing", dataschema=STATE_SCHEMA, data=data)
        return data
