"""Gemini stream events -> OpenAI `chat.completion.chunk`s (pure; no I/O).

With `alt=sse` every `data:` frame of streamGenerateContent is a whole
GenerateContentResponse carrying the next piece of each candidate. `StreamTranslator`
turns each into OpenAI chunks, per candidate in this order: a role chunk (once),
text deltas, one chunk per function call (Gemini sends calls whole, so each arrives
complete, with its id and JSON arguments), and a finish chunk with an empty delta.
A blocked prompt becomes a role chunk and a `content_filter` finish chunk.

Gemini sends no `[DONE]`: the stream is `complete` once every candidate that
started has a finish reason (or the prompt was blocked); the caller must treat an
end before that as an interruption. `usage` is the latest usageMetadata (final only
once complete); `delivered_chars` counts the answer text and arguments already
translated and `interrupted_usage` bills a stream that was cut by them. Raises `StreamErrorEvent` when Google
reports an error inside the stream.
"""

from __future__ import annotations

from typing import Any

from ..base import Usage
from .response import answer_text, blocked, finish_reason, openai_usage, parts_of, tool_call, usage_from


class StreamErrorEvent(Exception):
    """An `{"error": ...}` frame: Google gave up mid-stream."""


class StreamTranslator:
    def __init__(self, *, model: str, created: int, fallback_id: str, include_usage: bool) -> None:
        self._model = model
        self._created = created
        self._fallback_id = fallback_id
        self._include_usage = include_usage
        self._response_id: str | None = None
        self._meta: dict[str, Any] | None = None
        self._calls: dict[int, int] = {}   # candidate index -> function calls sent (started candidates)
        self._finished: set[int] = set()
        self._blocked = False
        self.usage: Usage | None = None
        self.delivered_chars = 0

    @property
    def complete(self) -> bool:
        return self._blocked or (bool(self._finished) and self._finished >= set(self._calls))

    def _chunk(self, index: int, delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        return {"id": f"chatcmpl-{self._response_id}", "object": "chat.completion.chunk",
                "created": self._created, "model": self._model,
                "choices": [{"index": index, "delta": delta, "logprobs": None, "finish_reason": finish}]}

    def _start(self, index: int, chunks: list[dict[str, Any]]) -> None:
        if index not in self._calls:
            self._calls[index] = 0
            chunks.append(self._chunk(index, {"role": "assistant", "content": ""}))

    def feed(self, event: Any) -> list[dict[str, Any]]:
        """The OpenAI chunks for one Gemini stream event."""
        if not isinstance(event, dict) or "error" in event:
            raise StreamErrorEvent("error event" if isinstance(event, dict) else "not an object")
        if self._response_id is None:
            self._response_id = str(event.get("responseId") or self._fallback_id)
        if isinstance(event.get("usageMetadata"), dict):
            self._meta = event["usageMetadata"]
            self.usage = usage_from(self._meta)
        chunks: list[dict[str, Any]] = []
        if blocked(event):
            self._blocked = True
            self._start(0, chunks)
            chunks.append(self._chunk(0, {}, "content_filter"))
            return chunks
        for position, candidate in enumerate(event.get("candidates") or ()):
            if isinstance(candidate, dict):
                self._candidate(candidate, position, chunks)
        return chunks

    def _candidate(self, candidate: dict[str, Any], position: int, chunks: list[dict[str, Any]]) -> None:
        index = candidate.get("index", position)
        self._start(index, chunks)
        for part in parts_of(candidate):
            if text := answer_text(part):
                self.delivered_chars += len(text)
                chunks.append(self._chunk(index, {"content": text}))
            elif isinstance(part.get("functionCall"), dict):
                call = tool_call(part["functionCall"], self._response_id or "", index, self._calls[index])
                self.delivered_chars += len(call["function"]["arguments"])
                chunks.append(self._chunk(index, {"tool_calls": [{"index": self._calls[index], **call}]}))
                self._calls[index] += 1
        reason = finish_reason(candidate.get("finishReason"), self._calls[index] > 0)
        if reason is not None and index not in self._finished:
            self._finished.add(index)
            chunks.append(self._chunk(index, {}, reason))

    def interrupted_usage(self, delivered_tokens: int) -> Usage | None:
        """Usage of a stream cut short. Gemini's interim usage counts the prompt and the
        thinking but not yet the answer, so the answer is billed as `delivered_tokens`
        (or as reported, if Gemini already counted more)."""
        if self._meta is None:
            return Usage(completion_tokens=delivered_tokens) if delivered_tokens else None
        reported = usage_from(self._meta) or Usage()
        answer = int(self._meta.get("candidatesTokenCount") or 0)
        return Usage(prompt_tokens=reported.prompt_tokens, cache_read_tokens=reported.cache_read_tokens,
                     completion_tokens=reported.completion_tokens - answer + max(answer, delivered_tokens))

    def usage_chunk(self) -> dict[str, Any] | None:
        """OpenAI's closing `choices: []` chunk with usage, when the client asked for it."""
        if not self._include_usage or self._meta is None:
            return None
        return {"id": f"chatcmpl-{self._response_id}", "object": "chat.completion.chunk",
                "created": self._created, "model": self._model, "choices": [], "usage": openai_usage(self._meta)}
