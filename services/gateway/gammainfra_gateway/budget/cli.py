"""`gammainfra budgets set --customer C [--key K] (--limit-usd X | --clear) [--json]`.

Sets (or clears) the monthly spend limit of a customer, or of one of its API
keys, in `gateway.accounts` / `gateway.api_keys` (integer micro-USD: X is parsed
as a decimal with at most 6 places, never through a float). Every gateway drops
the affected cached keys at once (the revocation channel evicts a cached key;
the next request reloads it with its new limit). A customer-level change is
published on accounts.v1 as `budget.changed` (limit_micro_usd null = removed);
key-level limits are gateway-internal and not published (accounts.v1 v1 has no
field for a key; an optional one can be added compatibly when a consumer needs it).
The event is staged in the account outbox in the same transaction as the limit
(relayed right away, or by a gateway when Kafka is unreachable: `events_pending`).
Exits non-zero with one clear line when the customer or key does not exist, or
when Redis cannot be reached after the limit was stored: the command is
idempotent, so running it again evicts what was missed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

from gammainfra_common import local_stack
from gammainfra_common.kafka.cloudevents import CloudEvent
from gammainfra_common.postgres import create_pool
from gammainfra_common.redis_client import create_redis
from gammainfra_common.settings import Url, env_field, load_settings
from gammainfra_schemas.timestamps import format_utc
from gammainfra_schemas.topics import validator_for

from ..accounts.outbox import relay_now, stage
from ..auth.revocation import publish_revocation

ACCOUNTS_TOPIC = "accounts.v1"
ACCOUNTS_DATASCHEMA = "https://gammainfra.com/schemas/accounts.v1/v1.schema.json"
MAX_LIMIT_MICRO_USD = 2**63 - 1


@dataclass(frozen=True)
class BudgetCliSettings:
    # The local demo stack's defaults, so `make up` then `gammainfra budgets set` just works.
    database_url: Url = env_field(default=local_stack.postgres_url(),
                                  schemes={"postgresql", "postgres"})
    redis_url: Url = env_field(default=local_stack.redis_url(), schemes={"redis", "rediss"})
    kafka_bootstrap: str = env_field(default=local_stack.kafka_bootstrap())


def parse_usd(text: str) -> int:
    """'12.5' -> 12500000 micro-USD; ValueError for negatives, >6 decimals, junk."""
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise ValueError(f"--limit-usd must be a decimal number of dollars, got {text!r}") from None
    if not value.is_finite() or value < 0:
        raise ValueError(f"--limit-usd must be zero or positive, got {text!r}")
    micro = value * 1_000_000
    if micro != micro.to_integral_value():
        raise ValueError(f"--limit-usd has more than 6 decimal places (micro-USD is the unit): {text!r}")
    if micro > MAX_LIMIT_MICRO_USD:
        raise ValueError(f"--limit-usd is too large: {text!r}")
    return int(micro)


def budget_changed_event(customer_id: str, limit: int | None) -> CloudEvent:
    now = datetime.now(UTC)
    data = {"type": "budget.changed", "customer_id": customer_id, "occurred_at": format_utc(now),
            "limit_micro_usd": limit}
    errors = list(validator_for(ACCOUNTS_TOPIC, 1).iter_errors(data))
    if errors:  # a bug here, not an operator error: never publish an invalid event
        raise RuntimeError(f"budget.changed event does not match accounts.v1: {errors[0].message}")
    return CloudEvent(type="com.gammainfra.budget.changed", source="/gammainfra/gateway", data=data,
                      dataschema=ACCOUNTS_DATASCHEMA, time=now)


async def _set(args) -> int:
    limit = None if args.clear else parse_usd(args.limit_usd)
    settings = load_settings(BudgetCliSettings)
    pool = await create_pool(str(settings.database_url), max_size=2)
    try:
        async with pool.acquire() as conn, conn.transaction():
            if args.key is None:
                found = await conn.fetchval("UPDATE gateway.accounts SET monthly_budget_micro_usd = $2, "
                                            "updated_at = now() WHERE customer_id = $1 RETURNING customer_id",
                                            args.customer, limit)
                if found is None:
                    raise ValueError(f"no customer with id {args.customer!r}")
                keys = [r["key_id"] for r in await conn.fetch(
                    "SELECT key_id FROM gateway.api_keys WHERE customer_id = $1 AND revoked_at IS NULL",
                    args.customer)]
                await stage(conn, budget_changed_event(args.customer, limit))
            else:
                found = await conn.fetchval("UPDATE gateway.api_keys SET monthly_budget_micro_usd = $3 "
                                            "WHERE key_id = $2 AND customer_id = $1 RETURNING key_id",
                                            args.customer, args.key, limit)
                if found is None:
                    raise ValueError(f"customer {args.customer!r} has no API key {args.key!r}")
                keys = [args.key]
        pending = await relay_now(pool, settings.kafka_bootstrap)
    finally:
        await pool.close()
    redis = create_redis(str(settings.redis_url))
    try:
        notified = sum([await publish_revocation(redis, key) for key in keys])
    finally:
        await redis.aclose()
    result = {"customer_id": args.customer, "api_key_id": args.key, "monthly_budget_micro_usd": limit,
              "event_staged": args.key is None, "events_pending": pending, "cached_keys_evicted": len(keys), "gateway_notifications": notified}
    scope = f"key {args.key}" if args.key else f"customer {args.customer}"
    human = f"{scope}: " + ("no monthly budget" if limit is None else f"monthly budget ${limit / 1e6:,.6f}")
    print(json.dumps(result, indent=2) if args.json else human)
    return 0


def register_budgets(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("budgets", help="monthly spend limits of customers and API keys")
    sub = parser.add_subparsers(dest="budgets_command", required=True)
    set_ = sub.add_parser("set", help="set or clear a monthly budget (cost + platform fee, USD)")
    set_.add_argument("--customer", required=True, help="customer id")
    set_.add_argument("--key", default=None, help="API key id (default: the customer's own budget)")
    which = set_.add_mutually_exclusive_group(required=True)
    which.add_argument("--limit-usd", help="limit in USD, e.g. 25 or 0.5 (up to 6 decimals)")
    which.add_argument("--clear", action="store_true", help="remove the limit")
    set_.add_argument("--json", action="store_true")
    set_.set_defaults(func=lambda args: asyncio.run(_set(args)))
