"""model "auto": the route knob, and ranking by the policy prior, observed per-label
stats and price."""

from __future__ import annotations

import orjson
import pytest

from gammainfra_gateway.errors import InvalidRequest
from gammainfra_gateway.requests import parse_chat
from gammainfra_gateway.routing.health import HealthView, parse_snapshot
from gammainfra_gateway.routing.policy import AUTO, RouteKnob, parse_route, requested_models
from gammainfra_schemas.catalog import load_catalog

from .helpers import GENERATED_AT_MS, FakeClock, make_resolver


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def view_with(labels: dict | None = None) -> HealthView:
    view = HealthView(stale_after_s=30, clock=FakeClock(GENERATED_AT_MS / 1000))
    view.replace(parse_snapshot(orjson.dumps({"version": 1, "generated_at_ms": GENERATED_AT_MS, "entries": {},
                                              "labels": labels or {}})))
    return view


def chosen(catalog, label: str, route: dict | None = None, labels: dict | None = None) -> list[str]:
    resolver = make_resolver(catalog, health=view_with(labels))
    body = {"model": "auto", "messages": [{"role": "user", "content": "x"}]}
    if route is not None:
        body["route"] = route
    models, requested = requested_models(resolver, parse_chat(body), kind="chat", label=label)
    assert requested == AUTO
    return [m.id for m in models]


def test_quality_follows_the_policy_prior_without_observations(catalog):
    assert chosen(catalog, "code")[0] == "anthropic/claude-sonnet-4"
    assert chosen(catalog, "math")[0] == "deepseek/deepseek-reasoner"
    assert chosen(catalog, "summarization")[0] == "google/gemini-2.5-flash"


def test_cost_prefers_the_cheapest_candidate(catalog):
    # deepseek-chat 0.28 + 0.42 = 0.70 $/Mtok in+out; gpt-4o-mini 0.15 + 0.60 = 0.75; Sonnet 18.
    assert chosen(catalog, "code", {"prefer": "cost"})[:2] == ["deepseek/deepseek-chat", "openai/gpt-4o-mini"]
    assert chosen(catalog, "code", {"prefer": "cost"})[-1] == "anthropic/claude-sonnet-4"


def test_max_price_drops_models_above_it_in_usd_per_million_tokens(catalog):
    # Sonnet 3/15, gpt-4.1 2/8, deepseek 0.28/0.42, gpt-4o-mini 0.15/0.6 USD per 1M tokens.
    assert chosen(catalog, "code", {"max_price": 1}) == ["deepseek/deepseek-chat", "openai/gpt-4o-mini"]
    assert chosen(catalog, "code", {"max_price": 8})[0] == "openai/gpt-4.1"
    with pytest.raises(InvalidRequest) as err:
        chosen(catalog, "code", {"max_price": 0.01})
    assert (err.value.param, err.value.code) == ("route.max_price", "no_model_within_max_price")


def test_observed_failures_on_a_label_demote_a_model(catalog):
    labels = {"code": {"anthropic/claude-sonnet-4": {"requests": 200, "success_rate": 0.2, "latency_p50_ms": 900},
                       "openai/gpt-4.1": {"requests": 200, "success_rate": 1.0, "latency_p50_ms": 900}}}
    assert chosen(catalog, "code", labels=labels)[0] == "openai/gpt-4.1"
    # A handful of failures barely moves the smoothed rate: the prior still wins.
    few = {"code": {"anthropic/claude-sonnet-4": {"requests": 2, "success_rate": 0.5, "latency_p50_ms": 900}}}
    assert chosen(catalog, "code", labels=few)[0] == "anthropic/claude-sonnet-4"


def test_latency_prefers_the_fastest_observed(catalog):
    labels = {"chat": {"meta/llama-3.3-70b": {"requests": 100, "success_rate": 1.0, "latency_p50_ms": 150},
                       "openai/gpt-4o": {"requests": 100, "success_rate": 1.0, "latency_p50_ms": 2400}}}
    assert chosen(catalog, "chat", {"prefer": "latency"}, labels)[0] == "meta/llama-3.3-70b"
    assert chosen(catalog, "chat", {"prefer": "quality"}, labels)[0] != "meta/llama-3.3-70b"


def test_the_policy_only_ranks_models_this_gateway_can_call(catalog):
    from .helpers import OPENAI_ONLY
    resolver = make_resolver(catalog, styles=OPENAI_ONLY, health=view_with())
    parsed = parse_chat({"model": "auto", "messages": [{"role": "user", "content": "x"}]})
    models, _ = requested_models(resolver, parsed, kind="chat", label="code")
    assert [m.id for m in models] == ["openai/gpt-4.1", "deepseek/deepseek-chat", "openai/gpt-4o-mini"]


@pytest.mark.parametrize(("route", "param"), [
    ("fast", "route"), ([], "route"), ({"prefer": "speed"}, "route.prefer"), ({"max_price": -1}, "route.max_price"),
    ({"max_price": 0}, "route.max_price"), ({"max_price": "1"}, "route.max_price"),
    ({"max_price": True}, "route.max_price"), ({"max_price": 1e12}, "route.max_price"), ({"cheap": 1}, "route"),
])
def test_bad_route_knobs_are_400_naming_the_parameter(route, param):
    with pytest.raises(InvalidRequest) as err:
        parse_route(route)
    assert (err.value.status, err.value.param) == (400, param)


def test_route_parses_to_micro_usd_and_legacy_fallback_is_accepted():
    assert parse_route({"prefer": "cost", "max_price": 1.5}) == RouteKnob("cost", 1_500_000)
    assert parse_route("fallback") is None and parse_route(None) is None


def test_route_with_a_concrete_model_is_refused(catalog):
    resolver = make_resolver(catalog, health=view_with())
    parsed = parse_chat({"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "x"}],
                         "route": {"prefer": "cost"}})
    with pytest.raises(InvalidRequest) as err:
        requested_models(resolver, parsed, kind="chat", label="chat")
    assert err.value.param == "route"
