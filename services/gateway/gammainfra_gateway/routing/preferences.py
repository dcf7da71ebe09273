"""The request's routing preferences, OpenRouter-style, parsed and validated.

`provider: {order: [...], only: [...], ignore: [...], allow_fallbacks: bool,
sort: "price" | "latency" | "throughput"}` and `models: [...]` (fallback models
tried after `model`). Raises `InvalidRequest` naming the bad parameter.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import InvalidRequest

SORTS = ("price", "latency", "throughput")
MAX_FALLBACK_MODELS = 5


@dataclass(frozen=True)
class ProviderPreferences:
    order: tuple[str, ...] = ()
    only: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    allow_fallbacks: bool = True
    sort: str | None = None


def _names(value: Any, param: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise InvalidRequest(f"'{param}' must be a list of provider names.", param=param)
    return tuple(v.lower() for v in value)


def parse_provider_preferences(raw: Any) -> ProviderPreferences:
    if raw is None:
        return ProviderPreferences()
    if not isinstance(raw, dict):
        raise InvalidRequest("'provider' must be an object.", param="provider")
    unknown = set(raw) - {"order", "only", "ignore", "allow_fallbacks", "sort"}
    if unknown:
        raise InvalidRequest(f"Unknown field in 'provider': {sorted(unknown)[0]}.", param="provider")
    allow = raw.get("allow_fallbacks", True)
    if not isinstance(allow, bool):
        raise InvalidRequest("'provider.allow_fallbacks' must be a boolean.", param="provider.allow_fallbacks")
    sort = raw.get("sort")
    if sort is not None and sort not in SORTS:
        raise InvalidRequest(f"'provider.sort' must be one of {', '.join(SORTS)}.", param="provider.sort")
    return ProviderPreferences(
        order=_names(raw["order"], "provider.order") if "order" in raw else (),
        only=frozenset(_names(raw["only"], "provider.only")) if "only" in raw else None,
        ignore=frozenset(_names(raw["ignore"], "provider.ignore")) if "ignore" in raw else frozenset(),
        allow_fallbacks=allow, sort=sort)


def parse_fallback_models(raw: Any) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(m, str) and m for m in raw):
        raise InvalidRequest("'models' must be a list of model ids.", param="models")
    if len(raw) > MAX_FALLBACK_MODELS:
        raise InvalidRequest(f"'models' may list at most {MAX_FALLBACK_MODELS} models.", param="models")
    return tuple(raw)
