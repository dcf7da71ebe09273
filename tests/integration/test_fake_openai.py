"""The official `openai` SDK against the fake provider server (in process, free port):
if the SDK parses what the fake sends, the fake speaks OpenAI's real wire format.

Needs no Kafka/PostgreSQL/Redis, so it carries no `integration` marker.
"""

from __future__ import annotations

import struct
from collections.abc import AsyncIterator

import openai
import pytest
from openai import AsyncOpenAI

from gammainfra_fakeproviders import FakeProviderServer
from gammainfra_fakeproviders.content import embedding_vector
from gammainfra_fakeproviders.faults import FaultPlan


@pytest.fixture
async def fake() -> AsyncIterator[FakeProviderServer]:
    async with FakeProviderServer(host="127.0.0.1", port=0) as server:
        yield server


@pytest.fixture
async def sdk(fake: FakeProviderServer) -> AsyncIterator[AsyncOpenAI]:
    async with AsyncOpenAI(api_key="sk-fake", base_url=fake.base_url("openai-us"),
                           max_retries=0, timeout=10) as client:
        yield client


async def test_chat_non_stream(sdk: AsyncOpenAI) -> None:
    completion = await sdk.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "canary-9d1e"}])
    assert completion.id.startswith("chatcmpl-") and completion.model == "gpt-4o-mini"
    choice = completion.choices[0]
    assert choice.message.content == "Echo: canary-9d1e" and choice.finish_reason == "stop"
    assert completion.usage is not None and completion.usage.total_tokens > completion.usage.completion_tokens > 0


async def test_chat_stream_with_usage(sdk: AsyncOpenAI) -> None:
    stream = await sdk.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "stream this canary-77"}],
        stream=True, stream_options={"include_usage": True})
    chunks = [chunk async for chunk in stream]
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "Echo: stream this canary-77"
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    last = chunks[-1]
    assert last.choices == [] and last.usage is not None
    assert last.usage.completion_tokens > 0
    assert all(c.usage is None for c in chunks[:-1])


async def test_tool_call(sdk: AsyncOpenAI) -> None:
    tools = [{"type": "function", "function": {"name": "get_weather", "parameters": {
        "type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}]
    completion = await sdk.chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": "weather in Oslo"}], tools=tools)
    assert completion.choices[0].finish_reason == "tool_calls"
    call = completion.choices[0].message.tool_calls[0]
    assert call.function.name == "get_weather" and call.function.arguments == '{"city":"weather in Oslo"}'


async def test_embeddings(sdk: AsyncOpenAI) -> None:
    # The SDK asks for base64 by default and decodes it: both encodings get exercised.
    result = await sdk.embeddings.create(model="text-embedding-3-small", input=["alpha", "beta"])
    assert [d.index for d in result.data] == [0, 1]
    assert len(result.data[0].embedding) == 8
    expected = struct.unpack("<8f", struct.pack("<8f", *embedding_vector("alpha", 8)))
    assert list(result.data[0].embedding) == pytest.approx(expected)
    floats = await sdk.embeddings.create(model="text-embedding-3-small", input="alpha",
                                         encoding_format="float", dimensions=12)
    assert len(floats.data[0].embedding) == 12 and floats.usage.prompt_tokens == 2


async def test_models_list(sdk: AsyncOpenAI) -> None:
    ids = [model.id async for model in sdk.models.list()]
    assert "gpt-4o" in ids


async def test_rate_limit_error(sdk: AsyncOpenAI) -> None:
    with pytest.raises(openai.RateLimitError) as caught:
        await sdk.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "x"}],
                                          extra_headers={"x-fake-status": "429"})
    assert caught.value.status_code == 429 and caught.value.code == "rate_limit_exceeded"
    assert caught.value.response.headers["retry-after"] == "1"


async def test_authentication_error(sdk: AsyncOpenAI) -> None:
    with pytest.raises(openai.AuthenticationError) as caught:
        await sdk.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "x"}],
                                          extra_headers={"Authorization": "Basic not-a-bearer"})
    assert caught.value.code == "invalid_api_key"


async def test_internal_server_error_from_endpoint_config(fake: FakeProviderServer, sdk: AsyncOpenAI) -> None:
    fake.faults.configure("openai-us", FaultPlan(status=503))
    with pytest.raises(openai.InternalServerError) as caught:
        await sdk.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "x"}])
    assert caught.value.status_code == 503 and caught.value.type == "server_error"
    assert fake.faults.stats("openai-us") == {"requests": 1, "by_status": {"503": 1}}


async def test_timeout(fake: FakeProviderServer) -> None:
    async with AsyncOpenAI(api_key="sk-fake", base_url=fake.base_url("openai-us"),
                           max_retries=0, timeout=0.5) as client:
        with pytest.raises(openai.APITimeoutError):
            await client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "x"}],
                                                 extra_headers={"x-fake-timeout": "true"})
