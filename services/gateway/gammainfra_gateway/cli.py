"""`gammainfra accounts ...` and `gammainfra keys ...` (operator commands).

They talk to the gateway's own schema and publish revocations to Redis; the
self-service account API (a later issue) will use the same store.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from dataclasses import dataclass

from gammainfra_common.postgres import create_pool
from gammainfra_common.redis_client import create_redis
from gammainfra_common.settings import Url, env_field, load_settings

from .auth.revocation import publish_revocation
from .auth.store import EmailTaken, KeyStore

LOCAL_DSN = "postgresql://gammainfra:gammainfra@127.0.0.1:5432/gammainfra"


@dataclass(frozen=True)
class CliSettings:
    # The local demo stack's defaults, so `make up` then `gammainfra accounts create` just works.
    database_url: Url = env_field(default=LOCAL_DSN, schemes={"postgresql", "postgres"})
    redis_url: Url = env_field(default="redis://127.0.0.1:6379/0", schemes={"redis", "rediss"})


def _emit(payload: dict, as_json: bool, human: str) -> None:
    print(json.dumps(payload, indent=2) if as_json else human)


async def _create_account(args) -> int:
    settings = load_settings(CliSettings)
    if "@" not in args.email or args.email.startswith("@") or args.email.endswith("@"):
        raise ValueError(f"not an email address: {args.email!r}")
    pool = await create_pool(str(settings.database_url), max_size=2)
    try:
        created = await KeyStore(pool).create_account(args.email, args.name)
    except EmailTaken:
        raise ValueError(f"an account with email {args.email} already exists") from None
    finally:
        await pool.close()
    _emit({"customer_id": created.customer_id, "key_id": created.key_id, "api_key": created.api_key},
          args.json, f"customer_id: {created.customer_id}\nkey_id:      {created.key_id}\n"
                     f"api_key:     {created.api_key}\n(the key is shown only once)")
    return 0


async def _revoke_key(args) -> int:
    settings = load_settings(CliSettings)
    pool = await create_pool(str(settings.database_url), max_size=2)
    try:
        customer = await KeyStore(pool).revoke_key(args.key_id)
    finally:
        await pool.close()
    if customer is None:
        raise ValueError(f"no active key with id {args.key_id!r}")
    redis = create_redis(str(settings.redis_url))
    try:
        listeners = await publish_revocation(redis, args.key_id)
    finally:
        await redis.aclose()
    _emit({"key_id": args.key_id, "customer_id": customer, "revoked": True, "gateways_notified": listeners},
          args.json, f"revoked {args.key_id} ({listeners} gateway processes notified)")
    return 0


async def _create_key(args) -> int:
    settings = load_settings(CliSettings)
    pool = await create_pool(str(settings.database_url), max_size=2)
    try:
        api_key, key_id = await KeyStore(pool).create_key(args.customer_id, args.name, args.rpm)
    finally:
        await pool.close()
    _emit({"customer_id": args.customer_id, "key_id": key_id, "api_key": api_key}, args.json,
          f"key_id:  {key_id}\napi_key: {api_key}\n(the key is shown only once)")
    return 0


def _runner(coro_fn):
    return lambda args: asyncio.run(coro_fn(args))


def register_accounts(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("accounts", help="customer accounts")
    sub = parser.add_subparsers(dest="accounts_command", required=True)
    create = sub.add_parser("create", help="create an account and its first API key (printed once)")
    create.add_argument("--email", required=True)
    create.add_argument("--name", default=None)
    create.add_argument("--json", action="store_true", help="print JSON (customer_id, key_id, api_key)")
    create.set_defaults(func=_runner(_create_account))


def register_keys(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("keys", help="GammaInfra API keys")
    sub = parser.add_subparsers(dest="keys_command", required=True)
    create = sub.add_parser("create", help="create another API key for a customer (printed once)")
    create.add_argument("--customer-id", required=True)
    create.add_argument("--name", default=None)
    create.add_argument("--rpm", type=int, default=None, help="requests per minute for this key")
    create.add_argument("--json", action="store_true")
    create.set_defaults(func=_runner(_create_key))
    revoke = sub.add_parser("revoke", help="revoke a key; every gateway stops accepting it within seconds")
    revoke.add_argument("key_id")
    revoke.add_argument("--json", action="store_true")
    revoke.set_defaults(func=_runner(_revoke_key))
