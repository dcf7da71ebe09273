"""`gammainfra accounts ...` and `gammainfra keys ...` (operator commands).

They go through the same store as the self-service account API, so the same
validation applies and every change stages its accounts.v1 event in the same
transaction. Right after the change the command relays the outbox once; when
Kafka is unreachable the events stay in the outbox and a running gateway's relay
sends them (reported as `events_pending`).
"""

from __future__ import annotations

import argparse
import asyncio
import json
from dataclasses import dataclass

from gammainfra_common import local_stack
from gammainfra_common.postgres import create_pool
from gammainfra_common.redis_client import create_redis
from gammainfra_common.settings import Url, env_field, load_settings

from .accounts import domain
from .accounts.outbox import relay_now
from .accounts.store import AccountStore, EmailTaken
from .auth.revocation import publish_revocation
from .errors import InvalidRequest

LOCAL_DSN = local_stack.postgres_url()
RELAY_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class CliSettings:
    # The local demo stack's defaults, so `make up` then `gammainfra accounts create` just works.
    database_url: Url = env_field(default=LOCAL_DSN, schemes={"postgresql", "postgres"})
    redis_url: Url = env_field(default=local_stack.redis_url(), schemes={"redis", "rediss"})
    kafka_bootstrap: str = env_field(default=local_stack.kafka_bootstrap(), help="where accounts.v1 events go")


def _emit(payload: dict, as_json: bool, human: str) -> None:
    print(json.dumps(payload, indent=2) if as_json else human)


def _checked(parse, *args):
    """The account API's validation, as a CLI error instead of an HTTP 400."""
    try:
        return parse(*args)
    except InvalidRequest as exc:
        raise ValueError(exc.message) from None


async def _with_store(fn):
    settings = load_settings(CliSettings)
    pool = await create_pool(str(settings.database_url), max_size=2)
    try:
        result = await fn(AccountStore(pool))
        pending = await relay_now(pool, settings.kafka_bootstrap, timeout_s=RELAY_TIMEOUT_S)
    finally:
        await pool.close()
    return settings, result, pending


async def _create_account(args) -> int:
    email, name = _checked(domain.parse_signup, {"email": args.email, "name": args.name})

    async def create(store: AccountStore):
        try:
            return await store.create_account(email, name)
        except EmailTaken:
            raise ValueError(f"an account with email {email} already exists") from None

    _, (account, key, api_key), pending = await _with_store(create)
    _emit({"customer_id": account.customer_id, "key_id": key.key_id, "api_key": api_key,
           "events_pending": pending}, args.json,
          f"customer_id: {account.customer_id}\nkey_id:      {key.key_id}\n"
          f"api_key:     {api_key}\n(the key is shown only once)")
    return 0


async def _revoke_key(args) -> int:
    settings, customer, pending = await _with_store(lambda store: store.revoke_key_by_id(args.key_id))
    if customer is None:
        raise ValueError(f"no active key with id {args.key_id!r}")
    redis = create_redis(str(settings.redis_url))
    try:
        listeners = await publish_revocation(redis, args.key_id)
    finally:
        await redis.aclose()
    _emit({"key_id": args.key_id, "customer_id": customer, "revoked": True, "gateways_notified": listeners,
           "events_pending": pending},
          args.json, f"revoked {args.key_id} ({listeners} gateway processes notified)")
    return 0


async def _create_key(args) -> int:
    spec = _checked(domain.parse_new_key, {"name": args.name, "requests_per_minute": args.rpm})

    async def create(store: AccountStore):
        if await store.get_account(args.customer_id) is None:
            raise ValueError(f"no account with id {args.customer_id!r}")
        return await store.create_key(args.customer_id, spec)

    _, (key, api_key), pending = await _with_store(create)
    _emit({"customer_id": args.customer_id, "key_id": key.key_id, "api_key": api_key,
           "events_pending": pending}, args.json,
          f"key_id:  {key.key_id}\napi_key: {api_key}\n(the key is shown only once)")
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
