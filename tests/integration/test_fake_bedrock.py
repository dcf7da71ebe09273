"""AWS's own `boto3` bedrock-runtime client against the fake provider server (in
process, free port): if boto3 parses what the fake sends — JSON, the binary event
stream, modeled errors — the fake speaks Bedrock's real wire format.

boto3 is synchronous: each call runs in a thread while the fake serves on the loop.
Needs no Kafka/PostgreSQL/Redis, so it carries no `integration` marker.
"""

from __future__ import annotations

import asyncio
import base64
from collections.abc import AsyncIterator
from typing import Any

import boto3
import pytest
import urllib3
from botocore import UNSIGNED
from botocore.config import Config

from gammainfra_fakeproviders import FakeProviderServer
from gammainfra_fakeproviders.faults import FaultPlan

MODEL = "us.anthropic.claude-sonnet-4-20250514-v1:0"
ENDPOINT = "bedrock-us-east-1"
WEATHER = {"tools": [{"toolSpec": {"name": "get_weather", "description": "Weather in a city", "inputSchema": {
    "json": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}}]}
PNG = b"\x89PNG\r\n\x1a\n not really an image"


@pytest.fixture
async def fake() -> AsyncIterator[FakeProviderServer]:
    async with FakeProviderServer(host="127.0.0.1", port=0) as server:
        yield server


def make_client(fake: FakeProviderServer, *, signed: bool = True) -> Any:
    # One attempt: the tests want to see each error, not boto3's retries of it.
    config = Config(retries={"total_max_attempts": 1}, read_timeout=10,
                    **({} if signed else {"signature_version": UNSIGNED}))
    return boto3.client("bedrock-runtime", region_name="us-east-1", endpoint_url=f"{fake.url}/{ENDPOINT}",
                        aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="secret", config=config)


@pytest.fixture
def bedrock(fake: FakeProviderServer) -> Any:
    return make_client(fake)


def user(text: str) -> dict[str, Any]:
    return {"role": "user", "content": [{"text": text}]}


async def stream_events(client: Any, **kwargs: Any) -> list[dict[str, Any]]:
    def run() -> list[dict[str, Any]]:
        response = client.converse_stream(modelId=MODEL, **kwargs)
        assert response["ResponseMetadata"]["HTTPHeaders"]["content-type"] == "application/vnd.amazon.eventstream"
        return list(response["stream"])
    return await asyncio.to_thread(run)


async def test_converse(bedrock: Any, fake: FakeProviderServer) -> None:
    response = await asyncio.to_thread(
        bedrock.converse, modelId=MODEL, system=[{"text": "Be brief."}], inferenceConfig={"maxTokens": 512,
                                                                                           "temperature": 0.2},
        messages=[user("first"), {"role": "assistant", "content": [{"text": "ok"}]},
                  {"role": "user", "content": [{"text": "describe canary-b3d"}, {"image": {
                      "format": "png", "source": {"bytes": PNG}}}]}])
    assert response["output"]["message"] == {"role": "assistant", "content": [{"text": "Echo: describe canary-b3d"}]}
    assert response["stopReason"] == "end_turn"
    usage = response["usage"]
    assert usage["outputTokens"] == 7 and usage["inputTokens"] > 85  # the image counts
    assert usage["totalTokens"] == usage["inputTokens"] + usage["outputTokens"]
    assert response["metrics"]["latencyMs"] > 0
    assert response["ResponseMetadata"]["HTTPHeaders"]["content-type"] == "application/json"
    assert fake.faults.stats(ENDPOINT) == {"requests": 1, "by_status": {"200": 1}}


async def test_converse_stream(bedrock: Any) -> None:
    events = await stream_events(bedrock, messages=[user("stream this canary-77")])
    assert list(events[0]) == ["messageStart"] and events[0]["messageStart"]["role"] == "assistant"
    text = "".join(e["contentBlockDelta"]["delta"]["text"] for e in events if "contentBlockDelta" in e)
    assert text == "Echo: stream this canary-77"
    assert [list(e)[0] for e in events[-3:]] == ["contentBlockStop", "messageStop", "metadata"]
    assert events[-2]["messageStop"]["stopReason"] == "end_turn"
    assert events[-1]["metadata"]["usage"]["outputTokens"] == 7


async def test_tool_use_and_tool_result(bedrock: Any) -> None:
    response = await asyncio.to_thread(bedrock.converse, modelId=MODEL, toolConfig=WEATHER,
                                       messages=[user("What is the weather in Paris?")])
    assert response["stopReason"] == "tool_use"
    [block] = response["output"]["message"]["content"]
    tool_use = block["toolUse"]
    assert tool_use["name"] == "get_weather" and tool_use["input"] == {"city": "What is the weather in Paris?"}
    events = await stream_events(bedrock, toolConfig=WEATHER, messages=[user("weather in Rome")])
    start = next(e["contentBlockStart"]["start"]["toolUse"] for e in events if "contentBlockStart" in e)
    assert start["name"] == "get_weather" and start["toolUseId"].startswith("tooluse_")
    arguments = "".join(e["contentBlockDelta"]["delta"]["toolUse"]["input"] for e in events
                        if "contentBlockDelta" in e)
    assert arguments == '{"city":"weather in Rome"}'
    assert events[-2]["messageStop"]["stopReason"] == "tool_use"
    answer = await asyncio.to_thread(bedrock.converse, modelId=MODEL, toolConfig=WEATHER, messages=[
        user("What is the weather in Paris?"), {"role": "assistant", "content": [{"toolUse": tool_use}]},
        {"role": "user", "content": [{"toolResult": {"toolUseId": tool_use["toolUseId"],
                                                     "content": [{"json": {"temperature_c": 18}}]}}]}])
    assert answer["stopReason"] == "end_turn"
    assert answer["output"]["message"]["content"] == [{"text": "Echo: What is the weather in Paris?"}]


@pytest.mark.parametrize(("status", "exception"), [
    (429, "ThrottlingException"), (503, "ServiceUnavailableException"),
    (500, "InternalServerException"), (400, "ValidationException"),
])
async def test_status_knob_raises_the_clients_modeled_exception(bedrock: Any, fake: FakeProviderServer,
                                                                 status: int, exception: str) -> None:
    fake.faults.configure(ENDPOINT, FaultPlan(status=status))
    for call in (bedrock.converse, bedrock.converse_stream):
        with pytest.raises(getattr(bedrock.exceptions, exception)) as caught:
            await asyncio.to_thread(call, modelId=MODEL, messages=[user("hi")])
        assert caught.value.response["ResponseMetadata"]["HTTPStatusCode"] == status
        assert caught.value.response["Error"]["Message"]


async def test_throttling_is_the_clients_throttling_exception(bedrock: Any, fake: FakeProviderServer) -> None:
    fake.faults.configure(ENDPOINT, FaultPlan(status=429), fail_count=1)
    with pytest.raises(bedrock.exceptions.ThrottlingException) as caught:
        await asyncio.to_thread(bedrock.converse, modelId=MODEL, messages=[user("hi")])
    assert caught.value.response["Error"]["Code"] == "ThrottlingException"
    ok = await asyncio.to_thread(bedrock.converse, modelId=MODEL, messages=[user("hi")])  # fail_count used up
    assert ok["stopReason"] == "end_turn"


async def test_bedrock_validation_is_the_clients_validation_exception(bedrock: Any) -> None:
    with pytest.raises(bedrock.exceptions.ValidationException) as caught:
        await asyncio.to_thread(bedrock.converse, modelId=MODEL,
                                messages=[{"role": "assistant", "content": [{"text": "I start"}]}])
    assert "must start with a user message" in caught.value.response["Error"]["Message"]


async def test_unsigned_request_is_access_denied(fake: FakeProviderServer) -> None:
    client = make_client(fake, signed=False)
    with pytest.raises(client.exceptions.AccessDeniedException):
        await asyncio.to_thread(client.converse, modelId=MODEL, messages=[user("hi")])


async def test_cut_stream_stops_before_message_stop(bedrock: Any, fake: FakeProviderServer) -> None:
    fake.faults.configure(ENDPOINT, FaultPlan(cut_after=2))
    received: list[dict[str, Any]] = []

    def run() -> None:
        for event in bedrock.converse_stream(modelId=MODEL, messages=[user("one two three four")])["stream"]:
            received.append(event)

    # botocore reads the event stream straight from urllib3, which reports the truncated body.
    with pytest.raises(urllib3.exceptions.ProtocolError):
        await asyncio.to_thread(run)
    assert [list(e)[0] for e in received] == ["messageStart", "contentBlockDelta", "contentBlockDelta"]


async def test_image_bytes_arrive_base64_encoded(bedrock: Any) -> None:
    # boto3 base64-encodes blob members in JSON; the fake validates that encoding.
    response = await asyncio.to_thread(bedrock.converse, modelId=MODEL, messages=[{"role": "user", "content": [
        {"text": "img"}, {"image": {"format": "jpeg", "source": {"bytes": base64.b64decode("/9j/4AAQ")}}}]}])
    assert response["stopReason"] == "end_turn"
