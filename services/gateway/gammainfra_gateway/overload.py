"""Load shedding: a bound on the requests one gateway process works on at once.

Past its capacity a process answers at once (503 or 429 with `Retry-After`)
instead of queueing: a queued request holds memory, a socket and often a
provider call's worth of waiting, and every request behind it gets slower, so
latency grows without bound. Two limits, both plain in-process counters (no
Redis, no lock: one event loop per process):

- **process**: in-flight requests of this process (`GI_GATEWAY_MAX_INFLIGHT`).
  Checked first, before authentication, the body read, the rate limiter, any
  budget reservation or provider call: a shed request costs a counter check and
  a short JSON answer (503, `code: overloaded`).
- **customer**: in-flight requests of one customer in this process
  (`GI_GATEWAY_MAX_INFLIGHT_PER_CUSTOMER`), checked right after authentication
  (a cached key costs no I/O), before the rate limiter and the handler (429,
  `code: concurrency_limit_exceeded`). With N processes (workers or hosts) a
  customer may have up to N times this many requests in flight in total.

A shed request emits no llm.requests.v1 event and writes no ledger row: it
reached no provider and cost nothing, so metering has nothing to count and
billing nothing to charge; emitting one per shed request would also put load on
the spool and Kafka exactly when the process is overloaded. Shed requests are
counted in `gi_gateway_shed_total{route, reason}` instead.

Only API routes are limited (paths under /v1/); /openapi.json and the console's
static files are not.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web
from prometheus_client import CollectorRegistry, Counter, Gauge

from .appkeys import RECORD
from .errors import ANTHROPIC_ROUTES, ApiError, RateLimited
from .record import LLM_ROUTES, new_request_id


class Overloaded(ApiError):
    status = 503
    type = "server_error"
    code = "overloaded"


class ConcurrencyLimited(RateLimited):
    code = "concurrency_limit_exceeded"


class InflightLimits:
    """The counters. `max_inflight` / `max_per_customer` of 0 disable a limit."""

    def __init__(self, *, max_inflight: int, max_per_customer: int, retry_after_s: int,
                 registry: CollectorRegistry) -> None:
        self.max_inflight, self.max_per_customer = max_inflight, max_per_customer
        self.retry_after = str(retry_after_s)
        self.inflight = 0
        self.by_customer: dict[str, int] = {}  # only customers with a request in flight: bounded by max_inflight
        self.shed = Counter("gi_gateway_shed_total", "requests refused because the process or customer was at "
                            "its in-flight limit", ["route", "reason"], registry=registry)
        Gauge("gi_gateway_inflight_requests", "API requests this process is working on",
              registry=registry).set_function(lambda: self.inflight)

    def refusal(self, path: str, reason: str) -> ApiError:
        """The error for a shed request (counted here)."""
        route = path if path in LLM_ROUTES else "other"
        self.shed.labels(route, reason).inc()
        headers = {"Retry-After": self.retry_after}
        if reason == "process":
            error: ApiError = Overloaded("The gateway is at capacity; retry after a short wait.", headers=headers)
        else:
            error = ConcurrencyLimited("Too many concurrent requests for this account; retry after one finishes.",
                                       headers=headers)
        return error

    def enter_customer(self, customer_id: str) -> bool:
        held = self.by_customer.get(customer_id, 0)
        if self.max_per_customer and held >= self.max_per_customer:
            return False
        self.by_customer[customer_id] = held + 1
        return True

    def leave_customer(self, customer_id: str) -> None:
        held = self.by_customer[customer_id] - 1
        if held:
            self.by_customer[customer_id] = held
        else:
            del self.by_customer[customer_id]


INFLIGHT = web.AppKey("inflight", InflightLimits)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@web.middleware
async def shed_when_full(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Outermost middleware: the process limit, before anything else runs."""
    if not request.path.startswith("/v1/"):
        return await handler(request)
    limits = request.app[INFLIGHT]
    if limits.max_inflight and limits.inflight >= limits.max_inflight:
        return limits.refusal(request.path, "process").response(new_request_id(),
                                                                anthropic=request.path in ANTHROPIC_ROUTES)
    limits.inflight += 1
    try:
        return await handler(request)
    finally:
        limits.inflight -= 1


async def within_customer_limit(request: web.Request, customer_id: str, handler: Handler) -> web.StreamResponse:
    """Runs `handler` holding one of the customer's in-flight slots; raises the 429
    (marked shed on the request's record, so no event is emitted) when none is free."""
    limits = request.app[INFLIGHT]
    if not limits.enter_customer(customer_id):
        request[RECORD].shed = True
        raise limits.refusal(request.path, "customer")
    try:
        return await handler(request)
    finally:
        limits.leave_customer(customer_id)
