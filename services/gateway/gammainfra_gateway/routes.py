"""The public API's routes."""

from __future__ import annotations

from aiohttp import web

from .billing import passthrough as billing
from .handlers import account
from .handlers.chat import chat_completions
from .handlers.embeddings import embeddings
from .handlers.export import export_account
from .handlers.messages import messages
from .handlers.models import get_model, list_models
from .handlers.usage import request_log_page, usage_by_day
from .openapi import openapi_document


def setup_routes(app: web.Application) -> None:
    app.router.add_post("/v1/chat/completions", chat_completions)
    app.router.add_post("/v1/embeddings", embeddings)
    app.router.add_post("/v1/messages", messages)
    app.router.add_get("/v1/models", list_models)
    app.router.add_get("/v1/models/{model_id:.+}", get_model)
    app.router.add_get("/openapi.json", openapi_document)
    app.router.add_post("/v1/account/signup", account.sign_up)
    app.router.add_get("/v1/account", account.get_account)
    app.router.add_patch("/v1/account", account.patch_account)
    app.router.add_delete("/v1/account", account.delete_account)
    app.router.add_get("/v1/account/export", export_account)
    app.router.add_get("/v1/account/usage", usage_by_day)
    app.router.add_get("/v1/account/requests", request_log_page)
    app.router.add_get("/v1/account/keys", account.list_keys)
    app.router.add_post("/v1/account/keys", account.create_key)
    app.router.add_delete("/v1/account/keys/{key_id}", account.revoke_key)
    app.router.add_get("/v1/account/byok", account.list_byok)
    app.router.add_put("/v1/account/byok/{provider}", account.put_byok)
    app.router.add_delete("/v1/account/byok/{provider}", account.delete_byok)
    app.router.add_post("/v1/account/credits/checkout", billing.credits_checkout)
    app.router.add_get("/v1/account/billing", billing.billing_summary)
    app.router.add_post("/v1/billing/webhooks/stripe", billing.stripe_webhook)
