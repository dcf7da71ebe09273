"""Anthropic `message` objects -> OpenAI `chat.completion`, and the maps (stop
reasons, error types, usage) — on payloads from Anthropic's public API reference."""

from __future__ import annotations

import copy

import pytest

from gammainfra_gateway.providers.anthropic.maps import (ANTHROPIC_ERRORS, FINISH_REASONS, STOP_REASONS,
                                                         anthropic_error_type_for_status, finish_reason_for,
                                                         openai_error_body, stream_error_for, upstream_error_for,
                                                         usage_from)
from gammainfra_gateway.providers.anthropic.translate_response import anthropic_to_openai_response
from gammainfra_gateway.providers.base import Usage, classify_status

TEXT_MESSAGE = {
    "content": [{"text": "Hi! My name is Claude.", "type": "text"}],
    "id": "msg_013Zva2CMHLNnXjNJJKqJ2EF", "model": "claude-sonnet-4-20250514", "role": "assistant",
    "stop_reason": "end_turn", "stop_sequence": None, "type": "message",
    "usage": {"input_tokens": 2095, "output_tokens": 503},
}
TOOL_MESSAGE = {
    "id": "msg_01Aq9w938a90dw8q", "model": "claude-sonnet-4-20250514", "stop_reason": "tool_use",
    "stop_sequence": None, "role": "assistant", "type": "message",
    "content": [{"type": "text", "text": "I'll check the current weather in San Francisco for you."},
                {"type": "tool_use", "id": "toolu_01A09q90qw90lq917835lq9", "name": "get_weather",
                 "input": {"location": "San Francisco, CA", "unit": "celsius"}}],
    "usage": {"input_tokens": 384, "output_tokens": 71},
}


def test_text_message():
    before = copy.deepcopy(TEXT_MESSAGE)
    body, usage = anthropic_to_openai_response(TEXT_MESSAGE, public_model="anthropic/claude-sonnet-4",
                                               created=1700000000)
    assert body == {
        "id": "msg_013Zva2CMHLNnXjNJJKqJ2EF", "object": "chat.completion", "created": 1700000000,
        "model": "anthropic/claude-sonnet-4",
        "choices": [{"index": 0, "logprobs": None, "finish_reason": "stop", "message": {
            "role": "assistant", "content": "Hi! My name is Claude.", "refusal": None}}],
        "usage": {"prompt_tokens": 2095, "completion_tokens": 503, "total_tokens": 2598,
                  "prompt_tokens_details": {"cached_tokens": 0}}}
    assert usage == Usage(2095, 503, 0, 0)
    assert TEXT_MESSAGE == before


def test_text_and_tool_use_become_content_and_tool_calls():
    body, usage = anthropic_to_openai_response(TOOL_MESSAGE, public_model="anthropic/claude-sonnet-4")
    choice = body["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    assert choice["message"]["content"] == "I'll check the current weather in San Francisco for you."
    assert choice["message"]["tool_calls"] == [{
        "id": "toolu_01A09q90qw90lq917835lq9", "type": "function",
        "function": {"name": "get_weather", "arguments": '{"location":"San Francisco, CA","unit":"celsius"}'}}]
    assert usage == Usage(384, 71, 0, 0)


def test_tool_use_only_has_null_content_and_thinking_is_left_out():
    msg = {**TOOL_MESSAGE, "content": [
        {"type": "thinking", "thinking": "The user wants the weather...", "signature": "EqQBCgIYAhIM1gbcDa9GJwZA"},
        TOOL_MESSAGE["content"][1]]}
    body, _ = anthropic_to_openai_response(msg, public_model="m")
    assert body["choices"][0]["message"]["content"] is None
    assert len(body["choices"][0]["message"]["tool_calls"]) == 1


def test_usage_with_cache_tokens_counts_them_into_prompt_tokens():
    # Prompt caching, as in Anthropic's docs: a cache write, then a cache read.
    write = {**TEXT_MESSAGE, "usage": {"input_tokens": 21, "cache_creation_input_tokens": 188086,
                                       "cache_read_input_tokens": 0, "output_tokens": 393}}
    read = {**TEXT_MESSAGE, "usage": {"input_tokens": 21, "cache_creation_input_tokens": 0,
                                      "cache_read_input_tokens": 188086, "output_tokens": 393}}
    body, usage = anthropic_to_openai_response(write, public_model="m")
    assert usage == Usage(prompt_tokens=188107, completion_tokens=393, cache_read_tokens=0, cache_write_tokens=188086)
    assert body["usage"]["prompt_tokens"] == 188107 and body["usage"]["total_tokens"] == 188500
    body, usage = anthropic_to_openai_response(read, public_model="m")
    assert usage == Usage(prompt_tokens=188107, completion_tokens=393, cache_read_tokens=188086, cache_write_tokens=0)
    assert body["usage"]["prompt_tokens_details"] == {"cached_tokens": 188086}


@pytest.mark.parametrize(("stop_reason", "finish_reason"), [
    ("end_turn", "stop"), ("stop_sequence", "stop"), ("pause_turn", "stop"), ("max_tokens", "length"),
    ("model_context_window_exceeded", "length"), ("tool_use", "tool_calls"), ("refusal", "content_filter"),
    ("some_future_reason", "stop"),
])
def test_every_stop_reason(stop_reason, finish_reason):
    body, _ = anthropic_to_openai_response({**TEXT_MESSAGE, "stop_reason": stop_reason}, public_model="m")
    assert body["choices"][0]["finish_reason"] == finish_reason


def test_stop_reason_tables_cover_each_other():
    assert set(STOP_REASONS.values()) == {"stop", "length", "tool_calls", "content_filter"}
    assert all(STOP_REASONS[FINISH_REASONS[f]] == (f if f != "function_call" else "tool_calls") for f in FINISH_REASONS)
    assert finish_reason_for(None) is None


def test_usage_from_nothing_is_none():
    assert usage_from(None) is None and usage_from({}) is None


@pytest.mark.parametrize("anthropic_type", sorted(ANTHROPIC_ERRORS))
def test_error_types_classify_as_their_status(anthropic_type):
    status, openai_type = ANTHROPIC_ERRORS[anthropic_type]
    assert anthropic_error_type_for_status(status) == anthropic_type
    event = {"type": "error", "error": {"type": anthropic_type, "message": "secret prompt text"}}
    from_stream, from_http = stream_error_for(event), upstream_error_for(status, event)
    expected = classify_status(status, None, None)
    assert (from_http.error_type, from_http.retriable) == (expected.error_type, expected.retriable)
    assert from_stream.error_type == expected.error_type and from_stream.retriable is False
    assert "secret prompt text" not in from_stream.message + from_http.message  # provider text stays out of logs
    assert openai_error_body(event, status) == {"error": {"message": "secret prompt text", "type": openai_type,
                                                          "param": None, "code": anthropic_type}}


@pytest.mark.parametrize(("status", "error_type", "retriable"), [
    (529, "upstream_server_error", True), (500, "upstream_server_error", True), (429, "rate_limited", True),
    (401, "upstream_auth_error", True), (400, "upstream_client_error", False), (404, "upstream_client_error", False),
])
def test_http_errors(status, error_type, retriable):
    error = upstream_error_for(status, {"type": "error", "error": {"type": anthropic_error_type_for_status(status),
                                                                   "message": "m"}}, retry_after="3")
    assert (error.error_type, error.retriable, error.status) == (error_type, retriable, status)
    if status == 400:
        assert error.client_body == {"error": {"message": "m", "type": "invalid_request_error", "param": None,
                                               "code": "invalid_request_error"}}


def test_an_error_body_that_is_not_anthropics_still_gives_an_openai_error():
    assert openai_error_body(None, 503) == {"error": {"message": "The provider answered HTTP 503.",
                                                      "type": "server_error", "param": None, "code": "api_error"}}
    assert anthropic_error_type_for_status(418) == "invalid_request_error"
    unknown = stream_error_for({"type": "error", "error": {"type": "brand_new_error"}})
    assert unknown.error_type == "upstream_server_error"
