"""The official `anthropic` SDK talking to the gateway's /v1/messages while the
gateway talks to the OpenAI fake: plain, streaming and tool use, errors in
Anthropic's shape, and the same metadata-only event as chat completions."""

from __future__ import annotations

import anthropic
import pytest

from gammainfra_fakeproviders.faults import FaultPlan

pytestmark = pytest.mark.integration
WEATHER_TOOL = {"name": "get_weather", "description": "Weather for a city",
                "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}


@pytest.fixture
def client(gateway, customer):
    root = gateway.base_url.removesuffix("/v1")
    return anthropic.AsyncAnthropic(base_url=root, api_key=customer[2], max_retries=0, timeout=20)


async def test_plain_message_routed_to_an_openai_provider(client, events):
    message = await client.messages.create(model="openai/gpt-4o", max_tokens=256, system="Be brief.",
                                           messages=[{"role": "user", "content": "hello anthropic client"}])
    assert message.type == "message" and message.role == "assistant"
    assert message.content[0].text == "Echo: hello anthropic client"
    assert message.stop_reason == "end_turn" and message.model == "openai/gpt-4o"
    assert message.usage.input_tokens > 0 and message.usage.output_tokens > 0
    [(data, _)] = await events.events(count=1)
    assert (data["model_requested"], data["provider"], data["status"]) == ("openai/gpt-4o", "openai", "success")
    assert data["completion_tokens"] == message.usage.output_tokens


async def test_streaming_message(client, events):
    async with client.messages.stream(model="openai/gpt-4o-mini", max_tokens=128,
                                      messages=[{"role": "user", "content": "stream to anthropic"}]) as stream:
        text = "".join([delta async for delta in stream.text_stream])
        final = await stream.get_final_message()
    assert text == "Echo: stream to anthropic"
    assert final.stop_reason == "end_turn" and final.usage.output_tokens > 0
    [(data, _)] = await events.events(count=1)
    assert data["stream"] is True and data["status"] == "success"


async def test_tool_use_round_trip(client):
    first = await client.messages.create(model="openai/gpt-4o", max_tokens=256, tools=[WEATHER_TOOL],
                                         messages=[{"role": "user", "content": "What is the weather in Paris?"}])
    assert first.stop_reason == "tool_use"
    call = next(block for block in first.content if block.type == "tool_use")
    assert call.name == "get_weather" and isinstance(call.input, dict)
    second = await client.messages.create(
        model="openai/gpt-4o", max_tokens=256, tools=[WEATHER_TOOL],
        messages=[{"role": "user", "content": "What is the weather in Paris?"},
                  {"role": "assistant", "content": first.content},
                  {"role": "user", "content": [{"type": "tool_result", "tool_use_id": call.id, "content": "sunny"}]}])
    assert second.stop_reason == "end_turn" and second.content[0].type == "text"


async def test_streaming_tool_use(client):
    async with client.messages.stream(model="openai/gpt-4o", max_tokens=128, tools=[WEATHER_TOOL],
                                      messages=[{"role": "user", "content": "weather in Rome?"}]) as stream:
        final = await stream.get_final_message()
    assert final.stop_reason == "tool_use"
    assert [b.type for b in final.content if b.type == "tool_use"] == ["tool_use"]


async def test_errors_come_back_in_anthropic_shape(client, gateway, fake):
    with pytest.raises(anthropic.BadRequestError) as missing:
        await client.messages.create(model="openai/gpt-4o", max_tokens=0, messages=[{"role": "user", "content": "x"}])
    assert missing.value.body["type"] == "error" and missing.value.body["error"]["type"] == "invalid_request_error"
    with pytest.raises(anthropic.NotFoundError):
        await client.messages.create(model="nobody/none", max_tokens=5, messages=[{"role": "user", "content": "x"}])
    bad_key = anthropic.AsyncAnthropic(base_url=gateway.base_url.removesuffix("/v1"),
                                       api_key="gi-dddddddddddd-" + "q" * 43, max_retries=0)
    with pytest.raises(anthropic.AuthenticationError):
        await bad_key.messages.create(model="openai/gpt-4o", max_tokens=5, messages=[{"role": "user", "content": "x"}])
    fake.faults.configure("openai-us", FaultPlan(status=503))
    with pytest.raises(anthropic.APIStatusError) as upstream:
        await client.messages.create(model="openai/gpt-4o", max_tokens=5, messages=[{"role": "user", "content": "x"}])
    assert upstream.value.status_code == 502 and upstream.value.body["error"]["type"] == "api_error"


async def test_cut_stream_is_an_error_not_a_clean_end(client, fake, events):
    fake.faults.configure("openai-us", FaultPlan(cut_after=2))
    with pytest.raises(anthropic.APIError):
        async with client.messages.stream(model="openai/gpt-4o", max_tokens=128,
                                          messages=[{"role": "user", "content": "a long answer please"}]) as stream:
            async for _ in stream.text_stream:
                pass
    [(data, _)] = await events.events(count=1)
    assert (data["status"], data["error_type"]) == ("error", "stream_interrupted")
    assert data["completion_tokens"] >= 1
