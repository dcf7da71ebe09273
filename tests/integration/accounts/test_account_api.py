"""The account API end to end on a real gateway process: sign-up, reading and
rectifying the account, the objection flag, API keys, and the accounts.v1 events
each change emits (metadata only: never an email, a name or key material)."""

from __future__ import annotations

import pytest

from gammainfra_schemas.topics import validator_for
from tests.integration.accounts.conftest import call, sign_up, unique_email

pytestmark = pytest.mark.integration


def assert_no_personal_data(events: list[tuple[dict, dict]], *secrets: str) -> None:
    validator = validator_for("accounts.v1", 1)
    for data, headers in events:
        validator.validate(data)
        assert headers["ce_type"] == "com.gammainfra." + data["type"]
        blob = repr((data, headers)).lower()
        for secret in secrets:
            if secret:
                assert secret.lower() not in blob


async def test_sign_up_read_rectify_object_and_events(gateway, http, account_events):
    email = unique_email()
    status, body, headers = await call(http, gateway, "POST", "/account/signup",
                                       json={"email": f"  {email.upper()}  ", "name": "Ada Lovelace"})
    assert status == 201, body
    assert set(body) == {"object", "customer_id", "key_id", "api_key"}
    assert body["api_key"].startswith(f"gi-{body['key_id']}-")
    assert "set-cookie" not in {h.lower() for h in headers}
    cid, key = body["customer_id"], body["api_key"]
    account_events.customer_id = cid

    status, account, _ = await call(http, gateway, "GET", "/account", key=key)
    assert status == 200
    local, domain = email.upper().split("@")
    assert account["email"] == f"{local}@{domain.lower()}"  # trimmed; the domain is case-insensitive
    assert (account["name"], account["processing_objection"], account["byok_fallback_to_managed"]) == (
        "Ada Lovelace", False, False)

    new_email = unique_email()
    status, account, _ = await call(http, gateway, "PATCH", "/account", key=key,
                                    json={"email": new_email, "name": None})
    assert status == 200 and (account["email"], account["name"]) == (new_email, None)
    status, account, _ = await call(http, gateway, "PATCH", "/account", key=key,
                                    json={"processing_objection": True})
    assert status == 200 and account["processing_objection"] is True
    status, account, _ = await call(http, gateway, "PATCH", "/account", key=key,
                                    json={"processing_objection": True})  # no change: no event
    status, account, _ = await call(http, gateway, "PATCH", "/account", key=key,
                                    json={"processing_objection": False, "byok_fallback_to_managed": True})
    assert status == 200 and (account["processing_objection"], account["byok_fallback_to_managed"]) == (False, True)

    events = await account_events.events(count=6)
    assert [d["type"] for d, _ in events] == [
        "account.created", "api_key.created", "account.updated", "account.processing_objection_changed",
        "account.updated", "account.processing_objection_changed"]
    assert events[2][0]["changed_fields"] == ["email", "name"]
    assert events[3][0]["objection"] is True
    assert events[4][0]["changed_fields"] == ["byok_fallback_to_managed"]
    assert events[5][0]["objection"] is False
    assert_no_personal_data(events, email, new_email, "Ada Lovelace", key)


async def test_keys_list_create_revoke_secrets_only_at_creation(gateway, http, account_events):
    first = await sign_up(http, gateway)
    account_events.customer_id = first["customer_id"]
    status, created, _ = await call(http, gateway, "POST", "/account/keys", key=first["api_key"],
                                    json={"name": "ci", "requests_per_minute": 30,
                                          "monthly_budget_micro_usd": 25_000_000})
    assert status == 201, created
    assert (created["name"], created["requests_per_minute"], created["monthly_budget_micro_usd"]) == (
        "ci", 30, 25_000_000)
    assert created["api_key"].startswith(f"gi-{created['key_id']}-") and created["active"] is True
    status, bare, _ = await call(http, gateway, "POST", "/account/keys", key=created["api_key"])
    assert status == 201 and bare["name"] is None and bare["monthly_budget_micro_usd"] is None

    status, listed, _ = await call(http, gateway, "GET", "/account/keys", key=first["api_key"])
    assert status == 200
    assert [k["key_id"] for k in listed["data"]] == [first["key_id"], created["key_id"], bare["key_id"]]
    assert all("api_key" not in k and "secret_hash" not in k for k in listed["data"])

    status, revoked, _ = await call(http, gateway, "DELETE", f"/account/keys/{created['key_id']}",
                                    key=first["api_key"])
    assert status == 200 and revoked["active"] is False and revoked["revoked_at"]
    status, again, _ = await call(http, gateway, "DELETE", f"/account/keys/{created['key_id']}",
                                  key=first["api_key"])
    assert status == 404 and again["error"]["code"] == "not_found"

    events = await account_events.events(count=5)
    assert [(d["type"], d.get("key_id")) for d, _ in events] == [
        ("account.created", None), ("api_key.created", first["key_id"]), ("api_key.created", created["key_id"]),
        ("api_key.created", bare["key_id"]), ("api_key.revoked", created["key_id"])]
    assert_no_personal_data(events, first["email"], first["api_key"], created["api_key"], bare["api_key"])


async def test_the_last_active_key_cannot_be_revoked(gateway, http):
    acct = await sign_up(http, gateway)
    status, body, _ = await call(http, gateway, "DELETE", f"/account/keys/{acct['key_id']}", key=acct["api_key"])
    assert status == 409 and body["error"]["code"] == "last_active_key"
    status, _, _ = await call(http, gateway, "GET", "/account", key=acct["api_key"])
    assert status == 200


async def test_duplicate_email_is_a_conflict_whatever_its_case(gateway, http):
    acct = await sign_up(http, gateway)
    status, body, _ = await call(http, gateway, "POST", "/account/signup", json={"email": acct["email"].upper()})
    assert status == 409 and body["error"]["code"] == "email_taken"
    assert acct["email"] not in body["error"]["message"].lower()
    other = await sign_up(http, gateway)
    status, body, _ = await call(http, gateway, "PATCH", "/account", key=other["api_key"],
                                 json={"email": acct["email"]})
    assert status == 409 and body["error"]["param"] == "email"


@pytest.mark.parametrize("method,path,payload,param", [
    ("POST", "/account/signup", {"email": "not-an-email"}, "email"),
    ("POST", "/account/signup", {"email": "a@b"}, "email"),
    ("POST", "/account/signup", {"email": "x" * 250 + "@example.com"}, "email"),
    ("POST", "/account/signup", {"email": 42}, "email"),
    ("POST", "/account/signup", {"name": "no email"}, "email"),
    ("POST", "/account/signup", {"email": "ok@example.com", "name": "x" * 201}, "name"),
    ("POST", "/account/signup", {"email": "ok@example.com", "name": "tab\there"}, "name"),
    ("POST", "/account/signup", {"email": "ok@example.com", "admin": True}, "admin"),
    ("PATCH", "/account", {"processing_objection": "yes"}, "processing_objection"),
    ("PATCH", "/account", {"email": None}, "email"),
    ("PATCH", "/account", {"customer_id": "cus_other"}, "customer_id"),
    ("POST", "/account/keys", {"requests_per_minute": 0}, "requests_per_minute"),
    ("POST", "/account/keys", {"requests_per_minute": True}, "requests_per_minute"),
    ("POST", "/account/keys", {"monthly_budget_micro_usd": 1.5}, "monthly_budget_micro_usd"),
    ("POST", "/account/keys", {"monthly_budget_micro_usd": -1}, "monthly_budget_micro_usd"),
    ("POST", "/account/keys", {"name": ""}, "name"),
    ("PUT", "/account/byok/openai", {"api_key": "short"}, "api_key"),
    ("PUT", "/account/byok/openai", {"api_key": "sk-has a space-0123456789"}, "api_key"),
    ("PUT", "/account/byok/openai", {}, "api_key"),
    ("PUT", "/account/byok/bedrock", {"api_key": "no-colon-here-0123"}, "api_key"),
])
async def test_bad_input_is_a_clear_400(gateway, http, method, path, payload, param):
    acct = await sign_up(http, gateway)
    status, body, _ = await call(http, gateway, method, path, json=payload,
                                 key=None if path.endswith("signup") else acct["api_key"])
    assert status == 400, body
    assert body["error"]["type"] == "invalid_request_error" and body["error"]["param"] == param
    assert body["error"]["message"]


@pytest.mark.parametrize("method,path", [("POST", "/account/signup"), ("PATCH", "/account"),
                                         ("POST", "/account/keys"), ("PUT", "/account/byok/openai")])
@pytest.mark.parametrize("raw", [b"{not json", b"[1, 2]", b'"text"', b"\xff\xfe"])
async def test_invalid_json_is_a_400_not_a_500(gateway, http, method, path, raw):
    acct = await sign_up(http, gateway)
    status, body, _ = await call(http, gateway, method, path, data=raw,
                                 key=None if path.endswith("signup") else acct["api_key"])
    assert status == 400 and body["error"]["type"] == "invalid_request_error"


async def test_sign_up_is_rate_limited_per_ip(upstream_template):
    import random

    import aiohttp

    from tests.integration.accounts.conftest import gateway_env
    from tests.integration.gateway.harness import GatewayProcess
    limited = await GatewayProcess(upstream_template=upstream_template,
                                   extra_env=gateway_env(GI_GATEWAY_SIGNUPS_PER_MIN="3")).start()
    # A client address of its own (any 127.x.y.z is loopback), so no other test's
    # sign-ups share this per-IP window.
    source = f"127.{random.randint(1, 254)}.{random.randint(1, 254)}.{random.randint(2, 254)}"
    try:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(local_addr=(source, 0))) as own_ip:
            statuses = []
            for _ in range(4):
                status, body, headers = await call(own_ip, limited, "POST", "/account/signup",
                                                   json={"email": unique_email()})
                statuses.append(status)
        assert statuses == [201, 201, 201, 429], statuses
        assert body["error"]["code"] == "rate_limit_exceeded" and int(headers["Retry-After"]) >= 1
    finally:
        limited.stop()


async def test_byok_changes_emit_events_without_key_material(gateway, http, account_events):
    acct = await sign_up(http, gateway)
    account_events.customer_id = acct["customer_id"]
    first, second = "sk-proj-first-" + "A1b2" * 8, "sk-proj-second-" + "C3d4" * 8
    for key in (first, second):  # set, then replace
        status, _, _ = await call(http, gateway, "PUT", "/account/byok/openai", key=acct["api_key"],
                                  json={"api_key": key})
        assert status == 200
    status, _, _ = await call(http, gateway, "DELETE", "/account/byok/openai", key=acct["api_key"])
    assert status == 200
    events = await account_events.events(count=5)
    assert [(d["type"], d.get("provider")) for d, _ in events] == [
        ("account.created", None), ("api_key.created", None), ("byok_key.set", "openai"),
        ("byok_key.set", "openai"), ("byok_key.revoked", "openai")]
    assert_no_personal_data(events, acct["email"], acct["api_key"], first, second, first[-4:] + "\"",
                            second[-4:] + "\"")
    assert first not in gateway.log_text() and second not in gateway.log_text()


async def test_without_a_keyring_byok_is_refused_clearly_and_managed_access_works(upstream_template, http):
    from tests.integration.accounts.conftest import gateway_env
    from tests.integration.gateway.harness import GatewayProcess
    env = {k: v for k, v in gateway_env().items() if not k.startswith("GI_GATEWAY_BYOK")}
    plain = GatewayProcess(upstream_template=upstream_template, extra_env=env)
    plain.env.pop("GI_GATEWAY_BYOK_KEYS", None)
    plain.env.pop("GI_GATEWAY_BYOK_ACTIVE_KEY_ID", None)
    await plain.start()
    try:
        acct = await sign_up(http, plain)
        status, body, _ = await call(http, plain, "PUT", "/account/byok/openai", key=acct["api_key"],
                                     json={"api_key": "sk-proj-" + "x" * 30})
        assert status == 503 and body["error"]["code"] == "byok_unavailable"
        status, _, _ = await call(http, plain, "POST", "/chat/completions", key=acct["api_key"],
                                  json={"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "x"}]})
        assert status == 200
    finally:
        plain.stop()
