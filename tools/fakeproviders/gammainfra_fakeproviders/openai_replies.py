"""OpenAI's wire format, outbound side: what the fake answers and the exact shapes it
answers in (`chat.completion`, `chat.completion.chunk` SSE frames, embedding `list`,
model `list`).

Owns: deciding the answer to a parsed request (echo reply or tool call, token usage)
and serializing it as OpenAI does, field for field. Guarantees: content and usage are
deterministic (from `content`); only ids and `created` vary. No I/O.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from typing import Any

import orjson

from gammainfra_fakeproviders import content
from gammainfra_fakeproviders.openai_format import ChatRequest, EmbeddingsRequest
from gammainfra_fakeproviders.sse import EventStream

__all__ = ["ChatAnswer", "answer_chat", "chat_completion", "chat_stream", "embeddings_list",
           "model_json", "model_object", "models_list", "request_id"]

TOOL_CALL_OVERHEAD_TOKENS = 7  # framing of a function call in the completion
_ARGUMENT_PIECE_CHARS = 8      # OpenAI streams tool arguments a few characters at a time
_DONE = b"data: [DONE]\n\n"


def request_id() -> str:
    return "req_" + os.urandom(16).hex()


def _random_id(prefix: str) -> str:
    return prefix + os.urandom(12).hex()


def fingerprint(endpoint: str) -> str:
    """A stable `system_fingerprint` per endpoint, like one model deployment."""
    return "fp_" + hashlib.blake2b(endpoint.encode(), digest_size=5).hexdigest()


@dataclass(frozen=True, slots=True)
class ToolCall:
    id: str
    name: str
    arguments: str  # a JSON string, as OpenAI sends it


@dataclass(frozen=True, slots=True)
class ChatAnswer:
    text: str | None
    tool_call: ToolCall | None
    finish_reason: str
    prompt_tokens: int
    completion_tokens: int


def _pick_function(req: ChatRequest, user_text: str) -> dict[str, Any] | None:
    choice = req.tool_choice
    if not req.functions or choice == "none":
        return None
    if isinstance(choice, dict):  # forced: {"type": "function", "function": {"name": ...}}
        name = (choice.get("function") or {}).get("name")
        return next((f for f in req.functions if f["name"] == name), None)
    if choice == "required":
        return req.functions[0]
    # "auto": only on a fresh user turn, so an agent loop that sends the tool's
    # result back gets a text answer instead of calling the tool forever.
    if req.messages[-1].get("role") == "user" and content.wants_tool(user_text):
        return req.functions[0]
    return None


def answer_chat(req: ChatRequest) -> ChatAnswer:
    user_text = content.last_user_text(req.messages)
    prompt_tokens = content.prompt_tokens(req.messages, req.tools_text)
    function = _pick_function(req, user_text)
    if function is not None:
        arguments = orjson.dumps(content.arguments_for(function.get("parameters"), user_text)).decode()
        call = ToolCall(_random_id("call_"), function["name"], arguments)
        tokens = content.count_tokens(call.name + arguments) + TOOL_CALL_OVERHEAD_TOKENS
        return ChatAnswer(None, call, "tool_calls", prompt_tokens, tokens)
    reply = content.reply_for(user_text, req.max_tokens)
    return ChatAnswer(reply.text, None, "length" if reply.truncated else "stop",
                      prompt_tokens, reply.completion_tokens)


def usage(prompt_tokens: int, completion_tokens: int) -> dict[str, Any]:
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
                                      "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0},
    }


def _envelope(req: ChatRequest, endpoint: str, object_: str) -> dict[str, Any]:
    return {"id": _random_id("chatcmpl-"), "object": object_, "created": int(time.time()),
            "model": req.model, "service_tier": "default", "system_fingerprint": fingerprint(endpoint)}


def chat_completion(req: ChatRequest, answer: ChatAnswer, endpoint: str) -> bytes:
    message: dict[str, Any] = {"role": "assistant", "content": answer.text, "refusal": None, "annotations": []}
    if answer.tool_call is not None:
        call = answer.tool_call
        message["tool_calls"] = [{"id": call.id, "type": "function",
                                  "function": {"name": call.name, "arguments": call.arguments}}]
    return orjson.dumps({
        **_envelope(req, endpoint, "chat.completion"),
        "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": answer.finish_reason}],
        "usage": usage(answer.prompt_tokens, answer.completion_tokens),
    })


def chat_stream(req: ChatRequest, answer: ChatAnswer, endpoint: str, headers: dict[str, str]) -> EventStream:
    base = _envelope(req, endpoint, "chat.completion.chunk")
    if req.include_usage:
        base["usage"] = None  # OpenAI sends `"usage": null` on every chunk but the last

    def frame(delta: dict[str, Any], finish_reason: str | None = None) -> bytes:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
        return b"data: " + orjson.dumps({**base, "choices": [choice]}) + b"\n\n"

    if answer.tool_call is not None:
        call = answer.tool_call
        head = [frame({"role": "assistant", "content": None, "refusal": None, "tool_calls": [
            {"index": 0, "id": call.id, "type": "function", "function": {"name": call.name, "arguments": ""}}]})]
        pieces = [call.arguments[i:i + _ARGUMENT_PIECE_CHARS]
                  for i in range(0, len(call.arguments), _ARGUMENT_PIECE_CHARS)]
        body = [frame({"tool_calls": [{"index": 0, "function": {"arguments": p}}]}) for p in pieces]
    else:
        head = [frame({"role": "assistant", "content": "", "refusal": None})]
        body = [frame({"content": piece}) for piece in content.stream_pieces(answer.text or "")]
    tail = [frame({}, answer.finish_reason)]
    if req.include_usage:
        final = {**base, "choices": [], "usage": usage(answer.prompt_tokens, answer.completion_tokens)}
        tail.append(b"data: " + orjson.dumps(final) + b"\n\n")
    tail.append(_DONE)
    return EventStream(head, body, tail, headers)


def embeddings_list(req: EmbeddingsRequest) -> bytes:
    data = []
    for index, key in enumerate(req.keys):
        vector = content.embedding_vector(key, req.dimensions)
        data.append({"object": "embedding", "index": index,
                     "embedding": content.embedding_base64(vector) if req.base64 else vector})
    return orjson.dumps({"object": "list", "data": data, "model": req.model,
                         "usage": {"prompt_tokens": req.prompt_tokens, "total_tokens": req.prompt_tokens}})


def model_object(endpoint: str, model_id: str) -> dict[str, Any]:
    owned_by, _ = content.models_for(endpoint)
    return {"id": model_id, "object": "model", "created": content.MODEL_CREATED, "owned_by": owned_by}


def model_json(endpoint: str, model_id: str) -> bytes:
    return orjson.dumps(model_object(endpoint, model_id))


def models_list(endpoint: str) -> bytes:
    _, ids = content.models_for(endpoint)
    return orjson.dumps({"object": "list", "data": [model_object(endpoint, m) for m in ids]})
