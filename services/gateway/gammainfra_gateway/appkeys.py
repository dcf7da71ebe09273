"""Typed keys of the objects the app owns (created in app.py, used by handlers)."""

from __future__ import annotations

import asyncio

from aiohttp import web

from gammainfra_common.kafka.emitter import EventEmitter
from gammainfra_schemas.catalog import Catalog

from .accounts.erasure import AccountErasure
from .accounts.service import AccountService
from .auth.authenticator import Authenticator
from .byok.credentials import ByokCredentials
from .dispatch import Dispatcher
from .metrics import GatewayMetrics
from .providers.registry import AdapterRegistry
from .ratelimit.limiter import RateLimiter
from .record import RequestRecord
from .routing.candidates import CandidateResolver
from .routing.health import HealthView
from .settings import GatewaySettings

SETTINGS = web.AppKey("settings", GatewaySettings)
# Set once the public port accepts connections: readiness waits for it (the ops
# server starts earlier, during the app's start-up, before the port is bound).
LISTENING = web.AppKey("listening", asyncio.Event)
CATALOG = web.AppKey("catalog", Catalog)
RESOLVER = web.AppKey("resolver", CandidateResolver)
HEALTH = web.AppKey("health", HealthView)
DISPATCHER = web.AppKey("dispatcher", Dispatcher)
ADAPTERS = web.AppKey("adapters", AdapterRegistry)
AUTH = web.AppKey("authenticator", Authenticator)
LIMITER = web.AppKey("limiter", RateLimiter)
METRICS = web.AppKey("metrics", GatewayMetrics)
EMITTER = web.AppKey("emitter", EventEmitter)
ACCOUNTS = web.AppKey("accounts", AccountService)
BYOK = web.AppKey("byok", ByokCredentials)
ERASURE = web.AppKey("erasure", AccountErasure)
EXPORTS = web.AppKey("exports", tuple)  # (GatewaySections, InternalApis)
RECORD = "gi.record"  # request-scoped RequestRecord
PRINCIPAL = "gi.principal"

__all__ = ["ACCOUNTS", "ADAPTERS", "AUTH", "BYOK", "CATALOG", "DISPATCHER", "EMITTER", "HEALTH", "LIMITER", "METRICS",
           "PRINCIPAL", "RECORD", "RESOLVER", "RequestRecord", "SETTINGS"]
