"""The usage consumer: llm.requests.v1 -> billing.usage_events, exactly once.

    decode -> validate (the topic's schema) -> to_usage -> batched UsageSink -> commit

`UsageSink.write` stores the rows and the consumed offsets in one transaction
(adapters.usage_store); `seek_to_stored_offsets` positions every assigned
partition at the offset stored with the rows, so Kafka's committed offset is
only advisory and a crash at any point neither loses nor double-counts.
Invalid events are dead-lettered (`llm.requests.v1.dlq`), never block a partition.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

import structlog
from aiokafka.structs import TopicPartition

from gammainfra_common.consumer import InvalidEvent, Message, build_pipeline
from gammainfra_common.consumer.pipeline import validate_with
from gammainfra_common.consumer.pipeline import decode_cloudevent
from gammainfra_schemas.compiled import compiled_validator_for
from gammainfra_schemas.llm_requests_v1 import CE_TYPE, SCHEMA_VERSION, TOPIC
from gammainfra_schemas.timestamps import parse_utc

from ..adapters.usage_store import UsageBatch, UsageStore

log = structlog.get_logger(__name__)


@dataclass(frozen=True, slots=True)
class UsageRecord:
    event_id: str
    customer_id: str
    finished_at: datetime
    model: str
    provider: str
    byok: bool
    prompt_tokens: int
    completion_tokens: int
    cost_micro_usd: int
    platform_fee_micro_usd: int


def to_usage(message: Message) -> UsageRecord:
    event = message.payload
    if event.type != CE_TYPE:
        raise InvalidEvent(f"ce_type: expected {CE_TYPE}")
    d = event.data
    return UsageRecord(event.id, d["customer_id"], parse_utc(d["finished_at"]),
                       d.get("model_dispatched") or d.get("model_requested") or "none", d.get("provider") or "none",
                       bool(d["byok"]), d["prompt_tokens"], d["completion_tokens"], d["cost_micro_usd"],
                       d["platform_fee_micro_usd"])


class UsageSink:
    """Idempotent on the event id; offsets stored with the rows. After a commit,
    `on_credit_usage(customers)` hears which credit accounts spent (auto top-up)."""

    def __init__(self, store: UsageStore, *,
                 on_credit_usage: Callable[[list[str]], Awaitable[None]] | None = None) -> None:
        self._store = store
        self._on_credit_usage = on_credit_usage
        self.inserted = 0

    async def write(self, batch: Sequence[Message]) -> None:
        rows = UsageBatch()
        offsets: dict[tuple[str, int], int] = {}
        for m in batch:
            u: UsageRecord = m.payload
            rows.event_ids.append(u.event_id)
            rows.customer_ids.append(u.customer_id)
            rows.finished_at.append(u.finished_at)
            rows.models.append(u.model)
            rows.providers.append(u.provider)
            rows.byok.append(u.byok)
            rows.prompt_tokens.append(u.prompt_tokens)
            rows.completion_tokens.append(u.completion_tokens)
            rows.costs.append(u.cost_micro_usd)
            rows.fees.append(u.platform_fee_micro_usd)
            key = (m.topic, m.partition)
            offsets[key] = max(offsets.get(key, 0), m.offset + 1)
        inserted, credit_customers = await self._store.write(rows, offsets)
        self.inserted += inserted
        if credit_customers and self._on_credit_usage is not None:
            await self._on_credit_usage(credit_customers)


def usage_pipeline_factory(sink: UsageSink, *, batch_size: int, batch_wait_s: float):
    validator = compiled_validator_for(TOPIC, SCHEMA_VERSION)

    def factory(*, consumer, dead_letter, metrics, stopping):
        return build_pipeline(consumer=consumer, sink=sink, dead_letter=dead_letter, metrics=metrics,
                              decode=decode_cloudevent, validate=validate_with(validator), process=to_usage,
                              max_batch_size=batch_size, max_wait_s=batch_wait_s, stopping=stopping)

    return factory


def seek_to_stored_offsets(store: UsageStore):
    """on_assign: the offsets stored WITH the rows win; none stored -> the partition's beginning."""

    async def on_assign(consumer, assigned: set[TopicPartition]) -> None:
        by_topic: dict[str, dict[int, int]] = {}
        for tp in assigned:
            if tp.topic not in by_topic:
                by_topic[tp.topic] = await store.stored_offsets(tp.topic)
            stored = by_topic[tp.topic].get(tp.partition)
            if stored is None:
                await consumer.seek_to_beginning(tp)
            else:
                consumer.seek(tp, stored)
            log.info("seeked to billing's stored offset", topic=tp.topic, partition=tp.partition,
                     offset=stored if stored is not None else "beginning")

    return on_assign
