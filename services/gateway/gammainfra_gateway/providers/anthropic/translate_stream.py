"""Anthropic Messages stream events as OpenAI `chat.completion.chunk` dicts.

Owns `StreamTranslator`, fed one decoded event at a time in stream order:
`message_start` -> the role chunk; `content_block_start` of a `tool_use` -> a tool
call delta with index/id/name (OpenAI's index counts tool calls, not Anthropic's
content blocks); `text_delta` -> content; `input_json_delta` -> argument fragments;
`message_delta` -> the finish chunk; `message_stop` -> the usage-only chunk (when the
client asked for usage) and `finished`; `ping`, `content_block_stop`, thinking and
unknown events -> nothing (Anthropic may add event types). An `error` event raises
`UpstreamError`. Pure: no I/O, no clock unless `created` is left out.
"""

from __future__ import annotations

import time
from typing import Any

from ..base import Usage
from .maps import finish_reason_for, openai_usage, stream_error_for, usage_from


class StreamTranslator:
    def __init__(self, public_model: str, *, include_usage: bool, created: int | None = None) -> None:
        self._model = public_model
        self._include_usage = include_usage
        self._created = int(time.time()) if created is None else created
        self._id: str | None = None
        self._tool_index: dict[int, int] = {}  # Anthropic content block index -> OpenAI tool call index
        self._reported: dict[str, Any] = {}    # usage fields as reported so far (message_delta's are totals)
        self._finish_sent = False
        self.finished = False                  # message_stop seen: the stream is complete
        self.emitted_chars = 0                 # content and argument characters handed out so far

    @property
    def usage(self) -> Usage | None:
        """The usage the provider reported so far (None before `message_start`)."""
        return usage_from(self._reported) if self._reported else None

    def feed(self, event: dict[str, Any]) -> list[dict[str, Any]]:
        handler = _HANDLERS.get(event.get("type"))  # type: ignore[arg-type]
        return handler(self, event) if handler is not None else []

    def _chunk(self, delta: dict[str, Any], finish_reason: str | None = None) -> dict[str, Any]:
        chunk = {"id": self._id, "object": "chat.completion.chunk", "created": self._created, "model": self._model,
                 "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}]}
        if self._include_usage:
            chunk["usage"] = None  # as OpenAI: null on every chunk but the usage chunk
        return chunk

    def _merge_usage(self, raw: Any) -> None:
        if isinstance(raw, dict):
            self._reported.update({k: v for k, v in raw.items() if isinstance(v, int)})

    def _on_message_start(self, event: dict[str, Any]) -> list[dict[str, Any]]:
        message = event.get("message") or {}
        self._id = message.get("id")
        self._merge_usage(message.get("usage"))
        return [self._chunk({"role": "assistant", "content": ""})]

    def _on_block_start(self, event: dict[str, Any]) -> list[dict[str, Any]]:
        block = event.get("content_block") or {}
        if block.get("type") == "tool_use":
            index = self._tool_index[event.get("index")] = len(self._tool_index)
            self.emitted_chars += len(block.get("name") or "")
            return [self._chunk({"tool_calls": [{"index": index, "id": block.get("id"), "type": "function",
                                                 "function": {"name": block.get("name"), "arguments": ""}}]})]
        if block.get("type") == "text" and block.get("text"):
            return self._text(block["text"])
        return []

    def _text(self, text: str) -> list[dict[str, Any]]:
        self.emitted_chars += len(text)
        return [self._chunk({"content": text})]

    def _on_block_delta(self, event: dict[str, Any]) -> list[dict[str, Any]]:
        delta = event.get("delta") or {}
        if delta.get("type") == "text_delta" and delta.get("text"):
            return self._text(delta["text"])
        if delta.get("type") == "input_json_delta" and delta.get("partial_json"):
            index = self._tool_index.get(event.get("index"))  # type: ignore[arg-type]
            if index is None:
                return []  # arguments of a server tool: not the client's call
            self.emitted_chars += len(delta["partial_json"])
            return [self._chunk({"tool_calls": [{"index": index, "function": {"arguments": delta["partial_json"]}}]})]
        return []  # thinking, signature and citation deltas have no OpenAI counterpart

    def _on_message_delta(self, event: dict[str, Any]) -> list[dict[str, Any]]:
        self._merge_usage(event.get("usage"))
        stop_reason = (event.get("delta") or {}).get("stop_reason")
        if stop_reason is None or self._finish_sent:
            return []
        self._finish_sent = True
        return [self._chunk({}, finish_reason_for(stop_reason))]

    def _on_message_stop(self, _event: dict[str, Any]) -> list[dict[str, Any]]:
        self.finished = True
        chunks = []
        if not self._finish_sent:
            self._finish_sent = True
            chunks.append(self._chunk({}, "stop"))
        if self._include_usage:
            usage = self.usage or Usage()
            chunks.append({"id": self._id, "object": "chat.completion.chunk", "created": self._created,
                           "model": self._model, "choices": [], "usage": openai_usage(usage)})
        return chunks

    def _on_error(self, event: dict[str, Any]) -> list[dict[str, Any]]:
        raise stream_error_for(event)


_HANDLERS = {
    "message_start": StreamTranslator._on_message_start,
    "content_block_start": StreamTranslator._on_block_start,
    "content_block_delta": StreamTranslator._on_block_delta,
    "message_delta": StreamTranslator._on_message_delta,
    "message_stop": StreamTranslator._on_message_stop,
    "error": StreamTranslator._on_error,
}
