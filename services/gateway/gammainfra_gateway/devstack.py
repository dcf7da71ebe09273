"""What the local stack needs to know about the gateway (read through entry points)."""

from __future__ import annotations

import os
from pathlib import Path

from .byok.crypto import new_kek
from .settings import PROVIDERS

FAKE_PROVIDERS = "http://127.0.0.1:9900/{endpoint}"


def migrations() -> tuple[str, Path]:
    return "gateway", Path(__file__).parent / "migrations"


def service() -> dict:
    env = {"GI_GATEWAY_BILLING_API_URL": f"http://127.0.0.1:{os.environ.get('GI_BILLING_API_PORT', '9114')}"}
    # With no real provider key configured, the demo stack talks to the fake providers.
    if not any(os.environ.get(f"GI_PROVIDER_KEY_{p.upper()}") for p in PROVIDERS):
        env["GI_UPSTREAM_URL_TEMPLATE"] = os.environ.get("GI_UPSTREAM_URL_TEMPLATE", FAKE_PROVIDERS)
    if not os.environ.get("GI_GATEWAY_BYOK_KEYS"):
        env.update(dev_byok_keyring())
    port = os.environ.get("GI_GATEWAY_PORT", "8080")
    ops_port = int(os.environ.get("GI_GATEWAY_OPS_PORT", "9101"))
    workers = int(os.environ.get("GI_GATEWAY_WORKERS", "1"))
    return {"name": "gateway", "argv": ["{python}", "-m", "gammainfra_gateway"],
            "ops_port": ops_port, "env": env,
            "scrape_ports": [ops_port + worker for worker in range(workers)],  # worker N: ops port + N
            "endpoints": {"api": f"http://127.0.0.1:{port}/v1"}}


def dev_byok_keyring() -> dict[str, str]:
    """A BYOK keyring for the local demo stack only: generated once, kept (0600) in
    the stack's state folder so a restart still opens the keys stored before.
    Real deployments set GI_GATEWAY_BYOK_KEYS themselves; it has no default."""
    from gammainfra_devstack.paths import default_paths  # only the local stack calls this

    state = Path(os.environ["GI_STACK_STATE_DIR"]) if os.environ.get("GI_STACK_STATE_DIR") else default_paths().state
    path = state / "gateway-byok-dev.keyring"
    if not path.exists():
        state.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as out:
            out.write(f"dev1:{new_kek()}")
    return {"GI_GATEWAY_BYOK_KEYS": path.read_text().strip(), "GI_GATEWAY_BYOK_ACTIVE_KEY_ID": "dev1"}
