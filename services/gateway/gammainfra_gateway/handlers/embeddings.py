"""POST /v1/embeddings."""

from __future__ import annotations

import orjson
from aiohttp import web

from ..appkeys import ADAPTERS, DISPATCHER, RECORD
from ..requests import decode_json, parse_embeddings
from .chat import resolve_chain


async def embeddings(request: web.Request) -> web.Response:
    record = request[RECORD]
    parsed = parse_embeddings(decode_json(await request.read()))
    record.model_requested = parsed.model
    chain = resolve_chain(request, parsed, kind="embedding")
    adapters = request.app[ADAPTERS]
    _, result = await request.app[DISPATCHER].run(
        chain, parsed.upstream_body, record,
        lambda call: adapters.for_style(call.candidate.api_style).embed(call))
    record.usage = result.usage
    record.task_label = "other"
    record.mark_first_byte()
    return web.Response(body=orjson.dumps(result.body), content_type="application/json")
