"""The accounts.v1 and lifecycle.v1 consumers (one group, both topics).

    decode -> validate (each topic's schema) -> batched CommandSink -> commit

accounts.v1: account.created -> the Stripe customer (email and name read from
the gateway, passed to Stripe); account.updated with `email` or `name` in
changed_fields -> the Stripe customer is updated (rectification).
lifecycle.v1: erasure.requested / purge.requested -> app.erasure, acked on lifecycle.v1.
Every effect is idempotent (Stripe idempotency keys, upserts, deletes), so the
at-least-once delivery of the common runner is enough. Gateway or Stripe
unreachable -> `TransientError` (retried, nothing committed).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import structlog

from gammainfra_common.consumer import Message, TransientError, build_pipeline
from gammainfra_common.consumer.errors import InvalidEvent
from gammainfra_common.consumer.pipeline import decode_cloudevent
from gammainfra_schemas.compiled import compiled_validator_for
from gammainfra_schemas.timestamps import parse_utc

from ..adapters.account_directory import DirectoryUnavailable
from ..adapters.stripe_api import StripeUnavailable
from ..app.customers import CustomerSync
from ..app.erasure import ErasureHandler

log = structlog.get_logger(__name__)

RECTIFIED_FIELDS = {"email", "name"}


def validate_by_topic(topics: dict[str, str]):
    """topics: consumed topic name -> contract topic name (tests use random topic names)."""
    validators = {name: compiled_validator_for(contract, 1) for name, contract in topics.items()}

    def validate(message: Message):
        event = message.payload
        if not validators[message.topic].is_valid(event.data):
            raise InvalidEvent("schema: invalid")
        return event

    return validate


class CommandSink:
    def __init__(self, customers: CustomerSync, erasure: ErasureHandler, *, accounts_topic: str,
                 lifecycle_topic: str, clock=lambda: datetime.now(UTC)) -> None:
        self._customers = customers
        self._erasure = erasure
        self._accounts_topic = accounts_topic
        self._lifecycle_topic = lifecycle_topic
        self._clock = clock

    async def write(self, batch: Sequence[Message]) -> None:
        for m in batch:
            try:
                await self._apply(m)
            except (DirectoryUnavailable, StripeUnavailable) as exc:
                raise TransientError(str(exc)) from exc

    async def _apply(self, m: Message) -> None:
        event, data = m.payload, m.payload.data
        kind = data.get("type")
        if m.topic == self._accounts_topic:
            if kind == "account.created":
                await self._customers.ensure_stripe_customer(data["customer_id"])
            elif kind == "account.updated" and RECTIFIED_FIELDS & set(data["changed_fields"]):
                await self._customers.rectify(data["customer_id"], event.id)
        elif m.topic == self._lifecycle_topic:
            if kind == "erasure.requested":
                await self._erasure.erase(data["erasure_id"], data["customer_id"], self._clock())
            elif kind == "purge.requested":
                await self._erasure.purge(data["purge_id"], parse_utc(data["cutoff"]), self._clock())


def commands_pipeline_factory(sink: CommandSink, topics: dict[str, str]):
    def factory(*, consumer, dead_letter, metrics, stopping):
        return build_pipeline(consumer=consumer, sink=sink, dead_letter=dead_letter, metrics=metrics,
                              decode=decode_cloudevent, validate=validate_by_topic(topics),
                              max_batch_size=100, max_wait_s=0.2, stopping=stopping)

    return factory
