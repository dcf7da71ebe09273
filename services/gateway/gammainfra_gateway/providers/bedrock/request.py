"""OpenAI chat request -> Bedrock Converse request body (pure, no I/O).

Owns: the mapping of messages (system/developer -> `system`, user/assistant turns
with `text`, `image`, `toolUse` blocks, `role: tool` -> `toolResult` blocks in a user
turn), sampling parameters -> `inferenceConfig`, and tools -> `toolConfig`.
Guarantees: consecutive messages that land on the same Converse role are merged into
one turn (Converse requires user and assistant turns to alternate); `maxTokens` is
always set (the catalog default when the client set none); fields Converse has no
equivalent for (seed, n, logprobs, response_format, ...) are dropped.
Raises `Untranslatable` (a 400 for the client) for input Converse cannot take.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any

import orjson

# Converse takes image bytes only (or S3 locations); it never fetches a URL.
_DATA_URL = re.compile(r"data:image/(?P<format>[a-zA-Z]+);base64,(?P<data>.*)", re.DOTALL)
_IMAGE_FORMATS = {"png": "png", "jpeg": "jpeg", "jpg": "jpeg", "gif": "gif", "webp": "webp"}


class Untranslatable(ValueError):
    """The request uses something Converse cannot express; `param` names it."""

    def __init__(self, message: str, param: str) -> None:
        super().__init__(message)
        self.message = message
        self.param = param


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p.get("text") or "" for p in content if isinstance(p, dict) and p.get("type") == "text")
    return ""


def _image(part: dict[str, Any], where: str) -> dict[str, Any]:
    image_url = part.get("image_url")
    url = image_url.get("url") if isinstance(image_url, dict) else image_url
    match = _DATA_URL.fullmatch(url) if isinstance(url, str) else None
    if match is None:
        raise Untranslatable("Amazon Bedrock accepts images only as base64 data URLs "
                             "(data:image/png;base64,...).", f"{where}.image_url")
    image_format = _IMAGE_FORMATS.get(match["format"].lower())
    if image_format is None:
        raise Untranslatable(f"Amazon Bedrock does not accept image/{match['format']} images; "
                             "use png, jpeg, gif or webp.", f"{where}.image_url")
    data = match["data"].strip()
    try:
        base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise Untranslatable("The image data URL is not valid base64.", f"{where}.image_url") from None
    # The JSON form of a Converse blob is its base64 text: the client's bytes pass as they are.
    return {"image": {"format": image_format, "source": {"bytes": data}}}


def _user_blocks(content: Any, where: str) -> list[dict[str, Any]]:
    if isinstance(content, str):
        return [{"text": content}] if content else []
    blocks: list[dict[str, Any]] = []
    for i, part in enumerate(content if isinstance(content, list) else ()):
        kind = part.get("type") if isinstance(part, dict) else None
        if kind == "text" and part.get("text"):
            blocks.append({"text": part["text"]})
        elif kind == "image_url":
            blocks.append(_image(part, f"{where}.content[{i}]"))
        elif kind != "text":
            raise Untranslatable(f"Content parts of type {kind!r} are not supported on Amazon Bedrock.",
                                 f"{where}.content[{i}]")
    return blocks


def _tool_use(call: Any, where: str) -> dict[str, Any]:
    function = call.get("function") if isinstance(call, dict) else None
    if not isinstance(function, dict) or not function.get("name") or not call.get("id"):
        raise Untranslatable("A tool call needs an id and a function name.", where)
    try:
        arguments = orjson.loads(function.get("arguments") or "{}")
    except orjson.JSONDecodeError:
        arguments = None
    if not isinstance(arguments, dict):
        raise Untranslatable("Tool call arguments must be a JSON object.", f"{where}.function.arguments")
    return {"toolUse": {"toolUseId": call["id"], "name": function["name"], "input": arguments}}


def _turn(message: dict[str, Any], where: str) -> tuple[str, list[dict[str, Any]]]:
    role = message["role"]
    if role == "user":
        return "user", _user_blocks(message.get("content"), where)
    if role == "assistant":
        text = _text_of(message.get("content"))
        blocks = [{"text": text}] if text else []
        blocks += [_tool_use(c, f"{where}.tool_calls[{i}]") for i, c in enumerate(message.get("tool_calls") or ())]
        return "assistant", blocks
    if role == "tool":
        if not message.get("tool_call_id"):
            raise Untranslatable("A tool message needs its 'tool_call_id'.", f"{where}.tool_call_id")
        return "user", [{"toolResult": {"toolUseId": message["tool_call_id"],
                                        "content": [{"text": _text_of(message.get("content"))}]}}]
    raise Untranslatable(f"Messages with role {role!r} are not supported on Amazon Bedrock; use tools.",
                         f"{where}.role")


def _messages(messages: list[dict[str, Any]]) -> tuple[list[dict[str, str]], list[dict[str, Any]]]:
    system: list[dict[str, str]] = []
    turns: list[dict[str, Any]] = []
    for i, message in enumerate(messages):
        if message["role"] in ("system", "developer"):
            text = _text_of(message.get("content"))
            if text:
                system.append({"text": text})
            continue
        role, blocks = _turn(message, f"messages[{i}]")
        if not blocks:
            continue  # Converse rejects empty turns and blank text blocks
        if turns and turns[-1]["role"] == role:
            turns[-1]["content"] += blocks
        else:
            turns.append({"role": role, "content": blocks})
    return system, turns


def _tool_config(body: dict[str, Any], turns: list[dict[str, Any]]) -> dict[str, Any] | None:
    tools = [t for t in body.get("tools") or () if isinstance(t, dict) and t.get("type", "function") == "function"]
    choice = body.get("tool_choice")
    uses_tools = any("toolUse" in b or "toolResult" in b for t in turns for b in t["content"])
    # Converse has no "none": drop the tools, unless the history has tool blocks, which
    # Converse only accepts next to a toolConfig (the model then decides).
    if not tools or (choice == "none" and not uses_tools):
        return None
    specs = []
    for i, tool in enumerate(tools):
        function = tool.get("function") or {}
        if not function.get("name"):
            raise Untranslatable("Every tool needs a function name.", f"tools[{i}].function.name")
        spec: dict[str, Any] = {"name": function["name"],
                                "inputSchema": {"json": function.get("parameters") or {"type": "object",
                                                                                       "properties": {}}}}
        if function.get("description"):
            spec["description"] = function["description"]
        specs.append({"toolSpec": spec})
    config: dict[str, Any] = {"tools": specs}
    if choice == "required":
        config["toolChoice"] = {"any": {}}
    elif isinstance(choice, dict) and (choice.get("function") or {}).get("name"):
        config["toolChoice"] = {"tool": {"name": choice["function"]["name"]}}
    elif choice == "auto":
        config["toolChoice"] = {"auto": {}}
    return config


def to_converse(body: dict[str, Any], default_max_tokens: int) -> dict[str, Any]:
    """The Converse request body for an OpenAI chat request (`body` is not modified)."""
    system, turns = _messages(body["messages"])
    if not turns:
        raise Untranslatable("Amazon Bedrock needs at least one user message.", "messages")
    inference: dict[str, Any] = {
        "maxTokens": body.get("max_completion_tokens") or body.get("max_tokens") or default_max_tokens}
    if body.get("temperature") is not None:
        inference["temperature"] = body["temperature"]
    if body.get("top_p") is not None:
        inference["topP"] = body["top_p"]
    stop = body.get("stop")
    if stop:
        inference["stopSequences"] = [stop] if isinstance(stop, str) else list(stop)
    converse: dict[str, Any] = {"messages": turns, "inferenceConfig": inference}
    if system:
        converse["system"] = system
    tool_config = _tool_config(body, turns)
    if tool_config is not None:
        converse["toolConfig"] = tool_config
    return converse
