"""A service that does not ack: the erasure shows as stuck, is re-issued, raises
the stuck gauge the alert rule watches, and completes once the late ack arrives.
The silent service here is billing, which does not run in this branch: its ack is
produced by hand exactly as billing's lifecycle consumer will send it."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from gammainfra_common.kafka.cloudevents import CloudEvent, rfc3339
from gammainfra_common.kafka.producer import EventProducer
from gammainfra_common.lifecycle import lifecycle_event
from tests.conftest import KAFKA_BOOTSTRAP
from tests.integration.conftest import eventually
from tests.integration.metering.harness import MeteringProcess

from .conftest import create_topic
from .harness import RetentionProcess, cli_json


async def test_an_unacked_erasure_is_stuck_retried_alerted_then_completed(pg):
    suffix = uuid.uuid4().hex[:8]
    accounts, lifecycle = f"test-accounts-{suffix}", f"test-lifecycle-{suffix}"
    for topic in (accounts, lifecycle, f"test-requests-{suffix}"):
        await create_topic(topic)
    schemas = (f"metering_s_{suffix}", f"retention_s_{suffix}")
    metering = MeteringProcess(topic=f"test-requests-{suffix}", schema=schemas[0],
                               extra_env={"GI_LIFECYCLE_TOPIC": lifecycle})
    retention = RetentionProcess(schema=schemas[1], lifecycle_topic=lifecycle, accounts_topic=accounts,
                                 extra_env={"GI_RETENTION_ERASURE_SERVICES": "metering,billing",
                                            "GI_RETENTION_ERASURE_TIMEOUT_S": "2"})
    env = {"GI_RETENTION_SCHEMA": schemas[1], "GI_RETENTION_ERASURE_TIMEOUT_S": "2"}
    try:
        await metering.start()
        await retention.start()
        customer, erasure_id = f"cus_s{suffix}", f"era_s{suffix}"
        async with EventProducer(KAFKA_BOOTSTRAP, client_id="test") as producer:
            await producer.send(accounts, customer, CloudEvent(
                type="com.gammainfra.account.erasure_requested", source="/gammainfra/gateway",
                data={"type": "account.erasure_requested", "customer_id": customer,
                      "occurred_at": rfc3339(datetime.now(UTC)), "erasure_id": erasure_id}))

            async def stuck():
                view = await cli_json("erasure", "status", "--id", erasure_id, "--json", env=env)
                return view if view["status"] == "stuck" and view["attempts"] >= 2 else None

            view = await eventually(stuck, timeout_s=30)
            assert view["services"]["metering"]["status"] == "completed"
            assert view["services"]["billing"] == {"status": "pending"}

            async def gauge(value: str):
                return f"gi_retention_erasures_stuck {value}" in await retention.metrics()

            await eventually(lambda: gauge("1.0"))
            # Billing's ack, as its lifecycle consumer sends it.
            ack = {"type": "erasure.completed", "erasure_id": erasure_id, "customer_id": customer,
                   "service": "billing", "rows_deleted": 3, "completed_at": rfc3339(datetime.now(UTC))}
            await producer.send(lifecycle, customer, lifecycle_event(ack, service="billing"))

        async def completed():
            view = await cli_json("erasure", "status", "--id", erasure_id, "--json", env=env)
            return view if view["status"] == "completed" else None

        view = await eventually(completed, timeout_s=30)
        assert view["services"]["billing"]["rows_deleted"] == 3
        await eventually(lambda: gauge("0.0"))
        listed = await cli_json("erasure", "status", "--json", env=env)
        assert [v["erasure_id"] for v in listed["data"]] == [erasure_id]
    finally:
        metering.stop()
        retention.stop()
        for schema in schemas:
            await pg.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
