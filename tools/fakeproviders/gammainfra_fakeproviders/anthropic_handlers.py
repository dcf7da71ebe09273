"""HTTP route of an Anthropic Messages endpoint: `POST /{endpoint}/v1/messages`.

Owns: translating HTTP into parse -> answer -> serialize, Anthropic's auth check
(`x-api-key: <non-empty>`, or `Authorization: Bearer <non-empty>` as the official
SDK sends it; else 401 `authentication_error`), the required
`anthropic-version` header (else 400), and Anthropic-shaped error answers (529 for
`overloaded_error`). Goes through `guard.guarded`, so every fault knob and counter
applies exactly as for the OpenAI routes; a cut stream ends without `message_stop`.
Never logs, never keeps a request body.
"""

from __future__ import annotations

from aiohttp import web

from gammainfra_fakeproviders.anthropic_format import (AnthropicError, fault_error, invalid, parse_body,
                                                       parse_messages, version_error)
from gammainfra_fakeproviders.anthropic_replies import answer_messages, message_json, message_stream, request_id
from gammainfra_fakeproviders.faults import FaultPlan
from gammainfra_fakeproviders.guard import guarded
from gammainfra_fakeproviders.sse import EventStream

__all__ = ["add_anthropic_routes"]


def _json(body: bytes, status: int, rid: str) -> web.Response:
    return web.Response(status=status, body=body, content_type="application/json", headers={"request-id": rid})


def _error(exc: AnthropicError) -> web.Response:
    rid = request_id()
    return _json(exc.body(rid), exc.status, rid)


class AnthropicErrors:
    """`guard.WireErrors` for Anthropic's Messages API."""

    def fault(self, status: int, plan: FaultPlan) -> web.Response:
        response = _error(fault_error(status, plan.retry_after_s))
        if status == 429:
            response.headers["retry-after"] = str(plan.retry_after_s)
        return response

    def bad_knob(self, message: str) -> web.Response:
        return _error(invalid(message))

    def unauthorized(self, request: web.Request) -> web.Response | None:
        # The official SDK (2.x) sends its API key as a bearer token, which Anthropic
        # accepts in place of x-api-key.
        key = request.headers.get("x-api-key")
        if key is None and (bearer := request.headers.get("Authorization")) is not None:
            scheme, _, key = bearer.partition(" ")
            key = key if scheme.lower() == "bearer" else ""
        if key is None:
            return _error(AnthropicError(401, "authentication_error", "x-api-key header is required"))
        if not key.strip():
            return _error(fault_error(401))
        return None


async def messages(request: web.Request, _plan: FaultPlan) -> web.Response | EventStream:
    try:
        if (refused := version_error(request.headers.get("anthropic-version"))) is not None:
            raise refused
        req = parse_messages(parse_body(await request.read()))
    except AnthropicError as exc:
        return _error(exc)
    answer = answer_messages(req)
    rid = request_id()
    if req.stream:
        return message_stream(req, answer, {"request-id": rid, "Cache-Control": "no-cache"})
    return _json(message_json(req, answer), 200, rid)


def add_anthropic_routes(app: web.Application) -> None:
    # Anthropic's base URL has no path: the SDK and the gateway post to {base}/v1/messages.
    app.router.add_post("/{endpoint}/v1/messages", guarded(AnthropicErrors(), messages))
