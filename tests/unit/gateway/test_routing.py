"""Routing: candidates from the real catalog, provider preferences, ordering by health
(the health view itself: test_health_view.py)."""

from __future__ import annotations

from urllib.parse import urlsplit

import orjson
import pytest

from gammainfra_common.settings import Secret
from gammainfra_gateway.errors import InvalidRequest, ModelNotFound
from gammainfra_gateway.routing.candidates import build_upstreams
from gammainfra_gateway.routing.health import HealthView, parse_snapshot
from gammainfra_gateway.routing.preferences import (
    MAX_FALLBACK_MODELS, ProviderPreferences, parse_fallback_models, parse_provider_preferences)
from gammainfra_schemas.catalog import load_catalog

from .helpers import (GENERATED_AT_MS, OPENAI_ONLY, PLACEHOLDER, TEMPLATE, FakeClock, chain_of, endpoints,
                      make_resolver, snapshot)

LLAMA = "meta/llama-3.3-70b"     # groq-us (cheapest), bedrock-us-east-1, bedrock-us-west-2 (equal prices)
SONNET = "anthropic/claude-sonnet-4"  # anthropic-us + three Bedrock endpoints, all the same price
EAST, WEST, EU = "bedrock-us-east-1", "bedrock-us-west-2", "bedrock-eu-central-1"


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def health_with(entries, *, clock=None, stale_after_s: float = 30) -> HealthView:
    view = HealthView(stale_after_s=stale_after_s, clock=clock or FakeClock(GENERATED_AT_MS / 1000))
    view.replace(snapshot(entries))
    return view


# --- model lookup -------------------------------------------------------------------------------

def test_unknown_model_is_model_not_found_naming_the_param(catalog):
    resolver = make_resolver(catalog)
    with pytest.raises(ModelNotFound) as err:
        resolver.model("openai/gpt-17", kind="chat")
    assert (err.value.status, err.value.code, err.value.param) == (404, "model_not_found", "model")
    assert "openai/gpt-17" in err.value.message
    with pytest.raises(ModelNotFound) as err:
        resolver.model("nope/nothing", kind="chat", param="models")
    assert err.value.param == "models"


@pytest.mark.parametrize(("model_id", "kind", "actual"), [
    ("openai/text-embedding-3-small", "chat", "embedding"),
    ("openai/gpt-4o", "embedding", "chat"),
])
def test_kind_mismatch_is_invalid_request(catalog, model_id, kind, actual):
    with pytest.raises(InvalidRequest) as err:
        make_resolver(catalog).model(model_id, kind=kind)
    assert (err.value.status, err.value.code, err.value.param) == (400, "model_not_supported", "model")
    assert f"is a {actual} model, not a {kind} model" in err.value.message


def test_known_model_of_the_right_kind_is_returned(catalog):
    assert make_resolver(catalog).model("openai/text-embedding-3-small", kind="embedding").id == \
        "openai/text-embedding-3-small"


# --- which endpoints are candidates -------------------------------------------------------------

def test_only_supported_api_styles_are_candidates(catalog):
    resolver = make_resolver(catalog, styles=OPENAI_ONLY)
    assert endpoints(chain_of(resolver, LLAMA)) == ["groq-us"]          # Bedrock offerings dropped
    assert chain_of(resolver, SONNET) == []                             # anthropic + bedrock only
    assert chain_of(resolver, "google/gemini-2.5-flash") == []          # gemini only
    reachable = {o.endpoint for m in catalog.models.values() for o in m.offerings if resolver.reachable(o)}
    assert reachable == {"openai-us", "mistral-eu", "groq-us", "deepseek-cn", "xai-us"}


def test_candidate_carries_style_url_and_key_from_the_upstream(catalog):
    (cand,) = chain_of(make_resolver(catalog, styles=OPENAI_ONLY), "deepseek/deepseek-chat")
    assert cand.model.id == "deepseek/deepseek-chat"
    assert cand.offering.upstream_model == "deepseek-chat"
    assert cand.endpoint.provider == "deepseek"
    assert cand.api_style == "openai_compatible"
    assert cand.base_url == "http://fake.test/deepseek-cn"  # DeepSeek's base URL has no /v1
    assert cand.api_key == PLACEHOLDER
    assert "gi-local-placeholder" not in repr(cand)


def test_build_upstreams_with_a_template_reaches_every_endpoint(catalog):
    upstreams = build_upstreams(catalog, template=TEMPLATE, keys={"openai": Secret("sk-real"), "groq": None})
    assert set(upstreams) == set(catalog.endpoints)
    assert len(upstreams) == 10
    for endpoint_id, upstream in upstreams.items():
        catalog_path = urlsplit(catalog.endpoint(endpoint_id).base_url).path.rstrip("/")
        assert upstream.base_url == f"http://fake.test/{endpoint_id}{catalog_path}"
    assert upstreams["openai-us"].api_key == Secret("sk-real")
    assert upstreams["groq-us"].api_key == PLACEHOLDER
    assert upstreams[EAST].api_key == PLACEHOLDER


def test_build_upstreams_without_template_keyless_endpoints_are_byok_only(catalog):
    keys = {"openai": Secret("sk-o"), "groq": Secret("gsk-g"), "mistral": None}
    upstreams = build_upstreams(catalog, template=None, keys=keys)
    assert set(upstreams) == set(catalog.endpoints)
    assert upstreams["openai-us"].base_url == "https://api.openai.com/v1"
    assert upstreams["openai-us"].api_key == Secret("sk-o")
    assert upstreams["groq-us"].base_url == "https://api.groq.com/openai/v1"
    assert {eid for eid, up in upstreams.items() if up.api_key is not None} == {"openai-us", "groq-us"}

    resolver = make_resolver(catalog, template=None, keys=keys)
    chain = chain_of(resolver, LLAMA)
    # Bedrock has no managed key: still a candidate (a customer's own key can serve
    # it), but keyless, so the dispatcher never calls it with a managed key.
    assert endpoints(chain)[0] == "groq-us"
    assert [c.endpoint.id for c in chain if c.api_key is not None] == ["groq-us"]
    model = catalog.models[LLAMA]
    assert [resolver.managed(o) for o in model.offerings].count(True) == 1


# --- provider preferences applied -----------------------------------------------------------

def test_default_order_is_cheapest_first_then_catalog_order(catalog):
    assert endpoints(chain_of(make_resolver(catalog), LLAMA)) == ["groq-us", EAST, WEST]


def test_only_and_ignore_filter_providers(catalog):
    resolver = make_resolver(catalog)
    only = parse_provider_preferences({"only": ["Bedrock"]})
    assert endpoints(chain_of(resolver, LLAMA, prefs=only)) == [EAST, WEST]
    ignore = parse_provider_preferences({"ignore": ["groq"]})
    assert endpoints(chain_of(resolver, LLAMA, prefs=ignore)) == [EAST, WEST]
    both = parse_provider_preferences({"only": ["groq", "bedrock"], "ignore": ["bedrock"]})
    assert endpoints(chain_of(resolver, LLAMA, prefs=both)) == ["groq-us"]
    assert chain_of(resolver, LLAMA, prefs=parse_provider_preferences({"only": ["openai"]})) == []


def test_order_puts_named_providers_first_in_that_order(catalog):
    resolver = make_resolver(catalog)
    prefs = ProviderPreferences(order=("bedrock",))
    assert endpoints(chain_of(resolver, LLAMA, prefs=prefs)) == [EAST, WEST, "groq-us"]
    prefs = ProviderPreferences(order=("bedrock", "anthropic"))
    assert endpoints(chain_of(resolver, SONNET, prefs=prefs)) == [EAST, WEST, EU, "anthropic-us"]
    prefs = ProviderPreferences(order=("anthropic", "bedrock"))
    assert endpoints(chain_of(resolver, SONNET, prefs=prefs)) == ["anthropic-us", EAST, WEST, EU]


def test_no_fallbacks_with_order_keeps_only_ordered_providers(catalog):
    prefs = ProviderPreferences(order=("bedrock",), allow_fallbacks=False)
    assert endpoints(chain_of(make_resolver(catalog), LLAMA, prefs=prefs)) == [EAST, WEST]


def test_no_fallbacks_without_order_keeps_only_the_first_candidate(catalog):
    prefs = ProviderPreferences(allow_fallbacks=False)
    resolver = make_resolver(catalog)
    assert endpoints(chain_of(resolver, LLAMA, prefs=prefs)) == ["groq-us"]
    chain = chain_of(resolver, LLAMA, "openai/gpt-4o-mini", prefs=prefs)
    assert [(c.model.id, c.endpoint.id) for c in chain] == [(LLAMA, "groq-us")]


def test_fallback_models_chain_in_order(catalog):
    resolver = make_resolver(catalog, styles=OPENAI_ONLY)
    chain = chain_of(resolver, LLAMA, "openai/gpt-4o-mini", "mistral/mistral-small")
    assert [(c.model.id, c.endpoint.id) for c in chain] == [
        (LLAMA, "groq-us"), ("openai/gpt-4o-mini", "openai-us"), ("mistral/mistral-small", "mistral-eu")]
    # Preferences apply to every model: without groq, Llama contributes nothing.
    chain = chain_of(resolver, LLAMA, "openai/gpt-4o-mini", prefs=ProviderPreferences(ignore=frozenset({"groq"})))
    assert [(c.model.id, c.endpoint.id) for c in chain] == [("openai/gpt-4o-mini", "openai-us")]


def test_chain_never_repeats_an_endpoint_of_a_model(catalog):
    chain = chain_of(make_resolver(catalog), SONNET, SONNET, SONNET, SONNET, SONNET, SONNET)
    pairs = [(c.model.id, c.endpoint.id) for c in chain]
    assert len(pairs) == len(set(pairs))
    assert len(pairs) <= 16


# --- ordering by health ---------------------------------------------------------------------

def test_sort_latency_fastest_first_unknown_latency_after_known(catalog):
    view = health_with({("groq-us", LLAMA): {"latency_p50_ms": 900},
                        (EAST, LLAMA): {"latency_p50_ms": 200},
                        (WEST, LLAMA): {"latency_p50_ms": 400}})
    prefs = ProviderPreferences(sort="latency")
    assert endpoints(chain_of(make_resolver(catalog, health=view), LLAMA, prefs=prefs)) == [EAST, WEST, "groq-us"]
    view = health_with({("groq-us", LLAMA): {"latency_p50_ms": 900}, (EAST, LLAMA): {"latency_p50_ms": 200}})
    assert endpoints(chain_of(make_resolver(catalog, health=view), LLAMA, prefs=prefs)) == [EAST, "groq-us", WEST]


def test_sort_throughput_most_tokens_per_second_first(catalog):
    view = health_with({("groq-us", LLAMA): {"tokens_per_s": 300.0},
                        (EAST, LLAMA): {"tokens_per_s": 50.0},
                        (WEST, LLAMA): {"tokens_per_s": 120.0}})
    prefs = ProviderPreferences(sort="throughput")
    assert endpoints(chain_of(make_resolver(catalog, health=view), LLAMA, prefs=prefs)) == ["groq-us", WEST, EAST]
    view = health_with({(EAST, LLAMA): {"tokens_per_s": 50.0}})  # unknown counts as 0
    assert endpoints(chain_of(make_resolver(catalog, health=view), LLAMA, prefs=prefs)) == [EAST, "groq-us", WEST]


def test_sort_price_cheapest_first_healthier_first_among_equal_prices(catalog):
    view = health_with({("groq-us", LLAMA): {"state": "degraded"}, (EAST, LLAMA): {"state": "degraded"}})
    prefs = ProviderPreferences(sort="price")
    assert endpoints(chain_of(make_resolver(catalog, health=view), LLAMA, prefs=prefs)) == ["groq-us", WEST, EAST]


def test_default_order_among_equal_prices_prefers_healthy_state_then_score(catalog):
    view = health_with({("anthropic-us", SONNET): {"state": "half_open", "score": 0.99},
                        (EAST, SONNET): {"score": 0.9}, (WEST, SONNET): {"score": 0.7},
                        (EU, SONNET): {"score": 0.8}})
    assert endpoints(chain_of(make_resolver(catalog, health=view), SONNET)) == [EAST, EU, WEST, "anthropic-us"]


@pytest.mark.parametrize("prefs", [
    ProviderPreferences(),
    ProviderPreferences(sort="price"),
    ProviderPreferences(sort="latency"),
    ProviderPreferences(sort="throughput"),
    ProviderPreferences(order=("groq",)),
], ids=["default", "price", "latency", "throughput", "order"])
def test_down_endpoints_are_skipped_whatever_the_preferences(catalog, prefs):
    view = health_with({("groq-us", LLAMA): {"state": "down", "score": 1.0, "latency_p50_ms": 10,
                                             "tokens_per_s": 999.0},
                        (EAST, LLAMA): {"latency_p50_ms": 300, "tokens_per_s": 60.0},
                        (WEST, LLAMA): {"latency_p50_ms": 200, "tokens_per_s": 80.0}})
    chain = endpoints(chain_of(make_resolver(catalog, health=view), LLAMA, prefs=prefs))
    assert sorted(chain) == sorted([EAST, WEST])   # skipped while others are up


def test_when_every_endpoint_is_down_all_are_tried_in_order(catalog):
    view = health_with({("groq-us", LLAMA): {"state": "down", "score": 0.0},
                        (EAST, LLAMA): {"state": "down", "score": 0.0},
                        (WEST, LLAMA): {"state": "down", "score": 0.0}})
    assert endpoints(chain_of(make_resolver(catalog, health=view), LLAMA)) == ["groq-us", EAST, WEST]


def test_a_down_model_falls_through_to_the_fallback_model(catalog):
    view = health_with({("groq-us", LLAMA): {"state": "down"}, (EAST, LLAMA): {"state": "down"},
                        (WEST, LLAMA): {"state": "down"}})
    chain = chain_of(make_resolver(catalog, health=view), LLAMA, "openai/gpt-4o-mini")
    assert [(c.endpoint.id, c.model.id) for c in chain] == [("openai-us", "openai/gpt-4o-mini")]


def test_degraded_after_healthy_and_half_open_after_degraded(catalog):
    view = health_with({(EAST, SONNET): {"state": "degraded", "score": 0.7},
                        ("anthropic-us", SONNET): {"state": "half_open", "score": 0.35},
                        (WEST, SONNET): {"score": 0.6}, (EU, SONNET): {"score": 0.9}})
    assert endpoints(chain_of(make_resolver(catalog, health=view), SONNET)) == [EU, WEST, EAST, "anthropic-us"]


@pytest.mark.parametrize(("share", "expected_probes"), [(0.1, 10), (0.25, 25), (0.5, 50), (0.0, 0)])
def test_half_open_gets_exactly_its_probe_share_first(catalog, share, expected_probes):
    view = HealthView(stale_after_s=30, clock=FakeClock(GENERATED_AT_MS / 1000))
    doc = {"version": 3, "generated_at_ms": GENERATED_AT_MS, "probe_share": share,
           "entries": {f"groq-us|{LLAMA}": {"state": "half_open", "score": 0.35}}}
    view.replace(parse_snapshot(orjson.dumps(doc)))
    resolver = make_resolver(catalog, health=view)
    firsts = [endpoints(chain_of(resolver, LLAMA)) for _ in range(100)]
    probes = [i for i, chain in enumerate(firsts) if chain[0] == "groq-us"]
    assert len(probes) == expected_probes
    if share:
        gaps = {b - a for a, b in zip(probes, probes[1:])}
        assert gaps == {round(1 / share)}   # evenly spaced, not bursts
    # Not probing: held back behind every healthy endpoint, never dropped.
    assert all(chain[-1] == "groq-us" for i, chain in enumerate(firsts) if i not in probes)


def test_snapshot_extensions_are_parsed_and_bad_ones_rejected():
    doc = {"version": 9, "generated_at_ms": GENERATED_AT_MS, "probe_share": 0.2, "window_s": 300,
           "entries": {}, "labels": {"code": {"openai/gpt-4.1": {"requests": 40, "success_rate": 0.9,
                                                                 "latency_p50_ms": 800}}}}
    snap = parse_snapshot(orjson.dumps(doc))
    assert snap.probe_share == 0.2 and snap.labels["code"]["openai/gpt-4.1"].requests == 40
    view = HealthView(stale_after_s=30, clock=FakeClock(GENERATED_AT_MS / 1000))
    view.replace(snap)
    assert view.label_stats("code")["openai/gpt-4.1"].latency_p50_ms == 800
    assert view.label_stats("math") == {}
    with pytest.raises(ValueError):
        parse_snapshot(orjson.dumps({**doc, "probe_share": 2}))
    with pytest.raises((ValueError, KeyError)):
        parse_snapshot(orjson.dumps({**doc, "labels": {"code": {"m": {"success_rate": 1}}}}))


def test_stale_snapshot_is_not_used_for_ordering(catalog):
    clock = FakeClock(GENERATED_AT_MS / 1000)
    view = health_with({("groq-us", LLAMA): {"state": "down"}}, clock=clock, stale_after_s=30)
    resolver = make_resolver(catalog, health=view)
    assert endpoints(chain_of(resolver, LLAMA)) == [EAST, WEST]                # fresh: down is skipped
    clock.now += 3600
    assert view.marker()["stale"] is True
    assert endpoints(chain_of(resolver, LLAMA)) == ["groq-us", EAST, WEST]     # as with no snapshot


class CountingHealth(HealthView):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.lookups = 0

    def health(self, endpoint: str, model: str):
        self.lookups += 1
        return super().health(endpoint, model)


def test_a_chain_is_remembered_until_the_snapshot_changes(catalog):
    view = CountingHealth(stale_after_s=30, clock=FakeClock(GENERATED_AT_MS / 1000))
    view.replace(snapshot({("groq-us", LLAMA): {"state": "down"}}))
    resolver = make_resolver(catalog, health=view)
    first = endpoints(chain_of(resolver, LLAMA))
    looked_up = view.lookups
    assert looked_up > 0 and first == [EAST, WEST]
    assert endpoints(chain_of(resolver, LLAMA)) == first and view.lookups == looked_up  # no health lookup
    returned = resolver.chain([resolver.model(LLAMA, kind="chat")], ProviderPreferences())
    returned.clear()  # a caller changing its list must not change the remembered one
    assert endpoints(chain_of(resolver, LLAMA)) == first
    # Other preferences are another chain; a new snapshot forgets every chain.
    assert endpoints(chain_of(resolver, LLAMA, prefs=ProviderPreferences(sort="price"))) == [EAST, WEST]
    view.replace(snapshot({(EAST, LLAMA): {"state": "down"}}))
    assert endpoints(chain_of(resolver, LLAMA)) == ["groq-us", WEST]
    assert view.lookups > looked_up


def test_a_chain_with_a_half_open_endpoint_is_decided_per_request(catalog):
    view = CountingHealth(stale_after_s=30, clock=FakeClock(GENERATED_AT_MS / 1000))
    view.replace(snapshot({("groq-us", LLAMA): {"state": "half_open", "score": 0.35}}))
    resolver = make_resolver(catalog, health=view)
    chain_of(resolver, LLAMA)
    looked_up = view.lookups
    chain_of(resolver, LLAMA)
    assert view.lookups == 2 * looked_up  # ordered again: the probe gate must see every request


# --- preferences parsing --------------------------------------------------------------------

def test_preferences_default_and_full_parse():
    assert parse_provider_preferences(None) == ProviderPreferences()
    prefs = parse_provider_preferences({"order": ["Groq", "BEDROCK"], "only": ["groq", "Bedrock"],
                                        "ignore": ["xAI"], "allow_fallbacks": False, "sort": "latency"})
    assert prefs == ProviderPreferences(order=("groq", "bedrock"), only=frozenset({"groq", "bedrock"}),
                                        ignore=frozenset({"xai"}), allow_fallbacks=False, sort="latency")


@pytest.mark.parametrize(("raw", "param"), [
    ("groq", "provider"),
    (["groq"], "provider"),
    ({"orderr": ["groq"]}, "provider"),
    ({"allow_fallbacks": "no"}, "provider.allow_fallbacks"),
    ({"allow_fallbacks": 0}, "provider.allow_fallbacks"),
    ({"allow_fallbacks": None}, "provider.allow_fallbacks"),
    ({"sort": "fastest"}, "provider.sort"),
    ({"sort": 1}, "provider.sort"),
    ({"sort": ["price"]}, "provider.sort"),
    ({"order": "groq"}, "provider.order"),
    ({"order": ["groq", 1]}, "provider.order"),
    ({"order": [""]}, "provider.order"),
    ({"only": "groq"}, "provider.only"),
    ({"ignore": [None]}, "provider.ignore"),
])
def test_bad_preferences_name_the_param(raw, param):
    with pytest.raises(InvalidRequest) as err:
        parse_provider_preferences(raw)
    assert err.value.param == param
    assert err.value.status == 400


def test_unknown_preference_key_is_named_in_the_message():
    with pytest.raises(InvalidRequest) as err:
        parse_provider_preferences({"order": [], "quantizations": ["fp8"]})
    assert "quantizations" in err.value.message


def test_fallback_models_parse():
    assert parse_fallback_models(None) == ()
    five = [f"m/{i}" for i in range(MAX_FALLBACK_MODELS)]
    assert parse_fallback_models(five) == tuple(five)
    assert MAX_FALLBACK_MODELS == 5


@pytest.mark.parametrize("raw", ["openai/gpt-4o", [1], [""], {"a": 1}, [f"m/{i}" for i in range(6)]])
def test_bad_fallback_models_name_the_param(raw):
    with pytest.raises(InvalidRequest) as err:
        parse_fallback_models(raw)
    assert err.value.param == "models"


def test_more_than_five_fallback_models_says_so():
    with pytest.raises(InvalidRequest) as err:
        parse_fallback_models([f"m/{i}" for i in range(6)])
    assert "at most 5" in err.value.message


def test_template_keeps_each_providers_real_base_path():
    catalog = load_catalog()
    upstreams = build_upstreams(catalog, template=TEMPLATE, keys={})
    assert upstreams["openai-us"].base_url == "http://fake.test/openai-us/v1"
    assert upstreams["groq-us"].base_url == "http://fake.test/groq-us/openai/v1"
    assert upstreams["deepseek-cn"].base_url == "http://fake.test/deepseek-cn"
    assert upstreams["anthropic-us"].base_url == "http://fake.test/anthropic-us"
