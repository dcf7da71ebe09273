"""Anthropic Messages request -> the gateway's internal OpenAI chat request.

Validates what Anthropic's API itself requires (model, max_tokens, messages with
user/assistant roles) and raises `InvalidRequest` naming the parameter; the
middleware renders it in Anthropic's error shape for this route. Pure: no I/O.
"""

from __future__ import annotations

from typing import Any

import orjson

from ..errors import InvalidRequest

GATEWAY_FIELDS = ("provider", "models", "route")


def _text_of(blocks: Any, param: str) -> str:
    if isinstance(blocks, str):
        return blocks
    if isinstance(blocks, list) and all(isinstance(b, dict) and b.get("type") == "text" for b in blocks):
        return "\n".join(str(b.get("text", "")) for b in blocks)
    raise InvalidRequest(f"'{param}' must be a string or a list of text blocks.", param=param)


def _image_part(block: dict) -> dict:
    source = block.get("source") or {}
    if source.get("type") == "base64":
        url = f"data:{source.get('media_type', 'image/png')};base64,{source.get('data', '')}"
    elif source.get("type") == "url":
        url = source.get("url", "")
    else:
        raise InvalidRequest("image blocks need a base64 or url source.", param="messages")
    return {"type": "image_url", "image_url": {"url": url}}


def _tool_result_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(str(b.get("text", "")) for b in content if isinstance(b, dict) and b.get("type") == "text")
    return ""


def _convert_message(i: int, message: Any) -> list[dict]:
    if not isinstance(message, dict) or message.get("role") not in ("user", "assistant"):
        raise InvalidRequest(f"messages.{i}.role must be 'user' or 'assistant'.", param=f"messages.{i}.role")
    role, content = message["role"], message.get("content")
    if isinstance(content, str):
        return [{"role": role, "content": content}]
    if not isinstance(content, list):
        raise InvalidRequest(f"messages.{i}.content must be a string or a list of blocks.",
                             param=f"messages.{i}.content")
    parts: list[dict] = []
    tool_calls: list[dict] = []
    results: list[dict] = []
    for block in content:
        kind = block.get("type") if isinstance(block, dict) else None
        if kind == "text":
            parts.append({"type": "text", "text": str(block.get("text", ""))})
        elif kind == "image":
            parts.append(_image_part(block))
        elif kind == "tool_use" and role == "assistant":
            tool_calls.append({"id": block.get("id"), "type": "function", "function": {
                "name": block.get("name"), "arguments": orjson.dumps(block.get("input") or {}).decode()}})
        elif kind == "tool_result" and role == "user":
            results.append({"role": "tool", "tool_call_id": block.get("tool_use_id"),
                            "content": _tool_result_text(block.get("content"))})
        else:
            raise InvalidRequest(f"messages.{i}.content has an unsupported block type {kind!r}.",
                                 param=f"messages.{i}.content")
    converted: list[dict] = list(results)
    if role == "assistant":
        text = "".join(p["text"] for p in parts if p["type"] == "text")
        message_out: dict = {"role": "assistant", "content": text or None}
        if tool_calls:
            message_out["tool_calls"] = tool_calls
        converted.append(message_out)
    elif parts:
        converted.append({"role": "user", "content": parts})
    return converted


def _tools(tools: Any) -> list[dict]:
    if not isinstance(tools, list):
        raise InvalidRequest("'tools' must be a list.", param="tools")
    return [{"type": "function", "function": {"name": t.get("name"), "description": t.get("description", ""),
                                              "parameters": t.get("input_schema") or {"type": "object"}}}
            for t in tools if isinstance(t, dict)]


def _tool_choice(choice: Any) -> Any:
    kind = choice.get("type") if isinstance(choice, dict) else None
    mapping = {"auto": "auto", "any": "required", "none": "none"}
    if kind in mapping:
        return mapping[kind]
    if kind == "tool":
        return {"type": "function", "function": {"name": choice.get("name")}}
    raise InvalidRequest("'tool_choice.type' must be auto, any, tool or none.", param="tool_choice")


def anthropic_to_openai_request(body: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(body.get("model"), str) or not body["model"]:
        raise InvalidRequest("model: Field required", param="model")
    max_tokens = body.get("max_tokens")
    if not isinstance(max_tokens, int) or isinstance(max_tokens, bool) or max_tokens < 1:
        raise InvalidRequest("max_tokens: Field required (a positive integer)", param="max_tokens")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise InvalidRequest("messages: Field required (a non-empty list)", param="messages")
    out: list[dict] = []
    if body.get("system") is not None:
        out.append({"role": "system", "content": _text_of(body["system"], "system")})
    for i, message in enumerate(messages):
        out += _convert_message(i, message)
    request: dict[str, Any] = {"model": body["model"], "messages": out, "max_tokens": max_tokens,
                               "stream": bool(body.get("stream"))}
    for name in ("temperature", "top_p"):
        if body.get(name) is not None:
            request[name] = body[name]
    if body.get("stop_sequences"):
        request["stop"] = body["stop_sequences"]
    if body.get("tools"):
        request["tools"] = _tools(body["tools"])
    if body.get("tool_choice") is not None:
        request["tool_choice"] = _tool_choice(body["tool_choice"])
    for name in GATEWAY_FIELDS:
        if name in body:
            request[name] = body[name]
    return request
