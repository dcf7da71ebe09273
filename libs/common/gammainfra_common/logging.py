"""Structured logging: one JSON object per line on stdout, for structlog and stdlib alike.

Owns: the process-wide logging configuration (`configure_logging`), the
context helpers that put request/event ids on every line (`bind_context`,
`bound_context`, `clear_context`), and the privacy scrubber.

Guarantees:
- Every line (structlog or stdlib: aiokafka, asyncio, aiohttp, ...) is rendered
  by the same chain: `timestamp` (ISO 8601, UTC), `level`, `logger`, `service`,
  the bound context, then the event's own keys.
- Keys named in `DENY_KEYS` (prompt, messages, content, authorization, api
  keys, passwords, IP addresses, ...) are dropped at any nesting depth before
  rendering, and URL passwords inside string values are masked. This is
  defence in depth for "prompts and responses are never logged": code should
  not pass such values at all; if it does, they still never reach the output.
  Dropped key names are listed under `redacted_keys` so the offending call is
  easy to find.
- `configure_logging` is idempotent: calling it again replaces the previous
  configuration (one handler, never two), so tests and re-execs are safe.

Raises: `ValueError` from `configure_logging` for an unknown level name.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Mapping
from typing import Any

import orjson
import structlog

from gammainfra_common.settings import Secret, mask_url_password

__all__ = [
    "DENY_KEYS",
    "bind_context",
    "bound_context",
    "clear_context",
    "configure_logging",
    "drop_denied_keys",
    "get_logger",
    "unbind_context",
]

# Content-bearing or identifying names. Compared case-insensitively with "-"
# and "_" treated alike, so `X-Api-Key`, `x_api_key` and `API_KEY` all match.
DENY_KEYS: frozenset[str] = frozenset(
    {
        # prompts and responses
        "prompt",
        "prompts",
        "messages",
        "content",
        "completion",
        "completions",
        "input",
        "system",
        "tool_arguments",
        "body",
        # credentials
        "authorization",
        "proxy_authorization",
        "api_key",
        "x_api_key",
        "provider_key",
        "password",
        "secret",
        "cookie",
        "set_cookie",
        # IP addresses
        "ip",
        "client_ip",
        "remote_addr",
        "remote_ip",
        "x_forwarded_for",
        "x_real_ip",
        "forwarded",
    }
)

_HANDLER_MARK = "_gammainfra_handler"
_MAX_DEPTH = 6  # nested structures deeper than this are replaced, not walked


def bind_context(**kw: Any) -> None:
    """Bind keys (request_id, event_id, ...) to every later line in this task/context."""
    structlog.contextvars.bind_contextvars(**kw)


def unbind_context(*keys: str) -> None:
    structlog.contextvars.unbind_contextvars(*keys)


def clear_context() -> None:
    """Forget everything bound with `bind_context` in this context."""
    structlog.contextvars.clear_contextvars()


def bound_context(**kw: Any) -> contextlib.AbstractContextManager[None]:
    """`with bound_context(event_id=...):` binds for the block, then restores."""
    return structlog.contextvars.bound_contextvars(**kw)


def configure_logging(
    service: str, level: str = "INFO", json: bool = True, *, stderr: bool = False
) -> None:
    """Configure structlog and stdlib logging for this process (idempotent).

    Lines go to stdout; `stderr=True` is for CLIs whose stdout is their result.
    """
    numeric = logging.getLevelName(level.upper())
    if not isinstance(numeric, int):
        raise ValueError(f"unknown log level {level!r}")

    def add_service(_: Any, __: str, event_dict: dict[str, Any]) -> dict[str, Any]:
        event_dict.setdefault("service", service)
        return event_dict

    # Runs for structlog events before they are handed to stdlib, and for
    # stdlib records inside the formatter, so both get the same fields.
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True, key="timestamp"),
        add_service,
    ]
    renderer: Any = (
        _render_json if json else structlog.dev.ConsoleRenderer(colors=False)
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[*shared, structlog.stdlib.ExtraAdder()],
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.StackInfoRenderer(),
            structlog.processors.format_exc_info,
            # Last before rendering, so keys from every source (bound context,
            # stdlib `extra=`, the call itself) pass through it.
            drop_denied_keys,
            renderer,
        ],
    )
    handler = _StdioHandler("stderr" if stderr else "stdout")
    handler.setFormatter(formatter)
    setattr(handler, _HANDLER_MARK, True)

    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _HANDLER_MARK, False)]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(numeric)
    logging.captureWarnings(True)

    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        # Filtering in the bound logger makes a disabled debug() call ~free.
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        logger_factory=structlog.stdlib.LoggerFactory(),
        context_class=dict,
        # Not cached: a logger created before a reconfiguration must follow it.
        cache_logger_on_first_use=False,
    )


def drop_denied_keys(_: Any, __: str, event_dict: dict[str, Any]) -> dict[str, Any]:
    """structlog processor: remove `DENY_KEYS` at any depth, mask URL passwords."""
    dropped: set[str] = set()
    cleaned = _scrub(event_dict, dropped, 0)
    if dropped:
        cleaned["redacted_keys"] = sorted(dropped)
    return cleaned


def _is_denied(key: Any) -> bool:
    return isinstance(key, str) and key.lower().replace("-", "_") in DENY_KEYS


def _scrub(value: Any, dropped: set[str], depth: int) -> Any:
    if isinstance(value, str):
        # Cheap pre-check: only strings that can hold `scheme://user:pw@` pay for the regex.
        if "://" in value and "@" in value:
            return mask_url_password(value)
        return value
    if isinstance(value, Mapping):
        if depth >= _MAX_DEPTH:
            return "<nested too deep>"
        out = {}
        for k, v in value.items():
            if _is_denied(k):
                dropped.add(str(k))
            else:
                out[k] = _scrub(v, dropped, depth + 1)
        return out
    if isinstance(value, (list, tuple, set, frozenset)):
        if depth >= _MAX_DEPTH:
            return "<nested too deep>"
        return [_scrub(v, dropped, depth + 1) for v in value]
    return value


def _json_default(obj: Any) -> Any:
    if isinstance(obj, Secret):
        return "***"
    return str(obj)


_FIRST_KEYS = ("timestamp", "level", "service", "logger", "event")


def _render_json(_: Any, __: str, event_dict: dict[str, Any]) -> str:
    # Fixed leading keys make raw lines readable with `tail -f`.
    ordered = {k: event_dict.pop(k) for k in _FIRST_KEYS if k in event_dict}
    ordered.update(event_dict)
    return orjson.dumps(ordered, default=_json_default, option=orjson.OPT_NON_STR_KEYS).decode()


class _StdioHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever `sys.stdout`/`sys.stderr` is *now* (not at configuration
    time), so output redirection and pytest's capsys work after configuration."""

    def __init__(self, which: str) -> None:
        self._which = which
        super().__init__()

    @property  # type: ignore[override]
    def stream(self) -> Any:
        return getattr(sys, self._which)

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass


def get_logger(name: str | None = None) -> Any:
    """`structlog.get_logger`, re-exported so services import one logging module."""
    return structlog.get_logger(name)
