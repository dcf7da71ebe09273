"""Bedrock Converse response -> OpenAI `chat.completion` (pure, no I/O).

Owns: stop reason -> finish reason, Converse usage -> `Usage`, and the OpenAI body of
a Converse answer (`text` blocks joined into `content`, `toolUse` blocks as
`tool_calls`). Guarantees: `Usage.prompt_tokens` includes cache reads and writes
(Converse reports `inputTokens` without them); blocks the client cannot use
(reasoning, citations) are left out; an unknown stop reason maps to `stop`.
"""

from __future__ import annotations

from typing import Any

import orjson

from ..base import Usage

FINISH_REASONS = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "max_tokens": "length",
    "model_context_window_exceeded": "length",
    "tool_use": "tool_calls",
    "guardrail_intervened": "content_filter",
    "content_filtered": "content_filter",
}


def finish_reason(stop_reason: str | None) -> str:
    return FINISH_REASONS.get(stop_reason or "", "stop")


def usage_from(raw: dict[str, Any] | None) -> Usage | None:
    if not raw:
        return None
    cache_read = int(raw.get("cacheReadInputTokens") or 0)
    cache_write = int(raw.get("cacheWriteInputTokens") or 0)
    return Usage(prompt_tokens=int(raw.get("inputTokens") or 0) + cache_read + cache_write,
                 completion_tokens=int(raw.get("outputTokens") or 0),
                 cache_read_tokens=cache_read, cache_write_tokens=cache_write)


def openai_usage(usage: Usage) -> dict[str, Any]:
    return {"prompt_tokens": usage.prompt_tokens, "completion_tokens": usage.completion_tokens,
            "total_tokens": usage.prompt_tokens + usage.completion_tokens,
            "prompt_tokens_details": {"cached_tokens": usage.cache_read_tokens}}


def tool_call(tool_use: dict[str, Any]) -> dict[str, Any]:
    return {"id": tool_use.get("toolUseId"), "type": "function",
            "function": {"name": tool_use.get("name"),
                         "arguments": orjson.dumps(tool_use.get("input") or {}).decode()}}


def from_converse(payload: dict[str, Any], *, model: str, completion_id: str,
                  created: int) -> tuple[dict[str, Any], Usage]:
    """(OpenAI `chat.completion` body, usage) of a Converse response."""
    blocks = ((payload.get("output") or {}).get("message") or {}).get("content") or []
    texts = [b["text"] for b in blocks if isinstance(b, dict) and isinstance(b.get("text"), str)]
    calls = [tool_call(b["toolUse"]) for b in blocks if isinstance(b, dict) and isinstance(b.get("toolUse"), dict)]
    message: dict[str, Any] = {"role": "assistant", "content": "".join(texts) if texts else None, "refusal": None}
    if calls:
        message["tool_calls"] = calls
    usage = usage_from(payload.get("usage")) or Usage()
    body = {"id": completion_id, "object": "chat.completion", "created": created, "model": model,
            "choices": [{"index": 0, "message": message, "logprobs": None,
                         "finish_reason": finish_reason(payload.get("stopReason"))}],
            "usage": openai_usage(usage)}
    return body, usage
