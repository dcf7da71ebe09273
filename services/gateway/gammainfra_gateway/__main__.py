"""`python -m gammainfra_gateway`: settings -> logging -> serve (see workers.py)."""

from __future__ import annotations

import sys

import uvloop

from gammainfra_common.logging import configure_logging
from gammainfra_common.settings import SettingsError

from .settings import load
from .workers import serve, supervise


def main() -> int:
    try:
        settings = load()
    except SettingsError as exc:
        print(f"gammainfra gateway: invalid settings:\n{exc}", file=sys.stderr)
        return 2
    configure_logging("gateway", settings.log_level)
    if settings.workers == 1:
        uvloop.run(serve(settings, 0))
        return 0
    return supervise(settings.workers)


if __name__ == "__main__":
    sys.exit(main())
