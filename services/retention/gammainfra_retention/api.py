"""Retention's internal read API, served on its ops port (127.0.0.1 only):

    GET /v1/erasures?customer_id=C | ?erasure_id=E   -> {"data": [erasure views]}
    GET /v1/erased-customers                         -> {"data": [customer ids]}

The gateway passes the first through to the customer (their own id only); replays
use the second. Read-only; 400 on a missing query.
"""

from __future__ import annotations

import orjson
from aiohttp import web

from .adapters.audit_trail import PostgresAuditTrail
from .views import erasure_view


def _json(body: dict, status: int = 200) -> web.Response:
    return web.Response(status=status, body=orjson.dumps(body), content_type="application/json")


def routes(trail: PostgresAuditTrail, *, timeout_s: float):
    async def erasures(request: web.Request) -> web.Response:
        customer_id = request.query.get("customer_id")
        erasure_id = request.query.get("erasure_id")
        if not customer_id and not erasure_id:
            return _json({"error": "customer_id or erasure_id is required"}, 400)
        rows = await trail.erasures(erasure_id) if erasure_id else await trail.erasures_of(customer_id)
        if customer_id:
            rows = [(r, a) for r, a in rows if r.customer_id == customer_id]
        return _json({"data": [erasure_view(r, a, timeout_s=timeout_s) for r, a in rows]})

    async def erased(_request: web.Request) -> web.Response:
        return _json({"data": await trail.erased_customer_ids()})

    return [("GET", "/v1/erasures", erasures), ("GET", "/v1/erased-customers", erased)]
