"""The `python -m gammainfra_<service>` shape every consumer service shares:
settings -> logging -> run, with one exit code per way of refusing to start.

Exit codes: 0 stopped cleanly; 2 invalid settings (each bad variable named);
3 a topic keeps customer ids longer than its contract allows (topic and values named).
Anything else propagates: a traceback and a non-zero exit, as a crash should."""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from typing import Any

from .kafka.retention_check import TopicRetentionError
from .logging import configure_logging
from .settings import SettingsError


def run_service(name: str, load: Callable[[], Any], run: Callable[[Any], Awaitable[None]]) -> int:
    import uvloop  # every service package depends on it; the common library does not need it otherwise

    try:
        settings = load()
    except SettingsError as exc:
        print(f"gammainfra {name}: invalid settings:\n{exc}", file=sys.stderr)
        return 2
    configure_logging(name, settings.log_level)
    try:
        uvloop.run(run(settings))
    except TopicRetentionError as exc:
        print(f"gammainfra {name}: {exc}", file=sys.stderr)
        return 3
    return 0
