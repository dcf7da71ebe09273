"""BYOK cache eviction through Redis pub/sub (the same pattern as key revocation).

`publish_byok_change` is called after every committed change of a customer's
BYOK keys or fallback setting; every gateway process listening evicts that
customer's cached keys at once. A listener that (re)connects clears its whole
cache, so a message missed while disconnected cannot keep a revoked key alive;
the cache TTL bounds the worst case while Redis is down.
"""

from __future__ import annotations

import asyncio

import redis.asyncio as aioredis
import structlog

from .credentials import CHANNEL, ByokCredentials

log = structlog.get_logger(__name__)


async def publish_byok_change(redis: aioredis.Redis, customer_id: str) -> int:
    return await redis.publish(CHANNEL, customer_id)


async def listen_for_byok_changes(redis: aioredis.Redis, credentials: ByokCredentials) -> None:
    """Runs until cancelled; reconnects with backoff."""
    delay = 0.2
    while True:
        pubsub = redis.pubsub(ignore_subscribe_messages=True)
        try:
            await pubsub.subscribe(CHANNEL)
            credentials.clear()
            delay = 0.2
            async for message in pubsub.listen():
                if message and message.get("type") == "message":
                    credentials.evict(message["data"].decode())
        except asyncio.CancelledError:
            raise
        except (OSError, aioredis.RedisError) as exc:
            log.warning("byok listener lost Redis; retrying", error=type(exc).__name__, retry_in_s=delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)
        finally:
            try:
                await pubsub.aclose()
            except (OSError, aioredis.RedisError):
                pass
