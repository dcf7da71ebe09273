"""metering's one decode -> validate -> check-cost task, with the msgspec fast path:
the same verdicts and dead-letter reasons as the orjson + compiled-validator path,
and a value msgspec cannot decide (an integer written 1.0) still goes through."""

from __future__ import annotations

import copy

import msgspec
import orjson
import pytest
from prometheus_client import CollectorRegistry

from gammainfra_common.consumer import InvalidEvent, Message
from gammainfra_common.kafka.cloudevents import CloudEvent
from gammainfra_metering.consumer.metrics import MeteringMetrics
from gammainfra_metering.consumer.steps import MeteredEvent, check_cost_with, decode_validate_check, integer_fields
from gammainfra_metering.domain.cost_check import CostChecker
from gammainfra_schemas.catalog import load_catalog
from gammainfra_schemas.compiled import compiled_validator_for
from gammainfra_schemas.llm_requests_v1 import CE_DATASCHEMA, CE_SOURCE, CE_TYPE, SCHEMA_VERSION, TOPIC
from gammainfra_schemas.struct_decoder import struct_decoder_for
from gammainfra_schemas.topics import load_examples, load_schema

EXAMPLES = load_examples(TOPIC, SCHEMA_VERSION)


def _tasks():
    check = check_cost_with(CostChecker(load_catalog), MeteringMetrics(CollectorRegistry()))
    validator = compiled_validator_for(TOPIC, SCHEMA_VERSION)
    integers = integer_fields(load_schema(TOPIC, SCHEMA_VERSION))  # as pipeline_factory does
    return {"fast": decode_validate_check(validator, check, struct_decoder_for(TOPIC, SCHEMA_VERSION), integers),
            "slow": decode_validate_check(validator, check, None, integers)}


def _message(value: bytes | None, headers=None) -> Message:
    event = CloudEvent(type=CE_TYPE, source=CE_SOURCE, data={}, dataschema=CE_DATASCHEMA, id="ev-1")
    return Message(TOPIC, 0, 7, b"cus", value, tuple(event.headers() if headers is None else headers), 0)


def _outcome(task, message: Message):
    try:
        result = task(message)
    except InvalidEvent as exc:
        return "invalid", exc.reason
    assert isinstance(result, MeteredEvent)
    return "ok", (result.event_id, result.data, result.expected_cost, result.expected_fee)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_fast_and_slow_paths_give_the_same_event(name):
    tasks = _tasks()
    message = _message(orjson.dumps(EXAMPLES[name]))
    (fast_kind, fast), (slow_kind, slow) = _outcome(tasks["fast"], message), _outcome(tasks["slow"], message)
    assert fast_kind == slow_kind == "ok"
    assert (fast[0], fast[2], fast[3]) == (slow[0], slow[2], slow[3])
    # A dict of the top-level fields (all metering reads); nested objects stay typed structs.
    assert type(fast[1]) is dict and msgspec.to_builtins(fast[1]) == slow[1] == EXAMPLES[name]


@pytest.mark.parametrize(("label", "value", "headers", "reason"), [
    ("schema violation", orjson.dumps({**EXAMPLES["fallback_after_429"], "prompt_tokens": -1}), None,
     "schema: at prompt_tokens: violates minimum=0"),
    ("unknown field", orjson.dumps({**EXAMPLES["fallback_after_429"], "prompt": "x"}), None,
     "schema: at (root): violates additionalProperties=false"),
    ("not JSON", b"{nope", None, "value: not JSON"),
    ("tombstone", None, None, "value: empty record (tombstone) on an event topic"),
    ("no headers", orjson.dumps(EXAMPLES["fallback_after_429"]), (), "envelope: missing CloudEvents headers"),
])
def test_invalid_records_get_the_same_reason_on_both_paths(label, value, headers, reason):
    tasks = _tasks()
    fast, slow = _outcome(tasks["fast"], _message(value, headers)), _outcome(tasks["slow"], _message(value, headers))
    assert fast == slow, label
    assert fast[0] == "invalid" and fast[1].startswith(reason), (label, fast)


def test_a_value_msgspec_cannot_decide_is_decided_by_the_schema():
    payload = copy.deepcopy(EXAMPLES["fallback_after_429"])
    payload["latency_ms"] = float(payload["latency_ms"])  # 1234.0: an integer to JSON Schema
    assert struct_decoder_for(TOPIC, SCHEMA_VERSION).decode(orjson.dumps(payload)) is None
    outcome = _outcome(_tasks()["fast"], _message(orjson.dumps(payload)))
    assert outcome[0] == "ok" and outcome[1][1]["latency_ms"] == payload["latency_ms"]


def test_an_integer_written_with_an_exponent_reaches_the_ledger_as_an_integer():
    payload = orjson.dumps(EXAMPLES["fallback_after_429"])
    latency = EXAMPLES["fallback_after_429"]["latency_ms"]
    raw = payload.replace(b'"latency_ms":%d' % latency, b'"latency_ms":%de0' % latency, 1)
    assert raw != payload and struct_decoder_for(TOPIC, SCHEMA_VERSION).decode(raw) is None
    result = _tasks()["fast"](_message(raw))
    # PostgreSQL's text-to-bigint refuses "1234e0": the ledger gets the value written as an integer.
    stored = orjson.loads(result.ledger_value)
    assert stored["latency_ms"] == latency and type(stored["latency_ms"]) is int
    assert stored == EXAMPLES["fallback_after_429"]


def test_a_valid_event_goes_to_the_ledger_as_it_came():
    result = _tasks()["fast"](_message(orjson.dumps(EXAMPLES["fallback_after_429"])))
    assert result.ledger_value is None


@pytest.mark.parametrize("value", [2 ** 63, 2 ** 70])
def test_an_integer_beyond_64_bits_is_dead_lettered_not_retried_for_ever(value):
    raw = orjson.dumps({**EXAMPLES["fallback_after_429"], "prompt_tokens": 0}).replace(
        b'"prompt_tokens":0', b'"prompt_tokens":%d' % value, 1)
    for path in ("fast", "slow"):
        kind, reason = _outcome(_tasks()[path], _message(raw))
        assert kind == "invalid" and reason == "value: at prompt_tokens: integer outside the ledger's 64-bit range"
