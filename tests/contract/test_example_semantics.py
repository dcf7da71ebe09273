"""Examples are realistic, not just valid: they agree with the catalog, the pricing
rule and each other, so consumers can use them as test fixtures."""

from __future__ import annotations

from datetime import datetime

import pytest

from gammainfra_schemas.catalog import load_catalog, platform_fee, price_usage
from gammainfra_schemas.topics import load_examples, load_schema

from .schema_walk import iter_subschemas

LLM = load_examples("llm.requests.v1", 1)


def _ms(start: str, end: str) -> int:
    delta = datetime.fromisoformat(end) - datetime.fromisoformat(start)
    return round(delta.total_seconds() * 1000)


def test_usage_examples_cover_the_cases_consumers_must_handle():
    statuses = {e["status"] for e in LLM.values()}
    assert statuses == {"success", "error", "rejected", "client_disconnected"}
    assert any(e["stream"] and e["status"] == "success" for e in LLM.values())
    fallback = LLM["fallback_after_429"]["fallback_chain"]
    assert [a["error_type"] for a in fallback] == ["rate_limited", None]
    assert {a["provider"] for a in fallback} == {"groq", "bedrock"}  # a cross-provider fallback
    failed = LLM["all_providers_failed"]
    assert failed["status"] == "error" and all(a["outcome"] == "error" for a in failed["fallback_chain"])
    assert len(failed["fallback_chain"]) == 3
    assert any(e["byok"] for e in LLM.values())


@pytest.mark.parametrize("name", sorted(LLM))
def test_usage_example_is_internally_consistent(name):
    event = LLM[name]
    assert event["latency_ms"] == _ms(event["started_at"], event["finished_at"])
    assert event["ttfb_ms"] is None or event["ttfb_ms"] <= event["latency_ms"]
    chain = event["fallback_chain"]
    assert sum(a["latency_ms"] for a in chain) <= event["latency_ms"]
    assert (event["status"] == "success") == (event["error_type"] is None)
    if not chain:
        assert event["provider"] is event["endpoint"] is event["model_dispatched"] is None
    else:
        last = chain[-1]
        assert (last["provider"], last["endpoint"], last["model"]) == (
            event["provider"], event["endpoint"], event["model_dispatched"])
    for attempt in chain:
        assert (attempt["outcome"] == "error") == (attempt["error_type"] is not None)
    assert event["error_provider"] in {a["provider"] for a in chain} | {None}
    assert event["cache_read_tokens"] + event["cache_write_tokens"] <= event["prompt_tokens"]


@pytest.mark.parametrize("name", sorted(LLM))
def test_usage_example_cost_is_what_metering_recomputes(name):
    event = LLM[name]
    catalog = load_catalog(event["catalog_version"])
    cost = 0
    if event["model_dispatched"] is not None:
        offering = catalog.offering(event["model_dispatched"], event["endpoint"])
        assert offering.provider == event["provider"]
        cost = price_usage(offering, event["prompt_tokens"], event["completion_tokens"],
                           event["cache_read_tokens"], event["cache_write_tokens"])
    assert event["cost_micro_usd"] == cost
    assert event["platform_fee_micro_usd"] == platform_fee(cost, event["byok"], catalog.fees)
    for attempt in event["fallback_chain"]:
        assert catalog.offering(attempt["model"], attempt["endpoint"]).provider == attempt["provider"]


@pytest.mark.parametrize("topic_name", ["accounts.v1", "lifecycle.v1"])
def test_one_example_per_event_type_at_least(topic_name):
    types = set()
    for _, node in iter_subschemas(load_schema(topic_name, 1)):
        type_prop = node.get("properties", {}).get("type", {})
        if "const" in type_prop:
            types.add(type_prop["const"])
    assert types and {e["type"] for e in load_examples(topic_name, 1).values()} == types


def test_invoice_examples_add_up():
    examples = load_examples("billing.invoices.v1", 1)
    assert {e["type"] for e in examples.values()} == {
        "invoice.created", "invoice.finalized", "invoice.paid", "invoice.payment_failed"}
    for name, invoice in examples.items():
        assert invoice["amount_micro_usd"] == sum(li["amount_micro_usd"] for li in invoice["line_items"]), name
        assert invoice["amount_due_cents"] == (invoice["amount_micro_usd"] + 5_000) // 10_000, name
        assert invoice["platform_fee_micro_usd"] <= invoice["amount_micro_usd"], name
        assert invoice["period_start"] < invoice["period_end"], name


def test_health_examples_name_catalog_pairs_and_coherent_states():
    catalog = load_catalog()
    examples = load_examples("routing.health.v1", 1)
    assert {e["state"] for e in examples.values()} == {"healthy", "degraded", "down", "half_open"}
    for name, health in examples.items():
        assert catalog.offering(health["model"], health["endpoint"]).provider == health["provider"], name
        assert (health["state"] == "down") == (health["cooldown_until"] is not None), name
        window = health["window"]
        assert (window["requests"] == 0) == (window["success_rate"] is None), name
        assert sum(window["errors"].values()) <= window["requests"], name
