"""Fallback across endpoints, key revocation across gateway processes, and the
privacy policy's hour for IP addresses in Redis."""

from __future__ import annotations

import asyncio
import hashlib
import time

import aiohttp
import pytest

from gammainfra_fakeproviders.faults import FaultPlan
from gammainfra_gateway.auth.revocation import publish_revocation
from tests.integration.gateway.harness import GatewayProcess

pytestmark = [pytest.mark.integration, pytest.mark.timing]
CHAT = [{"role": "user", "content": "route me"}]


async def chat(session, gateway, api_key, body):
    async with session.post(gateway.base_url + "/chat/completions", json=body,
                            headers={"Authorization": f"Bearer {api_key}"}) as resp:
        return resp.status, resp.headers.copy(), await resp.json()


async def test_two_failing_endpoints_fall_back_to_a_third(gateway, customer, fake, events):
    fake.faults.configure("openai-us", FaultPlan(status=503))
    fake.faults.configure("mistral-eu", FaultPlan(status=429))
    body = {"model": "openai/gpt-4o", "models": ["mistral/mistral-large", "deepseek/deepseek-chat"],
            "messages": CHAT}
    async with aiohttp.ClientSession() as session:
        status, headers, payload = await chat(session, gateway, customer[2], body)
    assert status == 200
    assert payload["model"] == "deepseek/deepseek-chat"
    assert payload["choices"][0]["message"]["content"] == "Echo: route me"
    [(data, _)] = await events.events(request_ids={headers["x-request-id"]})
    assert (data["status"], data["model_requested"], data["model_dispatched"]) == (
        "success", "openai/gpt-4o", "deepseek/deepseek-chat")
    assert (data["provider"], data["endpoint"]) == ("deepseek", "deepseek-cn")
    assert [(a["endpoint"], a["model"], a["outcome"], a["error_type"]) for a in data["fallback_chain"]] == [
        ("openai-us", "openai/gpt-4o", "error", "upstream_server_error"),
        ("mistral-eu", "mistral/mistral-large", "error", "rate_limited"),
        ("deepseek-cn", "deepseek/deepseek-chat", "success", None)]
    assert all(isinstance(a["latency_ms"], int) for a in data["fallback_chain"])
    assert data["routing_version"] and data["health_cache"]["stale"] is True  # no router snapshot yet


async def test_provider_preferences_exclude_an_endpoint(gateway, customer, fake):
    body = {"model": "openai/gpt-4o", "models": ["mistral/mistral-large"], "messages": CHAT,
            "provider": {"ignore": ["openai"]}}
    async with aiohttp.ClientSession() as session:
        status, _, payload = await chat(session, gateway, customer[2], body)
    assert status == 200 and payload["model"] == "mistral/mistral-large"
    assert fake.faults.stats("openai-us")["requests"] == 0


async def test_stream_that_fails_before_its_first_byte_falls_back(gateway, customer, fake, events):
    fake.faults.configure("openai-us", FaultPlan(cut_after=0))
    body = {"model": "openai/gpt-4o", "models": ["mistral/mistral-large"], "stream": True, "messages": CHAT}
    async with aiohttp.ClientSession() as session:
        async with session.post(gateway.base_url + "/chat/completions", json=body,
                                headers={"Authorization": f"Bearer {customer[2]}"}) as resp:
            text = (await resp.read()).decode()
            request_id = resp.headers["x-request-id"]
    assert resp.status == 200 and text.rstrip().endswith("data: [DONE]")
    [(data, _)] = await events.events(request_ids={request_id})
    assert [a["outcome"] for a in data["fallback_chain"]] == ["error", "success"]
    assert data["endpoint"] == "mistral-eu"


async def test_revocation_reaches_every_gateway_process_within_seconds(
        gateway, upstream_template, customer, key_store, redis):
    second = await GatewayProcess(upstream_template=upstream_template).start()
    try:
        async with aiohttp.ClientSession() as session:
            for proc in (gateway, second):  # both processes now hold the key in their caches
                async with session.get(proc.base_url + "/models",
                                       headers={"Authorization": f"Bearer {customer[2]}"}) as resp:
                    assert resp.status == 200
            assert await key_store.revoke_key(customer[1]) == customer[0]
            assert await publish_revocation(redis, customer[1]) >= 2  # both processes listen
            revoked_at = time.monotonic()
            pending = {gateway.base_url, second.base_url}
            while pending and time.monotonic() - revoked_at < 3:
                for base in list(pending):
                    async with session.get(base + "/models",
                                           headers={"Authorization": f"Bearer {customer[2]}"}) as resp:
                        if resp.status == 401:
                            pending.discard(base)
                await asyncio.sleep(0.05)
            assert not pending, f"still accepted by {pending}"
    finally:
        second.stop()


async def test_per_ip_keys_hold_no_ip_and_expire_within_an_hour(gateway, customer, redis):
    async with aiohttp.ClientSession() as session:
        await chat(session, gateway, customer[2], {"model": "openai/gpt-4o", "messages": CHAT})
        await chat(session, gateway, "gi-bbbbbbbbbbbb-" + "z" * 43, {"model": "openai/gpt-4o"})
    assert [key async for key in redis.scan_iter(match="*127.0.0.1*")] == []  # the address itself: nowhere
    ip_keys = [key async for key in redis.scan_iter(match="gi:rl:*ip:*")]
    assert any(key.startswith(b"gi:rl:ip:") for key in ip_keys) and any(b"authfail" in key for key in ip_keys)
    unkeyed = hashlib.sha256(b"127.0.0.1").hexdigest()[:32].encode()  # a plain hash would be reversible
    for key in ip_keys:
        assert unkeyed not in key
        ttl = await redis.ttl(key)
        assert 0 < ttl <= 3600, (key, ttl)


async def test_api_keys_are_stored_as_bcrypt_hashes_only(customer, pg):
    customer_id, key_id, api_key = customer
    secret = api_key.split("-", 2)[2]
    row = await pg.fetchrow("SELECT * FROM gateway.api_keys WHERE key_id = $1", key_id)
    assert bytes(row["secret_hash"]).startswith(b"$2b$12$")
    for value in row.values():
        assert secret not in str(value) and api_key not in str(value)
    import bcrypt
    assert bcrypt.checkpw(secret.encode(), bytes(row["secret_hash"]))


async def test_capability_aware_routing_skips_and_refuses(gateway, customer, fake):
    image = [{"role": "user", "content": [{"type": "text", "text": "describe"},
                                          {"type": "image_url", "image_url": {"url": "data:image/png;base64,AA=="}}]}]
    async with aiohttp.ClientSession() as session:
        status, _, payload = await chat(session, gateway, customer[2],
                                        {"model": "deepseek/deepseek-chat", "messages": image})
        assert status == 400
        assert payload["error"]["code"] == "unsupported_vision" and payload["error"]["param"] == "messages"
        status, _, payload = await chat(session, gateway, customer[2],
                                        {"model": "deepseek/deepseek-chat", "models": ["openai/gpt-4o"],
                                         "messages": image})
    assert status == 200 and payload["model"] == "openai/gpt-4o"
    assert fake.faults.stats("deepseek-cn")["requests"] == 0  # never sent where it cannot be served
