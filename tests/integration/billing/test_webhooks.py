"""Stripe webhooks, delivered signed exactly as Stripe signs them (by the fake):
a bad or missing signature changes nothing; a redelivered event acts once; a
failed payment suspends the account (an account-state event the gateway acts
on) and the paid invoice restores it; invoice events follow on billing.invoices.v1."""

from __future__ import annotations

import json
import uuid

import aiohttp
import pytest

from gammainfra_fakestripe import sign_payload
from tests.integration.conftest import eventually

from .harness import WEBHOOK_SECRET, cli, produce_usage
from .test_close import NOV, _equals, stripe_invoices, usage_rows
from .topics import events_on
from .usage import mixed_usage

pytestmark = pytest.mark.integration


async def post_webhook(url: str, payload: bytes, signature: str | None) -> tuple[int, dict]:
    headers = {"Content-Type": "application/json"}
    if signature is not None:
        headers["Stripe-Signature"] = signature
    async with aiohttp.ClientSession() as http, http.post(url, data=payload, headers=headers) as resp:
        return resp.status, await resp.json()


async def table_state(pg, schema: str, customer_id: str) -> tuple:
    return (await pg.fetchval(f'SELECT count(*) FROM "{schema}".webhook_events'),
            tuple(await pg.fetchrow(f'SELECT status, paid_at, payment_failed_at FROM "{schema}".invoices '
                                    'WHERE customer_id = $1', customer_id)),
            tuple(await pg.fetchrow(f'SELECT suspended_at, state_version FROM "{schema}".customers '
                                    'WHERE customer_id = $1', customer_id)))


async def test_signed_invoice_webhooks_act_once_and_bad_signatures_change_nothing(
        env_for, billing_processes, billing_topics, fake_stripe, pg, billing_schema):
    c = f"cus_{uuid.uuid4().hex[:10]}"
    await produce_usage(billing_topics, mixed_usage(c, NOV, 20, seed=3))
    env = env_for(GI_BILLING_SUSPEND_AFTER_S=0)
    billing = await billing_processes(env).start()
    await eventually(lambda: _equals(usage_rows(pg, billing_schema), 20), timeout_s=60)
    code, _, err = await cli(env, "close", "--period", "2026-11", "--now", "2026-12-02T00:00:00Z", "--json",
                             "--no-directory")
    assert code == 0, err
    [invoice] = stripe_invoices(fake_stripe, c)
    fake = fake_stripe.fake

    # A forged delivery (other secret), a missing signature, garbage: 400 and nothing changes.
    before = await table_state(pg, billing_schema, c)
    forged = json.dumps(fake.state.event("invoice.paid", invoice)).encode()
    for signature in (sign_payload(forged, "whsec_not_ours"), None, "t=1,v1=deadbeef"):
        status, body = await post_webhook(billing.webhook_url, forged, signature)
        assert status == 400 and body["error"]["code"] == "invalid_signature"
    assert await table_state(pg, billing_schema, c) == before

    # Payment fails: the invoice is marked and (grace 0) the account's keys are suspended.
    failed = await fake.attempt_payment(invoice["id"], False, url=billing.webhook_url)
    assert failed["status"] == 200
    row = await pg.fetchrow(f'SELECT status FROM "{billing_schema}".invoices WHERE customer_id = $1', c)
    assert row["status"] == "payment_failed"
    suspended = await table_state(pg, billing_schema, c)
    assert suspended[2][0] is not None

    # Stripe redelivers the same event (same id, freshly signed): acted on zero more times.
    status, body = await post_webhook(billing.webhook_url, failed["payload"].encode(),
                                      sign_payload(failed["payload"].encode(), WEBHOOK_SECRET))
    assert status == 200 and body["duplicate"] is True
    assert await table_state(pg, billing_schema, c) == suspended

    # Paid: the invoice is paid and the keys come back.
    paid = await fake.attempt_payment(invoice["id"], True, url=billing.webhook_url)
    assert paid["status"] == 200
    restored = await table_state(pg, billing_schema, c)
    assert restored[1][0] == "paid" and restored[2][0] is None

    states = await events_on(f"{billing_topics}-state", "billing.account_state.v1", expected=2)
    assert [(s["customer_id"], s["suspended"], s["suspension_reason"]) for s in states] == [
        (c, True, "invoice_payment_failed"), (c, False, None)]
    assert states[0]["version"] < states[1]["version"]
    invoices = await events_on(f"{billing_topics}-invoices", "billing.invoices.v1", expected=4)
    assert [e["type"] for e in invoices] == ["invoice.created", "invoice.finalized", "invoice.payment_failed",
                                             "invoice.paid"]
    assert {e["amount_due_cents"] for e in invoices} == {invoice["amount_due"]}
    assert all(e["stripe_invoice_id"] == invoice["id"] for e in invoices)
