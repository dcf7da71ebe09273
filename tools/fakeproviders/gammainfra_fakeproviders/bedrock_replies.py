"""Bedrock Converse's wire format, outbound side: what the fake answers and the exact
shapes it answers in (the Converse JSON response, the ConverseStream event frames).

Owns: deciding the answer to a parsed `ConverseRequest` (echo of the last user text
or a toolUse, stop reason, token usage) and serializing it as Bedrock does.
Guarantees: deterministic content and usage (from `content`); only the toolUseId and
request id vary. A stream is messageStart [+ contentBlockStart for a toolUse] (head),
one contentBlockDelta per piece (body: what `cut_after` counts), then
contentBlockStop, messageStop and metadata (tail), so a cut stream never carries
messageStop or metadata. No I/O.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from typing import Any

import orjson

from gammainfra_fakeproviders import content
from gammainfra_fakeproviders.bedrock_eventstream import event_message
from gammainfra_fakeproviders.bedrock_format import ConverseRequest
from gammainfra_fakeproviders.sse import EventStream

__all__ = ["ConverseAnswer", "answer_converse", "converse_json", "converse_stream", "request_id"]

TOOL_USE_OVERHEAD_TOKENS = 7   # framing of a tool call in the completion
_ARGUMENT_PIECE_CHARS = 8      # Bedrock streams toolUse input a few characters at a time
_PAD = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def request_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)
class ConverseAnswer:
    text: str | None
    tool_use: dict[str, Any] | None   # {"toolUseId", "name", "input"}
    stop_reason: str
    input_tokens: int
    output_tokens: int


def _texts(blocks: list[dict[str, Any]]) -> list[str]:
    return [b["text"] for b in blocks if isinstance(b.get("text"), str)]


def _user_text(req: ConverseRequest) -> tuple[str, bool]:
    """(text of the last user turn that has text, whether that turn is the last one)."""
    for position, message in enumerate(reversed(req.messages)):
        texts = _texts(message["content"])
        if message["role"] == "user" and texts:
            return "\n".join(texts), position == 0
    return "", False


def _input_tokens(req: ConverseRequest) -> int:
    total = content.REPLY_PRIMING_TOKENS + content.count_tokens(req.system_text)
    total += content.count_tokens(orjson.dumps(req.tools).decode()) if req.tools else 0
    for message in req.messages:
        total += content.MESSAGE_OVERHEAD_TOKENS
        for block in message["content"]:
            if "image" in block:
                total += content.IMAGE_TOKENS
            elif "toolUse" in block:
                total += content.count_tokens(orjson.dumps(block["toolUse"]).decode())
            elif "toolResult" in block:
                total += content.count_tokens(" ".join(_texts(block["toolResult"].get("content") or [])))
            else:
                total += content.count_tokens(block.get("text") or "")
    return total


def _pick_tool(req: ConverseRequest, user_text: str, fresh: bool) -> dict[str, Any] | None:
    choice = req.tool_choice or {}
    if not req.tools:
        return None
    if "tool" in choice:
        return next(s for s in req.tools if s["name"] == choice["tool"]["name"])
    if "any" in choice:
        return req.tools[0]
    # auto: only on a fresh user question, so sending the tool's result gets a text answer.
    return req.tools[0] if fresh and content.wants_tool(user_text) else None


def _stop_at_sequence(reply: content.Reply, stops: list[str]) -> tuple[str, int, str] | None:
    cuts = [i for i in (reply.text.find(s) for s in stops) if i >= 0]
    if not cuts:
        return None
    text = reply.text[:min(cuts)]
    return text, content.count_tokens(text), "stop_sequence"


def answer_converse(req: ConverseRequest) -> ConverseAnswer:
    user_text, fresh = _user_text(req)
    input_tokens = _input_tokens(req)
    spec = _pick_tool(req, user_text, fresh)
    if spec is not None:
        arguments = content.arguments_for(spec["inputSchema"]["json"], user_text)
        tool_use = {"toolUseId": "tooluse_" + os.urandom(11).hex(), "name": spec["name"], "input": arguments}
        tokens = content.count_tokens(spec["name"] + orjson.dumps(arguments).decode()) + TOOL_USE_OVERHEAD_TOKENS
        return ConverseAnswer(None, tool_use, "tool_use", input_tokens, tokens)
    reply = content.reply_for(user_text, req.max_tokens)
    stopped = _stop_at_sequence(reply, req.stop_sequences)
    if stopped is not None:
        return ConverseAnswer(stopped[0], None, stopped[2], input_tokens, stopped[1])
    return ConverseAnswer(reply.text, None, "max_tokens" if reply.truncated else "end_turn",
                          input_tokens, reply.completion_tokens)


def _usage(answer: ConverseAnswer) -> dict[str, int]:
    return {"inputTokens": answer.input_tokens, "outputTokens": answer.output_tokens,
            "totalTokens": answer.input_tokens + answer.output_tokens}


def _metrics(answer: ConverseAnswer) -> dict[str, int]:
    return {"latencyMs": 100 + 10 * answer.output_tokens}


def converse_json(answer: ConverseAnswer) -> bytes:
    blocks: list[dict[str, Any]] = [{"text": answer.text}] if answer.text is not None else []
    if answer.tool_use is not None:
        blocks.append({"toolUse": answer.tool_use})
    return orjson.dumps({"output": {"message": {"role": "assistant", "content": blocks}},
                         "stopReason": answer.stop_reason, "usage": _usage(answer), "metrics": _metrics(answer)})


def _padded(payload: dict[str, Any], index: int) -> dict[str, Any]:
    # Bedrock pads every event with a "p" field of varying length (against length analysis).
    return {**payload, "p": _PAD[: 1 + index % len(_PAD)]}


def converse_stream(answer: ConverseAnswer, headers: dict[str, str]) -> EventStream:
    head = [event_message("messageStart", _padded({"role": "assistant"}, 0))]
    if answer.tool_use is not None:
        start = {"toolUse": {"toolUseId": answer.tool_use["toolUseId"], "name": answer.tool_use["name"]}}
        head.append(event_message("contentBlockStart", _padded({"contentBlockIndex": 0, "start": start}, 1)))
        arguments = orjson.dumps(answer.tool_use["input"]).decode()
        deltas = [{"toolUse": {"input": arguments[i:i + _ARGUMENT_PIECE_CHARS]}}
                  for i in range(0, len(arguments), _ARGUMENT_PIECE_CHARS)]
    else:
        deltas = [{"text": piece} for piece in content.stream_pieces(answer.text or "")]
    body = [event_message("contentBlockDelta", _padded({"contentBlockIndex": 0, "delta": d}, i))
            for i, d in enumerate(deltas)]
    tail = [event_message("contentBlockStop", _padded({"contentBlockIndex": 0}, 2)),
            event_message("messageStop", _padded({"stopReason": answer.stop_reason}, 3)),
            event_message("metadata", _padded({"usage": _usage(answer), "metrics": _metrics(answer)}, 4))]
    return EventStream(head, body, tail, headers)
