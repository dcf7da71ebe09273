"""A real metering process (subprocess) against the real Kafka and PostgreSQL,
plus helpers to produce events and read the ledger."""

from __future__ import annotations

import asyncio
import os
import uuid


from gammainfra_common.kafka.producer import EventProducer
from tests.conftest import DATABASE_URL, KAFKA_BOOTSTRAP, REDIS_URL
from tests.integration.gateway.harness import free_port
from tests.integration.service_process import ROOT, ServiceProcess

from .events import cloud_event

__all__ = ["ROOT", "MeteringProcess", "produce"]


class MeteringProcess(ServiceProcess):
    def __init__(self, *, topic: str, schema: str, group: str | None = None, redis: bool = False,
                 extra_env: dict[str, str] | None = None) -> None:
        ops_port, self.api_port = free_port(), free_port()
        env = {**os.environ, "GI_DATABASE_URL": DATABASE_URL, "GI_KAFKA_BOOTSTRAP": KAFKA_BOOTSTRAP,
               "GI_METERING_TOPIC": topic, "GI_METERING_SCHEMA": schema,
               "GI_METERING_GROUP_ID": group or f"metering-{uuid.uuid4().hex[:8]}",
               "GI_METERING_OPS_PORT": str(ops_port), "GI_METERING_API_PORT": str(self.api_port),
               **({"GI_REDIS_URL": REDIS_URL} if redis else {}), **(extra_env or {})}
        if not redis:
            env.pop("GI_REDIS_URL", None)  # no budget sync unless the test wants it
        super().__init__("gammainfra_metering", name="metering", ops_port=ops_port, env=env)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.api_port}"

    async def start(self, deadline_s: float = 60) -> "MeteringProcess":
        return await super().start(deadline_s)


async def produce(topic: str, events: list[dict], *, ids: list[str] | None = None) -> list[str]:
    """Send events (CloudEvents, key = customer_id), wait for every ack; returns the ce_ids."""
    sent = []
    async with EventProducer(KAFKA_BOOTSTRAP, client_id="test-metering", linger_ms=5) as producer:
        pending = []
        for i, data in enumerate(events):
            ce = cloud_event(data, ids[i] if ids else None)
            sent.append(ce.id)
            pending.append(await producer.enqueue(topic, data["customer_id"], ce))
            if len(pending) >= 5000:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
    return sent
