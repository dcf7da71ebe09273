"""What the local stack needs to know about retention (read through entry points)."""

from __future__ import annotations

import os
from pathlib import Path


def migrations() -> tuple[str, Path]:
    return "retention", Path(__file__).parent / "migrations"


def service() -> dict:
    port = int(os.environ.get("GI_RETENTION_OPS_PORT", "9105"))
    return {"name": "retention", "argv": ["{python}", "-m", "gammainfra_retention"], "ops_port": port,
            "env": {}, "endpoints": {"erasures": f"http://127.0.0.1:{port}/v1/erasures"}}
