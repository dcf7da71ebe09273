"""ConverseStream events -> OpenAI `chat.completion.chunk` dicts (pure, no I/O).

A ConverseStream answer is an `application/vnd.amazon.eventstream` body: binary
frames (decoded by `eventstream.EventStreamDecoder`), each with `:message-type`
(event / exception / error), `:event-type` and a JSON payload. `StreamTranslator`
turns one decoded frame at a time into chunks:

  messageStart        -> role chunk
  contentBlockStart   -> (toolUse) tool call header: id, name, empty arguments
  contentBlockDelta   -> content text / tool call argument fragment
  contentBlockStop    -> nothing
  messageStop         -> finish chunk (stopReason -> finish_reason)
  metadata            -> usage (a `choices: []` chunk only if the client asked)

Guarantees: tool calls are numbered 0, 1, ... in the order their blocks start
(OpenAI's `index`), whatever Converse's block index; `finished` is true only once
both messageStop and metadata arrived (anything less is an interrupted stream);
every chunk carries the same id, created and the public model name. Raises
`UpstreamError` for an exception or error frame.
"""

from __future__ import annotations

from typing import Any

import orjson

from ..base import UpstreamError, Usage
from . import errors
from .response import finish_reason, openai_usage, usage_from


class StreamTranslator:
    def __init__(self, *, model: str, completion_id: str, created: int, want_usage: bool) -> None:
        self._base = {"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": model}
        self._want_usage = want_usage
        self._tool_index: dict[int, int] = {}   # Converse contentBlockIndex -> OpenAI tool call index
        self.usage: Usage | None = None
        self.stopped = False

    @property
    def finished(self) -> bool:
        return self.stopped and self.usage is not None

    def _chunk(self, delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        return {**self._base, "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]}

    def feed(self, headers: dict[str, Any], payload: bytes) -> list[dict[str, Any]]:
        """The chunks for one decoded frame (`headers`, raw `payload`)."""
        try:
            body = orjson.loads(payload) if payload else {}
        except orjson.JSONDecodeError as exc:
            raise UpstreamError("stream_interrupted", retriable=False, message="malformed event payload") from exc
        if headers.get(":message-type", "event") != "event":
            raise errors.from_event(headers, body)
        handler = _HANDLERS.get(headers.get(":event-type") or "")
        return handler(self, body) if handler is not None and isinstance(body, dict) else []

    def _message_start(self, body: dict[str, Any]) -> list[dict[str, Any]]:
        return [self._chunk({"role": body.get("role") or "assistant", "content": ""})]

    def _block_start(self, body: dict[str, Any]) -> list[dict[str, Any]]:
        tool_use = (body.get("start") or {}).get("toolUse")
        if not isinstance(tool_use, dict):
            return []
        index = self._tool_index.setdefault(int(body.get("contentBlockIndex") or 0), len(self._tool_index))
        return [self._chunk({"tool_calls": [{"index": index, "id": tool_use.get("toolUseId"), "type": "function",
                                             "function": {"name": tool_use.get("name"), "arguments": ""}}]})]

    def _block_delta(self, body: dict[str, Any]) -> list[dict[str, Any]]:
        delta = body.get("delta") or {}
        if isinstance(delta.get("text"), str):
            return [self._chunk({"content": delta["text"]})] if delta["text"] else []
        tool_use = delta.get("toolUse")
        if isinstance(tool_use, dict):
            index = self._tool_index.get(int(body.get("contentBlockIndex") or 0))
            if index is None:
                raise UpstreamError("stream_interrupted", retriable=False, message="toolUse delta without start")
            return [self._chunk({"tool_calls": [{"index": index,
                                                 "function": {"arguments": tool_use.get("input") or ""}}]})]
        return []  # reasoning and citation deltas have no OpenAI chat equivalent

    def _message_stop(self, body: dict[str, Any]) -> list[dict[str, Any]]:
        self.stopped = True
        return [self._chunk({}, finish_reason(body.get("stopReason")))]

    def _metadata(self, body: dict[str, Any]) -> list[dict[str, Any]]:
        self.usage = usage_from(body.get("usage")) or Usage()
        if not self._want_usage:
            return []
        return [{**self._base, "choices": [], "usage": openai_usage(self.usage)}]


_HANDLERS = {
    "messageStart": StreamTranslator._message_start,
    "contentBlockStart": StreamTranslator._block_start,
    "contentBlockDelta": StreamTranslator._block_delta,
    "messageStop": StreamTranslator._message_stop,
    "metadata": StreamTranslator._metadata,
}
