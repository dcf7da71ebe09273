"""GET /v1/account/export end to end (gateway -> metering's and billing's internal
APIs): every section, in JSON, NDJSON and CSV, parsed by the standard json and
csv modules, with the same request count and money totals as the ledger; never a
secret; the objection is stated; billing's invoices (which add up to the ledger) and
credits are there, and billing's absence is said, not hidden."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

from tests.integration.accounts.conftest import call, sign_up
from tests.integration.conftest import eventually
from tests.integration.metering.events import request_event
from tests.integration.metering.harness import produce

from tests.integration.billing.harness import cli as billing_cli

from .test_erasure import _at_least, after_grace, billing_rows, chat, ledger_rows

OLD_MONTHS = [datetime(2025, 3, 10, tzinfo=UTC), datetime(2025, 11, 30, 23, 59, tzinfo=UTC)]


async def export(http, gateway, api_key: str, fmt: str) -> tuple[int, str, str]:
    async with http.get(f"{gateway.base_url}/account/export", params={"format": fmt},
                        headers={"Authorization": f"Bearer {api_key}"}) as resp:
        return resp.status, resp.headers.get("Content-Type", ""), await resp.text()


async def ledger_totals(pg, schema: str, customer_id: str) -> tuple[int, int, int]:
    row = await pg.fetchrow(f'SELECT count(*) n, coalesce(sum(cost_micro_usd), 0) cost, '
                            f'coalesce(sum(platform_fee_micro_usd), 0) fee FROM "{schema}".request_log '
                            f'WHERE customer_id = $1', customer_id)
    return row["n"], row["cost"], row["fee"]


async def test_export_in_every_format_holds_everything_and_matches_the_ledger(lifecycle_stack, http, pg):
    s = lifecycle_stack
    gw = s.gateway
    acct = await sign_up(http, gw, name="Ada Export")
    cid, api_key = acct["customer_id"], acct["api_key"]
    status, budgeted, _ = await call(http, gw, "POST", "/account/keys", key=api_key,
                                     json={"name": "ci", "monthly_budget_micro_usd": 9_000_000})
    assert status == 201
    provider_key = "sk-mis-" + "z" * 36
    assert (await call(http, gw, "PUT", "/account/byok/mistral", key=api_key, json={"api_key": provider_key}))[0] == 200
    assert (await call(http, gw, "PATCH", "/account", key=api_key, json={"processing_objection": True}))[0] == 200
    for _ in range(3):
        assert await chat(http, gw, api_key) == 200
    # Rows from earlier months (every month is exported, not just the current one).
    await produce("llm.requests.v1", [request_event(customer_id=cid, api_key_id=acct["key_id"], finished_at=t)
                                      for t in OLD_MONTHS])

    async def landed():
        return (await ledger_rows(pg, s.metering_schema, cid)) == 5

    await eventually(landed, timeout_s=60)
    n, cost, fee = await ledger_totals(pg, s.metering_schema, cid)
    # Billing: everything so far invoiced (this month, the old months as adjustments), then
    # $5 of credits bought through Stripe Checkout and its signed webhook.
    await eventually(lambda: _at_least(billing_rows(pg, s.billing_schema, cid), 5), timeout_s=60)
    code, _, err = await billing_cli(s.billing.env, "close", "--period", datetime.now(UTC).strftime("%Y-%m"),
                                     "--now", after_grace(datetime.now(UTC)), "--json")
    assert code == 0, err
    status, checkout, _ = await call(http, gw, "POST", "/account/credits/checkout", key=api_key,
                                     json={"amount_usd": 5})
    assert status == 201, checkout
    session = s.stripe.fake.state.session(checkout["id"])
    session.update(status="complete", payment_status="paid")
    delivery = await s.stripe.fake.deliver("checkout.session.completed", dict(session), url=s.billing.webhook_url)
    assert delivery["status"] == 200

    status, ctype, text = await export(http, gw, api_key, "json")
    assert status == 200 and ctype.startswith("application/json")
    doc = json.loads(text)
    assert doc["export"]["customer_id"] == cid and doc["export"]["processing_objection"] is True
    assert "left out of routing optimisation" in doc["export"]["processing_statement"]
    assert doc["account"]["email"] == acct["email"] and doc["account"]["name"] == "Ada Export"
    assert {k["key_id"] for k in doc["api_keys"]} == {acct["key_id"], budgeted["key_id"]}
    assert {"scope": "api_key", "key_id": budgeted["key_id"], "monthly_budget_micro_usd": 9_000_000} in doc["budgets"]
    assert [b["provider"] for b in doc["byok_providers"]] == ["mistral"]
    billing = doc["invoices_and_credits"]
    assert (billing["status"], billing["reason"]) == ("available", None)
    invoices = [r for r in billing["records"] if r["kind"] == "invoice"]
    assert invoices and all(r["lines"] for r in invoices)
    assert sum(r["amount_micro_usd"] for r in invoices) == cost + fee  # every request billed once
    assert [(r["kind"], r["amount_micro_usd"]) for r in billing["records"] if r["kind"] == "credit"] == [
        ("credit", 5_000_000)]
    assert [r["mode"] for r in billing["records"] if r["kind"] == "billing_account"] == ["credit"]
    assert len(doc["requests"]) == n
    assert sum(r["cost_micro_usd"] for r in doc["requests"]) == cost
    assert sum(r["platform_fee_micro_usd"] for r in doc["requests"]) == fee
    assert {r["finished_at"][:7] for r in doc["requests"]} >= {"2025-03", "2025-11"}
    # Never a secret: no API key, no provider key, not even the provider key's hint.
    for secret in (api_key, budgeted["api_key"], provider_key, provider_key[-4:] + '"'):
        assert secret not in text

    status, ctype, text = await export(http, gw, api_key, "ndjson")
    assert status == 200 and ctype.startswith("application/x-ndjson")
    lines = [json.loads(line) for line in text.splitlines()]
    requests = [x for x in lines if x["section"] == "request"]
    assert len(requests) == n and sum(r["cost_micro_usd"] for r in requests) == cost
    assert {x["section"] for x in lines} == {"export", "account", "api_key", "byok_provider", "budget",
                                             "invoices_and_credits", "request"}

    status, ctype, text = await export(http, gw, api_key, "csv")
    assert status == 200 and ctype.startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    requests = [r for r in rows if r["section"] == "request"]
    assert len(requests) == n and sum(int(r["cost_micro_usd"]) for r in requests) == cost
    assert sum(int(r["platform_fee_micro_usd"]) for r in requests) == fee
    assert json.loads(next(r for r in rows if r["section"] == "account")["data"])["email"] == acct["email"]
    assert all(json.loads(r["fallback_chain"]) for r in requests)

    # Billing down: the section says so instead of silently being empty.
    s.billing.stop()
    try:
        status, _, text = await export(http, gw, api_key, "json")
    finally:
        await s.billing.start()
    assert status == 200
    section = json.loads(text)["invoices_and_credits"]
    assert section["status"] == "unavailable" and section["reason"].startswith("billing_unreachable")
    assert section["records"] == []
    status, body, _ = await call(http, gw, "GET", "/account/export?format=xml", key=api_key)
    assert status == 400 and body["error"]["param"] == "format"


async def test_export_after_the_24_month_purge_includes_the_kept_monthly_totals(lifecycle_stack, http, pg):
    s = lifecycle_stack
    acct = await sign_up(http, s.gateway)
    await pg.execute(f'INSERT INTO "{s.metering_schema}".monthly_usage VALUES '
                     f"('2023-05-01', $1, 'openai/gpt-4o', 'openai', 7, 7, 70, 14, 0, 0, 700, 35)", acct["customer_id"])
    status, _, text = await export(http, s.gateway, acct["api_key"], "json")
    assert status == 200
    assert json.loads(text)["monthly_totals"] == [{
        "month": "2023-05", "model": "openai/gpt-4o", "provider": "openai", "requests": 7, "successful": 7,
        "prompt_tokens": 70, "completion_tokens": 14, "cache_read_tokens": 0, "cache_write_tokens": 0,
        "cost_micro_usd": 700, "platform_fee_micro_usd": 35}]
