"""Anthropic's vocabulary in OpenAI's terms, both ways: stop reasons and finish
reasons, Anthropic error types and HTTP statuses / OpenAI error bodies /
llm.requests.v1 error types, and usage.

Pure data and functions (no I/O). Guarantees: an Anthropic error type is classified
exactly as its HTTP status would be (`classify_status`), so an `error` event in a
stream and the same error as an HTTP answer count the same; provider error text
only ever goes into `client_body`, never into `UpstreamError.message`.
"""

from __future__ import annotations

from typing import Any

from ..base import UpstreamError, Usage, classify_status

# Anthropic stop_reason -> OpenAI finish_reason.
STOP_REASONS: dict[str, str] = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    # A server tool paused a long turn; what was said so far is a complete answer.
    "pause_turn": "stop",
    "max_tokens": "length",
    "model_context_window_exceeded": "length",
    "tool_use": "tool_calls",
    "refusal": "content_filter",
}

# OpenAI finish_reason -> Anthropic stop_reason (for the inbound /v1/messages API).
FINISH_REASONS: dict[str, str] = {
    "stop": "end_turn",
    "length": "max_tokens",
    "tool_calls": "tool_use",
    "function_call": "tool_use",
    "content_filter": "refusal",
}

# Anthropic error type -> (the HTTP status Anthropic answers it with, OpenAI's error.type).
ANTHROPIC_ERRORS: dict[str, tuple[int, str]] = {
    "invalid_request_error": (400, "invalid_request_error"),
    "authentication_error": (401, "authentication_error"),
    "billing_error": (402, "insufficient_quota"),
    "permission_error": (403, "permission_error"),
    "not_found_error": (404, "invalid_request_error"),
    "request_too_large": (413, "invalid_request_error"),
    "rate_limit_error": (429, "rate_limit_exceeded"),
    "api_error": (500, "server_error"),
    "timeout_error": (504, "server_error"),
    "overloaded_error": (529, "server_error"),
}

_TYPE_BY_STATUS = {status: type_ for type_, (status, _) in ANTHROPIC_ERRORS.items()}


def finish_reason_for(stop_reason: str | None) -> str | None:
    if stop_reason is None:
        return None
    # A stop reason newer than this table still means the turn ended.
    return STOP_REASONS.get(stop_reason, "stop")


def anthropic_error_type_for_status(status: int) -> str:
    """The Anthropic error type a response with this HTTP status carries."""
    if status in _TYPE_BY_STATUS:
        return _TYPE_BY_STATUS[status]
    return "api_error" if status >= 500 else "invalid_request_error"


def _error_object(body: Any) -> dict[str, Any]:
    error = body.get("error") if isinstance(body, dict) else None
    return error if isinstance(error, dict) else {}


def openai_error_body(body: Any, status: int) -> dict[str, Any]:
    """Anthropic's `{"type": "error", "error": {type, message}}` as OpenAI's error body
    (the Anthropic error type becomes `code`). For the client only: the message is the
    provider's and may quote the prompt."""
    error = _error_object(body)
    anthropic_type = error.get("type") if isinstance(error.get("type"), str) else None
    anthropic_type = anthropic_type or anthropic_error_type_for_status(status)
    openai_type = ANTHROPIC_ERRORS.get(anthropic_type, (status, "invalid_request_error" if status < 500
                                                        else "server_error"))[1]
    message = error.get("message") if isinstance(error.get("message"), str) else None
    return {"error": {"message": message or f"The provider answered HTTP {status}.", "type": openai_type,
                      "param": None, "code": anthropic_type}}


def upstream_error_for(status: int, body: Any, retry_after: str | None = None) -> UpstreamError:
    """An HTTP error answer of the Messages API (429, 5xx, 529 overloaded: retriable)."""
    return classify_status(status, retry_after, openai_error_body(body, status))


def stream_error_for(event: dict[str, Any]) -> UpstreamError:
    """An `error` event inside a stream, classified as its HTTP status would be. Not
    retriable: by then the client may have content (the streaming handler makes it
    retriable again if nothing was sent yet)."""
    anthropic_type = _error_object(event).get("type")
    status = ANTHROPIC_ERRORS.get(anthropic_type, (500, ""))[0] if isinstance(anthropic_type, str) else 500
    error = classify_status(status, None, openai_error_body(event, status))
    error.retriable = False
    error.message = f"error event ({anthropic_type if anthropic_type in ANTHROPIC_ERRORS else 'unknown'})"
    return error


def usage_from(raw: dict[str, Any] | None) -> Usage | None:
    """Anthropic usage -> Usage; prompt_tokens includes cache reads and writes, which
    Anthropic reports apart from `input_tokens`."""
    if not raw:
        return None
    read = int(raw.get("cache_read_input_tokens") or 0)
    write = int(raw.get("cache_creation_input_tokens") or 0)
    return Usage(prompt_tokens=int(raw.get("input_tokens") or 0) + read + write,
                 completion_tokens=int(raw.get("output_tokens") or 0),
                 cache_read_tokens=read, cache_write_tokens=write)


def openai_usage(usage: Usage) -> dict[str, Any]:
    return {"prompt_tokens": usage.prompt_tokens, "completion_tokens": usage.completion_tokens,
            "total_tokens": usage.prompt_tokens + usage.completion_tokens,
            "prompt_tokens_details": {"cached_tokens": usage.cache_read_tokens}}
