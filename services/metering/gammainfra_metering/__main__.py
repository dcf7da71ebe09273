"""`python -m gammainfra_metering`: settings -> logging -> run (see service.py)."""

from __future__ import annotations

import sys

from gammainfra_common.entrypoint import run_service

from .service import run
from .settings import load


def main() -> int:
    return run_service("metering", load, run)


if __name__ == "__main__":
    sys.exit(main())
