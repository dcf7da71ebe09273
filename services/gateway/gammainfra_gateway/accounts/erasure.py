"""Account erasure in the gateway: the synchronous start (DELETE /v1/account) and
the gateway's part of the lifecycle erasure.

`request` (customer route): confirm, then in one transaction revoke every key,
delete every BYOK row and stage `account.erasure_requested` (see erasure_store);
after the commit, publish each key's revocation and the BYOK change so every
gateway process drops its cached copies within milliseconds (their cache TTLs
bound it if Redis is down). Retention picks the event up and commands every
service.

`GatewayLifecycle.erase` (lifecycle.v1 command): first the customer's Redis keys
(budget counters, which name the customer, and the per-key rate-limit counters,
which name their key ids; nothing can recreate them: every key is revoked), then
the account, keys and outbox rows. Purge: the gateway holds no request metadata
(its outbox rows are deleted as Kafka acknowledges them), so it acks zeros.
"""

from __future__ import annotations

from datetime import datetime

import asyncpg
import redis.asyncio as aioredis
import structlog
from redis.exceptions import RedisError

from gammainfra_common.consumer import TransientError
from gammainfra_common.lifecycle import PurgeCounts
from gammainfra_common.redis_client import delete_matching, escape_pattern

from ..auth.revocation import publish_revocation
from ..byok.eviction import publish_byok_change
from ..errors import InvalidRequest, NotFound
from . import domain
from .erasure_store import ConfirmationMismatch, ErasureStore

log = structlog.get_logger(__name__)


def redis_patterns(customer_id: str, key_ids: list[str]) -> list[str]:
    """Every Redis key pattern that names the customer or one of their keys."""
    return ([f"gi:budget:{{{escape_pattern(customer_id)}}}:*"]
            + [f"gi:rl:key:{escape_pattern(k)}:*" for k in key_ids])


class AccountErasure:
    """`evict_key` / `evict_byok`: this process's own caches, emptied before the
    response so the very next request on this process is already refused."""

    def __init__(self, store: ErasureStore, redis: aioredis.Redis, *, evict_key=lambda _k: None,
                 evict_byok=lambda _c: None) -> None:
        self._store, self._redis = store, redis
        self._evict_key, self._evict_byok = evict_key, evict_byok

    async def request(self, customer_id: str, body: dict) -> str:
        confirm = domain.parse_erasure_confirmation(body)
        try:
            started = await self._store.begin(customer_id, confirm)
        except ConfirmationMismatch:
            raise InvalidRequest("The confirmation does not match this account's email address.",
                                 param="confirm", code="confirmation_mismatch") from None
        if started is None:
            raise NotFound("This account no longer exists.")
        erasure_id, key_ids = started
        for key_id in key_ids:
            self._evict_key(key_id)
        self._evict_byok(customer_id)
        try:
            for key_id in key_ids:
                await publish_revocation(self._redis, key_id)
            await publish_byok_change(self._redis, customer_id)
        except (OSError, RedisError) as exc:
            # Revoked and deleted in the database already; other gateways' caches
            # expire by TTL (GI_GATEWAY_KEY_CACHE_TTL_S) instead of at once.
            log.warning("erasure revocations not broadcast", erasure_id=erasure_id, error=type(exc).__name__)
        log.info("account erasure requested", erasure_id=erasure_id, customer_id=customer_id, keys=len(key_ids))
        return erasure_id


class GatewayLifecycle:
    def __init__(self, store: ErasureStore, redis: aioredis.Redis) -> None:
        self._store, self._redis = store, redis

    async def erase(self, customer_id: str, erasure_id: str) -> int:
        try:
            key_ids = await self._store.key_ids(customer_id)
            deleted = await delete_matching(self._redis, redis_patterns(customer_id, key_ids))
            return deleted + await self._store.erase(customer_id)
        except (OSError, RedisError, asyncpg.PostgresConnectionError, asyncpg.InterfaceError) as exc:
            raise TransientError(f"gateway erase: {type(exc).__name__}") from exc

    async def purge(self, purge_id: str, cutoff: datetime) -> PurgeCounts:
        return PurgeCounts(0, 0)
