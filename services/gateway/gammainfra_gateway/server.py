"""The HTTP server under the app, hardened against hostile clients.

aiohttp parses the request line and headers before any middleware runs, so two
things are decided here rather than in middlewares.py:

- **Malformed HTTP** (a header over 8190 bytes or more than 128 of them, CR/LF or
  NUL inside a header, a broken request line): aiohttp's own answer is a
  text/plain 400 and a log line naming the client's IP address. Here it is the
  API's JSON error shape (OpenAI's: the request line may not even have told us the
  route) and a log line without the address (privacy policy: no IP in logs).
- **Slow headers (slowloris)**: a connection that has not delivered a complete
  request within `GI_GATEWAY_IDLE_TIMEOUT_S` of opening (or of its previous
  answer, for keep-alive) is closed. aiohttp's keep-alive timer does exactly this
  (it fires while no parsed request is waiting, and dribbled header bytes do not
  re-arm it); we only choose its length.

A body that never finishes is cut by the body deadline (middlewares.read_body_in_time),
and a client that stops reading a stream by the write deadline (handlers/streaming.py).
"""

from __future__ import annotations

import orjson
import structlog
from aiohttp import web
from aiohttp.web_protocol import RequestHandler

from .errors import InvalidRequest

log = structlog.get_logger("gammainfra_gateway.http")

# After an early answer (401, 408, 413) to a request whose body is still arriving,
# how long unread body bytes are drained before the connection closes: long enough
# for the client to receive the answer instead of a reset, short enough that a slow
# client cannot hold the connection (aiohttp's default is 10 s).
LINGERING_S = 2.0


class _HardenedRequestHandler(RequestHandler):
    def handle_error(self, request, status: int = 500, exc: BaseException | None = None,
                     message: str | None = None) -> web.StreamResponse:
        # Nothing of the request (it may hold a key or content) and no address goes into the log.
        log.warning("malformed HTTP request refused", http_status=status, error=type(exc).__name__)
        if request.writer.output_size > 0:
            raise ConnectionError("Response is sent already, cannot send another response")
        error = InvalidRequest("The request is not valid HTTP: a malformed or oversized request line or header.",
                               code="malformed_http_request")
        if status != 400:
            error.status = status if 400 <= status < 600 else 400
        response = web.Response(status=error.status, body=orjson.dumps(error.body()),
                                content_type="application/json")
        response.force_close()
        return response


class _HardenedServer(web.Server):
    def __call__(self) -> RequestHandler:
        return _HardenedRequestHandler(self, loop=self._loop, **self._kwargs)


class HardenedAppRunner(web.AppRunner):
    """web.AppRunner whose connections use `_HardenedRequestHandler`."""

    def __init__(self, app: web.Application, *, idle_timeout_s: float, **kwargs) -> None:
        super().__init__(app, keepalive_timeout=idle_timeout_s, lingering_time=LINGERING_S, **kwargs)

    async def _make_server(self) -> web.Server:
        server = await super()._make_server()  # runs the app's startup, as aiohttp's runner does
        return _HardenedServer(server.request_handler, request_factory=server.request_factory,
                               handler_cancellation=server.handler_cancellation, loop=server._loop,
                               **server._kwargs)
