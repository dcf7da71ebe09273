"""StripeApi: every Stripe call billing makes, through the official `stripe` SDK
(async, aiohttp transport), pointed at Stripe, the local fake or stripe-mock by
`api_base`. Every mutating call carries a deterministic idempotency key
(domain.keys): a retry, a re-run or a crash between calls never creates a second
object. Only Stripe ids, amounts and invoice metadata come back from here; the
email and name are passed through to Stripe and never stored by billing.

Calls are counted in `gi_billing_stripe_calls_total{call,outcome}`.
Raises `StripeUnavailable` for network errors and Stripe 5xx/429 (retry later),
`stripe.StripeError` subclasses for everything else.
"""

from __future__ import annotations

from dataclasses import dataclass

import logging

import stripe
from prometheus_client import CollectorRegistry, Counter

from ..domain import keys


# The SDK logs request parameters (an email, a name) at DEBUG: never let it.
logging.getLogger("stripe").setLevel(logging.WARNING)


class StripeUnavailable(Exception):
    """Stripe could not be reached or answered 5xx/429: safe to retry with the same keys."""


@dataclass(frozen=True, slots=True)
class StripeInvoice:
    id: str
    status: str
    amount_due: int
    hosted_invoice_url: str | None


class StripeApi:
    def __init__(self, *, api_key: str, api_base: str | None, registry: CollectorRegistry | None = None,
                 max_network_retries: int = 2) -> None:
        bases = {"api": api_base} if api_base else {}
        self._http = stripe.AIOHTTPClient(timeout=30)
        self._client = stripe.StripeClient(api_key, base_addresses=bases, http_client=self._http,
                                           max_network_retries=max_network_retries)
        self.calls = Counter("gi_billing_stripe_calls_total", "Stripe API calls by call and outcome",
                             ["call", "outcome"], registry=registry or CollectorRegistry())

    async def close(self) -> None:
        await self._http.close_async()

    async def _call(self, name: str, coro):
        try:
            result = await coro
        except (stripe.APIConnectionError, stripe.RateLimitError) as exc:
            self.calls.labels(name, "unavailable").inc()
            raise StripeUnavailable(f"{name}: {type(exc).__name__}") from exc
        except stripe.StripeError as exc:
            if (exc.http_status or 0) >= 500:
                self.calls.labels(name, "unavailable").inc()
                raise StripeUnavailable(f"{name}: HTTP {exc.http_status}") from exc
            self.calls.labels(name, "error").inc()
            raise
        self.calls.labels(name, "ok").inc()
        return result

    # -- customers -----------------------------------------------------------------
    async def create_customer(self, customer_id: str, email: str | None, name: str | None) -> str:
        params = {"metadata": {"customer_id": customer_id}}
        if email:
            params["email"] = email
        if name:
            params["name"] = name
        c = await self._call("customers.create", self._client.v1.customers.create_async(
            params, {"idempotency_key": keys.customer_create(customer_id)}))
        return c.id

    async def update_customer(self, stripe_customer_id: str, customer_id: str, change_id: str,
                              email: str | None, name: str | None) -> None:
        await self._call("customers.update", self._client.v1.customers.update_async(
            stripe_customer_id, {"email": email or "", "name": name or ""},
            {"idempotency_key": keys.customer_update(customer_id, change_id)}))

    async def delete_customer(self, stripe_customer_id: str, customer_id: str) -> bool:
        """True when deleted now or already gone (404): erasure is idempotent."""
        try:
            await self._call("customers.delete", self._client.v1.customers.delete_async(
                stripe_customer_id, None, {"idempotency_key": keys.customer_delete(customer_id)}))
        except stripe.InvalidRequestError as exc:
            if exc.http_status == 404:
                return True
            raise
        return True

    # -- invoices --------------------------------------------------------------------
    async def create_invoice(self, stripe_customer_id: str, customer_id: str, period: str,
                             invoice_id: str) -> str:
        inv = await self._call("invoices.create", self._client.v1.invoices.create_async(
            {"customer": stripe_customer_id, "currency": "usd", "auto_advance": False,
             "collection_method": "charge_automatically", "pending_invoice_items_behavior": "exclude",
             "description": f"GammaInfra usage {period}",
             "metadata": {"invoice_id": invoice_id, "customer_id": customer_id, "period": period}},
            {"idempotency_key": keys.invoice_create(customer_id, period)}))
        return inv.id

    async def create_invoice_item(self, stripe_customer_id: str, stripe_invoice_id: str, customer_id: str,
                                  period: str, line_key: str, amount_cents: int, description: str,
                                  metadata: dict[str, str]) -> str:
        item = await self._call("invoiceitems.create", self._client.v1.invoice_items.create_async(
            {"customer": stripe_customer_id, "invoice": stripe_invoice_id, "amount": amount_cents,
             "currency": "usd", "description": description[:500], "metadata": metadata},
            {"idempotency_key": keys.invoice_item(customer_id, period, line_key)}))
        return item.id

    async def finalize_invoice(self, stripe_invoice_id: str, customer_id: str, period: str) -> StripeInvoice:
        inv = await self._call("invoices.finalize", self._client.v1.invoices.finalize_invoice_async(
            stripe_invoice_id, {"auto_advance": True},
            {"idempotency_key": keys.invoice_finalize(customer_id, period)}))
        return StripeInvoice(inv.id, inv.status, inv.amount_due, inv.hosted_invoice_url)

    async def retrieve_invoice(self, stripe_invoice_id: str) -> StripeInvoice:
        inv = await self._call("invoices.retrieve", self._client.v1.invoices.retrieve_async(stripe_invoice_id))
        return StripeInvoice(inv.id, inv.status, inv.amount_due, inv.hosted_invoice_url)

    # -- checkout ----------------------------------------------------------------------
    async def create_checkout(self, stripe_customer_id: str, customer_id: str, request_id: str, amount_cents: int,
                              success_url: str, cancel_url: str) -> tuple[str, str]:
        s = await self._call("checkout.sessions.create", self._client.v1.checkout.sessions.create_async(
            {"mode": "payment", "customer": stripe_customer_id, "client_reference_id": customer_id,
             "success_url": success_url, "cancel_url": cancel_url,
             "metadata": {"customer_id": customer_id, "purpose": "gammainfra_credits"},
             "line_items": [{"quantity": 1, "price_data": {
                 "currency": "usd", "unit_amount": amount_cents,
                 "product_data": {"name": "GammaInfra prepaid credits"}}}]},
            {"idempotency_key": keys.checkout(customer_id, request_id)}))
        return s.id, s.url
