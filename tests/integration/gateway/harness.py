"""Running real gateway processes for tests: `python -m gammainfra_gateway` with its
own ports, spool and log file, against the real Kafka/PostgreSQL/Redis and an
in-process fake provider server."""

from __future__ import annotations

import asyncio
import os

import orjson
from aiokafka import AIOKafkaConsumer
from aiokafka.structs import TopicPartition

from tests.conftest import DATABASE_URL, KAFKA_BOOTSTRAP, REDIS_URL
from tests.ports import free_port, free_port_run
from tests.integration.service_process import ROOT, ServiceProcess

__all__ = ["ROOT", "EventTail", "GatewayProcess", "free_port"]


class GatewayProcess(ServiceProcess):
    def __init__(self, *, upstream_template: str, kafka: str = KAFKA_BOOTSTRAP, workers: int = 1,
                 extra_env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        # Worker N serves ops on ops_port + N: all of them must be free.
        super().__init__("gammainfra_gateway", name="gateway", ops_port=free_port_run(workers), env={})
        self.env = {**os.environ, "GI_DATABASE_URL": DATABASE_URL, "GI_REDIS_URL": REDIS_URL,
                    "GI_KAFKA_BOOTSTRAP": kafka, "GI_GATEWAY_PORT": str(self.port),
                    "GI_GATEWAY_OPS_PORT": str(self.ops_port), "GI_GATEWAY_WORKERS": str(workers),
                    "GI_GATEWAY_SPOOL_DIR": str(self.state / "spool"),
                    "GI_UPSTREAM_URL_TEMPLATE": upstream_template,
                    # Every test client is 127.0.0.1 and the per-IP counter lives in the shared
                    # Redis: a real per-IP limit (requests, sign-ups) would make tests depend on
                    # each other's traffic; the limits have tests of their own.
                    "GI_GATEWAY_IP_RPM": "1000000000", "GI_GATEWAY_SIGNUPS_PER_MIN": "1000000",
                    **(extra_env or {})}

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"


class EventTail:
    """Reads llm.requests.v1 events produced after it was created."""

    def __init__(self, topic: str = "llm.requests.v1", bootstrap: str = KAFKA_BOOTSTRAP,
                 customer_id: str | None = None) -> None:
        # Only this customer's events: another test's event can still be on its way
        # from a spool when this tail starts.
        self.topic, self.bootstrap, self.customer_id = topic, bootstrap, customer_id
        self._start: dict[TopicPartition, int] = {}

    @property
    def start_offsets(self) -> dict[TopicPartition, int]:
        """Where the tail starts: the end offsets when `mark` ran."""
        return dict(self._start)

    async def mark(self) -> "EventTail":
        consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, group_id=None)
        await consumer.start()
        try:
            partitions = [TopicPartition(self.topic, p) for p in consumer.partitions_for_topic(self.topic) or
                          await _partitions(consumer, self.topic)]
            self._start = await consumer.end_offsets(partitions)
        finally:
            await consumer.stop()
        return self

    async def events(self, *, count: int | None = None, request_ids: set[str] | None = None,
                     timeout_s: float = 20) -> list[tuple[dict, dict]]:
        """[(data, headers)] of new events, until `count` arrived or all `request_ids` seen."""
        consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, group_id=None, enable_auto_commit=False)
        await consumer.start()
        consumer.assign(list(self._start))
        for tp, offset in self._start.items():
            consumer.seek(tp, offset)
        found: list[tuple[dict, dict]] = []
        loop = asyncio.get_running_loop()
        end = loop.time() + timeout_s
        try:
            while loop.time() < end:
                for records in (await consumer.getmany(timeout_ms=300)).values():
                    for r in records:
                        data = orjson.loads(r.value)
                        if self.customer_id is not None and data["customer_id"] != self.customer_id:
                            continue
                        if request_ids is None or data["request_id"] in request_ids:
                            found.append((data, {k: v.decode() for k, v in r.headers}))
                if count is not None and len(found) >= count:
                    break
                if request_ids is not None and {d["request_id"] for d, _ in found} >= request_ids:
                    break
        finally:
            await consumer.stop()
        return found


async def _partitions(consumer: AIOKafkaConsumer, topic: str) -> set[int]:
    await consumer._client.force_metadata_update()
    return consumer.partitions_for_topic(topic) or set()
