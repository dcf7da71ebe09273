"""Gemini GenerateContentResponse -> OpenAI chat.completion, usage and Google error
classification, on payloads shaped like the examples of Google's Gemini API reference."""

from __future__ import annotations

import pytest

from gammainfra_gateway.providers.base import Usage
from gammainfra_gateway.providers.gemini.errors import classify_error, retry_delay
from gammainfra_gateway.providers.gemini.response import (MalformedResponse, finish_reason, to_openai_completion,
                                                          tool_call, usage_from)

MODEL = "google/gemini-2.5-flash"
SAFE = [{"category": c, "probability": "NEGLIGIBLE"} for c in (
    "HARM_CATEGORY_SEXUALLY_EXPLICIT", "HARM_CATEGORY_HATE_SPEECH", "HARM_CATEGORY_HARASSMENT",
    "HARM_CATEGORY_DANGEROUS_CONTENT")]


def completion(payload, fallback_id="fallback"):
    return to_openai_completion(payload, model=MODEL, created=1_750_000_000, fallback_id=fallback_id)


def text_response(text="Hello! How can I help you today?", finish="STOP"):
    return {"candidates": [{"content": {"parts": [{"text": text}], "role": "model"}, "finishReason": finish,
                            "index": 0, "safetyRatings": SAFE}],
            "usageMetadata": {"promptTokenCount": 11, "candidatesTokenCount": 303, "totalTokenCount": 1384,
                              "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 11}],
                              "thoughtsTokenCount": 1070},
            "modelVersion": "gemini-2.5-flash", "responseId": "Gw1paM3hFpexz7IPwK6u0Ag"}


def test_text_answer_with_thinking_tokens_billed_as_output():
    body, usage = completion(text_response())
    assert body == {
        "id": "chatcmpl-Gw1paM3hFpexz7IPwK6u0Ag", "object": "chat.completion", "created": 1_750_000_000,
        "model": MODEL,
        "choices": [{"index": 0, "logprobs": None, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": "Hello! How can I help you today?"}}],
        "usage": {"prompt_tokens": 11, "completion_tokens": 1373, "total_tokens": 1384,
                  "prompt_tokens_details": {"cached_tokens": 0},
                  "completion_tokens_details": {"reasoning_tokens": 1070}}}
    assert usage == Usage(prompt_tokens=11, completion_tokens=1373, cache_read_tokens=0, cache_write_tokens=0)


def test_cached_content_is_a_cache_read_inside_the_prompt_count():
    meta = {"promptTokenCount": 696219, "cachedContentTokenCount": 696190, "candidatesTokenCount": 214,
            "totalTokenCount": 696433, "cacheTokensDetails": [{"modality": "TEXT", "tokenCount": 696190}]}
    assert usage_from(meta) == Usage(prompt_tokens=696219, completion_tokens=214, cache_read_tokens=696190)
    body, _ = completion({**text_response(), "usageMetadata": meta})
    assert body["usage"]["prompt_tokens_details"] == {"cached_tokens": 696190}
    assert body["usage"]["total_tokens"] == 696433


def test_tool_use_prompt_tokens_count_as_prompt_and_missing_usage_is_zero():
    assert usage_from({"promptTokenCount": 10, "toolUsePromptTokenCount": 5, "candidatesTokenCount": 3}) == \
        Usage(15, 3, 0, 0)
    assert usage_from(None) is None and usage_from({}) is None
    _, usage = completion({k: v for k, v in text_response().items() if k != "usageMetadata"})
    assert usage == Usage()


def test_thought_summaries_and_signatures_stay_out_of_the_content():
    payload = text_response()
    payload["candidates"][0]["content"]["parts"] = [
        {"text": "**Weighing the options** I considered...", "thought": True},
        {"text": "Paris.", "thoughtSignature": "CiQB0e2Kb1"}]
    body, _ = completion(payload)
    assert body["choices"][0]["message"] == {"role": "assistant", "content": "Paris."}


def test_function_calls_become_tool_calls_with_stable_ids():
    payload = {"candidates": [{"content": {"role": "model", "parts": [
        {"functionCall": {"name": "get_current_temperature", "args": {"location": "London"}},
         "thoughtSignature": "CiQB0e2Kb1"},
        {"functionCall": {"name": "get_current_temperature", "args": {"location": "Paris"}}},
        {"functionCall": {"name": "enable_lights"}}]}, "finishReason": "STOP", "index": 0}],
        "usageMetadata": {"promptTokenCount": 80, "candidatesTokenCount": 30, "totalTokenCount": 110},
        "modelVersion": "gemini-2.5-flash", "responseId": "resp-1"}
    body, usage = completion(payload)
    choice = body["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    assert choice["message"]["content"] is None
    calls = choice["message"]["tool_calls"]
    assert [(c["type"], c["function"]["name"], c["function"]["arguments"]) for c in calls] == [
        ("function", "get_current_temperature", '{"location":"London"}'),
        ("function", "get_current_temperature", '{"location":"Paris"}'),
        ("function", "enable_lights", "{}")]
    ids = [c["id"] for c in calls]
    assert len(set(ids)) == 3 and all(i.startswith("call_") and len(i) == 29 for i in ids)
    again, _ = completion(payload)
    assert [c["id"] for c in again["choices"][0]["message"]["tool_calls"]] == ids          # stable
    other, _ = completion({**payload, "responseId": "resp-2"})
    assert not set(c["id"] for c in other["choices"][0]["message"]["tool_calls"]) & set(ids)  # unique
    assert usage == Usage(80, 30, 0, 0)


def test_a_call_id_sent_by_gemini_is_kept_and_text_with_calls_is_kept():
    call = tool_call({"id": "fc-123", "name": "f", "args": {"a": [1, 2]}}, "resp", 0, 0)
    assert call == {"id": "fc-123", "type": "function", "function": {"name": "f", "arguments": '{"a":[1,2]}'}}
    payload = {"candidates": [{"content": {"role": "model", "parts": [
        {"text": "Let me check."}, {"functionCall": {"name": "f", "args": {}}}]}, "finishReason": "STOP"}],
        "responseId": "r"}
    choice = completion(payload)[0]["choices"][0]
    assert choice["message"]["content"] == "Let me check." and choice["finish_reason"] == "tool_calls"
    assert choice["index"] == 0  # an omitted index is the candidate's position


@pytest.mark.parametrize(("gemini", "calls", "openai"), [
    ("STOP", False, "stop"), ("STOP", True, "tool_calls"), ("MAX_TOKENS", False, "length"),
    ("MAX_TOKENS", True, "length"), ("SAFETY", False, "content_filter"), ("RECITATION", False, "content_filter"),
    ("BLOCKLIST", False, "content_filter"), ("PROHIBITED_CONTENT", False, "content_filter"),
    ("SPII", False, "content_filter"), ("IMAGE_SAFETY", False, "content_filter"),
    ("LANGUAGE", False, "stop"), ("OTHER", False, "stop"), ("MALFORMED_FUNCTION_CALL", False, "stop"),
    ("FINISH_REASON_UNSPECIFIED", False, None), (None, False, None),
])
def test_every_finish_reason(gemini, calls, openai):
    assert finish_reason(gemini, calls) == openai


def test_max_tokens_answer_is_a_length_finish():
    body, _ = completion(text_response("The quick brown", "MAX_TOKENS"))
    assert body["choices"][0]["finish_reason"] == "length"
    assert body["choices"][0]["message"]["content"] == "The quick brown"


def test_safety_stop_of_a_candidate_without_content():
    payload = {"candidates": [{"finishReason": "SAFETY", "index": 0, "safetyRatings": [
        {"category": "HARM_CATEGORY_DANGEROUS_CONTENT", "probability": "HIGH", "blocked": True}]}],
        "usageMetadata": {"promptTokenCount": 9, "totalTokenCount": 9}, "responseId": "r"}
    choice = completion(payload)[0]["choices"][0]
    assert choice == {"index": 0, "logprobs": None, "finish_reason": "content_filter",
                      "message": {"role": "assistant", "content": ""}}


def test_blocked_prompt_is_an_empty_content_filter_answer_not_an_error():
    payload = {"promptFeedback": {"blockReason": "SAFETY", "safetyRatings": [
        {"category": "HARM_CATEGORY_SEXUALLY_EXPLICIT", "probability": "NEGLIGIBLE"},
        {"category": "HARM_CATEGORY_HATE_SPEECH", "probability": "HIGH", "blocked": True}]},
        "usageMetadata": {"promptTokenCount": 8, "totalTokenCount": 8}, "modelVersion": "gemini-2.5-flash",
        "responseId": "blk"}
    body, usage = completion(payload)
    assert body["choices"] == [{"index": 0, "logprobs": None, "finish_reason": "content_filter",
                                "message": {"role": "assistant", "content": ""}}]
    assert usage == Usage(prompt_tokens=8)


def test_several_candidates_become_several_choices():
    payload = text_response()
    second = {**payload["candidates"][0], "index": 1, "content": {"parts": [{"text": "Hi!"}], "role": "model"}}
    payload["candidates"].append(second)
    body, _ = completion(payload)
    assert [(c["index"], c["message"]["content"]) for c in body["choices"]] == [
        (0, "Hello! How can I help you today?"), (1, "Hi!")]


def test_no_response_id_uses_the_fallback_and_garbage_is_malformed():
    body, _ = completion({k: v for k, v in text_response().items() if k != "responseId"}, fallback_id="fb1")
    assert body["id"] == "chatcmpl-fb1"
    for payload in ({}, {"candidates": []}, [1, 2], {"usageMetadata": {"promptTokenCount": 1}}):
        with pytest.raises(MalformedResponse):
            completion(payload)


# --- errors ---------------------------------------------------------------------------------

def google_error(code, status, message="m", details=None):
    error = {"code": code, "message": message, "status": status}
    if details is not None:
        error["details"] = details
    return {"error": error}


QUOTA = [{"@type": "type.googleapis.com/google.rpc.QuotaFailure", "violations": []},
         {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "37s"}]


@pytest.mark.parametrize(("status", "payload", "error_type", "retriable"), [
    (429, google_error(429, "RESOURCE_EXHAUSTED", details=QUOTA), "rate_limited", True),
    (503, google_error(503, "UNAVAILABLE", "The model is overloaded. Please try again later."),
     "upstream_server_error", True),
    (500, google_error(500, "INTERNAL"), "upstream_server_error", True),
    (504, google_error(504, "DEADLINE_EXCEEDED"), "timeout", True),
    (403, google_error(403, "PERMISSION_DENIED"), "upstream_auth_error", True),
    (401, google_error(401, "UNAUTHENTICATED"), "upstream_auth_error", True),
    (400, google_error(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.", [
        {"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "API_KEY_INVALID",
         "domain": "googleapis.com"}]), "upstream_auth_error", True),
    (400, google_error(400, "FAILED_PRECONDITION", "User location is not supported for the API use."),
     "upstream_auth_error", True),
    (400, google_error(400, "INVALID_ARGUMENT", "Invalid JSON payload received."), "upstream_client_error", False),
    (404, google_error(404, "NOT_FOUND"), "upstream_client_error", False),
    (502, None, "upstream_server_error", True),
    (429, None, "rate_limited", True),
])
def test_google_errors_are_classified(status, payload, error_type, retriable):
    error = classify_error(status, payload, None)
    assert (error.error_type, error.retriable, error.status) == (error_type, retriable, status)


def test_rate_limit_retry_delay_comes_from_retry_info_unless_a_header_says():
    payload = google_error(429, "RESOURCE_EXHAUSTED", details=QUOTA)
    assert classify_error(429, payload, None).retry_after == "37"
    assert classify_error(429, payload, "5").retry_after == "5"
    sub_second = {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "0.2s"}
    assert retry_delay({"details": [sub_second]}) == "1"
    assert retry_delay({"details": [{"@type": "x.RetryInfo", "retryDelay": "soon"}]}) is None


def test_a_client_error_carries_googles_message_in_openai_shape():
    payload = google_error(400, "INVALID_ARGUMENT",
                           "* GenerateContentRequest.contents: contents is not specified\n")
    error = classify_error(400, payload, None)
    assert error.client_body == {"error": {
        "message": "* GenerateContentRequest.contents: contents is not specified\n",
        "type": "invalid_request_error", "param": None, "code": "invalid_argument"}}
    assert classify_error(400, b"not json", None).client_body["error"]["message"] == "The provider answered HTTP 400."
