"""What-if estimate of a candidate routing policy: the arithmetic on a synthetic range,
objecting and erased customers left out, explicit-model requests untouched."""

from __future__ import annotations

from gammainfra_schemas.catalog import load_catalog
from gammainfra_schemas.llm_requests_v1 import Status
from gammainfra_schemas.pricing import price_usage
from gammainfra_schemas.routing_policy import load_routing_policy

from gammainfra_router.domain.objections import Objections
from gammainfra_router.domain.whatif import estimate

CATALOG = load_catalog("2026-11-26.1")
POLICY = load_routing_policy("2026-11-26.1")


def event(customer, label, requested, model, endpoint, provider, cost, latency, status="success", p=1000, c=500):
    return {"customer_id": customer, "task_label": label, "model_requested": requested, "model_dispatched": model,
            "endpoint": endpoint, "provider": provider, "cost_micro_usd": cost, "latency_ms": latency,
            "status": status, "prompt_tokens": p, "completion_tokens": c, "routing_version": "2026-11-26.1"}


def test_estimate_arithmetic_exactly() -> None:
    events = [
        # auto code request served by gpt-4o-mini: the candidate (claude-sonnet-4 @ anthropic-us) changes it.
        event("cus_a", "code", "auto", "openai/gpt-4o-mini", "openai-us", "openai", 450, 800, p=1000, c=500),
        # auto math request already on the candidate's choice: kept as observed.
        event("cus_a", "math", "auto", "deepseek/deepseek-reasoner", "deepseek-cn", "deepseek", 490, 3000),
        # explicit model: never re-routed.
        event("cus_b", "chat", "openai/gpt-4o", "openai/gpt-4o", "openai-us", "openai", 7500, 400, status="error"),
        # anthropic-us observed twice (latency 1000 ok, 3000 error): mean 2000, error rate 0.5.
        event("cus_b", "code", "anthropic/claude-sonnet-4", "anthropic/claude-sonnet-4", "anthropic-us",
              "anthropic", 10500, 1000),
        event("cus_b", "code", "anthropic/claude-sonnet-4", "anthropic/claude-sonnet-4", "anthropic-us",
              "anthropic", 10500, 3000, status="error"),
        # objecting and erased customers: left out entirely (and out of the endpoint statistics).
        event("cus_obj", "code", "auto", "openai/gpt-4o-mini", "anthropic-us", "openai", 999, 99999),
        event("cus_gone", "code", "auto", "openai/gpt-4o-mini", "openai-us", "openai", 999, 99999),
    ]
    objections = Objections()
    objections.apply({"type": "account.processing_objection_changed", "customer_id": "cus_obj", "objection": True})
    objections.erase("cus_gone")
    report = estimate(events, objections, POLICY, CATALOG)

    sonnet = next(o for o in CATALOG.offerings("anthropic/claude-sonnet-4") if o.endpoint == "anthropic-us")
    new_cost = price_usage(sonnet, 1000, 500)
    assert new_cost == (1000 * 3_000_000 + 500 * 15_000_000 + 500_000) // 1_000_000 == 10500
    assert report["requests"] == 5 and report["left_out_objecting_or_erased"] == 2
    assert report["auto_requests"] == 2
    assert (report["changed_model"], report["changed_provider"]) == (1, 1)
    live, cand = report["live"], report["candidate"]
    assert live["cost_micro_usd"] == 450 + 490 + 7500 + 10500 + 10500
    assert cand["cost_micro_usd"] == new_cost + 490 + 7500 + 10500 + 10500
    assert cand["cost_by_label"] == {"chat": 7500, "code": new_cost + 21000, "math": 490}
    assert live["cost_by_label"] == {"chat": 7500, "code": 450 + 21000, "math": 490}
    assert report["cost_delta_micro_usd"] == new_cost - 450
    assert live["mean_latency_ms"] == round((800 + 3000 + 400 + 1000 + 3000) / 5, 3)
    assert cand["mean_latency_ms"] == round((2000 + 3000 + 400 + 1000 + 3000) / 5, 3)
    assert live["error_rate"] == round(2 / 5, 6)
    assert cand["error_rate"] == round((0.5 + 0 + 1 + 0 + 1) / 5, 6)
    assert report["unobserved_endpoints"] == 0


def test_unobserved_endpoint_is_counted_not_guessed() -> None:
    events = [event("cus_a", "math", "auto", "openai/gpt-4o-mini", "openai-us", "openai", 450, 800)]
    report = estimate(events, Objections(), POLICY, CATALOG)
    assert report["unobserved_endpoints"] == 1 and report["changed_model"] == 1
    assert report["candidate"]["mean_latency_ms"] is None


def test_only_an_endpoint_failure_counts_as_an_error() -> None:
    """The schema's statuses: a request the gateway rejected or whose client hung up
    is not the endpoint's error (the live stack writes "success", never "ok")."""
    statuses = [Status.SUCCESS, Status.REJECTED, Status.CLIENT_DISCONNECTED, Status.ERROR]
    events = [event("cus_a", "chat", "openai/gpt-4o", "openai/gpt-4o", "openai-us", "openai", 100, 10, status=s.value)
              for s in statuses]
    report = estimate(events, Objections(), POLICY, CATALOG)
    assert report["live"]["error_rate"] == report["candidate"]["error_rate"] == 0.25
