"""The official `openai` SDK through a running gateway to the fake Anthropic endpoint
(`provider: {only: [anthropic]}`): plain, streaming, tool use over two turns,
provider errors, a stream cut halfway, and no prompt content in logs or events."""

from __future__ import annotations

import uuid

import aiohttp
import openai
import orjson
import pytest

from gammainfra_fakeproviders.content import count_tokens, prompt_tokens
from gammainfra_fakeproviders.faults import FaultPlan
from gammainfra_schemas.topics import validator_for

pytestmark = pytest.mark.integration

MODEL = "anthropic/claude-sonnet-4"
ONLY_ANTHROPIC = {"provider": {"only": ["anthropic"]}}
WEATHER = {"type": "function", "function": {"name": "get_weather", "description": "Current weather", "parameters": {
    "type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}
VALIDATOR = validator_for("llm.requests.v1", 1)


@pytest.fixture
def client(gateway, customer):
    return openai.AsyncOpenAI(base_url=gateway.base_url, api_key=customer[2], max_retries=0, timeout=20)


async def create(client, **kwargs):
    """(request id, parsed result) of a chat completion through the gateway."""
    raw = await client.chat.completions.with_raw_response.create(model=MODEL, extra_body=ONLY_ANTHROPIC, **kwargs)
    return raw.headers["x-request-id"], raw.parse()


async def event_of(events, request_id: str) -> dict:
    [(data, headers)] = await events.events(request_ids={request_id})
    VALIDATOR.validate(data)
    assert headers["ce_type"] == "com.gammainfra.llm.request.finished"
    return data


def served_by_anthropic(data: dict) -> bool:
    return (data["provider"], data["endpoint"], data["model_dispatched"]) == ("anthropic", "anthropic-us", MODEL)


async def test_chat_completion(client, events):
    messages = [{"role": "system", "content": "You are terse."}, {"role": "user", "content": "hello claude"}]
    request_id, completion = await create(client, messages=messages, max_tokens=200, temperature=0.3, stop=["NEVER"])
    choice = completion.choices[0]
    assert (choice.message.content, choice.finish_reason, completion.model) == ("Echo: hello claude", "stop", MODEL)
    # What the fake counted for the Anthropic request the adapter built (system hoisted out of messages).
    expected_prompt = prompt_tokens([{"content": "You are terse."}, {"role": "user", "content": "hello claude"}])
    assert (completion.usage.prompt_tokens, completion.usage.completion_tokens) == (
        expected_prompt, count_tokens("Echo: hello claude"))
    data = await event_of(events, request_id)
    assert served_by_anthropic(data) and data["status"] == "success" and data["stream"] is False
    assert (data["prompt_tokens"], data["completion_tokens"]) == (expected_prompt, count_tokens("Echo: hello claude"))
    assert data["cost_micro_usd"] > 0
    assert [(a["endpoint"], a["outcome"]) for a in data["fallback_chain"]] == [("anthropic-us", "success")]


async def test_max_tokens_gives_finish_length(client):
    _, completion = await create(client, messages=[{"role": "user", "content": "a long prompt " * 10}], max_tokens=3)
    assert completion.choices[0].finish_reason == "length" and completion.choices[0].message.content == "Echo: a long"


async def test_streaming_with_usage(client, events):
    request_id, stream = await create(client, stream=True, stream_options={"include_usage": True},
                                      messages=[{"role": "user", "content": "stream me something"}])
    chunks = [chunk async for chunk in stream]
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "Echo: stream me something"
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens == count_tokens(text)
    assert all(c.model == MODEL for c in chunks)
    data = await event_of(events, request_id)
    assert served_by_anthropic(data) and data["stream"] is True and data["status"] == "success"
    assert (data["prompt_tokens"], data["completion_tokens"]) == (
        chunks[-1].usage.prompt_tokens, chunks[-1].usage.completion_tokens)


async def test_streaming_without_usage_sends_no_usage_chunk(client):
    _, stream = await create(client, stream=True, messages=[{"role": "user", "content": "no usage"}])
    chunks = [chunk async for chunk in stream]
    assert all(c.choices and c.usage is None for c in chunks)


async def test_tool_use_then_the_tool_result_turn(client, events):
    question = {"role": "user", "content": "weather in Paris?"}
    first_id, first = await create(client, tools=[WEATHER], messages=[question])
    choice = first.choices[0]
    assert choice.finish_reason == "tool_calls" and choice.message.content is None
    [call] = choice.message.tool_calls
    assert call.id.startswith("toolu_") and call.function.name == "get_weather"
    assert orjson.loads(call.function.arguments) == {"city": "weather in Paris?"}
    second_id, second = await create(client, tools=[WEATHER], messages=[
        question, choice.message.model_dump(exclude_none=True),
        {"role": "tool", "tool_call_id": call.id, "content": "18 degrees and sunny"}])
    assert second.choices[0].finish_reason == "stop"
    assert second.choices[0].message.content == "Echo: weather in Paris?"
    for request_id in (first_id, second_id):
        assert (await event_of(events, request_id))["status"] == "success"


async def test_streamed_tool_call(client):
    _, stream = await create(client, stream=True, tools=[WEATHER],
                             messages=[{"role": "user", "content": "weather in Oslo?"}])
    chunks = [chunk async for chunk in stream]
    calls = [tc for c in chunks for tc in (c.choices[0].delta.tool_calls or [])]
    assert calls[0].index == 0 and calls[0].id.startswith("toolu_") and calls[0].function.name == "get_weather"
    arguments = "".join(tc.function.arguments or "" for tc in calls)
    assert orjson.loads(arguments) == {"city": "weather in Oslo?"}
    assert chunks[-1].choices[0].finish_reason == "tool_calls"


@pytest.mark.parametrize(("status", "gateway_status", "error_type"), [
    (529, 502, "upstream_server_error"), (500, 502, "upstream_server_error"), (429, 503, "rate_limited")])
async def test_provider_failure_with_only_anthropic_allowed(client, fake, events, status, gateway_status, error_type):
    fake.faults.configure("anthropic-us", FaultPlan(status=status))
    with pytest.raises(openai.APIStatusError) as caught:
        await create(client, messages=[{"role": "user", "content": "x"}])
    assert caught.value.status_code == gateway_status
    data = await event_of(events, caught.value.response.headers["x-request-id"])
    assert (data["status"], data["http_status"], data["error_type"], data["error_provider"]) == (
        "error", gateway_status, error_type, "anthropic")
    assert [(a["endpoint"], a["outcome"], a["error_type"]) for a in data["fallback_chain"]] == [
        ("anthropic-us", "error", error_type)]


async def test_a_provider_400_is_passed_through(client, fake, events):
    fake.faults.configure("anthropic-us", FaultPlan(status=400))
    with pytest.raises(openai.BadRequestError) as caught:
        await create(client, messages=[{"role": "user", "content": "x"}])
    assert caught.value.status_code == 400 and caught.value.message.endswith("Invalid request.")
    assert caught.value.code == "invalid_request_error"
    data = await event_of(events, caught.value.response.headers["x-request-id"])
    assert (data["status"], data["http_status"], data["error_type"]) == ("error", 400, "upstream_client_error")


async def test_a_request_anthropic_cannot_express_never_reaches_it(client, fake):
    with pytest.raises(openai.BadRequestError) as caught:
        await create(client, messages=[{"role": "user", "content": "x"}], n=2)
    assert caught.value.body["param"] == "n"
    assert fake.faults.stats("anthropic-us")["requests"] == 0


async def test_stream_cut_halfway_is_an_error_frame_billed_for_what_was_delivered(gateway, customer, fake, events):
    fake.faults.configure("anthropic-us", FaultPlan(cut_after=3))
    body = {"model": MODEL, "stream": True, **ONLY_ANTHROPIC,
            "messages": [{"role": "user", "content": "please cut me off somewhere in the middle"}]}
    async with aiohttp.ClientSession() as session:
        async with session.post(gateway.base_url + "/chat/completions", json=body,
                                headers={"Authorization": f"Bearer {customer[2]}"}) as resp:
            assert resp.status == 200
            text = (await resp.read()).decode()
            request_id = resp.headers["x-request-id"]
    frames = [orjson.loads(line[6:]) for line in text.split("\n") if line.startswith("data: {")]
    delivered = "".join(f["choices"][0]["delta"].get("content") or "" for f in frames if f.get("choices"))
    assert delivered == "Echo: please cut"  # three deltas, then the connection ended
    assert frames[-1]["error"]["code"] == "stream_interrupted" and "[DONE]" not in text
    data = await event_of(events, request_id)
    assert (data["status"], data["error_type"], data["error_provider"]) == ("error", "stream_interrupted", "anthropic")
    assert served_by_anthropic(data)
    assert data["completion_tokens"] == count_tokens(delivered)
    assert data["prompt_tokens"] == prompt_tokens(body["messages"])  # reported by message_start before the cut


async def test_canary_reaches_the_client_but_no_log_or_event(gateway, client, fake, events):
    canary = "CANARY" + uuid.uuid4().hex
    message = [{"role": "user", "content": f"my secret is {canary}, what is the weather?"}]
    ids = []
    request_id, completion = await create(client, messages=message)
    ids.append(request_id)
    assert canary in completion.choices[0].message.content
    request_id, stream = await create(client, messages=message, stream=True)
    ids.append(request_id)
    assert canary in "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])
    request_id, tool = await create(client, messages=message, tools=[WEATHER])
    ids.append(request_id)
    assert canary in tool.choices[0].message.tool_calls[0].function.arguments
    fake.faults.configure("anthropic-us", FaultPlan(status=400))
    with pytest.raises(openai.BadRequestError) as caught:
        await create(client, messages=message)
    ids.append(caught.value.response.headers["x-request-id"])
    found = await events.events(request_ids=set(ids))
    assert len(found) == 4
    assert canary not in orjson.dumps([data for data, _ in found]).decode()
    log = gateway.log_text()
    assert all(request_id in log for request_id in ids) and canary not in log
