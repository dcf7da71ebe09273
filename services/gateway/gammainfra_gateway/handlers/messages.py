"""POST /v1/messages: Anthropic's Messages API, served through the same routing,
fallback, events and privacy rules as chat completions, to any provider."""

from __future__ import annotations

import orjson
from aiohttp import web

from ..appkeys import ADAPTERS, DISPATCHER, RECORD
from ..inbound.anthropic_request import anthropic_to_openai_request
from ..inbound.anthropic_response import AnthropicStreamFramer, to_anthropic_message
from ..requests import decode_json, parse_chat
from .chat import resolve_chain
from .streaming import stream_chat


async def messages(request: web.Request) -> web.StreamResponse:
    record = request[RECORD]
    parsed = parse_chat(anthropic_to_openai_request(decode_json(await request.read())))
    record.model_requested = parsed.model
    record.stream = parsed.stream
    chain = resolve_chain(request, parsed, kind="chat")
    model_id = record.model_requested
    if parsed.stream:
        return await stream_chat(request, parsed, chain, record, AnthropicStreamFramer())
    adapters = request.app[ADAPTERS]
    _, completion = await request.app[DISPATCHER].run(
        chain, parsed.upstream_body, record,
        lambda call: adapters.for_style(call.candidate.api_style).complete(call))
    record.usage = completion.usage
    record.mark_first_byte()
    served = record.served_by.model.id if record.served_by else model_id
    return web.Response(body=orjson.dumps(to_anthropic_message(completion.body, completion.usage, served)),
                        content_type="application/json")
