"""Anthropic stream events -> OpenAI chunks, on the event sequences of Anthropic's
streaming reference (text; text then tool_use with input_json_delta; error)."""

from __future__ import annotations

import orjson
import pytest

from gammainfra_gateway.providers.anthropic.translate_stream import StreamTranslator
from gammainfra_gateway.providers.base import UpstreamError, Usage

TEXT_STREAM = b"""event: message_start
data: {"type": "message_start", "message": {"id": "msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY", "type": "message", "role": "assistant", "content": [], "model": "claude-sonnet-4-20250514", "stop_reason": null, "stop_sequence": null, "usage": {"input_tokens": 25, "output_tokens": 1}}}

event: content_block_start
data: {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}

event: ping
data: {"type": "ping"}

event: content_block_delta
data: {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hello"}}

event: content_block_delta
data: {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "!"}}

event: content_block_stop
data: {"type": "content_block_stop", "index": 0}

event: message_delta
data: {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence":null}, "usage": {"output_tokens": 15}}

event: message_stop
data: {"type": "message_stop"}

"""

TOOL_STREAM = b"""event: message_start
data: {"type":"message_start","message":{"id":"msg_014p7gG3wDgGV9EUtLvnow3U","type":"message","role":"assistant","model":"claude-sonnet-4-20250514","stop_sequence":null,"usage":{"input_tokens":472,"output_tokens":2},"content":[],"stop_reason":null}}

event: content_block_start
data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

event: ping
data: {"type": "ping"}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Okay"}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":", let's check the weather."}}

event: content_block_stop
data: {"type":"content_block_stop","index":0}

event: content_block_start
data: {"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"toolu_01T1x1fJ34qAmk2tNTrN7Up6","name":"get_weather","input":{}}}

event: content_block_delta
data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":""}}

event: content_block_delta
data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\\"location\\":"}}

event: content_block_delta
data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":" \\"San Francisco, CA\\""}}

event: content_block_delta
data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":", \\"unit\\": \\"fahrenheit\\"}"}}

event: content_block_stop
data: {"type":"content_block_stop","index":1}

event: message_delta
data: {"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"output_tokens":89}}

event: message_stop
data: {"type":"message_stop"}

"""


def events(raw: bytes) -> list[dict]:
    found = []
    for block in raw.strip().split(b"\n\n"):
        name, data = block.split(b"\n")
        assert name.startswith(b"event: ") and data.startswith(b"data: ")
        event = orjson.loads(data[6:])
        assert event["type"] == name[7:].decode()
        found.append(event)
    return found


def run(raw: bytes, *, include_usage: bool) -> tuple[StreamTranslator, list[dict]]:
    translator = StreamTranslator("anthropic/claude-sonnet-4", include_usage=include_usage, created=1700000000)
    chunks = [chunk for event in events(raw) for chunk in translator.feed(event)]
    return translator, chunks


def choice(chunk: dict) -> dict:
    return chunk["choices"][0]


def test_text_stream_without_usage():
    translator, chunks = run(TEXT_STREAM, include_usage=False)
    assert chunks[0] == {"id": "msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY", "object": "chat.completion.chunk",
                         "created": 1700000000, "model": "anthropic/claude-sonnet-4",
                         "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "logprobs": None,
                                      "finish_reason": None}]}
    assert [choice(c)["delta"] for c in chunks] == [{"role": "assistant", "content": ""}, {"content": "Hello"},
                                                     {"content": "!"}, {}]
    assert [choice(c)["finish_reason"] for c in chunks] == [None, None, None, "stop"]
    assert all("usage" not in c for c in chunks)
    assert translator.finished and translator.usage == Usage(25, 15, 0, 0)
    assert translator.emitted_chars == len("Hello!")


def test_text_stream_with_usage_ends_with_a_usage_only_chunk():
    _, chunks = run(TEXT_STREAM, include_usage=True)
    assert all(c["usage"] is None for c in chunks[:-1])
    assert chunks[-1] == {"id": "msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY", "object": "chat.completion.chunk",
                          "created": 1700000000, "model": "anthropic/claude-sonnet-4", "choices": [],
                          "usage": {"prompt_tokens": 25, "completion_tokens": 15, "total_tokens": 40,
                                    "prompt_tokens_details": {"cached_tokens": 0}}}


def test_tool_use_stream_gives_openai_tool_call_deltas():
    translator, chunks = run(TOOL_STREAM, include_usage=False)
    deltas = [choice(c)["delta"] for c in chunks]
    assert deltas[1:3] == [{"content": "Okay"}, {"content": ", let's check the weather."}]
    # OpenAI's index counts tool calls (0 here), not Anthropic's content blocks (1).
    assert deltas[3] == {"tool_calls": [{"index": 0, "id": "toolu_01T1x1fJ34qAmk2tNTrN7Up6", "type": "function",
                                         "function": {"name": "get_weather", "arguments": ""}}]}
    fragments = [d["tool_calls"][0]["function"]["arguments"] for d in deltas[4:-1]]
    assert all(d["tool_calls"][0]["index"] == 0 and "id" not in d["tool_calls"][0] for d in deltas[4:-1])
    assert orjson.loads("".join(fragments)) == {"location": "San Francisco, CA", "unit": "fahrenheit"}
    assert "" not in fragments  # the empty opening fragment is not sent on
    assert choice(chunks[-1])["finish_reason"] == "tool_calls"
    assert translator.usage == Usage(472, 89, 0, 0)


def test_two_tool_calls_get_indexes_0_and_1():
    translator = StreamTranslator("m", include_usage=False, created=1)
    translator.feed({"type": "message_start", "message": {"id": "msg_x", "usage": {"input_tokens": 3}}})
    ids = []
    for block_index, tool_id in ((0, "toolu_a"), (1, "toolu_b")):
        [chunk] = translator.feed({"type": "content_block_start", "index": block_index, "content_block": {
            "type": "tool_use", "id": tool_id, "name": "get_weather", "input": {}}})
        ids.append(choice(chunk)["delta"]["tool_calls"][0]["index"])
        [chunk] = translator.feed({"type": "content_block_delta", "index": block_index,
                                   "delta": {"type": "input_json_delta", "partial_json": "{}"}})
        assert choice(chunk)["delta"]["tool_calls"][0]["index"] == ids[-1]
    assert ids == [0, 1]


def test_usage_with_cache_tokens_and_totals_in_message_delta():
    translator = StreamTranslator("m", include_usage=True, created=1)
    translator.feed({"type": "message_start", "message": {"id": "msg_c", "usage": {
        "input_tokens": 21, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 188086, "output_tokens": 1,
        "cache_creation": {"ephemeral_5m_input_tokens": 0, "ephemeral_1h_input_tokens": 0}}}})
    translator.feed({"type": "message_delta", "delta": {"stop_reason": "max_tokens", "stop_sequence": None},
                     "usage": {"output_tokens": 393}})
    *_, usage_chunk = translator.feed({"type": "message_stop"})
    assert translator.usage == Usage(188107, 393, 188086, 0)
    assert usage_chunk["usage"]["prompt_tokens_details"] == {"cached_tokens": 188086}


@pytest.mark.parametrize(("stop_reason", "finish_reason"), [
    ("end_turn", "stop"), ("stop_sequence", "stop"), ("max_tokens", "length"), ("tool_use", "tool_calls"),
    ("refusal", "content_filter"), ("pause_turn", "stop"), ("model_context_window_exceeded", "length"),
])
def test_every_stop_reason_in_message_delta(stop_reason, finish_reason):
    translator = StreamTranslator("m", include_usage=False, created=1)
    [chunk] = translator.feed({"type": "message_delta", "delta": {"stop_reason": stop_reason}, "usage": {}})
    assert choice(chunk) == {"index": 0, "delta": {}, "logprobs": None, "finish_reason": finish_reason}
    assert translator.feed({"type": "message_stop"}) == []  # the finish chunk is not repeated


def test_ping_block_stop_thinking_and_unknown_events_give_nothing():
    translator = StreamTranslator("m", include_usage=False, created=1)
    for event in ({"type": "ping"}, {"type": "content_block_stop", "index": 0},
                  {"type": "content_block_start", "index": 0, "content_block": {"type": "thinking", "thinking": ""}},
                  {"type": "content_block_delta", "index": 0, "delta": {"type": "thinking_delta", "thinking": "hm"}},
                  {"type": "content_block_delta", "index": 0, "delta": {"type": "signature_delta", "signature": "x"}},
                  {"type": "something_new", "data": 1}):
        assert translator.feed(event) == []
    assert translator.usage is None and not translator.finished


def test_error_event_raises_with_the_classified_type():
    translator = StreamTranslator("m", include_usage=False, created=1)
    with pytest.raises(UpstreamError) as caught:
        translator.feed({"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}})
    assert (caught.value.error_type, caught.value.retriable) == ("upstream_server_error", False)
    with pytest.raises(UpstreamError) as caught:
        translator.feed({"type": "error", "error": {"type": "rate_limit_error", "message": "slow down"}})
    assert caught.value.error_type == "rate_limited"


def test_a_stream_without_message_stop_is_not_finished():
    translator, _ = run(TEXT_STREAM.rsplit(b"event: message_stop", 1)[0], include_usage=True)
    assert not translator.finished
    assert translator.usage == Usage(25, 15, 0, 0)
