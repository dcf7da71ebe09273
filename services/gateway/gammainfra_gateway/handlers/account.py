"""The account API's HTTP handlers: read the body, call `AccountService`, shape JSON.

Thin on purpose: rules live in `accounts/`. The customer is always the one the
API key authenticates; no route takes a customer id. Sign-up is the only route
without a key, and is rate limited per client IP. No route sets a cookie.
"""

from __future__ import annotations

from datetime import datetime

import orjson
from aiohttp import web

from ..accounts.store import Account, ApiKeyInfo
from ..appkeys import ACCOUNTS, ERASURE, LIMITER, PRINCIPAL, SETTINGS
from ..clientip import CLIENT_IPS
from ..byok.store import ByokEntry
from ..errors import RateLimited
from ..requests import decode_json


def _json(body: dict, status: int = 200) -> web.Response:
    return web.Response(status=status, body=orjson.dumps(body), content_type="application/json")


def _ts(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def account_json(account: Account) -> dict:
    return {"object": "account", "customer_id": account.customer_id, "email": account.email, "name": account.name,
            "processing_objection": account.processing_objection,
            "byok_fallback_to_managed": account.byok_fallback_to_managed,
            "created_at": _ts(account.created_at), "updated_at": _ts(account.updated_at)}


def key_json(key: ApiKeyInfo) -> dict:
    return {"object": "api_key", "key_id": key.key_id, "name": key.name,
            "requests_per_minute": key.requests_per_minute,
            "monthly_budget_micro_usd": key.monthly_budget_micro_usd,
            "created_at": _ts(key.created_at), "revoked_at": _ts(key.revoked_at),
            "active": key.revoked_at is None}


def byok_json(entry: ByokEntry) -> dict:
    return {"object": "byok_key", "provider": entry.provider, "hint": entry.hint,
            "created_at": _ts(entry.created_at), "updated_at": _ts(entry.updated_at)}


def _customer(request: web.Request) -> str:
    return request[PRINCIPAL].customer_id


async def sign_up(request: web.Request) -> web.Response:
    ip = request.app[CLIENT_IPS].bucket(request)
    decision = await request.app[LIMITER].check([(f"signup:ip:{ip}", request.app[SETTINGS].signups_per_minute)])
    if not decision.allowed:
        raise RateLimited("Too many sign-ups from this address; retry later.",
                          headers={"Retry-After": str(decision.retry_after_s)})
    done = await request.app[ACCOUNTS].sign_up(decode_json(await request.read()))
    return _json({"object": "signup", "customer_id": done.account.customer_id, "key_id": done.key.key_id,
                  "api_key": done.api_key}, status=201)


async def get_account(request: web.Request) -> web.Response:
    return _json(account_json(await request.app[ACCOUNTS].get(_customer(request))))


async def patch_account(request: web.Request) -> web.Response:
    body = decode_json(await request.read())
    return _json(account_json(await request.app[ACCOUNTS].update(_customer(request), body)))


async def list_keys(request: web.Request) -> web.Response:
    keys = await request.app[ACCOUNTS].list_keys(_customer(request))
    return _json({"object": "list", "data": [key_json(k) for k in keys]})


async def create_key(request: web.Request) -> web.Response:
    raw = await request.read()
    body = decode_json(raw) if raw.strip() else {}  # every field is optional: no body is fine
    key, api_key = await request.app[ACCOUNTS].create_key(_customer(request), body)
    return _json({**key_json(key), "api_key": api_key}, status=201)


async def revoke_key(request: web.Request) -> web.Response:
    key = await request.app[ACCOUNTS].revoke_key(_customer(request), request.match_info["key_id"])
    return _json(key_json(key))


async def list_byok(request: web.Request) -> web.Response:
    entries = await request.app[ACCOUNTS].list_byok(_customer(request))
    return _json({"object": "list", "data": [byok_json(e) for e in entries]})


async def put_byok(request: web.Request) -> web.Response:
    body = decode_json(await request.read())
    entry = await request.app[ACCOUNTS].set_byok(_customer(request), request.match_info["provider"], body)
    return _json(byok_json(entry))


async def delete_byok(request: web.Request) -> web.Response:
    provider = request.match_info["provider"]
    await request.app[ACCOUNTS].delete_byok(_customer(request), provider)
    return _json({"object": "byok_key.deleted", "provider": provider, "deleted": True})


async def delete_account(request: web.Request) -> web.Response:
    """Starts erasure: 202 once every key is revoked and every BYOK row deleted (one
    transaction); the rest (every service's data) follows through lifecycle.v1."""
    raw = await request.read()
    body = decode_json(raw) if raw.strip() else {}
    erasure_id = await request.app[ERASURE].request(_customer(request), body)
    return _json({"object": "account.erasure", "erasure_id": erasure_id, "status": "pending"}, status=202)
