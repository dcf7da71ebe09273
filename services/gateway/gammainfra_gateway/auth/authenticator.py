"""Verifies API keys with bcrypt once per key (and stored hash), re-reading the row once per TTL.

A verified key is cached in process under a fast hash of the whole presented key
(never the key itself), so bcrypt runs once per key, not per request; when the
entry's TTL runs out the key's row is read again (revoked? new limits or budgets?)
and bcrypt runs again only if the stored hash changed. A
key that failed is remembered too (negative cache), so a flood of bad keys costs
one bcrypt each at most — and none for shapes that are not our keys, or for
unknown key ids. Concurrent first requests with the same key share one
verification. Revocation evicts by key id (see `revocation.py`).

PostgreSQL unavailable when an entry's TTL has run out: the expired entry keeps
being used (stale-if-error; a revoked key was evicted, so revocation still holds)
until the row can be read again. A key with no entry at all then gets 503
`service_unavailable` with Retry-After (`StoreUnavailable`), never a 500.

Raises `AuthenticationFailed` (401) or `StoreUnavailable` (503); other store errors propagate.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from dataclasses import dataclass

import structlog

from gammainfra_common.postgres import TRANSIENT_WRITE_ERRORS

from ..errors import AuthenticationFailed, StoreUnavailable
from .keys import check_secret, fingerprint, parse_key
from .store import KeyStore

MAX_ENTRIES = 100_000
log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class Principal:
    key_id: str
    customer_id: str
    requests_per_minute: int | None
    budget_limits: tuple[int | None, int | None] = (None, None)  # monthly (customer, key), micro-USD
    billing: object | None = None  # billing.enforce.BillingState: suspension, credit limit


class _Bounded(OrderedDict):
    """Insertion-ordered map that drops the oldest entries beyond a size
    (and tells `on_evict`, so an index over the entries can stay bounded too)."""

    def __init__(self, limit: int, on_evict=None) -> None:
        super().__init__()
        self._limit = limit
        self._on_evict = on_evict

    def put(self, key, value) -> None:
        self[key] = value
        self.move_to_end(key)
        while len(self) > self._limit:
            old_key, old_value = self.popitem(last=False)
            if self._on_evict is not None:
                self._on_evict(old_key, old_value)


class Authenticator:
    def __init__(self, store: KeyStore, *, ttl_s: float, negative_ttl_s: float,
                 clock=time.monotonic) -> None:
        self._store = store
        self._ttl_s = ttl_s
        self._negative_ttl_s = negative_ttl_s
        self._clock = clock
        # fingerprint -> (Principal, expires, the stored hash the key was checked against)
        self._valid: _Bounded = _Bounded(MAX_ENTRIES, on_evict=self._unindex)
        self._invalid: _Bounded = _Bounded(MAX_ENTRIES)    # fingerprint -> expires
        self._by_key_id: dict[str, set[bytes]] = {}
        self._inflight: dict[bytes, asyncio.Future] = {}
        # Bumped by every eviction of a key id: a verification that started before a
        # revocation must not cache its (now stale) success afterwards.
        self._generation: dict[str, int] = {}
        self.bcrypt_runs = 0

    async def authenticate(self, raw_key: str) -> Principal:
        fp = fingerprint(raw_key)
        now = self._clock()
        cached = self._valid.get(fp)
        if cached is not None and cached[1] > now:
            return cached[0]
        rejected_until = self._invalid.get(fp)
        if rejected_until is not None and rejected_until > now:
            raise AuthenticationFailed("Invalid API key.")
        inflight = self._inflight.get(fp)
        if inflight is not None:
            return await asyncio.shield(inflight)
        future = asyncio.get_running_loop().create_future()
        self._inflight[fp] = future
        try:
            principal = await self._verify(raw_key, fp, cached)
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # mark retrieved: waiters may be none
            raise
        else:
            future.set_result(principal)
            return principal
        finally:
            del self._inflight[fp]

    async def _verify(self, raw_key: str, fp: bytes, expired: tuple | None) -> Principal:
        """`expired`: this very key's (same fingerprint) cache entry whose TTL ran out, if any.
        If the row still holds the stored hash it matched, bcrypt would give the same answer:
        the row is re-read (revocation, limits, budgets) but bcrypt is not run again. Without
        this every active key cost one bcrypt (~0.3 s of CPU at cost 12) per TTL, a CPU cost
        that grew with the number of active keys, not with requests."""
        checked_hash = expired[2] if expired is not None else None
        parsed = parse_key(raw_key)
        generation = self._generation.get(parsed.key_id, 0) if parsed else 0
        try:
            record = await self._store.find_key(parsed.key_id) if parsed else None
        except TRANSIENT_WRITE_ERRORS as exc:
            log.warning("API key row unreadable: PostgreSQL unavailable", error=type(exc).__name__,
                        stale=expired is not None)
            if expired is not None:
                return expired[0]  # not re-cached: the row is read again on the next request
            raise StoreUnavailable() from exc
        ok = False
        if record is not None and not record.revoked:
            if checked_hash is not None and checked_hash == record.secret_hash:
                ok = True
            else:
                self.bcrypt_runs += 1
                ok = await asyncio.to_thread(check_secret, parsed.secret, record.secret_hash)
        if not ok:
            self._invalid.put(fp, self._clock() + self._negative_ttl_s)
            raise AuthenticationFailed("Invalid API key.")
        principal = Principal(record.key_id, record.customer_id, record.requests_per_minute,
                              (record.customer_budget_micro_usd, record.key_budget_micro_usd), record.billing)
        if self._generation.get(record.key_id, 0) != generation:
            # Revoked while we were verifying: this request read the row before the
            # revocation and may pass, but the success must not be cached.
            return principal
        self._valid.put(fp, (principal, self._clock() + self._ttl_s, record.secret_hash))
        self._by_key_id.setdefault(record.key_id, set()).add(fp)
        return principal

    def _unindex(self, fp: bytes, entry: tuple[Principal, float, bytes]) -> None:
        # Without this the key-id index kept one entry per key ever verified: it grew
        # with the key population while the cache itself stayed at MAX_ENTRIES.
        fps = self._by_key_id.get(entry[0].key_id)
        if fps is not None:
            fps.discard(fp)
            if not fps:
                del self._by_key_id[entry[0].key_id]

    def evict_key(self, key_id: str) -> None:
        self._generation[key_id] = self._generation.get(key_id, 0) + 1
        for fp in self._by_key_id.pop(key_id, ()):
            self._valid.pop(fp, None)

    def clear(self) -> None:
        """Forget every verified key (e.g. after missing revocation messages)."""
        self._valid.clear()
        self._by_key_id.clear()
