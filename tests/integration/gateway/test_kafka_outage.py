"""Kafka stopped during traffic, then started: the gateway keeps answering without
waiting on Kafka, and every request's event arrives exactly once per request id."""

from __future__ import annotations

import time
from collections import Counter

import aiohttp
import orjson
import pytest

from gammainfra_devstack.topics import bootstrap_topics
from tests.integration.gateway.harness import GatewayProcess
from tests.integration.kafka_node import kafka_node, read_topic  # noqa: F401 - fixture

pytestmark = [pytest.mark.integration, pytest.mark.timing]


async def _requests(gateway, api_key, count: int) -> tuple[list[str], list[float]]:
    ids, durations = [], []
    body = {"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "outage"}]}
    async with aiohttp.ClientSession(headers={"Authorization": f"Bearer {api_key}"}) as http:
        for _ in range(count):
            started = time.perf_counter()
            async with http.post(gateway.base_url + "/chat/completions", json=body) as resp:
                assert resp.status == 200
                ids.append(resp.headers["x-request-id"])
            durations.append(time.perf_counter() - started)
    return ids, durations


async def test_events_survive_a_kafka_outage_exactly_once(kafka_node, upstream_template, customer):  # noqa: F811
    await bootstrap_topics(kafka_node.bootstrap)
    gateway = await GatewayProcess(upstream_template=upstream_template, kafka=kafka_node.bootstrap).start()
    try:
        before, _ = await _requests(gateway, customer[2], 20)
        await kafka_node.stop()
        during, durations = await _requests(gateway, customer[2], 30)
        # Answers never wait on Kafka (aiokafka's metadata wait alone would be seconds).
        assert max(durations) < 1.0, f"slowest request during the outage: {max(durations):.3f}s"
        await kafka_node.start()
        ids = before + during
        records = await read_topic(kafka_node.bootstrap, "llm.requests.v1", expected=len(ids), timeout_s=90)
    finally:
        gateway.stop()
    seen = Counter(orjson.loads(r.value)["request_id"] for r in records)
    assert {rid: seen[rid] for rid in ids if seen[rid] != 1} == {}  # each exactly once
    assert set(seen) == set(ids)
