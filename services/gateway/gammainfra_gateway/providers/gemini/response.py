"""Gemini `GenerateContentResponse` -> OpenAI `chat.completion` (pure; no I/O).

Owns the pieces both the complete and the streamed answer use: finish reasons,
usage, tool-call ids, and the whole non-stream translation. Guarantees:
- every candidate becomes a choice; text parts join into `content` (thought
  summaries are left out), `functionCall` parts become `tool_calls` with JSON-string
  arguments and ids that are stable for one response (derived from its responseId,
  the candidate and the call's position, unless Gemini sent an id itself);
- a prompt blocked by safety (`promptFeedback.blockReason`, no candidates) is an
  answer, not an error: one empty choice with finish_reason `content_filter`;
- usage: prompt = promptTokenCount (which already includes cached tokens) plus
  tool-use prompt tokens, cache reads = cachedContentTokenCount, completion =
  candidatesTokenCount + thoughtsTokenCount (thinking is billed as output).
Raises `MalformedResponse` for a body that is neither an answer nor a block.
"""

from __future__ import annotations

import hashlib
from typing import Any

import orjson

from ..base import Usage

CONTENT_FILTER = frozenset({"SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY",
                            "IMAGE_PROHIBITED_CONTENT", "IMAGE_RECITATION", "MODEL_ARMOR"})
LENGTH = frozenset({"MAX_TOKENS", "CONTINUATION"})
NOT_FINISHED = frozenset({"", "FINISH_REASON_UNSPECIFIED"})


class MalformedResponse(ValueError):
    """A 200 body without candidates and without a block reason."""


def finish_reason(gemini: Any, has_tool_calls: bool) -> str | None:
    """OpenAI's finish reason for Gemini's, None while the candidate is unfinished.
    STOP after function calls is `tool_calls`; reasons without an OpenAI equivalent
    (OTHER, LANGUAGE, MALFORMED_FUNCTION_CALL, ...) end the answer as `stop`."""
    if not isinstance(gemini, str) or gemini in NOT_FINISHED:
        return None
    if gemini in CONTENT_FILTER:
        return "content_filter"
    if gemini in LENGTH:
        return "length"
    return "tool_calls" if has_tool_calls else "stop"


def _count(meta: dict[str, Any], field: str) -> int:
    return int(meta.get(field) or 0)


def usage_from(meta: Any) -> Usage | None:
    if not isinstance(meta, dict) or not meta:
        return None
    return Usage(prompt_tokens=_count(meta, "promptTokenCount") + _count(meta, "toolUsePromptTokenCount"),
                 completion_tokens=_count(meta, "candidatesTokenCount") + _count(meta, "thoughtsTokenCount"),
                 cache_read_tokens=_count(meta, "cachedContentTokenCount"))


def openai_usage(meta: Any) -> dict[str, Any]:
    """OpenAI's `usage` object for Gemini's `usageMetadata`."""
    usage = usage_from(meta) or Usage()
    thoughts = _count(meta, "thoughtsTokenCount") if isinstance(meta, dict) else 0
    return {"prompt_tokens": usage.prompt_tokens, "completion_tokens": usage.completion_tokens,
            "total_tokens": usage.prompt_tokens + usage.completion_tokens,
            "prompt_tokens_details": {"cached_tokens": usage.cache_read_tokens},
            "completion_tokens_details": {"reasoning_tokens": thoughts}}


def tool_call(call: dict[str, Any], response_id: str, candidate: int, position: int) -> dict[str, Any]:
    """One OpenAI tool call for a Gemini `functionCall` (the `position`-th of its candidate)."""
    call_id = call.get("id")
    if not isinstance(call_id, str) or not call_id:
        digest = hashlib.blake2b(f"{response_id}:{candidate}:{position}".encode(), digest_size=12).hexdigest()
        call_id = "call_" + digest
    return {"id": call_id, "type": "function",
            "function": {"name": call.get("name") or "", "arguments": orjson.dumps(call.get("args") or {}).decode()}}


def parts_of(candidate: dict[str, Any]) -> list[dict[str, Any]]:
    parts = (candidate.get("content") or {}).get("parts")
    return [p for p in parts if isinstance(p, dict)] if isinstance(parts, list) else []


def answer_text(part: dict[str, Any]) -> str | None:
    """The answer text of a part; None for thought summaries and non-text parts."""
    text = part.get("text")
    return text if isinstance(text, str) and not part.get("thought") else None


def blocked(payload: dict[str, Any]) -> bool:
    return not payload.get("candidates") and bool((payload.get("promptFeedback") or {}).get("blockReason"))


def _choice(candidate: dict[str, Any], position: int, response_id: str) -> dict[str, Any]:
    index = candidate.get("index", position)
    texts, calls = [], []
    for part in parts_of(candidate):
        if (text := answer_text(part)) is not None:
            texts.append(text)
        elif isinstance(part.get("functionCall"), dict):
            calls.append(tool_call(part["functionCall"], response_id, index, len(calls)))
    message: dict[str, Any] = {"role": "assistant", "content": "".join(texts) or (None if calls else "")}
    if calls:
        message["tool_calls"] = calls
    return {"index": index, "message": message, "logprobs": None,
            "finish_reason": finish_reason(candidate.get("finishReason"), bool(calls)) or "stop"}


def to_openai_completion(payload: dict[str, Any], *, model: str, created: int,
                         fallback_id: str) -> tuple[dict[str, Any], Usage]:
    """(OpenAI `chat.completion`, usage). `fallback_id` names the response when
    Gemini sent no responseId, so tool-call ids stay unique across responses."""
    if not isinstance(payload, dict):
        raise MalformedResponse("not a JSON object")
    response_id = str(payload.get("responseId") or fallback_id)
    candidates = [c for c in payload.get("candidates") or () if isinstance(c, dict)]
    if candidates:
        choices = [_choice(c, position, response_id) for position, c in enumerate(candidates)]
    elif blocked(payload):
        choices = [{"index": 0, "message": {"role": "assistant", "content": ""}, "logprobs": None,
                    "finish_reason": "content_filter"}]
    else:
        raise MalformedResponse("no candidates and no block reason")
    meta = payload.get("usageMetadata")
    body = {"id": f"chatcmpl-{response_id}", "object": "chat.completion", "created": created, "model": model,
            "choices": choices, "usage": openai_usage(meta)}
    return body, usage_from(meta) or Usage()
