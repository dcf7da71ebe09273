"""Typed model of the `llm.requests.v1` payload (schema version 1).

Owns the Python view of `schemas/llm.requests.v1/v1.schema.json`: frozen
dataclasses whose field names, required set, nullability and enum values are
proven equal to the schema by tests/contract. `to_dict()` yields the JSON data
(timestamps as RFC 3339 UTC strings, enums as strings); `from_dict()` is strict:
a missing or unknown key, or a value of the wrong JSON type, raises ValueError.
Full validation (patterns, bounds) is the schema validator's job:
`topics.validator_for(TOPIC, SCHEMA_VERSION)`.
"""

from __future__ import annotations

import dataclasses
import enum
import types
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Union, get_args, get_origin, get_type_hints

from .timestamps import format_utc, parse_utc

TOPIC = "llm.requests.v1"
SCHEMA_VERSION = 1
CE_TYPE = "com.gammainfra.llm.request.finished"
CE_SOURCE = "/gammainfra/gateway"
CE_DATASCHEMA = "https://gammainfra.com/schemas/llm.requests.v1/v1.schema.json"


class ProviderId(enum.StrEnum):
    OPENAI = "openai"
    ANTHROPIC = "anthropic"
    GOOGLE = "google"
    MISTRAL = "mistral"
    GROQ = "groq"
    DEEPSEEK = "deepseek"
    XAI = "xai"
    BEDROCK = "bedrock"


class Status(enum.StrEnum):
    SUCCESS = "success"
    ERROR = "error"
    REJECTED = "rejected"
    CLIENT_DISCONNECTED = "client_disconnected"


class TaskLabel(enum.StrEnum):
    CODE = "code"
    CHAT = "chat"
    MATH = "math"
    REASONING = "reasoning"
    CREATIVE = "creative"
    EXTRACTION = "extraction"
    TRANSLATION = "translation"
    SUMMARIZATION = "summarization"
    OTHER = "other"


class ErrorType(enum.StrEnum):
    TIMEOUT = "timeout"
    CONNECT_ERROR = "connect_error"
    RATE_LIMITED = "rate_limited"
    UPSTREAM_SERVER_ERROR = "upstream_server_error"
    UPSTREAM_CLIENT_ERROR = "upstream_client_error"
    UPSTREAM_AUTH_ERROR = "upstream_auth_error"
    STREAM_INTERRUPTED = "stream_interrupted"
    CONTENT_FILTERED = "content_filtered"
    INVALID_REQUEST = "invalid_request"
    MODEL_NOT_FOUND = "model_not_found"
    BUDGET_EXCEEDED = "budget_exceeded"
    NO_AVAILABLE_ENDPOINT = "no_available_endpoint"
    CLIENT_DISCONNECTED = "client_disconnected"
    INTERNAL_ERROR = "internal_error"


# An attempt fails only for reasons that happen while calling a provider.
ATTEMPT_ERROR_TYPES = frozenset({
    ErrorType.TIMEOUT, ErrorType.CONNECT_ERROR, ErrorType.RATE_LIMITED,
    ErrorType.UPSTREAM_SERVER_ERROR, ErrorType.UPSTREAM_CLIENT_ERROR,
    ErrorType.UPSTREAM_AUTH_ERROR, ErrorType.STREAM_INTERRUPTED,
    ErrorType.CONTENT_FILTERED, ErrorType.INTERNAL_ERROR,
})


class AttemptOutcome(enum.StrEnum):
    SUCCESS = "success"
    ERROR = "error"
    CLIENT_DISCONNECTED = "client_disconnected"


class _Payload:
    """to_dict/from_dict for the dataclasses below, driven by their type hints."""

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _encode(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls, data: Any) -> Any:
        return _decode(cls, data, cls.__name__)


@dataclass(frozen=True)
class FallbackAttempt(_Payload):
    """One call to one provider endpoint, in chain order."""

    provider: ProviderId
    endpoint: str
    model: str
    outcome: AttemptOutcome
    error_type: ErrorType | None
    latency_ms: int


@dataclass(frozen=True)
class HealthCacheMarker(_Payload):
    """Which routing health snapshot ordered the candidates, and how old it was."""

    snapshot_version: int | None
    age_ms: int | None
    stale: bool


@dataclass(frozen=True)
class LlmRequestEvent(_Payload):
    """The metadata of one finished request; field meanings are in the schema."""

    request_id: str
    customer_id: str
    api_key_id: str
    started_at: datetime
    finished_at: datetime
    model_requested: str | None
    model_dispatched: str | None
    provider: ProviderId | None
    endpoint: str | None
    byok: bool
    stream: bool
    status: Status
    http_status: int
    prompt_tokens: int
    completion_tokens: int
    cache_read_tokens: int
    cache_write_tokens: int
    latency_ms: int
    ttfb_ms: int | None
    task_label: TaskLabel
    cost_micro_usd: int
    platform_fee_micro_usd: int
    routing_version: str
    catalog_version: str
    fallback_chain: tuple[FallbackAttempt, ...]
    health_cache: HealthCacheMarker
    error_type: ErrorType | None
    error_provider: ProviderId | None


def _encode(value: Any) -> Any:
    if isinstance(value, _Payload):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return format_utc(value)
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    return value


def _decode(hint: Any, value: Any, where: str) -> Any:
    options = _union_members(hint)
    if options is not None:  # X | None
        if value is None:
            if type(None) in options:
                return None
            raise ValueError(f"{where}: null not allowed")
        (hint,) = [o for o in options if o is not type(None)]
    elif value is None:
        raise ValueError(f"{where}: null not allowed")
    if isinstance(hint, type) and issubclass(hint, _Payload):
        return _decode_payload(hint, value, where)
    if get_origin(hint) is tuple:
        if not isinstance(value, list):
            raise ValueError(f"{where}: expected an array, got {type(value).__name__}")
        (item_hint, _ellipsis) = get_args(hint)
        return tuple(_decode(item_hint, v, f"{where}[{i}]") for i, v in enumerate(value))
    if hint is datetime:
        if not isinstance(value, str):
            raise ValueError(f"{where}: expected a timestamp string")
        return parse_utc(value)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        try:
            return hint(value)
        except ValueError:
            raise ValueError(f"{where}: {value!r} is not one of {[m.value for m in hint]}") from None
    # bool is a subclass of int: an int field must not accept true/false, nor vice versa.
    if type(value) is not hint:
        raise ValueError(f"{where}: expected {hint.__name__}, got {type(value).__name__}")
    return value


def _decode_payload(cls: type[_Payload], data: Any, where: str) -> _Payload:
    if not isinstance(data, dict):
        raise ValueError(f"{where}: expected an object, got {type(data).__name__}")
    hints = get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    missing = [n for n in names if n not in data]
    unknown = sorted(k for k in data if k not in hints)
    if missing or unknown:
        raise ValueError(f"{where}: missing keys {missing}, unknown keys {unknown}")
    return cls(**{n: _decode(hints[n], data[n], f"{where}.{n}") for n in names})


def _union_members(hint: Any) -> tuple[Any, ...] | None:
    if get_origin(hint) in (Union, types.UnionType):
        return get_args(hint)
    return None
