"""What the fake says: reply text derived from the prompt, token counts, tool-call
arguments, embedding vectors and the model list of an endpoint.

Owns: every value a test may want to predict. Guarantees: deterministic (same input,
same output; no clock, no randomness), provider-neutral (plain strings and dicts, no
wire format), and cheap (linear in the prompt, no tokenizer).
"""

from __future__ import annotations

import base64
import hashlib
import math
import re
import struct
from dataclasses import dataclass
from typing import Any

__all__ = [
    "CHARS_PER_TOKEN", "DEFAULT_REPLY_TOKENS", "IMAGE_TOKENS", "MODEL_CREATED", "Reply", "arguments_for",
    "content_text", "count_tokens", "embedding_base64", "embedding_vector", "last_user_text", "models_for",
    "prompt_tokens", "reply_for", "stream_pieces", "wants_tool",
]

# ~4 characters per token is OpenAI's own rule of thumb for English text.
CHARS_PER_TOKEN = 4
# Framing tokens per message and for priming the reply, as in OpenAI's token-counting
# cookbook; they make prompt_tokens realistic for short prompts instead of ~1.
MESSAGE_OVERHEAD_TOKENS = 3
REPLY_PRIMING_TOKENS = 3
IMAGE_TOKENS = 85  # a low-detail image costs a flat 85 tokens at OpenAI
# Reply cap when the request sets no limit: keeps benchmarks with huge prompts from
# echoing megabytes back. Not a "length" finish: the model "chose" to stop.
DEFAULT_REPLY_TOKENS = 1024
REPLY_PREFIX = "Echo: "

# One stream piece: a word with its leading whitespace, long words split every 12
# characters, trailing whitespace on its own; the pieces concatenate to the text.
_PIECE = re.compile(r"\s*\S{1,12}|\s+")


def count_tokens(text: str) -> int:
    """Approximate token count of `text` (0 for the empty string, else >= 1)."""
    return -(-len(text) // CHARS_PER_TOKEN)


def content_text(content: Any) -> str:
    """The text of a message `content`: a string, or the text parts of a parts array."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(p["text"] for p in content
                         if isinstance(p, dict) and isinstance(p.get("text"), str))
    return ""


def _content_tokens(content: Any) -> int:
    tokens = count_tokens(content_text(content))
    if isinstance(content, list):
        tokens += IMAGE_TOKENS * sum(1 for p in content
                                     if isinstance(p, dict) and p.get("type") in ("image_url", "image"))
    return tokens


def prompt_tokens(messages: list[dict[str, Any]], extra_text: str = "") -> int:
    """Tokens of a conversation (`extra_text`: e.g. serialized tool definitions)."""
    total = REPLY_PRIMING_TOKENS + count_tokens(extra_text)
    for message in messages:
        total += MESSAGE_OVERHEAD_TOKENS + _content_tokens(message.get("content"))
    return total


def last_user_text(messages: list[dict[str, Any]]) -> str:
    for message in reversed(messages):
        if message.get("role") == "user":
            return content_text(message.get("content"))
    return ""


@dataclass(frozen=True, slots=True)
class Reply:
    text: str
    completion_tokens: int
    truncated: bool  # cut by the request's max_tokens: finish reason "length"


def reply_for(user_text: str, max_tokens: int | None) -> Reply:
    """"Echo: <user_text>", cut to `max_tokens` (or silently to DEFAULT_REPLY_TOKENS)."""
    full = REPLY_PREFIX + user_text
    needed = count_tokens(full)
    limit = DEFAULT_REPLY_TOKENS if max_tokens is None else max_tokens
    if needed <= limit:
        return Reply(full, needed, False)
    return Reply(full[: limit * CHARS_PER_TOKEN], limit, max_tokens is not None)


def stream_pieces(text: str) -> list[str]:
    """`text` split into stream deltas of about one word (1-3 tokens) each."""
    return _PIECE.findall(text)


def wants_tool(user_text: str) -> bool:
    """The one trigger for an unforced tool call, so tool pass-through is testable."""
    return "weather" in user_text.lower()


_DEFAULTS_BY_TYPE: dict[str, Any] = {"integer": 1, "number": 1.0, "boolean": True, "array": [], "object": {}}


def arguments_for(schema: Any, user_text: str) -> dict[str, Any]:
    """Tool-call arguments satisfying a JSON-schema `schema`: every required property
    (or the first one if none is required) gets a value; strings echo the user text."""
    properties = schema.get("properties") if isinstance(schema, dict) else None
    if not isinstance(properties, dict) or not properties:
        return {}
    required = [n for n in schema.get("required") or () if n in properties] or [next(iter(properties))]
    args: dict[str, Any] = {}
    for name in required:
        prop = properties[name] if isinstance(properties[name], dict) else {}
        kind = prop.get("type")
        if isinstance(prop.get("enum"), list) and prop["enum"]:
            args[name] = prop["enum"][0]
        else:
            args[name] = _DEFAULTS_BY_TYPE.get(kind, user_text) if isinstance(kind, str) else user_text
    return args


def embedding_vector(key: str, dimensions: int) -> list[float]:
    """A unit-length vector (like OpenAI's) derived from a hash of `key`."""
    raw = hashlib.shake_256(key.encode()).digest(2 * dimensions)
    values = [v / 32767.5 - 1.0 for v in struct.unpack(f"<{dimensions}H", raw)]
    norm = math.sqrt(sum(v * v for v in values)) or 1.0
    return [v / norm for v in values]


def embedding_base64(vector: list[float]) -> str:
    """OpenAI's `encoding_format: base64`: little-endian float32 array, base64."""
    return base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode()


# Upstream model ids per provider (the part of the endpoint id before the first "-"),
# as in the catalog, so the demo stack lists believable models.
_MODELS: dict[str, tuple[str, tuple[str, ...]]] = {
    "openai": ("system", ("gpt-4o", "gpt-4o-mini", "gpt-4.1", "text-embedding-3-small")),
    "groq": ("Meta", ("llama-3.3-70b-versatile", "llama-3.1-8b-instant")),
    "mistral": ("mistralai", ("mistral-large-latest", "mistral-small-latest", "mistral-embed")),
    "deepseek": ("deepseek", ("deepseek-chat", "deepseek-reasoner")),
    "xai": ("xai", ("grok-3", "grok-3-mini")),
}
_FALLBACK_MODELS = ("fake", ("fake-chat", "fake-embedding"))
MODEL_CREATED = 1715367049  # a fixed past timestamp: model objects never change


def models_for(endpoint: str) -> tuple[str, tuple[str, ...]]:
    """(owned_by, model ids) an endpoint lists."""
    return _MODELS.get(endpoint.split("-", 1)[0], _FALLBACK_MODELS)
