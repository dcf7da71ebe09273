"""The fake providers as a process of the local demo stack (read through entry points)."""

from __future__ import annotations

import os

PORT = int(os.environ.get("GI_FAKE_PROVIDERS_PORT", "9900"))


def service() -> dict:
    return {"name": "fakeproviders",
            "argv": ["{python}", "-m", "gammainfra_fakeproviders", "--host", "127.0.0.1", "--port", str(PORT)],
            "ops_port": PORT, "ready_url": f"http://127.0.0.1:{PORT}/healthz",
            "scrape_ports": [],  # a test double without /metrics: not a Prometheus target
            "endpoints": {"upstream": f"http://127.0.0.1:{PORT}/<endpoint>/...", "admin": f"http://127.0.0.1:{PORT}/_fake/"}}
