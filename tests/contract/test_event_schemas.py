"""Every event schema is valid draft 2020-12, closed at every level, and its examples validate."""

from __future__ import annotations

import copy
import re

import pytest
from jsonschema import Draft202012Validator

from gammainfra_schemas.timestamps import RFC3339_UTC_PATTERN
from gammainfra_schemas.topics import load_examples, load_schema, load_topics, validator_for

from .schema_walk import is_object_schema, iter_property_names, iter_subschemas, resolve

VERSIONS = [(s.name, v.version) for s in load_topics() for v in s.versions]
EXAMPLES = [
    pytest.param(name, version, example, id=f"{name}/v{version}/{example}")
    for name, version in VERSIONS
    for example in load_examples(name, version)
]
MONEY = re.compile(r"(_micro_usd|_cents|_price)$")
TIMESTAMP = re.compile(r"(_at|_until)$|^(period_start|period_end|cutoff)$")


@pytest.mark.parametrize(("name", "version"), VERSIONS)
def test_schema_is_valid_draft_2020_12_with_its_id(name, version):
    schema = load_schema(name, version)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"https://gammainfra.com/schemas/{name}/v{version}.schema.json"


@pytest.mark.parametrize(("name", "version"), VERSIONS)
def test_additional_properties_false_at_every_object_level(name, version):
    schema = load_schema(name, version)
    objects = [(ptr, node) for ptr, node in iter_subschemas(schema) if is_object_schema(node)]
    assert objects, "walker found no objects"
    open_objects = [ptr for ptr, node in objects if node.get("additionalProperties") is not False]
    assert open_objects == []
    for ptr, node in iter_subschemas(schema):
        for branch in node.get("oneOf", []):
            assert resolve(schema, branch).get("additionalProperties") is False, ptr


@pytest.mark.parametrize(("name", "version"), VERSIONS)
def test_every_property_is_described_for_non_python_readers(name, version):
    schema = load_schema(name, version)
    undocumented = [
        f"{ptr}/{prop}"
        for ptr, node in iter_subschemas(schema)
        for prop, sub in node.get("properties", {}).items()
        if "description" not in resolve(schema, sub)
    ]
    assert undocumented == []


@pytest.mark.parametrize(("name", "version"), VERSIONS)
def test_money_is_integer_and_timestamps_are_rfc3339_utc(name, version):
    schema = load_schema(name, version)
    checked = 0
    for ptr, node in iter_subschemas(schema):
        for prop, sub in node.get("properties", {}).items():
            target = resolve(schema, sub)
            if MONEY.search(prop):
                checked += 1
                # JSON Schema counts 2013.0 as an integer; the typed model rejects it.
                assert target["type"] in ("integer", ["integer", "null"]), f"{ptr}/{prop}"
                assert target["minimum"] == 0, f"{ptr}/{prop}"
            if TIMESTAMP.search(prop):
                checked += 1
                assert target["format"] == "date-time", f"{ptr}/{prop}"
                assert target["pattern"] == RFC3339_UTC_PATTERN, f"{ptr}/{prop}"
    assert checked >= 2


@pytest.mark.parametrize(("name", "version", "example"), EXAMPLES)
def test_example_validates(name, version, example):
    payload = load_examples(name, version)[example]
    errors = [e.message for e in validator_for(name, version).iter_errors(payload)]
    assert errors == []


@pytest.mark.parametrize(("name", "version", "example"), EXAMPLES)
def test_example_with_an_unknown_field_is_rejected(name, version, example):
    payload = copy.deepcopy(load_examples(name, version)[example])
    payload["unexpected"] = 1
    assert not validator_for(name, version).is_valid(payload)


@pytest.mark.parametrize(("name", "version", "example"), EXAMPLES)
def test_example_missing_any_field_is_rejected(name, version, example):
    payload = load_examples(name, version)[example]
    for field in payload:
        broken = {k: v for k, v in payload.items() if k != field}
        assert not validator_for(name, version).is_valid(broken), f"{field} is not required"


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("fallback_chain", 0, "prompt"), "hello"),
        (("health_cache", "headers"), {}),
    ],
)
def test_nested_unknown_fields_are_rejected(path, value):
    payload = copy.deepcopy(load_examples("llm.requests.v1", 1)["fallback_after_429"])
    node = payload
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    assert not validator_for("llm.requests.v1", 1).is_valid(payload)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("cost_micro_usd", 2013.5),
        ("platform_fee_micro_usd", "101"),
        ("cost_micro_usd", -1),
        ("started_at", "2026-02-30T10:00:00.000Z"),
        ("started_at", "2026-11-26T10:17:45.530+01:00"),
        ("started_at", "2026-11-26 10:17:45"),
        ("status", "ok"),
        ("task_label", "poetry"),
        ("provider", "azure"),
        ("byok", 0),
    ],
)
def test_llm_request_rejects_bad_values(field, value):
    payload = copy.deepcopy(load_examples("llm.requests.v1", 1)["fallback_after_429"])
    payload[field] = value
    assert not validator_for("llm.requests.v1", 1).is_valid(payload)


def test_walkers_see_nested_and_branch_properties():
    names = {prop for _, prop in iter_property_names(load_schema("accounts.v1", 1))}
    assert {"changed_fields", "objection", "limit_micro_usd", "key_id"} <= names
    names = {prop for _, prop in iter_property_names(load_schema("llm.requests.v1", 1))}
    assert {"outcome", "snapshot_version"} <= names
