"""The metering chain in one function (decode + validate + check cost -> batched
ledger sink -> drain on revoke -> commit), and the assignment hook that seeks each
partition to the offset stored with the ledger rows (exactly-once effect)."""

from __future__ import annotations

import structlog
from aiokafka.structs import TopicPartition

from gammainfra_common.consumer import BatchSink, Commit, RunTask
from gammainfra_common.consumer.metrics import ConsumerMetrics
from gammainfra_schemas.compiled import compiled_validator_for
from gammainfra_schemas.llm_requests_v1 import SCHEMA_VERSION, TOPIC
from gammainfra_schemas.struct_decoder import struct_decoder_for
from gammainfra_schemas.topics import load_schema

from ..adapters.ledger import PostgresLedger
from ..domain.cost_check import CostChecker
from .metrics import MeteringMetrics
from .steps import DrainBeforeCommit, LedgerSink, check_cost_with, decode_validate_check, integer_fields

log = structlog.get_logger(__name__)


def pipeline_factory(*, sink: LedgerSink, checker: CostChecker, metering_metrics: MeteringMetrics,
                     batch_size: int, batch_wait_s: float):
    validator = compiled_validator_for(TOPIC, SCHEMA_VERSION)
    check_cost = check_cost_with(checker, metering_metrics)
    integers = integer_fields(load_schema(TOPIC, SCHEMA_VERSION))

    def factory(*, consumer, dead_letter, metrics: ConsumerMetrics, stopping):
        # The common chain, with DrainBeforeCommit between the batch sink and the commit.
        step = DrainBeforeCommit(sink, Commit(consumer, metrics), stopping)
        step = BatchSink(sink, step, metrics=metrics, max_batch_size=batch_size, max_wait_s=batch_wait_s,
                         stopping=stopping)
        task = decode_validate_check(validator, check_cost, struct_decoder_for(TOPIC, SCHEMA_VERSION), integers)
        return RunTask("decode_validate_check", task, step, dead_letter)

    return factory


def seek_to_stored_offsets(ledger: PostgresLedger):
    """on_assign hook: position every assigned partition at the offset committed in
    PostgreSQL with the rows. Kafka's own committed offset may be behind or ahead
    (see LedgerSink): the ledger is what counts, so a partition the ledger holds
    nothing from starts at its beginning."""

    async def on_assign(consumer, assigned: set[TopicPartition]) -> None:
        by_topic: dict[str, dict[int, int]] = {}
        for tp in assigned:
            if tp.topic not in by_topic:
                by_topic[tp.topic] = await ledger.stored_offsets(tp.topic)
            stored = by_topic[tp.topic].get(tp.partition)
            if stored is None:
                await consumer.seek_to_beginning(tp)
                stored = "beginning"
            else:
                consumer.seek(tp, stored)
            log.info("seeked to the ledger's stored offset", topic=tp.topic, partition=tp.partition,
                     offset=stored)

    return on_assign
