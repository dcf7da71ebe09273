"""POST /v1/embeddings."""

from __future__ import annotations

import orjson
from aiohttp import web

from ..appkeys import RECORD
from ..requests import decode_json, parse_embeddings
from .chat import answer_whole, resolve_chain


async def embeddings(request: web.Request) -> web.Response:
    record = request[RECORD]
    parsed = parse_embeddings(decode_json(await request.read()))
    chain = resolve_chain(request, parsed, kind="embedding")
    record.task_label = "other"
    result = await answer_whole(request, parsed, chain, "embed")
    return web.Response(body=orjson.dumps(result.body), content_type="application/json")
