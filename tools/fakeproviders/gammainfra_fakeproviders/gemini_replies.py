"""Google Gemini's wire format, outbound side: what the fake answers to a
generateContent request and the exact shapes it answers in.

Owns: deciding the answer (the echo reply, a function call, a safety block) and
serializing it as a `GenerateContentResponse` (candidates with content/parts/role
"model", finishReason, index, safetyRatings; usageMetadata; modelVersion;
responseId), whole or as SSE frames (`data: {...}\r\n\r\n`, as Google frames them).
Guarantees: deterministic text and token counts (from `content`); only responseId
varies. A prompt containing BLOCK_WORD is blocked (promptFeedback.blockReason
SAFETY, no candidates). Tools given and the last user turn mentions "weather" (or
toolConfig mode ANY) -> a functionCall answer. The finishReason is only in the last
frame, which the stream knobs treat as tail: a cut stream never carries it.
Thinking models (any model, unless thinkingBudget is 0) report THINKING_TOKENS
thoughts, included in every frame's usage from the first on. No I/O.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from typing import Any

import orjson

from gammainfra_fakeproviders import content
from gammainfra_fakeproviders.gemini_format import GeminiRequest
from gammainfra_fakeproviders.sse import EventStream

__all__ = ["BLOCK_WORD", "IMAGE_TOKENS", "THINKING_TOKENS", "GeminiAnswer", "answer_request", "generate_response",
           "generate_stream", "last_user_text", "response_id"]

BLOCK_WORD = "BLOCKME"
THINKING_TOKENS = 20
IMAGE_TOKENS = 258              # Gemini's count for an image up to 384x384 px
FUNCTION_CALL_OVERHEAD_TOKENS = 5
_CATEGORIES = ("HARM_CATEGORY_SEXUALLY_EXPLICIT", "HARM_CATEGORY_HATE_SPEECH", "HARM_CATEGORY_HARASSMENT",
               "HARM_CATEGORY_DANGEROUS_CONTENT")
_SAFE_RATINGS = [{"category": c, "probability": "NEGLIGIBLE"} for c in _CATEGORIES]
_BLOCKED_RATINGS = _SAFE_RATINGS[:-1] + [{"category": _CATEGORIES[-1], "probability": "HIGH", "blocked": True}]


def response_id() -> str:
    """Like Google's: 22 characters of URL-safe base64."""
    return base64.urlsafe_b64encode(os.urandom(16)).decode().rstrip("=")


@dataclass(frozen=True, slots=True)
class GeminiAnswer:
    text: str | None
    call: dict[str, Any] | None     # a functionCall part's value: {"name", "args"}
    finish_reason: str | None       # None when the prompt is blocked
    prompt_tokens: int
    candidate_tokens: int           # per candidate
    thoughts_tokens: int


def _texts(parts: list[dict[str, Any]]) -> list[str]:
    return [p["text"] for p in parts if isinstance(p.get("text"), str) and not p.get("thought")]


def last_user_text(contents: list[dict[str, Any]]) -> str:
    for item in reversed(contents):
        if item["role"] == "user" and (texts := _texts(item["parts"])):
            return "\n".join(texts)
    return ""


def _prompt_tokens(req: GeminiRequest) -> int:
    total = content.count_tokens(req.system_text) + content.count_tokens(req.tools_text)
    for item in req.contents:
        for part in item["parts"]:
            if isinstance(part.get("text"), str):
                total += content.count_tokens(part["text"])
            elif "inlineData" in part or "fileData" in part:
                total += IMAGE_TOKENS
            else:
                total += content.count_tokens(orjson.dumps(part).decode())
    return total


def _pick_function(req: GeminiRequest, user_text: str) -> dict[str, Any] | None:
    if not req.functions or req.mode == "NONE":
        return None
    allowed = [f for f in req.functions if not req.allowed_functions or f["name"] in req.allowed_functions]
    if req.mode == "ANY":
        return allowed[0] if allowed else None
    # AUTO: only on a fresh user turn, so sending the function's result back gets text.
    last = req.contents[-1]
    if last["role"] == "user" and _texts(last["parts"]) and content.wants_tool(user_text):
        return allowed[0] if allowed else None
    return None


def answer_request(req: GeminiRequest) -> GeminiAnswer:
    prompt_tokens = _prompt_tokens(req)
    texts = [req.system_text] + [t for item in req.contents for t in _texts(item["parts"])]
    if any(BLOCK_WORD in text for text in texts):
        return GeminiAnswer(None, None, None, prompt_tokens, 0, 0)
    thoughts = THINKING_TOKENS if req.thinking else 0
    user_text = last_user_text(req.contents)
    function = _pick_function(req, user_text)
    if function is not None:
        schema = function.get("parameters") or function.get("parametersJsonSchema")
        call = {"name": function["name"], "args": content.arguments_for(schema, user_text)}
        tokens = content.count_tokens(call["name"] + orjson.dumps(call["args"]).decode())
        return GeminiAnswer(None, call, "STOP", prompt_tokens, tokens + FUNCTION_CALL_OVERHEAD_TOKENS, thoughts)
    reply = content.reply_for(user_text, req.max_tokens)
    return GeminiAnswer(reply.text, None, "MAX_TOKENS" if reply.truncated else "STOP", prompt_tokens,
                        reply.completion_tokens, thoughts)


def _usage(req: GeminiRequest, answer: GeminiAnswer, *, final: bool) -> dict[str, Any]:
    # Interim frames count the prompt and the thinking; the answer only at the end.
    answer_tokens = answer.candidate_tokens * req.candidate_count if final else 0
    usage: dict[str, Any] = {"promptTokenCount": answer.prompt_tokens}
    if answer_tokens:
        usage["candidatesTokenCount"] = answer_tokens
    usage["totalTokenCount"] = answer.prompt_tokens + answer_tokens + answer.thoughts_tokens
    usage["promptTokensDetails"] = [{"modality": "TEXT", "tokenCount": answer.prompt_tokens}]
    if answer.thoughts_tokens:
        usage["thoughtsTokenCount"] = answer.thoughts_tokens
    return usage


def _call_part(req: GeminiRequest, call: dict[str, Any]) -> dict[str, Any]:
    part: dict[str, Any] = {"functionCall": call}
    if req.thinking:  # thinking models sign their function calls
        part["thoughtSignature"] = base64.b64encode(hashlib.sha256(call["name"].encode()).digest()).decode()
    return part


def _candidates(req: GeminiRequest, parts: list[dict[str, Any]], finish: str | None) -> list[dict[str, Any]]:
    # Google's key order; finishReason and safetyRatings only once the candidate is finished.
    if finish is None:
        return [{"content": {"parts": parts, "role": "model"}, "index": i} for i in range(req.candidate_count)]
    return [{"content": {"parts": parts, "role": "model"}, "finishReason": finish, "index": i,
             "safetyRatings": _SAFE_RATINGS} for i in range(req.candidate_count)]


def _response(req: GeminiRequest, answer: GeminiAnswer, rid: str, parts: list[dict[str, Any]] | None,
              final: bool) -> dict[str, Any]:
    if answer.finish_reason is None:
        head: dict[str, Any] = {"promptFeedback": {"blockReason": "SAFETY", "safetyRatings": _BLOCKED_RATINGS}}
    else:
        head = {"candidates": _candidates(req, parts or [], answer.finish_reason if final else None)}
    return {**head, "usageMetadata": _usage(req, answer, final=final), "modelVersion": req.model, "responseId": rid}


def _answer_parts(req: GeminiRequest, answer: GeminiAnswer) -> list[dict[str, Any]]:
    return [_call_part(req, answer.call)] if answer.call is not None else [{"text": answer.text or ""}]


def generate_response(req: GeminiRequest, answer: GeminiAnswer) -> bytes:
    return orjson.dumps(_response(req, answer, response_id(), _answer_parts(req, answer), True))


def generate_stream(req: GeminiRequest, answer: GeminiAnswer, headers: dict[str, str]) -> EventStream:
    rid = response_id()

    def frame(parts: list[dict[str, Any]] | None, final: bool) -> bytes:
        return b"data: " + orjson.dumps(_response(req, answer, rid, parts, final)) + b"\r\n\r\n"

    if answer.text is None:  # a function call (sent whole, as Google does) or a block
        return EventStream([], [], [frame(_answer_parts(req, answer), True)], headers)
    pieces = content.stream_pieces(answer.text)
    body = [frame([{"text": piece}], False) for piece in pieces[:-1]]
    return EventStream([], body, [frame([{"text": pieces[-1]}], True)], headers)
