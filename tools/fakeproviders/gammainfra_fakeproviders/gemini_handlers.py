"""HTTP routes of a Google Gemini endpoint (generativelanguage.googleapis.com), under
`/{endpoint}/v1beta/models/{model}:{action}` (and `/v1/`).

Owns: translating HTTP into parse -> answer -> serialize for `:generateContent` and
`:streamGenerateContent?alt=sse`, Google's auth check (`x-goog-api-key` header or
`?key=` query parameter; none: 403 PERMISSION_DENIED, blank: 400 API_KEY_INVALID)
and Google-shaped error answers. aiohttp cannot put a route variable before the
`:action` suffix of a segment, so the route takes the whole last segment and splits
it. Streaming without `alt=sse` (Google's JSON-array stream) is not served: 400.
Every route goes through `guard.guarded`, so the fault knobs and counters apply.
Never logs, never keeps a request body.
"""

from __future__ import annotations

from aiohttp import web

from gammainfra_fakeproviders.faults import FaultPlan
from gammainfra_fakeproviders.gemini_format import (GeminiError, bad_key_error, fault_error, missing_key_error,
                                                    parse_request)
from gammainfra_fakeproviders.gemini_replies import answer_request, generate_response, generate_stream
from gammainfra_fakeproviders.guard import guarded
from gammainfra_fakeproviders.sse import EventStream

__all__ = ["add_gemini_routes"]

_ACTIONS = ("generateContent", "streamGenerateContent")


def _error(exc: GeminiError) -> web.Response:
    return web.Response(status=exc.status, body=exc.body(), content_type="application/json", charset="UTF-8")


class GeminiErrors:
    """`guard.WireErrors` for Google's Gemini API."""

    def fault(self, status: int, plan: FaultPlan) -> web.Response:
        return _error(fault_error(status, plan.retry_after_s))

    def bad_knob(self, message: str) -> web.Response:
        return _error(GeminiError(400, message))

    def unauthorized(self, request: web.Request) -> web.Response | None:
        key = request.headers.get("x-goog-api-key")
        if key is None:
            key = request.query.get("key")
        if key is None:
            return _error(missing_key_error())
        return None if key.strip() else _error(bad_key_error())


async def generate(request: web.Request, _plan: FaultPlan) -> web.Response | EventStream:
    model, _, action = request.match_info["model_action"].partition(":")
    if action not in _ACTIONS:
        return _error(GeminiError(404, f"Method not found: models/{model}:{action or '(none)'}."))
    try:
        req = parse_request(await request.read(), model)
    except GeminiError as exc:
        return _error(exc)
    answer = answer_request(req)
    if action == "generateContent":
        return web.Response(body=generate_response(req, answer), content_type="application/json", charset="UTF-8")
    if request.query.get("alt") != "sse":
        return _error(GeminiError(400, "This fake serves streamGenerateContent only with alt=sse."))
    return generate_stream(req, answer, {})


def add_gemini_routes(app: web.Application) -> None:
    errors = GeminiErrors()
    for version in ("v1beta", "v1"):
        app.router.add_post(f"/{{endpoint}}/{version}/models/{{model_action}}", guarded(errors, generate))
