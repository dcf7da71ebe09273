"""Billing's internal API and Stripe webhook receiver (127.0.0.1:9114 by default).

    POST /v1/billing/webhooks/stripe                       Stripe -> billing (signature checked; no key)
    POST /internal/v1/customers/{customer_id}/checkout     {"amount_usd": N, "request_id"?}
    GET  /internal/v1/customers/{customer_id}/billing      mode, balance, current spend, invoices
    PUT  /internal/v1/customers/{customer_id}/mode         {"mode": "postpaid"|"credit", "auto_topup_threshold_usd"?}
    GET  /v1/exports/billing?customer_id=C                 NDJSON: billing account, invoices (with lines), credits

The customer routes are internal: the gateway fronts them (`/v1/account/credits/checkout`,
`/v1/account/billing`) with the customer taken from the API key. Errors in
OpenAI's shape `{"error": {"message", "type", "param", "code"}}`; no route sets a cookie.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime

import asyncpg
import orjson
import structlog
from aiohttp import web

from ..adapters.customer_export import customer_records
from ..adapters.account_directory import DirectoryUnavailable
from ..adapters.stripe_api import StripeUnavailable
from ..app.credits import CreditService, CustomerGone
from ..app.webhooks import BadSignature, WebhookHandler
from ..metrics import BillingMetrics

log = structlog.get_logger(__name__)

WEBHOOKS = web.AppKey("webhooks", WebhookHandler)
CREDITS = web.AppKey("credits", CreditService)
METRICS = web.AppKey("metrics", BillingMetrics)
POOL = web.AppKey("pool", asyncpg.Pool)
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")


def _json(body: dict, status: int = 200) -> web.Response:
    return web.Response(status=status, body=orjson.dumps(body), content_type="application/json")


def _error(status: int, message: str, *, type_: str = "invalid_request_error", param: str | None = None,
           code: str | None = None) -> web.Response:
    return _json({"error": {"message": message, "type": type_, "param": param, "code": code}}, status)


def _customer(request: web.Request) -> str | None:
    cid = request.match_info["customer_id"]
    return cid if _ID.match(cid) else None


async def _body(request: web.Request) -> dict | None:
    try:
        body = orjson.loads(await request.read() or b"{}")
    except orjson.JSONDecodeError:
        return None
    return body if isinstance(body, dict) else None


async def stripe_webhook(request: web.Request) -> web.Response:
    metrics = request.app[METRICS]
    try:
        result = await request.app[WEBHOOKS].handle(await request.read(), request.headers.get("Stripe-Signature"),
                                                    datetime.now(UTC))
    except BadSignature as exc:
        metrics.webhooks.labels("bad_signature").inc()
        log.warning("stripe webhook refused: bad or missing signature", reason=str(exc))
        return _error(400, "Invalid Stripe signature.", code="invalid_signature")
    except Exception:
        metrics.webhooks.labels("failed").inc()  # the middleware answers 5xx; Stripe redelivers
        raise
    metrics.webhooks.labels("duplicate" if result["duplicate"] else "handled").inc()
    if not result["duplicate"]:
        metrics.webhook_effects.labels(result["outcome"]).inc()
    return _json(result)


async def checkout(request: web.Request) -> web.Response:
    customer_id, body = _customer(request), await _body(request)
    if customer_id is None:
        return _error(400, "customer_id is not a customer id", param="customer_id")
    if body is None or "amount_usd" not in body:
        return _error(400, "Send a JSON body like {\"amount_usd\": 10}.", param="amount_usd", code="missing_param")
    unknown = set(body) - {"amount_usd", "request_id"}
    if unknown:
        return _error(400, f"Unknown field: {sorted(unknown)[0]}", param=sorted(unknown)[0], code="unknown_param")
    request_id = body.get("request_id") or uuid.uuid4().hex
    if not isinstance(request_id, str) or not _ID.match(request_id):
        return _error(400, "request_id must be an id", param="request_id")
    try:
        return _json(await request.app[CREDITS].checkout(customer_id, body["amount_usd"], request_id), 201)
    except ValueError as exc:
        return _error(400, str(exc), param="amount_usd", code="invalid_value")
    except CustomerGone:
        return _error(404, "No such account.", code="not_found")


async def billing_summary(request: web.Request) -> web.Response:
    customer_id = _customer(request)
    if customer_id is None:
        return _error(400, "customer_id is not a customer id", param="customer_id")
    return _json(await request.app[CREDITS].summary(customer_id, datetime.now(UTC)))


async def set_mode(request: web.Request) -> web.Response:
    customer_id, body = _customer(request), await _body(request)
    if customer_id is None or body is None or body.get("mode") not in ("postpaid", "credit"):
        return _error(400, "Send {\"mode\": \"postpaid\" | \"credit\"}.", param="mode")
    threshold = body.get("auto_topup_threshold_usd")
    if threshold is not None and (isinstance(threshold, bool) or not isinstance(threshold, (int, float))
                                  or threshold < 0):
        return _error(400, "auto_topup_threshold_usd must be a non-negative number", param="auto_topup_threshold_usd")
    state = await request.app[CREDITS].set_mode(
        customer_id, body["mode"], datetime.now(UTC),
        auto_topup_threshold_micro_usd=None if threshold is None else int(round(threshold * 1e6)))
    return _json(state)


async def export_customer(request: web.Request) -> web.StreamResponse:
    """The customer's billing records for the gateway's account export, one JSON object per line."""
    customer_id = request.query.get("customer_id", "")
    if not _ID.match(customer_id):
        return _error(400, "customer_id is required and must be a customer id", param="customer_id")
    response = web.StreamResponse(headers={"Content-Type": "application/x-ndjson"})
    response.enable_chunked_encoding()
    await response.prepare(request)
    async for record in customer_records(request.app[POOL], customer_id):
        await response.write(orjson.dumps(record) + b"\n")
    await response.write_eof()
    return response


@web.middleware
async def errors_as_json(request: web.Request, handler):
    """Every answer in OpenAI's error shape: Stripe or the gateway unreachable is 503
    (retry later), anything unexpected a logged 500 without request content."""
    try:
        return await handler(request)
    except web.HTTPException as exc:
        return _error(exc.status, exc.reason or "Bad request.")
    except (StripeUnavailable, DirectoryUnavailable) as exc:
        log.warning("dependency unavailable", route=request.path.split("/")[-1], error=str(exc))
        return _error(503, "Billing cannot reach a dependency; retry shortly.", type_="server_error",
                      code="billing_unavailable")
    except Exception:  # noqa: BLE001 - the boundary: a bug becomes a JSON 500, logged
        log.exception("unhandled error in billing's API", route=request.path.split("/")[-1])
        return _error(500, "Billing failed to handle this request.", type_="server_error", code="internal_error")


def create_api_app(webhooks: WebhookHandler, credits: CreditService, metrics: BillingMetrics,
                   pool: asyncpg.Pool) -> web.Application:
    app = web.Application(client_max_size=1024 * 1024, middlewares=[errors_as_json])
    app[POOL] = pool
    app[WEBHOOKS] = webhooks
    app[CREDITS] = credits
    app[METRICS] = metrics
    app.router.add_post("/v1/billing/webhooks/stripe", stripe_webhook)
    app.router.add_post("/internal/v1/customers/{customer_id}/checkout", checkout)
    app.router.add_get("/internal/v1/customers/{customer_id}/billing", billing_summary)
    app.router.add_put("/internal/v1/customers/{customer_id}/mode", set_mode)
    app.router.add_get("/v1/exports/billing", export_customer)
    return app
