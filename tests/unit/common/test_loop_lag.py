"""gammainfra_common.loop_lag through a real ops server: a loop blocked for 0.4 s shows
up on /metrics as one late wake-up in the histogram and in the worst-lag gauge."""

from __future__ import annotations

import asyncio
import time

import aiohttp
from prometheus_client.parser import text_string_to_metric_families

from gammainfra_common.metrics import new_registry
from gammainfra_common.ops_server import OpsServer


async def scrape(port: int) -> dict[str, float]:
    async with aiohttp.ClientSession() as http, http.get(f"http://127.0.0.1:{port}/metrics") as resp:
        text = await resp.text()
    return {s.name + str(sorted(s.labels.items())): s.value
            for family in text_string_to_metric_families(text) if family.name.startswith("gi_event_loop")
            for s in family.samples}


async def test_a_blocked_loop_is_measured_and_reported() -> None:
    async with OpsServer(host="127.0.0.1", port=0, registry=new_registry()) as server:
        await asyncio.sleep(0.6)  # a couple of on-time wake-ups first
        quiet = await scrape(server.port)
        assert quiet["gi_event_loop_lag_max_seconds[]"] < 0.2
        assert quiet["gi_event_loop_lag_seconds_count[]"] >= 1
        time.sleep(0.4)  # blocks the loop, as a synchronous call in a handler would
        await asyncio.sleep(0.3)
        after = await scrape(server.port)
    assert after["gi_event_loop_lag_max_seconds[]"] >= 0.1
    slow = after["gi_event_loop_lag_seconds_count[]"] - after["gi_event_loop_lag_seconds_bucket[('le', '0.1')]"]
    assert slow >= 1, after


async def test_stop_ends_the_monitor() -> None:
    server = OpsServer(host="127.0.0.1", port=0, registry=new_registry())
    await server.start()
    await server.stop()
    tasks = [t for t in asyncio.all_tasks() if t.get_name() == "loop-lag-monitor"]
    assert tasks == []
