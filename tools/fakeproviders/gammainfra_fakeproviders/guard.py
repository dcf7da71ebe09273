"""The gate every provider route goes through: count, apply the fault plan, check
auth, then run the format's handler and send its answer.

Owns: the order of events for one request, the same for every wire format:
count the request -> resolve the plan (endpoint config, then x-fake-* headers) ->
latency -> timeout (hang) -> injected status -> auth -> handler -> send (stream knobs
apply) -> record the outcome. Faults come before auth on purpose: an overloaded
provider fails whatever the key. Outcomes are recorded before the answer is sent,
so a client that has its answer can immediately read consistent stats.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Protocol

from aiohttp import web

from gammainfra_fakeproviders.faults import FAULTS, FaultPlan, KnobError, plan_from_headers
from gammainfra_fakeproviders.sse import EventStream, send_stream

__all__ = ["Handler", "WireErrors", "guarded"]

Handler = Callable[[web.Request, FaultPlan], Awaitable[web.Response | EventStream]]

# How often a hanging request checks whether its client gave up (only matters when
# the server runs without handler_cancellation, which would cancel it at once).
_HANG_POLL_S = 0.05


class WireErrors(Protocol):
    """The error answers of one provider format."""

    def fault(self, status: int, plan: FaultPlan) -> web.Response: ...

    def bad_knob(self, message: str) -> web.Response: ...

    def unauthorized(self, request: web.Request) -> web.Response | None:
        """None when the request's credentials are acceptable."""


async def _hang_until_disconnect(request: web.Request) -> None:
    while (transport := request.transport) is not None and not transport.is_closing():
        await asyncio.sleep(_HANG_POLL_S)


def _drop_connection(request: web.Request) -> web.Response:
    # A non-stream "cut": the connection ends before any response byte. The returned
    # response is never sent (aiohttp swallows the write to a closed transport).
    if request.transport is not None:
        request.transport.close()
    return web.Response(status=200)


def guarded(errors: WireErrors, handler: Handler) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    async def guarded_handler(request: web.Request) -> web.StreamResponse:
        registry = request.app[FAULTS]
        endpoint = request.match_info["endpoint"]
        try:
            plan = plan_from_headers(registry.admit(endpoint), request.headers)
        except KnobError as exc:
            registry.record(endpoint, "400")
            return errors.bad_knob(str(exc))
        if plan.latency_ms:
            await asyncio.sleep(plan.latency_ms / 1000)
        if plan.timeout:
            registry.record(endpoint, "timeout")
            await _hang_until_disconnect(request)
            return _drop_connection(request)
        answer: web.Response | EventStream | None
        if plan.status is not None:
            answer = errors.fault(plan.status, plan)
        elif (answer := errors.unauthorized(request)) is None:
            answer = await handler(request, plan)
        if isinstance(answer, EventStream):
            registry.record(endpoint, "200")
            return await send_stream(request, answer, plan)
        if plan.cut_after is not None and plan.status is None and answer.status < 400:
            registry.record(endpoint, "cut")
            return _drop_connection(request)
        registry.record(endpoint, str(answer.status))
        return answer

    return guarded_handler
