"""Sends retention's commands on lifecycle.v1 (erasure.requested, purge.requested).

Key per the topic contract: the customer id for erasure.*, "purge" for purge.*.
A command may be sent more than once (redelivery, the watchdog's retry); every
service handles a repeat as an empty, acked no-op. Raises aiokafka errors.
"""

from __future__ import annotations

from datetime import datetime

from gammainfra_common.kafka.cloudevents import rfc3339
from gammainfra_common.kafka.producer import EventProducer
from gammainfra_common.lifecycle import event_key, lifecycle_event


class LifecycleCommands:
    def __init__(self, producer: EventProducer, topic: str) -> None:
        self._producer, self._topic = producer, topic

    async def request_erasure(self, erasure_id: str, customer_id: str, requested_at: datetime) -> None:
        await self._send({"type": "erasure.requested", "erasure_id": erasure_id, "customer_id": customer_id,
                          "requested_at": rfc3339(requested_at)})

    async def request_purge(self, purge_id: str, cutoff: datetime, requested_at: datetime) -> None:
        await self._send({"type": "purge.requested", "purge_id": purge_id, "cutoff": rfc3339(cutoff),
                          "requested_at": rfc3339(requested_at)})

    async def _send(self, data: dict) -> None:
        await self._producer.send(self._topic, event_key(data), lifecycle_event(data, service="retention"))
