"""Customer billing routes: thin, authenticated pass-throughs to billing's
internal API (STYLE: the gateway is the edge, not the owner). The customer is
always the API key's; bodies are relayed as they are, answers too (billing
answers in OpenAI's error shape). Billing unreachable -> 503 `billing_unavailable`.

    POST /v1/account/credits/checkout   {"amount_usd": N}  -> 201 {"id", "url", "amount_usd"}
    GET  /v1/account/billing            -> mode, balance, current-period spend, invoices
    POST /v1/billing/webhooks/stripe    (no key; Stripe's signature is checked by billing)
"""

from __future__ import annotations

import aiohttp
import orjson
from aiohttp import web

from ..appkeys import PRINCIPAL, RECORD
from ..errors import ApiError, InvalidRequest
from ..requests import decode_json

BILLING_API = web.AppKey("billing_api", object)


class BillingUnavailable(ApiError):
    status = 503
    type = "server_error"
    code = "billing_unavailable"


class BillingApi:
    def __init__(self, base_url: str, session: aiohttp.ClientSession) -> None:
        self.base = base_url.rstrip("/")
        self.session = session

    async def call(self, method: str, path: str, *, body: bytes | None = None,
                   headers: dict[str, str] | None = None) -> web.Response:
        try:
            async with self.session.request(method, self.base + path, data=body, headers=headers or {},
                                            timeout=aiohttp.ClientTimeout(total=30)) as resp:
                payload = await resp.read()
                return web.Response(status=resp.status, body=payload, content_type="application/json")
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise BillingUnavailable("Billing is unavailable; retry shortly.") from exc


def _customer(request: web.Request) -> str:
    return request[PRINCIPAL].customer_id


async def credits_checkout(request: web.Request) -> web.Response:
    body = decode_json(await request.read())
    if not isinstance(body, dict) or set(body) != {"amount_usd"}:
        raise InvalidRequest("Send {\"amount_usd\": <whole-cent amount between 1 and 10000>}.", param="amount_usd")
    payload = orjson.dumps({"amount_usd": body["amount_usd"], "request_id": request[RECORD].request_id})
    return await request.app[BILLING_API].call("POST", f"/internal/v1/customers/{_customer(request)}/checkout",
                                               body=payload, headers={"Content-Type": "application/json"})


async def billing_summary(request: web.Request) -> web.Response:
    return await request.app[BILLING_API].call("GET", f"/internal/v1/customers/{_customer(request)}/billing")


async def stripe_webhook(request: web.Request) -> web.Response:
    headers = {"Content-Type": "application/json"}
    if "Stripe-Signature" in request.headers:
        headers["Stripe-Signature"] = request.headers["Stripe-Signature"]
    return await request.app[BILLING_API].call("POST", "/v1/billing/webhooks/stripe", body=await request.read(),
                                               headers=headers)
