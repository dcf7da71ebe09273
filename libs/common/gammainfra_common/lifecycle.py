"""The lifecycle.v1 command listener: generic plumbing, no business rules.

Every service that owns customer data runs one: it consumes `lifecycle.v1`
under its own group, hands each command to the service's `LifecycleHandler`
(`erase(customer_id, erasure_id)` / `purge(purge_id, cutoff)`), then sends the
ack (`erasure.completed` / `purge.completed`, `service` = this service) and only
then commits. Acks of other services are passed over.

Guarantees: at-least-once, so handlers must be idempotent (the schema says a
repeated command is done again, emptily, and acked again); an ack is sent only
after the handler returned. A handler raising `TransientError` is retried with
backoff without committing; an invalid record is dead-lettered; anything else
crashes the consumer (safe: nothing was committed).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

import structlog

from .consumer import ConsumerConfig, ConsumerRunner, Message, build_pipeline
from .consumer.pipeline import validate_with
from .kafka.cloudevents import CloudEvent, rfc3339
from .kafka.producer import EventProducer

log = structlog.get_logger(__name__)

TOPIC = "lifecycle.v1"
DATASCHEMA = "https://gammainfra.com/schemas/lifecycle.v1/v1.schema.json"
PURGE_KEY = "purge"


@dataclass(frozen=True)
class PurgeCounts:
    partitions_dropped: int = 0
    rows_aggregated: int = 0


class LifecycleHandler(Protocol):
    async def erase(self, customer_id: str, erasure_id: str) -> int:
        """Erase every row/key of the customer this service owns; returns how many."""

    async def purge(self, purge_id: str, cutoff: datetime) -> PurgeCounts:
        """Aggregate what may be kept and drop request detail older than `cutoff`."""


def parse_ts(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def lifecycle_event(data: dict, *, service: str) -> CloudEvent:
    return CloudEvent(type="com.gammainfra." + data["type"], source=f"/gammainfra/{service}", data=data,
                      dataschema=DATASCHEMA)


def event_key(data: dict) -> str:
    """The Kafka key the topic contract fixes: the customer for erasure.*, "purge" for purge.*."""
    return data["customer_id"] if data["type"].startswith("erasure.") else PURGE_KEY


class LifecycleSink:
    """Runs the handler for each command of the batch, in order, and sends its ack."""

    def __init__(self, service: str, handler: LifecycleHandler, producer: EventProducer, topic: str) -> None:
        self._service, self._handler, self._producer, self._topic = service, handler, producer, topic

    async def write(self, batch: Sequence[Message]) -> None:
        for message in batch:
            data = message.payload.data
            kind = data["type"]
            if kind == "erasure.requested":
                rows = await self._handler.erase(data["customer_id"], data["erasure_id"])
                ack = {"type": "erasure.completed", "erasure_id": data["erasure_id"],
                       "customer_id": data["customer_id"], "service": self._service, "rows_deleted": rows,
                       "completed_at": rfc3339(datetime.now(UTC))}
            elif kind == "purge.requested":
                counts = await self._handler.purge(data["purge_id"], parse_ts(data["cutoff"]))
                ack = {"type": "purge.completed", "purge_id": data["purge_id"], "service": self._service,
                       "partitions_dropped": counts.partitions_dropped,
                       "rows_aggregated": counts.rows_aggregated, "completed_at": rfc3339(datetime.now(UTC))}
            else:
                continue  # an ack (ours or another service's): nothing to do
            await self._producer.send(self._topic, event_key(ack), lifecycle_event(ack, service=self._service))
            log.info("lifecycle command done", command=kind, service=self._service,
                     id=data.get("erasure_id") or data.get("purge_id"), **message.log_context())


def lifecycle_runner(*, bootstrap: str, group_id: str, service: str, handler: LifecycleHandler,
                     producer: EventProducer, topic: str = TOPIC, registry=None) -> ConsumerRunner:
    """A ConsumerRunner for lifecycle.v1: decode -> validate -> handler + ack -> commit.
    The producer must be started by the caller (it outlives rebalances)."""
    from gammainfra_schemas.compiled import compiled_validator_for  # schemas is a sibling package

    validate = validate_with(compiled_validator_for("lifecycle.v1", 1))
    sink = LifecycleSink(service, handler, producer, topic)

    def factory(*, consumer, dead_letter, metrics, stopping):
        # Batches of one command: each is acked and committed before the next starts.
        return build_pipeline(consumer=consumer, sink=sink, dead_letter=dead_letter, metrics=metrics,
                              validate=validate, max_batch_size=1, max_wait_s=0.05, stopping=stopping)

    config = ConsumerConfig(bootstrap=bootstrap, group_id=group_id, topics=(topic,),
                            client_id=f"{service}-lifecycle", max_poll_records=50)
    return ConsumerRunner(config, factory, registry=registry)


async def stop_with(main: asyncio.Task, runner: ConsumerRunner) -> None:
    """Stops the lifecycle runner once the service's main task ends (either way)."""
    try:
        await asyncio.shield(main)
    except BaseException:  # noqa: BLE001 - the caller awaits `main` and sees its outcome
        pass
    runner.stop()
