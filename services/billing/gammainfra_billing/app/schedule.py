"""The daily schedule, checked every `GI_BILLING_SCHEDULE_S`:
- close the previous month once its end + grace has passed (and finish any
  invoice whose Stripe side an earlier run left unfinished);
- suspend the keys of accounts whose failed payment is older than the grace;
- at a month change, republish every credit account's state (its new month's limit).
Every step is idempotent, so running it often costs little and a missed tick loses nothing.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import structlog

from ..adapters.customer_store import CustomerStore
from ..adapters.invoice_store import InvoiceStore
from ..domain.periods import Period
from ..metrics import BillingMetrics
from .account_state import AccountStatePublisher
from .closing import CloseInProgress, PeriodCloser
from .webhooks import suspend

log = structlog.get_logger(__name__)


class Scheduler:
    def __init__(self, closer: PeriodCloser, invoices: InvoiceStore, customers: CustomerStore,
                 state: AccountStatePublisher, *, grace: timedelta, suspend_after: timedelta, every_s: float,
                 on_staged=lambda: None, clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 metrics: BillingMetrics | None = None) -> None:
        self._closer = closer
        self._metrics = metrics
        self._invoices = invoices
        self._customers = customers
        self._state = state
        self._grace = grace
        self._suspend_after = suspend_after
        self._every_s = every_s
        self._on_staged = on_staged
        self._clock = clock
        self._published_month: str | None = None

    async def run(self) -> None:
        while True:
            # First wait, then work: a process that just started (or restarts in a loop) does
            # not close periods before its consumers caught up with the usage topic.
            await asyncio.sleep(self._every_s)
            try:
                await self.tick()
                if self._metrics is not None:
                    self._metrics.close_last_success.set_to_current_time()
            except CloseInProgress:
                pass
            except Exception as exc:  # noqa: BLE001 - Stripe/DB hiccup: the next tick retries (idempotent)
                log.warning("billing schedule tick failed; retrying next tick", error=repr(exc))

    async def tick(self) -> None:
        now = self._clock()
        previous = Period.of(now).previous()
        if now >= previous.closable_at(self._grace):
            if not await self._invoices.is_closed(previous) or await self._invoices.unfinished():
                result = await self._closer.close(previous, now)
                log.info("scheduled close", **result)
        await self.suspend_overdue(now)
        month = Period.of(now).name
        if month != self._published_month:
            await self.republish_credit_states(now)
            self._published_month = month

    async def suspend_overdue(self, now: datetime) -> int:
        due = await self._invoices.pool.fetch(
            "SELECT DISTINCT i.customer_id FROM invoices i JOIN customers c USING (customer_id) "
            "WHERE i.status = 'payment_failed' AND i.payment_failed_at <= $1 AND c.suspended_at IS NULL",
            now - self._suspend_after)
        count = 0
        for r in due:
            async with self._invoices.pool.acquire() as conn, conn.transaction():
                count += await suspend(conn, self._state, r["customer_id"], now)
        if count:
            self._on_staged()
        return count

    async def republish_credit_states(self, now: datetime) -> int:
        ids = await self._customers.credit_customers()
        for customer_id in ids:
            async with self._customers.pool.acquire() as conn, conn.transaction():
                await self._state.publish(conn, customer_id, now)
        if ids:
            self._on_staged()
        return len(ids)
