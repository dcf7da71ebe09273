"""`GET /internal/accounts/{customer_id}` on the gateway's ops server: the email
and name billing passes to Stripe (billing never reads the gateway's tables and
never stores these). Loopback callers only, whatever address the ops server
binds; 404 for an account that does not exist (any more). Never logged."""

from __future__ import annotations

import ipaddress

import orjson
from aiohttp import web


def account_contact_route(accounts_getter):
    async def handler(request: web.Request) -> web.Response:
        try:
            loopback = ipaddress.ip_address(request.remote or "").is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            return web.Response(status=403, text="loopback only\n")
        from ..errors import NotFound
        try:
            account = await accounts_getter().get(request.match_info["customer_id"])
        except NotFound:
            return web.Response(status=404, body=b'{"error": "not_found"}', content_type="application/json")
        return web.Response(body=orjson.dumps({"customer_id": account.customer_id, "email": account.email,
                                               "name": account.name}), content_type="application/json")

    return handler
