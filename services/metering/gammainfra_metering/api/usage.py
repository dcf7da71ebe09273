"""One customer's usage for the customer console (fronted by the gateway's
`GET /v1/account/usage` and `GET /v1/account/requests`, which always pass the API
key's own customer id):

    GET /v1/usage/daily?customer_id=C&from=YYYY-MM-DD&to=YYYY-MM-DD
        totals per (UTC day, model, provider) from daily_usage; `to` exclusive
    GET /v1/usage/requests?customer_id=C&from=T1&to=T2&limit=N[&cursor=K]
        the request log's metadata, newest first, N rows a page; `next_cursor`
        continues where the page ended (keyset on finished_at, event_id: a page
        costs the same however deep it is)

Read-only; bad input gets 400 in OpenAI's error shape. Money is integer micro-USD.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import asyncpg
from aiohttp import web

from gammainfra_schemas.timestamps import format_utc, is_rfc3339_utc, parse_utc

USAGE_POOL = web.AppKey("usage_pool", asyncpg.Pool)
MAX_DAYS = 366
MAX_PAGE = 200
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")
_EVENT_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
# What one row of the console's request log shows: metadata the policy lists, nothing else.
LOG_COLUMNS = ("request_id", "api_key_id", "started_at", "finished_at", "model_requested", "model_dispatched",
               "provider", "byok", "stream", "status", "http_status", "prompt_tokens", "completion_tokens",
               "latency_ms", "ttfb_ms", "task_label", "cost_micro_usd", "platform_fee_micro_usd",
               "error_type", "error_provider")
_DAILY = ("SELECT day, model, provider, sum(requests)::bigint AS requests, sum(successful)::bigint AS successful, "
          "sum(prompt_tokens)::bigint AS prompt_tokens, sum(completion_tokens)::bigint AS completion_tokens, "
          "sum(cost_micro_usd)::bigint AS cost_micro_usd, "
          "sum(platform_fee_micro_usd)::bigint AS platform_fee_micro_usd "
          "FROM daily_usage WHERE customer_id = $1 AND day >= $2 AND day < $3 "
          "GROUP BY day, model, provider ORDER BY day, model, provider")
_PAGE = (f"SELECT event_id, {', '.join(LOG_COLUMNS)} FROM request_log "
         "WHERE customer_id = $1 AND finished_at >= $2 AND finished_at < $3 "
         "AND (finished_at, event_id) < ($4, $5) ORDER BY finished_at DESC, event_id DESC LIMIT $6")


def _bad(message: str, param: str) -> web.HTTPBadRequest:
    return web.HTTPBadRequest(
        text=web.json_response({"error": {"message": message, "type": "invalid_request_error",
                                          "param": param, "code": "invalid_value"}}).text,
        content_type="application/json")


def _customer(request: web.Request) -> str:
    customer_id = request.query.get("customer_id", "")
    if not _ID.match(customer_id):
        raise _bad("customer_id is required and must be a customer id", "customer_id")
    return customer_id


def _day(request: web.Request, name: str) -> date:
    raw = request.query.get(name, "")
    try:
        if len(raw) != 10:
            raise ValueError(raw)
        return date.fromisoformat(raw)
    except ValueError:
        raise _bad(f"{name} must be a date like 2026-11-01", name) from None


def _moment(request: web.Request, name: str) -> datetime:
    raw = request.query.get(name, "")
    if not is_rfc3339_utc(raw):
        raise _bad(f"{name} must be an RFC 3339 UTC timestamp like 2026-11-01T00:00:00Z", name)
    return parse_utc(raw)


def _plain(value):
    return format_utc(value) if isinstance(value, datetime) else value


async def daily_usage(request: web.Request) -> web.Response:
    customer_id = _customer(request)
    start, end = _day(request, "from"), _day(request, "to")
    if not start < end or end - start > timedelta(days=MAX_DAYS):
        raise _bad(f"from must be earlier than to, at most {MAX_DAYS} days apart", "from")
    rows = await request.app[USAGE_POOL].fetch(_DAILY, customer_id, start, end)
    return web.json_response({"object": "list", "from": start.isoformat(), "to": end.isoformat(),
                              "data": [{**dict(r), "day": r["day"].isoformat()} for r in rows]})


def decode_cursor(raw: str) -> tuple[datetime, str] | None:
    """`<finished_at RFC 3339>~<event_id>` as the previous page's last row left it."""
    moment, sep, event_id = raw.partition("~")
    if not sep or not is_rfc3339_utc(moment) or not _EVENT_ID.match(event_id):
        return None
    return parse_utc(moment), event_id


async def request_page(request: web.Request) -> web.Response:
    customer_id = _customer(request)
    start, end = _moment(request, "from"), _moment(request, "to")
    if start >= end:
        raise _bad("from must be earlier than to", "from")
    raw_limit = request.query.get("limit", "50")
    if not raw_limit.isdigit() or not 1 <= int(raw_limit) <= MAX_PAGE:
        raise _bad(f"limit must be a whole number from 1 to {MAX_PAGE}", "limit")
    limit = int(raw_limit)
    # The first page starts at `to`: every row before it compares below (to, "").
    after = (end, "")
    if "cursor" in request.query:
        after = decode_cursor(request.query["cursor"])
        if after is None:
            raise _bad("cursor must be a next_cursor this API returned", "cursor")
    rows = await request.app[USAGE_POOL].fetch(_PAGE, customer_id, start, end, after[0], after[1], limit + 1)
    page, has_more = rows[:limit], len(rows) > limit
    next_cursor = f"{format_utc(page[-1]['finished_at'])}~{page[-1]['event_id']}" if has_more else None
    return web.json_response({"object": "list", "has_more": has_more, "next_cursor": next_cursor,
                              "data": [{c: _plain(r[c]) for c in LOG_COLUMNS} for r in page]})


def add_usage_routes(app: web.Application, pool) -> None:
    app[USAGE_POOL] = pool
    app.router.add_get("/v1/usage/daily", daily_usage)
    app.router.add_get("/v1/usage/requests", request_page)
