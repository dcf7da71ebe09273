"""`spool_guard`: an LLM request is taken only while the event spool can store its
event. Every request the gateway answers 2xx must have an event (it is the bill);
the event is written when the request ends, after the provider was paid, so a full
spool (its bound reached, or its disk full) must be seen before the provider call:
the request is refused with 503 and `Retry-After`, costs no provider call and
needs no event. `RESERVE_BYTES` stays free for the requests already running."""

from __future__ import annotations

from aiohttp import web

from .appkeys import EMITTER, SETTINGS
from .errors import ApiError
from .record import LLM_ROUTES

RESERVE_BYTES = 1024 * 1024  # ~500 events of ~2 KiB: the requests in flight when the spool fills
RETRY_AFTER_S = "5"


class EventSpoolFull(ApiError):
    status = 503
    type = "server_error"
    code = "event_spool_full"


def reserve_bytes(spool_max_bytes: int) -> int:
    # A small spool bound (tests, tiny pods) keeps three quarters usable.
    return min(RESERVE_BYTES, spool_max_bytes // 4)


@web.middleware
async def spool_guard(request: web.Request, handler):
    if request.method == "POST" and request.path in LLM_ROUTES:
        app = request.app
        if not app[EMITTER].has_room(reserve_bytes(app[SETTINGS].spool_max_bytes)):
            raise EventSpoolFull("The gateway cannot record requests right now (its event spool is full); "
                                 "retry later.", headers={"Retry-After": RETRY_AFTER_S},
                                 error_type="event_spool_full")
    return await handler(request)
