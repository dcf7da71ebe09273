"""Privacy contract: events carry the policy's metadata and nothing else.

DESIGN §2 / privacy policy §1-2: no prompt, message, completion, tool argument,
header value, IP address or key material in any event; llm.requests.v1 carries
exactly the listed metadata.
"""

from __future__ import annotations

import json
import re

import pytest

from gammainfra_schemas.topics import load_examples, load_schema, load_topics

from .schema_walk import iter_property_names, resolve

LLM_REQUEST_FIELDS = {
    "request_id", "customer_id", "api_key_id", "started_at", "finished_at", "model_requested",
    "model_dispatched", "provider", "endpoint", "byok", "stream", "status", "http_status",
    "prompt_tokens", "completion_tokens", "cache_read_tokens", "cache_write_tokens", "latency_ms",
    "ttfb_ms", "task_label", "cost_micro_usd", "platform_fee_micro_usd", "routing_version",
    "catalog_version", "fallback_chain", "health_cache", "error_type", "error_provider",
}
ATTEMPT_FIELDS = {"provider", "endpoint", "model", "outcome", "error_type", "latency_ms"}
HEALTH_CACHE_FIELDS = {"snapshot_version", "age_ms", "stale"}

# Property names that would carry content, identity or secrets. Token *counts* are fine.
FORBIDDEN = [re.compile(p) for p in (
    r"prompt", r"message", r"content", r"completion", r"choice", r"tool_?(call|arg)", r"argument",
    r"function", r"header", r"authori[sz]ation", r"cookie", r"(^|_)ip(_|$)", r"ip_?addr",
    r"remote_?addr", r"user_?agent", r"e_?mail", r"(^|_)name$", r"secret", r"password",
    r"(^|_)api_key$", r"(^|_)key$", r"bearer", r"(^|_)token$", r"credential", r"address", r"phone",
    r"card", r"(^|_)body$", r"(^|_)text$", r"(^|_)input$", r"(^|_)output$", r"payload", r"(^|_)raw",
)]
# Counts and categories whose names contain a forbidden word but carry none of it.
ALLOWED_NAMES = {"prompt_tokens", "completion_tokens", "content_filtered"}
ALL_VERSIONS = [(s.name, v.version) for s in load_topics() for v in s.versions]

IPV4 = re.compile(r"\b\d{1,3}(\.\d{1,3}){3}\b")
IPV6 = re.compile(r"\b[0-9a-f]{1,4}(:[0-9a-f]{0,4}){2,7}\b", re.I)
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", re.I)
KEY_MATERIAL = re.compile(r"\bgi-[A-Za-z0-9]+-[A-Za-z0-9]+|\bsk-[A-Za-z0-9]|AKIA[0-9A-Z]{12}|\$2[aby]\$")


def forbidden_names(schema: dict) -> list[str]:
    return [
        f"{ptr}/{name}"
        for ptr, name in iter_property_names(schema)
        if name not in ALLOWED_NAMES and any(p.search(name.lower()) for p in FORBIDDEN)
    ]


def test_the_scan_catches_what_it_must():
    leaky = {
        "type": "object",
        "properties": {
            "messages": {}, "prompt": {}, "client_ip": {}, "authorization": {}, "email": {},
            "nested": {"type": "object", "properties": {"api_key": {}, "completion": {}, "headers": {}}},
        },
        "$defs": {"x": {"type": "object", "properties": {"tool_args": {}, "ip_address": {}}}},
    }
    assert len(forbidden_names(leaky)) == 10
    assert forbidden_names({"properties": {"prompt_tokens": {}, "api_key_id": {}, "key_id": {}}}) == []


@pytest.mark.parametrize(("name", "version"), ALL_VERSIONS)
def test_no_event_schema_has_a_forbidden_property(name, version):
    assert forbidden_names(load_schema(name, version)) == []


def test_llm_requests_carries_exactly_the_design_list():
    schema = load_schema("llm.requests.v1", 1)
    assert set(schema["properties"]) == LLM_REQUEST_FIELDS
    attempt = resolve(schema, schema["properties"]["fallback_chain"]["items"])
    assert set(attempt["properties"]) == ATTEMPT_FIELDS
    assert set(resolve(schema, schema["properties"]["health_cache"])["properties"]) == HEALTH_CACHE_FIELDS
    every_name = {prop for _, prop in iter_property_names(schema)}
    assert every_name == LLM_REQUEST_FIELDS | ATTEMPT_FIELDS | HEALTH_CACHE_FIELDS


def test_llm_requests_keeps_every_field_required():
    schema = load_schema("llm.requests.v1", 1)
    assert set(schema["required"]) == set(schema["properties"])
    for ref in ("attempt", "health_cache"):
        node = schema["$defs"][ref]
        assert set(node["required"]) == set(node["properties"])


def test_error_fields_are_codes_not_free_text():
    # Provider error messages can echo prompt text, so errors travel as enums only.
    schema = load_schema("llm.requests.v1", 1)
    assert "enum" in schema["properties"]["error_type"]
    assert "enum" in schema["$defs"]["attempt"]["properties"]["error_type"]


@pytest.mark.parametrize(("name", "version"), ALL_VERSIONS)
def test_examples_hold_no_ip_email_or_key_material(name, version):
    for example, payload in load_examples(name, version).items():
        text = json.dumps(payload)
        for pattern in (IPV4, IPV6, EMAIL, KEY_MATERIAL):
            assert not pattern.search(text), f"{example}: {pattern.pattern}"


def test_accounts_topic_has_no_email_name_or_key_material():
    names = {prop for _, prop in iter_property_names(load_schema("accounts.v1", 1))}
    assert not names & {"email", "name", "key", "secret", "api_key", "byok_key", "key_hash"}
