"""Sign-up -> key -> request -> revoke through the account API -> 401 on two
gateway processes within seconds (their key caches would trust the key for five
minutes: only the Redis revocation message can explain the speed)."""

from __future__ import annotations

import asyncio

import pytest

from tests.integration.accounts.conftest import call, gateway_env, sign_up
from tests.integration.gateway.harness import GatewayProcess

pytestmark = [pytest.mark.integration, pytest.mark.timing]
CHAT = {"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}
WITHIN_S = 5.0


async def test_revoked_key_is_refused_by_two_gateways_within_seconds(upstream_template, http):
    env = gateway_env(GI_GATEWAY_KEY_CACHE_TTL_S="300")
    one = await GatewayProcess(upstream_template=upstream_template, extra_env=env).start()
    two = await GatewayProcess(upstream_template=upstream_template, extra_env=env).start()
    try:
        acct = await sign_up(http, one)
        status, created, _ = await call(http, one, "POST", "/account/keys", key=acct["api_key"], json={"name": "ci"})
        assert status == 201
        for gateway in (one, two):  # both verify and cache the new key
            status, body, _ = await call(http, gateway, "POST", "/chat/completions", key=created["api_key"],
                                         json=CHAT)
            assert status == 200, body
        loop = asyncio.get_running_loop()
        started = loop.time()
        status, _, _ = await call(http, one, "DELETE", f"/account/keys/{created['key_id']}", key=acct["api_key"])
        assert status == 200
        refused_after: dict[str, float] = {}
        while len(refused_after) < 2:
            for name, gateway in (("one", one), ("two", two)):
                if name in refused_after:
                    continue
                status, body, _ = await call(http, gateway, "POST", "/chat/completions", key=created["api_key"],
                                             json=CHAT)
                if status == 401:
                    assert body["error"]["code"] == "invalid_api_key"
                    refused_after[name] = loop.time() - started
            assert loop.time() - started < WITHIN_S, refused_after
            await asyncio.sleep(0.02)
        print(f"revoked key refused after {refused_after}")
        for gateway in (one, two):  # the account's other key still works everywhere
            status, _, _ = await call(http, gateway, "GET", "/account", key=acct["api_key"])
            assert status == 200
    finally:
        one.stop()
        two.stop()
