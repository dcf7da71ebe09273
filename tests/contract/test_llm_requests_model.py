"""The typed llm.requests.v1 model equals its schema, and every example round-trips."""

from __future__ import annotations

import copy
import dataclasses
import enum
import types
import typing
from datetime import datetime, timezone

import pytest

from gammainfra_schemas import llm_requests_v1 as model
from gammainfra_schemas.topics import load_examples, load_schema, topic, validator_for

from .schema_walk import allows_null, resolve

SCHEMA = load_schema(model.TOPIC, model.SCHEMA_VERSION)
EXAMPLES = load_examples(model.TOPIC, model.SCHEMA_VERSION)
JSON_TYPE = {int: "integer", bool: "boolean", str: "string"}


def _unwrap(hint):
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(hint) if a is not type(None)]
        return members[0], True
    return hint, False


def _compare(cls, node: dict, where: str) -> int:
    """Assert dataclass `cls` matches object schema `node`; return fields checked."""
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    assert set(names) == set(node["properties"]), where
    assert set(node["required"]) == set(names), where
    checked = 0
    for name in names:
        prop = resolve(SCHEMA, node["properties"][name])
        hint, nullable = _unwrap(hints[name])
        assert nullable == allows_null(prop), f"{where}.{name}: nullability differs"
        if dataclasses.is_dataclass(hint):
            checked += _compare(hint, prop, f"{where}.{name}")
        elif typing.get_origin(hint) is tuple:
            (item,) = [a for a in typing.get_args(hint) if a is not Ellipsis]
            assert prop["type"] == "array", f"{where}.{name}"
            checked += _compare(item, resolve(SCHEMA, prop["items"]), f"{where}.{name}[*]")
        elif isinstance(hint, type) and issubclass(hint, enum.Enum):
            allowed = {v for v in prop["enum"] if v is not None}
            values = {m.value for m in hint}
            if cls is model.FallbackAttempt and name == "error_type":
                values = {m.value for m in model.ATTEMPT_ERROR_TYPES}  # a subset of ErrorType
            assert allowed == values, f"{where}.{name}: enum differs from {hint.__name__}"
        elif hint is datetime:
            assert prop["format"] == "date-time", f"{where}.{name}"
        else:
            declared = prop["type"] if isinstance(prop["type"], str) else prop["type"][0]
            assert declared == JSON_TYPE[hint], f"{where}.{name}"
        checked += 1
    return checked


def test_dataclasses_equal_the_schema_recursively():
    assert _compare(model.LlmRequestEvent, SCHEMA, "LlmRequestEvent") == 28 + 6 + 3


def test_attempt_error_types_match_the_schema():
    attempt_enum = SCHEMA["$defs"]["attempt"]["properties"]["error_type"]["enum"]
    assert {v for v in attempt_enum if v is not None} == {e.value for e in model.ATTEMPT_ERROR_TYPES}


def test_cloudevents_constants_match_topic_yaml_and_schema():
    spec = topic(model.TOPIC)
    assert model.CE_TYPE in spec.version(model.SCHEMA_VERSION).ce_types
    assert model.CE_SOURCE == spec.ce_source
    assert model.CE_DATASCHEMA == SCHEMA["$id"]


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_example_round_trips_and_still_validates(name):
    payload = EXAMPLES[name]
    event = model.LlmRequestEvent.from_dict(payload)
    again = event.to_dict()
    assert again == payload
    assert validator_for(model.TOPIC, model.SCHEMA_VERSION).is_valid(again)
    assert model.LlmRequestEvent.from_dict(again) == event
    assert isinstance(event.status, model.Status)
    assert event.started_at.tzinfo is not None


def test_from_dict_gives_typed_nested_values():
    event = model.LlmRequestEvent.from_dict(EXAMPLES["fallback_after_429"])
    assert event.fallback_chain[0].error_type is model.ErrorType.RATE_LIMITED
    assert event.fallback_chain[1].outcome is model.AttemptOutcome.SUCCESS
    assert event.provider is model.ProviderId.BEDROCK
    assert event.started_at == datetime(2026, 11, 26, 10, 17, 45, 530000, tzinfo=timezone.utc)
    assert event.health_cache == model.HealthCacheMarker(snapshot_version=41873, age_ms=1240, stale=False)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.pop("task_label"), "missing keys ['task_label']"),
        (lambda d: d.update(prompt="hi"), "unknown keys ['prompt']"),
        (lambda d: d["fallback_chain"][0].update(ip="10.0.0.1"), "unknown keys ['ip']"),
        (lambda d: d.update(cost_micro_usd=2013.0), "expected int, got float"),
        (lambda d: d.update(prompt_tokens=True), "expected int, got bool"),
        (lambda d: d.update(byok=1), "expected bool, got int"),
        (lambda d: d.update(status="ok"), "'ok' is not one of"),
        (lambda d: d.update(customer_id=None), "customer_id: null not allowed"),
        (lambda d: d.update(started_at="2026-11-26T10:17:45+01:00"), "not an RFC 3339 UTC timestamp"),
        (lambda d: d.update(fallback_chain={}), "expected an array"),
    ],
)
def test_from_dict_is_strict(mutate, message):
    payload = copy.deepcopy(EXAMPLES["fallback_after_429"])
    mutate(payload)
    with pytest.raises(ValueError) as info:
        model.LlmRequestEvent.from_dict(payload)
    assert message in str(info.value)


def test_to_dict_refuses_naive_timestamps():
    event = model.LlmRequestEvent.from_dict(EXAMPLES["fallback_after_429"])
    naive = dataclasses.replace(event, started_at=datetime(2026, 11, 26, 10, 0, 0))
    with pytest.raises(ValueError, match="naive"):
        naive.to_dict()


def test_dataclasses_are_frozen():
    event = model.LlmRequestEvent.from_dict(EXAMPLES["fallback_after_429"])
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.cost_micro_usd = 0  # type: ignore[misc]
