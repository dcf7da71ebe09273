"""Per-IP and per-key requests-per-minute limits in one Redis round trip.

The Lua script checks every (key, limit) pair of a request with a sliding window
approximated by two fixed one-minute windows (the previous window's count is
weighted by how much of it still overlaps), and counts the request only if all
pairs allow it — atomically, so concurrent gateways never overshoot. Every Redis
key expires after two windows (120 s), well inside the privacy policy's hour for
keys that hold an IP address.

When Redis fails, a local limiter with the same rule takes over for a few
seconds at a time, so requests keep flowing (each process then enforces the
limits on its own share of traffic).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import redis.asyncio as aioredis
import structlog
from prometheus_client import CollectorRegistry, Counter

from gammainfra_common.metrics import cached_labels
from gammainfra_common.redis_client import LuaScript

from .local import LocalWindowLimiter

WINDOW_MS = 60_000
KEY_TTL_MS = 2 * WINDOW_MS
REDIS_RETRY_AFTER_S = 5.0
log = structlog.get_logger(__name__)

# KEYS: for each limit i, current window key then previous window key.
# ARGV: now_ms, window_start_ms, window_ms, ttl_ms, then limit_1 .. limit_n.
SLIDING_WINDOW = """
local now, start, window, ttl = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local weight = (window - (now - start)) / window
local worst = 0
for i = 1, #KEYS / 2 do
  local limit = tonumber(ARGV[4 + i])
  local current = tonumber(redis.call('GET', KEYS[2 * i - 1]) or '0')
  local previous = tonumber(redis.call('GET', KEYS[2 * i]) or '0')
  if current + previous * weight + 1 > limit then
    local wait = window - (now - start)
    if wait > worst then worst = wait end
  end
end
if worst > 0 then return worst end
for i = 1, #KEYS / 2 do
  redis.call('INCR', KEYS[2 * i - 1])
  redis.call('PEXPIRE', KEYS[2 * i - 1], ttl)
end
return 0
"""


@dataclass(frozen=True)
class Decision:
    allowed: bool
    retry_after_s: int = 0
    backend: str = "redis"


class RateLimiter:
    def __init__(self, redis: aioredis.Redis, *, registry: CollectorRegistry, clock=time.time) -> None:
        self._redis = redis
        self._script = LuaScript(redis, SLIDING_WINDOW)
        self._local = LocalWindowLimiter(WINDOW_MS, clock=clock)
        self._clock = clock
        self._redis_down_until = 0.0
        self.decisions = Counter("gi_gateway_ratelimit_decisions_total", "rate limit decisions",
                                 ["backend", "outcome"], registry=registry)
        self._decisions_for = cached_labels(self.decisions)

    async def check(self, limits: list[tuple[str, int]]) -> Decision:
        """`limits` is [(bucket, requests_per_minute)], e.g. [("ip:1.2.3.4", 1200), ("key:abc", 600)]."""
        now_ms = int(self._clock() * 1000)
        start = now_ms - now_ms % WINDOW_MS
        if self._clock() >= self._redis_down_until:
            keys: list[str] = []
            for bucket, _ in limits:
                keys += [f"gi:rl:{bucket}:{start}", f"gi:rl:{bucket}:{start - WINDOW_MS}"]
            try:
                wait_ms = await self._script(keys=keys, args=[now_ms, start, WINDOW_MS, KEY_TTL_MS,
                                                              *(limit for _, limit in limits)])
            except (OSError, aioredis.RedisError) as exc:
                self._redis_down_until = self._clock() + REDIS_RETRY_AFTER_S
                log.warning("rate limiter: Redis unavailable, using the local limiter",
                            error=type(exc).__name__)
            else:
                return self._decide(int(wait_ms), "redis")
        return self._decide(self._local.check(limits, now_ms), "local")

    def _decide(self, wait_ms: int, backend: str) -> Decision:
        allowed = wait_ms <= 0
        self._decisions_for(backend, "allowed" if allowed else "limited").inc()
        return Decision(allowed, 0 if allowed else max(1, -(-wait_ms // 1000)), backend)
