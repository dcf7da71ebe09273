"""billing.account_state.v1 -> `gateway.billing_state`, then evict the account's
cached keys on every gateway (the revocation channel), so the next request reads
the new state with its key. Idempotent and order-safe: a row is replaced only by
a higher `version`. Run by every gateway worker in one consumer group.
"""

from __future__ import annotations

from collections.abc import Sequence

import asyncpg
import redis.asyncio as aioredis
import structlog

from gammainfra_common.consumer import ConsumerConfig, ConsumerRunner, Message, TransientError, build_pipeline
from gammainfra_common.consumer.errors import InvalidEvent
from gammainfra_common.consumer.pipeline import decode_cloudevent
from gammainfra_schemas.compiled import compiled_validator_for

from ..auth.revocation import publish_revocation

log = structlog.get_logger(__name__)

UPSERT = """
INSERT INTO gateway.billing_state AS b (customer_id, mode, credit_limit_micro_usd, credit_month, suspended,
                                        suspension_reason, version, updated_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, now())
ON CONFLICT (customer_id) DO UPDATE SET mode = EXCLUDED.mode,
    credit_limit_micro_usd = EXCLUDED.credit_limit_micro_usd, credit_month = EXCLUDED.credit_month,
    suspended = EXCLUDED.suspended, suspension_reason = EXCLUDED.suspension_reason, version = EXCLUDED.version,
    updated_at = now()
WHERE b.version < EXCLUDED.version
RETURNING customer_id
"""


class BillingStateSink:
    def __init__(self, pool: asyncpg.Pool, redis: aioredis.Redis) -> None:
        self._pool = pool
        self._redis = redis

    async def write(self, batch: Sequence[Message]) -> None:
        changed = set()
        try:
            async with self._pool.acquire() as conn:
                for m in batch:
                    d = m.payload.data
                    if await conn.fetchval(UPSERT, d["customer_id"], d["mode"], d["credit_limit_micro_usd"],
                                           d["credit_month"], d["suspended"], d["suspension_reason"], d["version"]):
                        changed.add(d["customer_id"])
                keys = await conn.fetch("SELECT key_id FROM gateway.api_keys WHERE customer_id = ANY($1::text[])",
                                        list(changed)) if changed else []
        except (OSError, asyncpg.PostgresConnectionError, asyncpg.InterfaceError) as exc:
            raise TransientError(f"billing state write: {type(exc).__name__}") from exc
        for r in keys:
            try:
                await publish_revocation(self._redis, r["key_id"])  # evicts the cached principal everywhere
            except (OSError, Exception) as exc:  # noqa: BLE001 - the key cache TTL bounds the delay
                log.warning("billing state: cache eviction not published", error=type(exc).__name__)
                break
        if changed:
            log.info("billing state applied", customers=len(changed))


def billing_state_consumer(*, bootstrap: str, topic: str, group_id: str, pool: asyncpg.Pool,
                           redis: aioredis.Redis, client_id: str) -> ConsumerRunner:
    validator = compiled_validator_for("billing.account_state.v1", 1)
    sink = BillingStateSink(pool, redis)

    def validate(message: Message):
        if not validator.is_valid(message.payload.data):
            raise InvalidEvent("schema: invalid")
        return message.payload

    def factory(*, consumer, dead_letter, metrics, stopping):
        return build_pipeline(consumer=consumer, sink=sink, dead_letter=dead_letter, metrics=metrics,
                              decode=decode_cloudevent, validate=validate, max_batch_size=500, max_wait_s=0.05,
                              stopping=stopping)

    from prometheus_client import CollectorRegistry
    return ConsumerRunner(ConsumerConfig(bootstrap=bootstrap, group_id=group_id, topics=(topic,),
                                         client_id=client_id), factory, registry=CollectorRegistry())
