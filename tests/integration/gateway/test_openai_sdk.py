"""The official `openai` SDK pointed at a running gateway: every endpoint works,
streaming included, and gateway errors surface as the SDK's own error classes."""

from __future__ import annotations

import openai
import pytest

pytestmark = pytest.mark.integration


@pytest.fixture
def client(gateway, customer):
    return openai.AsyncOpenAI(base_url=gateway.base_url, api_key=customer[2], max_retries=0, timeout=20)


async def test_chat_completion(client, events):
    completion = await client.chat.completions.create(
        model="openai/gpt-4o", messages=[{"role": "user", "content": "hello gateway"}], temperature=0.2, seed=7)
    assert completion.choices[0].message.content == "Echo: hello gateway"
    assert completion.model == "openai/gpt-4o"
    assert completion.usage.prompt_tokens > 0 and completion.usage.completion_tokens > 0
    [(data, headers)] = await events.events(count=1)
    assert data["status"] == "success" and data["model_dispatched"] == "openai/gpt-4o"
    assert (data["prompt_tokens"], data["completion_tokens"]) == (
        completion.usage.prompt_tokens, completion.usage.completion_tokens)
    assert data["cost_micro_usd"] > 0 and isinstance(data["cost_micro_usd"], int)
    assert headers["ce_type"] == "com.gammainfra.llm.request.finished"


async def test_unused_fields_pass_through_tools_come_back(client):
    tools = [{"type": "function", "function": {"name": "get_weather", "parameters": {
        "type": "object", "properties": {"city": {"type": "string"}}}}}]
    completion = await client.chat.completions.create(
        model="openai/gpt-4o", tools=tools, messages=[{"role": "user", "content": "weather in Paris?"}])
    choice = completion.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert choice.message.tool_calls[0].function.name == "get_weather"


async def test_streaming_with_usage(client, events):
    stream = await client.chat.completions.create(
        model="openai/gpt-4o", stream=True, stream_options={"include_usage": True},
        messages=[{"role": "user", "content": "stream me something"}])
    chunks = [chunk async for chunk in stream]
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "Echo: stream me something"
    assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens > 0
    assert all(c.model == "openai/gpt-4o" for c in chunks)
    [(data, _)] = await events.events(count=1)
    assert data["stream"] is True and data["status"] == "success"
    assert data["completion_tokens"] == chunks[-1].usage.completion_tokens
    assert data["ttfb_ms"] is not None and data["ttfb_ms"] <= data["latency_ms"]


async def test_streaming_without_usage_sends_no_usage_chunk(client, events):
    stream = await client.chat.completions.create(
        model="openai/gpt-4o", stream=True, messages=[{"role": "user", "content": "no usage please"}])
    chunks = [chunk async for chunk in stream]
    assert all(c.choices for c in chunks) and all(c.usage is None for c in chunks)
    [(data, _)] = await events.events(count=1)
    assert data["completion_tokens"] > 0  # the gateway still asked the provider for usage


async def test_embeddings_and_models(client):
    result = await client.embeddings.create(model="openai/text-embedding-3-small", input=["a", "b"])
    assert len(result.data) == 2 and len(result.data[0].embedding) > 0
    assert result.model == "openai/text-embedding-3-small"
    models = [m.id async for m in client.models.list()]
    assert "openai/gpt-4o" in models and "openai/text-embedding-3-small" in models
    assert "anthropic/claude-sonnet-4" in models and "google/gemini-2.5-flash" in models


async def test_sdk_error_classes(gateway, client, customer, key_store):
    with pytest.raises(openai.BadRequestError) as bad:
        await client.chat.completions.create(model="openai/gpt-4o", messages=[])
    assert bad.value.body["param"] == "messages"
    with pytest.raises(openai.NotFoundError):
        await client.chat.completions.create(model="nobody/nothing", messages=[{"role": "user", "content": "x"}])
    wrong = openai.AsyncOpenAI(base_url=gateway.base_url, api_key="gi-aaaaaaaaaaaa-" + "x" * 40, max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        await wrong.models.list()
    api_key, _ = await key_store.create_key(customer[0], "slow", requests_per_minute=2)
    limited = openai.AsyncOpenAI(base_url=gateway.base_url, api_key=api_key, max_retries=0)
    for _ in range(2):
        await limited.chat.completions.create(model="openai/gpt-4o", messages=[{"role": "user", "content": "x"}])
    with pytest.raises(openai.RateLimitError) as limited_error:
        await limited.chat.completions.create(model="openai/gpt-4o", messages=[{"role": "user", "content": "x"}])
    assert int(limited_error.value.response.headers["Retry-After"]) >= 1


async def test_the_event_carries_the_task_label_not_the_prompt(client, events):
    await client.chat.completions.create(
        model="openai/gpt-4o", messages=[{"role": "user", "content": "Translate 'good morning' into Spanish."}])
    [(data, _)] = await events.events(count=1)
    assert data["task_label"] == "translation"
