"""Prepaid credits end to end, through the real gateway (its account API, budget
guard and pass-through routes), billing and the Stripe fake:

a credit account at zero gets 402 before any provider call; it buys credits
(`POST /v1/account/credits/checkout` -> a Stripe Checkout URL); the signed
`checkout.session.completed` delivery (through the gateway's webhook route)
credits it once even when redelivered; billing's account-state event reaches the
gateway, and the next request is served. The Stripe customer got the account's
email and name (read from the gateway's loopback route), yet no email, name,
billing address, card number or CVV ever reaches billing's tables, its log or
its topics."""

from __future__ import annotations

import json
import re
import uuid

import aiohttp
import pytest

from gammainfra_fakestripe import sign_payload
from tests.integration.conftest import eventually
from tests.integration.gateway.harness import GatewayProcess

from .harness import WEBHOOK_SECRET
from .topics import events_on

pytestmark = pytest.mark.integration

CARD = "4242424242424242"
CVC = "937"
ADDRESS = "17 Quillfeather Lane"


async def chat(http, gateway, key: str) -> tuple[int, dict]:
    async with http.post(f"{gateway.base_url}/chat/completions", headers={"Authorization": f"Bearer {key}"},
                         json={"model": "openai/gpt-4o-mini", "max_tokens": 16,
                               "messages": [{"role": "user", "content": "hello"}]}) as resp:
        return resp.status, await resp.json()


async def dump_schema(pg, schema: str) -> str:
    tables = [r["table_name"] for r in await pg.fetch(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = $1", schema)]
    text = []
    for table in tables:
        for row in await pg.fetch(f'SELECT * FROM "{schema}"."{table}"'):
            text.append(json.dumps([str(v) for v in row.values()]))
    return "\n".join(text)


async def test_credit_account_402_at_zero_then_signed_checkout_webhook_restores_service(
        env_for, billing_processes, billing_topics, fake_stripe, pg, billing_schema, fake, upstream_template):
    gateway = GatewayProcess(upstream_template=upstream_template, extra_env={
        "GI_GATEWAY_BILLING_STATE_TOPIC": f"{billing_topics}-state",
        "GI_GATEWAY_BILLING_STATE_GROUP_ID": f"gw-{uuid.uuid4().hex[:8]}"})
    billing = billing_processes(env_for(GI_BILLING_ACCOUNTS_API_URL=f"http://127.0.0.1:{gateway.ops_port}"))
    gateway.env["GI_GATEWAY_BILLING_API_URL"] = billing.api_url
    await billing.start()
    await gateway.start()
    try:
        async with aiohttp.ClientSession() as http:
            email, name = f"ada-{uuid.uuid4().hex[:8]}@example.com", "Ada Quillfeather"
            async with http.post(f"{gateway.base_url}/account/signup", json={"email": email, "name": name}) as r:
                account = await r.json()
            key, customer = account["api_key"], account["customer_id"]
            auth = {"Authorization": f"Bearer {key}"}
            assert (await chat(http, gateway, key))[0] == 200  # postpaid by default: served

            async with http.put(f"{billing.api_url}/internal/v1/customers/{customer}/mode",
                                json={"mode": "credit"}) as r:
                assert r.status == 200 and (await r.json())["credit_limit_micro_usd"] == 0
            async def refused_for_credit():
                status, body = await chat(http, gateway, key)
                return status == 402 and body["error"]["code"] == "insufficient_credits" and body

            refused = await eventually(refused_for_credit, timeout_s=20)
            assert "credits" in refused["error"]["message"]
            calls_before = fake.faults.stats("openai-us")["requests"]
            assert (await chat(http, gateway, key))[0] == 402
            assert fake.faults.stats("openai-us")["requests"] == calls_before  # refused before any provider call

            async with http.post(f"{gateway.base_url}/account/credits/checkout", json={"amount_usd": 5},
                                 headers=auth) as r:
                assert r.status == 201
                checkout = await r.json()
            assert checkout["url"].startswith(fake_stripe.url)
            session = fake_stripe.fake.state.session(checkout["id"])
            assert session["amount_total"] == 500 and session["metadata"]["customer_id"] == customer
            [stripe_customer] = [c for c in fake_stripe.fake.state.customers.values()
                                 if c.get("metadata", {}).get("customer_id") == customer]
            assert (stripe_customer["email"], stripe_customer["name"]) == (email, name)

            # Stripe's checkout.session.completed carries what the customer typed at Stripe.
            session.update(status="complete", payment_status="paid", customer_details={
                "email": email, "name": name, "phone": "+44 20 7946 0000",
                "address": {"line1": ADDRESS, "city": "London", "postal_code": "N1 9GU", "country": "GB"}},
                payment_method_details={"card": {"number": CARD, "cvc": CVC, "exp_month": 12, "exp_year": 2030}})
            webhook = f"{gateway.base_url}/billing/webhooks/stripe"  # through the gateway's pass-through
            delivery = await fake_stripe.fake.deliver("checkout.session.completed", dict(session), url=webhook)
            assert delivery["status"] == 200
            payload = delivery["payload"].encode()
            async with http.post(webhook, data=payload, headers={
                    "Stripe-Signature": sign_payload(payload, WEBHOOK_SECRET), "Content-Type": "application/json"}) as r:
                assert r.status == 200 and (await r.json())["duplicate"] is True

            async def served():
                return (await chat(http, gateway, key))[0] == 200

            await eventually(served, timeout_s=20)
            async with http.get(f"{gateway.base_url}/account/billing", headers=auth) as r:
                summary = await r.json()
            assert summary["mode"] == "credit" and summary["credit_limit_this_month_micro_usd"] == 5_000_000
            assert summary["balance_micro_usd"] <= 5_000_000
            assert await pg.fetchval(f'SELECT sum(amount_micro_usd) FROM "{billing_schema}".credit_grants '
                                     'WHERE customer_id = $1', customer) == 5_000_000

        states = await events_on(f"{billing_topics}-state", "billing.account_state.v1", expected=2)
        assert [(s["mode"], s["credit_limit_micro_usd"]) for s in states if s["customer_id"] == customer] == [
            ("credit", 0), ("credit", 5_000_000)]
        stored = await dump_schema(pg, billing_schema)
        topics = "\n".join(json.dumps(s) for s in states)
        log = billing.log_text()
        for secret in (email, name, ADDRESS, CARD, CVC, "N1 9GU", "+44 20 7946 0000"):
            # As a token: a 3-digit CVC also occurs inside random hex ids and timestamps.
            token = re.compile(rf"(?<![0-9A-Za-z]){re.escape(secret)}(?![0-9A-Za-z])")
            for where, text in (("tables", stored), ("topics", topics), ("log", log)):
                assert not token.search(text), f"{secret!r} found in billing's {where}"
    finally:
        gateway.stop()
