"""The official `anthropic` SDK against the fake provider server (in process, free
port): if the SDK parses what the fake sends, the fake speaks Anthropic's real wire
format — messages, both streaming APIs, tool use and the SDK's error classes.

Needs no Kafka/PostgreSQL/Redis, so it carries no `integration` marker.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import anthropic
import httpx2
import pytest
from anthropic import AsyncAnthropic

from gammainfra_fakeproviders import FakeProviderServer
from gammainfra_fakeproviders.content import count_tokens
from gammainfra_fakeproviders.faults import FaultPlan

MODEL = "claude-sonnet-4-20250514"
WEATHER = {"name": "get_weather", "description": "Get the current weather in a given location",
           "input_schema": {"type": "object", "properties": {"location": {"type": "string"}}, "required": ["location"]}}


@pytest.fixture
async def fake() -> AsyncIterator[FakeProviderServer]:
    async with FakeProviderServer(host="127.0.0.1", port=0) as server:
        yield server


@pytest.fixture
async def sdk(fake: FakeProviderServer) -> AsyncIterator[AsyncAnthropic]:
    # Anthropic's base URL is the origin: the SDK adds /v1/messages itself.
    async with AsyncAnthropic(api_key="sk-ant-fake", base_url=f"{fake.url}/anthropic-us",
                              max_retries=0, timeout=10) as client:
        yield client


def user(text: str) -> list[dict]:
    return [{"role": "user", "content": text}]


async def test_message(sdk: AsyncAnthropic) -> None:
    message = await sdk.messages.create(model=MODEL, max_tokens=256, system="Be brief.",
                                        messages=user("canary-51a0 hello"))
    assert message.id.startswith("msg_") and message.model == MODEL and message.role == "assistant"
    assert [(b.type, b.text) for b in message.content] == [("text", "Echo: canary-51a0 hello")]
    assert message.stop_reason == "end_turn" and message.stop_sequence is None
    assert message.usage.output_tokens == count_tokens("Echo: canary-51a0 hello")
    assert message.usage.input_tokens > 0 and message.usage.cache_read_input_tokens == 0


async def test_messages_stream_helper(sdk: AsyncAnthropic) -> None:
    async with sdk.messages.stream(model=MODEL, max_tokens=256, messages=user("stream this canary-12")) as stream:
        pieces = [text async for text in stream.text_stream]
        final = await stream.get_final_message()
    assert len(pieces) > 1 and "".join(pieces) == "Echo: stream this canary-12"
    assert final.content[0].text == "Echo: stream this canary-12" and final.stop_reason == "end_turn"
    assert final.usage.output_tokens == count_tokens("Echo: stream this canary-12") and final.usage.input_tokens > 0


async def test_raw_event_stream(sdk: AsyncAnthropic) -> None:
    stream = await sdk.messages.create(model=MODEL, max_tokens=3, stream=True, messages=user("a long prompt " * 5))
    events = [event async for event in stream]
    types = [event.type for event in events]
    assert types[0] == "message_start" and types[1] == "content_block_start"
    assert types[-3:] == ["content_block_stop", "message_delta", "message_stop"]
    assert events[-2].delta.stop_reason == "max_tokens" and events[-2].usage.output_tokens == 3


async def test_tool_use_and_the_tool_result_turn(sdk: AsyncAnthropic) -> None:
    first = await sdk.messages.create(model=MODEL, max_tokens=256, tools=[WEATHER],
                                      messages=user("What is the weather in Oslo?"))
    assert first.stop_reason == "tool_use"
    [call] = first.content
    assert call.type == "tool_use" and call.name == "get_weather"
    assert call.input == {"location": "What is the weather in Oslo?"}
    second = await sdk.messages.create(model=MODEL, max_tokens=256, tools=[WEATHER], messages=[
        *user("What is the weather in Oslo?"), {"role": "assistant", "content": first.content},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": call.id, "content": "9 degrees"}]}])
    assert second.stop_reason == "end_turn" and second.content[0].text == "Echo: What is the weather in Oslo?"


async def test_streamed_tool_use(sdk: AsyncAnthropic) -> None:
    async with sdk.messages.stream(model=MODEL, max_tokens=256, tools=[WEATHER],
                                   messages=user("weather in Lima")) as stream:
        final = await stream.get_final_message()
    assert final.stop_reason == "tool_use" and final.content[0].input == {"location": "weather in Lima"}


async def test_rate_limit_error(sdk: AsyncAnthropic) -> None:
    with pytest.raises(anthropic.RateLimitError) as caught:
        await sdk.messages.create(model=MODEL, max_tokens=10, messages=user("x"),
                                  extra_headers={"x-fake-status": "429", "x-fake-retry-after": "4"})
    assert caught.value.status_code == 429 and caught.value.type == "rate_limit_error"
    assert caught.value.response.headers["retry-after"] == "4"


async def test_overloaded_529_from_endpoint_config(fake: FakeProviderServer, sdk: AsyncAnthropic) -> None:
    fake.faults.configure("anthropic-us", FaultPlan(status=529))
    with pytest.raises(anthropic.InternalServerError) as caught:
        await sdk.messages.create(model=MODEL, max_tokens=10, messages=user("x"))
    assert isinstance(caught.value, anthropic.APIStatusError)
    assert caught.value.status_code == 529 and caught.value.type == "overloaded_error"
    assert fake.faults.stats("anthropic-us") == {"requests": 1, "by_status": {"529": 1}}


async def test_api_error_500(sdk: AsyncAnthropic) -> None:
    with pytest.raises(anthropic.InternalServerError) as caught:
        await sdk.messages.create(model=MODEL, max_tokens=10, messages=user("x"),
                                  extra_headers={"x-fake-status": "500"})
    assert caught.value.type == "api_error"


async def test_authentication_error(sdk: AsyncAnthropic) -> None:
    with pytest.raises(anthropic.AuthenticationError) as caught:
        await sdk.messages.create(model=MODEL, max_tokens=10, messages=user("x"),
                                  extra_headers={"Authorization": "Basic not-a-key"})
    assert caught.value.status_code == 401 and caught.value.type == "authentication_error"


async def test_bad_request_error_for_what_anthropic_refuses(sdk: AsyncAnthropic) -> None:
    with pytest.raises(anthropic.BadRequestError) as caught:
        # This SDK no longer offers sampling knobs; the 2023-06-01 API the gateway uses still has them.
        await sdk.messages.create(model=MODEL, max_tokens=10, messages=user("x"), extra_body={"temperature": 1.5})
    assert caught.value.api_message == "temperature: Input should be less than or equal to 1"


async def test_cut_stream_raises_in_the_sdk(fake: FakeProviderServer, sdk: AsyncAnthropic) -> None:
    fake.faults.configure("anthropic-us", FaultPlan(cut_after=2))
    seen = []
    with pytest.raises(httpx2.RemoteProtocolError):  # the SDK does not wrap a body cut mid-stream
        async with sdk.messages.stream(model=MODEL, max_tokens=256, messages=user("one two three four")) as stream:
            async for text in stream.text_stream:
                seen.append(text)
    assert "".join(seen) == "Echo: one"  # two deltas got through, then the connection ended


async def test_timeout(fake: FakeProviderServer) -> None:
    async with AsyncAnthropic(api_key="k", base_url=f"{fake.url}/anthropic-us", max_retries=0, timeout=0.5) as client:
        with pytest.raises(anthropic.APITimeoutError):
            await client.messages.create(model=MODEL, max_tokens=10, messages=user("x"),
                                         extra_headers={"x-fake-timeout": "true"})
