"""The audit and billing's side of erasure and purge.

Audit: `gammainfra billing audit --period` replays llm.requests.v1 and compares
line by line with billing's usage, its invoice lines (including adjustments on a
later invoice) and metering's totals (a real metering process on the same
topic): zero differences on a clean run, exit 1 when an invoice line is wrong,
and an erased customer is skipped, never resurrected.

Erasure: lifecycle `erasure.requested` deletes the Stripe customer and billing's
personal rows, keeps the invoices with pseudonymous ids, acks
`erasure.completed` (service billing) and does so again when the command repeats;
`purge.requested` drops usage detail older than the cutoff and acks `purge.completed`.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from tests.integration.conftest import eventually
from tests.integration.metering.harness import MeteringProcess

from .harness import at, cli, produce_command, produce_usage
from .test_close import NOV, _equals, usage_rows
from .topics import events_on
from .usage import mixed_usage, usage_event

pytestmark = pytest.mark.integration


async def erase(topic: str, customer_id: str) -> str:
    erasure_id = f"er_{uuid.uuid4().hex[:10]}"
    await produce_command(topic, customer_id, {"type": "erasure.requested", "erasure_id": erasure_id,
                                               "customer_id": customer_id, "requested_at": "2026-12-03T10:00:00Z"})
    return erasure_id


async def test_audit_reports_zero_differences_then_catches_a_wrong_line(
        env_for, billing_processes, billing_topics, fake_stripe, pg, billing_schema):
    a, b, gone = (f"cus_{uuid.uuid4().hex[:10]}" for _ in range(3))
    events = mixed_usage(a, NOV, 60, seed=21) + mixed_usage(b, NOV, 40, seed=22) + mixed_usage(gone, NOV, 10, seed=23)
    ids = await produce_usage(billing_topics, events)
    await produce_usage(billing_topics, events[:5], ids=ids[:5])  # duplicates on the topic: counted once
    metering_schema = f"metering_t_{uuid.uuid4().hex[:10]}"
    metering = MeteringProcess(topic=billing_topics, schema=metering_schema)
    env = env_for()
    try:
        await metering.start()
        await billing_processes(env).start()
        await eventually(lambda: _equals(usage_rows(pg, billing_schema), 110), timeout_s=60)
        code, _, err = await cli(env, "close", "--period", "2026-11", "--now", "2026-12-01T02:00:00Z", "--json",
                                 "--no-directory")
        assert code == 0, err
        late = [usage_event(a, NOV + timedelta(days=29, hours=22), 3, prompt_tokens=30_000, completion_tokens=900)]
        await produce_usage(billing_topics, late)
        await eventually(lambda: _equals(usage_rows(pg, billing_schema), 111), timeout_s=60)
        code, _, err = await cli(env, "close", "--period", "2026-12", "--now", "2027-01-01T02:00:00Z", "--json",
                                 "--no-directory")
        assert code == 0, err
        await erase(f"{billing_topics}-lifecycle", gone)
        await eventually(lambda: _equals(pg.fetchval(
            f'SELECT count(*) FROM "{billing_schema}".erasures WHERE customer_id = $1', gone), 1), timeout_s=30)

        async def metering_has_everything():
            return await pg.fetchval(f'SELECT count(*) FROM "{metering_schema}".request_log') == 111

        await eventually(metering_has_everything, timeout_s=60)
        code, report, err = await cli(env, "audit", "--period", "2026-11", "--metering-url", metering.api_url,
                                      "--json")
        assert code == 0, (report, err)
        assert report["differences"] == [] and report["ok"]
        assert report["events_replayed"] == 101  # 111 - the erased customer's 10, late one included
        assert report["metering_checked"] and report["erased_customers_skipped"] == 1
        assert report["invoices_checked"] == 2 and report["uninvoiced_events"] == 0

        await pg.execute(f'UPDATE "{billing_schema}".invoice_lines SET amount_micro_usd = amount_micro_usd + 1 '
                         "WHERE line_key = 'platform_fee' AND invoice_id = $1", f"inv_2026-11_{a}")
        code, report, _ = await cli(env, "audit", "--period", "2026-11", "--metering-url", metering.api_url, "--json")
        assert code == 1
        checks = {(d["check"], d["field"]) for d in report["differences"]}
        assert ("invoice_lines", "amount_micro_usd") in checks and ("invoice_total", "amount_micro_usd") in checks
    finally:
        metering.stop()
        await pg.execute(f'DROP SCHEMA IF EXISTS "{metering_schema}" CASCADE')


async def test_erasure_deletes_the_stripe_customer_and_rows_keeps_invoices_and_acks(
        env_for, billing_processes, billing_topics, fake_stripe, pg, billing_schema):
    c, other = f"cus_{uuid.uuid4().hex[:10]}", f"cus_{uuid.uuid4().hex[:10]}"
    await produce_usage(billing_topics, mixed_usage(c, NOV, 20, seed=31) + mixed_usage(other, NOV, 5, seed=32)
                        + [usage_event(other, at("2024-10-15T00:00:00Z"), 0, prompt_tokens=10, completion_tokens=10)])
    env = env_for()
    await billing_processes(env).start()
    await eventually(lambda: _equals(usage_rows(pg, billing_schema), 26), timeout_s=60)
    code, _, err = await cli(env, "close", "--period", "2026-11", "--now", "2026-12-01T02:00:00Z", "--json",
                             "--no-directory")
    assert code == 0, err
    stripe_id = await pg.fetchval(f'SELECT stripe_customer_id FROM "{billing_schema}".customers WHERE customer_id = $1', c)
    lifecycle = f"{billing_topics}-lifecycle"
    erasure_id = await erase(lifecycle, c)

    async def erased():
        return await pg.fetchval(f'SELECT rows_deleted FROM "{billing_schema}".erasures WHERE customer_id = $1', c)

    rows_deleted = await eventually(erased, timeout_s=30)
    assert rows_deleted == 20 + 1  # 20 usage rows + the customers row
    assert fake_stripe.fake.state.customers[stripe_id] == {"id": stripe_id, "object": "customer", "deleted": True}
    assert await pg.fetchval(f'SELECT count(*) FROM "{billing_schema}".usage_events WHERE customer_id = $1', c) == 0
    kept = await pg.fetchrow(f'SELECT * FROM "{billing_schema}".invoices WHERE customer_id = $1', c)
    assert kept["amount_cents"] > 0 and kept["hosted_invoice_url"] is None  # accounting record, no link to a person
    # Usage of the erased customer arriving later is never stored again.
    await produce_usage(billing_topics, [usage_event(c, at("2026-12-02T00:00:00Z"), 0, prompt_tokens=5,
                                                      completion_tokens=5)])
    await produce_command(lifecycle, c, {"type": "erasure.requested", "erasure_id": erasure_id, "customer_id": c,
                                         "requested_at": "2026-12-03T10:00:00Z"})  # repeated: acked again
    await produce_command(lifecycle, "purge", {"type": "purge.requested", "purge_id": "pg_test",
                                               "cutoff": "2024-12-01T00:00:00Z",
                                               "requested_at": "2026-12-01T00:00:00Z"})
    # 6 on the topic: 2 erasure requests, the purge request and their 3 acks. Waiting for fewer could
    # return before the purge's ack (read_all stops at `expected`): it failed so once.
    acks = [e for e in await events_on(lifecycle, "lifecycle.v1", expected=6, timeout_s=30)
            if e["type"].endswith(".completed")]
    erasure_acks = [e for e in acks if e["type"] == "erasure.completed"]
    assert [(e["erasure_id"], e["service"], e["customer_id"]) for e in erasure_acks] == [(erasure_id, "billing", c)] * 2
    assert erasure_acks[0]["rows_deleted"] == 21 and erasure_acks[1]["rows_deleted"] == 0
    [purge] = [e for e in acks if e["type"] == "purge.completed"]
    assert (purge["purge_id"], purge["service"], purge["rows_aggregated"]) == ("pg_test", "billing", 1)
    assert await pg.fetchval(f'SELECT count(*) FROM "{billing_schema}".usage_events WHERE customer_id = $1', c) == 0
    assert await pg.fetchval(f'SELECT count(*) FROM "{billing_schema}".usage_events') == 5  # other's 2026 rows
