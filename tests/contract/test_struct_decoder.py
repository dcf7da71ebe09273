"""The msgspec decoder (one-pass decode + validation) accepts exactly what the
schema accepts: every example and every mutation of test_compiled_validator,
plus edge cases the mutations do not reach (patterns, anchors, bounds, nested
objects, timestamps that are not real instants).

The compiled validator (jsonschema-rs) is the authority the consumer falls back
to; the decoder may only say "valid" where it does. The two documented cases
where msgspec is stricter than the schema (an integer written `1.0`) must come back as "not decided" (None), never as a wrong yes.
"""

from __future__ import annotations

import copy
import json

import orjson
import pytest

from gammainfra_schemas.compiled import compiled_validator_for
from gammainfra_schemas.struct_decoder import StructDecoder, UnsupportedSchema, struct_decoder_for
from gammainfra_schemas.topics import load_examples, load_topics, validator_for

from .test_compiled_validator import _mutations

VERSIONS = [(spec.name, v.version) for spec in load_topics() for v in spec.versions]


def _decoder(topic: str, version: int):
    try:
        return struct_decoder_for(topic, version)
    except UnsupportedSchema:
        return None


SUPPORTED = [(t, v) for t, v in VERSIONS if _decoder(t, v) is not None]
CASES = [(topic, version, name, payload) for topic, version in SUPPORTED
         for name, payload in load_examples(topic, version).items()]


def test_the_metering_topic_and_most_others_translate():
    assert ("llm.requests.v1", 1) in SUPPORTED
    # The others use keywords (oneOf, uniqueItems) the translator refuses rather than ignores.
    for topic, version in set(VERSIONS) - set(SUPPORTED):
        with pytest.raises(UnsupportedSchema):
            struct_decoder_for.__wrapped__(topic, version)


def _verdicts(topic: str, version: int, payload) -> tuple[bool, bool, bool]:
    typed = struct_decoder_for(topic, version).decode(json.dumps(payload).encode())  # orjson: no big ints
    return (typed is not None, compiled_validator_for(topic, version).is_valid(payload),
            validator_for(topic, version).is_valid(payload))


@pytest.mark.parametrize(("topic", "version", "name", "payload"), CASES,
                         ids=[f"{c[0]}/v{c[1]}/{c[2]}" for c in CASES])
def test_decoder_agrees_with_the_schema_on_examples_and_mutations(topic, version, name, payload):
    assert _verdicts(topic, version, payload) == (True, True, True)
    for label, mutated in _mutations(copy.deepcopy(payload)):
        assert _verdicts(topic, version, mutated) == (False, False, False), label


def _edge_cases(example: dict):
    """(label, mutated payload, schema verdict) for llm.requests.v1."""
    def with_(**changes):
        return {**copy.deepcopy(example), **changes}

    attempt = EXAMPLES["fallback_after_429"]["fallback_chain"][0]
    yield "id with a trailing newline ($ is the end in ECMA-262)", with_(customer_id="cus_1\n"), False
    yield "id with a leading dash", with_(customer_id="-cus_1"), False
    yield "id of 129 characters", with_(customer_id="c" * 129), False
    yield "id of 128 characters", with_(customer_id="c" * 128), True
    yield "non-ASCII letter in an id", with_(api_key_id="clé"), False
    yield "month 13", with_(started_at="2026-13-01T00:00:00.000Z"), False
    yield "hour 25", with_(finished_at="2026-11-26T25:00:00.000Z"), False
    yield "offset instead of Z", with_(finished_at="2026-11-26T10:00:00.000+00:00"), False
    yield "seven fraction digits", with_(finished_at="2026-11-26T10:00:00.0000001Z"), False
    yield "no fraction", with_(finished_at="2026-11-26T10:00:00Z"), True
    yield "boolean as an integer", with_(prompt_tokens=True), False
    yield "integer as a boolean", with_(byok=1), False
    yield "negative count", with_(completion_tokens=-1), False
    yield "http_status 600", with_(http_status=600), False
    yield "http_status 99", with_(http_status=99), False
    yield "http_status 599", with_(http_status=599), True
    yield "string number", with_(latency_ms="5"), False
    yield "float with a fraction", with_(latency_ms=5.5), False
    yield "null where not nullable", with_(status=None), False
    yield "unknown enum value", with_(status="ok"), False
    yield "enum value in another case", with_(provider="OpenAI"), False
    yield "null provider (allowed)", with_(provider=None), True
    yield "null ttfb (allowed)", with_(ttfb_ms=None), True
    yield "negative ttfb", with_(ttfb_ms=-1), False
    yield "bad catalog version", with_(catalog_version="2026-11-26"), False
    yield "17 attempts (max 16)", with_(fallback_chain=[attempt] * 17), False
    yield "16 attempts", with_(fallback_chain=[attempt] * 16), True
    yield "empty chain", with_(fallback_chain=[]), True
    yield "unknown field in an attempt", with_(fallback_chain=[{**attempt, "x": 1}]), False
    yield "attempt missing a field", with_(fallback_chain=[{k: v for k, v in attempt.items() if k != "model"}]), False
    yield "request-only error type in an attempt", with_(fallback_chain=[{**attempt, "error_type": "budget_exceeded"}]), False
    yield "bad endpoint in an attempt", with_(fallback_chain=[{**attempt, "endpoint": "Upper"}]), False
    yield "attempt that is not an object", with_(fallback_chain=["x"]), False
    yield "unknown field in health_cache", with_(health_cache={**example["health_cache"], "x": 1}), False
    yield "health_cache null", with_(health_cache=None), False
    yield "top level is an array", [example], False


EXAMPLES = load_examples("llm.requests.v1", 1)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_decoder_agrees_with_the_compiled_validator_on_edge_cases(name):
    for label, payload, expected in _edge_cases(EXAMPLES[name]):
        decoded, compiled, _interpreted = _verdicts("llm.requests.v1", 1, payload)
        assert (decoded, compiled) == (expected, expected), label


@pytest.mark.parametrize(("label", "field", "value"), [
    ("integer written 1.0", "prompt_tokens", 1.0),
    # The schema sets no maximum, but nothing downstream can store it (metering dead-letters it).
    ("count beyond 64 bits", "cost_micro_usd", 2**70),
    ("count just beyond int64", "prompt_tokens", 2**63),
])
def test_where_msgspec_is_stricter_it_says_nothing_and_the_validator_decides(label, field, value):
    payload = {**copy.deepcopy(EXAMPLES["fallback_after_429"]), field: value}
    decoded, compiled, interpreted = _verdicts("llm.requests.v1", 1, payload)
    assert not decoded, label  # not decided here: the consumer asks the compiled validator
    assert compiled == interpreted, label


def test_not_json_is_not_decided_either():
    decoder = struct_decoder_for("llm.requests.v1", 1)
    assert decoder.decode(b"{not json") is None
    assert decoder.decode(b"") is None
    assert decoder.decode(orjson.dumps(EXAMPLES["fallback_after_429"]) + b"x") is None
    # A lone surrogate is not JSON text for orjson (the slow path) nor for PostgreSQL's jsonb;
    # a string without a pattern shows msgspec's own parser refuses it too.
    plain = StructDecoder({"type": "object", "additionalProperties": False, "required": ["s"],
                           "properties": {"s": {"type": "string"}}}, "plain")
    assert plain.decode(b'{"s": "ok"}') is not None
    assert plain.decode(b'{"s": "\\ud800"}') is None


@pytest.mark.parametrize("name", ["from", "class", "ﬁeld"])  # a keyword, and NFKC-normalised in source
def test_property_names_that_are_not_plain_attributes_still_get_their_pattern_checked(name):
    schema = {"type": "object", "additionalProperties": False, "required": [name, "id"],
              "properties": {name: {"type": "string", "pattern": "^a+$"},
                             "id": {"type": "string", "pattern": "^[0-9]+$"}}}
    decoder = StructDecoder(schema, "test")
    assert decoder.decode(json.dumps({name: "aaa", "id": "12"}).encode()) is not None
    assert decoder.decode(json.dumps({name: "aab", "id": "12"}).encode()) is None
    assert decoder.decode(json.dumps({name: "aaa", "id": "x"}).encode()) is None


def test_remembered_values_stay_checked_after_the_memo_is_cleared():
    schema = {"type": "object", "additionalProperties": False, "required": ["id"],
              "properties": {"id": {"type": "string", "pattern": "^[0-9]+$"}}}
    decoder = StructDecoder(schema, "test")
    check = decoder.type.__post_init__  # the generated function holds the memo set itself
    for i in range(3):
        assert decoder.decode(json.dumps({"id": str(i)}).encode()) is not None
    memo = check.__globals__["seen0"]
    assert memo == {"0", "1", "2"}
    memo.clear()  # what _PatternCheck.ok does at its limit: in place
    assert decoder.decode(json.dumps({"id": "x"}).encode()) is None
    assert decoder.decode(json.dumps({"id": "7"}).encode()) is not None and "7" in memo
