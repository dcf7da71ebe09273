"""Several worker processes share one public port (SO_REUSEPORT), each with its own
ops port; the ops server exposes the gateway's metrics without content labels."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from tests.integration.gateway.harness import GatewayProcess

pytestmark = [pytest.mark.integration, pytest.mark.timing]


async def test_two_workers_share_the_port_and_both_serve(upstream_template, customer):
    gateway = GatewayProcess(upstream_template=upstream_template, workers=2)
    await gateway.start()
    try:
        async with aiohttp.ClientSession() as http:
            loop = asyncio.get_running_loop()
            end = loop.time() + 20
            while loop.time() < end:  # worker 1 binds its ops port a moment after worker 0
                try:
                    async with http.get(f"http://127.0.0.1:{gateway.ops_port + 1}/readyz") as resp:
                        if resp.status == 200:
                            break
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.1)
            headers = {"Authorization": f"Bearer {customer[2]}"}
            body = {"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "spread"}]}
            for _ in range(40):  # new connections each time, so the kernel spreads them
                async with aiohttp.ClientSession() as fresh:
                    async with fresh.post(gateway.base_url + "/chat/completions", json=body, headers=headers) as r:
                        assert r.status == 200
            served = []
            for worker in (0, 1):
                async with http.get(f"http://127.0.0.1:{gateway.ops_port + worker}/metrics") as resp:
                    text = await resp.text()
                served.append(sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
                                  if line.startswith("gi_gateway_requests_total{")
                                  and 'route="/v1/chat/completions"' in line))
        assert sum(served) == 40
        assert all(count > 0 for count in served), served  # both workers took connections
    finally:
        gateway.stop()


async def test_metrics_exposed_without_content_or_customer_labels(gateway, customer):
    headers = {"Authorization": f"Bearer {customer[2]}"}
    async with aiohttp.ClientSession() as http:
        async with http.post(gateway.base_url + "/chat/completions", headers=headers,
                             json={"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "m"}]}) as r:
            assert r.status == 200
        async with http.get(f"http://127.0.0.1:{gateway.ops_port}/metrics") as resp:
            text = await resp.text()
    for name in ("gi_gateway_requests_total", "gi_gateway_request_seconds_bucket", "gi_gateway_ttfb_seconds_bucket",
                 "gi_gateway_ratelimit_decisions_total"):
        assert name in text, name
    assert customer[0] not in text and customer[1] not in text and "127.0.0.1" not in text
