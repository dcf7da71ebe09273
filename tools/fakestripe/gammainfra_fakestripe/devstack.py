"""The Stripe fake as a process of the local demo stack (billing's default Stripe
when no GI_STRIPE_API_KEY is set). Read through entry points."""

from __future__ import annotations

import os

PORT = int(os.environ.get("GI_FAKE_STRIPE_PORT", "12111"))


def service() -> dict:
    billing_api = os.environ.get("GI_BILLING_API_PORT", "9114")
    return {"name": "fakestripe",
            "argv": ["{python}", "-m", "gammainfra_fakestripe", "--host", "127.0.0.1", "--port", str(PORT),
                     "--webhook-url", f"http://127.0.0.1:{billing_api}/v1/billing/webhooks/stripe"],
            "ops_port": PORT, "ready_url": f"http://127.0.0.1:{PORT}/healthz",
            "scrape_ports": [],  # a test double without /metrics: not a Prometheus target
            "endpoints": {"api": f"http://127.0.0.1:{PORT}/v1", "admin": f"http://127.0.0.1:{PORT}/_fake/"}}
