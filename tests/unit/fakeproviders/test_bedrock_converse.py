"""The fake's Bedrock Converse / ConverseStream endpoints over HTTP (loopback test
server): answers, the binary stream, SigV4 presence check, Bedrock's validation and
error shapes, and every fault knob."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import aiohttp
import orjson
import pytest
from aiohttp.test_utils import TestClient
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from botocore.eventstream import EventStreamBuffer

from tests.unit.fakeproviders.helpers import read_until_cut

MODEL = "us.meta.llama3-3-70b-instruct-v1%3A0"
CONVERSE = f"/bedrock-us-east-1/model/{MODEL}/converse"
STREAM = f"/bedrock-us-east-1/model/{MODEL}/converse-stream"
WEATHER = {"tools": [{"toolSpec": {"name": "get_weather", "description": "Weather in a city", "inputSchema": {
    "json": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}}]}


def converse_body(text: str = "hello", **extra: Any) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": [{"text": text}]}], **extra}


def signed(client: TestClient, path: str, data: bytes, region: str = "us-east-1",
           service: str = "bedrock") -> dict[str, str]:
    request = AWSRequest(method="POST", url=str(client.make_url(path)), data=data,
                         headers={"Content-Type": "application/json"})
    SigV4Auth(Credentials("AKIDEXAMPLE", "secret"), service, region).add_auth(request)
    return dict(request.headers.items())


async def post(client: TestClient, path: str, body: Any, headers: dict[str, str] | None = None, *,
               sign: bool = True, region: str = "us-east-1", **kwargs: Any) -> aiohttp.ClientResponse:
    data = body if isinstance(body, bytes) else orjson.dumps(body)
    all_headers = {**(signed(client, path, data, region) if sign else {}), **(headers or {})}
    return await client.post(path, data=data, headers=all_headers, **kwargs)


def events_of(raw: bytes) -> list[tuple[str, dict[str, Any]]]:
    buffer = EventStreamBuffer()
    buffer.add_data(raw)
    return [(m.headers[":event-type"], orjson.loads(m.payload)) for m in buffer]


# --- answers ----------------------------------------------------------------------------------

async def test_converse_echoes_the_last_user_text(client: TestClient) -> None:
    body = {"system": [{"text": "Be brief."}], "messages": [
        {"role": "user", "content": [{"text": "first question"}]},
        {"role": "assistant", "content": [{"text": "first answer"}]},
        {"role": "user", "content": [{"text": "second"}, {"text": "question"}]}]}
    resp = await post(client, CONVERSE, body)
    assert resp.status == 200 and resp.content_type == "application/json"
    assert resp.headers["x-amzn-requestid"]
    payload = await resp.json()
    assert payload["output"] == {"message": {"role": "assistant", "content": [{"text": "Echo: second\nquestion"}]}}
    assert payload["stopReason"] == "end_turn"
    usage = payload["usage"]
    assert usage["outputTokens"] == 6 and usage["inputTokens"] > 9
    assert usage["totalTokens"] == usage["inputTokens"] + usage["outputTokens"]
    assert payload["metrics"]["latencyMs"] > 0


async def test_max_tokens_and_stop_sequences(client: TestClient) -> None:
    cut = await (await post(client, CONVERSE, converse_body("a long sentence here",
                                                            inferenceConfig={"maxTokens": 2}))).json()
    assert (cut["output"]["message"]["content"][0]["text"], cut["stopReason"]) == ("Echo: a ", "max_tokens")
    assert cut["usage"]["outputTokens"] == 2
    stopped = await (await post(client, CONVERSE, converse_body("one STOP two",
                                                                inferenceConfig={"stopSequences": ["STOP"]}))).json()
    assert stopped["output"]["message"]["content"][0]["text"] == "Echo: one "
    assert stopped["stopReason"] == "stop_sequence"


async def test_tool_use_when_the_user_asks_about_weather(client: TestClient) -> None:
    payload = await (await post(client, CONVERSE, converse_body("weather in Paris?", toolConfig=WEATHER))).json()
    [block] = payload["output"]["message"]["content"]
    assert block["toolUse"]["name"] == "get_weather" and block["toolUse"]["input"] == {"city": "weather in Paris?"}
    assert block["toolUse"]["toolUseId"].startswith("tooluse_")
    assert payload["stopReason"] == "tool_use"
    plain = await (await post(client, CONVERSE, converse_body("hello", toolConfig=WEATHER))).json()
    assert plain["stopReason"] == "end_turn"
    forced = await (await post(client, CONVERSE, converse_body("hello", toolConfig={
        **WEATHER, "toolChoice": {"tool": {"name": "get_weather"}}}))).json()
    assert forced["stopReason"] == "tool_use"


async def test_tool_result_gets_a_text_answer(client: TestClient) -> None:
    body = {"toolConfig": WEATHER, "messages": [
        {"role": "user", "content": [{"text": "weather in Paris?"}]},
        {"role": "assistant", "content": [{"toolUse": {"toolUseId": "t1", "name": "get_weather",
                                                       "input": {"city": "Paris"}}}]},
        {"role": "user", "content": [{"toolResult": {"toolUseId": "t1", "content": [{"text": "18C"}]}}]}]}
    payload = await (await post(client, CONVERSE, body)).json()
    assert payload["stopReason"] == "end_turn"
    assert payload["output"]["message"]["content"] == [{"text": "Echo: weather in Paris?"}]


async def test_stream_is_binary_event_stream_frames(client: TestClient) -> None:
    resp = await post(client, STREAM, converse_body("stream me please"))
    assert resp.status == 200 and resp.headers["Content-Type"] == "application/vnd.amazon.eventstream"
    events = events_of(await resp.read())
    names = [name for name, _ in events]
    assert names == ["messageStart"] + ["contentBlockDelta"] * 4 + ["contentBlockStop", "messageStop", "metadata"]
    assert "".join(p["delta"]["text"] for n, p in events if n == "contentBlockDelta") == "Echo: stream me please"
    assert events[-2][1]["stopReason"] == "end_turn"
    assert events[-1][1]["usage"]["outputTokens"] == 6 and "latencyMs" in events[-1][1]["metrics"]


async def test_stream_tool_use_frames(client: TestClient) -> None:
    resp = await post(client, STREAM, converse_body("weather?", toolConfig=WEATHER))
    events = events_of(await resp.read())
    assert events[1][0] == "contentBlockStart" and events[1][1]["start"]["toolUse"]["name"] == "get_weather"
    arguments = "".join(p["delta"]["toolUse"]["input"] for n, p in events if n == "contentBlockDelta")
    assert orjson.loads(arguments) == {"city": "weather?"}
    assert events[-2][1]["stopReason"] == "tool_use"


# --- auth -------------------------------------------------------------------------------------

@pytest.mark.parametrize("authorization", [None, "Bearer sk-test", "AWS4-HMAC-SHA256 Credential=x"])
async def test_requests_without_sigv4_are_access_denied(client: TestClient, authorization: str | None) -> None:
    headers = {"Authorization": authorization, "X-Amz-Date": "20261126T000000Z"} if authorization else {}
    resp = await post(client, CONVERSE, converse_body(), headers, sign=False)
    assert resp.status == 403
    assert resp.headers["x-amzn-errortype"].split(":")[0] == "AccessDeniedException"
    assert set(await resp.json()) == {"message"}


async def test_signature_scoped_to_another_region_or_service_is_refused(client: TestClient) -> None:
    data = orjson.dumps(converse_body())
    for region, service in (("us-west-2", "bedrock"), ("us-east-1", "s3")):
        resp = await client.post(CONVERSE, data=data, headers=signed(client, CONVERSE, data, region, service))
        assert resp.status == 403
        assert resp.headers["x-amzn-errortype"].startswith("InvalidSignatureException:")


# --- validation -------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "needle"), [
    (b"{not json", "Malformed input request"),
    ({"messages": []}, "'messages'"),
    ({"messages": [{"role": "assistant", "content": [{"text": "hi"}]}]}, "must start with a user message"),
    ({"messages": [{"role": "user", "content": [{"text": "a"}]}, {"role": "user", "content": [{"text": "b"}]}]},
     "must alternate between user and assistant"),
    ({"messages": [{"role": "system", "content": [{"text": "a"}]}]}, "enum value set: [user, assistant]"),
    (converse_body(" "), "is blank"),
    ({"messages": [{"role": "user", "content": []}]}, "is empty"),
    ({"messages": [{"role": "user", "content": [{"toolResult": {"toolUseId": "t", "content": []}}]}]},
     "toolConfig field must be defined"),
    (converse_body(inferenceConfig={"temperature": 1.5}), "inferenceConfig.temperature"),
    (converse_body(inferenceConfig={"maxTokens": 0}), "inferenceConfig.maxTokens"),
    ({"messages": [{"role": "user", "content": [{"image": {"format": "bmp", "source": {"bytes": "AA=="}}}]}]},
     "image.format"),
    (converse_body(toolConfig={**WEATHER, "toolChoice": {"tool": {"name": "nope"}}}), "toolChoice"),
])
async def test_invalid_requests_are_validation_exceptions(client: TestClient, body: Any, needle: str) -> None:
    resp = await post(client, CONVERSE, body)
    assert resp.status == 400
    assert resp.headers["x-amzn-errortype"] == \
        "ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/"
    assert needle in (await resp.json())["message"]


# --- fault knobs ------------------------------------------------------------------------------

@pytest.mark.parametrize(("status", "name"), [
    (429, "ThrottlingException"), (503, "ServiceUnavailableException"), (500, "InternalServerException"),
    (400, "ValidationException"), (403, "AccessDeniedException"), (502, "InternalServerException"),
])
async def test_status_knob_gives_bedrock_errors_even_without_auth(client: TestClient, status: int, name: str) -> None:
    for path in (CONVERSE, STREAM):
        resp = await post(client, path, converse_body(), {"x-fake-status": str(status), "x-fake-retry-after": "7"},
                          sign=False)
        assert resp.status == status and resp.content_type == "application/json"
        assert resp.headers["x-amzn-errortype"].split(":")[0] == name
        assert isinstance((await resp.json())["message"], str)
        assert resp.headers.get("retry-after") == ("7" if status == 429 else None)


async def test_latency_knob(client: TestClient) -> None:
    started = time.monotonic()
    resp = await post(client, CONVERSE, converse_body(), {"x-fake-latency-ms": "200"})
    assert resp.status == 200 and time.monotonic() - started >= 0.19


async def test_timeout_knob_never_answers(client: TestClient) -> None:
    with pytest.raises(asyncio.TimeoutError):
        await post(client, STREAM, converse_body(), {"x-fake-timeout": "1"}, timeout=aiohttp.ClientTimeout(total=0.3))
    resp = await client.get("/_fake/endpoints/bedrock-us-east-1/stats")
    assert (await resp.json())["by_status"] == {"timeout": 1}


async def test_cut_stream_ends_before_message_stop_and_metadata(client: TestClient) -> None:
    async with await post(client, STREAM, converse_body("one two three four"), {"x-fake-cut-after": "2"}) as resp:
        assert resp.status == 200
        received, error = await read_until_cut(resp)
    assert isinstance(error, aiohttp.ClientPayloadError)
    events = events_of(received)
    assert [n for n, _ in events] == ["messageStart", "contentBlockDelta", "contentBlockDelta"]
    assert "".join(p["delta"]["text"] for _, p in events[1:]) == "Echo: one"


async def test_cut_non_stream_drops_the_connection(client: TestClient) -> None:
    with pytest.raises(aiohttp.ServerDisconnectedError):
        await post(client, CONVERSE, converse_body(), {"x-fake-cut-after": "0"})


async def test_chunk_delay_spaces_the_frames(client: TestClient) -> None:
    arrivals = []
    async with await post(client, STREAM, converse_body("a b"), {"x-fake-chunk-delay-ms": "50"}) as resp:
        async for _ in resp.content.iter_any():
            arrivals.append(time.monotonic())
    # messageStart, 3 deltas, contentBlockStop, messageStop, metadata: 7 frames, 6 gaps
    assert len(arrivals) >= 5 and arrivals[-1] - arrivals[0] >= 6 * 0.05 * 0.9


async def test_malformed_knob_is_a_validation_exception(client: TestClient) -> None:
    resp = await post(client, CONVERSE, converse_body(), {"x-fake-status": "abc"})
    assert resp.status == 400 and resp.headers["x-amzn-errortype"].startswith("ValidationException")
    assert "x-fake-status" in (await resp.json())["message"]


async def test_endpoint_config_and_stats(client: TestClient) -> None:
    await client.put("/_fake/endpoints/bedrock-us-east-1", json={"status": 429, "fail_count": 1})
    assert (await post(client, CONVERSE, converse_body())).status == 429
    assert (await post(client, CONVERSE, converse_body())).status == 200
    other = await post(client, "/bedrock-us-west-2/model/m/converse", converse_body(), region="us-west-2")
    assert other.status == 200
    stats = await (await client.get("/_fake/stats")).json()
    assert stats["bedrock-us-east-1"] == {"requests": 2, "by_status": {"429": 1, "200": 1}}
    assert stats["bedrock-us-west-2"] == {"requests": 1, "by_status": {"200": 1}}
