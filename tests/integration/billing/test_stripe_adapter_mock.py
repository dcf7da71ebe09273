"""Every Stripe call billing's adapter can make, run against Stripe's own
stripe-mock (which validates path, method and every parameter against Stripe's
OpenAPI spec): customers create/update/delete, invoices create/finalize/retrieve,
invoice items, checkout sessions. The money flows run against the stateful fake;
this proves their request shapes are real Stripe."""

from __future__ import annotations

import pytest

from gammainfra_billing.adapters.stripe_api import StripeApi

pytestmark = pytest.mark.integration


async def test_every_adapter_call_is_accepted_by_stripe_mock(stripe_mock):
    api = StripeApi(api_key="sk_test_123", api_base=stripe_mock, max_network_retries=0)
    try:
        customer = await api.create_customer("cus_local_1", "ada@example.com", "Ada")
        assert customer.startswith("cus_")
        await api.update_customer(customer, "cus_local_1", "change-1", "ada@example.org", None)
        invoice = await api.create_invoice(customer, "cus_local_1", "2026-11", "inv_2026-11_cus_local_1")
        assert invoice.startswith("in_")
        item = await api.create_invoice_item(customer, invoice, "cus_local_1", "2026-11", "usage:openai/gpt-4o:openai",
                                             1234, "openai/gpt-4o via openai: 1,000 input tokens",
                                             {"invoice_id": "inv_2026-11_cus_local_1", "line_key": "usage"})
        assert item.startswith("ii_")
        final = await api.finalize_invoice(invoice, "cus_local_1", "2026-11")
        assert final.id.startswith("in_") and isinstance(final.amount_due, int)
        assert (await api.retrieve_invoice(invoice)).id.startswith("in_")
        session, url = await api.create_checkout(customer, "cus_local_1", "req_1", 500, "https://x.test/ok",
                                                 "https://x.test/cancel")
        assert session.startswith("cs_") and url.startswith("https://")
        assert await api.delete_customer(customer, "cus_local_1") is True
        outcomes = {(s.labels["call"], s.labels["outcome"]) for m in api.calls.collect() for s in m.samples
                    if s.name.endswith("_total") and s.value}
        assert {o for _, o in outcomes} == {"ok"} and len(outcomes) == 8
    finally:
        await api.close()
