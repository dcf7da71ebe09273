"""The system under chaos: a private broker, two gateway processes, two metering
consumers in one group writing a private ledger schema, four customers; and
`run_scenario`, which keeps mixed traffic flowing while one fault is injected and
healed, then checks the ledger and records the scenario in chaos.json."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from dataclasses import dataclass
from typing import Awaitable, Callable

from gammainfra_devstack.topics import bootstrap_topics
from tests.chaos.ledger_check import ledger_rows, record, verdict, wrong_costs
from tests.chaos.traffic import Traffic, run_traffic
from tests.integration.conftest import eventually
from tests.integration.gateway.harness import GatewayProcess

STEADY_S, FAULT_S, AFTER_S = 10.0, 10.0, 10.0


@dataclass
class System:
    kafka: object
    gateways: list[GatewayProcess]
    metering: list
    customers: list[tuple[str, str]]
    pg: object
    schema: str


async def start_system(kafka_node, key_store, pg, upstream_template, ledger_schema, metering_processes) -> System:
    await bootstrap_topics(kafka_node.bootstrap)
    # The per-key limit would shed this traffic (4 keys, ~500 req/s): it has tests of its own.
    gateways = [await GatewayProcess(upstream_template=upstream_template, kafka=kafka_node.bootstrap,
                                     extra_env={"GI_GATEWAY_KEY_RPM": "1000000000"}).start() for _ in range(2)]
    env, group = {"GI_KAFKA_BOOTSTRAP": kafka_node.bootstrap}, f"metering-{ledger_schema}"
    metering = [await metering_processes(topic="llm.requests.v1", schema=ledger_schema, group=group,
                                         extra_env=env).start() for _ in range(2)]
    customers = []
    for i in range(4):
        created = await key_store.create_account(f"chaos-{ledger_schema}-{i}@example.com", "Chaos")
        customers.append((created.customer_id, created.api_key))
    return System(kafka_node, gateways, metering, customers, pg, ledger_schema)


def sigkill_broker(node) -> None:
    tracked = node.broker._pids.running(node.broker.name)
    assert tracked is not None, "broker not running before the fault"
    os.kill(tracked.pid, signal.SIGKILL)
    while tracked.alive():
        time.sleep(0.05)


async def run_scenario(system: System, name: str, fault: Callable[[], Awaitable[None]],
                       heal: Callable[[], Awaitable[None]]) -> dict:
    """Traffic; fault; FAULT_S later heal; recovery = heal until every request answered
    so far is in the ledger; more traffic; then the exactly-once check."""
    traffic, stop = Traffic(), asyncio.Event()
    pg, schema = system.pg, system.schema
    flow = asyncio.create_task(run_traffic([g.base_url for g in system.gateways], system.customers, stop, traffic))
    try:
        await asyncio.sleep(STEADY_S)
        await fault()
        fault_at = time.monotonic()
        await asyncio.sleep(FAULT_S)
        await heal()
        healed_at = time.monotonic()
        answered_before = set(traffic.ok)

        async def caught_up():
            return len(await ledger_rows(pg, schema, answered_before)) == len(answered_before)

        await eventually(caught_up, timeout_s=120, interval_s=0.2)
        recovery_s = time.monotonic() - healed_at
        await asyncio.sleep(AFTER_S)
    finally:
        stop.set()
        await flow
    ok_ids = set(traffic.ok)

    async def all_in_ledger():
        return len(await ledger_rows(pg, schema, ok_ids)) == len(ok_ids)

    await eventually(all_in_ledger, timeout_s=120, interval_s=0.5)
    await asyncio.sleep(3)  # a late duplicate would show up now
    lost, double = verdict(ok_ids, await ledger_rows(pg, schema, ok_ids))
    entry = {"scenario": name, "requests": traffic.sent, "ok_2xx": len(ok_ids), "non_2xx": traffic.non_2xx(),
             "errors_after_fault": sum(1 for t, s in traffic.statuses if s >= 500 and t >= fault_at),
             "lost": lost, "double_counted": double, "wrong_cost": await wrong_costs(pg, schema, ok_ids),
             "recovery_s": round(recovery_s, 1), "fault_s": FAULT_S, "gateways": len(system.gateways),
             "metering_consumers": len(system.metering)}
    record(entry)
    assert traffic.sent > 200, "too little traffic to prove anything"
    assert (entry["lost"], entry["double_counted"], entry["wrong_cost"]) == (0, 0, 0), entry
    return entry
