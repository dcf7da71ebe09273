"""`python -m gammainfra_billing`: settings -> logging -> run (see service.py)."""

from __future__ import annotations

import sys

import uvloop

from gammainfra_common.kafka.retention_check import TopicRetentionError
from gammainfra_common.logging import configure_logging
from gammainfra_common.settings import SettingsError

from .service import run
from .settings import load


def main() -> int:
    try:
        settings = load()
    except SettingsError as exc:
        print(f"gammainfra billing: invalid settings:\n{exc}", file=sys.stderr)
        return 2
    configure_logging("billing", settings.log_level)
    try:
        uvloop.run(run(settings))
    except TopicRetentionError as exc:
        print(f"gammainfra billing: {exc}", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
