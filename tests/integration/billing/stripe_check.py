"""Replays requests the Stripe fake received against Stripe's stripe-mock, which
validates each one (path, method, every parameter) against Stripe's OpenAPI spec."""

from __future__ import annotations

import aiohttp


async def replay_against_stripe_mock(requests: list[dict], stripe_mock_url: str) -> list[dict]:
    """Returns the requests stripe-mock refused (empty: every shape is valid Stripe)."""
    refused = []
    async with aiohttp.ClientSession() as http:
        for r in requests:
            headers = {"Authorization": "Bearer sk_test_123"}
            if r["idempotency_key"]:
                headers["Idempotency-Key"] = r["idempotency_key"]
            if r["method"] == "GET":
                call = http.get(stripe_mock_url + r["path"], params=r["pairs"], headers=headers)
            else:
                call = http.request(r["method"], stripe_mock_url + r["path"], data=r["pairs"], headers=headers)
            async with call as resp:
                if not 200 <= resp.status < 300:
                    refused.append({"method": r["method"], "path": r["path"], "status": resp.status,
                                    "body": (await resp.text())[:500]})
    return refused
