"""POST /{endpoint}/v1/messages: Anthropic's exact message object and SSE event
sequence, tool use, stop sequences, max_tokens, auth/version checks, Anthropic-shaped
errors and every fault knob through the shared guard."""

from __future__ import annotations

import time
from typing import Any

import aiohttp
import orjson
import pytest
from aiohttp.test_utils import TestClient

from gammainfra_fakeproviders.content import count_tokens, prompt_tokens
from tests.unit.fakeproviders.helpers import read_until_cut

PATH = "/anthropic-us/v1/messages"
HEADERS = {"x-api-key": "sk-ant-test", "anthropic-version": "2023-06-01"}
WEATHER = {"name": "get_weather", "description": "Get the current weather in a given location",
           "input_schema": {"type": "object", "properties": {"location": {"type": "string"}}, "required": ["location"]}}


def body(text: str = "hello", **extra: Any) -> dict[str, Any]:
    return {"model": "claude-sonnet-4-20250514", "max_tokens": 1024, "messages": [{"role": "user", "content": text}],
            **extra}


def parse_events(raw: bytes) -> list[tuple[str, dict]]:
    """Strict Anthropic framing: `event: <type>` then `data: <json with that type>`."""
    assert raw.endswith(b"\n\n"), raw[-80:]
    events = []
    for block in raw[:-2].split(b"\n\n"):
        name, data = block.split(b"\n")
        assert name.startswith(b"event: ") and data.startswith(b"data: "), block
        payload = orjson.loads(data[6:])
        assert payload["type"] == name[7:].decode()
        events.append((payload["type"], payload))
    return events


async def post(client: TestClient, payload: Any, headers: dict[str, str] = HEADERS) -> tuple[int, Any, Any]:
    async with client.post(PATH, data=orjson.dumps(payload), headers=headers) as resp:
        raw = await resp.read()
        if resp.content_type == "text/event-stream":
            return resp.status, resp.headers, parse_events(raw)
        return resp.status, resp.headers, orjson.loads(raw)


async def test_message_object(client: TestClient) -> None:
    status, headers, msg = await post(client, body("canary-3c1 here", system="Be brief."))
    assert status == 200 and headers["Content-Type"] == "application/json"
    assert headers["request-id"].startswith("req_")
    assert set(msg) == {"id", "type", "role", "model", "content", "stop_reason", "stop_sequence", "usage"}
    assert msg["id"].startswith("msg_") and (msg["type"], msg["role"]) == ("message", "assistant")
    assert msg["model"] == "claude-sonnet-4-20250514"
    assert msg["content"] == [{"type": "text", "text": "Echo: canary-3c1 here"}]
    assert (msg["stop_reason"], msg["stop_sequence"]) == ("end_turn", None)
    assert msg["usage"] == {
        "input_tokens": prompt_tokens([{"content": "Be brief."}, {"role": "user", "content": "canary-3c1 here"}]),
        "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0,
        "cache_creation": {"ephemeral_5m_input_tokens": 0, "ephemeral_1h_input_tokens": 0},
        "output_tokens": count_tokens("Echo: canary-3c1 here"), "service_tier": "standard"}


async def test_max_tokens_and_stop_sequences(client: TestClient) -> None:
    _, _, msg = await post(client, body("a long prompt " * 20, max_tokens=3))
    assert msg["content"][0]["text"] == "Echo: a long" and msg["stop_reason"] == "max_tokens"
    assert msg["usage"]["output_tokens"] == 3
    _, _, msg = await post(client, body("one two STOP three", stop_sequences=["three", "STOP"]))
    assert msg["content"] == [{"type": "text", "text": "Echo: one two "}]
    assert (msg["stop_reason"], msg["stop_sequence"]) == ("stop_sequence", "STOP")


async def test_text_stream_event_sequence(client: TestClient) -> None:
    status, headers, events = await post(client, body("stream me please", stream=True))
    assert status == 200 and headers["request-id"].startswith("req_")
    names = [name for name, _ in events]
    assert names[:3] == ["message_start", "content_block_start", "ping"]
    assert names[-3:] == ["content_block_stop", "message_delta", "message_stop"]
    assert set(names[3:-3]) == {"content_block_delta"}
    start = events[0][1]["message"]
    assert start["content"] == [] and start["stop_reason"] is None and start["usage"]["output_tokens"] == 1
    assert events[1][1] == {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}
    text = "".join(e["delta"]["text"] for n, e in events if n == "content_block_delta")
    assert text == "Echo: stream me please"
    assert events[-2][1] == {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                             "usage": {"output_tokens": count_tokens(text)}}


async def test_tool_use_when_weather_is_asked(client: TestClient) -> None:
    _, _, msg = await post(client, body("What's the weather in Oslo?", tools=[WEATHER]))
    [block] = msg["content"]
    assert block["type"] == "tool_use" and block["id"].startswith("toolu_") and block["name"] == "get_weather"
    assert block["input"] == {"location": "What's the weather in Oslo?"}
    assert msg["stop_reason"] == "tool_use"
    _, _, msg = await post(client, body("hello", tools=[WEATHER]))  # no trigger: text
    assert msg["stop_reason"] == "end_turn"
    _, _, msg = await post(client, body("hello", tools=[WEATHER], tool_choice={"type": "any"}))
    assert msg["stop_reason"] == "tool_use"
    _, _, msg = await post(client, body("weather?", tools=[WEATHER], tool_choice={"type": "none"}))
    assert msg["stop_reason"] == "end_turn"


async def test_tool_result_turn_gets_a_text_answer(client: TestClient) -> None:
    messages = [{"role": "user", "content": "weather in Paris?"},
                {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_1", "name": "get_weather",
                                                   "input": {"location": "Paris"}}]},
                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "18C"}]}]
    status, _, msg = await post(client, {**body(), "messages": messages, "tools": [WEATHER]})
    assert status == 200 and msg["content"] == [{"type": "text", "text": "Echo: weather in Paris?"}]


async def test_tool_use_stream_sends_input_json_deltas(client: TestClient) -> None:
    _, _, events = await post(client, body("weather in Rome", tools=[WEATHER], stream=True))
    start = events[1][1]["content_block"]
    assert (start["type"], start["name"], start["input"]) == ("tool_use", "get_weather", {})
    fragments = [e["delta"]["partial_json"] for n, e in events if n == "content_block_delta"]
    assert fragments[0] == "" and orjson.loads("".join(fragments)) == {"location": "weather in Rome"}
    assert events[-2][1]["delta"]["stop_reason"] == "tool_use"


@pytest.mark.parametrize(("headers", "status", "error_type", "message"), [
    ({"anthropic-version": "2023-06-01"}, 401, "authentication_error", "x-api-key header is required"),
    ({"x-api-key": " ", "anthropic-version": "2023-06-01"}, 401, "authentication_error", "invalid x-api-key"),
    ({"x-api-key": "k"}, 400, "invalid_request_error", "anthropic-version: header is required"),
    ({"x-api-key": "k", "anthropic-version": "yesterday"}, 400, "invalid_request_error",
     "anthropic-version: invalid version 'yesterday'"),
])
async def test_auth_and_version_headers(client: TestClient, headers, status, error_type, message) -> None:
    got, _, error = await post(client, body(), headers)
    assert got == status
    assert error["type"] == "error" and error["error"] == {"type": error_type, "message": message}
    assert error["request_id"].startswith("req_")


async def test_a_bearer_token_is_accepted_as_the_sdk_sends_it(client: TestClient) -> None:
    status, _, _ = await post(client, body(), {"Authorization": "Bearer sk-ant", "anthropic-version": "2026-10-21"})
    assert status == 200


@pytest.mark.parametrize(("status", "error_type"), [
    (400, "invalid_request_error"), (401, "authentication_error"), (403, "permission_error"),
    (404, "not_found_error"), (413, "request_too_large"), (429, "rate_limit_error"), (500, "api_error"),
    (503, "api_error"), (529, "overloaded_error"),
])
async def test_status_knob_gives_anthropic_errors(client: TestClient, status: int, error_type: str) -> None:
    got, headers, error = await post(client, body(), {**HEADERS, "x-fake-status": str(status)})
    assert got == status and error["type"] == "error" and error["error"]["type"] == error_type
    assert error["error"]["message"]
    if status == 429:
        assert headers["retry-after"] == "1"


async def test_faults_come_before_auth_and_a_bad_knob_is_an_anthropic_400(client: TestClient) -> None:
    got, _, error = await post(client, body(), {"x-fake-status": "529"})
    assert got == 529 and error["error"]["type"] == "overloaded_error"
    got, _, error = await post(client, body(), {**HEADERS, "x-fake-status": "lots"})
    assert got == 400 and error["error"]["type"] == "invalid_request_error"
    assert "x-fake-status" in error["error"]["message"]


async def test_cut_after_ends_the_stream_without_message_stop(client: TestClient) -> None:
    async with client.post(PATH, json=body("one two three four five", stream=True),
                           headers={**HEADERS, "x-fake-cut-after": "2"}) as resp:
        assert resp.status == 200
        received, error = await read_until_cut(resp)
    assert error is not None  # a truncated chunked body, never a clean end
    names = [line[7:] for line in received.split(b"\n") if line.startswith(b"event: ")]
    assert names == [b"message_start", b"content_block_start", b"ping", b"content_block_delta", b"content_block_delta"]
    async with client.get("/_fake/endpoints/anthropic-us/stats") as resp:
        assert await resp.json() == {"requests": 1, "by_status": {"200": 1}}  # its status line was 200


async def test_chunk_delay_spaces_the_events(client: TestClient) -> None:
    started = time.perf_counter()
    status, _, events = await post(client, body("a b c", stream=True), {**HEADERS, "x-fake-chunk-delay-ms": "20"})
    assert status == 200 and time.perf_counter() - started >= 0.02 * (len(events) - 1)


async def test_non_stream_cut_drops_the_connection(client: TestClient) -> None:
    with pytest.raises(Exception):  # noqa: B017 - the client sees a disconnect, whatever aiohttp calls it
        await post(client, body(), {**HEADERS, "x-fake-cut-after": "1"})
    async with client.get("/_fake/endpoints/anthropic-us/stats") as resp:
        assert (await resp.json())["by_status"] == {"cut": 1}


async def test_latency_and_timeout_knobs(client: TestClient) -> None:
    started = time.perf_counter()
    status, _, _ = await post(client, body(), {**HEADERS, "x-fake-latency-ms": "150"})
    assert status == 200 and time.perf_counter() - started >= 0.15
    with pytest.raises(TimeoutError):
        async with client.post(PATH, json=body(), headers={**HEADERS, "x-fake-timeout": "1"},
                               timeout=aiohttp.ClientTimeout(total=0.3)):
            pass
    async with client.get("/_fake/endpoints/anthropic-us/stats") as resp:
        assert (await resp.json())["by_status"] == {"200": 1, "timeout": 1}
