"""Request-scoped plumbing around every handler.

- `request_context`: request id, the `RequestRecord`, OpenAI-shaped errors for
  everything (aiohttp's own 404/405/413 included; nothing escapes as a bare 500),
  and, when the request is over, one metadata-only event, metrics and one log
  line. The log line carries ids and metadata only: no content, header values,
  keys or IP addresses.
- `authenticate`: the API key from `Authorization: Bearer` or `x-api-key`; failed
  attempts are rate limited per IP (a keyed hash of it, clientip.py); then the
  customer's in-flight limit (overload.py).
- `rate_limit`: per IP and per key, one Redis round trip.
- `read_body_in_time`: the whole body within `GI_GATEWAY_BODY_TIMEOUT_S`, else 408.

The process-wide in-flight limit (overload.shed_when_full) runs before all of these.
"""

from __future__ import annotations

import asyncio
import logging
import time

import structlog
from aiohttp import web

from gammainfra_common.kafka.spool import SpoolFull
from gammainfra_schemas.llm_requests_v1 import TOPIC

from .appkeys import AUTH, CATALOG, EMITTER, LIMITER, METRICS, PRINCIPAL, RECORD, SETTINGS
from .billing.enforce import AccountSuspended, effective_limits
from .budget.guard import BUDGET
from .clientip import CLIENT_IPS
from .errors import (ANTHROPIC_ROUTES, ApiError, AuthenticationFailed, BodyTooLarge, InternalError, InvalidRequest,
                     ModelNotFound, NotFound, PaymentRequired, RateLimited, RequestTimeout)
from .overload import within_customer_limit
from .record import LLM_ROUTES, RequestRecord, new_request_id

log = structlog.get_logger("gammainfra_gateway.access")


_ACCESS_LOGGER = logging.getLogger("gammainfra_gateway.access")


def ACCESS_LOG_ENABLED() -> bool:  # noqa: N802 - reads like the constant it nearly is
    # Skip building the access line's arguments at all when INFO is filtered out. The logger
    # object is looked up once (getLogger takes the logging module's lock on every call);
    # isEnabledFor caches its answer until a level changes.
    return _ACCESS_LOGGER.isEnabledFor(logging.INFO)


PUBLIC_PATHS = {"/openapi.json", "/v1/account/signup", "/v1/billing/webhooks/stripe"}  # the last: Stripe signs it
CLIENT_CLOSED_REQUEST = 499  # nginx's convention: nobody was left to receive a status
REJECTION_TYPES = {InvalidRequest: "invalid_request", BodyTooLarge: "invalid_request",
                   RequestTimeout: "invalid_request",
                   ModelNotFound: "model_not_found", RateLimited: "rate_limited",
                   PaymentRequired: "budget_exceeded", AccountSuspended: "budget_exceeded",
                   NotFound: "invalid_request"}


def _as_api_error(exc: web.HTTPException) -> ApiError:
    if isinstance(exc, web.HTTPRequestEntityTooLarge):
        return BodyTooLarge("The request body is larger than this gateway accepts.")
    if isinstance(exc, web.HTTPMethodNotAllowed):
        error = InvalidRequest(f"Method {exc.method} is not allowed here.", code="method_not_allowed")
        error.status = 405
        return error
    if isinstance(exc, web.HTTPNotFound):
        return NotFound("Unknown API route.")
    error = InvalidRequest(exc.reason or "Bad request.")
    error.status = exc.status
    return error


@web.middleware
async def request_context(request: web.Request, handler):
    resource = request.match_info.route.resource
    # The route template, never the raw path: metric labels must stay a small, fixed set.
    record = RequestRecord(new_request_id(), route=resource.canonical if resource is not None else "unmatched")
    request[RECORD] = record
    try:
        response = await handler(request)
    except ApiError as exc:
        response = _reject(record, exc)
    except web.HTTPException as exc:
        response = _reject(record, _as_api_error(exc))
    except ConnectionResetError:
        # The client left before we could answer (e.g. while its body was being read).
        record.fail("client_disconnected", CLIENT_CLOSED_REQUEST, "client_disconnected")
        response = web.Response(status=CLIENT_CLOSED_REQUEST)
    except Exception:  # noqa: BLE001 - the boundary: a bug becomes an OpenAI-shaped 500, logged without content
        log.exception("unhandled error", request_id=record.request_id, route=record.route)
        response = _reject(record, InternalError("The gateway failed to handle this request."))
        record.fail("error", 500, "internal_error")
    finally:
        _finish(request, record)
    if not response.prepared:
        response.headers["x-request-id"] = record.request_id
    return response


def _reject(record: RequestRecord, exc: ApiError) -> web.Response:
    if record.status == "success":  # the dispatcher already recorded upstream failures
        error_type = exc.error_type or REJECTION_TYPES.get(type(exc), "invalid_request")
        record.fail("rejected" if exc.status < 500 else "error", exc.status, error_type)
    return exc.response(record.request_id, anthropic=record.route in ANTHROPIC_ROUTES)


def _finish(request: web.Request, record: RequestRecord) -> None:
    app = request.app
    metrics = app[METRICS]
    cand = record.last_candidate()
    provider, model = (cand.offering.provider, cand.model.id) if cand else ("none", "none")
    metrics.request_finished(record.route, provider, model, record.status, record.stream,
                             time.perf_counter() - record.t0,
                             None if record.ttfb_ms is None else record.ttfb_ms / 1000)
    if record.model_requested not in (None, "auto") and record.model_requested not in app[CATALOG].models:
        # Only catalog ids (and "auto") are metadata; anything else is client text and stays out of events.
        record.model_requested = None
    if record.reservation is not None:
        app[BUDGET].settle_soon(record)  # before the event: metering clears what was settled
    if record.customer_id is not None and record.route in LLM_ROUTES and not record.shed:
        try:
            event = record.to_event(app[CATALOG])
            spent = event.data["cost_micro_usd"] + event.data["platform_fee_micro_usd"]
            if spent:
                metrics.spend_for(provider).inc(spent)
            app[EMITTER].emit(TOPIC, record.customer_id, event)
        except SpoolFull:
            metrics.emit_failures.labels("spool_full").inc()
            log.error("EVENT NOT RECORDED: the event spool is full", request_id=record.request_id)
        except OSError as exc:
            metrics.emit_failures.labels("spool_io").inc()
            log.error("EVENT NOT RECORDED: spool write failed", request_id=record.request_id,
                      error=type(exc).__name__)
    if ACCESS_LOG_ENABLED():
        log.info("request", request_id=record.request_id, route=record.route, status=record.status,
             http_status=record.http_status, model=model, provider=provider,
                 attempts=len(record.attempts), latency_ms=record.elapsed_ms(), error_type=record.error_type)


def _presented_key(request: web.Request) -> str | None:
    header = request.headers.get("Authorization")
    if header:
        scheme, _, value = header.partition(" ")
        return value.strip() if scheme.lower() == "bearer" and value.strip() else None
    return request.headers.get("x-api-key") or None


@web.middleware
async def authenticate(request: web.Request, handler):
    if request.path in PUBLIC_PATHS or not request.path.startswith("/v1/"):
        return await handler(request)
    if request.match_info.http_exception is not None:
        raise request.match_info.http_exception  # unknown route or method: say so before asking for a key
    settings = request.app[SETTINGS]
    if len(request.headers.getall("Authorization", ())) > 1:
        raise InvalidRequest("Send exactly one Authorization header.", code="duplicate_authorization")
    key = _presented_key(request)
    try:
        if key is None:
            raise AuthenticationFailed("Missing API key: send 'Authorization: Bearer <key>'.")
        if not key.isascii():  # ours are ASCII; other bytes arrive as surrogate escapes nothing can encode
            raise AuthenticationFailed("Invalid API key.")
        principal = await request.app[AUTH].authenticate(key)
    except AuthenticationFailed:
        ip = request.app[CLIENT_IPS].bucket(request)
        decision = await request.app[LIMITER].check([(f"authfail:ip:{ip}", settings.auth_failures_per_minute)])
        if not decision.allowed:
            raise RateLimited("Too many failed authentication attempts; slow down.",
                              headers={"Retry-After": str(decision.retry_after_s)}) from None
        raise
    request[PRINCIPAL] = principal
    record = request[RECORD]
    record.customer_id, record.api_key_id = principal.customer_id, principal.key_id
    record.budget_limits = effective_limits(principal.budget_limits, principal.billing)
    record.billing_state = principal.billing
    return await within_customer_limit(request, principal.customer_id, handler)


@web.middleware
async def rate_limit(request: web.Request, handler):
    principal = request.get(PRINCIPAL)
    if principal is None:
        return await handler(request)
    settings = request.app[SETTINGS]
    ip = request.app[CLIENT_IPS].bucket(request)
    decision = await request.app[LIMITER].check([
        (f"ip:{ip}", settings.ip_requests_per_minute),
        (f"key:{principal.key_id}", principal.requests_per_minute or settings.key_requests_per_minute)])
    if not decision.allowed:
        raise RateLimited("Rate limit exceeded for this API key or address; retry later.",
                          headers={"Retry-After": str(decision.retry_after_s)})
    return await handler(request)


BODY_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


@web.middleware
async def read_body_in_time(request: web.Request, handler):
    """Reads the whole body (aiohttp keeps it for the handler's `request.read()`)
    within the body deadline: a client that stops sending mid-body gets 408 and
    loses the connection instead of holding a task forever. Runs after auth, so an
    unauthenticated client never gets to send a body at all."""
    if request.method in BODY_METHODS and request.body_exists:
        if request.content.is_eof():
            # The whole body came with the headers (nearly every API call): nothing can stall,
            # so no deadline to arm (an asyncio.timeout costs a timer handle and two reschedules).
            await request.read()
            return await handler(request)
        try:
            async with asyncio.timeout(request.app[SETTINGS].body_timeout_s):
                await request.read()
        except TimeoutError:
            raise RequestTimeout("The request body did not arrive in time.") from None
    return await handler(request)
