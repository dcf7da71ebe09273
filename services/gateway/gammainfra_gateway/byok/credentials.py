"""Which key each endpoint of a request's chain is called with: the customer's own
(BYOK) key for a provider they set one for, else the managed key.

`ByokCredentials.apply(chain, record)` is the dispatcher's credentials hook. Per
customer it holds, in process, the opened keys (as `Secret`, never logged) and
the account's `byok_fallback_to_managed`, for `ttl_s` — one PostgreSQL query per
customer per TTL, none per request; an account without BYOK keys is cached too.
Every change (PUT/DELETE of a key, the fallback setting) is published on
`CHANNEL` and evicts the customer in every gateway process (`eviction.py`); the
TTL bounds staleness if Redis is down. While PostgreSQL is unavailable an expired
entry keeps being used (stale-if-error: an evicted one is gone, so a change is
never undone by this), and a customer with no entry at all gets 503
`service_unavailable` with Retry-After instead of a 500 (chaos `postgres_restart`).

Rules: a candidate of a provider with a BYOK key is called with that key
(`byok=True`); without the account's permission its managed twin is dropped, so
the managed key is never used silently for that provider. With permission, the
managed twin follows right after it in the chain. A candidate without a managed
key (`api_key=None`) stays only when the customer has a key for its provider. A stored key that does not
open (its key id was removed from the ring) is logged and treated as present
but unusable: that provider is skipped, never silently served with the managed
key unless the customer allowed it.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass, replace

import structlog

from gammainfra_common.postgres import TRANSIENT_WRITE_ERRORS
from gammainfra_common.settings import Secret

from ..errors import StoreUnavailable
from ..record import RequestRecord
from ..routing.candidates import MAX_CHAIN, Candidate
from .crypto import BadRecord, Keyring
from .store import ByokStore

CHANNEL = "gi:byok:changed"
MAX_CUSTOMERS = 100_000
log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class CustomerKeys:
    keys: dict[str, Secret | None]  # provider -> key; None: stored but does not open
    fallback_to_managed: bool


NO_KEYS = CustomerKeys({}, False)


class ByokCredentials:
    def __init__(self, store: ByokStore, keyring: Keyring | None, *, ttl_s: float, clock=time.monotonic) -> None:
        self._store = store
        self._keyring = keyring
        self._ttl_s = ttl_s
        self._clock = clock
        self._cache: OrderedDict[str, tuple[CustomerKeys, float]] = OrderedDict()
        # Bumped by each eviction: a load that started before it must not be cached.
        self._generation: dict[str, int] = {}
        self.loads = 0
        self.stale_uses = 0  # loads that failed (PostgreSQL unavailable): an expired entry served, or 503

    async def for_customer(self, customer_id: str) -> CustomerKeys:
        cached = self._cache.get(customer_id)
        if cached is not None and cached[1] > self._clock():
            return cached[0]
        generation = self._generation.get(customer_id, 0)
        self.loads += 1
        try:
            fallback, sealed = await self._store.load(customer_id)
        except TRANSIENT_WRITE_ERRORS as exc:
            self.stale_uses += 1
            log.warning("byok settings unreadable: PostgreSQL unavailable", customer_id=customer_id,
                        error=type(exc).__name__, stale=cached is not None)
            if cached is not None:
                return cached[0]
            raise StoreUnavailable() from exc
        keys: dict[str, Secret | None] = {}
        for provider, record in sealed:
            try:
                if self._keyring is None:
                    raise BadRecord("no BYOK keyring configured")
                keys[provider] = Secret(self._keyring.open(record, customer_id, provider))
            except BadRecord as exc:
                log.error("byok key does not open; provider skipped for this customer",
                          customer_id=customer_id, provider=provider, reason=str(exc))
                keys[provider] = None
        entry = CustomerKeys(keys, fallback) if keys or fallback else NO_KEYS
        if self._generation.get(customer_id, 0) == generation:
            self._cache[customer_id] = (entry, self._clock() + self._ttl_s)
            self._cache.move_to_end(customer_id)
            while len(self._cache) > MAX_CUSTOMERS:
                self._cache.popitem(last=False)
        return entry

    def evict(self, customer_id: str) -> None:
        self._generation[customer_id] = self._generation.get(customer_id, 0) + 1
        self._cache.pop(customer_id, None)

    def clear(self) -> None:
        self._cache.clear()

    async def apply(self, chain: list[Candidate], record: RequestRecord) -> list[Candidate]:
        if record.customer_id is None or not chain:
            return chain
        customer = await self.for_customer(record.customer_id)
        record.byok_fallback = customer.fallback_to_managed
        if not customer.keys:
            return chain  # the dispatcher drops candidates without a managed key
        out: list[Candidate] = []
        for candidate in chain:
            provider = candidate.offering.provider
            if provider not in customer.keys:
                out.append(candidate)
                continue
            key = customer.keys[provider]
            if key is not None:
                out.append(replace(candidate, api_key=key, byok=True))
            if customer.fallback_to_managed and candidate.api_key is not None:
                out.append(candidate)
        return out[:MAX_CHAIN]
