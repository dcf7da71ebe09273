"""The standard chain, assembled in one readable function, and its first steps.

    decode -> validate -> process -> batched sink -> commit
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson

from ..kafka.cloudevents import EnvelopeError, attributes
from .dead_letter import DeadLetterQueue
from .errors import InvalidEvent
from .message import Message
from .metrics import ConsumerMetrics
from .steps import BatchSink, Commit, RunTask, Sink, Step, Task


@dataclass(frozen=True, slots=True)
class DecodedEvent:
    """A CloudEvent read off Kafka: its `ce_*` attributes and its JSON data."""

    id: str
    type: str
    source: str
    time: str
    dataschema: str | None
    data: Any


def decode_cloudevent(message: Message) -> DecodedEvent:
    event = decode_envelope(message, None)
    if message.value is None:
        raise InvalidEvent("value: empty record (tombstone) on an event topic")
    try:
        data = orjson.loads(message.value)
    except orjson.JSONDecodeError as exc:
        raise InvalidEvent(f"value: not JSON ({exc})") from exc
    return DecodedEvent(event.id, event.type, event.source, event.time, event.dataschema, data)


def decode_envelope(message: Message, data: Any) -> DecodedEvent:
    """The CloudEvent of `message` with `data` already decoded by the caller (e.g. in
    one pass with its validation); `InvalidEvent` if the `ce_*` headers are not valid."""
    try:
        attrs = attributes(message.headers)
    except EnvelopeError as exc:
        raise InvalidEvent(f"envelope: {exc}") from exc
    return DecodedEvent(attrs["ce_id"], attrs["ce_type"], attrs["ce_source"], attrs["ce_time"],
                        attrs.get("ce_dataschema"), data)


def validate_with(validator) -> Task:
    """A validate step from a jsonschema-style validator (`is_valid`, `iter_errors`;
    a compiled one for speed); the reason names the failing path."""

    def validate(message: Message) -> DecodedEvent:
        event: DecodedEvent = message.payload
        if validator.is_valid(event.data):
            return event
        error = next(iter(sorted(validator.iter_errors(event.data), key=lambda e: list(e.path))), None)
        if error is not None:
            # The reason names the path and the rule broken, never the offending value:
            # it is logged and put in a header, and a value could be anything.
            path = "/".join(str(p) for p in error.absolute_path) or "(root)"
            rule = str(error.validator_value)[:200] if error.validator != "additionalProperties" else "false"
            raise InvalidEvent(f"schema: at {path}: violates {error.validator}={rule}")
        return event

    return validate


def build_pipeline(*, consumer, sink: Sink, dead_letter: DeadLetterQueue, metrics: ConsumerMetrics,
                   decode: Task = decode_cloudevent, validate: Task | None = None,
                   process: Task | None = None, max_batch_size: int = 500,
                   max_wait_s: float = 0.5, stopping: Callable[[], bool] = lambda: False) -> Step:
    step: Step = Commit(consumer, metrics)
    step = BatchSink(sink, step, metrics=metrics, max_batch_size=max_batch_size,
                     max_wait_s=max_wait_s, stopping=stopping)
    if process is not None:
        step = RunTask("process", process, step, dead_letter)
    if validate is not None:
        step = RunTask("validate", validate, step, dead_letter)
    return RunTask("decode", decode, step, dead_letter)
