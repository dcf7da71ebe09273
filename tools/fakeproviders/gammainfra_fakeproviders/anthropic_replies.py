"""Anthropic's Messages wire format, outbound side: what the fake answers and the exact
shapes it answers in (the `message` object, and the SSE event sequence
`message_start`, `content_block_start`, `ping`, `content_block_delta`...,
`content_block_stop`, `message_delta`, `message_stop`).

Owns: deciding the answer to a parsed request as the OpenAI fake does ("Echo: " +
the last user text, or a `tool_use` block when tools are offered and a fresh user
turn mentions "weather" or the choice forces a tool), honouring `max_tokens`
(stop_reason `max_tokens`) and `stop_sequences` (`stop_sequence`). Guarantees:
content and usage are deterministic (from `content`); only ids vary. No I/O.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import orjson

from gammainfra_fakeproviders import content
from gammainfra_fakeproviders.anthropic_format import MessagesRequest
from gammainfra_fakeproviders.sse import EventStream

__all__ = ["MessageAnswer", "answer_messages", "message_json", "message_stream", "request_id"]

TOOL_USE_OVERHEAD_TOKENS = 7   # framing of a tool_use block in the completion
_JSON_PIECE_CHARS = 8          # Anthropic streams tool input a few characters at a time


def request_id() -> str:
    return "req_" + os.urandom(12).hex()


def _random_id(prefix: str) -> str:
    return prefix + os.urandom(12).hex()


@dataclass(frozen=True, slots=True)
class MessageAnswer:
    blocks: list[dict[str, Any]]   # `text` or `tool_use` content blocks
    stop_reason: str
    stop_sequence: str | None
    input_tokens: int
    output_tokens: int


def _only_tool_results(message: dict[str, Any]) -> bool:
    blocks = message.get("content")
    return isinstance(blocks, list) and all(b.get("type") == "tool_result" for b in blocks)


def last_user_text(messages: list[dict[str, Any]]) -> str:
    """The text of the last user turn that is not just tool results (those are the
    OpenAI format's `tool` messages, not something the user said)."""
    for message in reversed(messages):
        if message["role"] == "user" and not _only_tool_results(message):
            return content.content_text(message["content"])
    return ""


def _pick_tool(req: MessagesRequest, user_text: str) -> dict[str, Any] | None:
    choice = req.tool_choice or {"type": "auto"}
    if not req.tools or choice["type"] == "none":
        return None
    if choice["type"] == "tool":
        return next((t for t in req.tools if t["name"] == choice["name"]), None)
    if choice["type"] == "any":
        return req.tools[0]
    # "auto": only on a fresh user turn, so an agent loop sending the tool result back
    # gets a text answer instead of calling the tool forever.
    last = req.messages[-1]
    if last["role"] == "user" and not _only_tool_results(last) and content.wants_tool(user_text):
        return req.tools[0]
    return None


def _input_tokens(req: MessagesRequest) -> int:
    system = [{"content": req.system}] if req.system else []
    return content.prompt_tokens(system + req.messages, req.tools_text)


def answer_messages(req: MessagesRequest) -> MessageAnswer:
    user_text = last_user_text(req.messages)
    input_tokens = _input_tokens(req)
    tool = _pick_tool(req, user_text)
    if tool is not None:
        arguments = content.arguments_for(tool.get("input_schema"), user_text)
        block = {"type": "tool_use", "id": _random_id("toolu_"), "name": tool["name"], "input": arguments}
        tokens = content.count_tokens(tool["name"] + orjson.dumps(arguments).decode()) + TOOL_USE_OVERHEAD_TOKENS
        return MessageAnswer([block], "tool_use", None, input_tokens, tokens)
    # Past the default cap the fake stops on its own ("end_turn"), as the OpenAI fake does.
    limit = req.max_tokens if req.max_tokens <= content.DEFAULT_REPLY_TOKENS else None
    reply = content.reply_for(user_text, limit)
    text, stop_reason, stop_sequence = reply.text, "max_tokens" if reply.truncated else "end_turn", None
    hits = [(text.find(s), s) for s in req.stop_sequences if s and s in text]
    if hits:
        cut, stop_sequence = min(hits)
        text, stop_reason = text[:cut], "stop_sequence"
    tokens = content.count_tokens(text) if stop_sequence else reply.completion_tokens
    return MessageAnswer([{"type": "text", "text": text}] if text else [], stop_reason, stop_sequence,
                         input_tokens, tokens)


def _usage(input_tokens: int, output_tokens: int) -> dict[str, Any]:
    return {"input_tokens": input_tokens, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0,
            "cache_creation": {"ephemeral_5m_input_tokens": 0, "ephemeral_1h_input_tokens": 0},
            "output_tokens": output_tokens, "service_tier": "standard"}


def _message(req: MessagesRequest, blocks: list[dict[str, Any]], stop_reason: str | None,
             stop_sequence: str | None, usage: dict[str, Any]) -> dict[str, Any]:
    return {"id": _random_id("msg_"), "type": "message", "role": "assistant", "model": req.model,
            "content": blocks, "stop_reason": stop_reason, "stop_sequence": stop_sequence, "usage": usage}


def message_json(req: MessagesRequest, answer: MessageAnswer) -> bytes:
    return orjson.dumps(_message(req, answer.blocks, answer.stop_reason, answer.stop_sequence,
                                 _usage(answer.input_tokens, answer.output_tokens)))


def _event(name: str, payload: dict[str, Any]) -> bytes:
    return b"event: " + name.encode() + b"\ndata: " + orjson.dumps({"type": name, **payload}) + b"\n\n"


def message_stream(req: MessagesRequest, answer: MessageAnswer, headers: dict[str, str]) -> EventStream:
    """head: message_start, content_block_start, ping; body: the deltas (what
    `cut_after` counts); tail: content_block_stop, message_delta, message_stop."""
    start = _message(req, [], None, None, _usage(answer.input_tokens, 1))
    head = [_event("message_start", {"message": start})]
    body: list[bytes] = []
    if answer.blocks:
        block = answer.blocks[0]
        if block["type"] == "tool_use":
            head.append(_event("content_block_start", {"index": 0, "content_block": {**block, "input": {}}}))
            arguments = orjson.dumps(block["input"]).decode()
            # Anthropic opens a tool's input with an empty fragment.
            pieces = [""] + [arguments[i:i + _JSON_PIECE_CHARS] for i in range(0, len(arguments), _JSON_PIECE_CHARS)]
            body = [_event("content_block_delta", {"index": 0, "delta": {"type": "input_json_delta",
                                                                         "partial_json": p}}) for p in pieces]
        else:
            head.append(_event("content_block_start", {"index": 0, "content_block": {"type": "text", "text": ""}}))
            body = [_event("content_block_delta", {"index": 0, "delta": {"type": "text_delta", "text": p}})
                    for p in content.stream_pieces(block["text"])]
    head.append(_event("ping", {}))
    tail = [_event("content_block_stop", {"index": 0})] if answer.blocks else []
    tail.append(_event("message_delta", {"delta": {"stop_reason": answer.stop_reason,
                                                   "stop_sequence": answer.stop_sequence},
                                         "usage": {"output_tokens": answer.output_tokens}}))
    tail.append(_event("message_stop", {}))
    return EventStream(head, body, tail, headers)
