"""An Anthropic Messages response as an OpenAI `chat.completion`.

Owns `anthropic_to_openai_response`: text blocks join into `message.content`,
`tool_use` blocks become `tool_calls` (arguments as a JSON string), the stop reason
becomes OpenAI's finish reason, usage counts cache reads and writes into
prompt_tokens. Blocks OpenAI has no place for (thinking, server tool results) are
left out. Pure; the input is never modified.
"""

from __future__ import annotations

import time
from typing import Any

import orjson

from ..base import Usage
from .maps import finish_reason_for, openai_usage, usage_from


def tool_call(block: dict[str, Any]) -> dict[str, Any]:
    """An Anthropic `tool_use` block as an OpenAI tool call."""
    return {"id": block.get("id"), "type": "function",
            "function": {"name": block.get("name"), "arguments": orjson.dumps(block.get("input") or {}).decode()}}


def anthropic_to_openai_response(msg: dict[str, Any], *, public_model: str,
                                 created: int | None = None) -> tuple[dict[str, Any], Usage]:
    """(OpenAI `chat.completion` body, usage) for an Anthropic `message` object."""
    blocks = msg.get("content") or []
    texts = [b["text"] for b in blocks if b.get("type") == "text" and isinstance(b.get("text"), str)]
    calls = [tool_call(b) for b in blocks if b.get("type") == "tool_use"]
    message: dict[str, Any] = {"role": "assistant", "content": "".join(texts) if texts else None, "refusal": None}
    if calls:
        message["tool_calls"] = calls
    usage = usage_from(msg.get("usage")) or Usage()
    body = {
        "id": msg.get("id"),
        "object": "chat.completion",
        "created": int(time.time()) if created is None else created,
        "model": public_model,
        "choices": [{"index": 0, "message": message, "logprobs": None,
                     "finish_reason": finish_reason_for(msg.get("stop_reason")) or "stop"}],
        "usage": openai_usage(usage),
    }
    return body, usage
