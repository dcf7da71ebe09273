"""Chaos: the router stopped for 10 s (the gateways' stale limit is 5 s here). The
gateways keep routing on their last snapshot, then mark it stale and route in
catalog order (README, "Routing health"); no request fails either way."""

from __future__ import annotations

import time

import pytest

from tests.chaos.scenario import run_scenario

pytestmark = [pytest.mark.integration, pytest.mark.timing]


async def test_router_stopped_stale_health(system):
    window = {}

    async def fault():
        system.router.stop()
        window["from"] = time.time()

    async def heal():
        window["to"] = time.time()
        await system.router.start()
        window["ready"] = time.time()

    entry = await run_scenario(system, "router_stopped_stale", fault, heal)
    assert entry["non_2xx"] == 0, entry
    # The events say which snapshot routed each request: fresh ones until the stale limit,
    # then stale ones, and fresh again once the router is back.
    rows = await system.pg.fetch(
        f'SELECT finished_at, (health_cache->>\'stale\')::boolean AS stale FROM "{system.schema}".request_log')
    at = [(r["finished_at"].timestamp(), r["stale"]) for r in rows]
    early = [s for t, s in at if window["from"] + 0.5 < t < window["from"] + 3]
    late = [s for t, s in at if window["from"] + 7 < t < window["to"]]
    after = [s for t, s in at if t > window["ready"] + 3]  # first publish + one gateway refresh
    assert early and not any(early), "the last snapshot was not used before the stale limit"
    assert late and all(late), "past the stale limit the gateways did not mark the snapshot stale"
    assert after and not any(after), "the gateways did not return to fresh health after the restart"
