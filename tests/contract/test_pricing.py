"""The pricing rule gateway and metering share: integer micro-USD, half-up rounding, no float."""

from __future__ import annotations

import pytest

from gammainfra_schemas.catalog import FeeRates, Offering, platform_fee, price_usage

FEES = FeeRates(managed_bps=500, byok_bps=100)


def offering(input_price=0, output_price=0, cache_read_price=0, cache_write_price=0) -> Offering:
    return Offering("m/x", "e", "openai", "x", input_price, output_price, cache_read_price, cache_write_price)


def test_known_values_from_the_catalog(newest_catalog):
    gpt4o = newest_catalog.offering("openai/gpt-4o", "openai-us")
    assert price_usage(gpt4o, 1_000, 500) == 7_500  # 1000*$2.50/M + 500*$10/M = $0.0075
    assert price_usage(gpt4o, 1_000_000, 0) == 2_500_000  # one million tokens at the list price
    sonnet = newest_catalog.offering("anthropic/claude-sonnet-4", "anthropic-us")
    # 2350 uncached*$3 + 16384 cache reads*$0.30 + 1207 out*$15 per Mtok = 30070.2 micro-USD
    assert price_usage(sonnet, 18_734, 1_207, cache_read_tokens=16_384) == 30_070
    # cache writes cost 1.25x input: 1000 written tokens at $3.75/M
    assert price_usage(sonnet, 1_000, 0, cache_write_tokens=1_000) == 3_750


def test_result_is_int():
    assert type(price_usage(offering(input_price=3), 7, 0)) is int
    assert type(platform_fee(7, False, FEES)) is int


@pytest.mark.parametrize(
    ("input_price", "tokens", "expected"),
    [
        (500_000, 1, 1),      # 0.5 micro-USD -> 1: half rounds up
        (499_999, 1, 0),      # just under half -> 0
        (500_001, 1, 1),
        (1_500_000, 1, 2),    # 1.5 -> 2
        (2_500_000, 1, 3),    # 2.5 -> 3 (half up, not banker's rounding)
        (1, 999_999, 1),      # 0.999999 -> 1
    ],
)
def test_price_rounds_half_up(input_price, tokens, expected):
    assert price_usage(offering(input_price=input_price), tokens, 0) == expected


def test_price_rounds_once_on_the_total():
    # Three parts of 0.4 micro-USD each: 1.2 -> 1 (rounding each part would give 0).
    priced = offering(input_price=400_000, output_price=400_000, cache_read_price=400_000)
    assert price_usage(priced, 2, 1, cache_read_tokens=1) == 1


@pytest.mark.parametrize(
    ("cost", "byok", "expected"),
    [
        (10, False, 1),   # 5% of 10 = 0.5 -> 1
        (9, False, 0),    # 0.45 -> 0
        (30, False, 2),   # 1.5 -> 2
        (50, True, 1),    # 1% of 50 = 0.5 -> 1
        (49, True, 0),
        (30_070, False, 1_504),  # 1503.5 -> 1504
        (0, False, 0),
        (1_000_000, True, 10_000),
    ],
)
def test_platform_fee_in_basis_points_half_up(cost, byok, expected):
    assert platform_fee(cost, byok, FEES) == expected


def test_huge_volumes_stay_exact():
    tokens = 10**12
    assert price_usage(offering(input_price=2_500_001), tokens, 0) == 2_500_001 * 10**6


@pytest.mark.parametrize(
    "call",
    [
        lambda: price_usage(offering(input_price=1), 1.0, 0),
        lambda: price_usage(offering(input_price=1), 1, 0.5),
        lambda: price_usage(offering(input_price=1), True, 0),
        lambda: price_usage(offering(input_price=2.5), 1, 0),
        lambda: price_usage(offering(input_price=1), 1, 0, cache_read_tokens=0.0),
        lambda: platform_fee(10.0, False, FEES),
        lambda: platform_fee(10, 1, FEES),
        lambda: platform_fee(10, False, FeeRates(managed_bps=5.0, byok_bps=1)),
    ],
)
def test_floats_and_bools_are_type_errors(call):
    with pytest.raises(TypeError):
        call()


def test_negative_counts_and_impossible_cache_splits_are_value_errors():
    with pytest.raises(ValueError, match="prompt_tokens must be >= 0"):
        price_usage(offering(input_price=1), -1, 0)
    with pytest.raises(ValueError, match="must include cached tokens"):
        price_usage(offering(input_price=1), 10, 0, cache_read_tokens=8, cache_write_tokens=3)
    with pytest.raises(ValueError):
        platform_fee(-1, False, FEES)


def test_the_source_has_no_float_arithmetic():
    import ast
    import inspect

    from gammainfra_schemas import pricing
    tree = ast.parse(inspect.getsource(pricing))
    true_divisions = [n.lineno for n in ast.walk(tree)
                      if isinstance(n, (ast.BinOp, ast.AugAssign)) and isinstance(n.op, ast.Div)]
    float_literals = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, float)]
    float_calls = [n.lineno for n in ast.walk(tree)
                   if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in ("float", "round")]
    assert (true_divisions, float_literals, float_calls) == ([], [], [])
    assert any(isinstance(n, ast.FloorDiv) for n in ast.walk(tree))  # the walk does see operators
