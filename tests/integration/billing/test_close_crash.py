"""A close killed with SIGKILL between two Stripe calls (while an invoice item is
being created, or between the items and the finalize), then run again: exactly
one invoice per customer in Stripe, with exactly one item per line and the right
total. Stripe's idempotency keys (same key + same parameters -> the stored
answer) and the ids billing recorded make the re-run pick up where it died."""

from __future__ import annotations

import uuid

import pytest

from tests.integration.conftest import eventually

from .harness import cli, cli_start, produce_usage
from .test_close import NOV, _equals, stripe_invoices, usage_rows
from .usage import expected_invoice, mixed_usage

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("die_at", ["/finalize", "/invoiceitems"])
async def test_sigkill_mid_close_then_rerun_gives_one_invoice_with_the_right_total(
        die_at, env_for, billing_processes, billing_topics, fake_stripe, pg, billing_schema):
    c = f"cus_{uuid.uuid4().hex[:10]}"
    events = mixed_usage(c, NOV, 60, seed=11)
    await produce_usage(billing_topics, events)
    env = env_for()
    service = await billing_processes(env).start()
    await eventually(lambda: _equals(usage_rows(pg, billing_schema), 60), timeout_s=60)
    service.stop()  # the CLI closes; nothing else touches the period

    fake = fake_stripe.fake
    fake.set_hang(die_at)
    proc = await cli_start(env, "close", "--period", "2026-11", "--now", "2026-12-02T00:00:00Z", "--json",
                           "--no-directory")

    async def stuck_at_the_call():
        return any(r["path"].endswith(die_at) for r in fake.requests)

    await eventually(stuck_at_the_call, timeout_s=60)
    proc.kill()  # SIGKILL: no cleanup, no goodbye
    await proc.wait()
    fake.set_hang(None)  # the request Stripe had received completes on Stripe's side

    code, report, err = await cli(env, "close", "--period", "2026-11", "--now", "2026-12-02T00:05:00Z", "--json",
                                  "--no-directory")
    assert code == 0, err
    assert report["already_closed"] and report["finalized"] == 1
    expected = expected_invoice(events)
    [invoice] = stripe_invoices(fake_stripe, c)
    assert invoice["status"] == "open" and invoice["amount_due"] == expected["total_cents"]
    keys = [line["metadata"]["line_key"] for line in invoice["lines"]["data"]]
    assert sorted(keys) == sorted(k for k, v in expected["lines_cents"].items() if v > 0)  # one item per line
    assert len(fake.state.invoice_items) == len(keys)
    assert len([cus for cus in fake.state.customers.values() if cus.get("metadata", {}).get("customer_id") == c]) == 1
    row = await pg.fetchrow(f'SELECT status, amount_cents FROM "{billing_schema}".invoices WHERE customer_id = $1', c)
    assert (row["status"], row["amount_cents"]) == ("open", expected["total_cents"])


async def test_sigkill_of_the_service_mid_scheduled_close_then_restart_finishes_one_invoice(
        env_for, billing_processes, billing_topics, fake_stripe, pg, billing_schema):
    """The same through the service's own daily schedule: the billing process is
    SIGKILLed while its scheduled close waits on finalize; the restarted process's
    schedule finishes the invoice (2026-11 is past its grace on this machine's clock)."""
    c = f"cus_{uuid.uuid4().hex[:10]}"
    events = mixed_usage(c, NOV, 40, seed=12)
    await produce_usage(billing_topics, events)
    consumer_only = await billing_processes(env_for()).start()  # schedule every hour: only consumes
    await eventually(lambda: _equals(usage_rows(pg, billing_schema), 40), timeout_s=60)
    consumer_only.stop()

    fake = fake_stripe.fake
    fake.set_hang("/finalize")
    scheduled = env_for(GI_BILLING_SCHEDULE_S=1, GI_BILLING_CONTACTS_FROM_GATEWAY="false")  # no gateway here
    first = await billing_processes(scheduled).start()

    async def stuck_at_finalize():
        return any(r["path"].endswith("/finalize") for r in fake.requests)

    await eventually(stuck_at_finalize, timeout_s=60)
    first.kill()
    fake.set_hang(None)
    await billing_processes(scheduled).start()

    async def finished():
        return await pg.fetchval(f'SELECT status FROM "{billing_schema}".invoices WHERE customer_id = $1', c) == "open"

    await eventually(finished, timeout_s=60)
    expected = expected_invoice(events)
    [invoice] = stripe_invoices(fake_stripe, c)
    assert invoice["status"] == "open" and invoice["amount_due"] == expected["total_cents"]
    assert len(invoice["lines"]["data"]) == len([v for v in expected["lines_cents"].values() if v > 0])
    assert len(fake.state.invoice_items) == len(invoice["lines"]["data"])
