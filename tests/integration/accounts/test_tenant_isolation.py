"""Tenant isolation: every account route, called with customer B's key and
aimed at customer A's objects (key ids, providers), reads and changes only B.

Another customer's object answers exactly like one that never existed (404 with
the same error code): a 403 would confirm that the id exists, so it is never
used. No route takes a customer id at all; the customer is always the key's.
"""

from __future__ import annotations

import secrets

import pytest

from tests.integration.accounts.conftest import call, sign_up

pytestmark = pytest.mark.integration


@pytest.fixture
async def tenants(gateway, http, pg):
    a, b = await sign_up(http, gateway, name="Alice"), await sign_up(http, gateway, name="Bob")
    status, a_extra, _ = await call(http, gateway, "POST", "/account/keys", key=a["api_key"], json={"name": "a2"})
    assert status == 201
    for provider in ("openai", "anthropic"):
        status, _, _ = await call(http, gateway, "PUT", f"/account/byok/{provider}", key=a["api_key"],
                                  json={"api_key": "sk-alice-" + secrets.token_urlsafe(24)})
        assert status == 200
    a["extra"] = a_extra
    return a, b


async def snapshot(pg, customer_id: str) -> tuple:
    account = await pg.fetchrow("SELECT * FROM gateway.accounts WHERE customer_id = $1", customer_id)
    keys = await pg.fetch("SELECT * FROM gateway.api_keys WHERE customer_id = $1 ORDER BY key_id", customer_id)
    byok = await pg.fetch("SELECT * FROM gateway.byok_keys WHERE customer_id = $1 ORDER BY provider", customer_id)
    return dict(account), [dict(k) for k in keys], [dict(r) for r in byok]


def fake_key_id() -> str:
    return "".join(secrets.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(12))


async def test_no_route_reads_or_changes_another_customers_data(gateway, http, pg, tenants):
    a, b = tenants
    a_before = await snapshot(pg, a["customer_id"])
    a_ids = {a["customer_id"], a["key_id"], a["extra"]["key_id"], a["email"]}

    def leaks(body) -> set[str]:
        return {v for v in a_ids if v in str(body)}

    # Reads return B's own data only.
    for path in ("/account", "/account/keys", "/account/byok"):
        status, body, _ = await call(http, gateway, "GET", path, key=b["api_key"])
        assert status == 200 and not leaks(body), (path, body)
    status, body, _ = await call(http, gateway, "GET", "/account", key=b["api_key"])
    assert body["customer_id"] == b["customer_id"] and body["name"] == "Bob"
    status, body, _ = await call(http, gateway, "GET", "/account/byok", key=b["api_key"])
    assert body["data"] == []

    # A's key ids: the same 404 as ids that never existed.
    for key_id in (a["key_id"], a["extra"]["key_id"]):
        status, body, _ = await call(http, gateway, "DELETE", f"/account/keys/{key_id}", key=b["api_key"])
        status_none, body_none, _ = await call(http, gateway, "DELETE", f"/account/keys/{fake_key_id()}",
                                               key=b["api_key"])
        assert (status, body["error"]["code"], body["error"]["type"]) == (
            status_none, body_none["error"]["code"], body_none["error"]["type"]) == (404, "not_found",
                                                                                    "invalid_request_error")
    # A's BYOK providers: B deleting them deletes nothing of A's (B has none: 404).
    for provider in ("openai", "anthropic"):
        status, body, _ = await call(http, gateway, "DELETE", f"/account/byok/{provider}", key=b["api_key"])
        assert status == 404 and not leaks(body)
    # Changes B makes land on B.
    status, body, _ = await call(http, gateway, "PATCH", "/account", key=b["api_key"],
                                 json={"name": "Bob 2", "processing_objection": True,
                                       "byok_fallback_to_managed": True})
    assert status == 200 and body["customer_id"] == b["customer_id"]
    status, body, _ = await call(http, gateway, "PATCH", "/account", key=b["api_key"], json={"email": a["email"]})
    assert status == 409  # A's email cannot be taken over (and A's row is not touched)
    status, body, _ = await call(http, gateway, "PUT", "/account/byok/openai", key=b["api_key"],
                                 json={"api_key": "sk-bob-" + secrets.token_urlsafe(24)})
    assert status == 200
    status, body, _ = await call(http, gateway, "POST", "/account/keys", key=b["api_key"], json={"name": "b2"})
    assert status == 201
    status, body, _ = await call(http, gateway, "DELETE", "/account/byok/openai", key=b["api_key"])
    assert status == 200

    # A is exactly as before, and A's keys still work.
    assert await snapshot(pg, a["customer_id"]) == a_before
    for key in (a["api_key"], a["extra"]["api_key"]):
        status, body, _ = await call(http, gateway, "GET", "/account", key=key)
        assert status == 200 and body["customer_id"] == a["customer_id"] and body["name"] == "Alice"
    status, body, _ = await call(http, gateway, "GET", "/account/byok", key=a["api_key"])
    assert [e["provider"] for e in body["data"]] == ["anthropic", "openai"]


async def test_a_customer_id_cannot_be_chosen_by_the_client(gateway, http, tenants):
    a, b = tenants
    for method, path, payload in (("PATCH", "/account", {"customer_id": a["customer_id"], "name": "x"}),
                                  ("POST", "/account/keys", {"customer_id": a["customer_id"]}),
                                  ("PUT", "/account/byok/openai", {"api_key": "sk-" + "x" * 20,
                                                                   "customer_id": a["customer_id"]})):
        status, body, _ = await call(http, gateway, method, path, key=b["api_key"], json=payload)
        assert status == 400 and body["error"]["param"] == "customer_id"
    # Query strings naming another customer are ignored: the key decides.
    status, body, _ = await call(http, gateway, "GET", f"/account?customer_id={a['customer_id']}", key=b["api_key"])
    assert status == 200 and body["customer_id"] == b["customer_id"]


async def test_the_owner_revokes_its_own_key_and_it_is_refused_at_once(gateway, http, tenants):
    """A revokes its own extra key with its own key; B's key can never do it (above)."""
    a, _ = tenants
    status, _, _ = await call(http, gateway, "DELETE", f"/account/keys/{a['extra']['key_id']}", key=a["api_key"])
    assert status == 200
    status, body, _ = await call(http, gateway, "GET", "/account", key=a["extra"]["api_key"])
    assert status == 401
