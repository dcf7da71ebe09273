"""The Anthropic adapter without a network: the request it builds from a catalog
candidate, and its stream over canned network reads (batches per read, a cut
stream, an error event, usage billed for a stream that never finished)."""

from __future__ import annotations

import aiohttp
import orjson
import pytest

from gammainfra_gateway.providers.anthropic.adapter import AnthropicAdapter, AnthropicStream
from gammainfra_gateway.providers.anthropic.translate_stream import StreamTranslator
from gammainfra_gateway.providers.base import UpstreamCall, UpstreamError, Usage
from gammainfra_schemas.catalog import load_catalog

from .helpers import candidate


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def call_for(catalog, body: dict, model: str = "anthropic/claude-sonnet-4") -> UpstreamCall:
    return UpstreamCall(candidate(catalog, model, "anthropic-us"), body, aiohttp.ClientTimeout(total=5))


def test_request_url_headers_and_body_from_the_catalog(catalog):
    call = call_for(catalog, {"model": "anthropic/claude-sonnet-4", "messages": [{"role": "user", "content": "hi"}],
                              "stream": True, "stream_options": {"include_usage": True}})
    url, headers = AnthropicAdapter._url_and_headers(call)
    assert url == "http://fake.test/anthropic-us/v1/messages"   # catalog base URL has no path
    assert headers == {"x-api-key": "gi-local-placeholder", "anthropic-version": "2023-06-01",
                       "Content-Type": "application/json"}
    assert AnthropicAdapter._body(call, stream=False) == {
        "model": "claude-sonnet-4-20250514", "max_tokens": 4096, "messages": [{"role": "user", "content": "hi"}]}
    assert AnthropicAdapter._body(call, stream=True)["stream"] is True
    haiku = call_for(catalog, {"messages": [{"role": "user", "content": "hi"}]}, "anthropic/claude-3.5-haiku")
    assert AnthropicAdapter._body(haiku, stream=False)["model"] == "claude-3-5-haiku-20241022"


def test_an_untranslatable_request_is_a_400_for_the_client_only(catalog):
    call = call_for(catalog, {"messages": [{"role": "user", "content": [
        {"type": "input_audio", "input_audio": {"data": "secret", "format": "wav"}}]}]})
    with pytest.raises(UpstreamError) as caught:
        AnthropicAdapter._body(call, stream=False)
    error = caught.value
    assert (error.error_type, error.retriable, error.status) == ("upstream_client_error", False, 400)
    assert error.client_body["error"]["param"] == "messages[0].content[0]"
    assert error.client_body["error"]["code"] == "unsupported_by_provider"


class CannedContent:
    def __init__(self, reads: list[bytes], then: Exception | None) -> None:
        self._reads, self._then = reads, then

    async def iter_any(self):
        for read in self._reads:
            yield read
        if self._then is not None:
            raise self._then


class CannedResponse:
    """Just what AnthropicStream reads of an aiohttp response."""

    def __init__(self, reads: list[bytes], then: Exception | None = None) -> None:
        self.content = CannedContent(reads, then)
        self.released = False

    def release(self) -> None:
        self.released = True


def sse(event: dict) -> bytes:
    return b"event: " + event["type"].encode() + b"\ndata: " + orjson.dumps(event) + b"\n\n"


START = sse({"type": "message_start", "message": {"id": "msg_1", "type": "message", "role": "assistant",
                                                   "content": [], "usage": {"input_tokens": 40, "output_tokens": 1}}})
BLOCK = sse({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}})


def delta(text: str) -> bytes:
    return sse({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": text}})


END = (sse({"type": "content_block_stop", "index": 0})
       + sse({"type": "message_delta", "delta": {"stop_reason": "end_turn"}, "usage": {"output_tokens": 6}})
       + sse({"type": "message_stop"}))


def stream_of(response: CannedResponse, include_usage: bool = False) -> AnthropicStream:
    return AnthropicStream(response, StreamTranslator("anthropic/claude-sonnet-4", include_usage=include_usage))


def texts(batch: list[dict]) -> list:
    return [c["choices"][0]["delta"].get("content") if c["choices"] else "usage" for c in batch]


async def test_one_batch_per_network_read_and_a_clean_end():
    ping = sse({"type": "ping"})
    response = CannedResponse([START + BLOCK + ping, delta("Hello") + delta(" wor"), delta("ld") + END])
    stream = stream_of(response, include_usage=True)
    batches = [batch async for batch in stream]
    assert [texts(b) for b in batches] == [[""], ["Hello", " wor"], ["ld", None, "usage"]]
    await stream.close()
    assert response.released and stream.usage == Usage(40, 6, 0, 0)


async def test_a_stream_ending_without_message_stop_is_interrupted_and_billed_for_what_went_out():
    stream = stream_of(CannedResponse([START + BLOCK + delta("x" * 40)]))
    batches = []
    with pytest.raises(UpstreamError) as caught:
        async for batch in stream:
            batches.append(batch)
    assert (caught.value.error_type, caught.value.retriable) == ("stream_interrupted", False)
    assert texts(batches[0]) == ["", "x" * 40]
    await stream.close()
    assert stream.usage == Usage(prompt_tokens=40, completion_tokens=10)   # 40 chars ~ 10 tokens


async def test_a_dropped_connection_is_interrupted():
    stream = stream_of(CannedResponse([START], then=aiohttp.ClientPayloadError("truncated")))
    with pytest.raises(UpstreamError) as caught:
        async for _ in stream:
            pass
    assert caught.value.error_type == "stream_interrupted" and caught.value.message == "ClientPayloadError"
    assert stream.usage == Usage(prompt_tokens=40, completion_tokens=1)  # message_start's own count


async def test_an_error_event_hands_out_the_content_before_it_then_raises():
    error = sse({"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}})
    stream = stream_of(CannedResponse([START + BLOCK + delta("partial") + error]))
    batches = []
    with pytest.raises(UpstreamError) as caught:
        async for batch in stream:
            batches.append(batch)
    assert texts(batches[0]) == ["", "partial"]
    assert caught.value.error_type == "upstream_server_error"
    assert stream.usage == Usage(prompt_tokens=40, completion_tokens=2)


async def test_malformed_data_is_interrupted_and_nothing_started_bills_nothing():
    stream = stream_of(CannedResponse([b"event: message_start\ndata: {nope\n\n"]))
    with pytest.raises(UpstreamError) as caught:
        async for _ in stream:
            pass
    assert caught.value.error_type == "stream_interrupted"
    assert stream.usage is None  # the handler then bills what it delivered: nothing


async def test_a_client_leaving_early_gets_the_partial_usage_on_close():
    stream = stream_of(CannedResponse([START + BLOCK + delta("abcdefgh"), delta("never read") + END]))
    batches = stream.__aiter__()
    await batches.__anext__()
    await stream.close()
    assert stream.usage == Usage(prompt_tokens=40, completion_tokens=2)
