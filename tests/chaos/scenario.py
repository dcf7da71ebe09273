"""`run_scenario`: keep mixed traffic flowing while one fault is injected and healed,
then check every 2xx request against the ledger and billing and record the
scenario in chaos.json."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from typing import Awaitable, Callable

from tests.chaos.billing_check import invoice_check, unbilled
from tests.chaos.limits import limits_check, limits_hold
from tests.chaos.ledger_check import ledger_rows, record, verdict, wrong_costs
from tests.chaos.system import System
from tests.chaos.traffic import Traffic, run_traffic
from tests.integration.conftest import eventually

STEADY_S, FAULT_S, AFTER_S = 10.0, 10.0, 10.0
# After Redis is back, the budget counters it lost are rebuilt by metering's next ledger batch
# of each budgeted customer (about a second): spend until then is part of the outage.
REDIS_RESYNC_S = 5.0


async def settle(predicate, timeout_s: float = 60, interval_s: float = 0.5) -> bool:
    """Waits for `predicate` without failing: the counts recorded afterwards say what never came.
    (Recoveries take seconds; 60 s keeps a failing scenario inside pytest's 300 s timeout.)"""
    try:
        await eventually(predicate, timeout_s=timeout_s, interval_s=interval_s)
    except AssertionError:
        return False
    return True


async def _all_answered(traffic: Traffic, pairs: set) -> bool:
    return pairs <= traffic.answered


async def run_scenario(system: System, name: str, fault: Callable[[], Awaitable[None]],
                       heal: Callable[[], Awaitable[None]], *, fault_s: float = FAULT_S,
                       redis_outage: bool = False) -> dict:
    """Traffic; fault; `fault_s` later heal; recovery = heal until every request answered
    so far is in the ledger; more traffic; then the exactly-once checks and the limits'
    (`redis_outage`: the fault takes Redis away, so postpaid budgets fail open and prepaid
    accounts get 503 budget_unavailable meanwhile)."""
    traffic, stop = Traffic(), asyncio.Event()
    db, schema = system.pg, system.schema
    flow = asyncio.create_task(run_traffic([g.base_url for g in system.gateways], system.customers, stop, traffic))
    try:
        await asyncio.sleep(STEADY_S)
        # Steady means every gateway has answered every customer (keys verified, BYOK settings
        # read) before the fault: on a loaded machine 10 s of traffic may not get that far.
        pairs = {(g.base_url, c) for g in system.gateways for c, _ in system.customers}
        warm = await settle(lambda: _all_answered(traffic, pairs), timeout_s=120)
        fault_started = time.monotonic()  # answers during the stop itself are already in the fault
        await fault()
        fault_at = time.monotonic()
        await asyncio.sleep(fault_s)
        await heal()
        healed_at = time.monotonic()
        answered_before = set(traffic.ok)

        async def caught_up():
            return len(await ledger_rows(db, schema, answered_before)) == len(answered_before)

        recovery_s = time.monotonic() - healed_at if await settle(caught_up, interval_s=0.2) else None
        await asyncio.sleep(AFTER_S)
    finally:
        stop.set()
        await flow
    ok_ids = set(traffic.ok)

    async def all_in_ledger():
        return len(await ledger_rows(db, schema, ok_ids)) == len(ok_ids)

    async def all_billed():
        return await unbilled(db, schema, system.billing_schema, ok_ids) == 0

    async def invoices_agree():
        return (await invoice_check(db, system))[0] == 0

    for settled in (all_in_ledger, all_billed, invoices_agree):
        await settle(settled)
    await asyncio.sleep(3)  # a late duplicate would show up now
    lost, double = verdict(ok_ids, await ledger_rows(db, schema, ok_ids))
    wrong_lines, billed = await invoice_check(db, system)
    entry = {"scenario": name, "requests": traffic.sent, "ok_2xx": len(ok_ids), "non_2xx": traffic.non_2xx(),
             "non_2xx_statuses": dict(Counter(str(s) for _, s in traffic.statuses if s >= 300)),
             "refused_by_limits": sum(traffic.refused.values()) + len(traffic.unavailable),
             "errors_after_fault": sum(1 for t, s in traffic.statuses if s >= 500 and t >= fault_at),
             "lost": lost, "double_counted": double, "wrong_cost": await wrong_costs(db, schema, ok_ids),
             "unbilled": await unbilled(db, schema, system.billing_schema, ok_ids),
             "wrong_invoice_lines": wrong_lines, "billed_micro_usd": billed,
             "recovery_s": None if recovery_s is None else round(recovery_s, 1), "fault_s": fault_s,
             "warm_before_fault": warm, "gateways": len(system.gateways),
             "metering_consumers": len(system.metering)}
    if system.limited is not None:
        outage = (fault_started, healed_at + REDIS_RESYNC_S) if redis_outage else None
        entry.update(await limits_check(system, traffic, outage=outage))
    record(entry)
    assert traffic.sent > 200, "too little traffic to prove anything"
    assert billed > 0, "nothing billed: the invoice check would prove nothing"
    assert (entry["lost"], entry["double_counted"], entry["wrong_cost"], entry["unbilled"],
            entry["wrong_invoice_lines"]) == (0, 0, 0, 0, 0), entry
    if system.limited is not None:
        assert entry["budget_refused"] > 0, "the budget was never reached: its bound was not tested"
        assert limits_hold(entry), entry
    return entry
