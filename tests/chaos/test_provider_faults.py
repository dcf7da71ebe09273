"""Chaos: one provider endpoint (anthropic-us) failing, then hanging, then
slow-dripping its streams, ~3.3 s each, while mixed traffic flows. Its model has
Bedrock endpoints as fallbacks: a failed or hung attempt (attempt timeout 2 s
here) falls back to them; a slow stream is relayed as it drips."""

from __future__ import annotations

import asyncio

import pytest

from gammainfra_fakeproviders.faults import FaultPlan
from tests.chaos.ledger_check import record
from tests.chaos.scenario import run_scenario

pytestmark = [pytest.mark.integration, pytest.mark.timing]

ENDPOINT = "anthropic-us"
PHASES = [FaultPlan(status=500), FaultPlan(timeout=True), FaultPlan(chunk_delay_ms=500)]


async def test_provider_failing_then_hanging_then_slow_dripping(system, fake):
    task: list[asyncio.Task] = []
    seen: dict[str, int] = {}

    async def cycle():
        for plan in PHASES:
            fake.faults.configure(ENDPOINT, plan)
            await asyncio.sleep(10 / len(PHASES))

    async def fault():
        task.append(asyncio.create_task(cycle()))

    async def heal():
        task[0].cancel()
        seen.update(fake.faults.stats(ENDPOINT)["by_status"])  # reset() forgets them
        fake.faults.reset()

    entry = await run_scenario(system, "provider_failing_hanging_slow", fault, heal)
    # What the faulty endpoint did, and what the ledger says the gateways made of it.
    log = f'"{system.schema}".request_log'
    entry["provider_answers"] = dict(seen)
    entry["fell_back"] = await system.pg.fetchval(
        f"SELECT count(*) FROM {log} WHERE http_status < 300 AND EXISTS (SELECT 1 FROM "
        f"jsonb_array_elements(fallback_chain) a WHERE a->>'endpoint' = $1 AND a->>'outcome' <> 'success')", ENDPOINT)
    entry["slow_streams"] = await system.pg.fetchval(
        f"SELECT count(*) FROM {log} WHERE endpoint = $1 AND stream AND latency_ms >= 1000", ENDPOINT)
    record(entry)
    assert entry["non_2xx"] == 0, entry
    assert seen.get("500", 0) > 0 and entry["fell_back"] > 0, "the failing endpoint was never tried"
    assert entry["slow_streams"] > 0, "no stream was relayed while the endpoint dripped"
