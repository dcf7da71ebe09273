"""BudgetGuard: reserve before the provider call, settle when the request ends
(the scheme is in this package's docstring).

`reserve` raises `PaymentRequired` (402) when a limit would be crossed, or
`BudgetUnavailable` (503 with `Retry-After`) when Redis is down and either the
policy is fail-closed or the account is prepaid (credit mode): prepaid credits
are never spent unchecked, whatever GI_BUDGET_REDIS_FAILURE says. A prepaid
account whose credit limit is 0 is refused (402) without asking Redis at all.
`settle_soon` never blocks the request path: the settlement is queued (sent
soon, awaited by `close`); a failed settlement is logged and counted, and the
reservation then simply expires. Reservations and settlements each go to Redis
coalesced (coalesced.py): those of one loop turn as one script call, so a busy
gateway pays a round trip per batch, not per request; each is as atomic as before. `reserve` is the dispatcher's `admit` hook (run
on the chain it will really try, after BYOK keys are applied, before any provider
call), so every route that calls a provider is covered.

| metric | type | labels | meaning |
|---|---|---|---|
| gi_budget_checks_total | counter | outcome | `reserved`, `refused` (402), `redis_error_open` (served unchecked), `redis_error_closed` (503), `redis_error_credit` (503: prepaid account, never served unchecked) |
| gi_budget_settlements_total | counter | outcome | settlements written, `ok` or `failed` (the reservation then expires) |
"""

from __future__ import annotations

import asyncio
import os
import time
from dataclasses import dataclass
from datetime import UTC, datetime

import structlog
from aiohttp import web
from prometheus_client import CollectorRegistry, Counter
from redis.exceptions import RedisError

from gammainfra_common.metrics import cached_labels
from gammainfra_common.redis_client import LuaScript
from gammainfra_schemas.catalog import Catalog

from ..billing.enforce import NO_CREDIT_MESSAGE, check_not_suspended
from ..errors import ApiError, PaymentRequired
from ..record import charge
from gammainfra_schemas.budget_keys import active_key, scope_keys
from .coalesced import CoalescedScript
from .max_cost import max_cost_micro_usd
from .scripts import RESERVE, SETTLE

log = structlog.get_logger(__name__)

KEY_TTL_S = 45 * 86400
BATCH = 200  # reservations or settlements per script call: 3,000 keys, a short pause of Redis
# A Redis restart takes seconds; asking clients to come back sooner only adds load to a
# gateway that would refuse them again.
REDIS_RETRY_AFTER_S = 5


class BudgetUnavailable(ApiError):
    status = 503
    type = "server_error"
    code = "budget_unavailable"


@dataclass(frozen=True)
class Reservation:
    id: str
    customer_id: str
    api_key_id: str
    month: str
    amount: int


def _script_keys(customer_id: str, api_key_id: str, month: str) -> list[str]:
    """KEYS of one RESERVE or SETTLE item: the customer's scope, the key's scope, the active marker."""
    return scope_keys(customer_id, None, month) + scope_keys(customer_id, api_key_id, month) + \
        [active_key(customer_id)]


def current_month(now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    return f"{now.year:04d}{now.month:02d}"


class BudgetGuard:
    def __init__(self, catalog: Catalog, *, registry: CollectorRegistry, fail_open: bool,
                 reservation_ttl_s: float, pending_ttl_s: float) -> None:
        self._catalog = catalog
        self._fail_open = fail_open
        self._reservation_ttl_ms = int(reservation_ttl_s * 1000)
        self._pending_ttl_ms = int(pending_ttl_s * 1000)
        self._redis = None
        self._reserves = self._settles = None
        self._prefix = os.urandom(6).hex()
        self._sequence = 0
        self.checks = Counter("gi_budget_checks_total", "budget reservations by outcome", ["outcome"],
                              registry=registry)
        self.settlements = Counter("gi_budget_settlements_total", "budget settlements by outcome", ["outcome"],
                                   registry=registry)
        self._checks_for, self._settlements_for = cached_labels(self.checks), cached_labels(self.settlements)

    def attach(self, redis) -> None:
        self._redis = redis
        # One script call per batch of the reservations (settlements) of a loop turn: coalesced.py.
        self._reserves = CoalescedScript(LuaScript(redis, RESERVE), head=self._reserve_head, max_items=BATCH)
        self._settles = CoalescedScript(LuaScript(redis, SETTLE), max_items=BATCH,
                                        head=lambda: [int(time.time() * 1000), KEY_TTL_S])

    def _reserve_head(self) -> list[int]:
        now = int(time.time() * 1000)
        return [now, now + self._reservation_ttl_ms, now - self._pending_ttl_ms, KEY_TTL_S]

    async def reserve(self, chain, body: dict, record) -> None:
        state = getattr(record, "billing_state", None)  # records built elsewhere (tests, tools) may lack it
        check_not_suspended(state)  # before any provider call, like the limits
        customer_limit, key_limit = record.budget_limits
        if customer_limit is None and key_limit is None:
            return  # no limit: no Redis round trip, no reservation
        amount = max_cost_micro_usd(chain, body, self._catalog.fees)
        prepaid = state is not None and state.mode == "credit"
        if prepaid and not state.credit_limit_micro_usd and amount > 0:
            # Nothing bought (the limit billing published is 0): the answer does not depend
            # on what Redis holds, so it stays right while Redis is away.
            self._checks_for("refused").inc()
            raise PaymentRequired(NO_CREDIT_MESSAGE, code="insufficient_credits")
        self._sequence += 1
        reservation = Reservation(f"{self._prefix}{self._sequence:x}", record.customer_id, record.api_key_id,
                                  current_month(), amount)
        keys = _script_keys(reservation.customer_id, reservation.api_key_id, reservation.month)
        try:
            allowed, scope, used = await self._reserves.submit(keys, [
                reservation.id, amount, -1 if customer_limit is None else customer_limit,
                -1 if key_limit is None else key_limit])
        except (RedisError, OSError) as exc:
            retry = {"Retry-After": str(REDIS_RETRY_AFTER_S)}
            if prepaid:
                # Serving unchecked could spend credit the account never bought: a prepaid
                # account waits for Redis instead (postpaid budgets keep the policy).
                self._checks_for("redis_error_credit").inc()
                log.warning("budget check unavailable for a prepaid account: Redis unavailable",
                            request_id=record.request_id, error=type(exc).__name__)
                raise BudgetUnavailable("The credit check is unavailable; retry shortly.", headers=retry,
                                        error_type="internal_error") from exc
            if self._fail_open:
                self._checks_for("redis_error_open").inc()
                log.warning("budget check skipped: Redis unavailable (fail-open)", request_id=record.request_id,
                            error=type(exc).__name__)
                return
            self._checks_for("redis_error_closed").inc()
            raise BudgetUnavailable("The budget check is unavailable; retry shortly.", headers=retry,
                                    error_type="internal_error") from exc
        if not allowed:
            self._checks_for("refused").inc()
            which = "customer's" if scope == 1 else "API key's"
            if scope == 1 and prepaid:
                raise PaymentRequired(NO_CREDIT_MESSAGE, code="insufficient_credits")
            raise PaymentRequired(f"This request could cost up to ${amount / 1e6:.6f}, which would exceed the "
                                  f"{which} monthly budget. Raise the budget or lower max_tokens.")
        self._checks_for("reserved").inc()
        record.reservation = reservation

    def settle_soon(self, record) -> None:
        """Queue the settlement; never blocks (coalesced with the others of this loop turn)."""
        reservation: Reservation = record.reservation
        record.reservation = None
        cost = sum(charge(record.served_by, record.usage, self._catalog.fees))
        keys = _script_keys(reservation.customer_id, reservation.api_key_id, current_month())
        future = self._settles.submit(keys, [reservation.id, record.request_id, cost])
        future.add_done_callback(lambda done: self._settled(done, record.request_id))

    def _settled(self, future: asyncio.Future, request_id: str) -> None:
        error = future.exception()
        if error is None:
            self._settlements_for("ok").inc()
            return
        # The reservation expires on its own; the ledger will count the cost.
        self._settlements_for("failed").inc()
        log.warning("budget settlement failed", request_id=request_id, error=type(error).__name__)

    async def close(self) -> None:
        """Wait for the queued settlements to be sent."""
        for calls in (self._reserves, self._settles):
            if calls is not None:
                await calls.drain()


BUDGET = web.AppKey("budget", BudgetGuard)
