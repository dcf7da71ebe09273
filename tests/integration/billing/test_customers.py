"""One Stripe customer per account, from accounts.v1: `account.created` creates it
with the account's email and name (read from the real gateway's loopback route),
`account.updated` naming email/name updates it (rectification), a repeated event
creates nothing new. Billing keeps only the Stripe id."""

from __future__ import annotations

import uuid

import aiohttp
import pytest

from gammainfra_common.kafka.cloudevents import CloudEvent
from gammainfra_common.kafka.producer import EventProducer
from tests.conftest import KAFKA_BOOTSTRAP
from tests.integration.conftest import eventually
from tests.integration.gateway.harness import GatewayProcess

pytestmark = pytest.mark.integration


async def account_event(topic: str, data: dict, event_id: str | None = None) -> None:
    ce = CloudEvent(type=f"com.gammainfra.{data['type']}", source="/gammainfra/gateway", data=data,
                    dataschema="https://gammainfra.com/schemas/accounts.v1/v1.schema.json",
                    **({"id": event_id} if event_id else {}))
    async with EventProducer(KAFKA_BOOTSTRAP, client_id="test-billing-accounts") as producer:
        await producer.send(topic, data["customer_id"], ce)


async def test_account_events_make_and_rectify_one_stripe_customer(env_for, billing_processes, billing_topics,
                                                                   fake_stripe, pg, billing_schema,
                                                                   upstream_template):
    gateway = GatewayProcess(upstream_template=upstream_template,
                             extra_env={"GI_GATEWAY_BILLING_STATE_TOPIC": f"{billing_topics}-state"})
    await gateway.start()
    try:
        billing = await billing_processes(env_for(
            GI_BILLING_ACCOUNTS_API_URL=f"http://127.0.0.1:{gateway.ops_port}")).start()
        async with aiohttp.ClientSession() as http:
            email = f"grace-{uuid.uuid4().hex[:8]}@example.com"
            async with http.post(f"{gateway.base_url}/account/signup", json={"email": email, "name": "Grace"}) as r:
                account = await r.json()
            customer = account["customer_id"]
            topic = f"{billing_topics}-accounts"
            created = {"type": "account.created", "customer_id": customer, "occurred_at": "2026-12-06T06:00:00.000Z"}
            await account_event(topic, created, "evt-created-1")
            await account_event(topic, created, "evt-created-1")  # redelivered

            def stripe_customers():
                return [c for c in fake_stripe.fake.state.customers.values()
                        if c.get("metadata", {}).get("customer_id") == customer]

            async def one_customer():
                return len(stripe_customers()) == 1 and stripe_customers()[0]

            first = await eventually(one_customer, timeout_s=30)
            assert (first["email"], first["name"]) == (email, "Grace")

            async def stored():
                return await pg.fetchval(f'SELECT stripe_customer_id FROM "{billing_schema}".customers '
                                         'WHERE customer_id = $1', customer)

            assert await eventually(stored, timeout_s=10) == first["id"]

            new_email = f"grace-{uuid.uuid4().hex[:8]}@example.org"
            async with http.patch(f"{gateway.base_url}/account", json={"email": new_email, "name": "Grace H."},
                                  headers={"Authorization": f"Bearer {account['api_key']}"}) as r:
                assert r.status == 200
            await account_event(topic, {"type": "account.updated", "customer_id": customer,
                                        "occurred_at": "2026-12-06T06:01:00.000Z", "changed_fields": ["email", "name"]})

            async def rectified():
                c = stripe_customers()
                return len(c) == 1 and (c[0]["email"], c[0]["name"]) == (new_email, "Grace H.")

            await eventually(rectified, timeout_s=30)
        assert email not in billing.log_text() and new_email not in billing.log_text()
    finally:
        gateway.stop()
