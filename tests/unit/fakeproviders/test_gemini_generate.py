"""POST /{endpoint}/v1beta/models/{model}:generateContent and :streamGenerateContent:
Google's exact shapes and SSE framing, echo, function calls, safety blocks, usage,
validation, auth and the fault knobs."""

from __future__ import annotations

import re
from typing import Any

import aiohttp
import orjson
import pytest
from aiohttp.test_utils import TestClient

from gammainfra_fakeproviders.content import count_tokens
from gammainfra_fakeproviders.gemini_replies import THINKING_TOKENS
from tests.unit.fakeproviders.helpers import read_until_cut

KEY = {"x-goog-api-key": "AIzaSy-test"}
MODEL_PATH = "/google-gemini/v1beta/models/gemini-2.5-flash"
GENERATE = MODEL_PATH + ":generateContent"
STREAM = MODEL_PATH + ":streamGenerateContent?alt=sse"
SAFE = [{"category": c, "probability": "NEGLIGIBLE"} for c in (
    "HARM_CATEGORY_SEXUALLY_EXPLICIT", "HARM_CATEGORY_HATE_SPEECH", "HARM_CATEGORY_HARASSMENT",
    "HARM_CATEGORY_DANGEROUS_CONTENT")]
WEATHER_TOOLS = [{"functionDeclarations": [
    {"name": "get_current_weather", "description": "Current weather",
     "parameters": {"type": "object", "properties": {"location": {"type": "string"}}, "required": ["location"]}},
    {"name": "get_forecast", "parameters": {"type": "OBJECT", "properties": {"days": {"type": "INTEGER"}}}}]}]


def body(text: str = "hello", **extra: Any) -> dict[str, Any]:
    return {"contents": [{"role": "user", "parts": [{"text": text}]}], **extra}


async def post(client: TestClient, payload: Any, path: str = GENERATE,
               headers: dict[str, str] = KEY) -> tuple[int, Any, Any]:
    async with client.post(path, data=orjson.dumps(payload), headers=headers) as resp:
        raw = await resp.read()
        if resp.content_type == "text/event-stream":
            return resp.status, resp.headers, parse_gemini_sse(raw)
        return resp.status, resp.headers, orjson.loads(raw)


def parse_gemini_sse(raw: bytes) -> list[dict[str, Any]]:
    """Every frame, strictly as Google frames it: `data: <json>` then CRLF CRLF."""
    assert raw.endswith(b"\r\n\r\n"), raw[-80:]
    frames = raw[:-4].split(b"\r\n\r\n")
    assert all(f.startswith(b"data: ") and b"\n" not in f for f in frames)
    return [orjson.loads(f[len(b"data: "):]) for f in frames]


async def test_generate_content_has_googles_exact_shape(client: TestClient) -> None:
    status, headers, answer = await post(client, body("canary-9c1 please"))
    assert status == 200 and headers["Content-Type"] == "application/json; charset=UTF-8"
    assert set(answer) == {"candidates", "usageMetadata", "modelVersion", "responseId"}
    assert re.fullmatch(r"[A-Za-z0-9_-]{22}", answer["responseId"])
    assert answer["modelVersion"] == "gemini-2.5-flash"
    assert answer["candidates"] == [{"content": {"parts": [{"text": "Echo: canary-9c1 please"}], "role": "model"},
                                     "finishReason": "STOP", "index": 0, "safetyRatings": SAFE}]
    prompt, reply = count_tokens("canary-9c1 please"), count_tokens("Echo: canary-9c1 please")
    assert answer["usageMetadata"] == {
        "promptTokenCount": prompt, "candidatesTokenCount": reply, "thoughtsTokenCount": THINKING_TOKENS,
        "totalTokenCount": prompt + reply + THINKING_TOKENS,
        "promptTokensDetails": [{"modality": "TEXT", "tokenCount": prompt}]}


async def test_snake_case_system_instruction_and_key_in_query(client: TestClient) -> None:
    payload = {"system_instruction": {"parts": [{"text": "You are a cat."}]},
               "contents": [{"parts": [{"text": "Hello there"}]}],
               "generation_config": {"thinking_config": {"thinking_budget": 0}}}
    status, _, answer = await post(client, payload, GENERATE + "?key=AIzaSy-test", headers={})
    assert status == 200
    assert answer["candidates"][0]["content"]["parts"] == [{"text": "Echo: Hello there"}]
    usage = answer["usageMetadata"]
    assert usage["promptTokenCount"] == count_tokens("You are a cat.") + count_tokens("Hello there")
    assert "thoughtsTokenCount" not in usage  # thinking switched off


async def test_multi_turn_images_and_max_output_tokens(client: TestClient) -> None:
    payload = {"contents": [
        {"role": "user", "parts": [{"text": "Hello"}]},
        {"role": "model", "parts": [{"text": "Great to meet you."}]},
        {"role": "user", "parts": [{"text": "Describe this picture in detail please"},
                                   {"inline_data": {"mime_type": "image/png", "data": "iVBORw0KGgo="}}]}],
        "generationConfig": {"maxOutputTokens": 3, "candidateCount": 2, "temperature": 0.2}}
    _, _, answer = await post(client, payload)
    texts = [c["content"]["parts"][0]["text"] for c in answer["candidates"]]
    assert texts == ["Echo: Descri", "Echo: Descri"] and [c["index"] for c in answer["candidates"]] == [0, 1]
    assert {c["finishReason"] for c in answer["candidates"]} == {"MAX_TOKENS"}
    assert answer["usageMetadata"]["candidatesTokenCount"] == 6
    assert answer["usageMetadata"]["promptTokenCount"] == (
        count_tokens("Hello") + count_tokens("Great to meet you.")
        + count_tokens("Describe this picture in detail please") + 258)


async def test_stream_frames_finish_only_in_the_last_frame(client: TestClient) -> None:
    status, headers, frames = await post(client, body("stream me please"), STREAM)
    assert status == 200 and headers["Content-Type"].startswith("text/event-stream")
    texts = [f["candidates"][0]["content"]["parts"][0]["text"] for f in frames]
    assert "".join(texts) == "Echo: stream me please" and len(frames) == 4
    assert len({f["responseId"] for f in frames}) == 1
    assert all("finishReason" not in f["candidates"][0] for f in frames[:-1])
    assert frames[-1]["candidates"][0]["finishReason"] == "STOP"
    assert frames[-1]["candidates"][0]["safetyRatings"] == SAFE
    assert all("candidatesTokenCount" not in f["usageMetadata"] for f in frames[:-1])
    assert frames[0]["usageMetadata"]["thoughtsTokenCount"] == THINKING_TOKENS
    assert frames[-1]["usageMetadata"]["candidatesTokenCount"] == count_tokens("Echo: stream me please")


async def test_weather_with_tools_is_a_function_call(client: TestClient) -> None:
    _, _, answer = await post(client, body("What's the weather in Boston?", tools=WEATHER_TOOLS))
    candidate = answer["candidates"][0]
    [part] = candidate["content"]["parts"]
    assert part["functionCall"] == {"name": "get_current_weather",
                                    "args": {"location": "What's the weather in Boston?"}}
    assert isinstance(part["thoughtSignature"], str) and candidate["finishReason"] == "STOP"
    _, _, frames = await post(client, body("weather?", tools=WEATHER_TOOLS), STREAM)
    assert len(frames) == 1 and frames[0]["candidates"][0]["content"]["parts"][0]["functionCall"]["name"] == \
        "get_current_weather"


@pytest.mark.parametrize(("tool_config", "expected"), [
    ({"functionCallingConfig": {"mode": "NONE"}}, None),
    ({"functionCallingConfig": {"mode": "ANY"}}, "get_current_weather"),
    ({"function_calling_config": {"mode": "ANY", "allowed_function_names": ["get_forecast"]}}, "get_forecast"),
])
async def test_tool_config_modes(client: TestClient, tool_config, expected) -> None:
    text = "weather please" if expected is None else "hello"
    _, _, answer = await post(client, body(text, tools=WEATHER_TOOLS, toolConfig=tool_config))
    part = answer["candidates"][0]["content"]["parts"][0]
    assert (part.get("functionCall") or {}).get("name") == expected
    if expected == "get_forecast":
        assert part["functionCall"]["args"] == {"days": "hello"}  # uppercase types are not JSON-schema types


async def test_a_function_response_turn_gets_text(client: TestClient) -> None:
    payload = {"tools": WEATHER_TOOLS, "contents": [
        {"role": "user", "parts": [{"text": "weather in Boston?"}]},
        {"role": "model", "parts": [{"functionCall": {"name": "get_current_weather", "args": {"location": "Boston"}}}]},
        {"role": "user", "parts": [{"functionResponse": {"name": "get_current_weather",
                                                         "response": {"temperature": 21}}}]}]}
    _, _, answer = await post(client, payload)
    assert answer["candidates"][0]["content"]["parts"] == [{"text": "Echo: weather in Boston?"}]


async def test_blockme_is_a_prompt_safety_block(client: TestClient) -> None:
    status, _, answer = await post(client, body("please BLOCKME now"))
    assert status == 200 and "candidates" not in answer
    assert answer["promptFeedback"]["blockReason"] == "SAFETY"
    assert {"category": "HARM_CATEGORY_DANGEROUS_CONTENT", "probability": "HIGH", "blocked": True} in \
        answer["promptFeedback"]["safetyRatings"]
    assert answer["usageMetadata"]["promptTokenCount"] == count_tokens("please BLOCKME now")
    _, _, frames = await post(client, body("BLOCKME"), STREAM)
    assert len(frames) == 1 and frames[0]["promptFeedback"]["blockReason"] == "SAFETY"


@pytest.mark.parametrize(("payload", "message"), [
    ({"messages": [{"role": "user", "content": "x"}]}, 'Unknown name "messages": Cannot find field.'),
    (body(generationConfig={"maxTokens": 5}), "Unknown name \"maxTokens\" at 'generation_config'"),
    (body(tools=[{"functionDeclarations": [{"name": "f", "parameters": {
        "type": "object", "additionalProperties": False, "properties": {"a": {"type": "string"}}}}]}]),
     'Unknown name "additionalProperties"'),
    (body(tools=[{"functionDeclarations": [{"name": "f", "parameters": {"type": "object", "properties": {}}}]}]),
     "should be non-empty for OBJECT type"),
    (body(generationConfig={"responseSchema": {"type": "dict"}}), "Invalid value at"),
    ({"contents": []}, "contents is not specified"),
    ({"contents": [{"role": "assistant", "parts": [{"text": "x"}]}]}, "Please use a valid role: user, model."),
    ({"contents": [{"role": "user", "parts": []}]}, "contents.parts must not be empty"),
    (body(toolConfig={"functionCallingConfig": {"mode": "SOMETIMES"}}), "Invalid value at 'tool_config"),
    ([1, 2], "Invalid JSON payload received."),
    (body(generationConfig={"maxOutputTokens": "many"}), "Invalid value at 'generation_config.maxOutputTokens'"),
    ({"contents": [{"parts": [{"inlineData": "iVBOR"}]}]}, "Expected an object at 'contents[0].parts[0]'"),
])
async def test_invalid_requests_are_googles_400(client: TestClient, payload, message) -> None:
    status, _, answer = await post(client, payload)
    assert status == 400
    assert answer["error"]["code"] == 400 and answer["error"]["status"] == "INVALID_ARGUMENT"
    assert message in answer["error"]["message"]


async def test_auth(client: TestClient) -> None:
    status, _, answer = await post(client, body(), headers={})
    assert (status, answer["error"]["status"]) == (403, "PERMISSION_DENIED")
    assert answer["error"]["message"].startswith("Method doesn't allow unregistered callers")
    status, _, answer = await post(client, body(), headers={"x-goog-api-key": " "})
    assert (status, answer["error"]["status"]) == (400, "INVALID_ARGUMENT")
    assert answer["error"]["details"][0]["reason"] == "API_KEY_INVALID"


async def test_unknown_action_and_stream_without_sse(client: TestClient) -> None:
    status, _, answer = await post(client, body(), MODEL_PATH + ":countTokens")
    assert (status, answer["error"]["status"]) == (404, "NOT_FOUND")
    status, _, answer = await post(client, body(), MODEL_PATH + ":streamGenerateContent")
    assert status == 400 and "alt=sse" in answer["error"]["message"]
    status, _, _ = await post(client, body(), "/google-gemini/v1/models/gemini-2.5-pro:generateContent")
    assert status == 200


@pytest.mark.parametrize(("code", "google_status"), [
    (500, "INTERNAL"), (503, "UNAVAILABLE"), (504, "DEADLINE_EXCEEDED"), (403, "PERMISSION_DENIED"),
    (400, "INVALID_ARGUMENT")])
async def test_injected_statuses_are_google_shaped(client: TestClient, code, google_status) -> None:
    status, _, answer = await post(client, body(), headers={**KEY, "x-fake-status": str(code)})
    assert status == code
    assert set(answer["error"]) == {"code", "message", "status"}
    assert (answer["error"]["code"], answer["error"]["status"]) == (code, google_status)


async def test_rate_limit_says_when_to_retry_in_retry_info(client: TestClient) -> None:
    status, headers, answer = await post(client, body(), headers={**KEY, "x-fake-status": "429",
                                                                   "x-fake-retry-after": "7"})
    assert (status, answer["error"]["status"]) == (429, "RESOURCE_EXHAUSTED")
    assert {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "7s"} in answer["error"]["details"]
    assert "retry-after" not in headers  # Google says it in the body only


async def test_cut_stream_closes_before_the_finish_frame(client: TestClient) -> None:
    payload = body("one two three four five six")
    async with client.post(STREAM, data=orjson.dumps(payload), headers={**KEY, "x-fake-cut-after": "2"}) as resp:
        assert resp.status == 200
        received, error = await read_until_cut(resp)
    assert isinstance(error, aiohttp.ClientPayloadError)
    frames = parse_gemini_sse(received)
    assert [f["candidates"][0]["content"]["parts"][0]["text"] for f in frames] == ["Echo:", " one"]
    assert all("finishReason" not in f["candidates"][0] for f in frames)
    async with client.get("/_fake/endpoints/google-gemini/stats") as resp:
        assert (await resp.json())["by_status"] == {"200": 1}


async def test_endpoint_config_applies_and_counts(client: TestClient) -> None:
    async with client.put("/_fake/endpoints/google-gemini", json={"status": 503, "fail_count": 1}) as resp:
        assert resp.status == 200
    assert (await post(client, body()))[0] == 503
    assert (await post(client, body()))[0] == 200
    async with client.get("/_fake/endpoints/google-gemini/stats") as resp:
        assert await resp.json() == {"requests": 2, "by_status": {"503": 1, "200": 1}}
