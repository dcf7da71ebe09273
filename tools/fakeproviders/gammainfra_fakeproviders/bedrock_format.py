"""Bedrock Converse's wire format, inbound side: validating a Converse request the
way Bedrock does, and Bedrock's error answers.

Owns: `parse_converse` (JSON body -> `ConverseRequest`, or `BedrockError` 400
ValidationException with Bedrock's wording), `BedrockError` (status, the
`x-amzn-errortype` name, `{"message": ...}` body) and `fault_error` (the error for an
injected status). Guarantees: every rule Converse enforces that a client is likely to
break is checked (roles alternate and start with the user, no blank text, tool
blocks need a toolConfig, inferenceConfig ranges). No I/O.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from typing import Any

import orjson

__all__ = ["BedrockError", "ConverseRequest", "fault_error", "parse_converse"]

_BLOCKS = {"text", "image", "document", "video", "audio", "toolUse", "toolResult", "guardContent", "cachePoint",
           "reasoningContent", "citationsContent", "searchResult"}
_IMAGE_FORMATS = {"png", "jpeg", "gif", "webp"}


class BedrockError(Exception):
    def __init__(self, status: int, error_type: str, message: str) -> None:
        super().__init__(message)
        self.status, self.error_type, self.message = status, error_type, message

    def body(self) -> bytes:
        return orjson.dumps({"message": self.message})

    def headers(self) -> dict[str, str]:
        # Bedrock's header carries the error name, then the model's namespace.
        return {"x-amzn-errortype": f"{self.error_type}:http://internal.amazon.com/coral/com.amazon.bedrock/"}


_FAULTS = {
    400: ("ValidationException", "Malformed input request, please reformat your input and try again."),
    401: ("UnrecognizedClientException", "The security token included in the request is invalid."),
    403: ("AccessDeniedException", "You don't have access to the model with the specified model ID."),
    404: ("ResourceNotFoundException", "Could not resolve the foundation model from the provided model identifier."),
    408: ("ModelTimeoutException", "Model has timed out in processing the request. Try your request again."),
    424: ("ModelErrorException", "The model encountered an error processing the request."),
    429: ("ThrottlingException", "Too many requests, please wait before trying again."),
    500: ("InternalServerException", "The server encountered an internal error while processing the request."),
    503: ("ServiceUnavailableException", "Bedrock is unable to process your request."),
}


def fault_error(status: int) -> BedrockError:
    default = _FAULTS[500] if status >= 500 else _FAULTS[400]
    error_type, message = _FAULTS.get(status, default)
    return BedrockError(status, error_type, message)


def _invalid(message: str) -> BedrockError:
    return BedrockError(400, "ValidationException", message)


@dataclass(frozen=True, slots=True)
class ConverseRequest:
    model_id: str
    messages: list[dict[str, Any]]
    system_text: str = ""
    max_tokens: int | None = None
    stop_sequences: list[str] = field(default_factory=list)
    tools: list[dict[str, Any]] = field(default_factory=list)   # the toolSpec objects
    tool_choice: dict[str, Any] | None = None


def _check_block(block: Any, where: str) -> None:
    if not isinstance(block, dict) or len(block) != 1 or next(iter(block)) not in _BLOCKS:
        raise _invalid(f"The content block at {where} must have exactly one member of: {sorted(_BLOCKS)}.")
    if "text" in block and (not isinstance(block["text"], str) or not block["text"].strip()):
        raise _invalid(f"The text field in the ContentBlock object at {where} is blank. "
                       "Add text to the text field, and try again.")
    if "image" in block:
        image = block["image"] if isinstance(block["image"], dict) else {}
        if image.get("format") not in _IMAGE_FORMATS:
            raise _invalid(f"Value at '{where}.image.format' failed to satisfy constraint: "
                           "Member must satisfy enum value set: [png, jpeg, gif, webp]")
        try:
            base64.b64decode((image.get("source") or {}).get("bytes") or "", validate=True)
        except (binascii.Error, ValueError, TypeError):
            raise _invalid(f"Invalid base64 image bytes at '{where}.image.source.bytes'.") from None


def _check_messages(messages: Any) -> bool:
    """Whether any tool block is used."""
    if not isinstance(messages, list) or not messages:
        raise _invalid("1 validation error detected: Value at 'messages' failed to satisfy constraint: "
                       "Member must have length greater than or equal to 1")
    uses_tools, previous = False, None
    for i, message in enumerate(messages):
        role = message.get("role") if isinstance(message, dict) else None
        if role not in ("user", "assistant"):
            raise _invalid(f"1 validation error detected: Value '{role}' at 'messages.{i + 1}.member.role' failed "
                           "to satisfy constraint: Member must satisfy enum value set: [user, assistant]")
        if i == 0 and role != "user":
            raise _invalid("A conversation must start with a user message. "
                           "Try again with a conversation that starts with a user message.")
        if role == previous:
            raise _invalid("A conversation must alternate between user and assistant roles. Make sure the "
                           "conversation alternates between user and assistant roles and try again.")
        previous = role
        content = message.get("content")
        if not isinstance(content, list) or not content:
            raise _invalid(f"The content field in the Message object at messages.{i} is empty. "
                           "Add a ContentBlock object to the content field and try again.")
        for j, block in enumerate(content):
            _check_block(block, f"messages.{i}.content.{j}")
            uses_tools = uses_tools or "toolUse" in block or "toolResult" in block
    return uses_tools


def _inference(config: Any) -> tuple[int | None, list[str]]:
    config = config if isinstance(config, dict) else {}
    max_tokens = config.get("maxTokens")
    if max_tokens is not None and (type(max_tokens) is not int or max_tokens < 1):
        raise _invalid("1 validation error detected: Value at 'inferenceConfig.maxTokens' failed to satisfy "
                       "constraint: Member must have value greater than or equal to 1")
    for name in ("temperature", "topP"):
        value = config.get(name)
        if value is not None and (not isinstance(value, int | float) or isinstance(value, bool)
                                  or not 0 <= value <= 1):
            raise _invalid(f"1 validation error detected: Value '{value}' at 'inferenceConfig.{name}' failed "
                           "to satisfy constraint: Member must have value less than or equal to 1")
    stops = config.get("stopSequences") or []
    if not isinstance(stops, list) or len(stops) > 4 or not all(isinstance(s, str) and s for s in stops):
        raise _invalid("inferenceConfig.stopSequences must be at most 4 non-empty strings.")
    return max_tokens, stops


def _tools(config: Any) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    if config is None:
        return [], None
    tools = config.get("tools") if isinstance(config, dict) else None
    if not isinstance(tools, list) or not tools:
        raise _invalid("1 validation error detected: Value at 'toolConfig.tools' failed to satisfy constraint: "
                       "Member must have length greater than or equal to 1")
    specs = [t.get("toolSpec") if isinstance(t, dict) else None for t in tools]
    for i, spec in enumerate(specs):
        if not isinstance(spec, dict) or not spec.get("name") or \
                not isinstance((spec.get("inputSchema") or {}).get("json"), dict):
            raise _invalid(f"toolConfig.tools.{i}.toolSpec needs a name and an inputSchema.json object.")
    choice = config.get("toolChoice")
    if choice is not None:
        names = {s["name"] for s in specs}
        valid = isinstance(choice, dict) and len(choice) == 1 and next(iter(choice)) in ("auto", "any", "tool")
        if not valid or ("tool" in choice and (choice["tool"] or {}).get("name") not in names):
            raise _invalid("toolConfig.toolChoice must be one of auto, any, or tool naming a defined tool.")
    return specs, choice


def parse_converse(raw: bytes, model_id: str) -> ConverseRequest:
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError:
        body = None
    if not isinstance(body, dict):
        raise _invalid("Malformed input request, please reformat your input and try again.")
    uses_tools = _check_messages(body.get("messages"))
    max_tokens, stops = _inference(body.get("inferenceConfig"))
    tools, choice = _tools(body.get("toolConfig"))
    if uses_tools and not tools:
        raise _invalid("The toolConfig field must be defined when using toolUse and toolResult content blocks.")
    system = body.get("system") or []
    if not isinstance(system, list) or not all(isinstance(s, dict) for s in system):
        raise _invalid("system must be a list of SystemContentBlock objects.")
    system_text = "\n".join(s["text"] for s in system if isinstance(s.get("text"), str))
    return ConverseRequest(model_id, body["messages"], system_text, max_tokens, stops, tools, choice)
