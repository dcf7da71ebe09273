"""The privacy policy's central promise, tested the only convincing way: a unique
string goes into prompts (chat, stream, embeddings, a failing request, a rejected
one), the fake provider echoes it back in every answer, and then it is searched
for everywhere the system keeps anything: every Kafka topic, every PostgreSQL
table, every Redis key and value, and the gateway's own log output."""

from __future__ import annotations

import uuid

import aiohttp
import asyncpg
import orjson
import pytest
from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import TopicPartition

from gammainfra_fakeproviders.faults import FaultPlan
from tests.conftest import DATABASE_URL, KAFKA_BOOTSTRAP

pytestmark = pytest.mark.integration


async def _send_everything(gateway, api_key, canary, fake) -> None:
    headers = {"Authorization": f"Bearer {api_key}"}
    message = [{"role": "user", "content": f"my secret is {canary}"}]
    async with aiohttp.ClientSession(headers=headers) as http:
        async def post(path, body):
            async with http.post(gateway.base_url + path, json=body) as resp:
                return resp.status, await resp.read()

        status, body = await post("/chat/completions", {"model": "openai/gpt-4o", "messages": message})
        assert status == 200 and canary.encode() in body  # the answer did carry it back
        status, body = await post("/chat/completions", {"model": "openai/gpt-4o", "messages": message,
                                                        "stream": True, "user": canary})
        assert status == 200 and canary in _streamed_text(body)
        assert (await post("/embeddings", {"model": "openai/text-embedding-3-small", "input": canary}))[0] == 200
        fake.faults.configure("openai-us", FaultPlan(status=400))
        assert (await post("/chat/completions", {"model": "openai/gpt-4o", "messages": message}))[0] == 400
        fake.faults.reset()
        assert (await post("/chat/completions", {"model": canary, "messages": message}))[0] == 404
        assert (await post("/chat/completions", {"model": "openai/gpt-4o", "messages": message,
                                                 "temperature": canary}))[0] == 400
    # The same through every native provider translation, plain and streaming.
    async with aiohttp.ClientSession(headers=headers) as http:
        for model, only in (("anthropic/claude-sonnet-4", "anthropic"), ("google/gemini-2.5-flash", "google"),
                            ("meta/llama-3.3-70b", "bedrock")):
            for stream in (False, True):
                body = {"model": model, "messages": message, "stream": stream, "provider": {"only": [only]}}
                async with http.post(gateway.base_url + "/chat/completions", json=body) as resp:
                    raw = await resp.read()
                    assert resp.status == 200, (model, raw[:300])
                    answer = _streamed_text(raw) if stream else orjson.loads(raw)["choices"][0]["message"]["content"]
                    assert canary in answer, (model, stream)
    # The same through the inbound Anthropic API (translated both ways).
    async with aiohttp.ClientSession(headers={"x-api-key": api_key, "anthropic-version": "2023-06-01"}) as http:
        anthropic_body = {"model": "openai/gpt-4o", "max_tokens": 64,
                          "messages": [{"role": "user", "content": f"my secret is {canary}"}]}
        async with http.post(gateway.base_url + "/messages", json=anthropic_body) as resp:
            assert resp.status == 200 and canary in (await resp.json())["content"][0]["text"]
        async with http.post(gateway.base_url + "/messages", json={**anthropic_body, "stream": True}) as resp:
            assert resp.status == 200 and b"message_stop" in await resp.read()
    # A key made of the canary must not be logged either.
    async with aiohttp.ClientSession() as http:
        async with http.get(gateway.base_url + "/models",
                            headers={"Authorization": f"Bearer gi-{canary[:12]}-{canary}"}) as resp:
            assert resp.status == 401


def _streamed_text(body: bytes) -> str:
    text = []
    for line in body.split(b"\n"):
        if line.startswith(b"data: {"):
            for choice in orjson.loads(line[6:]).get("choices", []):
                text.append(choice["delta"].get("content") or "")
    return "".join(text)


async def _kafka_contains(needle: bytes) -> list[str]:
    admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA_BOOTSTRAP)
    await admin.start()
    try:
        partitions = [TopicPartition(t["topic"], p["partition"]) for t in await admin.describe_topics()
                      if not t["topic"].startswith("__") for p in t["partitions"]]
    finally:
        await admin.close()
    consumer = AIOKafkaConsumer(bootstrap_servers=KAFKA_BOOTSTRAP, group_id=None, enable_auto_commit=False)
    await consumer.start()
    hits = []
    try:
        ends = await consumer.end_offsets(partitions)
        wanted = {tp: end for tp, end in ends.items() if end > 0}
        consumer.assign(list(wanted))
        await consumer.seek_to_beginning(*wanted)
        remaining = dict(wanted)
        while remaining:
            batches = await consumer.getmany(timeout_ms=1000, max_records=5000)
            if not batches:
                break
            for tp, records in batches.items():
                for r in records:
                    blob = (r.value or b"") + (r.key or b"") + b"".join(v or b"" for _, v in r.headers)
                    if needle in blob:
                        hits.append(f"{tp.topic}@{r.offset}")
                if records and records[-1].offset + 1 >= remaining.get(tp, 0):
                    remaining.pop(tp, None)
    finally:
        await consumer.stop()
    return hits


async def _postgres_contains(needle: str) -> list[str]:
    conn = await asyncpg.connect(DATABASE_URL)
    try:
        tables = await conn.fetch("""SELECT table_schema, table_name FROM information_schema.tables
                                     WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
                                       AND table_type = 'BASE TABLE'""")
        hits = []
        for t in tables:
            found = await conn.fetchval(
                f'SELECT count(*) FROM "{t["table_schema"]}"."{t["table_name"]}" AS r WHERE r::text LIKE $1',
                f"%{needle}%")
            if found:
                hits.append(f'{t["table_schema"]}.{t["table_name"]}')
        return hits
    finally:
        await conn.close()


async def _redis_contains(redis, needle: bytes) -> list[str]:
    hits = []
    async for key in redis.scan_iter(count=1000):
        kind = (await redis.type(key)).decode()
        values: list[bytes] = []
        if kind == "string":
            values = [await redis.get(key) or b""]
        elif kind == "hash":
            values = [k + v for k, v in (await redis.hgetall(key)).items()]
        elif kind in ("list",):
            values = await redis.lrange(key, 0, -1)
        elif kind == "set":
            values = list(await redis.smembers(key))
        elif kind == "zset":
            values = [m for m, _ in await redis.zrange(key, 0, -1, withscores=True)]
        if needle in key or any(needle in v for v in values):
            hits.append(key.decode(errors="replace"))
    return hits


async def test_prompt_and_response_content_is_stored_nowhere(gateway, customer, fake, events, redis):
    canary = "CANARY" + uuid.uuid4().hex
    await _send_everything(gateway, customer[2], canary, fake)
    arrived = await events.events(count=13)  # the requests' events are on Kafka: their content is checked below
    assert len(arrived) >= 13
    assert {d["provider"] for d, _ in arrived} >= {"openai", "anthropic", "google", "bedrock"}
    assert await _kafka_contains(canary.encode()) == []
    assert await _postgres_contains(canary) == []
    assert await _redis_contains(redis, canary.encode()) == []
    log = gateway.log_text()
    assert "request" in log and canary not in log
    assert "127.0.0.1" not in log  # no client IP in any log line either
