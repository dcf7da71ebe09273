"""The compiled validator agrees with the interpreted one on every example and on
mutations that must fail (unknown field at the top, any required field missing,
a wrong type), for every topic version."""

from __future__ import annotations

import copy

import pytest

from gammainfra_schemas.compiled import compiled_validator_for
from gammainfra_schemas.topics import load_examples, load_topics, validator_for

CASES = [(spec.name, v.version, name, payload)
         for spec in load_topics() for v in spec.versions
         for name, payload in load_examples(spec.name, v.version).items()]


def _mutations(payload: dict):
    yield "unknown field", {**payload, "zz_unknown": 1}
    for key in payload:
        missing = dict(payload)
        del missing[key]
        yield f"without {key}", missing
        retyped = dict(payload)
        retyped[key] = [] if not isinstance(payload[key], list) else "not-a-list"
        yield f"{key} retyped", retyped


@pytest.mark.parametrize(("topic", "version", "name", "payload"), CASES,
                         ids=[f"{c[0]}/v{c[1]}/{c[2]}" for c in CASES])
def test_compiled_and_interpreted_validators_agree(topic, version, name, payload):
    fast, slow = compiled_validator_for(topic, version), validator_for(topic, version)
    assert fast.is_valid(payload) and slow.is_valid(payload)
    for label, mutated in _mutations(copy.deepcopy(payload)):
        assert fast.is_valid(mutated) == slow.is_valid(mutated), label
        assert not fast.is_valid(mutated), label
        assert list(fast.iter_errors(mutated)), label  # the reasons still come through


def test_bad_timestamp_is_rejected_by_both():
    payload = copy.deepcopy(load_examples("llm.requests.v1", 1)["fallback_after_429"])
    payload["started_at"] = "2026-11-26 10:00:00"  # not RFC 3339
    assert not compiled_validator_for("llm.requests.v1", 1).is_valid(payload)
    assert not validator_for("llm.requests.v1", 1).is_valid(payload)
