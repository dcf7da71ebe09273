"""Stripe webhooks: verify, record, act once.

The signature is checked with the stripe SDK's verifier and the endpoint secret;
a missing or bad signature is refused (400) before anything is read or changed.
Each Stripe event id is inserted into `webhook_events` in the same transaction as
its effect, so a redelivery (Stripe retries for days) acts zero more times.

Handled: checkout.session.completed (credit added; the account becomes prepaid),
invoice.paid (invoice paid; keys restored when nothing else is unpaid),
invoice.payment_failed (invoice marked; keys suspended now or after the grace),
customer.deleted (the Stripe id is forgotten). Any other type is acknowledged.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import stripe
import structlog

from ..adapters.invoice_store import InvoiceStore
from ..adapters.outbox import stage
from ..domain.events import INVOICES_SCHEMA, invoice_event
from ..domain.money import MICRO_PER_CENT
from .account_state import AccountStatePublisher

log = structlog.get_logger(__name__)


class BadSignature(Exception):
    pass


class WebhookHandler:
    def __init__(self, invoices: InvoiceStore, state: AccountStatePublisher, *, secret: str,
                 suspend_after: timedelta, invoices_topic: str, on_staged=lambda: None) -> None:
        self._invoices = invoices
        self._pool = invoices.pool
        self._state = state
        self._secret = secret
        self._suspend_after = suspend_after
        self._topic = invoices_topic
        self._on_staged = on_staged

    def verify(self, payload: bytes, signature: str | None) -> dict:
        if not signature:
            raise BadSignature("missing Stripe-Signature header")
        try:
            stripe.Webhook.construct_event(payload.decode(), signature, self._secret)
        except (ValueError, UnicodeDecodeError, stripe.SignatureVerificationError) as exc:
            raise BadSignature(type(exc).__name__) from exc
        return json.loads(payload)

    async def handle(self, payload: bytes, signature: str | None, now: datetime) -> dict:
        event = self.verify(payload, signature)
        event_id, kind, obj = event["id"], event["type"], event["data"]["object"]
        async with self._pool.acquire() as conn, conn.transaction():
            fresh = await conn.fetchval("INSERT INTO webhook_events (stripe_event_id, type) VALUES ($1, $2) "
                                        "ON CONFLICT DO NOTHING RETURNING 1", event_id, kind)
            if not fresh:
                log.info("stripe event seen before; not acted on again", stripe_event_id=event_id, type=kind)
                return {"received": True, "duplicate": True}
            outcome = await self._act(conn, kind, obj, event_id, now)
        self._on_staged()
        log.info("stripe event handled", stripe_event_id=event_id, type=kind, outcome=outcome)
        return {"received": True, "duplicate": False, "outcome": outcome}

    async def _act(self, conn, kind: str, obj: dict, event_id: str, now: datetime) -> str:
        if kind == "checkout.session.completed":
            return await self._credit(conn, obj, event_id, now)
        if kind in ("invoice.paid", "invoice.payment_failed"):
            return await self._invoice(conn, kind, obj, now)
        if kind == "customer.deleted":
            await conn.execute("UPDATE customers SET stripe_customer_id = NULL WHERE stripe_customer_id = $1",
                               obj["id"])
            return "customer_forgotten"
        return "ignored"

    async def _credit(self, conn, session: dict, event_id: str, now: datetime) -> str:
        ours = await conn.fetchrow("SELECT customer_id, amount_micro_usd FROM checkout_sessions WHERE session_id = $1",
                                   session["id"])
        if ours is None or session.get("payment_status") != "paid":
            return "not_ours_or_unpaid"
        paid_micro = int(session.get("amount_total") or 0) * MICRO_PER_CENT
        if paid_micro != ours["amount_micro_usd"]:
            log.error("checkout amount differs from the session billing created; crediting what was paid",
                      session_id=session["id"], paid_micro_usd=paid_micro, expected_micro_usd=ours["amount_micro_usd"])
        granted = await conn.fetchval(
            "INSERT INTO credit_grants (grant_id, customer_id, amount_micro_usd, stripe_event_id) "
            "VALUES ($1, $2, $3, $4) ON CONFLICT (grant_id) DO NOTHING RETURNING 1",
            session["id"], ours["customer_id"], paid_micro, event_id)
        if not granted:
            return "already_granted"
        await conn.execute("UPDATE customers SET mode = 'credit' WHERE customer_id = $1", ours["customer_id"])
        await self._state.publish(conn, ours["customer_id"], now)
        return "credited"

    async def _invoice(self, conn, kind: str, obj: dict, now: datetime) -> str:
        inv = await self._invoices.by_stripe_id(conn, obj["id"])
        if inv is None:
            return "unknown_invoice"
        paid = kind == "invoice.paid"
        status = "paid" if paid else "payment_failed"
        stamp = "paid_at" if paid else "payment_failed_at"
        row = await conn.fetchrow(f"UPDATE invoices SET status = $2, {stamp} = $3 WHERE invoice_id = $1 RETURNING *",
                                  inv["invoice_id"], status, now)
        data = invoice_event("paid" if paid else "payment_failed", invoice=dict(row),
                             model_lines=await self._invoices.model_lines(conn, inv["invoice_id"]), at=now)
        await stage(conn, topic=self._topic, key=row["customer_id"], ce_type=f"com.gammainfra.{data['type']}",
                    source="/gammainfra/billing", dataschema=INVOICES_SCHEMA, data=data)
        customer_id = row["customer_id"]
        if paid:
            unpaid = await conn.fetchval("SELECT count(*) FROM invoices WHERE customer_id = $1 "
                                         "AND status = 'payment_failed'", customer_id)
            restored = await conn.fetchval("UPDATE customers SET suspended_at = NULL WHERE customer_id = $1 "
                                           "AND suspended_at IS NOT NULL AND $2 = 0 RETURNING 1", customer_id, unpaid)
            if restored:
                await self._state.publish(conn, customer_id, now)
                return "paid_keys_restored"
            return "paid"
        if self._suspend_after <= timedelta(0):
            await suspend(conn, self._state, customer_id, now)
            return "payment_failed_suspended"
        return "payment_failed"


async def suspend(conn, state: AccountStatePublisher, customer_id: str, now: datetime) -> bool:
    done = await conn.fetchval("UPDATE customers SET suspended_at = $2 WHERE customer_id = $1 "
                               "AND suspended_at IS NULL RETURNING 1", customer_id, now)
    if done:
        await state.publish(conn, customer_id, now)
        log.warning("account suspended: invoice payment failed", customer_id=customer_id)
    return bool(done)
