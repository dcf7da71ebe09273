"""POST /v1/chat/completions (stream and not)."""

from __future__ import annotations

import orjson
from aiohttp import web

from ..appkeys import ADAPTERS, DISPATCHER, HEALTH, RECORD, RESOLVER, SETTINGS
from ..classify import classify_task
from ..providers.base import Completion
from ..requests import decode_json, parse_chat
from ..routing.candidates import Candidate
from ..routing.capabilities import capable_models, needs_of
from ..routing.policy import requested_models
from .streaming import stream_chat


async def chat_completions(request: web.Request) -> web.StreamResponse:
    record = request[RECORD]
    parsed = parse_chat(decode_json(await request.read()))
    record.stream = parsed.stream
    chain = resolve_chain(request, parsed, kind="chat")
    if parsed.stream:
        return await stream_chat(request, parsed, chain, record)
    completion = await answer_whole(request, parsed, chain, "complete")
    return web.Response(body=orjson.dumps(completion.body), content_type="application/json")


async def answer_whole(request: web.Request, parsed, chain: list[Candidate], operation: str) -> Completion:
    """Walk the chain with the adapters' `complete` or `embed`; the answer arrives in one piece."""
    record, adapters = request[RECORD], request.app[ADAPTERS]
    _, result = await request.app[DISPATCHER].run(
        chain, parsed.upstream_body, record,
        lambda call: getattr(adapters.for_style(call.candidate.api_style), operation)(call))
    record.usage = result.usage
    record.mark_first_byte()
    return result


def resolve_chain(request: web.Request, parsed, *, kind: str) -> list[Candidate]:
    resolver, record = request.app[RESOLVER], request[RECORD]
    if kind == "chat":
        # In process, from the prompt: only the label leaves (in the event); an unsure
        # label becomes "other", which "auto" routes to the policy's general-purpose models.
        record.task_label = classify_task(parsed.upstream_body["messages"],
                                          request.app[SETTINGS].classifier_min_confidence)
    # A catalog model, or for "auto" the routing policy's ranking for the label.
    models, record.model_requested = requested_models(resolver, parsed, kind=kind, label=record.task_label)
    models += [resolver.model(m, kind=kind, param="models") for m in parsed.fallback_models]
    if kind == "chat":
        models = capable_models(models, needs_of(parsed.upstream_body))
    record.health = request.app[HEALTH].marker()
    return resolver.chain(models, parsed.preferences, parsed.route.allows if parsed.route else None)
