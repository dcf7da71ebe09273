"""The operator CLI goes through the account store: same validation, and every
change's accounts.v1 event is staged in the change's own transaction (the outbox)
and relayed in commit order; with Kafka unreachable the events wait in
PostgreSQL and a later relay (a gateway's, here `relay_once`) delivers them."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import uuid

import pytest

from gammainfra_common.kafka.producer import EventProducer
from gammainfra_common.postgres import create_pool
from gammainfra_gateway.accounts.outbox import RELAY_LOCK, relay_once
from tests.conftest import DATABASE_URL, KAFKA_BOOTSTRAP, REDIS_URL
from tests.integration.gateway.harness import EventTail

pytestmark = [pytest.mark.integration, pytest.mark.timing]


def gammainfra(*args: str, kafka: str = KAFKA_BOOTSTRAP) -> subprocess.CompletedProcess:
    env = {**os.environ, "GI_DATABASE_URL": DATABASE_URL, "GI_REDIS_URL": REDIS_URL, "GI_KAFKA_BOOTSTRAP": kafka}
    return subprocess.run([sys.executable, "-m", "gammainfra_cli.main", *args], env=env, capture_output=True,
                          text=True, timeout=60)


def email() -> str:
    return f"cli-{uuid.uuid4().hex[:10]}@example.com"


async def test_cli_account_key_lifecycle_emits_every_event_in_order():
    tail = await EventTail(topic="accounts.v1").mark()
    made = gammainfra("accounts", "create", "--email", email(), "--name", "Grace", "--json")
    assert made.returncode == 0, made.stderr
    account = json.loads(made.stdout)
    assert account["api_key"].startswith(f"gi-{account['key_id']}-")
    tail.customer_id = account["customer_id"]

    second = json.loads(gammainfra("keys", "create", "--customer-id", account["customer_id"], "--rpm", "5",
                                   "--json").stdout)
    revoked = gammainfra("keys", "revoke", account["key_id"], "--json")
    assert revoked.returncode == 0, revoked.stderr
    assert json.loads(revoked.stdout)["revoked"] is True

    events = await tail.events(count=4)
    assert [(e["type"], e.get("key_id")) for e, _ in events] == [
        ("account.created", None), ("api_key.created", account["key_id"]),
        ("api_key.created", second["key_id"]), ("api_key.revoked", account["key_id"])]
    assert "Grace" not in json.dumps([e for e, _ in events])


async def test_cli_refuses_what_the_api_refuses():
    bad = gammainfra("accounts", "create", "--email", "not-an-email", "--json")
    assert bad.returncode != 0
    assert "not a valid email address" in bad.stderr
    unknown = gammainfra("keys", "create", "--customer-id", "cus_doesnotexist00", "--json")
    assert unknown.returncode != 0 and "no account with id" in unknown.stderr


async def test_events_wait_in_the_outbox_while_kafka_is_unreachable():
    tail = await EventTail(topic="accounts.v1").mark()
    pool = await create_pool(DATABASE_URL, min_size=1, max_size=3)
    try:
        async with pool.acquire() as holder:
            # Hold the relay turn, so the gateways of other tests (whose relays poll the
            # same table) cannot send the staged rows while we look at them.
            await holder.execute("SELECT pg_advisory_lock($1)", RELAY_LOCK)
            try:
                # Port 9 (discard) refuses: the change commits, its events stay staged.
                made = gammainfra("accounts", "create", "--email", email(), "--json", kafka="127.0.0.1:9")
                assert made.returncode == 0, made.stderr
                account = json.loads(made.stdout)
                assert account["events_pending"] >= 2
                staged = await pool.fetch("SELECT ce_type FROM gateway.account_outbox WHERE customer_id = $1 "
                                          "ORDER BY id", account["customer_id"])
                assert [r["ce_type"] for r in staged] == ["com.gammainfra.account.created",
                                                          "com.gammainfra.api_key.created"]
            finally:
                await holder.execute("SELECT pg_advisory_unlock($1)", RELAY_LOCK)
        tail.customer_id = account["customer_id"]
        async with EventProducer(KAFKA_BOOTSTRAP, client_id="test-relay") as producer:
            loop = asyncio.get_running_loop()
            deadline = loop.time() + 30
            while await pool.fetchval("SELECT count(*) FROM gateway.account_outbox WHERE customer_id = $1",
                                      account["customer_id"]):
                assert loop.time() < deadline, "the staged events were never relayed"
                await relay_once(pool, producer)  # 0 when another relay has the turn: it sends them
                await asyncio.sleep(0.1)
    finally:
        await pool.close()
    events = await tail.events(count=2)
    assert [e["type"] for e, _ in events] == ["account.created", "api_key.created"]
    assert all(e["customer_id"] == account["customer_id"] for e, _ in events)
