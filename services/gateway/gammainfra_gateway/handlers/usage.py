"""The customer console's usage routes: thin pass-throughs to metering's usage
API (metering owns the ledger; STYLE: the gateway is the edge). The customer is
always the API key's; the query is checked here so every bad input gets the
API's error shape before anything leaves the gateway.

    GET /v1/account/usage?from=YYYY-MM-DD&to=YYYY-MM-DD
        requests, tokens, cost and fee per UTC day, model and provider; `to`
        exclusive; default: the last 30 days including today; at most 366 days
    GET /v1/account/requests?from=T1&to=T2&limit=N&cursor=K
        the request log (metadata only), newest first, N (1-200, default 50) a
        page; `next_cursor` fetches the next; default range: the last 30 days

Metering unreachable or failing: 503 `usage_unavailable`.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from aiohttp import web

from gammainfra_schemas.timestamps import format_utc, is_rfc3339_utc, parse_utc

from ..appkeys import EXPORTS, PRINCIPAL
from ..errors import ApiError, InvalidRequest
from ..export.sources import UpstreamUnavailable

DEFAULT_DAYS = 30
MAX_DAYS = 366
MAX_PAGE = 200
_CURSOR = re.compile(r"^[0-9T:.Z-]{20,32}~[A-Za-z0-9._:-]{1,128}$")


class UsageUnavailable(ApiError):
    status = 503
    type = "server_error"
    code = "usage_unavailable"


def _day(request: web.Request, name: str, default: date) -> date:
    raw = request.query.get(name)
    if raw is None:
        return default
    try:
        if len(raw) != 10:
            raise ValueError(raw)
        return date.fromisoformat(raw)
    except ValueError:
        raise InvalidRequest(f"{name} must be a date like 2026-11-01.", param=name) from None


def _moment(request: web.Request, name: str, default: datetime) -> datetime:
    raw = request.query.get(name)
    if raw is None:
        return default
    if not is_rfc3339_utc(raw):
        raise InvalidRequest(f"{name} must be an RFC 3339 UTC timestamp like 2026-11-01T00:00:00Z.", param=name)
    return parse_utc(raw)


async def _relay(request: web.Request, path: str, params: dict[str, str]) -> web.Response:
    try:
        status, body = await request.app[EXPORTS][1].usage(path, params)
    except UpstreamUnavailable as exc:
        raise UsageUnavailable("Usage is temporarily unavailable; retry in a minute.") from exc
    if status != 200:  # the gateway checked the query: anything else is metering's trouble
        raise UsageUnavailable("Usage is temporarily unavailable; retry in a minute.")
    return web.Response(body=body, content_type="application/json")


async def usage_by_day(request: web.Request) -> web.Response:
    today = datetime.now(UTC).date()
    end = _day(request, "to", today + timedelta(days=1))
    start = _day(request, "from", end - timedelta(days=DEFAULT_DAYS))
    if start >= end:
        raise InvalidRequest("from must be earlier than to.", param="from")
    if (end - start).days > MAX_DAYS:
        raise InvalidRequest(f"The range is at most {MAX_DAYS} days.", param="from")
    return await _relay(request, "/v1/usage/daily", {
        "customer_id": request[PRINCIPAL].customer_id, "from": start.isoformat(), "to": end.isoformat()})


async def request_log_page(request: web.Request) -> web.Response:
    now = datetime.now(UTC)
    end = _moment(request, "to", now + timedelta(minutes=1))
    start = _moment(request, "from", end - timedelta(days=DEFAULT_DAYS))
    if start >= end:
        raise InvalidRequest("from must be earlier than to.", param="from")
    raw_limit = request.query.get("limit", "50")
    if not (raw_limit.isascii() and raw_limit.isdigit()) or not 1 <= int(raw_limit) <= MAX_PAGE:
        raise InvalidRequest(f"limit must be a whole number from 1 to {MAX_PAGE}.", param="limit")
    params = {"customer_id": request[PRINCIPAL].customer_id, "from": format_utc(start), "to": format_utc(end),
              "limit": raw_limit}
    if "cursor" in request.query:
        cursor = request.query["cursor"]
        if not _CURSOR.match(cursor) or not is_rfc3339_utc(cursor.partition("~")[0]):
            raise InvalidRequest("cursor must be a next_cursor this API returned.", param="cursor")
        params["cursor"] = cursor
    return await _relay(request, "/v1/usage/requests", params)
