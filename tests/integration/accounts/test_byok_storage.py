"""BYOK keys at rest: what PostgreSQL holds, associated data binding each row, key
rotation without downtime, and deletion that is immediate in the table and in
every gateway's cache."""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from gammainfra_gateway.byok.crypto import BadRecord, Keyring, SealedKey
from tests.conftest import DATABASE_URL
from tests.integration.accounts.conftest import (KEK_1, KEK_2, KEYRING, KID_1, KID_2, call, gateway_env,
                                                 sign_up)
from tests.integration.gateway.harness import ROOT, GatewayProcess

pytestmark = [pytest.mark.integration, pytest.mark.timing]
CHAT = {"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}


def provider_key() -> str:
    return "sk-proj-" + secrets.token_urlsafe(36)


async def row(pg, customer_id: str, provider: str):
    return await pg.fetchrow("SELECT kek_id, nonce, ciphertext, hint FROM gateway.byok_keys "
                             "WHERE customer_id = $1 AND provider = $2", customer_id, provider)


async def test_stored_bytes_hold_neither_the_key_nor_a_prefix_of_it(gateway, http, pg):
    acct = await sign_up(http, gateway)
    plaintext = provider_key()
    status, body, _ = await call(http, gateway, "PUT", "/account/byok/openai", key=acct["api_key"],
                                 json={"api_key": plaintext})
    assert status == 200 and body == {"object": "byok_key", "provider": "openai", "hint": plaintext[-4:],
                                      "created_at": body["created_at"], "updated_at": body["updated_at"]}
    stored = await row(pg, acct["customer_id"], "openai")
    assert stored["kek_id"] == KID_1 and len(stored["nonce"]) == 12
    assert len(stored["ciphertext"]) == len(plaintext) + 16  # GCM: same length plus the 16-byte tag
    # Every column of every gateway table, as bytes and as text, for this customer.
    dump = b""
    for table in ("accounts", "api_keys", "byok_keys"):
        for r in await pg.fetch(f"SELECT * FROM gateway.{table} WHERE customer_id = $1", acct["customer_id"]):
            for value in r.values():
                dump += bytes(value) if isinstance(value, (bytes, bytearray)) else str(value).encode()
    for length in range(4, len(plaintext) + 1):  # no prefix of 4 characters or more
        assert plaintext[:length].encode() not in dump
    # The only visible part is the 4-character suffix hint.
    assert stored["hint"] == plaintext[-4:]
    status, listed, _ = await call(http, gateway, "GET", "/account/byok", key=acct["api_key"])
    assert [e["provider"] for e in listed["data"]] == ["openai"] and plaintext not in json.dumps(listed)
    status, _, _ = await call(http, gateway, "POST", "/chat/completions", key=acct["api_key"], json=CHAT)
    assert status == 200
    assert plaintext not in gateway.log_text()


async def test_a_ciphertext_moved_to_another_row_does_not_open(gateway, http, pg):
    a, b = await sign_up(http, gateway), await sign_up(http, gateway)
    for acct, provider in ((a, "openai"), (a, "anthropic"), (b, "openai")):
        status, _, _ = await call(http, gateway, "PUT", f"/account/byok/{provider}", key=acct["api_key"],
                                  json={"api_key": provider_key()})
        assert status == 200
    ring = Keyring.parse(KEYRING, KID_1)
    a_openai = await row(pg, a["customer_id"], "openai")
    sealed = SealedKey(a_openai["kek_id"], bytes(a_openai["nonce"]), bytes(a_openai["ciphertext"]))
    assert ring.open(sealed, a["customer_id"], "openai").startswith("sk-proj-")
    with pytest.raises(BadRecord):
        ring.open(sealed, b["customer_id"], "openai")   # another customer's row
    with pytest.raises(BadRecord):
        ring.open(sealed, a["customer_id"], "anthropic")  # another provider's row

    # In the database: B's row now carries A's ciphertext. B's gateway request must not use it.
    await pg.execute("UPDATE gateway.byok_keys SET kek_id = $2, nonce = $3, ciphertext = $4 "
                     "WHERE customer_id = $1 AND provider = 'openai'", b["customer_id"], *a_openai[:3])
    status, body, _ = await call(http, gateway, "PUT", "/account/byok/groq", key=b["api_key"],
                                 json={"api_key": provider_key()})  # a BYOK change evicts B's cached keys
    assert status == 200

    async def b_chat_status():
        status, body, _ = await call(http, gateway, "POST", "/chat/completions", key=b["api_key"], json=CHAT)
        return status, body
    status, body = await b_chat_status()
    # openai is B's BYOK provider but its key does not open: never served with A's key, nor
    # silently with the managed key; no other endpoint serves this model.
    assert status == 503 and body["error"]["code"] == "no_available_endpoint", body
    assert "does not open" in gateway.log_text()
    # The tampered row would (rightly) be reported as unreadable by a rotation.
    await pg.execute("DELETE FROM gateway.byok_keys WHERE customer_id = $1", b["customer_id"])


async def test_revocation_deletes_the_row_and_every_gateway_forgets_the_key(gateway, upstream_template, http, pg):
    # B keeps opened keys for 5 minutes: only the Redis message can make it forget in time.
    other = await GatewayProcess(upstream_template=upstream_template,
                                 extra_env=gateway_env(GI_GATEWAY_BYOK_CACHE_TTL_S="300")).start()
    try:
        acct = await sign_up(http, gateway)
        rejected = "sk-fake-rejected-" + secrets.token_urlsafe(24)
        status, _, _ = await call(http, gateway, "PUT", "/account/byok/openai", key=acct["api_key"],
                                  json={"api_key": rejected})
        assert status == 200
        status, body, _ = await call(http, other, "POST", "/chat/completions", key=acct["api_key"], json=CHAT)
        assert status == 400 and body["error"]["code"] == "byok_key_rejected"  # B uses (and caches) it

        started = asyncio.get_running_loop().time()
        status, body, _ = await call(http, gateway, "DELETE", "/account/byok/openai", key=acct["api_key"])
        assert status == 200 and body["deleted"] is True
        assert await row(pg, acct["customer_id"], "openai") is None  # no soft delete
        assert await pg.fetchval("SELECT count(*) FROM gateway.byok_keys WHERE customer_id = $1",
                                 acct["customer_id"]) == 0
        while True:  # B now serves with the managed key
            status, body, _ = await call(http, other, "POST", "/chat/completions", key=acct["api_key"], json=CHAT)
            if status == 200:
                break
            assert asyncio.get_running_loop().time() - started < 5, body
            await asyncio.sleep(0.05)
        status, body, _ = await call(http, gateway, "DELETE", "/account/byok/openai", key=acct["api_key"])
        assert status == 404
        # Deleting the account deletes its keys too (ON DELETE CASCADE).
        await call(http, gateway, "PUT", "/account/byok/openai", key=acct["api_key"], json={"api_key": rejected})
        await pg.execute("DELETE FROM gateway.accounts WHERE customer_id = $1", acct["customer_id"])
        assert await row(pg, acct["customer_id"], "openai") is None
    finally:
        other.stop()


def run_rotate(keyring: str, active: str, batch_size: int = 2) -> tuple[int, dict]:
    env = {**os.environ, "GI_DATABASE_URL": DATABASE_URL, "GI_GATEWAY_BYOK_KEYS": keyring,
           "GI_GATEWAY_BYOK_ACTIVE_KEY_ID": active}
    done = subprocess.run([str(Path(sys.executable).parent / "gammainfra"), "byok", "rotate", "--json",
                           "--batch-size", str(batch_size)], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode in (0, 1), done.stderr
    return done.returncode, json.loads(done.stdout)


async def test_rotation_keeps_every_key_usable_and_the_old_key_id_can_go(gateway, upstream_template, http, pg,
                                                                         fake):
    accounts = [await sign_up(http, gateway) for _ in range(5)]
    for acct in accounts:
        status, _, _ = await call(http, gateway, "PUT", "/account/byok/openai", key=acct["api_key"],
                                  json={"api_key": provider_key()})
        assert status == 200
    before = {a["customer_id"]: await row(pg, a["customer_id"], "openai") for a in accounts}
    assert {r["kek_id"] for r in before.values()} == {KID_1}

    # A gateway serving during the rotation holds both ids, the new one active.
    both = await GatewayProcess(upstream_template=upstream_template,
                                extra_env=gateway_env(active=KID_2)).start()
    try:
        for acct in accounts:  # before: rows under the old id open
            status, body, _ = await call(http, both, "POST", "/chat/completions", key=acct["api_key"], json=CHAT)
            assert status == 200, body
        rotation = asyncio.create_task(asyncio.to_thread(run_rotate, KEYRING, KID_2))
        while not rotation.done():  # requests keep being served with each customer's own key
            for acct in accounts:
                status, body, _ = await call(http, both, "POST", "/chat/completions", key=acct["api_key"], json=CHAT)
                assert status == 200, body
        code, report = await rotation
    finally:
        both.stop()
    assert code == 0 and report["active_key_id"] == KID_2 and report["unreadable"] == 0
    assert report["resealed"] >= 5 and KID_1 not in report["rows_by_key_id"]
    for acct in accounts:
        after = await row(pg, acct["customer_id"], "openai")
        assert after["kek_id"] == KID_2 and after["nonce"] != before[acct["customer_id"]]["nonce"]
        assert after["hint"] == before[acct["customer_id"]]["hint"]
    assert run_rotate(KEYRING, KID_2)[1]["resealed"] == 0  # idempotent: nothing left to do

    # The old key id removed from the ring: every key still opens.
    only_new = await GatewayProcess(upstream_template=upstream_template,
                                    extra_env=gateway_env(keyring=f"{KID_2}:{KEK_2}", active=KID_2)).start()
    try:
        for acct in accounts:
            status, body, headers = await call(http, only_new, "POST", "/chat/completions", key=acct["api_key"],
                                               json=CHAT)
            assert status == 200, body
        assert "does not open" not in only_new.log_text()
    finally:
        only_new.stop()
    assert KEK_1 not in only_new.log_text()
