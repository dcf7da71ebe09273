"""Chaos: SIGKILL of retention while mixed traffic flows, restarted 10 s later. Retention
consumes accounts.v1 (account.erasure_requested starts an erasure) and lifecycle.v1
(every service's acks). Two customers outside the traffic ask for erasure while it is
down: after the restart it must start both (nothing it should have read is skipped),
see every service's ack (each erasure completes), and its group must catch up to the
end of both topics. The traffic's customers are untouched: the usual exactly-once checks."""

from __future__ import annotations

import uuid

import aiohttp
import pytest
from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient

from tests.chaos.ledger_check import record
from tests.chaos.scenario import run_scenario, settle

pytestmark = [pytest.mark.integration, pytest.mark.timing]

TOPICS = ("accounts.v1", "lifecycle.v1")


async def erasure_views(system, erasure_ids: list[str]) -> list[dict]:
    views = []
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as http:
        for erasure_id in erasure_ids:
            async with http.get(f"{system.retention.api_url}/v1/erasures", params={"erasure_id": erasure_id}) as r:
                views += (await r.json())["data"] if r.status == 200 else []
    return views


async def group_lag(bootstrap: str, group: str) -> int | None:
    """End offsets minus the group's committed offsets over retention's topics (None: nothing committed)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=10000)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False)
    await admin.start()
    await consumer.start()
    try:
        committed = {tp: m.offset for tp, m in (await admin.list_consumer_group_offsets(group)).items()
                     if tp.topic in TOPICS and m.offset >= 0}
        if not committed:
            return None
        ends = await consumer.end_offsets(list(committed))
        return sum(ends[tp] - offset for tp, offset in committed.items())
    finally:
        await consumer.stop()
        await admin.close()


async def test_retention_sigkill_and_restart(system, key_store):
    # Made before the fault, so their account.created events are long delivered.
    emails = [f"leaving-{uuid.uuid4().hex[:8]}@example.com" for _ in range(2)]
    leaving = [await key_store.create_account(email, "Leaving") for email in emails]
    erasure_ids: list[str] = []

    async def fault():
        system.retention.kill()
        async with aiohttp.ClientSession() as http:
            for account, email in zip(leaving, emails):
                async with http.delete(f"{system.gateways[0].base_url}/account", json={"confirm": email},
                                       headers={"Authorization": f"Bearer {account.api_key}"}) as resp:
                    body = await resp.json()
                    assert resp.status == 202, body
                    erasure_ids.append(body["erasure_id"])

    async def heal():
        await system.retention.start(90)

    entry = await run_scenario(system, "retention_sigkill", fault, heal)
    assert len(erasure_ids) == len(emails)

    async def all_completed():
        views = await erasure_views(system, erasure_ids)
        return len(views) == len(erasure_ids) and all(v["status"] == "completed" for v in views)

    completed = await settle(all_completed)
    views = await erasure_views(system, erasure_ids)
    group = system.retention.env["GI_RETENTION_GROUP_ID"]

    async def caught_up():
        return await group_lag(system.kafka.bootstrap, group) == 0

    await settle(caught_up)
    entry.update({"erasures_requested_while_down": len(erasure_ids), "erasures_started": len(views),
                  "erasures_completed": sum(1 for v in views if v["status"] == "completed"),
                  "retention_group_lag_after": await group_lag(system.kafka.bootstrap, group)})
    record(entry)
    assert completed, views
    assert entry["erasures_started"] == entry["erasures_completed"] == len(erasure_ids), entry
    assert entry["retention_group_lag_after"] == 0, entry
    assert entry["non_2xx"] == 0, entry  # the request path does not touch retention
