"""GET /v1/models and /v1/models/{id}: the catalog's models this gateway can serve."""

from __future__ import annotations

import orjson
from aiohttp import web

from ..appkeys import CATALOG, RESOLVER
from ..errors import ModelNotFound


def _model_object(model, created: int) -> dict:
    provider = model.id.split("/", 1)[0]
    return {"id": model.id, "object": "model", "created": created, "owned_by": provider,
            "name": model.name, "context_window": model.context_window,
            "max_output_tokens": model.max_output_tokens,
            "capabilities": {"streaming": model.capabilities.streaming, "tools": model.capabilities.tools,
                             "vision": model.capabilities.vision, "embeddings": model.capabilities.embeddings}}


def _served(request: web.Request):
    catalog, resolver = request.app[CATALOG], request.app[RESOLVER]
    created = int(catalog.effective_from.timestamp())
    return [(m, created) for m in catalog.models.values() if any(resolver.managed(o) for o in m.offerings)]


async def list_models(request: web.Request) -> web.Response:
    data = [_model_object(m, created) for m, created in _served(request)]
    return web.Response(body=orjson.dumps({"object": "list", "data": data}), content_type="application/json")


async def get_model(request: web.Request) -> web.Response:
    wanted = request.match_info["model_id"]
    for model, created in _served(request):
        if model.id == wanted:
            return web.Response(body=orjson.dumps(_model_object(model, created)), content_type="application/json")
    raise ModelNotFound.for_model(wanted)
