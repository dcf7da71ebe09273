"""The snapshot document in Redis, where the gateway's background refresh reads it.

One SET of the whole document per cycle (a reader never sees half a cycle).
No expiry: the gateway judges freshness by `generated_at_ms`, so an old document
is marked stale rather than vanishing. Raises redis-py's RedisError/OSError when
Redis is unreachable.
"""

from __future__ import annotations

import orjson
import redis.asyncio as aioredis


class RedisSnapshot:
    def __init__(self, redis: aioredis.Redis, key: str) -> None:
        self._redis = redis
        self.key = key

    async def write(self, document: dict) -> None:
        await self._redis.set(self.key, orjson.dumps(document))

    async def version(self) -> int | None:
        """The version of the document there now (None when absent or unreadable)."""
        raw = await self._redis.get(self.key)
        if raw is None:
            return None
        try:
            version = orjson.loads(raw).get("version")
        except (orjson.JSONDecodeError, AttributeError):
            return None
        return version if isinstance(version, int) else None
