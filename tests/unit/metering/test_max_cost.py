from dataclasses import dataclass

import pytest

from gammainfra_gateway.budget.cli import parse_usd
from gammainfra_gateway.budget.max_cost import input_token_bound, max_cost_micro_usd, output_token_bound
from gammainfra_schemas.catalog import load_catalog
from gammainfra_schemas.pricing import platform_fee, price_usage


@dataclass
class Cand:
    model: object
    offering: object


def _chain(*model_ids):
    catalog = load_catalog()
    return [Cand(catalog.model(m), catalog.offerings(m)[0]) for m in model_ids], catalog


def test_output_bound_honours_max_tokens_n_and_the_model_cap():
    assert output_token_bound({"max_tokens": 50}, 4096) == 50
    assert output_token_bound({"max_completion_tokens": 70, "max_tokens": 50}, 4096) == 70
    assert output_token_bound({"max_tokens": 10**9}, 4096) == 4096
    assert output_token_bound({}, 4096) == 4096
    assert output_token_bound({"max_tokens": 50, "n": 3}, 4096) == 150


def test_the_bound_covers_the_real_cost_of_any_usage_within_it():
    chain, catalog = _chain("openai/gpt-4o-mini", "anthropic/claude-sonnet-4")
    body = {"messages": [{"role": "user", "content": "x" * 500}], "max_tokens": 100}
    bound = max_cost_micro_usd(chain, body, catalog.fees)
    prompt = input_token_bound(body)
    for cand in chain:
        o = cand.offering
        for cache_read, cache_write in ((0, 0), (prompt, 0), (0, prompt)):
            cost = price_usage(o, prompt, 100, cache_read, cache_write)
            for byok in (False, True):
                assert cost + platform_fee(cost, byok, catalog.fees) <= bound


def test_the_dearest_candidate_decides():
    cheap, catalog = _chain("openai/gpt-4o-mini")
    both, _ = _chain("openai/gpt-4o-mini", "anthropic/claude-sonnet-4")
    body = {"messages": [{"role": "user", "content": "hi"}], "max_tokens": 100}
    assert max_cost_micro_usd(both, body, catalog.fees) > max_cost_micro_usd(cheap, body, catalog.fees)


def test_usd_limits_parse_exactly_to_micro_usd():
    assert parse_usd("25") == 25_000_000
    assert parse_usd("0.000001") == 1
    assert parse_usd("12.345678") == 12_345_678
    assert parse_usd("0") == 0
    for bad in ("-1", "0.0000001", "abc", "nan", "inf", "1e30"):
        with pytest.raises(ValueError):
            parse_usd(bad)
