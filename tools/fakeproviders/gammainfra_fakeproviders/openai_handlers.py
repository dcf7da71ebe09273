"""HTTP routes of an OpenAI-compatible endpoint, under `/{endpoint}/v1/` (and, for
base URLs without `/v1` such as DeepSeek's, directly under `/{endpoint}/`).

Owns: translating HTTP into parse -> answer -> serialize, OpenAI's auth check
(`Authorization: Bearer <non-empty>`), and OpenAI-shaped error answers. Every route
goes through `guard.guarded`, so the fault knobs and counters apply to all of them.
Never logs, never keeps a request body.
"""

from __future__ import annotations

from aiohttp import web

from gammainfra_fakeproviders.faults import FaultPlan
from gammainfra_fakeproviders.guard import guarded
from gammainfra_fakeproviders.openai_format import (OpenAIError, fault_error, missing_key_error, parse_body,
                                                    parse_chat, parse_embeddings)
from gammainfra_fakeproviders.openai_replies import (answer_chat, chat_completion, chat_stream, embeddings_list,
                                                     model_json, models_list, request_id)
from gammainfra_fakeproviders.sse import EventStream

__all__ = ["DEFAULT_EMBEDDING_DIMENSIONS", "add_openai_routes"]

DEFAULT_EMBEDDING_DIMENSIONS = 8  # small on purpose: tests read them, benchmarks serialize them
_PATHS = ("/chat/completions", "/embeddings", "/models")
# A key starting with this is refused with 401, as a real provider refuses a revoked key
# (tests of customers' own keys, BYOK).
REJECTED_KEY_PREFIX = "sk-fake-rejected"


def _json(body: bytes, status: int = 200) -> web.Response:
    return web.Response(status=status, body=body, content_type="application/json",
                        headers={"x-request-id": request_id()})


def _error(exc: OpenAIError) -> web.Response:
    return _json(exc.body(), exc.status)


class OpenAIErrors:
    """`guard.WireErrors` for the OpenAI-compatible family."""

    def fault(self, status: int, plan: FaultPlan) -> web.Response:
        response = _error(fault_error(status, plan.retry_after_s))
        if status == 429:
            response.headers["retry-after"] = str(plan.retry_after_s)
        return response

    def bad_knob(self, message: str) -> web.Response:
        return _error(OpenAIError(400, message, code="invalid_fake_knob"))

    def unauthorized(self, request: web.Request) -> web.Response | None:
        header = request.headers.get("Authorization")
        if not header:
            return _error(missing_key_error())
        scheme, _, token = header.partition(" ")
        if scheme.lower() == "bearer" and token.strip() and not token.strip().startswith(REJECTED_KEY_PREFIX):
            return None
        return _error(fault_error(401))


async def chat_completions(request: web.Request, _plan: FaultPlan) -> web.Response | EventStream:
    try:
        req = parse_chat(parse_body(await request.read()))
    except OpenAIError as exc:
        return _error(exc)
    answer = answer_chat(req)
    endpoint = request.match_info["endpoint"]
    if req.stream:
        return chat_stream(req, answer, endpoint, {"x-request-id": request_id()})
    return _json(chat_completion(req, answer, endpoint))


async def embeddings(request: web.Request, _plan: FaultPlan) -> web.Response:
    try:
        req = parse_embeddings(parse_body(await request.read()), DEFAULT_EMBEDDING_DIMENSIONS)
    except OpenAIError as exc:
        return _error(exc)
    return _json(embeddings_list(req))


async def list_models(request: web.Request, _plan: FaultPlan) -> web.Response:
    return _json(models_list(request.match_info["endpoint"]))


async def retrieve_model(request: web.Request, _plan: FaultPlan) -> web.Response:
    # Any model id exists, as chat accepts any model.
    return _json(model_json(request.match_info["endpoint"], request.match_info["model"]))


async def unknown_route(request: web.Request, _plan: FaultPlan) -> web.Response:
    tail = "/" + request.match_info["tail"]
    path = tail if tail.startswith("/v1/") else "/v1" + tail
    if tail.removeprefix("/v1") in _PATHS:
        return _error(OpenAIError(405, f"Invalid method for URL ({request.method} {path})"))
    return _error(OpenAIError(404, f"Invalid URL ({request.method} {path})"))


def add_openai_routes(app: web.Application) -> None:
    errors = OpenAIErrors()
    # The real providers' base paths: /v1 (OpenAI, Mistral, xAI), /openai/v1 (Groq), none (DeepSeek).
    for prefix in ("/{endpoint}/v1", "/{endpoint}/openai/v1", "/{endpoint}"):
        app.router.add_post(prefix + "/chat/completions", guarded(errors, chat_completions))
        app.router.add_post(prefix + "/embeddings", guarded(errors, embeddings))
        app.router.add_get(prefix + "/models", guarded(errors, list_models))
        app.router.add_get(prefix + "/models/{model:.+}", guarded(errors, retrieve_model))
    # Last, so it only sees what no route above matched (wrong path or method).
    app.router.add_route("*", "/{endpoint}/{tail:.*}", guarded(errors, unknown_route))
