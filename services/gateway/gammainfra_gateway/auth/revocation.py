"""Revocation fan-out through Redis pub/sub.

`publish_revocation` is called by whoever revokes a key (CLI, account API) after
the database says it is revoked; every gateway process listens and evicts the key
from its cache within milliseconds. Pub/sub is fire-and-forget, so a listener that
(re)connects clears its whole cache: a revocation it may have missed cannot
outlive the reconnect. The cache TTL bounds the worst case if Redis is down.
"""

from __future__ import annotations

import asyncio

import redis.asyncio as aioredis
import structlog

from .authenticator import Authenticator

CHANNEL = "gi:keys:revoked"
log = structlog.get_logger(__name__)


async def publish_revocation(redis: aioredis.Redis, key_id: str) -> int:
    return await redis.publish(CHANNEL, key_id)


async def listen_for_revocations(redis: aioredis.Redis, authenticator: Authenticator,
                                 ready: asyncio.Event | None = None) -> None:
    """Runs until cancelled; reconnects with backoff."""
    delay = 0.2
    while True:
        pubsub = redis.pubsub(ignore_subscribe_messages=True)
        try:
            await pubsub.subscribe(CHANNEL)
            authenticator.clear()
            if ready is not None:
                ready.set()
            delay = 0.2
            async for message in pubsub.listen():
                if message and message.get("type") == "message":
                    authenticator.evict_key(message["data"].decode())
        except asyncio.CancelledError:
            raise
        except (OSError, aioredis.RedisError) as exc:
            log.warning("revocation listener lost Redis; retrying", error=type(exc).__name__, retry_in_s=delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)
        finally:
            try:
                await pubsub.aclose()
            except (OSError, aioredis.RedisError):
                pass
