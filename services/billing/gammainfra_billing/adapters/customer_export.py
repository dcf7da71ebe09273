"""What billing holds about one customer, for the customer's access and portability
request (the gateway's `GET /v1/account/export` streams it as its "invoices and
credits" section): the billing account (mode, Stripe customer id, suspension,
auto top-up), every invoice with its lines, and every credit grant. Read-only;
amounts in integer micro-USD (and the invoice's charged cents). Usage detail is not
repeated here: the export takes every request row from metering's ledger."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import asyncpg

INVOICES = """
    SELECT invoice_id, period, status, amount_micro_usd, platform_fee_micro_usd, amount_cents,
           stripe_invoice_id, hosted_invoice_url, created_at, finalized_at, paid_at, payment_failed_at
    FROM invoices WHERE customer_id = $1 ORDER BY period, invoice_id"""
LINES = """
    SELECT l.invoice_id, l.line_key, l.kind, l.usage_period, l.model, l.provider, l.requests, l.prompt_tokens,
           l.completion_tokens, l.amount_micro_usd, l.amount_cents
    FROM invoice_lines l JOIN invoices i USING (invoice_id)
    WHERE i.customer_id = $1 ORDER BY l.invoice_id, l.line_key"""
CREDITS = """
    SELECT grant_id, amount_micro_usd, granted_at FROM credit_grants WHERE customer_id = $1
    ORDER BY granted_at, grant_id"""
ACCOUNT = """
    SELECT mode, stripe_customer_id, suspended_at, auto_topup_threshold_micro_usd, auto_topup_amount_micro_usd,
           created_at FROM customers WHERE customer_id = $1"""


def _plain(row: asyncpg.Record) -> dict:
    return {k: v.isoformat().replace("+00:00", "Z") if isinstance(v, datetime) else v for k, v in row.items()}


async def customer_records(pool: asyncpg.Pool, customer_id: str) -> AsyncIterator[dict]:
    """One dict per record: `billing_account` (when billing knows the customer), then each
    `invoice` (with its `lines`), then each `credit`."""
    async with pool.acquire() as conn, conn.transaction(isolation="repeatable_read", readonly=True):
        account = await conn.fetchrow(ACCOUNT, customer_id)
        invoices = await conn.fetch(INVOICES, customer_id)
        lines: dict[str, list[dict]] = {}
        for line in await conn.fetch(LINES, customer_id):
            lines.setdefault(line["invoice_id"], []).append({k: v for k, v in _plain(line).items()
                                                              if k != "invoice_id"})
        credits = await conn.fetch(CREDITS, customer_id)
    if account is not None:
        yield {"kind": "billing_account", **_plain(account)}
    for invoice in invoices:
        yield {"kind": "invoice", **_plain(invoice), "lines": lines.get(invoice["invoice_id"], [])}
    for credit in credits:
        yield {"kind": "credit", "credit_id": credit["grant_id"], **{k: v for k, v in _plain(credit).items()
                                                                     if k != "grant_id"}}
