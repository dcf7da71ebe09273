"""The gateway's internal (OpenAI-shaped) answer -> Anthropic Messages answer.

`to_anthropic_message` for whole responses; `AnthropicStreamFramer` turns OpenAI
chunks into Anthropic's SSE event sequence (message_start, content_block_start /
delta / stop for text and tool_use, message_delta with stop_reason and usage,
message_stop), and a failure mid-stream into an `error` event. Pure: no I/O.
"""

from __future__ import annotations

import uuid
from typing import Any

import orjson

from ..providers.base import Usage

STOP_REASONS = {"stop": "end_turn", "length": "max_tokens", "tool_calls": "tool_use",
                "function_call": "tool_use", "content_filter": "refusal"}


def anthropic_usage(usage: Usage) -> dict[str, int]:
    # Anthropic counts cached prompt tokens apart from input_tokens; internally they are included.
    uncached = max(0, usage.prompt_tokens - usage.cache_read_tokens - usage.cache_write_tokens)
    return {"input_tokens": uncached, "output_tokens": usage.completion_tokens,
            "cache_read_input_tokens": usage.cache_read_tokens,
            "cache_creation_input_tokens": usage.cache_write_tokens}


def _arguments(raw: Any) -> Any:
    if isinstance(raw, str):
        try:
            return orjson.loads(raw) if raw else {}
        except orjson.JSONDecodeError:
            return {"_raw": raw}
    return raw or {}


def to_anthropic_message(body: dict[str, Any], usage: Usage, model: str) -> dict[str, Any]:
    choice = (body.get("choices") or [{}])[0]
    message = choice.get("message") or {}
    content: list[dict] = []
    if message.get("content"):
        content.append({"type": "text", "text": message["content"]})
    for call in message.get("tool_calls") or ():
        function = call.get("function") or {}
        content.append({"type": "tool_use", "id": call.get("id") or f"toolu_{uuid.uuid4().hex[:24]}",
                        "name": function.get("name"), "input": _arguments(function.get("arguments"))})
    return {"id": "msg_" + uuid.uuid4().hex[:24], "type": "message", "role": "assistant", "model": model,
            "content": content, "stop_reason": STOP_REASONS.get(choice.get("finish_reason"), "end_turn"),
            "stop_sequence": None, "usage": anthropic_usage(usage)}


def _event(name: str, data: dict[str, Any]) -> bytes:
    return b"event: " + name.encode() + b"\ndata: " + orjson.dumps(data) + b"\n\n"


class AnthropicStreamFramer:
    """Stateful: one per response. Each method returns the bytes to send."""

    def __init__(self) -> None:
        self._index = -1
        self._open: str | None = None      # "text" or "tool_use": the block being written
        self._tool_blocks: dict[int, int] = {}  # OpenAI tool_call index -> Anthropic block index
        self._stop_reason = "end_turn"

    def start(self, model: str) -> bytes:
        message = {"id": "msg_" + uuid.uuid4().hex[:24], "type": "message", "role": "assistant",
                   "model": model, "content": [], "stop_reason": None, "stop_sequence": None,
                   "usage": {"input_tokens": 0, "output_tokens": 0}}
        return _event("message_start", {"type": "message_start", "message": message})

    def _close_block(self) -> bytes:
        if self._open is None:
            return b""
        self._open = None
        return _event("content_block_stop", {"type": "content_block_stop", "index": self._index})

    def _open_block(self, block: dict[str, Any], kind: str) -> bytes:
        out = self._close_block()
        self._index += 1
        self._open = kind
        return out + _event("content_block_start", {"type": "content_block_start", "index": self._index,
                                                    "content_block": block})

    def chunks(self, chunks: list[dict[str, Any]]) -> bytes:
        out = bytearray()
        for chunk in chunks:
            for choice in chunk.get("choices") or ():
                delta = choice.get("delta") or {}
                if delta.get("content"):
                    if self._open != "text":
                        out += self._open_block({"type": "text", "text": ""}, "text")
                    out += _event("content_block_delta", {"type": "content_block_delta", "index": self._index,
                                                          "delta": {"type": "text_delta", "text": delta["content"]}})
                for call in delta.get("tool_calls") or ():
                    out += self._tool_delta(call)
                if choice.get("finish_reason"):
                    self._stop_reason = STOP_REASONS.get(choice["finish_reason"], "end_turn")
        return bytes(out)

    def _tool_delta(self, call: dict[str, Any]) -> bytes:
        out = b""
        position = call.get("index", 0)
        function = call.get("function") or {}
        if position not in self._tool_blocks:
            out += self._open_block({"type": "tool_use", "id": call.get("id") or f"toolu_{uuid.uuid4().hex[:24]}",
                                     "name": function.get("name"), "input": {}}, "tool_use")
            self._tool_blocks[position] = self._index
        if function.get("arguments"):
            out += _event("content_block_delta", {"type": "content_block_delta", "index": self._tool_blocks[position],
                                                  "delta": {"type": "input_json_delta",
                                                            "partial_json": function["arguments"]}})
        return out

    def done(self, usage: Usage) -> bytes:
        return self._close_block() + _event("message_delta", {
            "type": "message_delta", "delta": {"stop_reason": self._stop_reason, "stop_sequence": None},
            "usage": {"output_tokens": usage.completion_tokens}}) + _event("message_stop", {"type": "message_stop"})

    def error(self, code: str) -> bytes:
        return _event("error", {"type": "error", "error": {"type": "api_error",
                                                           "message": f"The provider stream failed ({code})."}})
