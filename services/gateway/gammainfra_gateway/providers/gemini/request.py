"""OpenAI chat request -> Gemini `GenerateContentRequest` (pure; no I/O).

Owns the request half of the translation: messages -> `contents` (roles user/model)
and `system_instruction`; sampling parameters -> `generationConfig`; tools and
tool_choice -> `tools` / `toolConfig`; assistant tool calls -> `functionCall` parts
and tool results -> `functionResponse` parts named after the call they answer.
Guarantees: the caller's body is never modified; OpenAI fields Gemini has no
equivalent for (user, parallel_tool_calls, stream_options, logit_bias, ...) are
dropped, never forwarded. Raises `TranslationError` naming the OpenAI parameter
(never quoting its content) for a request Gemini's format cannot express.
"""

from __future__ import annotations

import mimetypes
from typing import Any
from urllib.parse import urlsplit

import orjson

from .schema import to_gemini_schema

# Google's documented mapping for its own OpenAI-compatible endpoint.
THINKING_BUDGETS = {"none": 0, "low": 1024, "medium": 8192, "high": 24576}
TOOL_CHOICE_MODES = {"auto": "AUTO", "none": "NONE", "required": "ANY"}
DEFAULT_IMAGE_MIME = "image/jpeg"  # an image URL without a telling extension


class TranslationError(ValueError):
    """The request cannot be expressed in Gemini's format (a 400 for the client)."""

    def __init__(self, param: str, message: str) -> None:
        super().__init__(message)
        self.param = param

    def client_body(self) -> dict[str, Any]:
        return {"error": {"message": str(self), "type": "invalid_request_error", "param": self.param,
                          "code": "unsupported_for_provider"}}


def to_gemini_request(body: dict[str, Any]) -> dict[str, Any]:
    if body.get("functions") is not None:
        raise TranslationError("functions", "'functions' is deprecated and not supported here; use 'tools'.")
    contents, system_parts = _contents(body.get("messages") or [])
    request: dict[str, Any] = {"contents": contents}
    if system_parts:
        request["system_instruction"] = {"parts": system_parts}
    if config := _generation_config(body):
        request["generationConfig"] = config
    declarations = _declarations(body.get("tools"))
    if declarations:
        request["tools"] = [{"functionDeclarations": declarations}]
        if (choice := body.get("tool_choice")) is not None:
            request["toolConfig"] = {"functionCallingConfig": _calling_config(choice)}
    return request


# --- messages -------------------------------------------------------------------------------

def _contents(messages: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    contents: list[dict[str, Any]] = []
    system: list[dict[str, Any]] = []
    call_names: dict[str, str] = {}  # tool_call id -> function name, for the tool results
    results: dict[str, Any] | None = None  # the turn collecting consecutive tool results
    for i, message in enumerate(messages):
        role, content = message.get("role"), message.get("content")
        if role in ("tool", "function"):
            name = call_names.get(str(message.get("tool_call_id"))) if role == "tool" else message.get("name")
            if not isinstance(name, str) or not name:
                raise TranslationError(f"messages[{i}].tool_call_id",
                                       f"messages[{i}] answers no tool call of an earlier assistant message.")
            part = {"functionResponse": {"name": name, "response": _tool_result(content)}}
            if results is None:  # parallel calls are answered together, in one user turn
                results = {"role": "user", "parts": []}
                contents.append(results)
            results["parts"].append(part)
            continue
        results = None
        if role in ("system", "developer"):
            # Gemini has one system instruction: every system message joins it, in order.
            system += _text_parts(content, f"messages[{i}].content")
        elif role == "user":
            contents.append({"role": "user", "parts": _user_parts(content, i)})
        elif role == "assistant":
            parts = _text_parts(content, f"messages[{i}].content")
            for j, call in enumerate(message.get("tool_calls") or ()):
                name, args = _function_call(call, f"messages[{i}].tool_calls[{j}]")
                call_names[str(call.get("id"))] = name
                parts.append({"functionCall": {"name": name, "args": args}})
            if parts:  # an empty assistant turn carries nothing, and Gemini rejects empty parts
                contents.append({"role": "model", "parts": parts})
    return contents, system


def _text_parts(content: Any, param: str) -> list[dict[str, Any]]:
    if content is None or content == "":
        return []
    if isinstance(content, str):
        return [{"text": content}]
    if isinstance(content, list):
        parts = []
        for k, part in enumerate(content):
            kind = part.get("type") if isinstance(part, dict) else None
            if kind in ("text", "refusal") and isinstance(part.get(kind), str):
                parts.append({"text": part[kind]})
            else:
                raise TranslationError(f"{param}[{k}]", f"'{param}[{k}]' must be a text part.")
        return parts
    raise TranslationError(param, f"'{param}' must be a string or a list of parts.")


def _user_parts(content: Any, i: int) -> list[dict[str, Any]]:
    if not isinstance(content, list):
        return _text_parts(content, f"messages[{i}].content")
    parts = []
    for k, part in enumerate(content):
        param = f"messages[{i}].content[{k}]"
        kind = part.get("type") if isinstance(part, dict) else None
        if kind == "text" and isinstance(part.get("text"), str):
            parts.append({"text": part["text"]})
        elif kind == "image_url":
            image = part.get("image_url")
            url = image.get("url") if isinstance(image, dict) else image
            parts.append(_media_part(url, param))
        elif kind == "input_audio" and isinstance(part.get("input_audio"), dict):
            audio = part["input_audio"]
            parts.append({"inline_data": {"mime_type": f"audio/{audio.get('format') or 'wav'}",
                                          "data": audio.get("data") or ""}})
        elif kind == "file" and isinstance((part.get("file") or {}).get("file_data"), str):
            parts.append(_media_part(part["file"]["file_data"], param))
        else:
            raise TranslationError(param, f"'{param}' has a part type this provider does not accept.")
    return parts


def _media_part(url: Any, param: str) -> dict[str, Any]:
    if not isinstance(url, str) or not url:
        raise TranslationError(param, f"'{param}' needs a URL.")
    if url.startswith("data:"):
        header, sep, data = url[5:].partition(",")
        mime, _, encoding = header.partition(";")
        if not sep or encoding != "base64" or not mime:
            raise TranslationError(param, f"'{param}' must be a base64 data URL or an http(s) URL.")
        return {"inline_data": {"mime_type": mime, "data": data}}
    if urlsplit(url).scheme not in ("http", "https", "gs"):
        raise TranslationError(param, f"'{param}' must be a base64 data URL or an http(s) URL.")
    mime = mimetypes.guess_type(urlsplit(url).path)[0] or DEFAULT_IMAGE_MIME
    return {"file_data": {"file_uri": url, "mime_type": mime}}


def _function_call(call: Any, param: str) -> tuple[str, dict[str, Any]]:
    function = call.get("function") if isinstance(call, dict) else None
    if not isinstance(function, dict) or not isinstance(function.get("name"), str):
        raise TranslationError(f"{param}.function", f"'{param}.function' needs a name.")
    raw = function.get("arguments") or "{}"
    try:
        args = orjson.loads(raw) if isinstance(raw, str) else raw
    except orjson.JSONDecodeError:
        raise TranslationError(f"{param}.function.arguments",
                               f"'{param}.function.arguments' is not valid JSON.") from None
    if not isinstance(args, dict):
        raise TranslationError(f"{param}.function.arguments", f"'{param}.function.arguments' must be a JSON object.")
    return function["name"], args


def _tool_result(content: Any) -> dict[str, Any]:
    # functionResponse.response must be an object: a JSON object result is passed as
    # is, anything else (plain text, a JSON list or number) is wrapped.
    if isinstance(content, list):
        content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
    if not isinstance(content, str):
        return {"result": content}
    try:
        parsed = orjson.loads(content)
    except orjson.JSONDecodeError:
        return {"result": content}
    return parsed if isinstance(parsed, dict) else {"result": parsed}


# --- parameters and tools -------------------------------------------------------------------

def _generation_config(body: dict[str, Any]) -> dict[str, Any]:
    config: dict[str, Any] = {}
    for openai_name, gemini_name in (("temperature", "temperature"), ("top_p", "topP"), ("n", "candidateCount"),
                                     ("presence_penalty", "presencePenalty"),
                                     ("frequency_penalty", "frequencyPenalty"), ("seed", "seed")):
        if body.get(openai_name) is not None:
            config[gemini_name] = body[openai_name]
    # max_completion_tokens is OpenAI's current name and wins over the legacy one.
    limit = body.get("max_completion_tokens")
    limit = body.get("max_tokens") if limit is None else limit
    if limit is not None:
        config["maxOutputTokens"] = limit
    stop = body.get("stop")
    if stop:
        config["stopSequences"] = [stop] if isinstance(stop, str) else list(stop)
    config.update(_response_format(body.get("response_format")))
    effort = body.get("reasoning_effort")
    if effort in THINKING_BUDGETS:
        config["thinkingConfig"] = {"thinkingBudget": THINKING_BUDGETS[effort]}
    return config


def _response_format(spec: Any) -> dict[str, Any]:
    kind = spec.get("type") if isinstance(spec, dict) else None
    if kind in (None, "text"):
        return {}
    if kind == "json_object":
        return {"responseMimeType": "application/json"}
    if kind == "json_schema":
        schema = (spec.get("json_schema") or {}).get("schema")
        out: dict[str, Any] = {"responseMimeType": "application/json"}
        if isinstance(schema, dict):
            out["responseSchema"] = to_gemini_schema(schema)
        return out
    raise TranslationError("response_format.type", "'response_format.type' must be text, json_object or json_schema.")


def _declarations(tools: Any) -> list[dict[str, Any]]:
    declarations = []
    for i, tool in enumerate(tools or ()):
        function = tool.get("function") if isinstance(tool, dict) else None
        if not isinstance(tool, dict) or tool.get("type", "function") != "function" or not isinstance(function, dict):
            raise TranslationError(f"tools[{i}]", f"'tools[{i}]' must be a function tool.")
        if not isinstance(function.get("name"), str) or not function["name"]:
            raise TranslationError(f"tools[{i}].function.name", f"'tools[{i}].function.name' is required.")
        declaration = {"name": function["name"]}
        if function.get("description"):
            declaration["description"] = function["description"]
        parameters = to_gemini_schema(function.get("parameters"))
        # Gemini rejects an OBJECT without properties ("should be non-empty"): a function
        # without arguments is declared without parameters.
        if parameters.get("properties"):
            declaration["parameters"] = parameters
        declarations.append(declaration)
    return declarations


def _calling_config(choice: Any) -> dict[str, Any]:
    if isinstance(choice, str) and choice in TOOL_CHOICE_MODES:
        return {"mode": TOOL_CHOICE_MODES[choice]}
    name = (choice.get("function") or {}).get("name") if isinstance(choice, dict) else None
    if not isinstance(name, str) or not name:
        raise TranslationError("tool_choice", "'tool_choice' must be auto, none, required or a named function.")
    return {"mode": "ANY", "allowedFunctionNames": [name]}
