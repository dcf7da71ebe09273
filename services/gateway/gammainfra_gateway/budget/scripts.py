"""The two Lua scripts of the budget check; each runs atomically in Redis.

KEYS (both scripts): the seven keys of the customer scope, then the seven of the
API key scope (`keys.scope_keys`): ledger, pending, pending_amt, pending_sum,
reserved, reserved_amt, reserved_sum; RESERVE also takes the customer's `active`
marker (KEYS[15]), which it refreshes so metering keeps syncing this customer.

RESERVE  ARGV: now_ms, expires_ms, pending_cutoff_ms, key_ttl_s, n, then per reservation:
               reservation_id, amount, customer_limit (-1 = none), key_limit (-1 = none)
         KEYS: 15 per reservation (its 14 scope keys, then its customer's `active` marker)
  Handles n reservations in order (the gateway coalesces those of a loop turn,
  budget/coalesced.py), each exactly as a one-reservation call would, and returns
  one result per reservation. For each: first drops expired reservations (a
  gateway that died mid-request) and pending entries older than the pending TTL
  (metering should have seen them long ago), subtracting their amounts. Then, for
  each scope with a limit: used = ledger + pending_sum + reserved_sum (including
  the reservations earlier in the same call); if used + amount > limit, refuse:
  {0, scope (1 customer, 2 key), used}. Otherwise records the reservation in both
  scopes: {1, 0, 0}.

SETTLE   ARGV: now_ms, key_ttl_s, n, then (reservation_id, request_id, cost) per settlement;
         KEYS: 15 per settlement (its 14 scope keys, then its customer's `active` marker)
  Settles n requests in one call (the gateway coalesces the settlements of a loop turn,
  and of the time the previous call was in flight). For each, independently:
  releases the reservation in both scopes and, if cost > 0, adds the request's
  real cost as a pending entry (once per request id) until metering's ledger
  total includes it (metering removes it; see gammainfra_metering.adapters.budget_sync).
  No pending entry when the customer's `active` marker is gone: their budget
  state was erased (account deletion) while the request was in flight, and a
  settlement must not bring it back.
"""

from __future__ import annotations

_PURGE = """
-- Drops the entries of one (ZSET of id -> time, HASH of id -> amount, running sum)
-- triple that are at or before `upto`, keeping the sum equal to what is left.
local function drop_until(z, h, s, upto)
  local ids = redis.call('ZRANGEBYSCORE', z, '-inf', upto)
  if #ids == 0 then return end
  local sum = 0
  for _, id in ipairs(ids) do
    local amt = redis.call('HGET', h, id)
    if amt then sum = sum + tonumber(amt); redis.call('HDEL', h, id) end
  end
  redis.call('ZREMRANGEBYSCORE', z, '-inf', upto)
  if sum ~= 0 then redis.call('DECRBY', s, sum) end
end

local function purge(base, now, cutoff)
  drop_until(KEYS[base + 4], KEYS[base + 5], KEYS[base + 6], now)     -- expired reservations
  drop_until(KEYS[base + 1], KEYS[base + 2], KEYS[base + 3], cutoff)  -- pending past their TTL
end

local function used(base)
  return tonumber(redis.call('GET', KEYS[base]) or '0')
       + tonumber(redis.call('GET', KEYS[base + 3]) or '0')
       + tonumber(redis.call('GET', KEYS[base + 6]) or '0')
end
"""

RESERVE = _PURGE + """
local now, expires, cutoff, ttl, n = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]),
  tonumber(ARGV[4]), tonumber(ARGV[5])
local results = {}
for r = 0, n - 1 do
  local k, a = r * 15, 5 + r * 4
  local id, amount = ARGV[a + 1], tonumber(ARGV[a + 2])
  local limits = {tonumber(ARGV[a + 3]), tonumber(ARGV[a + 4])}
  redis.call('SET', KEYS[k + 15], '1', 'EX', ttl)
  local refused = nil
  for scope = 1, 2 do
    local base = k + (scope - 1) * 7 + 1
    purge(base, now, cutoff)
    if not refused and limits[scope] >= 0 then
      local u = used(base)
      if u + amount > limits[scope] then refused = {0, scope, u} end
    end
  end
  if refused then
    results[r + 1] = refused
  else
    for scope = 1, 2 do
      local base = k + (scope - 1) * 7 + 1
      redis.call('ZADD', KEYS[base + 4], expires, id)
      redis.call('HSET', KEYS[base + 5], id, amount)
      redis.call('INCRBY', KEYS[base + 6], amount)
      for i = 4, 6 do redis.call('EXPIRE', KEYS[base + i], ttl) end
    end
    results[r + 1] = {1, 0, 0}
  end
end
return results
"""

SETTLE = """
local now, ttl, n = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local done = {}
for s = 0, n - 1 do
  local k, a = s * 15, 3 + s * 3
  local id, request_id, cost = ARGV[a + 1], ARGV[a + 2], tonumber(ARGV[a + 3])
  if redis.call('EXISTS', KEYS[k + 15]) == 0 then cost = 0 end
  for scope = 1, 2 do
    local base = k + (scope - 1) * 7
    local amt = redis.call('HGET', KEYS[base + 6], id)
    if amt then
      redis.call('HDEL', KEYS[base + 6], id)
      redis.call('ZREM', KEYS[base + 5], id)
      redis.call('DECRBY', KEYS[base + 7], tonumber(amt))
    end
    if cost > 0 and redis.call('HSETNX', KEYS[base + 3], request_id, cost) == 1 then
      redis.call('ZADD', KEYS[base + 2], now, request_id)
      redis.call('INCRBY', KEYS[base + 4], cost)
      for i = 2, 4 do redis.call('EXPIRE', KEYS[base + i], ttl) end
    end
  end
  done[s + 1] = 1
end
return done
"""
