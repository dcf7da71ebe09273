"""Anthropic's Messages wire format, inbound side: request validation and error bodies
exactly as Anthropic sends them (`{"type": "error", "error": {type, message},
"request_id"}`).

Owns: what `POST /v1/messages` accepts and how it refuses — required `model`,
`max_tokens` and non-empty `messages`, roles user/assistant only, no unknown fields
(Anthropic rejects "extra inputs"), temperature in [0, 1], every `tool_result`
answering a `tool_use` of the message just before it (and vice versa), tools
defined whenever tool blocks appear. Raises `AnthropicError` (an HTTP status plus
Anthropic's error type and message). No I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import orjson

__all__ = ["AnthropicError", "MessagesRequest", "fault_error", "invalid", "parse_body",
           "parse_messages", "version_error"]

# Dated API versions: the gateway pins 2023-06-01, the official SDK sends its own newer
# date; anything not a date, or older than the first version, is refused.
OLDEST_VERSION = "2023-01-01"
_VERSION = re.compile(r"\d{4}-\d{2}-\d{2}")
_FIELDS = {"model", "messages", "max_tokens", "system", "stop_sequences", "stream", "temperature", "top_p", "top_k",
           "tools", "tool_choice", "metadata", "thinking", "service_tier", "container", "mcp_servers", "cache_control",
           "context_management", "diagnostics", "inference_geo", "output_config", "speed"}
_BLOCKS = {"text", "image", "document", "tool_use", "tool_result", "thinking", "redacted_thinking"}
_TOOL_CHOICES = ("auto", "any", "tool", "none")


class AnthropicError(Exception):
    def __init__(self, status: int, type_: str, message: str) -> None:
        super().__init__(message)
        self.status, self.type, self.message = status, type_, message

    def body(self, request_id: str) -> bytes:
        return orjson.dumps({"type": "error", "error": {"type": self.type, "message": self.message},
                             "request_id": request_id})


def invalid(message: str) -> AnthropicError:
    return AnthropicError(400, "invalid_request_error", message)


# status -> (type, message) of Anthropic's own answer with that status.
_FAULTS: dict[int, tuple[str, str]] = {
    400: ("invalid_request_error", "Invalid request."),
    401: ("authentication_error", "invalid x-api-key"),
    402: ("billing_error", "Your credit balance is too low to access the Anthropic API."),
    403: ("permission_error", "Your API key does not have permission to use the specified resource."),
    404: ("not_found_error", "The requested resource could not be found."),
    413: ("request_too_large", "Request exceeds the maximum allowed number of bytes."),
    429: ("rate_limit_error",
          "This request would exceed your organization's rate limit. Please try again in {retry}s."),
    500: ("api_error", "Internal server error"),
    504: ("timeout_error", "Request timed out"),
    529: ("overloaded_error", "Overloaded"),
}


def fault_error(status: int, retry_after_s: int = 1) -> AnthropicError:
    """The error Anthropic answers with `status` (injected by a fault knob)."""
    default = ("api_error", "Internal server error") if status >= 500 else ("invalid_request_error", "Invalid request.")
    type_, message = _FAULTS.get(status, default)
    return AnthropicError(status, type_, message.format(retry=retry_after_s))


def version_error(version: str | None) -> AnthropicError | None:
    """Why the `anthropic-version` header is refused, or None when it is accepted."""
    if version is None:
        return invalid("anthropic-version: header is required")
    if not _VERSION.fullmatch(version) or version < OLDEST_VERSION:
        return invalid(f"anthropic-version: invalid version '{version}'")
    return None


@dataclass(frozen=True, slots=True)
class MessagesRequest:
    model: str
    max_tokens: int
    messages: list[dict[str, Any]]
    system: Any                        # a string, text blocks, or None
    stream: bool
    tools: list[dict[str, Any]]
    tool_choice: dict[str, Any] | None
    stop_sequences: list[str]
    tools_text: str                    # serialized tools: they count as input tokens


def parse_body(raw: bytes) -> dict[str, Any]:
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError:
        body = None
    if not isinstance(body, dict):
        raise invalid("There was an issue with your request body: it must be a JSON object.")
    return body


def _number(body: dict[str, Any], name: str, low: float, high: float | None) -> None:
    value = body.get(name)
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise invalid(f"{name}: Input should be a valid number")
    if value < low:
        raise invalid(f"{name}: Input should be greater than or equal to {low}")
    if high is not None and value > high:
        raise invalid(f"{name}: Input should be less than or equal to {high}")


def _check_block(block: Any, where: str) -> dict[str, Any]:
    if not isinstance(block, dict) or block.get("type") not in _BLOCKS:
        raise invalid(f"{where}.type: Input tag is not one of the expected tags: {', '.join(sorted(_BLOCKS))}")
    kind = block["type"]
    if kind == "text" and (not isinstance(block.get("text"), str) or not block["text"]):
        raise invalid(f"{where}: text content blocks must be non-empty")
    if kind == "image":
        source = block.get("source") if isinstance(block.get("source"), dict) else {}
        if not ((source.get("type") == "base64" and isinstance(source.get("data"), str)
                 and source.get("media_type") in ("image/jpeg", "image/png", "image/gif", "image/webp"))
                or (source.get("type") == "url" and isinstance(source.get("url"), str))):
            raise invalid(f"{where}.source: Input should be a valid base64 or url image source")
    if kind == "tool_use" and not (isinstance(block.get("id"), str) and isinstance(block.get("name"), str)
                                   and isinstance(block.get("input"), dict)):
        raise invalid(f"{where}: tool_use blocks need a string id and name and an object input")
    if kind == "tool_result" and not isinstance(block.get("tool_use_id"), str):
        raise invalid(f"{where}.tool_use_id: Field required")
    return block


def _ids(content: Any, kind: str, key: str) -> list[str]:
    return [b[key] for b in content if b["type"] == kind] if isinstance(content, list) else []


def _check_messages(messages: Any) -> list[dict[str, Any]]:
    if messages is None:
        raise invalid("messages: Field required")
    if not isinstance(messages, list) or not messages:
        raise invalid("messages: at least one message is required")
    for i, message in enumerate(messages):
        if not isinstance(message, dict) or message.get("role") not in ("user", "assistant"):
            raise invalid(f"messages.{i}.role: Input should be 'user' or 'assistant'")
        content = message.get("content")
        if isinstance(content, list):
            for j, block in enumerate(content):
                _check_block(block, f"messages.{i}.content.{j}")
        elif not isinstance(content, str):
            raise invalid(f"messages.{i}.content: Input should be a valid string or list of content blocks")
        if not content and not (i == len(messages) - 1 and message["role"] == "assistant"):
            raise invalid(f"messages.{i}: all messages must have non-empty content except for the optional "
                          "final assistant message")
    for i, message in enumerate(messages):
        uses = _ids(message["content"], "tool_use", "id")
        results = _ids(messages[i + 1]["content"], "tool_result", "tool_use_id") if i + 1 < len(messages) else None
        if uses and results is not None and set(uses) - set(results):
            raise invalid(f"messages.{i + 1}: `tool_use` ids were found without `tool_result` blocks immediately "
                          f"after: {', '.join(sorted(set(uses) - set(results)))}. Each `tool_use` block must have a "
                          "corresponding `tool_result` block in the next message.")
        previous = _ids(messages[i - 1]["content"], "tool_use", "id") if i else []
        for tool_use_id in _ids(message["content"], "tool_result", "tool_use_id"):
            if tool_use_id not in previous:
                raise invalid(f"messages.{i}: unexpected `tool_use_id` found in `tool_result` blocks: {tool_use_id}. "
                              "Each `tool_result` block must have a corresponding `tool_use` block in the previous "
                              "message.")
    return messages


def _check_tools(tools: Any) -> list[dict[str, Any]]:
    if tools is None:
        return []
    if not isinstance(tools, list):
        raise invalid("tools: Input should be a valid list")
    for i, tool in enumerate(tools):
        if not isinstance(tool, dict) or not isinstance(tool.get("name"), str):
            raise invalid(f"tools.{i}.custom.name: Field required")
        schema = tool.get("input_schema")
        if not isinstance(schema, dict) or schema.get("type") != "object":
            raise invalid(f"tools.{i}.custom.input_schema: Input should be a JSON schema of type object")
    return tools


def _check_tool_choice(choice: Any) -> dict[str, Any] | None:
    if choice is None:
        return None
    if not isinstance(choice, dict) or choice.get("type") not in _TOOL_CHOICES:
        raise invalid(f"tool_choice: Input tag is not one of the expected tags: {', '.join(_TOOL_CHOICES)}")
    if choice["type"] == "tool" and not isinstance(choice.get("name"), str):
        raise invalid("tool_choice.tool.name: Field required")
    return choice


def _check_system(system: Any) -> Any:
    if system is None or isinstance(system, str):
        return system
    if not isinstance(system, list):
        raise invalid("system: Input should be a valid string or list of text blocks")
    for j, block in enumerate(system):
        if _check_block(block, f"system.{j}")["type"] != "text":
            raise invalid(f"system.{j}.type: Input should be 'text'")
    return system


def parse_messages(body: dict[str, Any]) -> MessagesRequest:
    extra = sorted(set(body) - _FIELDS)
    if extra:
        raise invalid(f"{extra[0]}: Extra inputs are not permitted")
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise invalid("model: Field required")
    max_tokens = body.get("max_tokens")
    if max_tokens is None:
        raise invalid("max_tokens: Field required")
    if isinstance(max_tokens, bool) or not isinstance(max_tokens, int):
        raise invalid("max_tokens: Input should be a valid integer")
    if max_tokens < 1:
        raise invalid("max_tokens: Input should be greater than or equal to 1")
    messages = _check_messages(body.get("messages"))
    _number(body, "temperature", 0, 1)
    _number(body, "top_p", 0, 1)
    _number(body, "top_k", 0, None)
    stream = body.get("stream")
    if stream is not None and not isinstance(stream, bool):
        raise invalid("stream: Input should be a valid boolean")
    stop = body.get("stop_sequences") or []
    if not isinstance(stop, list) or not all(isinstance(s, str) for s in stop):
        raise invalid("stop_sequences: Input should be a valid list of strings")
    tools = _check_tools(body.get("tools"))
    if not tools and any(_ids(m["content"], "tool_use", "id") or _ids(m["content"], "tool_result", "tool_use_id")
                         for m in messages):
        raise invalid("Requests which include `tool_use` or `tool_result` blocks must define tools.")
    return MessagesRequest(model, max_tokens, messages, _check_system(body.get("system")), bool(stream), tools,
                           _check_tool_choice(body.get("tool_choice")), stop,
                           orjson.dumps(tools).decode() if tools else "")
