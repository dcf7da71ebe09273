"""The public API's routes."""

from __future__ import annotations

from aiohttp import web

from .handlers.chat import chat_completions
from .handlers.embeddings import embeddings
from .handlers.messages import messages
from .handlers.models import get_model, list_models


def setup_routes(app: web.Application) -> None:
    app.router.add_post("/v1/chat/completions", chat_completions)
    app.router.add_post("/v1/embeddings", embeddings)
    app.router.add_post("/v1/messages", messages)
    app.router.add_get("/v1/models", list_models)
    app.router.add_get("/v1/models/{model_id:.+}", get_model)
