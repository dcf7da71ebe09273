"""Translation for the inbound Anthropic Messages API (no I/O)."""

from __future__ import annotations

import orjson
import pytest

from gammainfra_gateway.errors import InvalidRequest
from gammainfra_gateway.inbound.anthropic_request import anthropic_to_openai_request
from gammainfra_gateway.inbound.anthropic_response import AnthropicStreamFramer, to_anthropic_message
from gammainfra_gateway.providers.base import Usage


def test_request_with_system_images_tools_and_tool_results():
    body = {
        "model": "claude-sonnet-4-20250514", "max_tokens": 1024, "system": [{"type": "text", "text": "Be brief."}],
        "stop_sequences": ["END"], "temperature": 0.3, "top_p": 0.9,
        "tools": [{"name": "get_weather", "description": "w", "input_schema": {"type": "object"}}],
        "tool_choice": {"type": "tool", "name": "get_weather"},
        "messages": [
            {"role": "user", "content": [{"type": "text", "text": "Look:"},
                                         {"type": "image", "source": {"type": "base64", "media_type": "image/jpeg",
                                                                      "data": "AAAA"}}]},
            {"role": "assistant", "content": [{"type": "text", "text": "Checking."},
                                              {"type": "tool_use", "id": "toolu_1", "name": "get_weather",
                                               "input": {"city": "Paris"}}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1",
                                          "content": [{"type": "text", "text": "sunny"}]}]},
        ]}
    out = anthropic_to_openai_request(body)
    assert out["messages"][0] == {"role": "system", "content": "Be brief."}
    assert out["messages"][1]["content"][1] == {"type": "image_url", "image_url": {"url": "data:image/jpeg;base64,AAAA"}}
    assistant = out["messages"][2]
    assert assistant["content"] == "Checking."
    assert assistant["tool_calls"][0]["function"] == {"name": "get_weather", "arguments": '{"city":"Paris"}'}
    assert out["messages"][3] == {"role": "tool", "tool_call_id": "toolu_1", "content": "sunny"}
    assert out["tools"][0]["function"]["parameters"] == {"type": "object"}
    assert out["tool_choice"] == {"type": "function", "function": {"name": "get_weather"}}
    assert (out["stop"], out["max_tokens"], out["temperature"], out["top_p"]) == (["END"], 1024, 0.3, 0.9)


@pytest.mark.parametrize(("body", "param"), [
    ({"max_tokens": 5, "messages": [{"role": "user", "content": "x"}]}, "model"),
    ({"model": "m", "messages": [{"role": "user", "content": "x"}]}, "max_tokens"),
    ({"model": "m", "max_tokens": True, "messages": [{"role": "user", "content": "x"}]}, "max_tokens"),
    ({"model": "m", "max_tokens": 5, "messages": []}, "messages"),
    ({"model": "m", "max_tokens": 5, "messages": [{"role": "system", "content": "x"}]}, "messages.0.role"),
    ({"model": "m", "max_tokens": 5, "messages": [{"role": "user", "content": [{"type": "video"}]}]},
     "messages.0.content"),
    ({"model": "m", "max_tokens": 5, "messages": [{"role": "user", "content": "x"}], "tool_choice": {"type": "x"}},
     "tool_choice"),
])
def test_invalid_requests_name_the_parameter(body, param):
    with pytest.raises(InvalidRequest) as error:
        anthropic_to_openai_request(body)
    assert error.value.param == param


def test_response_with_tool_call_and_cached_usage():
    body = {"choices": [{"finish_reason": "tool_calls", "message": {"role": "assistant", "content": "Let me see.",
            "tool_calls": [{"id": "call_9", "type": "function",
                            "function": {"name": "get_weather", "arguments": '{"city": "Oslo"}'}}]}}]}
    usage = Usage(prompt_tokens=120, completion_tokens=30, cache_read_tokens=100, cache_write_tokens=0)
    message = to_anthropic_message(body, usage, "anthropic/claude-sonnet-4")
    assert message["stop_reason"] == "tool_use"
    assert message["content"] == [{"type": "text", "text": "Let me see."},
                                  {"type": "tool_use", "id": "call_9", "name": "get_weather", "input": {"city": "Oslo"}}]
    assert message["usage"] == {"input_tokens": 20, "output_tokens": 30, "cache_read_input_tokens": 100,
                                "cache_creation_input_tokens": 0}


def _events(raw: bytes) -> list[tuple[str, dict]]:
    out = []
    for block in raw.decode().strip().split("\n\n"):
        name, data = block.split("\n")
        out.append((name.removeprefix("event: "), orjson.loads(data.removeprefix("data: "))))
    return out


def test_stream_framing_text_then_tool_use():
    framer = AnthropicStreamFramer()
    raw = framer.start("openai/gpt-4o")
    raw += framer.chunks([{"choices": [{"delta": {"role": "assistant", "content": ""}}]},
                          {"choices": [{"delta": {"content": "Hi"}}]},
                          {"choices": [{"delta": {"tool_calls": [{"index": 0, "id": "call_1", "function": {
                              "name": "f", "arguments": '{"a"'}}]}}]},
                          {"choices": [{"delta": {"tool_calls": [{"index": 0, "function": {"arguments": ': 1}'}}]},
                                        "finish_reason": "tool_calls"}]}])
    raw += framer.done(Usage(prompt_tokens=5, completion_tokens=7))
    events = _events(raw)
    assert [name for name, _ in events] == [
        "message_start", "content_block_start", "content_block_delta", "content_block_stop",
        "content_block_start", "content_block_delta", "content_block_delta", "content_block_stop",
        "message_delta", "message_stop"]
    assert events[0][1]["message"]["model"] == "openai/gpt-4o"
    assert events[4][1]["content_block"] == {"type": "tool_use", "id": "call_1", "name": "f", "input": {}}
    assert "".join(e[1]["delta"]["partial_json"] for e in events[5:7]) == '{"a": 1}'
    assert events[8][1]["delta"]["stop_reason"] == "tool_use" and events[8][1]["usage"] == {"output_tokens": 7}


def test_stream_error_event():
    name, data = _events(AnthropicStreamFramer().error("stream_interrupted"))[0]
    assert name == "error" and data["error"]["type"] == "api_error"
