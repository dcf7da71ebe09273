"""One Redis pub/sub channel followed for the life of a process.

`follow_channel` subscribes, calls `on_connect` after every (re)subscription
(pub/sub is fire-and-forget: whatever was published while disconnected is lost,
so a listener that keeps a cache must drop it there), then `on_message` with
each message's data as text. Redis down: reconnects with exponential backoff
(0.2 s to 5 s) and logs once per attempt. Runs until cancelled. The client must
not have a socket read timeout (the subscription waits indefinitely).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import redis.asyncio as aioredis
import structlog

__all__ = ["follow_channel"]

log = structlog.get_logger(__name__)


async def follow_channel(redis: aioredis.Redis, channel: str, *, on_message: Callable[[str], None],
                         on_connect: Callable[[], None] = lambda: None) -> None:
    delay = 0.2
    while True:
        pubsub = redis.pubsub(ignore_subscribe_messages=True)
        try:
            await pubsub.subscribe(channel)
            on_connect()
            delay = 0.2
            async for message in pubsub.listen():
                if message and message.get("type") == "message":
                    on_message(message["data"].decode())
        except asyncio.CancelledError:
            raise
        except (OSError, aioredis.RedisError) as exc:
            log.warning("pub/sub listener lost Redis; retrying", channel=channel, error=type(exc).__name__,
                        retry_in_s=delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)
        finally:
            try:
                await pubsub.aclose()
            except (OSError, aioredis.RedisError):
                pass
