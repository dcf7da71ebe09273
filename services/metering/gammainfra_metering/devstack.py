"""What the local stack needs to know about metering (read through entry points)."""

from __future__ import annotations

import os
from pathlib import Path


def migrations() -> tuple[str, Path]:
    return "metering", Path(__file__).parent / "migrations"


def service() -> dict:
    api_port = os.environ.get("GI_METERING_API_PORT", "9113")
    return {"name": "metering", "argv": ["{python}", "-m", "gammainfra_metering"],
            "ops_port": int(os.environ.get("GI_METERING_OPS_PORT", "9103")), "env": {},
            "endpoints": {"exports": f"http://127.0.0.1:{api_port}/v1/exports/request-log"}}
