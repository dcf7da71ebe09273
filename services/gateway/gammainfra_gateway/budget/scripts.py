"""The two Lua scripts of the budget check; each runs atomically in Redis.

KEYS (both scripts): the seven keys of the customer scope, then the seven of the
API key scope (`keys.scope_keys`): ledger, pending, pending_amt, pending_sum,
reserved, reserved_amt, reserved_sum; RESERVE also takes the customer's `active`
marker (KEYS[15]), which it refreshes so metering keeps syncing this customer.

RESERVE  ARGV: now_ms, reservation_id, amount, expires_ms, pending_cutoff_ms,
               customer_limit (-1 = none), key_limit (-1 = none), key_ttl_s
  First drops expired reservations (a gateway that died mid-request) and pending
  entries older than the pending TTL (metering should have seen them long ago),
  subtracting their amounts. Then, for each scope with a limit:
  used = ledger + pending_sum + reserved_sum; if used + amount > limit, refuse:
  returns {0, scope (1 customer, 2 key), used}. Otherwise records the reservation
  in both scopes and returns {1, 0, 0}.

SETTLE   ARGV: reservation_id, request_id, cost, now_ms, key_ttl_s; KEYS[15] the `active` marker
  Releases the reservation in both scopes and, if cost > 0, adds the request's
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
local now, id, amount = tonumber(ARGV[1]), ARGV[2], tonumber(ARGV[3])
local expires, cutoff, ttl = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[8])
local limits = {tonumber(ARGV[6]), tonumber(ARGV[7])}
redis.call('SET', KEYS[15], '1', 'EX', ttl)
for scope = 1, 2 do
  local base = (scope - 1) * 7 + 1
  purge(base, now, cutoff)
  if limits[scope] >= 0 then
    local u = used(base)
    if u + amount > limits[scope] then return {0, scope, u} end
  end
end
for scope = 1, 2 do
  local base = (scope - 1) * 7 + 1
  redis.call('ZADD', KEYS[base + 4], expires, id)
  redis.call('HSET', KEYS[base + 5], id, amount)
  redis.call('INCRBY', KEYS[base + 6], amount)
  for i = 4, 6 do redis.call('EXPIRE', KEYS[base + i], ttl) end
end
return {1, 0, 0}
"""

SETTLE = """
local id, request_id, cost = ARGV[1], ARGV[2], tonumber(ARGV[3])
local now, ttl = tonumber(ARGV[4]), tonumber(ARGV[5])
if redis.call('EXISTS', KEYS[15]) == 0 then cost = 0 end
for scope = 1, 2 do
  local base = (scope - 1) * 7 + 1
  local amt = redis.call('HGET', KEYS[base + 5], id)
  if amt then
    redis.call('HDEL', KEYS[base + 5], id)
    redis.call('ZREM', KEYS[base + 4], id)
    redis.call('DECRBY', KEYS[base + 6], tonumber(amt))
  end
  if cost > 0 and redis.call('HSETNX', KEYS[base + 2], request_id, cost) == 1 then
    redis.call('ZADD', KEYS[base + 1], now, request_id)
    redis.call('INCRBY', KEYS[base + 3], cost)
    for i = 1, 3 do redis.call('EXPIRE', KEYS[base + i], ttl) end
  end
end
return 1
"""
