"""Rate limits without a Redis round trip per request: leased quota.

Each process leases a few requests' worth of quota per bucket from Redis and
spends it locally; it goes back to Redis only when a bucket's lease is empty.
The lease script applies the same two-window rule as limiter.SLIDING_WINDOW
and counts the whole lease in Redis the moment it is granted, so:

- **No overshoot.** Every request admitted anywhere was counted in Redis
  before it was admitted; the global count never exceeds the limit (exactly
  the guarantee of the per-request script).
- **Leases grow with demand.** A bucket's first lease in a window asks for
  `lease_first` requests; each further refill in the same window asks for
  twice the last, up to `lease_max`. A key that sends a few requests a minute
  keeps small leases (little quota held unspent), a busy one reaches
  `lease_max` after a few refills and then goes to Redis once per `lease_max`
  requests instead of once per `lease_first` (with 64 concurrent requests on
  one key, a lease of 32 had each request wait on ~3 refills).
- **Bounded early refusal.** Quota leased but not yet spent is counted without
  having been used. A lease is at most `max(1, headroom // LEASE_SHARE)`
  requests and never more than `lease_max`, so far from the limit a process
  holds up to `lease_max`, and near it leases shrink to one request (exact).
  Per bucket and window, at most `processes * lease_max` requests can be
  refused early, and only while the bucket is within `LEASE_SHARE *
  processes * lease_max` of its limit (with the default lease_max of 256 and
  LEASE_SHARE 8, a limit of 600 a minute gets leases of at most 75). Unspent
  leases are dropped when the window turns (they were counted in the old
  window); that is the quota lost, and since the sliding rule still weighs the
  old window, just after a turn the early refusals can reach about twice the
  bound.
- One refill per bucket at a time: concurrent requests of a process that find
  the same lease empty wait for one Redis call, not one each. And one Redis
  call per loop turn: the refills of different buckets asked for in the same
  turn go together (the script takes many buckets; at most MAX_BUCKETS_PER_CALL
  a call, so one call never holds Redis long). The requester's own request is
  taken from its grant inside that call, so no request that runs in between can
  spend the grant before its requester resumes.

When Redis fails, the base class's local limiter takes over as before.
"""

from __future__ import annotations

import asyncio

import redis.asyncio as aioredis
import structlog

from gammainfra_common.redis_client import LuaScript

from .limiter import KEY_TTL_MS, REDIS_RETRY_AFTER_S, WINDOW_MS, Decision, RateLimiter

log = structlog.get_logger(__name__)

LEASE_SHARE = 8  # a lease takes at most 1/8 of the headroom left, so near the limit leases shrink to 1
MAX_BUCKETS_PER_CALL = 128  # Lua runs atomically: a bounded call keeps other clients' latency bounded
ADMITTED = "admitted"  # a refill's outcome when its requester was admitted from its own grant

# KEYS: for each bucket i, current window key then previous window key.
# ARGV: now_ms, window_start_ms, window_ms, ttl_ms, share, then (limit_i, want_i) pairs.
# Returns the granted count per bucket (0 = no headroom).
LEASE = """
local now, start, window, ttl, share = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]),
  tonumber(ARGV[4]), tonumber(ARGV[5])
local weight = (window - (now - start)) / window
local granted = {}
for i = 1, #KEYS / 2 do
  local limit, want = tonumber(ARGV[4 + 2 * i]), tonumber(ARGV[5 + 2 * i])
  local current = tonumber(redis.call('GET', KEYS[2 * i - 1]) or '0')
  local previous = tonumber(redis.call('GET', KEYS[2 * i]) or '0')
  local headroom = math.floor(limit - current - previous * weight)
  local grant = 0
  if headroom >= 1 then
    grant = math.min(want, math.max(1, math.floor(headroom / share)))
    redis.call('INCRBY', KEYS[2 * i - 1], grant)
    redis.call('PEXPIRE', KEYS[2 * i - 1], ttl)
  end
  granted[i] = grant
end
return granted
"""


class LeasedRateLimiter(RateLimiter):
    def __init__(self, redis: aioredis.Redis, *, lease_max: int, lease_first: int | None = None,
                 **kwargs) -> None:
        super().__init__(redis, **kwargs)
        self._lease_script = LuaScript(redis, LEASE)
        self._lease_max = lease_max
        self._lease_first = min(lease_first or lease_max, lease_max)
        self._window = -1
        self._leases: dict[str, int] = {}  # bucket -> requests left in this window's lease
        self._wants: dict[str, int] = {}  # bucket -> size of its next lease request in this window
        self._refills: dict[str, asyncio.Future] = {}  # bucket -> the refill in flight
        self._queued: list = []  # refills asked for in this loop turn: (buckets, now_ms, window, future)
        self._sending: set[asyncio.Task] = set()

    def _turn_window(self, start: int) -> None:
        if start != self._window:
            # Unspent leases belong to the old window; demand is learnt again in the new one.
            self._window, self._leases, self._wants = start, {}, {}

    async def check(self, limits: list[tuple[str, int]]) -> Decision:
        while True:  # each round a refill lands: its requester is admitted or refused, so this ends
            if self._clock() < self._redis_down_until:  # also for waiters whose refill just failed
                return await super().check(limits)
            now_ms = int(self._clock() * 1000)
            start = now_ms - now_ms % WINDOW_MS
            self._turn_window(start)
            if self._take(limits):
                return self._decide(0, "redis")
            empty = [(bucket, limit) for bucket, limit in limits if self._leases.get(bucket, 0) <= 0]
            pending = [self._refills[b] for b, _ in empty if b in self._refills]
            if pending:
                # wait(), not gather(): a waiter that is cancelled (its client went away) must not cancel
                # the shared refill future under the request that owns the refill.
                await asyncio.wait(pending)
                continue  # another request's refill landed; others may have spent it first
            try:
                outcome = await self._refill(empty, limits, now_ms, start)
            except (OSError, aioredis.RedisError) as exc:
                if self._clock() >= self._redis_down_until:  # one warning per outage, not one per requester
                    log.warning("rate limiter: Redis unavailable, using the local limiter",
                                error=type(exc).__name__)
                self._redis_down_until = self._clock() + REDIS_RETRY_AFTER_S
                return await super().check(limits)
            if outcome == ADMITTED:
                return self._decide(0, "redis")
            if not all(outcome):
                return self._decide(WINDOW_MS - (now_ms - start), "redis")
            # Granted, but a bucket this request did not refill ran dry meanwhile: look again.

    def _take(self, limits: list[tuple[str, int]]) -> bool:
        """One request from every bucket's lease, or from none."""
        leases = self._leases
        for bucket, _ in limits:
            if leases.get(bucket, 0) <= 0:
                return False
        for bucket, _ in limits:
            leases[bucket] -= 1
        return True

    async def _refill(self, empty: list[tuple[str, int]], limits: list[tuple[str, int]], now_ms: int,
                      start: int) -> str | list[int]:
        """ADMITTED, or this request's grants (a 0 refuses it), from the one Redis call that
        carries every refill asked for in the same loop turn: requests of different keys share
        one round trip instead of one each (with many keys nearly every request refills, see
        bench/README.md "growth.py")."""
        loop = asyncio.get_running_loop()
        done = loop.create_future()
        for bucket, _ in empty:
            self._refills[bucket] = done
        self._queued.append((empty, limits, now_ms, start, done))
        if len(self._queued) == 1:
            loop.call_soon(self._send_queued)  # after the other requests ready in this turn have queued
        # shield: a requester whose client went away must not cancel what the others wait on.
        outcome = await asyncio.shield(done)
        if isinstance(outcome, Exception):
            raise outcome.with_traceback(None)  # one instance for many requesters: no growing traceback
        return outcome

    def _send_queued(self) -> None:
        queued, self._queued = self._queued, []
        task = asyncio.ensure_future(self._send(queued))
        self._sending.add(task)  # a reference until it is done (the loop keeps only a weak one)
        task.add_done_callback(self._sending.discard)

    async def _send(self, queued: list) -> None:
        try:
            for items in self._calls(queued):
                try:
                    outcomes = await self._lease(items)
                except Exception as exc:  # noqa: BLE001 - every requester decides what a failure means
                    outcomes = [exc] * len(items)
                self._settle(items, outcomes)
        finally:  # cancelled (shutdown): nobody may wait forever on a refill that will not come
            for item in queued:
                self._settle([item], None)

    @staticmethod
    def _calls(queued: list) -> list[list]:
        """The queued refills as script calls: one window each (a turn rarely spans two), at
        most MAX_BUCKETS_PER_CALL buckets each."""
        calls: list[list] = []
        by_window: dict[int, list] = {}
        for item in queued:
            by_window.setdefault(item[3], []).append(item)
        for items in by_window.values():
            call: list = []
            buckets = 0
            for item in items:
                if call and buckets + len(item[0]) > MAX_BUCKETS_PER_CALL:
                    calls.append(call)
                    call, buckets = [], 0
                call.append(item)
                buckets += len(item[0])
            calls.append(call)
        return calls

    def _settle(self, items: list, outcomes: list | None) -> None:
        """Hand each requester its outcome (None: cancel it) and end its buckets' refill."""
        for index, (empty, _, _, _, done) in enumerate(items):
            for bucket, _ in empty:
                if self._refills.get(bucket) is done:
                    del self._refills[bucket]
            if not done.done():
                if outcomes is None:
                    done.cancel()
                else:
                    done.set_result(outcomes[index])

    async def _lease(self, items: list) -> list:
        start = items[0][3]
        wanted: dict[str, tuple[int, int]] = {}  # bucket -> (limit, lease asked), each bucket once
        for empty, *_ in items:
            for bucket, limit in empty:
                if bucket not in wanted:
                    wanted[bucket] = (limit, self._wants.get(bucket, self._lease_first))
        keys: list[str] = []
        args: list[int] = [max(item[2] for item in items), start, WINDOW_MS, KEY_TTL_MS, LEASE_SHARE]
        for bucket, (limit, want) in wanted.items():
            keys += [f"gi:rl:{bucket}:{start}", f"gi:rl:{bucket}:{start - WINDOW_MS}"]
            args += [limit, want]
        grants = dict(zip(wanted, [int(g) for g in await self._lease_script(keys=keys, args=args)]))
        if self._window != start:  # the window turned meanwhile: the grants were counted in the old one
            return [[grants[bucket] for bucket, _ in empty] for empty, *_ in items]
        leases, wants = self._leases, self._wants
        for bucket, grant in grants.items():
            leases[bucket] = leases.get(bucket, 0) + grant
            wants[bucket] = min(2 * wanted[bucket][1], self._lease_max)
        outcomes: list = []
        for empty, limits, *_ in items:
            granted = [grants[bucket] for bucket, _ in empty]
            # The requester's own request comes out of its grant now, before anything else runs.
            outcomes.append(ADMITTED if all(granted) and self._take(limits) else granted)
        return outcomes
