"""The fake's Anthropic request validation: what Anthropic refuses, with its messages,
so that a gateway translation mistake fails loudly against the fake."""

from __future__ import annotations

from typing import Any

import pytest

from gammainfra_fakeproviders.anthropic_format import AnthropicError, fault_error, parse_messages, version_error
from gammainfra_fakeproviders.anthropic_replies import answer_messages, last_user_text

TOOL = {"name": "get_weather", "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}}}
TOOL_USE = {"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {"city": "Oslo"}}
TOOL_RESULT = {"type": "tool_result", "tool_use_id": "toolu_1", "content": "9C"}


def body(**extra: Any) -> dict[str, Any]:
    return {"model": "claude-sonnet-4-20250514", "max_tokens": 100,
            "messages": [{"role": "user", "content": "hi"}], **extra}


def refusal(payload: dict[str, Any]) -> str:
    with pytest.raises(AnthropicError) as caught:
        parse_messages(payload)
    assert (caught.value.status, caught.value.type) == (400, "invalid_request_error")
    return caught.value.message


def test_a_valid_request_parses():
    req = parse_messages(body(system=[{"type": "text", "text": "Be brief."}], stop_sequences=["END"],
                              temperature=1, tools=[TOOL], tool_choice={"type": "tool", "name": "get_weather"}))
    assert (req.max_tokens, req.stop_sequences) == (100, ["END"])
    assert req.tool_choice == {"type": "tool", "name": "get_weather"}
    assert req.tools_text.startswith('[{"name":"get_weather"')


@pytest.mark.parametrize(("change", "message"), [
    ({"seed": 1}, "seed: Extra inputs are not permitted"),
    ({"stream_options": {"include_usage": True}}, "stream_options: Extra inputs are not permitted"),
    ({"max_tokens": None}, "max_tokens: Field required"),
    ({"max_tokens": "10"}, "max_tokens: Input should be a valid integer"),
    ({"max_tokens": 0}, "max_tokens: Input should be greater than or equal to 1"),
    ({"model": None}, "model: Field required"),
    ({"messages": []}, "messages: at least one message is required"),
    ({"temperature": 1.5}, "temperature: Input should be less than or equal to 1"),
    ({"messages": [{"role": "system", "content": "x"}]}, "messages.0.role: Input should be 'user' or 'assistant'"),
    ({"messages": [{"role": "user", "content": ""}]},
     "messages.0: all messages must have non-empty content except for the optional final assistant message"),
    ({"messages": [{"role": "user", "content": [{"type": "text", "text": ""}]}]},
     "messages.0.content.0: text content blocks must be non-empty"),
    ({"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}]},
     "messages.0.content.0.type: Input tag is not one of the expected tags"),
    ({"tools": [{"name": "f"}]}, "tools.0.custom.input_schema"),
    ({"tool_choice": {"type": "required"}}, "tool_choice: Input tag is not one of the expected tags"),
    ({"tool_choice": {"type": "tool"}}, "tool_choice.tool.name: Field required"),
])
def test_refusals(change, message):
    payload = {k: v for k, v in {**body(), **change}.items() if v is not None}
    assert refusal(payload).startswith(message)


def test_tool_blocks_need_tools_and_must_pair_up():
    convo = [{"role": "user", "content": "weather?"}, {"role": "assistant", "content": [TOOL_USE]},
             {"role": "user", "content": [TOOL_RESULT]}]
    assert parse_messages(body(messages=convo, tools=[TOOL])).messages == convo
    assert refusal(body(messages=convo)) == \
        "Requests which include `tool_use` or `tool_result` blocks must define tools."
    orphan = [convo[0], {"role": "assistant", "content": "ok"}, {"role": "user", "content": [TOOL_RESULT]}]
    assert refusal(body(messages=orphan, tools=[TOOL])).startswith(
        "messages.2: unexpected `tool_use_id` found in `tool_result` blocks: toolu_1.")
    unanswered = [convo[0], convo[1], {"role": "user", "content": "never mind"}]
    assert refusal(body(messages=unanswered, tools=[TOOL])).startswith(
        "messages.2: `tool_use` ids were found without `tool_result` blocks immediately after: toolu_1.")


def test_images_need_a_valid_source():
    good = {"type": "image", "source": {"type": "base64", "media_type": "image/jpeg", "data": "/9j/4AAQ"}}
    url = {"type": "image", "source": {"type": "url", "url": "https://example.com/a.jpg"}}
    parse_messages(body(messages=[{"role": "user", "content": [good, url, {"type": "text", "text": "what?"}]}]))
    bad = {"type": "image", "source": {"type": "base64", "media_type": "image/bmp", "data": "x"}}
    assert refusal(body(messages=[{"role": "user", "content": [bad]}])).startswith("messages.0.content.0.source")


@pytest.mark.parametrize(("version", "accepted"), [
    ("2023-06-01", True), ("2026-10-21", True), ("2023-01-01", True), (None, False), ("2022-12-31", False),
    ("latest", False)])
def test_versions(version, accepted):
    assert (version_error(version) is None) is accepted


def test_fault_errors_use_anthropics_types_and_529_for_overload():
    assert (fault_error(529).type, fault_error(529).message) == ("overloaded_error", "Overloaded")
    assert fault_error(429, 7).message.endswith("try again in 7s.")
    assert fault_error(502).type == "api_error" and fault_error(418).type == "invalid_request_error"


def test_the_user_text_skips_tool_result_turns_and_a_result_turn_is_not_fresh():
    convo = [{"role": "user", "content": "weather in Oslo?"}, {"role": "assistant", "content": [TOOL_USE]},
             {"role": "user", "content": [TOOL_RESULT]}]
    assert last_user_text(convo) == "weather in Oslo?"
    answer = answer_messages(parse_messages(body(messages=convo, tools=[TOOL])))
    assert answer.stop_reason == "end_turn" and answer.blocks == [{"type": "text", "text": "Echo: weather in Oslo?"}]
