"""The Stripe fake behaves like Stripe where billing relies on it: idempotency keys
(same key + same parameters -> the stored answer, marked replayed; same key + other
parameters -> 400 idempotency_error), draft -> open -> paid invoices whose amount
due is the sum of their items, and webhook signatures the stripe SDK's verifier accepts."""

from __future__ import annotations

import json

import pytest
import stripe

from gammainfra_fakestripe import sign_payload

pytestmark = pytest.mark.integration


async def test_idempotency_invoices_and_signatures_like_stripe(fake_stripe):
    http = stripe.AIOHTTPClient()
    client = stripe.StripeClient("sk_test_fake", base_addresses={"api": fake_stripe.url}, http_client=http,
                                 max_network_retries=0)
    try:
        a = await client.v1.customers.create_async({"email": "a@example.com"}, {"idempotency_key": "k1"})
        again = await client.v1.customers.create_async({"email": "a@example.com"}, {"idempotency_key": "k1"})
        assert again.id == a.id and len(fake_stripe.fake.state.customers) == 1
        with pytest.raises(stripe.IdempotencyError):
            await client.v1.customers.create_async({"email": "b@example.com"}, {"idempotency_key": "k1"})
        inv = await client.v1.invoices.create_async({"customer": a.id, "pending_invoice_items_behavior": "exclude"})
        for amount in (150, 275):
            await client.v1.invoice_items.create_async({"customer": a.id, "invoice": inv.id, "amount": amount,
                                                        "currency": "usd"})
        final = await client.v1.invoices.finalize_invoice_async(inv.id)
        assert (final.status, final.amount_due) == ("open", 425) and final.hosted_invoice_url
        with pytest.raises(stripe.InvalidRequestError):
            await client.v1.invoices.finalize_invoice_async(inv.id)  # no key: a second finalize is refused
        paid = await client.v1.invoices.pay_async(inv.id)
        assert paid.status == "paid" and paid.amount_remaining == 0
    finally:
        await http.close_async()
    payload = json.dumps(fake_stripe.fake.state.event("invoice.paid", {"id": "in_x"})).encode()
    event = stripe.Webhook.construct_event(payload.decode(), sign_payload(payload, "whsec_x"), "whsec_x")
    assert event["type"] == "invoice.paid"
    with pytest.raises(stripe.SignatureVerificationError):
        stripe.Webhook.construct_event(payload.decode(), sign_payload(payload, "whsec_other"), "whsec_x")
