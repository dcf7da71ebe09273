"""Requests served with the customer's own provider key: the event says so and
carries the BYOK fee rate; a key the provider refuses is the customer's error,
never silently replaced by a managed key unless the account allows it."""

from __future__ import annotations

import secrets

import pytest

from gammainfra_schemas.catalog import load_catalog
from gammainfra_schemas.pricing import platform_fee
from tests.integration.accounts.conftest import call, sign_up
from tests.integration.gateway.harness import EventTail

pytestmark = pytest.mark.integration
CHAT = {"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "hello byok"}]}


async def chat(http, gateway, acct, body=CHAT):
    status, payload, headers = await call(http, gateway, "POST", "/chat/completions", key=acct["api_key"], json=body)
    return status, payload, headers["x-request-id"]


async def put_key(http, gateway, acct, key, provider="openai"):
    status, body, _ = await call(http, gateway, "PUT", f"/account/byok/{provider}", key=acct["api_key"],
                                 json={"api_key": key})
    assert status == 200, body


async def test_own_key_used_event_says_byok_and_fee_follows_the_byok_rate(gateway, http):
    acct = await sign_up(http, gateway)
    tail = await EventTail(customer_id=acct["customer_id"]).mark()
    _, _, managed_id = await chat(http, gateway, acct)
    await put_key(http, gateway, acct, "sk-proj-" + secrets.token_urlsafe(30))
    status, payload, byok_id = await chat(http, gateway, acct)
    assert status == 200 and payload["choices"][0]["message"]["content"] == "Echo: hello byok"
    events = {d["request_id"]: d for d, _ in await tail.events(request_ids={managed_id, byok_id})}
    fees = load_catalog(events[byok_id]["catalog_version"]).fees
    managed, byok = events[managed_id], events[byok_id]
    assert (managed["byok"], byok["byok"]) == (False, True)
    assert byok["cost_micro_usd"] > 0
    assert byok["platform_fee_micro_usd"] == platform_fee(byok["cost_micro_usd"], True, fees)
    assert managed["platform_fee_micro_usd"] == platform_fee(managed["cost_micro_usd"], False, fees)
    assert fees.byok_bps != fees.managed_bps  # so the two assertions above tell the rates apart


async def test_a_refused_own_key_is_the_customers_error_without_fallback(gateway, http, fake):
    acct = await sign_up(http, gateway)
    tail = await EventTail(customer_id=acct["customer_id"]).mark()
    rejected = "sk-fake-rejected-" + secrets.token_urlsafe(24)
    await put_key(http, gateway, acct, rejected)
    # Fallback models served by other providers do not change it: the request stops here.
    body = {**CHAT, "models": ["mistral/mistral-large"]}
    status, payload, request_id = await chat(http, gateway, acct, body)
    assert status == 400, payload
    error = payload["error"]
    assert (error["type"], error["code"]) == ("invalid_request_error", "byok_key_rejected")
    assert "openai" in error["message"] and "BYOK" in error["message"]
    assert rejected not in str(payload) and rejected[-4:] not in error["message"]
    [(event, _)] = await tail.events(request_ids={request_id})
    assert (event["status"], event["http_status"], event["error_type"], event["error_provider"], event["byok"]) == (
        "error", 400, "upstream_auth_error", "openai", True)
    assert [(a["provider"], a["outcome"], a["error_type"]) for a in event["fallback_chain"]] == [
        ("openai", "error", "upstream_auth_error")]
    assert rejected not in gateway.log_text()


async def test_with_the_accounts_permission_a_refused_key_falls_back_to_managed(gateway, http):
    acct = await sign_up(http, gateway)
    tail = await EventTail(customer_id=acct["customer_id"]).mark()
    await put_key(http, gateway, acct, "sk-fake-rejected-" + secrets.token_urlsafe(24))
    status, account, _ = await call(http, gateway, "PATCH", "/account", key=acct["api_key"],
                                    json={"byok_fallback_to_managed": True})
    assert status == 200 and account["byok_fallback_to_managed"] is True
    status, payload, request_id = await chat(http, gateway, acct)
    assert status == 200, payload
    [(event, _)] = await tail.events(request_ids={request_id})
    assert (event["status"], event["byok"]) == ("success", False)
    assert [(a["endpoint"], a["outcome"], a["error_type"]) for a in event["fallback_chain"]] == [
        ("openai-us", "error", "upstream_auth_error"), ("openai-us", "success", None)]
    fees = load_catalog(event["catalog_version"]).fees
    assert event["platform_fee_micro_usd"] == platform_fee(event["cost_micro_usd"], False, fees)


async def test_replacing_a_refused_key_takes_effect_at_once(gateway, http):
    acct = await sign_up(http, gateway)
    await put_key(http, gateway, acct, "sk-fake-rejected-" + secrets.token_urlsafe(24))
    assert (await chat(http, gateway, acct))[0] == 400
    await put_key(http, gateway, acct, "sk-proj-" + secrets.token_urlsafe(30))
    assert (await chat(http, gateway, acct))[0] == 200
