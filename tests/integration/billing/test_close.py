"""Closing a month: mixed managed/BYOK/embeddings usage across providers invoices
to the expected cents in Stripe (the fake), closing again creates nothing, the
period cannot close before its grace window, late events become adjustments on
the next invoice, and every request billing sent is valid Stripe (stripe-mock)."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from tests.integration.conftest import eventually

from .harness import at, cli, produce_usage
from .stripe_check import replay_against_stripe_mock
from .usage import expected_invoice, mixed_usage, usage_event

pytestmark = pytest.mark.integration

NOV = at("2026-11-01T00:00:00Z")


def stripe_invoices(fake, customer_id: str) -> list[dict]:
    state = fake.fake.state
    return [state.render_invoice(i) for i in state.invoices.values() if i["metadata"].get("customer_id") == customer_id]


async def usage_rows(pg, schema: str) -> int:
    return await pg.fetchval(f'SELECT count(*) FROM "{schema}".usage_events')


async def test_a_mixed_month_invoices_to_the_expected_cents_once(env_for, billing_processes, billing_topics,
                                                                  fake_stripe, pg, billing_schema, stripe_mock):
    a, b = f"cus_{uuid.uuid4().hex[:10]}", f"cus_{uuid.uuid4().hex[:10]}"
    events_a, events_b = mixed_usage(a, NOV, 140, seed=1), mixed_usage(b, NOV, 90, seed=2)
    ids = await produce_usage(billing_topics, events_a + events_b)
    await produce_usage(billing_topics, events_a[:15], ids=ids[:15])  # redelivered: same ce_ids
    env = env_for()
    billing = await billing_processes(env).start()
    await eventually(lambda: _equals(usage_rows(pg, billing_schema), 230), timeout_s=60)

    code, _, err = await cli(env, "close", "--period", "2026-11", "--now", "2026-12-01T00:30:00Z", "--json",
                       "--no-directory")
    assert code == 1 and "grace" in err  # 1 h grace: not closable yet
    # Without --period (the daily CronJob) it closes the month before --now.
    code, report, err = await cli(env, "close", "--now", "2026-12-01T01:00:00Z", "--json", "--no-directory")
    assert code == 0, err
    assert report["period"] == "2026-11" and (report["invoices_frozen"], report["finalized"]) == (2, 2)

    for customer, events in ((a, events_a), (b, events_b)):
        expected = expected_invoice(events)
        [invoice] = stripe_invoices(fake_stripe, customer)
        assert invoice["status"] == "open"
        assert invoice["amount_due"] == expected["total_cents"]
        items = {line["metadata"]["line_key"]: line["amount"] for line in invoice["lines"]["data"]}
        assert items == {k: v for k, v in expected["lines_cents"].items() if v > 0}
        assert any(k.startswith("byok_fee:") for k in items) and "platform_fee" in items
        lines = {r["line_key"]: r for r in await pg.fetch(
            f'SELECT l.* FROM "{billing_schema}".invoice_lines l JOIN "{billing_schema}".invoices i USING (invoice_id) '
            'WHERE i.customer_id = $1', customer)}
        assert {k: r["amount_micro_usd"] for k, r in lines.items()} == expected["lines_micro"]
        embeddings = lines["usage:openai/text-embedding-3-small:openai"]  # cheap: may round to 0 cents
        assert embeddings["requests"] > 0 and embeddings["completion_tokens"] == 0
        assert {k.split(":")[-1] for k in items if k != "platform_fee"} >= {"openai", "anthropic", "bedrock", "google",
                                                                             "groq", "mistral", "deepseek", "xai"}
        # The rounding rule: total within half a cent per line of the ledger's micro-USD total.
        assert abs(expected["total_cents"] * 10_000 - expected["total_micro"]) <= 5_000 * len(expected["lines_cents"])
        row = await pg.fetchrow(f'SELECT * FROM "{billing_schema}".invoices WHERE customer_id = $1', customer)
        assert (row["amount_cents"], row["amount_micro_usd"], row["status"]) == (
            expected["total_cents"], expected["total_micro"], "open")
        assert row["hosted_invoice_url"] and row["stripe_invoice_id"] == invoice["id"]

    sent = len(fake_stripe.fake.requests)
    code, again, err = await cli(env, "close", "--period", "2026-11", "--now", "2026-12-02T00:00:00Z", "--json",
                           "--no-directory")
    assert code == 0, err
    assert again["already_closed"] and again["invoices_frozen"] == 0 and again["invoices_synced"] == 0
    assert [r for r in fake_stripe.fake.requests[sent:] if r["method"] != "GET"] == []
    assert len(fake_stripe.fake.state.invoices) == 2

    refused = await replay_against_stripe_mock(fake_stripe.fake.requests, stripe_mock)
    assert refused == []
    billing.stop()


async def test_late_events_go_on_the_next_invoice_as_adjustments(env_for, billing_processes, billing_topics,
                                                                  fake_stripe, pg, billing_schema):
    c = f"cus_{uuid.uuid4().hex[:10]}"
    on_time = mixed_usage(c, NOV, 30, seed=5)
    await produce_usage(billing_topics, on_time)
    env = env_for()
    await billing_processes(env).start()
    await eventually(lambda: _equals(usage_rows(pg, billing_schema), 30), timeout_s=60)
    code, _, err = await cli(env, "close", "--period", "2026-11", "--now", "2026-12-01T02:00:00Z", "--json", "--no-directory")
    assert code == 0, err

    late = [usage_event(c, NOV + timedelta(days=29, hours=23), 2, prompt_tokens=40_000, completion_tokens=3_000),
            usage_event(c, NOV + timedelta(days=29, hours=23), 5, prompt_tokens=20_000, completion_tokens=1_000,
                        byok=True)]
    december = [usage_event(c, at("2026-12-05T10:00:00Z"), 0, prompt_tokens=10_000, completion_tokens=2_000)]
    late_ids = await produce_usage(billing_topics, late + december)
    await eventually(lambda: _equals(usage_rows(pg, billing_schema), 33), timeout_s=60)
    await produce_usage(billing_topics, late, ids=late_ids[:2])  # and redelivered: still once

    code, report, err = await cli(env, "close", "--period", "2026-12", "--now", "2027-01-01T02:00:00Z", "--json",
                            "--no-directory")
    assert code == 0, err
    [nov_inv, dec_inv] = sorted(stripe_invoices(fake_stripe, c), key=lambda i: i["metadata"]["period"])
    assert nov_inv["amount_due"] == expected_invoice(on_time)["total_cents"]  # untouched by the late events
    items = {line["metadata"]["line_key"]: line["amount"] for line in dec_inv["lines"]["data"]}
    adjustments = {k.removeprefix("adj:2026-11:"): v for k, v in items.items() if k.startswith("adj:2026-11:")}
    regular = {k: v for k, v in items.items() if not k.startswith("adj:")}
    assert adjustments == {k: v for k, v in expected_invoice(late)["lines_cents"].items() if v > 0}
    assert regular == {k: v for k, v in expected_invoice(december)["lines_cents"].items() if v > 0}
    assert dec_inv["amount_due"] == sum(items.values())
    # Every usage row is on exactly one invoice.
    assert await pg.fetchval(f'SELECT count(*) FROM "{billing_schema}".usage_events WHERE invoice_id IS NULL') == 0


async def _equals(awaitable, expected):
    return (await awaitable) == expected
