"""`gammainfra billing audit --period YYYY-MM`: recompute a period from a replay
of llm.requests.v1 and compare, line by line, with

1. billing's stored usage (per customer, model, provider, BYOK or not);
2. billing's invoice lines for that usage month (on the period's invoice and on
   later invoices as adjustments), rebuilt with the same line rules from the
   replayed events, plus each invoice's total against its lines and the rounding rule;
3. metering's totals (per customer, model, provider) through metering's API.

Customers listed by the `ErasedCustomers` hook are skipped everywhere (a replay
must never resurrect them). Usage billing holds but has not invoiced yet (late
events waiting for the next close) is reported, not counted as a difference.
"""

from __future__ import annotations

from datetime import timedelta

import aiohttp

from ..adapters.metering_api import metering_totals
from ..adapters.usage_replay import replay_usage
from ..domain.audit import LINE_FIELDS, USAGE_FIELDS, add, compare, usage_totals
from ..domain.erased import ErasedCustomers
from ..domain.lines import UsageGroup, build_lines
from ..domain.money import within_rounding
from ..domain.periods import Period
from ..domain.timeutil import parse_event_time


def _usage_row(data: dict) -> dict:
    return {"customer_id": data["customer_id"], "model": data.get("model_dispatched") or data.get("model_requested")
            or "none", "provider": data.get("provider") or "none", "byok": bool(data["byok"]),
            "prompt_tokens": data["prompt_tokens"], "completion_tokens": data["completion_tokens"],
            "cost_micro_usd": data["cost_micro_usd"], "platform_fee_micro_usd": data["platform_fee_micro_usd"]}


async def audit_period(billing, period: Period, *, bootstrap: str, topic: str, erased: ErasedCustomers,
                       metering_url: str | None, replay_margin: timedelta = timedelta(days=1)) -> dict:
    skip = await erased.erased()
    events, invalid = await replay_usage(bootstrap, topic, period.start - replay_margin)
    replayed = {}
    for event_id, data in events.items():
        if data["customer_id"] in skip:
            continue
        if period.start <= parse_event_time(data["finished_at"]) < period.end:
            replayed[event_id] = _usage_row(data)
    pool = billing.pool
    rows = {r["event_id"]: dict(r) for r in await pool.fetch(
        "SELECT event_id, customer_id, model, provider, byok, prompt_tokens, completion_tokens, cost_micro_usd, "
        "platform_fee_micro_usd, mode, invoice_id FROM usage_events WHERE finished_at >= $1 AND finished_at < $2",
        period.start, period.end)}
    rows = {k: v for k, v in rows.items() if v["customer_id"] not in skip}
    differences = compare("usage", usage_totals(replayed.values()), usage_totals(rows.values()), USAGE_FIELDS)

    # 2. invoice lines of this usage month, expected from the replayed events billing invoiced
    expected_groups: dict[str, dict[tuple, dict]] = {}
    uninvoiced = 0
    for event_id, r in replayed.items():
        held = rows.get(event_id)
        if held is None or held["mode"] != "postpaid":
            continue
        if held["invoice_id"] is None:
            uninvoiced += 1
            continue
        add(expected_groups.setdefault(r["customer_id"], {}), (r["model"], r["provider"], r["byok"]), requests=1,
            prompt_tokens=r["prompt_tokens"], completion_tokens=r["completion_tokens"], cost=r["cost_micro_usd"],
            fee=r["platform_fee_micro_usd"])
    expected_lines: dict[tuple, dict] = {}
    for customer_id, groups in expected_groups.items():
        usage = [UsageGroup(period.name, m, p, b, t["requests"], t["prompt_tokens"], t["completion_tokens"], t["cost"],
                            t["fee"]) for (m, p, b), t in groups.items()
                 if t["cost"] or t["fee"] or t["prompt_tokens"] or t["completion_tokens"]]
        for line in build_lines(period.name, usage):
            add(expected_lines, (customer_id, line.line_key), requests=line.requests, prompt_tokens=line.prompt_tokens,
                completion_tokens=line.completion_tokens, amount_micro_usd=line.amount_micro_usd)
    actual_lines: dict[tuple, dict] = {}
    adjustment_prefix = f"adj:{period.name}:"
    for r in await pool.fetch("SELECT i.customer_id, l.* FROM invoice_lines l JOIN invoices i USING (invoice_id) "
                              "WHERE l.usage_period = $1", period.name):
        if r["customer_id"] in skip:
            continue
        base = r["line_key"].removeprefix(adjustment_prefix)
        add(actual_lines, (r["customer_id"], base), requests=r["requests"], prompt_tokens=r["prompt_tokens"],
            completion_tokens=r["completion_tokens"], amount_micro_usd=r["amount_micro_usd"])
    differences += compare("invoice_lines", expected_lines, actual_lines, LINE_FIELDS)

    invoices = await pool.fetch(
        "SELECT i.invoice_id, i.customer_id, i.amount_micro_usd, i.amount_cents, count(l.line_key) AS lines, "
        "coalesce(sum(l.amount_micro_usd), 0)::bigint AS line_micro, coalesce(sum(l.amount_cents), 0)::bigint "
        "AS line_cents FROM invoices i LEFT JOIN invoice_lines l USING (invoice_id) WHERE i.period = $1 "
        "GROUP BY 1, 2, 3, 4 ORDER BY 1", period.name)
    invoices = [inv for inv in invoices if inv["customer_id"] not in skip]
    for inv in invoices:
        problems = []
        if inv["amount_micro_usd"] != inv["line_micro"]:
            problems.append(("amount_micro_usd", inv["line_micro"], inv["amount_micro_usd"]))
        if inv["amount_cents"] != inv["line_cents"]:
            problems.append(("amount_cents", inv["line_cents"], inv["amount_cents"]))
        if not within_rounding(inv["amount_cents"], inv["amount_micro_usd"], inv["lines"]):
            problems.append(("rounding", inv["amount_micro_usd"], inv["amount_cents"] * 10_000))
        differences += [{"check": "invoice_total", "key": [inv["invoice_id"]], "field": f, "expected": e, "actual": a}
                        for f, e, a in problems]

    # 3. metering's totals (per customer, model, provider)
    metering_checked = False
    if metering_url:
        async with aiohttp.ClientSession() as http:
            metering = await metering_totals(http, metering_url, period.start, period.end)
        metering = {k: v for k, v in metering.items() if k[0] not in skip}
        differences += compare("metering", usage_totals(replayed.values(), by_byok=False), metering, USAGE_FIELDS)
        metering_checked = True
    return {"period": period.name, "topic": topic, "events_replayed": len(replayed), "invalid_skipped": invalid,
            "erased_customers_skipped": len(skip), "usage_rows": len(rows), "invoices_checked": len(invoices),
            "lines_checked": len(expected_lines), "uninvoiced_events": uninvoiced,
            "metering_checked": metering_checked, "differences": differences, "ok": not differences}


class BillingErasures:
    """ErasedCustomers fed by billing's own record of the erasures it performed."""

    def __init__(self, pool) -> None:
        self._pool = pool

    async def erased(self) -> frozenset[str]:
        return frozenset(r["customer_id"] for r in await self._pool.fetch("SELECT customer_id FROM erasures"))
