"""InvoiceStore: billing's invoices in PostgreSQL.

`freeze(period)` is the one step that decides what an invoice contains, in one
transaction: every postpaid usage row finished before the period's end and not
yet on an invoice is assigned to its customer's invoice of that period
(`inv_<YYYY-MM>_<customer>`), the lines are computed from exactly those rows
(domain.lines) and stored, and the period is marked closed. Rows that arrive
later stay unassigned and go on the next period's invoice as adjustments, so
every row is invoiced once. Freezing a period twice does nothing.

The Stripe side (create, items, finalize) then only ever reads the frozen
lines, and records each Stripe id as soon as it has it.
"""

from __future__ import annotations

from datetime import datetime

import asyncpg

from ..domain.events import invoice_event
from ..domain.lines import InvoiceLine, UsageGroup, build_lines
from ..domain.periods import Period
from .outbox import stage

FREEZE_ASSIGN = """
WITH eligible AS (
    SELECT DISTINCT customer_id FROM usage_events
     WHERE invoice_id IS NULL AND mode = 'postpaid' AND finished_at < $2
),
created AS (
    INSERT INTO invoices (invoice_id, customer_id, period, status, amount_micro_usd, platform_fee_micro_usd,
                          amount_cents)
    SELECT 'inv_' || $1 || '_' || customer_id, customer_id, $1, 'frozen', 0, 0, 0 FROM eligible
    ON CONFLICT (customer_id, period) DO NOTHING
    RETURNING invoice_id, customer_id
)
UPDATE usage_events u SET invoice_id = c.invoice_id
  FROM created c
 WHERE u.customer_id = c.customer_id AND u.invoice_id IS NULL AND u.mode = 'postpaid' AND u.finished_at < $2
"""

GROUPS = """
SELECT invoice_id, to_char(finished_at AT TIME ZONE 'UTC', 'YYYY-MM') AS usage_period, model, provider, byok,
       count(*) AS requests, sum(prompt_tokens)::bigint AS prompt_tokens,
       sum(completion_tokens)::bigint AS completion_tokens, sum(cost_micro_usd)::bigint AS cost,
       sum(platform_fee_micro_usd)::bigint AS fee
  FROM usage_events WHERE invoice_id = ANY($1::text[])
 GROUP BY 1, 2, 3, 4, 5
"""


class InvoiceStore:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def is_closed(self, period: Period) -> bool:
        return bool(await self.pool.fetchval("SELECT 1 FROM period_closes WHERE period = $1", period.name))

    async def freeze(self, period: Period, closed_at: datetime) -> int:
        """Assign, compute and store the period's invoices; returns how many were made (0 if closed before)."""
        async with self.pool.acquire() as conn, conn.transaction():
            done = await conn.fetchval(
                "INSERT INTO period_closes (period, closed_at, invoices) VALUES ($1, $2, 0) "
                "ON CONFLICT (period) DO NOTHING RETURNING 1", period.name, closed_at)
            if not done:
                return 0
            await conn.execute(FREEZE_ASSIGN, period.name, period.end)
            ids = [r["invoice_id"] for r in await conn.fetch(
                "SELECT invoice_id FROM invoices WHERE period = $1 AND status = 'frozen'", period.name)]
            groups: dict[str, list[UsageGroup]] = {}
            for r in await conn.fetch(GROUPS, ids):
                if r["cost"] == 0 and r["fee"] == 0 and r["prompt_tokens"] == 0 and r["completion_tokens"] == 0:
                    continue  # requests refused before any provider call: nothing to bill
                groups.setdefault(r["invoice_id"], []).append(UsageGroup(
                    r["usage_period"], r["model"], r["provider"], r["byok"], r["requests"], r["prompt_tokens"],
                    r["completion_tokens"], r["cost"], r["fee"]))
            line_rows, totals = [], []
            for invoice_id in ids:
                lines = build_lines(period.name, groups.get(invoice_id, []))
                line_rows.extend(_line_row(invoice_id, line) for line in lines)
                fee = sum(line.amount_micro_usd for line in lines if line.kind in ("platform_fee", "byok_fee"))
                totals.append((invoice_id, sum(line.amount_micro_usd for line in lines), fee,
                               sum(line.amount_cents for line in lines)))
            await conn.executemany(
                "INSERT INTO invoice_lines (invoice_id, line_key, kind, usage_period, model, provider, requests, "
                "prompt_tokens, completion_tokens, amount_micro_usd, amount_cents, description) "
                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)", line_rows)
            await conn.executemany(
                "UPDATE invoices SET amount_micro_usd = $2::bigint, platform_fee_micro_usd = $3::bigint, "
                "amount_cents = $4::bigint, status = CASE WHEN $4::bigint > 0 THEN 'frozen' ELSE 'nothing_due' END "
                "WHERE invoice_id = $1", totals)
            await conn.execute("UPDATE period_closes SET invoices = $2 WHERE period = $1", period.name, len(ids))
            return len(ids)

    async def unfinished(self, period: Period | None = None) -> list[dict]:
        """Invoices whose Stripe side is not finished (frozen or draft), oldest first."""
        rows = await self.pool.fetch(
            "SELECT i.*, c.stripe_customer_id FROM invoices i LEFT JOIN customers c USING (customer_id) "
            "WHERE status IN ('frozen', 'draft') AND ($1::text IS NULL OR period = $1) ORDER BY period, invoice_id",
            period.name if period else None)
        return [dict(r) for r in rows]

    async def lines(self, invoice_id: str) -> list[dict]:
        return [dict(r) for r in await self.pool.fetch(
            "SELECT * FROM invoice_lines WHERE invoice_id = $1 ORDER BY line_key", invoice_id)]

    async def set_line_item(self, invoice_id: str, line_key: str, item_id: str) -> None:
        await self.pool.execute("UPDATE invoice_lines SET stripe_invoice_item_id = $3 "
                                "WHERE invoice_id = $1 AND line_key = $2", invoice_id, line_key, item_id)

    async def model_lines(self, conn, invoice_id: str) -> list[dict]:
        rows = await conn.fetch(
            "SELECT model, provider, sum(prompt_tokens)::bigint AS prompt_tokens, "
            "sum(completion_tokens)::bigint AS completion_tokens, "
            "sum(platform_fee_micro_usd + CASE WHEN byok THEN 0 ELSE cost_micro_usd END)::bigint AS amount_micro_usd "
            "FROM usage_events WHERE invoice_id = $1 GROUP BY model, provider ORDER BY model, provider", invoice_id)
        return [dict(r) for r in rows]

    async def transition(self, invoice_id: str, *, status: str, event_kind: str | None, at: datetime,
                         topic: str, fields: dict | None = None) -> dict | None:
        """Set the status (and columns in `fields`) and stage the invoice event, in one transaction."""
        fields = dict(fields or {})
        stamp = {"open": "finalized_at", "paid": "paid_at", "payment_failed": "payment_failed_at"}.get(status)
        if stamp:
            fields[stamp] = at
        sets = ", ".join(f"{name} = ${i + 3}" for i, name in enumerate(fields))
        async with self.pool.acquire() as conn, conn.transaction():
            row = await conn.fetchrow(
                f"UPDATE invoices SET status = $2{', ' + sets if sets else ''} WHERE invoice_id = $1 RETURNING *",
                invoice_id, status, *fields.values())
            if row is None:
                return None
            if event_kind is not None:
                data = invoice_event(event_kind, invoice=dict(row), model_lines=await self.model_lines(conn, invoice_id),
                                     at=at)
                await stage(conn, topic=topic, key=row["customer_id"], ce_type=f"com.gammainfra.{data['type']}",
                            source="/gammainfra/billing",
                            dataschema="https://gammainfra.com/schemas/billing.invoices.v1/v1.schema.json",
                            data=data)
            return dict(row)

    async def by_stripe_id(self, conn, stripe_invoice_id: str) -> dict | None:
        row = await conn.fetchrow("SELECT * FROM invoices WHERE stripe_invoice_id = $1", stripe_invoice_id)
        return dict(row) if row else None

    async def for_customer(self, customer_id: str) -> list[dict]:
        return [dict(r) for r in await self.pool.fetch(
            "SELECT invoice_id, period, amount_cents, amount_micro_usd, status, stripe_invoice_id, hosted_invoice_url "
            "FROM invoices WHERE customer_id = $1 ORDER BY period DESC", customer_id)]


def _line_row(invoice_id: str, line: InvoiceLine) -> tuple:
    return (invoice_id, line.line_key, line.kind, line.usage_period, line.model, line.provider, line.requests,
            line.prompt_tokens, line.completion_tokens, line.amount_micro_usd, line.amount_cents, line.description)
