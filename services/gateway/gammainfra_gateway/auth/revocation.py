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

from gammainfra_common.pubsub import follow_channel

from .authenticator import Authenticator

CHANNEL = "gi:keys:revoked"


async def publish_revocation(redis: aioredis.Redis, key_id: str) -> int:
    return await redis.publish(CHANNEL, key_id)


async def listen_for_revocations(redis: aioredis.Redis, authenticator: Authenticator,
                                 ready: asyncio.Event | None = None) -> None:
    """Runs until cancelled; reconnects with backoff (`follow_channel`)."""

    def connected() -> None:
        authenticator.clear()
        if ready is not None:
            ready.set()

    await follow_channel(redis, CHANNEL, on_message=authenticator.evict_key, on_connect=connected)
