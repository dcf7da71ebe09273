"""Closing a period: freeze (what each invoice contains, decided once in one
transaction) then sync to Stripe (customer, draft invoice, one invoice item per
line with cents, finalize), recording each Stripe id as soon as it exists.

Guarantees: re-running a period, a crash between any two Stripe calls, or two
closers racing never make a second invoice or item: the freeze happens once per
period (period_closes), every Stripe call carries a key derived from (customer,
period, line) only, and only one closer runs at a time (a PostgreSQL advisory
lock). The invoice total is the sum of the lines' cents; after finalizing, the
amount Stripe says is due is compared with it and any mismatch is logged and
counted (`gi_billing_reconcile_mismatch_total`).

Raises `NotClosable` before the period's end + grace, `CloseInProgress` when another closer holds the lock.
"""

from __future__ import annotations

import asyncio
import time
from datetime import datetime, timedelta

import stripe
import structlog

from ..adapters.invoice_store import InvoiceStore
from ..adapters.stripe_api import StripeApi
from ..domain.periods import Period
from .customers import CustomerSync

log = structlog.get_logger(__name__)

CLOSE_LOCK = 0x6269_6C6C_636C  # "billcl"


class NotClosable(Exception):
    pass


class CloseInProgress(Exception):
    pass


class PeriodCloser:
    def __init__(self, invoices: InvoiceStore, customers: CustomerSync, stripe_api: StripeApi, *,
                 grace: timedelta, invoices_topic: str, on_staged=lambda: None, concurrency: int = 8,
                 metrics=None) -> None:
        self._invoices = invoices
        self._customers = customers
        self._stripe = stripe_api
        self._grace = grace
        self._topic = invoices_topic
        self._on_staged = on_staged
        self._concurrency = concurrency
        self._metrics = metrics

    async def close(self, period: Period, now: datetime) -> dict:
        if now < period.closable_at(self._grace):
            raise NotClosable(f"{period} can be closed from {period.closable_at(self._grace).isoformat()} "
                              f"(its end + the {self._grace} grace window for late events)")
        started = time.monotonic()
        async with self._invoices.pool.acquire() as lock_conn:
            if not await lock_conn.fetchval("SELECT pg_try_advisory_lock($1)", CLOSE_LOCK):
                raise CloseInProgress("another billing close is running")
            try:
                was_closed = await self._invoices.is_closed(period)
                frozen = await self._invoices.freeze(period, now)
                pending = await self._invoices.unfinished()  # this period's and any earlier unfinished ones
                semaphore = asyncio.Semaphore(self._concurrency)

                async def one(inv: dict) -> str:
                    async with semaphore:
                        return await self.sync_invoice(inv, now)

                outcomes = await asyncio.gather(*(one(inv) for inv in pending))
            finally:
                await lock_conn.fetchval("SELECT pg_advisory_unlock($1)", CLOSE_LOCK)
        self._on_staged()
        return {"period": period.name, "already_closed": was_closed, "invoices_frozen": frozen,
                "invoices_synced": len(pending), "finalized": outcomes.count("finalized"),
                "seconds": round(time.monotonic() - started, 3)}

    async def sync_invoice(self, inv: dict, now: datetime) -> str:
        customer_id, period = inv["customer_id"], inv["period"]
        stripe_customer = await self._customers.ensure_stripe_customer(customer_id)
        if stripe_customer is None:
            log.warning("invoice left unsent: customer erased", invoice_id=inv["invoice_id"])
            return "skipped"
        stripe_invoice = inv["stripe_invoice_id"]
        if stripe_invoice is None:
            stripe_invoice = await self._stripe.create_invoice(stripe_customer, customer_id, period, inv["invoice_id"])
            await self._invoices.transition(inv["invoice_id"], status="draft", event_kind="created", at=now,
                                            topic=self._topic, fields={"stripe_invoice_id": stripe_invoice})
        for line in await self._invoices.lines(inv["invoice_id"]):
            if line["amount_cents"] == 0 or line["stripe_invoice_item_id"]:
                continue  # nothing to charge, or already in Stripe
            item = await self._stripe.create_invoice_item(
                stripe_customer, stripe_invoice, customer_id, period, line["line_key"], line["amount_cents"],
                line["description"], {"invoice_id": inv["invoice_id"], "line_key": line["line_key"][:500],
                                      "amount_micro_usd": str(line["amount_micro_usd"]),
                                      "prompt_tokens": str(line["prompt_tokens"]),
                                      "completion_tokens": str(line["completion_tokens"])})
            await self._invoices.set_line_item(inv["invoice_id"], line["line_key"], item)
        try:
            final = await self._stripe.finalize_invoice(stripe_invoice, customer_id, period)
        except stripe.InvalidRequestError:
            # Finalized by an earlier run whose idempotency key Stripe no longer remembers (24 h).
            final = await self._stripe.retrieve_invoice(stripe_invoice)
            if final.status == "draft":
                raise
        if final.amount_due != inv["amount_cents"]:
            log.error("stripe amount due differs from the invoice total", invoice_id=inv["invoice_id"],
                      stripe_amount_due=final.amount_due, amount_cents=inv["amount_cents"])
            if self._metrics is not None:
                self._metrics.reconcile_mismatch.inc()
        await self._invoices.transition(inv["invoice_id"], status="open", event_kind="finalized", at=now,
                                        topic=self._topic, fields={"hosted_invoice_url": final.hosted_invoice_url})
        log.info("invoice finalized", invoice_id=inv["invoice_id"], amount_cents=inv["amount_cents"])
        return "finalized"
