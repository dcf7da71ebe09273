"""Prepaid credits and the customer's billing summary.

`checkout` creates a Stripe Checkout session for a whole-cent USD amount and
remembers it (the webhook credits only sessions billing created, for the amount
paid). `set_mode` switches an account between postpaid and prepaid credit and
publishes the new state. `summary` is what `GET /v1/account/billing` shows.
"""

from __future__ import annotations

from datetime import datetime

from ..adapters.customer_store import CustomerStore
from ..adapters.invoice_store import InvoiceStore
from ..adapters.stripe_api import StripeApi
from ..domain.credits import monthly_credit_limit
from ..domain.money import MICRO_PER_CENT, usd_to_micro
from ..domain.periods import Period
from .account_state import AccountStatePublisher
from .customers import CustomerSync


class CustomerGone(Exception):
    pass


class CreditService:
    def __init__(self, customers: CustomerSync, store: CustomerStore, invoices: InvoiceStore, stripe_api: StripeApi,
                 state: AccountStatePublisher, *, success_url: str, cancel_url: str, on_staged=lambda: None) -> None:
        self._customers = customers
        self._store = store
        self._invoices = invoices
        self._stripe = stripe_api
        self._state = state
        self._success_url = success_url
        self._cancel_url = cancel_url
        self._on_staged = on_staged

    async def checkout(self, customer_id: str, amount_usd, request_id: str) -> dict:
        amount = usd_to_micro(amount_usd)  # ValueError -> 400
        stripe_customer = await self._customers.ensure_stripe_customer(customer_id)
        if stripe_customer is None:
            raise CustomerGone(customer_id)
        session_id, url = await self._stripe.create_checkout(stripe_customer, customer_id, request_id,
                                                             amount // MICRO_PER_CENT, self._success_url,
                                                             self._cancel_url)
        await self._store.pool.execute(
            "INSERT INTO checkout_sessions (session_id, customer_id, amount_micro_usd, url) VALUES ($1, $2, $3, $4) "
            "ON CONFLICT (session_id) DO NOTHING", session_id, customer_id, amount, url)
        return {"object": "checkout_session", "id": session_id, "url": url, "amount_usd": amount / 1e6}

    async def set_mode(self, customer_id: str, mode: str, now: datetime, *, auto_topup_threshold_micro_usd=None,
                       auto_topup_amount_micro_usd=None) -> dict:
        if mode not in ("postpaid", "credit"):
            raise ValueError("mode must be postpaid or credit")
        await self._store.ensure(customer_id)
        async with self._store.pool.acquire() as conn, conn.transaction():
            await conn.execute("UPDATE customers SET mode = $2, auto_topup_threshold_micro_usd = $3, "
                               "auto_topup_amount_micro_usd = $4 WHERE customer_id = $1", customer_id, mode,
                               auto_topup_threshold_micro_usd, auto_topup_amount_micro_usd)
            state = await self._state.publish(conn, customer_id, now)
        self._on_staged()
        return state

    async def summary(self, customer_id: str, now: datetime) -> dict:
        row = await self._store.ensure(customer_id)
        period = Period.of(now)
        spend = await self._store.spend_between(customer_id, period.start, period.end)
        out = {"object": "billing_summary", "mode": row["mode"], "suspended": row["suspended_at"] is not None,
               "current_period": {"period": period.name, "spend_micro_usd": spend},
               "balance_micro_usd": None, "credit_limit_this_month_micro_usd": None,
               "auto_topup_threshold_micro_usd": row["auto_topup_threshold_micro_usd"],
               "invoices": [{"id": i["invoice_id"], "period": i["period"], "amount_cents": i["amount_cents"],
                             "amount_usd": i["amount_cents"] / 100, "status": i["status"],
                             "stripe_invoice_id": i["stripe_invoice_id"], "hosted_invoice_url": i["hosted_invoice_url"]}
                            for i in await self._invoices.for_customer(customer_id)]}
        if row["mode"] == "credit":
            async with self._store.pool.acquire() as conn:
                granted, before, total = await self._store.credit_figures(conn, customer_id, period.start)
            out["balance_micro_usd"] = granted - total
            out["credit_limit_this_month_micro_usd"] = monthly_credit_limit(granted, before)
        return out
