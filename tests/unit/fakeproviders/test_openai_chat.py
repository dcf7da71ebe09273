"""POST /{endpoint}/v1/chat/completions: OpenAI's exact shapes, stream framing,
usage, max_tokens, tool calls, validation and auth errors."""

from __future__ import annotations

import time
from typing import Any

import orjson
import pytest
from aiohttp.test_utils import TestClient

from gammainfra_fakeproviders.content import count_tokens, prompt_tokens
from tests.unit.fakeproviders.helpers import AUTH, CHAT, chat_body, parse_sse

WEATHER_TOOL = {"type": "function", "function": {
    "name": "get_weather", "description": "Current weather",
    "parameters": {"type": "object", "required": ["location"], "properties": {"location": {"type": "string"}}}}}
USAGE_DETAILS = {"prompt_tokens_details", "completion_tokens_details"}


async def post_chat(client: TestClient, body: dict[str, Any], path: str = CHAT,
                    headers: dict[str, str] = AUTH) -> tuple[int, Any, Any]:
    async with client.post(path, data=orjson.dumps(body), headers=headers) as resp:
        raw = await resp.read()
        if resp.content_type == "text/event-stream":
            return resp.status, resp.headers, parse_sse(raw)
        return resp.status, resp.headers, orjson.loads(raw)


async def test_non_stream_is_a_chat_completion(client: TestClient) -> None:
    status, headers, body = await post_chat(client, chat_body("canary-7f3a please"))
    assert status == 200 and headers["Content-Type"] == "application/json"
    assert headers["x-request-id"].startswith("req_")
    assert set(body) == {"id", "object", "created", "model", "choices", "usage", "service_tier",
                         "system_fingerprint"}
    assert body["id"].startswith("chatcmpl-") and body["object"] == "chat.completion"
    assert abs(body["created"] - time.time()) < 5
    assert body["model"] == "gpt-4o-mini" and body["system_fingerprint"].startswith("fp_")
    assert body["choices"] == [{"index": 0, "logprobs": None, "finish_reason": "stop", "message": {
        "role": "assistant", "content": "Echo: canary-7f3a please", "refusal": None, "annotations": []}}]
    usage = body["usage"]
    assert usage["prompt_tokens"] == prompt_tokens([{"role": "user", "content": "canary-7f3a please"}])
    assert usage["completion_tokens"] == count_tokens("Echo: canary-7f3a please")
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
    assert USAGE_DETAILS <= set(usage)


async def test_any_endpoint_id_and_path_without_v1(client: TestClient) -> None:
    for path in ("/mistral-eu/v1/chat/completions", "/deepseek-cn/chat/completions", "/anything/v1/chat/completions"):
        status, _, body = await post_chat(client, chat_body(model="deepseek-chat"), path)
        assert status == 200 and body["model"] == "deepseek-chat"


@pytest.mark.parametrize("limit_field", ["max_tokens", "max_completion_tokens"])
async def test_max_tokens_cuts_reply_with_finish_length(client: TestClient, limit_field: str) -> None:
    status, _, body = await post_chat(client, chat_body("a long prompt " * 20, **{limit_field: 3}))
    assert status == 200
    assert body["choices"][0]["finish_reason"] == "length"
    assert body["choices"][0]["message"]["content"] == "Echo: a long"
    assert body["usage"]["completion_tokens"] == 3


async def test_stream_framing_without_usage(client: TestClient) -> None:
    status, headers, events = await post_chat(client, chat_body("one two three four", stream=True))
    assert status == 200 and headers["Content-Type"] == "text/event-stream; charset=utf-8"
    assert events[-1] == "[DONE]"
    chunks = events[:-1]
    assert len({c["id"] for c in chunks}) == 1 and chunks[0]["id"].startswith("chatcmpl-")
    for chunk in chunks:
        assert chunk["object"] == "chat.completion.chunk" and chunk["model"] == "gpt-4o-mini"
        assert "usage" not in chunk
        assert len(chunk["choices"]) == 1 and chunk["choices"][0]["index"] == 0
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": "", "refusal": None}
    assert chunks[-1]["choices"][0] == {"index": 0, "delta": {}, "logprobs": None, "finish_reason": "stop"}
    deltas = [c["choices"][0]["delta"] for c in chunks[1:-1]]
    assert all(set(d) == {"content"} for d in deltas) and len(deltas) == 5
    assert "".join(d["content"] for d in deltas) == "Echo: one two three four"
    assert all(c["choices"][0]["finish_reason"] is None for c in chunks[:-1])


async def test_stream_with_include_usage_ends_with_usage_chunk(client: TestClient) -> None:
    body = chat_body("hello", stream=True, stream_options={"include_usage": True})
    _, _, events = await post_chat(client, body)
    assert events[-1] == "[DONE]"
    usage_chunk, finish_chunk = events[-2], events[-3]
    assert usage_chunk["choices"] == []
    assert usage_chunk["usage"]["completion_tokens"] == count_tokens("Echo: hello")
    assert usage_chunk["usage"]["total_tokens"] == (usage_chunk["usage"]["prompt_tokens"]
                                                   + usage_chunk["usage"]["completion_tokens"])
    assert finish_chunk["choices"][0]["finish_reason"] == "stop"
    # Like OpenAI: with include_usage every earlier chunk carries "usage": null.
    assert all(e["usage"] is None for e in events[:-2])


async def test_stream_usage_off_when_include_usage_false(client: TestClient) -> None:
    body = chat_body("hello", stream=True, stream_options={"include_usage": False})
    _, _, events = await post_chat(client, body)
    assert events[-2]["choices"][0]["finish_reason"] == "stop"
    assert all("usage" not in e for e in events[:-1])


async def test_stream_max_tokens_finish_length(client: TestClient) -> None:
    _, _, events = await post_chat(client, chat_body("x " * 50, stream=True, max_tokens=2))
    assert events[-2]["choices"][0]["finish_reason"] == "length"
    assert "".join(e["choices"][0]["delta"].get("content") or "" for e in events[:-1]) == "Echo: x "


async def test_tools_and_weather_give_a_tool_call(client: TestClient) -> None:
    body = chat_body("What's the weather in Paris?", tools=[WEATHER_TOOL])
    _, _, completion = await post_chat(client, body)
    choice = completion["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    message = choice["message"]
    assert message["content"] is None and message["role"] == "assistant"
    [call] = message["tool_calls"]
    assert call["id"].startswith("call_") and call["type"] == "function"
    assert call["function"]["name"] == "get_weather"
    assert orjson.loads(call["function"]["arguments"]) == {"location": "What's the weather in Paris?"}
    assert completion["usage"]["prompt_tokens"] > prompt_tokens(body["messages"])  # tools count too


async def test_no_tool_call_without_weather_or_after_tool_result(client: TestClient) -> None:
    _, _, plain = await post_chat(client, chat_body("hello", tools=[WEATHER_TOOL]))
    assert plain["choices"][0]["finish_reason"] == "stop"
    conversation = chat_body("weather in Paris?", tools=[WEATHER_TOOL])
    conversation["messages"] += [
        {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function",
                                                                "function": {"name": "get_weather", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": "sunny"}]
    _, _, answer = await post_chat(client, conversation)
    assert answer["choices"][0]["finish_reason"] == "stop"
    assert answer["choices"][0]["message"]["content"] == "Echo: weather in Paris?"
    _, _, forced = await post_chat(client, chat_body("hi", tools=[WEATHER_TOOL], tool_choice="required"))
    assert forced["choices"][0]["finish_reason"] == "tool_calls"
    _, _, none = await post_chat(client, chat_body("weather", tools=[WEATHER_TOOL], tool_choice="none"))
    assert none["choices"][0]["finish_reason"] == "stop"


async def test_streamed_tool_call(client: TestClient) -> None:
    _, _, events = await post_chat(client, chat_body("weather?", tools=[WEATHER_TOOL], stream=True))
    chunks = events[:-1]
    head = chunks[0]["choices"][0]["delta"]
    assert head["role"] == "assistant" and head["content"] is None
    assert head["tool_calls"][0]["function"] == {"name": "get_weather", "arguments": ""}
    assert head["tool_calls"][0]["id"].startswith("call_")
    arguments = "".join(c["choices"][0]["delta"]["tool_calls"][0]["function"]["arguments"] for c in chunks[1:-1])
    assert orjson.loads(arguments) == {"location": "weather?"}
    assert chunks[-1]["choices"][0]["finish_reason"] == "tool_calls"


@pytest.mark.parametrize(("body", "param", "code"), [
    ({"messages": [{"role": "user", "content": "x"}]}, None, None),
    ({"model": "m"}, "messages", "missing_required_parameter"),
    ({"model": "m", "messages": []}, "messages", "empty_array"),
    ({"model": "m", "messages": "hi"}, "messages", "invalid_type"),
    ({"model": "m", "messages": [{"content": "x"}]}, "messages[0].role", "missing_required_parameter"),
    ({"model": "m", "messages": [{"role": "robot", "content": "x"}]}, "messages[0].role", "invalid_value"),
    ({"model": "m", "messages": [{"role": "user"}]}, "messages[0].content", "missing_required_parameter"),
    ({**chat_body(), "max_tokens": 0}, "max_tokens", "integer_below_min_value"),
    ({**chat_body(), "stream_options": {"include_usage": True}}, "stream_options", None),
])
async def test_invalid_requests_get_openai_400(client: TestClient, body: dict, param: str | None,
                                               code: str | None) -> None:
    status, _, error = await post_chat(client, body)
    assert status == 400
    assert set(error) == {"error"} and set(error["error"]) == {"message", "type", "param", "code"}
    assert error["error"]["type"] == "invalid_request_error"
    assert (error["error"]["param"], error["error"]["code"]) == (param, code)


async def test_unparseable_body_is_400(client: TestClient) -> None:
    async with client.post(CHAT, data=b"{not json", headers=AUTH) as resp:
        assert resp.status == 400
        assert "could not parse the JSON body" in (await resp.json())["error"]["message"]


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer "}, {"Authorization": "Basic dTpw"}])
async def test_missing_or_bad_auth_is_401(client: TestClient, headers: dict[str, str]) -> None:
    status, _, body = await post_chat(client, chat_body(), headers=headers)
    assert status == 401
    assert body["error"]["type"] == "invalid_request_error" and body["error"]["code"] == "invalid_api_key"
    assert body["error"]["param"] is None and body["error"]["message"]


async def test_unknown_path_and_method_are_openai_shaped(client: TestClient) -> None:
    async with client.post("/openai-us/v1/nope", headers=AUTH) as resp:
        assert resp.status == 404
        assert (await resp.json())["error"]["message"] == "Invalid URL (POST /v1/nope)"
    async with client.get(CHAT, headers=AUTH) as resp:
        assert resp.status == 405
        assert (await resp.json())["error"]["message"] == "Invalid method for URL (GET /v1/chat/completions)"
