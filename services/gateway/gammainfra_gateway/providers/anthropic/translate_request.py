"""An OpenAI chat request as an Anthropic Messages request.

Owns `openai_to_anthropic_request`: system and developer messages become the
top-level `system`; user, assistant and tool messages become alternating turns of
content blocks (consecutive same-role turns merged, as Anthropic requires, tool
results first in their user turn); images, tools, tool_choice, stop, max tokens,
sampling. Pure and total over valid OpenAI input: what Anthropic cannot express
raises `TranslationError` naming the OpenAI parameter. Anthropic rejects unknown
fields, so only fields it knows are sent; OpenAI-only knobs (seed, penalties,
logprobs, response_format, ...) are dropped. The input is never modified.
"""

from __future__ import annotations

from typing import Any

import orjson

# Anthropic's temperature range is [0, 1]; OpenAI's is [0, 2]. Above 1 means "as
# random as possible" to an OpenAI client, which at Anthropic is 1.
MAX_TEMPERATURE = 1.0


class TranslationError(ValueError):
    """The request cannot be expressed in Anthropic's format."""

    def __init__(self, message: str, param: str | None = None) -> None:
        super().__init__(message)
        self.param = param


def _text_block(text: str, part: dict[str, Any] | None = None) -> dict[str, Any]:
    block: dict[str, Any] = {"type": "text", "text": text}
    if part is not None and isinstance(part.get("cache_control"), dict):
        block["cache_control"] = part["cache_control"]  # prompt caching hints ride along
    return block


def _image_block(part: dict[str, Any], param: str) -> dict[str, Any]:
    image = part.get("image_url")
    url = image.get("url") if isinstance(image, dict) else image
    if not isinstance(url, str) or not url:
        raise TranslationError("An image_url part needs a url.", param)
    if url.startswith("data:"):
        header, sep, data = url[5:].partition(",")
        media_type, _, encoding = header.partition(";")
        if not sep or encoding != "base64" or not media_type:
            raise TranslationError("An image data URL must look like data:<media type>;base64,<data>.", param)
        return {"type": "image", "source": {"type": "base64", "media_type": media_type, "data": data}}
    return {"type": "image", "source": {"type": "url", "url": url}}


def _file_block(part: dict[str, Any], param: str) -> dict[str, Any]:
    data = (part.get("file") or {}).get("file_data") if isinstance(part.get("file"), dict) else None
    if not isinstance(data, str) or not data.startswith("data:application/pdf;base64,"):
        raise TranslationError("Only PDF files sent as file_data (a base64 data URL) can be passed on.", param)
    return {"type": "document", "source": {"type": "base64", "media_type": "application/pdf",
                                           "data": data.partition(",")[2]}}


def _blocks(content: Any, param: str) -> list[dict[str, Any]]:
    """OpenAI message content (a string or parts) as Anthropic content blocks; empty
    text is left out (Anthropic rejects empty text blocks)."""
    if content is None:
        return []
    if isinstance(content, str):
        return [_text_block(content)] if content else []
    if not isinstance(content, list):
        raise TranslationError("Message content must be a string or a list of parts.", param)
    blocks = []
    for i, part in enumerate(content):
        kind = part.get("type") if isinstance(part, dict) else None
        if kind == "text" and isinstance(part.get("text"), str):
            if part["text"]:
                blocks.append(_text_block(part["text"], part))
        elif kind == "image_url":
            blocks.append(_image_block(part, f"{param}[{i}]"))
        elif kind == "file":
            blocks.append(_file_block(part, f"{param}[{i}]"))
        elif kind == "refusal":
            continue  # an assistant's earlier refusal is not something to send back
        else:
            raise TranslationError(f"Content parts of type {kind!r} cannot be sent to this provider.",
                                   f"{param}[{i}]")
    return blocks


def _system(messages: list[dict[str, Any]]) -> str | list[dict[str, Any]] | None:
    parts: list[dict[str, Any]] = []
    for i, message in enumerate(messages):
        if message.get("role") in ("system", "developer"):
            parts += _blocks(message.get("content"), f"messages[{i}].content")
    if not parts:
        return None
    if len(parts) == 1 and set(parts[0]) == {"type", "text"}:
        return parts[0]["text"]
    return parts


def _tool_use(call: Any, param: str) -> dict[str, Any]:
    function = call.get("function") if isinstance(call, dict) else None
    if not isinstance(function, dict) or not isinstance(function.get("name"), str):
        raise TranslationError("A tool call needs a function name.", param)
    arguments = function.get("arguments") or "{}"
    try:
        parsed = orjson.loads(arguments) if isinstance(arguments, str) else arguments
    except orjson.JSONDecodeError:
        parsed = None
    if not isinstance(parsed, dict):
        raise TranslationError("Tool call arguments must be a JSON object.", f"{param}.function.arguments")
    return {"type": "tool_use", "id": call.get("id"), "name": function["name"], "input": parsed}


def _turn(message: dict[str, Any], i: int) -> tuple[str, list[dict[str, Any]]]:
    role, param = message.get("role"), f"messages[{i}]"
    if role == "user":
        return "user", _blocks(message.get("content"), f"{param}.content")
    if role == "assistant":
        blocks = _blocks(message.get("content"), f"{param}.content")
        blocks += [_tool_use(call, f"{param}.tool_calls[{j}]")
                   for j, call in enumerate(message.get("tool_calls") or ())]
        return "assistant", blocks
    if role == "tool":
        content = message.get("content")
        result: dict[str, Any] = {"type": "tool_result", "tool_use_id": message.get("tool_call_id")}
        if isinstance(content, str):
            result["content"] = content
        else:
            result["content"] = _blocks(content, f"{param}.content")
        return "user", [result]
    raise TranslationError(f"Messages with role {role!r} cannot be sent to this provider; use tools.",
                           f"{param}.role")


def _messages(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    turns: list[dict[str, Any]] = []
    for i, message in enumerate(messages):
        if message.get("role") in ("system", "developer"):
            continue
        role, blocks = _turn(message, i)
        if role == "assistant" and not blocks:
            continue  # an empty assistant turn says nothing, and Anthropic refuses empty content
        if turns and turns[-1]["role"] == role:
            turns[-1]["content"] += blocks
        else:
            turns.append({"role": role, "content": blocks})
    for turn in turns:
        # Anthropic wants a user turn's tool results before any text in it.
        turn["content"].sort(key=lambda block: block["type"] != "tool_result")
        if len(turn["content"]) == 1 and set(turn["content"][0]) == {"type", "text"}:
            turn["content"] = turn["content"][0]["text"]  # the plain form, as people write it
    return turns


def _tools(tools: list[Any]) -> list[dict[str, Any]]:
    out = []
    for i, tool in enumerate(tools):
        function = tool.get("function") if isinstance(tool, dict) else None
        if not isinstance(function, dict) or not isinstance(function.get("name"), str):
            raise TranslationError("Each tool needs a function with a name.", f"tools[{i}]")
        converted: dict[str, Any] = {"name": function["name"]}
        if function.get("description"):
            converted["description"] = function["description"]
        converted["input_schema"] = function.get("parameters") or {"type": "object", "properties": {}}
        out.append(converted)
    return out


def _tool_choice(choice: Any, parallel: Any) -> dict[str, Any] | None:
    if choice is None or choice == "auto":
        result: dict[str, Any] | None = {"type": "auto"} if parallel is False else None
    elif choice == "required":
        result = {"type": "any"}
    elif choice == "none":
        result = {"type": "none"}
    elif isinstance(choice, dict) and isinstance((choice.get("function") or {}).get("name"), str):
        result = {"type": "tool", "name": choice["function"]["name"]}
    else:
        raise TranslationError("tool_choice must be auto, none, required or a named function.", "tool_choice")
    if result is not None and parallel is False and result["type"] != "none":
        result["disable_parallel_tool_use"] = True
    return result


def _has_tool_blocks(turns: list[dict[str, Any]]) -> bool:
    return any(isinstance(t["content"], list) and any(b["type"] in ("tool_use", "tool_result") for b in t["content"])
               for t in turns)


def openai_to_anthropic_request(body: dict[str, Any], *, upstream_model: str,
                                default_max_tokens: int) -> dict[str, Any]:
    """The Anthropic Messages body for an OpenAI chat body. `max_tokens` is required
    by Anthropic: the client's, else `default_max_tokens` (the catalog's)."""
    if (body.get("n") or 1) > 1:
        raise TranslationError("This provider returns one choice per request (n must be 1).", "n")
    if body.get("functions") or body.get("function_call"):
        raise TranslationError("The legacy functions parameter is not supported here; use tools.", "functions")
    messages = body.get("messages") or []
    turns = _messages(messages)
    out: dict[str, Any] = {"model": upstream_model,
                           "max_tokens": body.get("max_completion_tokens") or body.get("max_tokens")
                           or default_max_tokens,
                           "messages": turns}
    system = _system(messages)
    if system is not None:
        out["system"] = system
    stop = body.get("stop")
    if stop:
        out["stop_sequences"] = [stop] if isinstance(stop, str) else list(stop)
    if body.get("temperature") is not None:
        out["temperature"] = min(float(body["temperature"]), MAX_TEMPERATURE)
    for name in ("top_p", "top_k"):
        if body.get(name) is not None:
            out[name] = body[name]
    if isinstance(body.get("user"), str) and body["user"]:
        out["metadata"] = {"user_id": body["user"]}
    if body.get("tools"):
        choice = _tool_choice(body.get("tool_choice"), body.get("parallel_tool_calls"))
        # "none" drops the tools, unless earlier turns used them: Anthropic then needs
        # their definitions, and says "none" itself.
        if choice is None or choice["type"] != "none" or _has_tool_blocks(turns):
            out["tools"] = _tools(body["tools"])
            if choice is not None:
                out["tool_choice"] = choice
    if body.get("stream"):
        out["stream"] = True
    return out
