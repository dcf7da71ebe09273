"""Retention's consumer: accounts.v1 (account.erasure_requested starts an erasure)
and lifecycle.v1 (every service's acks complete runs), one group, one chain:

    decode -> validate (per topic's contract) -> RetentionSink -> commit

The sink's writes are idempotent (audit trail ON CONFLICT), so redelivery after a
crash repeats nothing visible; a repeated erasure_requested re-sends the command
only while the erasure is open. Events of other types are passed over.
"""

from __future__ import annotations

from collections.abc import Sequence

import structlog

from gammainfra_common.consumer import InvalidEvent, Message, build_pipeline
from gammainfra_common.lifecycle import parse_ts
from gammainfra_schemas.compiled import compiled_validator_for

from ..adapters.audit_trail import PostgresAuditTrail
from ..adapters.commands import LifecycleCommands
from ..jobs import start_erasure
from ..metrics import RetentionMetrics

log = structlog.get_logger(__name__)


def validate_by_topic(contracts: dict[str, str]):
    """`contracts` maps broker topic -> contract topic (tests use other names)."""
    validators = {name: compiled_validator_for(contract, 1) for name, contract in contracts.items()}

    def validate(message: Message):
        event = message.payload
        validator = validators.get(message.topic)
        if validator is None or not validator.is_valid(event.data):
            raise InvalidEvent(f"schema: not a valid {contracts.get(message.topic, message.topic)} event")
        return event

    return validate


class RetentionSink:
    def __init__(self, trail: PostgresAuditTrail, commands: LifecycleCommands, metrics: RetentionMetrics, *,
                 erasure_services: list[str]) -> None:
        self._trail, self._commands, self._metrics = trail, commands, metrics
        self._erasure_services = erasure_services

    async def write(self, batch: Sequence[Message]) -> None:
        for message in batch:
            data = message.payload.data
            kind = data["type"]
            if kind == "account.erasure_requested":
                await start_erasure(self._trail, self._commands, erasure_id=data["erasure_id"],
                                    customer_id=data["customer_id"], requested_at=parse_ts(data["occurred_at"]),
                                    services=self._erasure_services)
            elif kind == "erasure.completed":
                if await self._trail.record_erasure_ack(data["erasure_id"], data["service"], data["rows_deleted"],
                                                        parse_ts(data["completed_at"])):
                    self._metrics.erasures_completed.inc()
                    log.info("erasure completed", erasure_id=data["erasure_id"])
            elif kind == "purge.completed":
                if await self._trail.record_purge_ack(data["purge_id"], data["service"],
                                                      data["partitions_dropped"], data["rows_aggregated"],
                                                      parse_ts(data["completed_at"])):
                    self._metrics.purges_completed.inc()
                    log.info("purge completed", purge_id=data["purge_id"])


def pipeline_factory(sink: RetentionSink, contracts: dict[str, str]):
    validate = validate_by_topic(contracts)

    def factory(*, consumer, dead_letter, metrics, stopping):
        return build_pipeline(consumer=consumer, sink=sink, dead_letter=dead_letter, metrics=metrics,
                              validate=validate, max_batch_size=100, max_wait_s=0.05, stopping=stopping)

    return factory
