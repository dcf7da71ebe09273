"""Where the export's sections come from.

`GatewaySections` reads the gateway's own tables (customer-scoped SQL): the
account, its API keys (ids, names, limits, dates; never a secret or hash), its
BYOK providers (provider and dates; never the key, nor its hint) and budgets.

`InternalApis` streams from the services that own the rest:
- metering `GET /v1/exports/request-log` (NDJSON, every row of every month) and
  `GET /v1/exports/monthly-usage` (the totals kept after the 24-month purge);
- metering `GET /v1/usage/daily` and `/v1/usage/requests` (the console's usage pages);
- billing `GET /v1/exports/billing?customer_id=C` (NDJSON, one invoice or credit
  per line) — the hook billing fills (GI_GATEWAY_BILLING_API_URL). Unset, failing or
  unreachable: the section says `unavailable` with a reason, never silently empty.
Raises `UpstreamUnavailable` when metering cannot start the stream (the handler
answers 503 before sending anything).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import aiohttp
import asyncpg
import orjson

from gammainfra_common.kafka.cloudevents import rfc3339

EPOCH, FAR_FUTURE = "1970-01-01T00:00:00Z", "9999-01-01T00:00:00Z"
CHUNK = 256 * 1024


class UpstreamUnavailable(Exception):
    pass


def _ts(value):
    return None if value is None else rfc3339(value)


class GatewaySections:
    def __init__(self, pool: asyncpg.Pool, schema: str = "gateway") -> None:
        self._pool, self._s = pool, schema

    async def account(self, customer_id: str) -> dict | None:
        row = await self._pool.fetchrow(
            f"SELECT customer_id, email, name, processing_objection, byok_fallback_to_managed, "
            f"monthly_budget_micro_usd, created_at, updated_at FROM {self._s}.accounts WHERE customer_id = $1",
            customer_id)
        if row is None:
            return None
        return {**dict(row), "created_at": _ts(row["created_at"]), "updated_at": _ts(row["updated_at"])}

    async def api_keys(self, customer_id: str) -> list[dict]:
        rows = await self._pool.fetch(
            f"SELECT key_id, name, requests_per_minute, monthly_budget_micro_usd, created_at, revoked_at "
            f"FROM {self._s}.api_keys WHERE customer_id = $1 ORDER BY created_at, key_id", customer_id)
        return [{**dict(r), "created_at": _ts(r["created_at"]), "revoked_at": _ts(r["revoked_at"]),
                 "active": r["revoked_at"] is None} for r in rows]

    async def byok_providers(self, customer_id: str) -> list[dict]:
        rows = await self._pool.fetch(
            f"SELECT provider, created_at, updated_at FROM {self._s}.byok_keys WHERE customer_id = $1 "
            f"ORDER BY provider", customer_id)
        return [{"provider": r["provider"], "created_at": _ts(r["created_at"]),
                 "updated_at": _ts(r["updated_at"])} for r in rows]


def budgets_of(account: dict, keys: list[dict]) -> list[dict]:
    """The monthly budgets set on the account and on each key (null: none)."""
    return ([{"scope": "account", "monthly_budget_micro_usd": account["monthly_budget_micro_usd"]}]
            + [{"scope": "api_key", "key_id": k["key_id"], "monthly_budget_micro_usd": k["monthly_budget_micro_usd"]}
               for k in keys if k["monthly_budget_micro_usd"] is not None])


@dataclass(frozen=True)
class BillingSection:
    status: str            # "available" | "unavailable"
    reason: str | None
    records: list[dict]


class InternalApis:
    def __init__(self, session: aiohttp.ClientSession, metering_url: str, billing_url: str | None) -> None:
        self._http, self._metering, self._billing = session, metering_url.rstrip("/"), billing_url

    async def open_request_log(self, customer_id: str) -> aiohttp.ClientResponse:
        """The metering stream, opened (status checked) but not read yet."""
        try:
            resp = await self._http.get(f"{self._metering}/v1/exports/request-log", params={
                "customer_id": customer_id, "from": EPOCH, "to": FAR_FUTURE, "format": "ndjson"})
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise UpstreamUnavailable(f"metering: {type(exc).__name__}") from exc
        if resp.status != 200:
            resp.release()
            raise UpstreamUnavailable(f"metering: HTTP {resp.status}")
        return resp

    async def monthly_totals(self, customer_id: str) -> list[dict]:
        try:
            async with self._http.get(f"{self._metering}/v1/exports/monthly-usage",
                                      params={"customer_id": customer_id}) as resp:
                if resp.status != 200:
                    raise UpstreamUnavailable(f"metering: HTTP {resp.status}")
                return [orjson.loads(line) for line in (await resp.read()).splitlines() if line.strip()]
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise UpstreamUnavailable(f"metering: {type(exc).__name__}") from exc

    async def usage(self, path: str, params: dict[str, str]) -> tuple[int, bytes]:
        """(status, JSON body) of metering's usage API (`/v1/usage/...`), for the
        console's usage routes; metering's 4xx answers are already in the API's shape."""
        try:
            async with self._http.get(f"{self._metering}{path}", params=params,
                                      timeout=aiohttp.ClientTimeout(total=30)) as resp:
                return resp.status, await resp.read()
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise UpstreamUnavailable(f"metering: {type(exc).__name__}") from exc

    async def billing(self, customer_id: str) -> BillingSection:
        if not self._billing:
            return BillingSection("unavailable", "billing_not_configured", [])
        try:
            async with self._http.get(f"{self._billing.rstrip('/')}/v1/exports/billing",
                                      params={"customer_id": customer_id}) as resp:
                if resp.status != 200:
                    return BillingSection("unavailable", f"billing_http_{resp.status}", [])
                lines = (await resp.read()).splitlines()  # invoices are monthly: a handful per year
                return BillingSection("available", None, [orjson.loads(x) for x in lines if x.strip()])
        except (aiohttp.ClientError, TimeoutError, orjson.JSONDecodeError) as exc:
            return BillingSection("unavailable", f"billing_unreachable_{type(exc).__name__}", [])


async def ndjson_batches(resp: aiohttp.ClientResponse) -> AsyncIterator[list[bytes]]:
    """Complete NDJSON lines of a streamed response, a network chunk's worth at a
    time (memory: one chunk plus one partial line)."""
    rest = b""
    async for chunk in resp.content.iter_chunked(CHUNK):
        lines = (rest + chunk).split(b"\n")
        rest = lines.pop()
        if lines:
            yield [line for line in lines if line]
    if rest.strip():
        yield [rest]
