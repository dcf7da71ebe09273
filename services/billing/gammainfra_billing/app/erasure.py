"""Billing's side of erasure and purge (lifecycle.v1). Kept in its own module
so it can be wired to retention's orchestration as is.

erasure.requested -> delete the Stripe customer (idempotent: an already deleted
one counts as done), then in one transaction delete billing's personal rows for
the customer and stage the `erasure.completed` ack:
  deleted: usage_events (request detail), checkout_sessions, the customers row
  (Stripe id, mode, suspension);
  kept, because accounting law requires invoices and payments to be kept, with
  pseudonymous ids only (the random customer_id links to no one once the gateway
  erased the account): invoices (invoice_id, customer_id, period, amounts,
  status, Stripe invoice id; the hosted URL is cleared), invoice_lines (model,
  provider, tokens, amounts), credit_grants (amount, date, Stripe ids).
  The erasure itself is recorded in `erasures`; usage for an erased customer
  arriving later is never stored (usage_store), and the audit skips them.
purge.requested -> delete usage detail that finished before the cutoff (the
invoices keep the monthly totals) and ack `purge.completed`.
Commands are idempotent: seen again, the (now empty) work is redone and acked again.
"""

from __future__ import annotations

from datetime import datetime

import structlog

from gammainfra_common.kafka.cloudevents import rfc3339

from ..adapters.customer_store import CustomerStore
from ..adapters.outbox import stage
from ..adapters.stripe_api import StripeApi

log = structlog.get_logger(__name__)

LIFECYCLE_SCHEMA = "https://gammainfra.com/schemas/lifecycle.v1/v1.schema.json"


class ErasureHandler:
    def __init__(self, customers: CustomerStore, stripe_api: StripeApi, *, topic: str) -> None:
        self._customers = customers
        self._stripe = stripe_api
        self._topic = topic

    async def erase(self, erasure_id: str, customer_id: str, now: datetime) -> int:
        row = await self._customers.get(customer_id)
        if row is not None and row["stripe_customer_id"]:
            await self._stripe.delete_customer(row["stripe_customer_id"], customer_id)
        async with self._customers.pool.acquire() as conn, conn.transaction():
            deleted = 0
            for sql in ("DELETE FROM usage_events WHERE customer_id = $1",
                        "DELETE FROM checkout_sessions WHERE customer_id = $1",
                        "DELETE FROM customers WHERE customer_id = $1"):
                deleted += int((await conn.execute(sql, customer_id)).split()[-1])
            await conn.execute("UPDATE invoices SET hosted_invoice_url = NULL WHERE customer_id = $1", customer_id)
            previous = await conn.fetchval("SELECT rows_deleted FROM erasures WHERE customer_id = $1", customer_id)
            await conn.execute(
                "INSERT INTO erasures (customer_id, erasure_id, rows_deleted, completed_at) VALUES ($1, $2, $3, $4) "
                "ON CONFLICT (customer_id) DO UPDATE SET rows_deleted = erasures.rows_deleted + EXCLUDED.rows_deleted",
                customer_id, erasure_id, deleted, now)
            await stage(conn, topic=self._topic, key=customer_id, ce_type="com.gammainfra.erasure.completed",
                        source="/gammainfra/billing", dataschema=LIFECYCLE_SCHEMA,
                        data={"type": "erasure.completed", "erasure_id": erasure_id, "customer_id": customer_id,
                              "service": "billing", "rows_deleted": deleted, "completed_at": rfc3339(now)})
        log.info("customer erased from billing", customer_id=customer_id, erasure_id=erasure_id, rows_deleted=deleted,
                 repeated=previous is not None)
        return deleted

    async def purge(self, purge_id: str, cutoff: datetime, now: datetime) -> int:
        async with self._customers.pool.acquire() as conn, conn.transaction():
            status = await conn.execute("DELETE FROM usage_events WHERE finished_at < $1", cutoff)
            deleted = int(status.split()[-1])
            await stage(conn, topic=self._topic, key="purge", ce_type="com.gammainfra.purge.completed",
                        source="/gammainfra/billing", dataschema=LIFECYCLE_SCHEMA,
                        data={"type": "purge.completed", "purge_id": purge_id, "service": "billing",
                              "partitions_dropped": 0, "rows_aggregated": deleted, "completed_at": rfc3339(now)})
        log.info("billing usage detail purged", purge_id=purge_id, rows=deleted)
        return deleted
