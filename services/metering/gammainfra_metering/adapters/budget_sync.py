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

Work is coalesced: `note()` only records (latest total per scope, request ids
to clear) and a background task flushes once per interval in one pipeline, off
the ledger's hot path. A Redis failure is logged and counted; the state is kept
and retried on the next tick (request ids beyond a cap are dropped: their
pending entries expire by TTL). Redis is a cache here, the ledger the truth.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

import structlog
from prometheus_client import CollectorRegistry, Counter
from redis.exceptions import RedisError

from ..domain.months import month_key
from .budget_keys import month_keys
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
        self._script = redis.register_script(SYNC_SCOPE)
        # (customer, key|None, YYYYMM) -> [ledger total, request ids to clear]
        self._state: dict[tuple[str, str | None, str], list] = {}
        self._ids = 0
        self.flushes = Counter("gi_metering_budget_sync_total", "Redis budget syncs by outcome",
                               ["outcome"], registry=registry)

    def note(self, totals: Iterable[SpendTotal], requests: Iterable[tuple[str, str, str, str]]) -> None:
        """Record new totals and the (customer, key, YYYYMM, request_id) they include."""
        state = self._state
        for t in totals:
            scope = (t.customer_id, t.api_key_id, month_key((t.month.year, t.month.month)))
            entry = state.get(scope)
            if entry is None:
                state[scope] = [t.spent_micro_usd, []]
            else:
                entry[0] = max(entry[0], t.spent_micro_usd)
        if self._ids > MAX_PENDING_IDS:
            return  # Redis has been away a while: let the pending entries expire instead
        for customer, key, month, request_id in requests:
            for scope in ((customer, None, month), (customer, key, month)):
                entry = state.get(scope)
                if entry is None:
                    # No new total (the row was a duplicate): still clear its pending entry.
                    entry = state[scope] = [-1, []]
                entry[1].append(request_id)
                self._ids += 1

    async def run(self) -> None:
        while True:
            await asyncio.sleep(self._interval_s)
            await self.flush()

    async def flush(self) -> None:
        if not self._state:
            return
        state, self._state, ids = self._state, {}, self._ids
        self._ids = 0
        try:
            async with self._redis.pipeline(transaction=False) as pipe:
                for (customer, key, month), (total, request_ids) in state.items():
                    await self._script(keys=month_keys(customer, key, month),
                                       args=[total, KEY_TTL_S, *request_ids], client=pipe)
                await pipe.execute()
        except (RedisError, OSError) as exc:
            self.flushes.labels("failed").inc()
            log.warning("budget sync to Redis failed; retrying next tick", error=repr(exc), scopes=len(state))
            for scope, (total, request_ids) in state.items():
                entry = self._state.setdefault(scope, [-1, []])
                entry[0] = max(entry[0], total)
                entry[1].extend(request_ids)
            self._ids += ids
            return
        self.flushes.labels("ok").inc()
