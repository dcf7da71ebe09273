"""OpenAI's wire format, inbound side: request parsing and validation, and error
bodies exactly as OpenAI sends them (`{"error": {message, type, param, code}}`).

Owns: what an OpenAI-compatible provider (OpenAI, Groq, Mistral, DeepSeek, xAI)
accepts and how it refuses. Raises `OpenAIError` (an HTTP status plus OpenAI's error
object) for anything OpenAI would answer with a 4xx. No I/O; the answers themselves
are built in `openai_replies`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson

from gammainfra_fakeproviders.content import count_tokens

__all__ = ["ChatRequest", "EmbeddingsRequest", "OpenAIError", "fault_error", "missing_key_error", "parse_body",
           "parse_chat", "parse_embeddings"]

ROLES = ("system", "developer", "user", "assistant", "tool", "function")
MAX_EMBEDDING_DIMENSIONS = 3072  # text-embedding-3-large's size, OpenAI's largest


class OpenAIError(Exception):
    def __init__(self, status: int, message: str, *, type: str = "invalid_request_error",
                 param: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.error = {"message": message, "type": type, "param": param, "code": code}

    def body(self) -> bytes:
        return orjson.dumps({"error": self.error})


# status -> (message, type, code) of OpenAI's own answer with that status.
_FAULTS: dict[int, tuple[str, str, str | None]] = {
    400: ("Bad request.", "invalid_request_error", None),
    401: ("Incorrect API key provided. You can find your API key at "
          "https://platform.openai.com/account/api-keys.", "invalid_request_error", "invalid_api_key"),
    403: ("Country, region, or territory not supported", "request_forbidden",
          "unsupported_country_region_territory"),
    404: ("The model does not exist or you do not have access to it.", "invalid_request_error",
          "model_not_found"),
    429: ("Rate limit reached for requests per min (RPM). Please try again in {retry}s.", "requests",
          "rate_limit_exceeded"),
    500: ("The server had an error while processing your request. Sorry about that!", "server_error", None),
    502: ("Bad gateway.", "server_error", None),
    503: ("The server is overloaded or not ready yet.", "server_error", None),
    504: ("Gateway timeout.", "server_error", None),
}


def fault_error(status: int, retry_after_s: int = 1) -> OpenAIError:
    """The error OpenAI answers with `status` (injected by a fault knob)."""
    default = ("Fake provider error.", "server_error" if status >= 500 else "invalid_request_error", None)
    message, type_, code = _FAULTS.get(status, default)
    return OpenAIError(status, message.format(retry=retry_after_s), type=type_, code=code)


def missing_key_error() -> OpenAIError:
    return OpenAIError(401, "You didn't provide an API key. You need to provide your API key in an "
                       "Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
                       code="invalid_api_key")


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    return {int: "an integer", float: "a decimal", str: "a string", list: "an array",
            dict: "an object"}.get(type(value), "an unknown type")


def _invalid_type(param: str, expected: str, value: Any) -> OpenAIError:
    return OpenAIError(400, f"Invalid type for '{param}': expected {expected}, but got {_kind(value)} instead.",
                       param=param, code="invalid_type")


def _missing(param: str) -> OpenAIError:
    return OpenAIError(400, f"Missing required parameter: '{param}'.", param=param,
                       code="missing_required_parameter")


def parse_body(raw: bytes) -> dict[str, Any]:
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError:
        body = None
    if not isinstance(body, dict):
        raise OpenAIError(400, "We could not parse the JSON body of your request. (HINT: This likely means "
                          "you aren't using your HTTP library correctly. The OpenAI API expects a JSON "
                          "payload, but what was sent was not valid JSON.)")
    return body


def _model(body: dict[str, Any]) -> str:
    model = body.get("model")
    if model is None or model == "":
        raise OpenAIError(400, "you must provide a model parameter")
    if not isinstance(model, str):
        raise _invalid_type("model", "a string", model)
    return model


def _positive_int(body: dict[str, Any], param: str) -> int | None:
    value = body.get(param)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise _invalid_type(param, "an integer", value)
    if value < 1:
        raise OpenAIError(400, f"Invalid '{param}': integer below minimum value. Expected a value >= 1, "
                          f"but got {value} instead.", param=param, code="integer_below_min_value")
    return value


@dataclass(frozen=True, slots=True)
class ChatRequest:
    model: str
    messages: list[dict[str, Any]]
    stream: bool
    include_usage: bool
    max_tokens: int | None
    functions: list[dict[str, Any]]  # the `function` objects of `tools`
    tool_choice: Any
    tools_text: str                  # serialized tools: they count as prompt tokens


def _check_messages(messages: Any) -> list[dict[str, Any]]:
    if messages is None:
        raise _missing("messages")
    if not isinstance(messages, list):
        raise _invalid_type("messages", "an array", messages)
    if not messages:
        raise OpenAIError(400, "Invalid 'messages': empty array. Expected an array with minimum length 1, "
                          "but got an empty array instead.", param="messages", code="empty_array")
    for i, message in enumerate(messages):
        if not isinstance(message, dict):
            raise _invalid_type(f"messages[{i}]", "an object", message)
        role = message.get("role")
        if role is None:
            raise _missing(f"messages[{i}].role")
        if role not in ROLES:
            supported = ", ".join(f"'{r}'" for r in ROLES[:-1]) + f", and '{ROLES[-1]}'"
            raise OpenAIError(400, f"Invalid value: '{role}'. Supported values are: {supported}.",
                              param=f"messages[{i}].role", code="invalid_value")
        content = message.get("content")
        if content is None and role != "assistant":  # assistant turns may carry only tool_calls
            raise _missing(f"messages[{i}].content")
        if content is not None and not isinstance(content, (str, list)):
            raise _invalid_type(f"messages[{i}].content", "one of a string or array of objects", content)
    return messages


def _check_tools(tools: Any) -> list[dict[str, Any]]:
    if tools is None:
        return []
    if not isinstance(tools, list):
        raise _invalid_type("tools", "an array", tools)
    functions = []
    for i, tool in enumerate(tools):
        function = tool.get("function") if isinstance(tool, dict) else None
        if not isinstance(function, dict):
            raise _missing(f"tools[{i}].function")
        if not isinstance(function.get("name"), str):
            raise _missing(f"tools[{i}].function.name")
        functions.append(function)
    return functions


def parse_chat(body: dict[str, Any]) -> ChatRequest:
    model = _model(body)
    messages = _check_messages(body.get("messages"))
    stream = body.get("stream")
    if stream is not None and not isinstance(stream, bool):
        raise _invalid_type("stream", "a boolean", stream)
    options = body.get("stream_options")
    if options is not None and not stream:
        raise OpenAIError(400, "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
                          param="stream_options")
    if options is not None and not isinstance(options, dict):
        raise _invalid_type("stream_options", "an object", options)
    # max_completion_tokens is the newer name; OpenAI prefers it when both are present.
    max_tokens = _positive_int(body, "max_completion_tokens") or _positive_int(body, "max_tokens")
    functions = _check_tools(body.get("tools"))
    return ChatRequest(model, messages, bool(stream), bool(options and options.get("include_usage")),
                       max_tokens, functions, body.get("tool_choice"),
                       orjson.dumps(body["tools"]).decode() if functions else "")


@dataclass(frozen=True, slots=True)
class EmbeddingsRequest:
    model: str
    keys: list[str]     # one per input: what its vector is derived from
    prompt_tokens: int
    dimensions: int
    base64: bool


def _invalid_input() -> OpenAIError:
    return OpenAIError(400, "'$.input' is invalid. Please check the API reference: "
                       "https://platform.openai.com/docs/api-reference.")


def _embedding_inputs(value: Any) -> tuple[list[str], int]:
    """(keys, prompt tokens) of `input`: a string, strings, a token array, token arrays."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise _invalid_input()
    if all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        value = [value]
    keys, tokens = [], 0
    for item in value:
        if isinstance(item, str) and item:
            keys.append(item)
            tokens += count_tokens(item)
        elif isinstance(item, list) and item and all(isinstance(t, int) and not isinstance(t, bool) for t in item):
            keys.append(",".join(map(str, item)))
            tokens += len(item)
        else:
            raise _invalid_input()
    return keys, tokens


def parse_embeddings(body: dict[str, Any], default_dimensions: int) -> EmbeddingsRequest:
    model = _model(body)
    if "input" not in body:
        raise _missing("input")
    keys, tokens = _embedding_inputs(body["input"])
    encoding = body.get("encoding_format") or "float"
    if encoding not in ("float", "base64"):
        raise OpenAIError(400, f"Invalid value: '{encoding}'. Supported values are: 'float' and 'base64'.",
                          param="encoding_format", code="invalid_value")
    dimensions = _positive_int(body, "dimensions") or default_dimensions
    if dimensions > MAX_EMBEDDING_DIMENSIONS:
        raise OpenAIError(400, f"Invalid 'dimensions': integer above maximum value. Expected a value <= "
                          f"{MAX_EMBEDDING_DIMENSIONS}, but got {dimensions} instead.", param="dimensions",
                          code="integer_above_max_value")
    return EmbeddingsRequest(model, keys, tokens, dimensions, encoding == "base64")
