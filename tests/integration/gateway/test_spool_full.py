"""A full event spool (Kafka unreachable for long) is never a lost event: once the
spool cannot keep its reserve, LLM requests are refused up front with 503 and
`Retry-After` (no provider call, nothing to bill), and every request answered 200
before that has its event in the spool."""

from __future__ import annotations

import aiohttp
import pytest

from tests.integration.gateway.harness import GatewayProcess, free_port

pytestmark = pytest.mark.integration


def metric(text: str, name: str) -> float:
    for line in text.splitlines():
        if line.startswith(name + " ") or line.startswith(name + "{"):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


async def test_full_spool_refuses_requests_instead_of_losing_events(upstream_template, customer, fake):
    dead_kafka = f"127.0.0.1:{free_port()}"
    gateway = await GatewayProcess(upstream_template=upstream_template, kafka=dead_kafka,
                                   extra_env={"GI_GATEWAY_SPOOL_MAX_BYTES": str(1024 * 1024),
                                              "GI_GATEWAY_KEY_RPM": "1000000000"}).start()
    try:
        body = {"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "fill the spool"}]}
        served, refused = 0, None
        async with aiohttp.ClientSession(headers={"Authorization": f"Bearer {customer[2]}"}) as http:
            for _ in range(3000):
                async with http.post(gateway.base_url + "/chat/completions", json=body) as resp:
                    if resp.status == 200:
                        served += 1
                        continue
                    refused = (resp.status, resp.headers.get("Retry-After"), await resp.json())
                    break
            assert refused is not None, "the spool never filled up"
            status, retry_after, error = refused
            assert (status, retry_after, error["error"]["code"]) == (503, "5", "event_spool_full"), refused
            provider_calls = fake.faults.stats("openai-us")["requests"]
            async with http.post(gateway.base_url + "/messages", json={
                    "model": "openai/gpt-4o", "max_tokens": 8, "messages": body["messages"]},
                    headers={"anthropic-version": "2023-06-01"}) as resp:
                assert resp.status == 503 and resp.headers["Retry-After"] == "5"
                assert (await resp.json())["type"] == "error"  # Anthropic's shape on its route
            assert fake.faults.stats("openai-us")["requests"] == provider_calls, "a refused request reached the provider"
            async with http.get(f"http://127.0.0.1:{gateway.ops_port}/metrics") as resp:
                metrics = await resp.text()
        # Every 200 has its event waiting in the spool; none was refused by it.
        assert metric(metrics, "gi_event_spool_depth_records") == served > 100
        assert metric(metrics, "gi_event_spool_full_total") == 0
        assert "EVENT NOT RECORDED" not in gateway.log_text()
    finally:
        gateway.stop()
