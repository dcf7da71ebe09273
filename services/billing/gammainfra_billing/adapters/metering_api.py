"""Metering's per (customer, model, provider) usage totals for a time range,
through its internal API (`GET /v1/totals`), never its tables.

Raises `aiohttp.ClientError` when metering cannot be reached."""

from __future__ import annotations

from datetime import datetime

import aiohttp

from gammainfra_schemas.timestamps import format_utc


async def metering_totals(session: aiohttp.ClientSession, base_url: str, start: datetime,
                          end: datetime) -> dict[tuple[str, str, str], dict[str, int]]:
    async with session.get(f"{base_url.rstrip('/')}/v1/totals",
                           params={"from": format_utc(start), "to": format_utc(end)},
                           timeout=aiohttp.ClientTimeout(total=120)) as resp:
        resp.raise_for_status()
        body = await resp.json()
    return {(r["customer_id"], r["model"] or "none", r["provider"] or "none"):
            {k: r[k] for k in ("requests", "prompt_tokens", "completion_tokens", "cost_micro_usd",
                               "platform_fee_micro_usd")} for r in body["data"]}
