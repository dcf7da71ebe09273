"""Google Gemini end to end: the official `openai` SDK asks a running gateway for
`google/gemini-2.5-flash`, the gateway speaks Gemini's generateContent to the fake,
and the answers, streams, errors and llm.requests.v1 events come out right."""

from __future__ import annotations

import dataclasses
import uuid

import aiohttp
import openai
import orjson
import pytest

from gammainfra_common.settings import Secret
from gammainfra_fakeproviders.content import count_tokens
from gammainfra_fakeproviders.faults import FaultPlan
from gammainfra_fakeproviders.gemini_replies import THINKING_TOKENS
from gammainfra_gateway.providers.base import UpstreamCall, UpstreamError
from gammainfra_gateway.providers.gemini import GeminiAdapter
from gammainfra_schemas.catalog import load_catalog
from gammainfra_schemas.llm_requests_v1 import SCHEMA_VERSION, TOPIC, LlmRequestEvent
from gammainfra_schemas.topics import validator_for
from tests.unit.gateway.helpers import candidate

pytestmark = pytest.mark.integration
MODEL = "google/gemini-2.5-flash"
ENDPOINT = "google-gemini"
WEATHER_TOOL = {"type": "function", "function": {
    "name": "get_weather", "description": "Current weather in a city",
    "parameters": {"type": "object", "additionalProperties": False, "required": ["city"],
                   "properties": {"city": {"type": "string"}, "unit": {"type": ["string", "null"]}}}}}


@pytest.fixture
def client(gateway, customer):
    return openai.AsyncOpenAI(base_url=gateway.base_url, api_key=customer[2], max_retries=0, timeout=20)


async def event_for(events, request_id: str) -> dict:
    [(data, headers)] = await events.events(request_ids={request_id})
    assert validator_for(TOPIC, SCHEMA_VERSION).is_valid(data), list(validator_for(TOPIC, SCHEMA_VERSION)
                                                                      .iter_errors(data))
    LlmRequestEvent.from_dict(data)
    assert headers["ce_type"] == "com.gammainfra.llm.request.finished"
    assert (data["provider"], data["endpoint"], data["model_dispatched"]) == ("google", ENDPOINT, MODEL)
    return data


def chain(data: dict) -> list[tuple]:
    return [(a["provider"], a["endpoint"], a["outcome"], a["error_type"]) for a in data["fallback_chain"]]


async def test_plain_completion_bills_prompt_answer_and_thinking(client, events, fake):
    system, prompt = "You answer briefly.", "hello gemini"
    raw = await client.chat.completions.with_raw_response.create(
        model=MODEL, messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        temperature=0.2, max_completion_tokens=200)
    completion = raw.parse()
    assert completion.model == MODEL and completion.object == "chat.completion"
    assert completion.choices[0].message.content == "Echo: hello gemini"
    assert completion.choices[0].finish_reason == "stop"
    usage = completion.usage
    assert usage.prompt_tokens == count_tokens(system) + count_tokens(prompt)
    assert usage.completion_tokens == count_tokens("Echo: hello gemini") + THINKING_TOKENS
    assert usage.completion_tokens_details.reasoning_tokens == THINKING_TOKENS
    data = await event_for(events, raw.headers["x-request-id"])
    assert (data["status"], data["http_status"], data["stream"]) == ("success", 200, False)
    assert (data["prompt_tokens"], data["completion_tokens"]) == (usage.prompt_tokens, usage.completion_tokens)
    assert data["cost_micro_usd"] > 0
    assert chain(data) == [("google", ENDPOINT, "success", None)]
    assert fake.faults.stats(ENDPOINT) == {"requests": 1, "by_status": {"200": 1}}


async def test_streaming_with_usage(client, events):
    raw = await client.chat.completions.with_raw_response.create(
        model=MODEL, stream=True, stream_options={"include_usage": True},
        messages=[{"role": "user", "content": "stream me something nice"}])
    chunks = [chunk async for chunk in raw.parse()]
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "Echo: stream me something nice"
    assert [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason] == ["stop"]
    assert chunks[-1].choices == []
    assert chunks[-1].usage.completion_tokens == count_tokens(text) + THINKING_TOKENS
    assert all(c.model == MODEL for c in chunks) and len({c.id for c in chunks}) == 1
    data = await event_for(events, raw.headers["x-request-id"])
    assert (data["status"], data["stream"]) == ("success", True)
    assert (data["prompt_tokens"], data["completion_tokens"]) == (
        chunks[-1].usage.prompt_tokens, chunks[-1].usage.completion_tokens)
    assert data["ttfb_ms"] is not None and data["ttfb_ms"] <= data["latency_ms"]


async def test_streaming_without_usage_still_meters(client, events):
    raw = await client.chat.completions.with_raw_response.create(
        model=MODEL, stream=True, messages=[{"role": "user", "content": "no usage please"}])
    chunks = [chunk async for chunk in raw.parse()]
    assert all(c.choices and c.usage is None for c in chunks)
    data = await event_for(events, raw.headers["x-request-id"])
    assert data["completion_tokens"] == count_tokens("Echo: no usage please") + THINKING_TOKENS


async def test_tool_use_round_trip(client, events):
    question = {"role": "user", "content": "What is the weather in Paris?"}
    raw = await client.chat.completions.with_raw_response.create(model=MODEL, tools=[WEATHER_TOOL],
                                                                  messages=[question])
    choice = raw.parse().choices[0]
    assert choice.finish_reason == "tool_calls" and choice.message.content is None
    [call] = choice.message.tool_calls
    assert call.type == "function" and call.function.name == "get_weather" and call.id.startswith("call_")
    assert orjson.loads(call.function.arguments) == {"city": "What is the weather in Paris?"}
    assert (await event_for(events, raw.headers["x-request-id"]))["status"] == "success"
    # The tool's result goes back as a functionResponse named after the call: the fake validates it.
    answer = await client.chat.completions.create(model=MODEL, tools=[WEATHER_TOOL], messages=[
        question, choice.message.model_dump(exclude_none=True),
        {"role": "tool", "tool_call_id": call.id, "content": '{"temperature_c": 21}'}])
    assert answer.choices[0].finish_reason == "stop"
    assert answer.choices[0].message.content == "Echo: What is the weather in Paris?"


async def test_tool_call_stream_and_forced_choice(client):
    stream = await client.chat.completions.create(
        model=MODEL, stream=True, tools=[WEATHER_TOOL], tool_choice={"type": "function",
                                                                     "function": {"name": "get_weather"}},
        messages=[{"role": "user", "content": "Oslo"}])
    chunks = [c async for c in stream]
    calls = [tc for c in chunks for tc in (c.choices[0].delta.tool_calls or [])]
    assert [(tc.index, tc.function.name, tc.function.arguments) for tc in calls] == [
        (0, "get_weather", '{"city":"Oslo"}')]
    assert chunks[-1].choices[0].finish_reason == "tool_calls"


async def test_safety_block_is_a_content_filter_finish(client, events):
    raw = await client.chat.completions.with_raw_response.create(
        model=MODEL, messages=[{"role": "user", "content": "please BLOCKME now"}])
    choice = raw.parse().choices[0]
    assert (choice.finish_reason, choice.message.content) == ("content_filter", "")
    data = await event_for(events, raw.headers["x-request-id"])
    assert (data["status"], data["http_status"]) == ("success", 200)
    assert data["prompt_tokens"] == count_tokens("please BLOCKME now") and data["completion_tokens"] == 0
    stream = await client.chat.completions.create(model=MODEL, stream=True,
                                                  messages=[{"role": "user", "content": "BLOCKME"}])
    chunks = [c async for c in stream]
    assert [c.choices[0].finish_reason for c in chunks] == [None, "content_filter"]


async def test_provider_503_is_a_502_with_the_chain_in_the_event(client, events, fake):
    fake.faults.configure(ENDPOINT, FaultPlan(status=503))
    with pytest.raises(openai.InternalServerError) as failed:
        await client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "hi"}])
    assert failed.value.status_code == 502
    assert failed.value.body["code"] == "upstream_error" and failed.value.body["type"] == "upstream_error"
    data = await event_for(events, failed.value.response.headers["x-request-id"])
    assert (data["status"], data["http_status"], data["error_type"], data["error_provider"]) == (
        "error", 502, "upstream_server_error", "google")
    assert chain(data) == [("google", ENDPOINT, "error", "upstream_server_error")]


async def test_provider_429_waits_as_long_as_retry_info_says(client, events, fake):
    fake.faults.configure(ENDPOINT, FaultPlan(status=429, retry_after_s=9))
    with pytest.raises(openai.InternalServerError) as failed:
        await client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "hi"}])
    assert failed.value.status_code == 503 and failed.value.response.headers["Retry-After"] == "9"
    data = await event_for(events, failed.value.response.headers["x-request-id"])
    assert data["error_type"] == "rate_limited"


async def test_provider_400_is_passed_through(client, events, fake):
    fake.faults.configure(ENDPOINT, FaultPlan(status=400))
    with pytest.raises(openai.BadRequestError) as rejected:
        await client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "hi"}])
    assert rejected.value.status_code == 400
    assert rejected.value.body["message"] == "Request contains an invalid argument."
    assert rejected.value.body["code"] == "invalid_argument"
    data = await event_for(events, rejected.value.response.headers["x-request-id"])
    assert (data["status"], data["http_status"], data["error_type"]) == ("error", 400, "upstream_client_error")
    assert chain(data) == [("google", ENDPOINT, "error", "upstream_client_error")]


async def test_untranslatable_request_is_a_400_without_a_provider_call(client, fake):
    with pytest.raises(openai.BadRequestError) as rejected:
        await client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "hi"}],
                                             tools=[{"type": "web_search"}])
    assert rejected.value.body["param"] == "tools[0]"
    assert fake.faults.stats(ENDPOINT)["requests"] == 0


async def test_cut_stream_ends_with_an_error_frame_and_bills_what_was_delivered(gateway, customer, fake, events):
    fake.faults.configure(ENDPOINT, FaultPlan(cut_after=2))
    prompt = "cut me off right now please"
    body = {"model": MODEL, "stream": True, "messages": [{"role": "user", "content": prompt}]}
    async with aiohttp.ClientSession() as session:
        async with session.post(gateway.base_url + "/chat/completions", json=body,
                                headers={"Authorization": f"Bearer {customer[2]}"}) as resp:
            assert resp.status == 200
            text = (await resp.read()).decode()
            request_id = resp.headers["x-request-id"]
    frames = [orjson.loads(line[6:]) for line in text.split("\n") if line.startswith("data: ")]
    assert "[DONE]" not in text and frames[-1]["error"]["code"] == "stream_interrupted"
    delivered = "".join(c["choices"][0]["delta"].get("content") or "" for c in frames[:-1])
    assert delivered == "Echo: cut"
    data = await event_for(events, request_id)
    assert (data["status"], data["http_status"], data["error_type"]) == ("error", 200, "stream_interrupted")
    # The prompt and thinking as Gemini reported them so far, plus the delivered text.
    assert data["prompt_tokens"] == count_tokens(prompt)
    assert data["completion_tokens"] == THINKING_TOKENS + count_tokens(delivered)
    assert chain(data) == [("google", ENDPOINT, "error", "stream_interrupted")]


async def test_prompt_content_reaches_neither_log_nor_events(gateway, client, events, fake):
    canary = "CANARY" + uuid.uuid4().hex
    messages = [{"role": "user", "content": f"my secret is {canary}"}]
    create = client.chat.completions.with_raw_response.create
    plain = await create(model=MODEL, messages=messages)
    assert canary in plain.parse().choices[0].message.content  # the answer did carry it back
    streamed = await create(model=MODEL, messages=messages, stream=True)
    assert canary in "".join([c.choices[0].delta.content or "" async for c in streamed.parse() if c.choices])
    blocked = await create(model=MODEL, messages=[{"role": "user", "content": f"BLOCKME {canary}"}])
    fake.faults.configure(ENDPOINT, FaultPlan(status=400))
    with pytest.raises(openai.BadRequestError) as rejected:
        await create(model=MODEL, messages=messages)
    ids = {r.headers["x-request-id"] for r in (plain, streamed, blocked, rejected.value.response)}
    arrived = await events.events(request_ids=ids)
    assert len(arrived) == 4 and all(d["provider"] == "google" for d, _ in arrived)
    assert canary not in orjson.dumps(arrived).decode()  # payloads and headers
    assert canary not in gateway.log_text()


async def test_an_invalid_key_is_the_endpoints_problem(fake):
    base = candidate(load_catalog(), MODEL, ENDPOINT, template=f"http://127.0.0.1:{fake.port}/{{endpoint}}")
    call = UpstreamCall(dataclasses.replace(base, api_key=Secret(" ")),
                        {"model": MODEL, "messages": [{"role": "user", "content": "x"}]},
                        aiohttp.ClientTimeout(total=5))
    async with aiohttp.ClientSession() as session:
        with pytest.raises(UpstreamError) as refused:
            await GeminiAdapter(session).complete(call)
    assert (refused.value.error_type, refused.value.retriable, refused.value.status) == (
        "upstream_auth_error", True, 400)
