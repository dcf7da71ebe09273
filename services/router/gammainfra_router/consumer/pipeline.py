"""The router's chain on llm.requests.v1, assembled in one function:

    decode (CloudEvent) -> validate (v1 schema) -> observe (attempts) -> StatsSink -> commit

An invalid event is dead-lettered to llm.requests.v1.dlq by the framework.
"""

from __future__ import annotations

from gammainfra_common.consumer import Message, build_pipeline
from gammainfra_common.consumer.pipeline import validate_with
from gammainfra_schemas.compiled import compiled_validator_for

from ..domain.observations import observe_event
from .sink import StatsSink


def observe(message: Message):
    return observe_event(message.payload.data)


def pipeline_factory(sink: StatsSink, *, max_wait_s: float):
    validator = compiled_validator_for("llm.requests.v1", 1)

    def factory(*, consumer, dead_letter, metrics, stopping):
        return build_pipeline(consumer=consumer, sink=sink, dead_letter=dead_letter, metrics=metrics,
                              validate=validate_with(validator), process=observe,
                              max_batch_size=500, max_wait_s=max_wait_s, stopping=stopping)

    return factory
