"""Amazon Bedrock end to end: the official `openai` SDK -> a running gateway -> the
Bedrock Converse adapter (SigV4-signed, per-region endpoints) -> the fake's Converse /
ConverseStream (binary event stream). Plain, streaming, tools, images, fallback from a
throttled region to the next, a validation error returned at once, and a cut stream;
every event validates, names provider bedrock and the endpoint that served, and a
canary in every prompt shows up in neither the events nor the gateway log."""

from __future__ import annotations

import base64
import uuid

import aiohttp
import openai
import orjson
import pytest

from gammainfra_fakeproviders.content import count_tokens
from gammainfra_fakeproviders.faults import FaultPlan
from gammainfra_schemas.compiled import compiled_validator_for
from gammainfra_schemas.llm_requests_v1 import LlmRequestEvent
from gammainfra_schemas.topics import validator_for

pytestmark = pytest.mark.integration

CANARY = "CANARY" + uuid.uuid4().hex
ONLY_BEDROCK = {"provider": {"only": ["bedrock"]}}
LLAMA, CLAUDE = "meta/llama-3.3-70b", "anthropic/claude-sonnet-4"
EAST, WEST = "bedrock-us-east-1", "bedrock-us-west-2"
WEATHER_TOOL = {"type": "function", "function": {
    "name": "get_weather", "description": "Current weather in a city",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}


@pytest.fixture
def client(gateway, customer):
    return openai.AsyncOpenAI(base_url=gateway.base_url, api_key=customer[2], max_retries=0, timeout=20)


def ask(text: str) -> list[dict]:
    return [{"role": "user", "content": f"{text} {CANARY}"}]


def assert_valid_and_clean(data: dict, gateway) -> None:
    errors = [e.message for e in validator_for("llm.requests.v1", 1).iter_errors(data)]
    assert compiled_validator_for("llm.requests.v1", 1).is_valid(data), errors
    LlmRequestEvent.from_dict(data)
    assert CANARY not in orjson.dumps(data).decode()
    assert CANARY not in gateway.log_text()


async def event_for(events, request_id: str) -> dict:
    [(data, _)] = await events.events(request_ids={request_id})
    return data


def chain(data: dict) -> list[tuple]:
    return [(a["provider"], a["endpoint"], a["outcome"], a["error_type"]) for a in data["fallback_chain"]]


@pytest.mark.parametrize("model", [LLAMA, CLAUDE])
async def test_plain_completion(client, gateway, fake, events, model):
    raw = await client.chat.completions.with_raw_response.create(
        model=model, extra_body=ONLY_BEDROCK, max_tokens=200, temperature=0.3,
        messages=[{"role": "system", "content": "You are terse."}, *ask("first"),
                  {"role": "assistant", "content": "noted"}, *ask("hello bedrock")])
    completion = raw.parse()
    assert completion.model == model
    assert completion.choices[0].message.content == f"Echo: hello bedrock {CANARY}"
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage.completion_tokens == count_tokens(f"Echo: hello bedrock {CANARY}")
    assert completion.usage.prompt_tokens > 20
    data = await event_for(events, raw.headers["x-request-id"])
    assert (data["provider"], data["endpoint"], data["model_dispatched"], data["status"]) == (
        "bedrock", EAST, model, "success")
    assert (data["prompt_tokens"], data["completion_tokens"]) == (
        completion.usage.prompt_tokens, completion.usage.completion_tokens)
    assert data["cost_micro_usd"] > 0 and chain(data) == [("bedrock", EAST, "success", None)]
    assert fake.faults.stats(EAST) == {"requests": 1, "by_status": {"200": 1}}
    assert fake.faults.stats("groq-us")["requests"] == 0 and fake.faults.stats("anthropic-us")["requests"] == 0
    assert_valid_and_clean(data, gateway)


async def test_image_input_reaches_bedrock_as_bytes(client):
    image = base64.b64encode(b"\x89PNG\r\n\x1a\n tiny").decode()
    completion = await client.chat.completions.create(model=CLAUDE, extra_body=ONLY_BEDROCK, messages=[
        {"role": "user", "content": [{"type": "text", "text": "what is this?"},
                                     {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{image}"}}]}])
    assert completion.choices[0].message.content == "Echo: what is this?"
    assert completion.usage.prompt_tokens > 85  # the fake counts the image block


@pytest.mark.parametrize("model", [LLAMA, CLAUDE])
async def test_streaming_with_usage(client, gateway, events, model):
    raw = await client.chat.completions.with_raw_response.create(
        model=model, extra_body=ONLY_BEDROCK, stream=True, stream_options={"include_usage": True},
        messages=ask("stream me something"))
    chunks = [chunk async for chunk in raw.parse()]
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == \
        f"Echo: stream me something {CANARY}"
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    assert chunks[-1].choices == []
    assert chunks[-1].usage.completion_tokens == count_tokens(f"Echo: stream me something {CANARY}")
    assert all(c.model == model for c in chunks)
    data = await event_for(events, raw.headers["x-request-id"])
    assert (data["provider"], data["endpoint"], data["stream"], data["status"]) == ("bedrock", EAST, True, "success")
    assert (data["prompt_tokens"], data["completion_tokens"]) == (
        chunks[-1].usage.prompt_tokens, chunks[-1].usage.completion_tokens)
    assert data["ttfb_ms"] is not None and data["ttfb_ms"] <= data["latency_ms"]
    assert_valid_and_clean(data, gateway)


@pytest.mark.parametrize("model", [LLAMA, CLAUDE])
async def test_tool_use_round_trip(client, model):
    question = ask("what is the weather in Paris?")
    completion = await client.chat.completions.create(model=model, extra_body=ONLY_BEDROCK, tools=[WEATHER_TOOL],
                                                      messages=question)
    choice = completion.choices[0]
    assert choice.finish_reason == "tool_calls" and choice.message.content is None
    [call] = choice.message.tool_calls
    assert call.function.name == "get_weather" and call.id.startswith("tooluse_")
    assert orjson.loads(call.function.arguments) == {"city": question[0]["content"]}
    answer = await client.chat.completions.create(model=model, extra_body=ONLY_BEDROCK, tools=[WEATHER_TOOL],
                                                  messages=[*question, choice.message.model_dump(exclude_none=True),
                                                            {"role": "tool", "tool_call_id": call.id,
                                                             "content": "18C and sunny"}])
    assert answer.choices[0].finish_reason == "stop"
    assert answer.choices[0].message.content == "Echo: " + question[0]["content"]


async def test_streamed_tool_call(client):
    stream = await client.chat.completions.create(model=CLAUDE, extra_body=ONLY_BEDROCK, tools=[WEATHER_TOOL],
                                                  stream=True, messages=ask("weather in Rome"))
    chunks = [c async for c in stream]
    calls = [tc for c in chunks for tc in (c.choices[0].delta.tool_calls or [])]
    assert calls[0].function.name == "get_weather" and calls[0].id.startswith("tooluse_")
    assert {tc.index for tc in calls} == {0}
    assert orjson.loads("".join(tc.function.arguments or "" for tc in calls)) == {"city": f"weather in Rome {CANARY}"}
    assert chunks[-1].choices[0].finish_reason == "tool_calls"


@pytest.mark.parametrize(("model", "stream"), [(LLAMA, False), (CLAUDE, False), (CLAUDE, True)])
async def test_throttled_region_falls_back_to_the_next(client, gateway, fake, events, model, stream):
    fake.faults.configure(EAST, FaultPlan(status=429))
    raw = await client.chat.completions.with_raw_response.create(
        model=model, extra_body=ONLY_BEDROCK, stream=stream, messages=ask("fall back"))
    if stream:
        text = "".join([c.choices[0].delta.content or "" async for c in raw.parse() if c.choices])
    else:
        text = raw.parse().choices[0].message.content
    assert text == f"Echo: fall back {CANARY}"
    data = await event_for(events, raw.headers["x-request-id"])
    assert chain(data) == [("bedrock", EAST, "error", "rate_limited"), ("bedrock", WEST, "success", None)]
    assert (data["provider"], data["endpoint"], data["status"]) == ("bedrock", WEST, "success")
    assert fake.faults.stats(EAST)["by_status"] == {"429": 1}
    assert fake.faults.stats(WEST)["by_status"] == {"200": 1}
    assert_valid_and_clean(data, gateway)


async def test_validation_error_is_returned_at_once(client, gateway, fake, events):
    # The gateway allows temperature up to 2 (OpenAI's range); Bedrock's models stop at 1.
    with pytest.raises(openai.BadRequestError) as caught:
        await client.chat.completions.create(model=CLAUDE, extra_body=ONLY_BEDROCK, temperature=1.5,
                                             messages=ask("too hot"))
    assert caught.value.status_code == 400
    assert "inferenceConfig.temperature" in caught.value.body["message"]
    assert fake.faults.stats(WEST)["requests"] == 0  # no fallback for the request's own fault
    data = await event_for(events, caught.value.response.headers["x-request-id"])
    assert (data["status"], data["http_status"], data["error_type"], data["error_provider"]) == (
        "error", 400, "upstream_client_error", "bedrock")
    assert chain(data) == [("bedrock", EAST, "error", "upstream_client_error")]
    assert_valid_and_clean(data, gateway)


async def test_cut_stream_ends_with_an_error_frame_and_bills_what_was_delivered(gateway, customer, fake, events):
    fake.faults.configure(EAST, FaultPlan(cut_after=2))
    body = {"model": LLAMA, "stream": True, "messages": ask("cut me off please"), **ONLY_BEDROCK}
    async with aiohttp.ClientSession() as session:
        async with session.post(gateway.base_url + "/chat/completions", json=body,
                                headers={"Authorization": f"Bearer {customer[2]}"}) as resp:
            text = (await resp.read()).decode()
            request_id = resp.headers["x-request-id"]
    assert resp.status == 200
    frames = [orjson.loads(line[6:]) for line in text.split("\n") if line.startswith("data: {")]
    delivered = "".join(f["choices"][0]["delta"].get("content") or "" for f in frames if f.get("choices"))
    assert delivered == "Echo: cut"  # messageStart + 2 deltas, then the connection closed
    assert frames[-1]["error"]["code"] == "stream_interrupted" and "[DONE]" not in text
    data = await event_for(events, request_id)
    assert (data["status"], data["error_type"], data["provider"], data["endpoint"]) == (
        "error", "stream_interrupted", "bedrock", EAST)
    assert data["completion_tokens"] == 3  # ~4 characters per token of the 9 delivered
    assert chain(data) == [("bedrock", EAST, "error", "stream_interrupted")]
    assert fake.faults.stats(WEST)["requests"] == 0
    assert_valid_and_clean(data, gateway)


async def test_stream_cut_before_any_content_falls_back_to_the_next_region(client, fake, events):
    fake.faults.configure(EAST, FaultPlan(cut_after=0))  # messageStart only, then the connection closes
    raw = await client.chat.completions.with_raw_response.create(
        model=LLAMA, extra_body=ONLY_BEDROCK, stream=True, messages=ask("nothing yet"))
    text = "".join([c.choices[0].delta.content or "" async for c in raw.parse() if c.choices])
    assert text == f"Echo: nothing yet {CANARY}"
    data = await event_for(events, raw.headers["x-request-id"])
    assert chain(data) == [("bedrock", EAST, "error", "stream_interrupted"), ("bedrock", WEST, "success", None)]
