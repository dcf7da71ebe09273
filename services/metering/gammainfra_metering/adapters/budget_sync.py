"""RedisBudgetSync: metering writes the ledger's monthly spend to Redis, where the
gateway's budget check reads it (the scheme is described in full in
`gammainfra_gateway.budget`).

Per scope (customer, or API key) and month, the gateway's view of spend is

    ledger (written here)  +  pending_sum (settled by the gateway, not yet in the ledger)
                           +  in-flight reservations

After a ledger batch commits, this module sets `ledger` to the new total AND
removes, in the same Lua script, the pending entries of the requests that total
now includes (HDEL returns the amount to subtract). Nothing is lost: a request
settled by the gateway is counted either in `pending` or in `ledger`, never in
neither; at worst (this process dies between the PostgreSQL commit and the Redis
write) a request is counted in both until its pending entry expires
(the gateway's pending TTL), which overstates spend briefly, never understates it.
`ledger` only moves up (max), so a late write from a previous partition owner
cannot lower a newer total.

Only customers the gateway marked `active` (it refreshes the marker with every
budget reservation) are synced: customers without a budget cost one EXISTS per
flush and nothing else. Work is coalesced: `note()` only appends the batch's
totals and request references; a background task flushes once per interval in
two pipelined round trips (which customers are active; then one script per
scope of theirs), off the ledger's hot path. A Redis failure is logged and
counted; the state is kept and retried on the next tick (references beyond a
cap are dropped: their pending entries expire by TTL). Redis is a cache here,
the ledger the truth.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

import structlog
from prometheus_client import CollectorRegistry, Counter
from redis.exceptions import RedisError

from gammainfra_common.redis_client import LuaScript

from ..domain.months import month_key
from gammainfra_schemas.budget_keys import active_key, month_keys
from .ledger import SpendTotal

log = structlog.get_logger(__name__)

# KEYS: ledger, pending, pending_amt, pending_sum; ARGV: total, ttl_s, request ids...
SYNC_SCOPE = """
local cur = tonumber(redis.call('GET', KEYS[1]) or '-1')
if tonumber(ARGV[1]) > cur then
  redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
else
  redis.call('EXPIRE', KEYS[1], ARGV[2])
end
local removed = 0
for i = 3, #ARGV do
  local amt = redis.call('HGET', KEYS[3], ARGV[i])
  if amt then
    redis.call('HDEL', KEYS[3], ARGV[i])
    redis.call('ZREM', KEYS[2], ARGV[i])
    removed = removed + tonumber(amt)
  end
end
if removed ~= 0 then redis.call('DECRBY', KEYS[4], removed) end
return removed
"""

KEY_TTL_S = 45 * 86400  # a month's counters outlive the month, then vanish
MAX_PENDING_IDS = 500_000


class RedisBudgetSync:
    def __init__(self, redis, *, registry: CollectorRegistry, interval_s: float = 1.0) -> None:
        self._redis = redis
        self._interval_s = interval_s
        self._script = LuaScript(redis, SYNC_SCOPE)
        self._totals: dict[tuple[str, str | None, str], int] = {}  # (customer, key|None, YYYYMM) -> total
        self._refs: list[list[tuple[str, str, str, str]]] = []     # per batch: (customer, key, YYYYMM, request)
        self._ref_count = 0
        # Held by a flush and by `erase`, so an erased customer's totals can never be
        # written back to Redis after their keys were deleted.
        self._lock = asyncio.Lock()
        self.flushes = Counter("gi_metering_budget_sync_total", "Redis budget syncs by outcome",
                               ["outcome"], registry=registry)

    def note(self, totals: Iterable[SpendTotal], refs: list[tuple[str, str, str, str]]) -> None:
        """Record a committed batch: its new totals and its (customer, key, YYYYMM, request_id)."""
        for t in totals:
            scope = (t.customer_id, t.api_key_id, month_key((t.month.year, t.month.month)))
            if t.spent_micro_usd > self._totals.get(scope, -1):
                self._totals[scope] = t.spent_micro_usd
        if self._ref_count + len(refs) <= MAX_PENDING_IDS:
            self._refs.append(refs)  # else: Redis has been away a while; pending entries expire instead
            self._ref_count += len(refs)

    async def run(self) -> None:
        while True:
            await asyncio.sleep(self._interval_s)
            await self.flush()

    async def erase(self, customer_id: str, delete_keys) -> int:
        """Forget everything held for `customer_id`, then run `delete_keys()` (which
        deletes their Redis keys) with no flush in between. Returns its count."""
        async with self._lock:
            self._totals = {s: t for s, t in self._totals.items() if s[0] != customer_id}
            self._refs = [[r for r in refs if r[0] != customer_id] for refs in self._refs]
            self._ref_count = sum(len(refs) for refs in self._refs)
            return await delete_keys()

    async def flush(self) -> None:
        async with self._lock:
            await self._flush()

    async def _flush(self) -> None:
        if not self._totals and not self._refs:
            return
        totals, refs_batches = self._totals, self._refs
        self._totals, self._refs, self._ref_count = {}, [], 0
        try:
            await self._write(totals, refs_batches)
        except (RedisError, OSError) as exc:
            self.flushes.labels("failed").inc()
            log.warning("budget sync to Redis failed; retrying next tick", error=repr(exc), scopes=len(totals))
            for scope, total in totals.items():
                if total > self._totals.get(scope, -1):
                    self._totals[scope] = total
            for refs in refs_batches:
                self.note((), refs)
            return
        self.flushes.labels("ok").inc()

    async def _write(self, totals, refs_batches) -> None:
        customers = sorted({scope[0] for scope in totals} | {r[0] for refs in refs_batches for r in refs})
        async with self._redis.pipeline(transaction=False) as pipe:
            for customer in customers:
                pipe.exists(active_key(customer))
            active = {c for c, on in zip(customers, await pipe.execute()) if on}
        if not active:
            return
        work: dict[tuple[str, str | None, str], list] = {
            scope: [total, []] for scope, total in totals.items() if scope[0] in active}
        for refs in refs_batches:
            for customer, key, month, request_id in refs:
                if customer in active:
                    for scope in ((customer, None, month), (customer, key, month)):
                        entry = work.get(scope)
                        if entry is None:
                            # No new total (the row was a duplicate): still clear its pending entry.
                            entry = work[scope] = [-1, []]
                        entry[1].append(request_id)
        async with self._redis.pipeline(transaction=False) as pipe:
            for (customer, key, month), (total, request_ids) in work.items():
                await self._script(keys=month_keys(customer, key, month),
                                   args=[total, KEY_TTL_S, *request_ids], client=pipe)
            await pipe.execute()
