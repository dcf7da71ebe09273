"""Converse response -> OpenAI chat.completion, usage with cache tokens, every stop
reason, and Bedrock errors -> UpstreamError (payloads as in the Converse API reference)."""

from __future__ import annotations

import orjson
import pytest

from gammainfra_gateway.providers.base import Usage
from gammainfra_gateway.providers.bedrock import errors
from gammainfra_gateway.providers.bedrock.response import FINISH_REASONS, finish_reason, from_converse, usage_from
from gammainfra_schemas.llm_requests_v1 import ATTEMPT_ERROR_TYPES

TEXT_RESPONSE = {
    "output": {"message": {"role": "assistant", "content": [
        {"text": "Here is a song that was popular on WZPZ: "}, {"text": "Elemental Hotel by 8 Storey Hike."}]}},
    "stopReason": "end_turn",
    "usage": {"inputTokens": 30, "outputTokens": 628, "totalTokens": 658},
    "metrics": {"latencyMs": 1275},
}
TOOL_RESPONSE = {
    "output": {"message": {"role": "assistant", "content": [
        {"text": "I'll look up the most popular song on WZPZ."},
        {"toolUse": {"toolUseId": "tooluse_kZJMlvQmRJ6eAyJE5GIl7Q", "name": "top_song", "input": {"sign": "WZPZ"}}}]}},
    "stopReason": "tool_use",
    "usage": {"inputTokens": 375, "outputTokens": 62, "totalTokens": 437},
    "metrics": {"latencyMs": 1834},
}


def convert(payload):
    return from_converse(payload, model="anthropic/claude-sonnet-4", completion_id="chatcmpl-req-1", created=1700)


def test_text_answer_is_an_openai_chat_completion():
    body, usage = convert(TEXT_RESPONSE)
    assert body == {
        "id": "chatcmpl-req-1", "object": "chat.completion", "created": 1700, "model": "anthropic/claude-sonnet-4",
        "choices": [{"index": 0, "logprobs": None, "finish_reason": "stop", "message": {
            "role": "assistant", "refusal": None,
            "content": "Here is a song that was popular on WZPZ: Elemental Hotel by 8 Storey Hike."}}],
        "usage": {"prompt_tokens": 30, "completion_tokens": 628, "total_tokens": 658,
                  "prompt_tokens_details": {"cached_tokens": 0}}}
    assert usage == Usage(30, 628, 0, 0)


def test_tool_use_answer_has_tool_calls_with_json_string_arguments():
    body, _ = convert(TOOL_RESPONSE)
    choice = body["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    assert choice["message"]["content"] == "I'll look up the most popular song on WZPZ."
    assert choice["message"]["tool_calls"] == [{"id": "tooluse_kZJMlvQmRJ6eAyJE5GIl7Q", "type": "function",
                                                "function": {"name": "top_song", "arguments": '{"sign":"WZPZ"}'}}]
    assert orjson.loads(choice["message"]["tool_calls"][0]["function"]["arguments"]) == {"sign": "WZPZ"}


def test_only_tool_use_means_null_content_and_reasoning_blocks_are_left_out():
    payload = {"output": {"message": {"role": "assistant", "content": [
        {"reasoningContent": {"reasoningText": {"text": "thinking...", "signature": "sig"}}},
        {"toolUse": {"toolUseId": "t1", "name": "f", "input": {}}}]}}, "stopReason": "tool_use",
        "usage": {"inputTokens": 1, "outputTokens": 2, "totalTokens": 3}}
    message = convert(payload)[0]["choices"][0]["message"]
    assert message["content"] is None
    assert message["tool_calls"][0]["function"]["arguments"] == "{}"


@pytest.mark.parametrize(("stop_reason", "expected"), [
    ("end_turn", "stop"), ("stop_sequence", "stop"), ("max_tokens", "length"),
    ("model_context_window_exceeded", "length"), ("tool_use", "tool_calls"),
    ("guardrail_intervened", "content_filter"), ("content_filtered", "content_filter"),
    ("malformed_model_output", "stop"), ("something_new", "stop"), (None, "stop"),
])
def test_every_stop_reason_maps_to_an_openai_finish_reason(stop_reason, expected):
    assert finish_reason(stop_reason) == expected
    assert convert({**TEXT_RESPONSE, "stopReason": stop_reason})[0]["choices"][0]["finish_reason"] == expected


def test_every_mapped_finish_reason_is_one_openai_knows():
    assert set(FINISH_REASONS.values()) <= {"stop", "length", "tool_calls", "content_filter"}


def test_usage_with_cache_tokens_counts_them_into_prompt_tokens():
    raw = {"inputTokens": 20, "outputTokens": 300, "totalTokens": 2365,
           "cacheReadInputTokens": 1500, "cacheWriteInputTokens": 545}
    assert usage_from(raw) == Usage(prompt_tokens=2065, completion_tokens=300, cache_read_tokens=1500,
                                    cache_write_tokens=545)
    body, _ = convert({**TEXT_RESPONSE, "usage": raw})
    assert body["usage"] == {"prompt_tokens": 2065, "completion_tokens": 300, "total_tokens": 2365,
                             "prompt_tokens_details": {"cached_tokens": 1500}}


def test_missing_usage_is_none_or_zero():
    assert usage_from(None) is None and usage_from({}) is None
    assert convert({"output": {"message": {"role": "assistant", "content": []}}})[1] == Usage()


# --- errors -----------------------------------------------------------------------------------

HEADER = ":http://internal.amazon.com/coral/com.amazon.bedrock/"


@pytest.mark.parametrize(("status", "name", "error_type", "retriable"), [
    (429, "ThrottlingException", "rate_limited", True),
    (503, "ServiceUnavailableException", "upstream_server_error", True),
    (500, "InternalServerException", "upstream_server_error", True),
    (429, "ModelNotReadyException", "upstream_server_error", True),
    (424, "ModelErrorException", "upstream_server_error", True),
    (408, "ModelTimeoutException", "timeout", True),
    (403, "AccessDeniedException", "upstream_auth_error", True),
    (403, "UnrecognizedClientException", "upstream_auth_error", True),
    (404, "ResourceNotFoundException", "upstream_client_error", True),
    (400, "ValidationException", "upstream_client_error", False),
    (413, None, "upstream_client_error", False),
    (502, None, "upstream_server_error", True),
])
def test_http_errors_are_classified_by_bedrock_error_name(status, name, error_type, retriable):
    header = name + HEADER if name else None
    error = errors.from_http(status, header, {"message": "prompt text may be quoted here"}, None)
    assert (error.error_type, error.retriable, error.status) == (error_type, retriable, status)
    assert error.error_type in ATTEMPT_ERROR_TYPES
    assert "prompt text" not in error.message  # provider text only ever goes to the client


def test_validation_error_text_goes_to_the_client_only():
    error = errors.from_http(400, "ValidationException" + HEADER,
                             {"message": "The model returned the following errors: temperature: range: 0..1"}, None)
    assert error.client_body == {"error": {
        "message": "The model returned the following errors: temperature: range: 0..1",
        "type": "invalid_request_error", "param": None, "code": None}}
    assert error.message == "ValidationException"


def test_error_name_also_comes_from_the_body_and_retry_after_is_kept():
    error = errors.from_http(429, None, {"__type": "com.amazon.coral.availability#ThrottlingException",
                                         "message": "Rate exceeded"}, "3")
    assert (error.error_type, error.retry_after) == ("rate_limited", "3")
    assert errors.from_http(500, None, None, None).error_type == "upstream_server_error"


@pytest.mark.parametrize(("raw", "name"), [
    ("ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/", "ThrottlingException"),
    ("com.amazon.coral.service#ValidationException", "ValidationException"),
    ("throttlingException", "ThrottlingException"),
    ("", None), (None, None),
])
def test_error_name_forms(raw, name):
    assert errors.error_name(raw) == name


@pytest.mark.parametrize(("exception_type", "error_type", "status", "retriable"), [
    ("throttlingException", "rate_limited", 429, True),
    ("serviceUnavailableException", "upstream_server_error", 503, True),
    ("internalServerException", "upstream_server_error", 500, True),
    ("modelStreamErrorException", "upstream_server_error", 424, True),
    ("validationException", "upstream_client_error", 400, False),
])
def test_stream_exception_events_are_classified(exception_type, error_type, status, retriable):
    error = errors.from_event({":message-type": "exception", ":exception-type": exception_type,
                               ":content-type": "application/json"}, {"message": "stream failed"})
    assert (error.error_type, error.status, error.retriable) == (error_type, status, retriable)


def test_stream_protocol_error_message_is_a_server_error():
    error = errors.from_event({":message-type": "error", ":error-code": "InternalFailure",
                               ":error-message": "x"}, {})
    assert (error.error_type, error.retriable, error.message) == ("upstream_server_error", True, "InternalFailure")
