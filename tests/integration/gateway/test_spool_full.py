"""A full event spool (Kafka unreachable for long) is a loud error and a metric,
never a silent drop — and clients keep being served."""

from __future__ import annotations

import aiohttp
import pytest

from tests.integration.gateway.harness import GatewayProcess, free_port

pytestmark = pytest.mark.integration


async def test_full_spool_is_counted_and_logged(upstream_template, customer):
    dead_kafka = f"127.0.0.1:{free_port()}"
    gateway = await GatewayProcess(upstream_template=upstream_template, kafka=dead_kafka,
                                   extra_env={"GI_GATEWAY_SPOOL_MAX_BYTES": str(1024 * 1024),
                                              "GI_GATEWAY_KEY_RPM": "1000000000"}).start()
    try:
        body = {"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "fill the spool"}]}
        failures = 0.0
        async with aiohttp.ClientSession(headers={"Authorization": f"Bearer {customer[2]}"}) as http:
            for i in range(3000):
                async with http.post(gateway.base_url + "/chat/completions", json=body) as resp:
                    assert resp.status == 200  # the client is served whatever happens to the event
                if i % 100 == 99:
                    async with http.get(f"http://127.0.0.1:{gateway.ops_port}/metrics") as metrics:
                        for line in (await metrics.text()).splitlines():
                            if line.startswith('gi_gateway_event_emit_failures_total{reason="spool_full"}'):
                                failures = float(line.rsplit(" ", 1)[1])
                    if failures:
                        break
        assert failures >= 1, "the spool never filled up"
        assert "EVENT NOT RECORDED: the event spool is full" in gateway.log_text()
    finally:
        gateway.stop()
