"""What the local stack needs to know about the router (read through entry points)."""

from __future__ import annotations

import os


def service() -> dict:
    return {"name": "router", "argv": ["{python}", "-m", "gammainfra_router"],
            "ops_port": int(os.environ.get("GI_ROUTER_OPS_PORT", "9102")), "env": {}, "endpoints": {}}
