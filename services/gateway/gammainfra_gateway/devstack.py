"""What the local stack needs to know about the gateway (read through entry points)."""

from __future__ import annotations

import os
from pathlib import Path

from .settings import PROVIDERS

FAKE_PROVIDERS = "http://127.0.0.1:9900/{endpoint}"


def migrations() -> tuple[str, Path]:
    return "gateway", Path(__file__).parent / "migrations"


def service() -> dict:
    env = {}
    # With no real provider key configured, the demo stack talks to the fake providers.
    if not any(os.environ.get(f"GI_PROVIDER_KEY_{p.upper()}") for p in PROVIDERS):
        env["GI_UPSTREAM_URL_TEMPLATE"] = os.environ.get("GI_UPSTREAM_URL_TEMPLATE", FAKE_PROVIDERS)
    port = os.environ.get("GI_GATEWAY_PORT", "8080")
    return {"name": "gateway", "argv": ["{python}", "-m", "gammainfra_gateway"],
            "ops_port": int(os.environ.get("GI_GATEWAY_OPS_PORT", "9101")), "env": env,
            "endpoints": {"api": f"http://127.0.0.1:{port}/v1"}}
