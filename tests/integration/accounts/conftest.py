"""Fixtures for the account API tests: a fake provider server, a gateway process
with a BYOK keyring, HTTP helpers, an accounts.v1 tail and the real database."""

from __future__ import annotations

import base64
import os
import uuid

import aiohttp
import pytest

from tests.integration.gateway.harness import EventTail, GatewayProcess

# Key ids unique to this test session: rows other sessions left in the shared
# database are sealed under ids this ring does not hold, so rotation leaves them be.
SESSION = uuid.uuid4().hex[:8]
KID_1, KID_2 = f"a{SESSION}", f"b{SESSION}"
KEK_1 = base64.b64encode(os.urandom(32)).decode()
KEK_2 = base64.b64encode(os.urandom(32)).decode()
# The session gateway seals with KID_1 and also holds KID_2, so the rotation test
# (to KID_2) leaves every other test's keys readable.
KEYRING = f"{KID_1}:{KEK_1},{KID_2}:{KEK_2}"


def gateway_env(keyring: str = KEYRING, active: str = KID_1, **extra: str) -> dict[str, str]:
    # (The sign-up limit per IP is lifted for every test gateway by the harness.)
    return {"GI_GATEWAY_BYOK_KEYS": keyring, "GI_GATEWAY_BYOK_ACTIVE_KEY_ID": active,
            "GI_GATEWAY_ATTEMPT_TIMEOUT_S": "3",
            "GI_GATEWAY_TOTAL_DEADLINE_S": "8", **extra}


@pytest.fixture(autouse=True)
async def _healthy_fake(fake):
    fake.faults.reset()
    yield


@pytest.fixture(scope="session")
async def metering_stub():
    """Metering's internal export and usage API as an empty ledger (the account export
    and the console's usage routes read it): a real local server, so they answer 200 here too."""
    from aiohttp import web

    async def empty(_request):
        return web.Response(body=b"", content_type="application/x-ndjson")

    async def no_days(request):
        return web.json_response({"object": "list", "from": request.query["from"], "to": request.query["to"],
                                  "data": []})

    async def no_requests(_request):
        return web.json_response({"object": "list", "has_more": False, "next_cursor": None, "data": []})

    app = web.Application()
    app.router.add_get("/v1/exports/request-log", empty)
    app.router.add_get("/v1/exports/monthly-usage", empty)
    app.router.add_get("/v1/usage/daily", no_days)
    app.router.add_get("/v1/usage/requests", no_requests)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    yield f"http://127.0.0.1:{runner.addresses[0][1]}"
    await runner.cleanup()


@pytest.fixture(scope="session")
async def gateway(upstream_template, metering_stub):
    proc = await GatewayProcess(upstream_template=upstream_template,
                                extra_env=gateway_env(GI_METERING_API_URL=metering_stub)).start()
    yield proc
    proc.stop()


def unique_email() -> str:
    return f"acct-{uuid.uuid4().hex[:12]}@example.com"


def bearer(api_key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {api_key}"}


async def call(http: aiohttp.ClientSession, gateway: GatewayProcess, method: str, path: str, *,
               key: str | None = None, json=None, data: bytes | None = None) -> tuple[int, dict, "CIMultiDictProxy"]:
    """(status, JSON body, headers) of one request to the gateway's /v1 API."""
    url = gateway.base_url + path
    async with http.request(method, url, json=json, data=data, headers=bearer(key) if key else {}) as resp:
        body = await resp.json(content_type=None) if (await resp.read()) else {}
        return resp.status, body, resp.headers.copy()


async def sign_up(http, gateway, *, name: str | None = "Ada") -> dict:
    payload = {"email": unique_email(), **({"name": name} if name is not None else {})}
    status, body, _ = await call(http, gateway, "POST", "/account/signup", json=payload)
    assert status == 201, body
    return {**body, "email": payload["email"], "name": name}


@pytest.fixture
async def account_events():
    """New accounts.v1 events (all customers; filter by customer_id)."""
    return await EventTail(topic="accounts.v1").mark()
