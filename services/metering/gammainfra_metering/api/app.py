"""The export API: `GET /v1/exports/request-log` streams one customer's request
log for a time range as NDJSON, CSV or JSON, in constant memory (server-side
cursor, one chunk in memory at a time, the socket's backpressure respected).

    GET /v1/exports/request-log?customer_id=C&from=T1&to=T2&format=ndjson|csv|json
    GET /v1/exports/monthly-usage?customer_id=C   (NDJSON: the monthly totals kept
        after the 24-month purge, one line per month, model and provider)

`from` is inclusive, `to` exclusive, both RFC 3339 UTC (`...Z`). Bad input gets
400 with `{"error": {"message", "type": "invalid_request_error", "param", "code"}}`.
Internal: bind it to a private address; the gateway's account API will front it.

    GET /v1/totals?from=T1&to=T2     per (customer, model, provider) totals for billing's audit
    GET /v1/usage/daily, /v1/usage/requests   the customer console's usage (see usage.py)
"""

from __future__ import annotations

import re

import asyncpg
import orjson
import structlog
from aiohttp import web

from gammainfra_schemas.timestamps import is_rfc3339_utc, parse_utc

from ..adapters.exports import MONTHLY_USAGE, stream_request_log
from .formats import FORMATS
from .usage import add_usage_routes

log = structlog.get_logger(__name__)

POOL = web.AppKey("pool", asyncpg.Pool)
FETCH_ROWS = web.AppKey("fetch_rows", int)
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")


def _bad(message: str, param: str) -> web.HTTPBadRequest:
    return web.HTTPBadRequest(
        text=web.json_response({"error": {"message": message, "type": "invalid_request_error",
                                          "param": param, "code": "invalid_value"}}).text,
        content_type="application/json")


async def export_request_log(request: web.Request) -> web.StreamResponse:
    q = request.query
    customer_id = q.get("customer_id", "")
    if not _ID.match(customer_id):
        raise _bad("customer_id is required and must be a customer id", "customer_id")
    bounds = {}
    for name in ("from", "to"):
        raw = q.get(name, "")
        if not is_rfc3339_utc(raw):
            raise _bad(f"{name} must be an RFC 3339 UTC timestamp like 2026-11-01T00:00:00Z", name)
        bounds[name] = parse_utc(raw)
    if bounds["from"] >= bounds["to"]:
        raise _bad("from must be earlier than to", "from")
    fmt_name = q.get("format", "ndjson")
    fmt = FORMATS.get(fmt_name)
    if fmt is None:
        raise _bad(f"format must be one of {', '.join(FORMATS)}", "format")

    response = web.StreamResponse(headers={
        "Content-Type": fmt.content_type,
        "Content-Disposition": f'attachment; filename="request-log-{customer_id}.{fmt.extension}"'})
    response.enable_chunked_encoding()
    await response.prepare(request)
    await response.write(fmt.head)
    first, rows_sent = True, 0
    async for rows in stream_request_log(request.app[POOL], customer_id, bounds["from"], bounds["to"],
                                         fetch_rows=request.app[FETCH_ROWS]):
        await response.write(fmt.encode(rows, first))  # awaits the socket: backpressure
        first = False
        rows_sent += len(rows)
    await response.write(fmt.tail)
    await response.write_eof()
    log.info("request log exported", customer_id=customer_id, rows=rows_sent, format=fmt_name)
    return response


async def usage_totals(request: web.Request) -> web.Response:
    """`GET /v1/totals?from=T1&to=T2`: per (customer, model, provider) totals of the
    usage finished in [T1, T2) (whole UTC days, from daily_usage), for billing's audit.
    Model and provider are '' where the request never reached one."""
    bounds = {}
    for name in ("from", "to"):
        raw = request.query.get(name, "")
        if not is_rfc3339_utc(raw):
            raise _bad(f"{name} must be an RFC 3339 UTC timestamp like 2026-11-01T00:00:00Z", name)
        bounds[name] = parse_utc(raw)
        if bounds[name] != bounds[name].replace(hour=0, minute=0, second=0, microsecond=0):
            raise _bad(f"{name} must be a UTC midnight (totals are per day)", name)
    rows = await request.app[POOL].fetch(
        "SELECT customer_id, model, provider, sum(requests)::bigint AS requests, "
        "sum(prompt_tokens)::bigint AS prompt_tokens, sum(completion_tokens)::bigint AS completion_tokens, "
        "sum(cost_micro_usd)::bigint AS cost_micro_usd, sum(platform_fee_micro_usd)::bigint AS platform_fee_micro_usd "
        "FROM daily_usage WHERE day >= $1::date AND day < $2::date GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
        bounds["from"].date(), bounds["to"].date())
    return web.json_response({"object": "list", "data": [dict(r) for r in rows]})


async def export_monthly_usage(request: web.Request) -> web.StreamResponse:
    customer_id = request.query.get("customer_id", "")
    if not _ID.match(customer_id):
        raise _bad("customer_id is required and must be a customer id", "customer_id")
    response = web.StreamResponse(headers={"Content-Type": "application/x-ndjson"})
    response.enable_chunked_encoding()
    await response.prepare(request)
    async with request.app[POOL].acquire() as conn:
        rows = await conn.fetch(MONTHLY_USAGE, customer_id)  # months x models: small by construction
    for row in rows:
        await response.write(orjson.dumps({**dict(row), "month": row["month"].isoformat()[:7]}) + b"\n")
    await response.write_eof()
    return response


def create_export_app(pool: asyncpg.Pool, *, fetch_rows: int) -> web.Application:
    app = web.Application()
    app[POOL] = pool
    app[FETCH_ROWS] = fetch_rows
    app.router.add_get("/v1/exports/request-log", export_request_log)
    app.router.add_get("/v1/totals", usage_totals)
    app.router.add_get("/v1/exports/monthly-usage", export_monthly_usage)
    add_usage_routes(app, pool)
    return app
