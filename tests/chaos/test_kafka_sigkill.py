"""Chaos: the broker is SIGKILLed while mixed traffic flows through two gateway
processes into two metering consumers of one group, then restarted. Every request
answered 2xx must land in the ledger exactly once with the right cost; the gateways
answer from their spool meanwhile, so no request may fail because of the broker."""

from __future__ import annotations

import asyncio
import os
import signal
import time

import pytest

from gammainfra_devstack.topics import bootstrap_topics
from tests.chaos.ledger_check import ledger_rows, record, verdict, wrong_costs
from tests.chaos.traffic import Traffic, run_traffic
from tests.integration.conftest import eventually
from tests.integration.gateway.harness import GatewayProcess

pytestmark = [pytest.mark.integration, pytest.mark.timing]

STEADY_S, OUTAGE_S, AFTER_S = 10.0, 10.0, 10.0


def _sigkill_broker(node) -> None:
    tracked = node.broker._pids.running(node.broker.name)
    assert tracked is not None, "broker not running before the fault"
    os.kill(tracked.pid, signal.SIGKILL)
    while tracked.alive():
        time.sleep(0.05)


async def test_broker_sigkill_and_restart_loses_and_doubles_nothing(kafka_node, key_store, pg, upstream_template,
                                                                    ledger_schema, metering_processes):
    await bootstrap_topics(kafka_node.bootstrap)
    env = {"GI_KAFKA_BOOTSTRAP": kafka_node.bootstrap}
    # The per-key limit would shed this traffic (4 keys, ~500 req/s): it has tests of its own.
    gateways = [await GatewayProcess(upstream_template=upstream_template, kafka=kafka_node.bootstrap,
                                     extra_env={"GI_GATEWAY_KEY_RPM": "1000000000"}).start() for _ in range(2)]
    group = f"metering-{ledger_schema}"
    for _ in range(2):
        await metering_processes(topic="llm.requests.v1", schema=ledger_schema, group=group, extra_env=env).start()
    customers = []
    for i in range(4):
        created = await key_store.create_account(f"chaos-{ledger_schema}-{i}@example.com", "Chaos")
        customers.append((created.customer_id, created.api_key))
    traffic, stop = Traffic(), asyncio.Event()
    try:
        flow = asyncio.create_task(run_traffic([g.base_url for g in gateways], customers, stop, traffic))
        await asyncio.sleep(STEADY_S)
        await asyncio.to_thread(_sigkill_broker, kafka_node)
        fault_at = time.monotonic()
        await asyncio.sleep(OUTAGE_S)
        await kafka_node.start()
        restarted_at = time.monotonic()
        # Recovery: from the broker's restart until every request answered before it
        # (those spooled during the outage included) is in the ledger.
        answered_before = set(traffic.ok)

        async def caught_up():
            return len(await ledger_rows(pg, ledger_schema, answered_before)) == len(answered_before)

        await eventually(caught_up, timeout_s=120, interval_s=0.2)
        recovery_s = time.monotonic() - restarted_at
        await asyncio.sleep(AFTER_S)
        stop.set()
        await flow
        ok_ids = set(traffic.ok)

        async def all_in_ledger():
            return len(await ledger_rows(pg, ledger_schema, ok_ids)) == len(ok_ids)

        await eventually(all_in_ledger, timeout_s=120, interval_s=0.5)
        await asyncio.sleep(3)  # a late duplicate would show up now
        rows = await ledger_rows(pg, ledger_schema, ok_ids)
    finally:
        stop.set()
        for g in gateways:
            g.stop()
    lost, double = verdict(ok_ids, rows)
    bad_cost = await wrong_costs(pg, ledger_schema, ok_ids)
    failures_in_outage = sum(1 for t, s in traffic.statuses if s >= 500 and t >= fault_at)
    record({"scenario": "kafka_sigkill_restart", "requests": traffic.sent, "ok_2xx": len(ok_ids),
            "non_2xx": traffic.non_2xx(), "lost": lost, "double_counted": double, "wrong_cost": bad_cost,
            "recovery_s": round(recovery_s, 1), "outage_s": OUTAGE_S,
            "gateways": 2, "metering_consumers": 2})
    assert traffic.sent > 200, "too little traffic to prove anything"
    assert (lost, double, bad_cost) == (0, 0, 0)
    # The README documents no 5xx for a broker outage: events wait in the spool.
    assert failures_in_outage == 0 and traffic.non_2xx() == 0, traffic.statuses[-20:]
