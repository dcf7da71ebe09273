"""BYOK cache eviction through Redis pub/sub (the same pattern as key revocation).

`publish_byok_change` is called after every committed change of a customer's
BYOK keys or fallback setting; every gateway process listening evicts that
customer's cached keys at once. A listener that (re)connects clears its whole
cache, so a message missed while disconnected cannot keep a revoked key alive;
the cache TTL bounds the worst case while Redis is down.
"""

from __future__ import annotations

import redis.asyncio as aioredis

from gammainfra_common.pubsub import follow_channel

from .credentials import CHANNEL, ByokCredentials


async def publish_byok_change(redis: aioredis.Redis, customer_id: str) -> int:
    return await redis.publish(CHANNEL, customer_id)


async def listen_for_byok_changes(redis: aioredis.Redis, credentials: ByokCredentials) -> None:
    """Runs until cancelled; reconnects with backoff (`follow_channel`)."""
    await follow_channel(redis, CHANNEL, on_message=credentials.evict, on_connect=credentials.clear)
