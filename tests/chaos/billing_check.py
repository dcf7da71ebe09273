"""After a scenario, billing against the ledger: every event of a 2xx request is in
billing's usage (its schema, deduplicated by event id like the ledger), and each
customer's spend this period as billing's API reports it (what their invoice line
will charge) equals the charge the ledger's rows for that customer add up to."""

from __future__ import annotations

from datetime import UTC, datetime

import aiohttp

# Billing's charge rule (a BYOK request pays only the platform fee), applied to the ledger's rows.
LEDGER_CHARGE = "platform_fee_micro_usd + CASE WHEN byok THEN 0 ELSE cost_micro_usd END"


async def unbilled(db, ledger_schema: str, billing_schema: str, request_ids: set[str]) -> int:
    """Ledger events of these requests that billing has no usage row for."""
    return await db.fetchval(
        f'SELECT count(*) FROM "{ledger_schema}".request_log l WHERE l.request_id = ANY($1::text[]) '
        f'AND NOT EXISTS (SELECT 1 FROM "{billing_schema}".usage_events b WHERE b.event_id = l.event_id)',
        list(request_ids))


async def ledger_spend(db, ledger_schema: str, customer_ids: list[str]) -> dict[str, int]:
    month = datetime.now(UTC).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    rows = await db.fetch(
        f'SELECT customer_id, coalesce(sum({LEDGER_CHARGE}), 0)::bigint AS spend FROM "{ledger_schema}".request_log '
        f'WHERE customer_id = ANY($1::text[]) AND finished_at >= $2 GROUP BY customer_id', customer_ids, month)
    return {cid: next((r["spend"] for r in rows if r["customer_id"] == cid), 0) for cid in customer_ids}


async def billed_spend(billing_api_url: str, customer_ids: list[str]) -> dict[str, int]:
    out = {}
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as http:
        for cid in customer_ids:
            async with http.get(f"{billing_api_url}/internal/v1/customers/{cid}/billing") as resp:
                assert resp.status == 200, await resp.text()
                out[cid] = (await resp.json())["current_period"]["spend_micro_usd"]
    return out


async def invoice_check(db, system) -> tuple[int, int]:
    """(customers whose billed spend this period differs from the ledger's, the total billed)."""
    ids = [cid for cid, _ in system.customers]
    ledger = await ledger_spend(db, system.schema, ids)
    billed = await billed_spend(system.billing.api_url, ids)
    return sum(1 for cid in ids if ledger[cid] != billed[cid]), sum(billed.values())
