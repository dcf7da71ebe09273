"""ConverseStream event sequences -> OpenAI chunks: text, tool use, usage, exception
events, and the binary frames read from a response body in arbitrary pieces."""

from __future__ import annotations

import struct
import zlib

import aiohttp
import orjson
import pytest

from gammainfra_fakeproviders.bedrock_eventstream import event_message, exception_message
from gammainfra_gateway.providers.base import UpstreamError, Usage
from gammainfra_gateway.providers.bedrock.adapter import BedrockStream
from gammainfra_gateway.providers.bedrock.stream import StreamTranslator

MODEL = "meta/llama-3.3-70b"
# A text answer as ConverseStream sends it (payloads padded with "p", as Bedrock does).
TEXT_EVENTS = [
    ("messageStart", {"p": "abcdefghijk", "role": "assistant"}),
    ("contentBlockDelta", {"contentBlockIndex": 0, "delta": {"text": "Hello"}, "p": "abcdef"}),
    ("contentBlockDelta", {"contentBlockIndex": 0, "delta": {"text": ", world"}, "p": "ab"}),
    ("contentBlockStop", {"contentBlockIndex": 0, "p": "abcdefghijklmnopq"}),
    ("messageStop", {"p": "abcdefghijklmnopqrs", "stopReason": "end_turn"}),
    ("metadata", {"metrics": {"latencyMs": 1290}, "p": "abc",
                  "usage": {"inputTokens": 125, "outputTokens": 11, "totalTokens": 136}}),
]
# Text, then two tool calls (Converse block indexes 1 and 2; OpenAI's tool indexes 0 and 1).
TOOL_EVENTS = [
    ("messageStart", {"role": "assistant"}),
    ("contentBlockDelta", {"contentBlockIndex": 0, "delta": {"text": "Checking."}}),
    ("contentBlockStop", {"contentBlockIndex": 0}),
    ("contentBlockStart", {"contentBlockIndex": 1, "start": {"toolUse": {
        "toolUseId": "tooluse_kZJMlvQmRJ6eAyJE5GIl7Q", "name": "top_song"}}}),
    ("contentBlockDelta", {"contentBlockIndex": 1, "delta": {"toolUse": {"input": '{"sign": '}}}),
    ("contentBlockDelta", {"contentBlockIndex": 1, "delta": {"toolUse": {"input": '"WZPZ"}'}}}),
    ("contentBlockStop", {"contentBlockIndex": 1}),
    ("contentBlockStart", {"contentBlockIndex": 2, "start": {"toolUse": {"toolUseId": "tooluse_2", "name": "f"}}}),
    ("contentBlockDelta", {"contentBlockIndex": 2, "delta": {"toolUse": {"input": "{}"}}}),
    ("contentBlockStop", {"contentBlockIndex": 2}),
    ("messageStop", {"stopReason": "tool_use"}),
    ("metadata", {"usage": {"inputTokens": 375, "outputTokens": 62, "totalTokens": 437,
                            "cacheReadInputTokens": 300, "cacheWriteInputTokens": 0},
                  "metrics": {"latencyMs": 1834}}),
]


def translator(want_usage=True):
    return StreamTranslator(model=MODEL, completion_id="chatcmpl-1", created=1700, want_usage=want_usage)


def feed_all(t, events):
    chunks = []
    for event_type, payload in events:
        chunks += t.feed({":message-type": "event", ":event-type": event_type}, orjson.dumps(payload))
    return chunks


def deltas(chunks):
    return [(c["choices"][0]["delta"], c["choices"][0]["finish_reason"]) if c["choices"] else c["usage"]
            for c in chunks]


def test_text_stream_gives_role_content_finish_and_usage_chunks():
    t = translator()
    chunks = feed_all(t, TEXT_EVENTS)
    assert deltas(chunks) == [
        ({"role": "assistant", "content": ""}, None), ({"content": "Hello"}, None), ({"content": ", world"}, None),
        ({}, "stop"),
        {"prompt_tokens": 125, "completion_tokens": 11, "total_tokens": 136,
         "prompt_tokens_details": {"cached_tokens": 0}}]
    assert chunks[0] == {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1700, "model": MODEL,
                         "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""},
                                     "logprobs": None, "finish_reason": None}]}
    assert all(c["id"] == "chatcmpl-1" and c["model"] == MODEL for c in chunks)
    assert t.finished and t.usage == Usage(125, 11, 0, 0)


def test_without_include_usage_no_usage_chunk_but_usage_is_kept():
    t = translator(want_usage=False)
    chunks = feed_all(t, TEXT_EVENTS)
    assert all(c["choices"] for c in chunks) and len(chunks) == 4
    assert t.usage == Usage(125, 11, 0, 0)


def test_tool_use_stream_numbers_tool_calls_in_order_of_their_blocks():
    t = translator()
    chunks = feed_all(t, TOOL_EVENTS)
    assert deltas(chunks)[:-1] == [
        ({"role": "assistant", "content": ""}, None),
        ({"content": "Checking."}, None),
        ({"tool_calls": [{"index": 0, "id": "tooluse_kZJMlvQmRJ6eAyJE5GIl7Q", "type": "function",
                          "function": {"name": "top_song", "arguments": ""}}]}, None),
        ({"tool_calls": [{"index": 0, "function": {"arguments": '{"sign": '}}]}, None),
        ({"tool_calls": [{"index": 0, "function": {"arguments": '"WZPZ"}'}}]}, None),
        ({"tool_calls": [{"index": 1, "id": "tooluse_2", "type": "function",
                          "function": {"name": "f", "arguments": ""}}]}, None),
        ({"tool_calls": [{"index": 1, "function": {"arguments": "{}"}}]}, None),
        ({}, "tool_calls")]
    assert t.usage == Usage(prompt_tokens=675, completion_tokens=62, cache_read_tokens=300, cache_write_tokens=0)


@pytest.mark.parametrize(("stop_reason", "finish"), [("max_tokens", "length"), ("stop_sequence", "stop"),
                                                     ("guardrail_intervened", "content_filter")])
def test_message_stop_reason_becomes_the_finish_reason(stop_reason, finish):
    events = [e if e[0] != "messageStop" else ("messageStop", {"stopReason": stop_reason}) for e in TEXT_EVENTS]
    assert deltas(feed_all(translator(), events))[3] == ({}, finish)


def test_finished_needs_both_message_stop_and_metadata():
    t = translator()
    feed_all(t, TEXT_EVENTS[:5])
    assert t.stopped and not t.finished and t.usage is None
    t2 = translator()
    feed_all(t2, TEXT_EVENTS[:4] + TEXT_EVENTS[5:])
    assert not t2.finished


def test_reasoning_deltas_and_unknown_events_yield_nothing():
    t = translator()
    assert feed_all(t, [("contentBlockDelta", {"contentBlockIndex": 0, "delta": {
        "reasoningContent": {"text": "hmm"}}}), ("someFutureEvent", {"x": 1})]) == []


def test_tool_delta_without_its_start_is_an_interrupted_stream():
    with pytest.raises(UpstreamError) as caught:
        feed_all(translator(), [("contentBlockDelta", {"contentBlockIndex": 3, "delta": {"toolUse": {"input": "{"}}})])
    assert caught.value.error_type == "stream_interrupted"


def test_exception_event_raises_its_upstream_error():
    with pytest.raises(UpstreamError) as caught:
        translator().feed({":message-type": "exception", ":exception-type": "throttlingException"},
                          b'{"message": "Too many tokens, please wait before trying again."}')
    assert (caught.value.error_type, caught.value.status, caught.value.retriable) == ("rate_limited", 429, True)
    assert "Too many tokens" not in caught.value.message


# --- reading the binary body ------------------------------------------------------------------

class _Content:
    def __init__(self, pieces, error=None):
        self._pieces, self._error = pieces, error

    async def iter_any(self):
        for piece in self._pieces:
            yield piece
        if self._error is not None:
            raise self._error


class _Response:
    def __init__(self, pieces, error=None):
        self.content = _Content(pieces, error)
        self.released = False

    def release(self):
        self.released = True


def frames(events):
    return b"".join(event_message(name, payload) for name, payload in events)


def split(data, size):
    return [data[i:i + size] for i in range(0, len(data), size)]


async def collect(stream):
    batches = []
    async for batch in stream:
        batches.append(batch)
    return batches


async def collect_until_error(stream) -> tuple[list, UpstreamError]:
    """The batches a stream yields before it fails, and the failure (the test fails if none)."""
    batches = []
    with pytest.raises(UpstreamError) as caught:
        async for batch in stream:
            batches.append(batch)
    return batches, caught.value


@pytest.mark.parametrize("size", [1, 7, 64, 100_000])
async def test_frames_split_anywhere_decode_to_the_same_chunks(size):
    stream = BedrockStream(_Response(split(frames(TOOL_EVENTS), size)), translator())
    batches = await collect(stream)
    assert [c for batch in batches for c in batch] == feed_all(translator(), TOOL_EVENTS)
    assert all(batches)  # a read that completed no frame yields no empty list
    assert stream.usage == Usage(675, 62, 300, 0)
    if size == 100_000:
        assert len(batches) == 1  # one network read, one list: the client gets one write


async def test_body_ending_before_metadata_is_stream_interrupted():
    stream = BedrockStream(_Response([frames(TEXT_EVENTS[:3])]), translator())
    with pytest.raises(UpstreamError) as caught:
        await collect(stream)
    assert (caught.value.error_type, caught.value.retriable) == ("stream_interrupted", False)
    assert stream.usage is None


async def test_connection_cut_mid_body_is_stream_interrupted():
    stream = BedrockStream(_Response([frames(TEXT_EVENTS[:2])], aiohttp.ClientPayloadError("cut")), translator())
    with pytest.raises(UpstreamError) as caught:
        await collect(stream)
    assert (caught.value.error_type, caught.value.message) == ("stream_interrupted", "ClientPayloadError")


async def test_corrupted_frame_is_stream_interrupted():
    data = bytearray(frames(TEXT_EVENTS))
    second = len(event_message(*TEXT_EVENTS[0]))
    data[second + 20] ^= 0xFF  # inside the second message: its CRC no longer matches
    stream = BedrockStream(_Response([bytes(data)]), translator())
    batches, error = await collect_until_error(stream)
    assert deltas(batches[0]) == [({"role": "assistant", "content": ""}, None)]
    assert (error.error_type, error.message) == ("stream_interrupted", "malformed event frame")


async def test_exception_frame_after_content_delivers_the_content_then_raises():
    body = frames(TEXT_EVENTS[:2]) + exception_message("modelStreamErrorException", "model failed")
    response = _Response([body])
    stream = BedrockStream(response, translator())
    batches, error = await collect_until_error(stream)
    assert (error.error_type, error.status) == ("upstream_server_error", 424)
    assert deltas(batches[0]) == [({"role": "assistant", "content": ""}, None), ({"content": "Hello"}, None)]
    await stream.close()
    assert response.released


async def test_body_cut_inside_a_frame_delivers_the_frames_before_it_then_is_stream_interrupted():
    data = frames(TEXT_EVENTS[:3])
    stream = BedrockStream(_Response([data[:-5]]), translator())
    batches, error = await collect_until_error(stream)
    assert deltas(batches[0]) == [({"role": "assistant", "content": ""}, None), ({"content": "Hello"}, None)]
    assert (error.error_type, error.retriable) == ("stream_interrupted", False)


async def test_oversized_frame_is_refused_from_its_prelude_without_waiting_for_it():
    prelude = struct.pack(">II", 64 * 1024 * 1024, 0)
    response = _Response([frames(TEXT_EVENTS[:1]) + prelude + struct.pack(">I", zlib.crc32(prelude))],
                         aiohttp.ClientPayloadError("the body would go on"))
    stream = BedrockStream(response, translator())
    batches, error = await collect_until_error(stream)
    assert deltas(batches[0]) == [({"role": "assistant", "content": ""}, None)]
    assert (error.error_type, error.message) == ("stream_interrupted", "malformed event frame")
