"""What the local stack needs to know about billing (read through entry points)."""

from __future__ import annotations

import os
from pathlib import Path


def migrations() -> tuple[str, Path]:
    return "billing", Path(__file__).parent / "migrations"


def service() -> dict:
    api_port = os.environ.get("GI_BILLING_API_PORT", "9114")
    env = {"GI_BILLING_ACCOUNTS_API_URL": f"http://127.0.0.1:{os.environ.get('GI_GATEWAY_OPS_PORT', '9101')}",
           "GI_BILLING_METERING_API_URL": f"http://127.0.0.1:{os.environ.get('GI_METERING_API_PORT', '9113')}"}
    if not os.environ.get("GI_STRIPE_API_KEY") and not os.environ.get("GI_STRIPE_API_BASE"):
        # No Stripe key: the demo stack's Stripe fake (gammainfra_fakestripe) stands in.
        env["GI_STRIPE_API_BASE"] = f"http://127.0.0.1:{os.environ.get('GI_FAKE_STRIPE_PORT', '12111')}"
    return {"name": "billing", "argv": ["{python}", "-m", "gammainfra_billing"],
            "ops_port": int(os.environ.get("GI_BILLING_OPS_PORT", "9104")), "env": env,
            "endpoints": {"api": f"http://127.0.0.1:{api_port}/internal/v1/",
                          "stripe_webhooks": f"http://127.0.0.1:{api_port}/v1/billing/webhooks/stripe"}}
