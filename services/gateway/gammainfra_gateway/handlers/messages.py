"""POST /v1/messages: Anthropic's Messages API, served through the same routing,
fallback, events and privacy rules as chat completions, to any provider."""

from __future__ import annotations

import orjson
from aiohttp import web

from ..appkeys import RECORD
from ..inbound.anthropic_request import anthropic_to_openai_request
from ..inbound.anthropic_response import AnthropicStreamFramer, to_anthropic_message
from ..requests import decode_json, parse_chat
from .chat import answer_whole, resolve_chain
from .streaming import stream_chat


async def messages(request: web.Request) -> web.StreamResponse:
    record = request[RECORD]
    parsed = parse_chat(anthropic_to_openai_request(decode_json(await request.read())))
    record.stream = parsed.stream
    chain = resolve_chain(request, parsed, kind="chat")
    if parsed.stream:
        return await stream_chat(request, parsed, chain, record, AnthropicStreamFramer())
    completion = await answer_whole(request, parsed, chain, "complete")
    message = to_anthropic_message(completion.body, completion.usage, record.served_by.model.id)
    return web.Response(body=orjson.dumps(message), content_type="application/json")
