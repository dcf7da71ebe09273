"""Schemathesis against /openapi.json of a running gateway process: every public
operation, positive and negative examples (a bounded number each), authenticated
with a real API key. Checks: no 5xx, status codes and content types the document
declares, bodies matching the document's schemas, and no Set-Cookie anywhere.

Hypothesis runs in a worker thread (requests is blocking) so the in-process fake
provider keeps answering on the event loop.
"""

from __future__ import annotations

import asyncio
import os
import time
import uuid
from collections import Counter

import orjson
import pytest
import schemathesis
from aiohttp import web
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (content_type_conformance, response_schema_conformance,
                                               status_code_conformance)

from gammainfra_gateway.openapi import document_bytes
from gammainfra_gateway.routes import setup_routes
from tests.integration.accounts.conftest import gateway_env, sign_up
from tests.integration.gateway.harness import GatewayProcess

pytestmark = pytest.mark.integration
EXAMPLES = int(os.environ.get("GI_SCHEMATHESIS_EXAMPLES", "15"))


@pytest.fixture(scope="module")
async def gateway(upstream_template, metering_stub):
    """The gateway with a real billing behind its billing routes (credits checkout, billing
    summary, Stripe webhooks are pass-throughs) and metering's export API behind the account
    export: without them those routes would answer 503."""
    import asyncpg
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic

    from gammainfra_fakestripe import FakeStripeServer
    from tests.conftest import DATABASE_URL, KAFKA_BOOTSTRAP
    from tests.integration.billing.harness import BillingProcess, billing_env

    base = f"test-st-billing-{uuid.uuid4().hex[:8]}"
    names = [base + s for s in ("", "-invoices", "-state", "-accounts", "-lifecycle")]
    admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA_BOOTSTRAP)
    await admin.start()
    await admin.create_topics([NewTopic(n, 1, 1) for n in names])
    schema = f"billing_st_{uuid.uuid4().hex[:8]}"
    async with FakeStripeServer(port=0) as stripe:
        proc = GatewayProcess(upstream_template=upstream_template, extra_env=gateway_env(
            GI_GATEWAY_BILLING_STATE_TOPIC=f"{base}-state", GI_METERING_API_URL=metering_stub))
        billing = BillingProcess(billing_env(schema=schema, usage_topic=base, stripe_url=stripe.url, extra={
            "GI_BILLING_ACCOUNTS_API_URL": f"http://127.0.0.1:{proc.ops_port}"}))
        proc.env["GI_GATEWAY_BILLING_API_URL"] = billing.api_url
        await billing.start()
        await proc.start()
        yield proc
        proc.stop()
        billing.stop()
    await admin.delete_topics(names)
    await admin.close()
    conn = await asyncpg.connect(DATABASE_URL)
    await conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    await conn.close()


@schemathesis.check
def no_cookies(ctx, response, case):
    if "set-cookie" in {name.lower() for name in response.headers}:
        raise AssertionError(f"{case.method} {case.path} set a cookie")
    return None


CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance, content_type_conformance,
          no_cookies]


def unique_emails(case) -> None:
    """Examples are derandomized (the same on every run), so a generated email would
    already be taken on the second run and only 409s would be seen; a random tag
    in the local part keeps the address valid and new."""
    if isinstance(case.body, dict) and isinstance(case.body.get("email"), str) and "@" in case.body["email"]:
        case.body["email"] = f"st{uuid.uuid4().hex[:10]}.{case.body['email']}"


def fuzz(schema_url: str, base_url: str, api_key: str) -> tuple[list[str], Counter, list[str]]:
    schema = schemathesis.openapi.from_url(schema_url)
    auth = {"Authorization": f"Bearer {api_key}"}
    failures: list[str] = []
    operations: list[str] = []
    statuses: Counter = Counter()  # (operation, status)
    for result in schema.get_all_operations():
        operation = result.ok()
        operations.append(f"{operation.method.upper()} {operation.path}")
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                      phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
            @given(case=operation.as_strategy(generation_mode=mode))
            def run(case):
                if mode is GenerationMode.POSITIVE:
                    unique_emails(case)
                response = case.call_and_validate(base_url=base_url, headers=auth, checks=CHECKS, timeout=30)
                statuses[(operations[-1], response.status_code)] += 1

            try:
                run()
            except Exception as exc:  # noqa: BLE001 - collected: every operation is tried, all failures shown
                failures.append(f"{operation.method.upper()} {operation.path} [{mode.value}]: {exc}")
    return failures, statuses, operations


def served_routes() -> set[str]:
    app = web.Application()
    setup_routes(app)
    return {f"{route.method} {route.resource.canonical}" for route in app.router.routes() if route.method != "HEAD"}


async def test_every_operation_conforms_to_the_document(gateway, http):
    acct = await sign_up(http, gateway)
    started = time.monotonic()
    failures, statuses, operations = await asyncio.to_thread(
        fuzz, f"http://127.0.0.1:{gateway.port}/openapi.json", f"http://127.0.0.1:{gateway.port}", acct["api_key"])
    print(f"schemathesis: {sum(statuses.values())} calls over {len(operations)} operations in "
          f"{time.monotonic() - started:.1f}s; by status: {dict(sorted(statuses.items()))}")
    assert not failures, "\n\n".join(failures)
    # Every public route and method was exercised (schemathesis leaves out the
    # document's own URL), and the document names nothing the gateway does not serve.
    assert set(operations) == served_routes() - {"GET /openapi.json"}
    # The success paths were exercised too, not only the rejections.
    for operation in ("POST /v1/chat/completions", "POST /v1/messages", "POST /v1/embeddings",
                      "POST /v1/account/signup", "PATCH /v1/account", "POST /v1/account/keys",
                      "PUT /v1/account/byok/{provider}", "GET /v1/account"):
        assert statuses[(operation, 200)] + statuses[(operation, 201)] > 0, operation
    document = orjson.loads(document_bytes())
    assert {f"{m.upper()} {p}" for p, item in document["paths"].items() for m in item if m != "parameters"} == (
        served_routes())
