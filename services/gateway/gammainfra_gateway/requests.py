"""Parsing and validating inbound OpenAI-shaped request bodies.

Checks the fields the gateway reads or that OpenAI itself would reject with a
type error; everything else passes through untouched. Raises `InvalidRequest`
naming the parameter. Gateway-only fields (`provider`, `models`, `route`) are
removed from what goes upstream.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson

from .errors import InvalidRequest
from .routing.policy import RouteKnob, parse_route
from .routing.preferences import ProviderPreferences, parse_fallback_models, parse_provider_preferences

GATEWAY_FIELDS = ("provider", "models", "route")
ROLES = {"system", "developer", "user", "assistant", "tool", "function"}

# field -> (accepted JSON types, description for the message)
TYPED_FIELDS: dict[str, tuple[tuple[type, ...], str]] = {
    "stream": ((bool,), "a boolean"),
    "stream_options": ((dict,), "an object"),
    "max_tokens": ((int,), "an integer"),
    "max_completion_tokens": ((int,), "an integer"),
    "n": ((int,), "an integer"),
    "temperature": ((int, float), "a number"),
    "top_p": ((int, float), "a number"),
    "presence_penalty": ((int, float), "a number"),
    "frequency_penalty": ((int, float), "a number"),
    "seed": ((int,), "an integer"),
    "stop": ((str, list), "a string or a list of strings"),
    "tools": ((list,), "a list"),
    "tool_choice": ((str, dict), "a string or an object"),
    "response_format": ((dict,), "an object"),
    "user": ((str,), "a string"),
    "logprobs": ((bool,), "a boolean"),
    "parallel_tool_calls": ((bool,), "a boolean"),
}


@dataclass(frozen=True)
class ParsedRequest:
    model: str
    fallback_models: tuple[str, ...]
    preferences: ProviderPreferences
    stream: bool
    upstream_body: dict[str, Any]
    route: RouteKnob | None = None  # `route` knob of model "auto" (routing/policy.py)


# Deepest nesting of arrays and objects accepted in a JSON body. orjson itself stops
# parsing at 1024 levels, but serializes only up to 254 (the upstream body is
# re-serialized) and Python code walking a body recurses: a cap well below both
# keeps hostile nesting a 400. Real requests (tool JSON schemas included) stay far below.
MAX_JSON_DEPTH = 64
_CONTAINERS = (dict, list)


def decode_json(raw: bytes) -> dict[str, Any]:
    if not raw:
        raise InvalidRequest("The request body is empty; expected a JSON object.")
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        if exc.msg.startswith("depth limit"):
            raise _too_deep() from None
        raise InvalidRequest(f"The request body is not valid JSON ({exc.msg} at position {exc.pos}).") from exc
    if not isinstance(body, dict):
        raise InvalidRequest("The request body must be a JSON object.")
    # The bracket count (in C) bounds the depth from above, brackets inside strings included:
    # only a body that could nest that deep is walked in Python.
    if raw.count(b"[") + raw.count(b"{") > MAX_JSON_DEPTH and _depth_exceeds(body, MAX_JSON_DEPTH):
        raise _too_deep()
    return body


def _too_deep() -> InvalidRequest:
    return InvalidRequest(f"The request body nests arrays/objects deeper than {MAX_JSON_DEPTH} levels.",
                          code="json_too_deep")


def _depth_exceeds(body: dict[str, Any], limit: int) -> bool:
    """Iterative (a recursive walk would itself hit Python's recursion limit)."""
    stack: list[tuple[Any, int]] = [(body, 1)]
    while stack:
        node, depth = stack.pop()
        for child in (node.values() if type(node) is dict else node):
            if isinstance(child, _CONTAINERS):
                if depth >= limit:
                    return True
                stack.append((child, depth + 1))
    return False


def _check_types(body: dict[str, Any]) -> None:
    for name, (types, described) in TYPED_FIELDS.items():
        value = body.get(name)
        if value is None:
            continue
        if isinstance(value, bool) and bool not in types:
            raise InvalidRequest(f"'{name}' must be {described}.", param=name)
        if not isinstance(value, types):
            raise InvalidRequest(f"'{name}' must be {described}.", param=name)
    for name in ("max_tokens", "max_completion_tokens", "n"):
        if body.get(name) is not None and body[name] < 1:
            raise InvalidRequest(f"'{name}' must be at least 1.", param=name)
    if body.get("temperature") is not None and not 0 <= body["temperature"] <= 2:
        raise InvalidRequest("'temperature' must be between 0 and 2.", param="temperature")


def _model(body: dict[str, Any]) -> str:
    model = body.get("model")
    if model is None:
        raise InvalidRequest("Missing required parameter: 'model'.", param="model", code="missing_required_parameter")
    if not isinstance(model, str) or not model:
        raise InvalidRequest("'model' must be a non-empty string.", param="model")
    return model


def _common(body: dict[str, Any], *, stream: bool) -> ParsedRequest:
    model = _model(body)
    fallback = parse_fallback_models(body.get("models"))
    prefs = parse_provider_preferences(body.get("provider"))
    route = parse_route(body.get("route"))
    upstream = {k: v for k, v in body.items() if k not in GATEWAY_FIELDS}
    return ParsedRequest(model, fallback, prefs, stream, upstream, route)


def parse_chat(body: dict[str, Any]) -> ParsedRequest:
    _check_types(body)
    messages = body.get("messages")
    if messages is None:
        raise InvalidRequest("Missing required parameter: 'messages'.", param="messages",
                             code="missing_required_parameter")
    if not isinstance(messages, list) or not messages:
        raise InvalidRequest("'messages' must be a non-empty list.", param="messages")
    for i, message in enumerate(messages):
        if not isinstance(message, dict):
            raise InvalidRequest(f"'messages[{i}]' must be an object.", param=f"messages[{i}]")
        role = message.get("role")
        if not isinstance(role, str) or role not in ROLES:
            raise InvalidRequest(f"'messages[{i}].role' must be one of {', '.join(sorted(ROLES))}.",
                                 param=f"messages[{i}].role")
    return _common(body, stream=bool(body.get("stream")))


def parse_embeddings(body: dict[str, Any]) -> ParsedRequest:
    value = body.get("input")
    if value is None:
        raise InvalidRequest("Missing required parameter: 'input'.", param="input", code="missing_required_parameter")
    ok = isinstance(value, str) or (isinstance(value, list) and value and all(
        isinstance(v, str) or type(v) is int or (isinstance(v, list) and all(type(t) is int for t in v))
        for v in value))
    if not ok:
        raise InvalidRequest("'input' must be a string, a list of strings or a list of token arrays.", param="input")
    if body.get("encoding_format") not in (None, "float", "base64"):
        raise InvalidRequest("'encoding_format' must be 'float' or 'base64'.", param="encoding_format")
    return _common(body, stream=False)


def estimate_tokens(chars: int) -> int:
    """~4 characters per token: used only when a provider sent no usage (a cut stream)."""
    return -(-chars // 4)
