"""The pricing rule: token usage -> integer micro-USD, and the platform fee.

Part of the contract so the gateway (which puts `cost_micro_usd` and
`platform_fee_micro_usd` in each `llm.requests.v1` event) and metering (which
recomputes them from the event's `catalog_version`) always agree to the micro-USD.

Guarantees: pure functions, integer arithmetic only (a float or bool argument is
a TypeError, a negative one a ValueError), one rounding step per result, half up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pricing needs only the price fields; no import cycle at runtime
    from .catalog import FeeRates, Offering

TOKENS_PER_PRICE_UNIT = 1_000_000  # catalog prices are per million tokens
BPS_PER_UNIT = 10_000  # fee rates are basis points


def price_usage(
    offering: "Offering",
    prompt_tokens: int,
    completion_tokens: int,
    cache_read_tokens: int = 0,
    cache_write_tokens: int = 0,
) -> int:
    """Cost of one request's usage at `offering`'s list prices, in micro-USD.

    `prompt_tokens` counts ALL input tokens, cached ones included (the OpenAI
    convention the events use); the cache counts are the parts of it billed at
    the cache prices, so ``cache_read_tokens + cache_write_tokens <= prompt_tokens``
    (ValueError otherwise)::

        numerator = (prompt - cache_read - cache_write) * input_price
                  + cache_read * cache_read_price
                  + cache_write * cache_write_price
                  + completion * output_price          # micro-USD * tokens / Mtok
        cost      = floor((numerator + 500_000) / 1_000_000)   # round half up, once

    Rounding once on the total (not per component) keeps the result independent
    of how a request's tokens are split between prompt and cache.
    """
    for name, value in (
        ("prompt_tokens", prompt_tokens),
        ("completion_tokens", completion_tokens),
        ("cache_read_tokens", cache_read_tokens),
        ("cache_write_tokens", cache_write_tokens),
    ):
        _require_count(name, value)
    if cache_read_tokens + cache_write_tokens > prompt_tokens:
        raise ValueError(
            f"cache_read_tokens ({cache_read_tokens}) + cache_write_tokens ({cache_write_tokens})"
            f" exceed prompt_tokens ({prompt_tokens}); prompt_tokens must include cached tokens"
        )
    uncached = prompt_tokens - cache_read_tokens - cache_write_tokens
    numerator = (
        uncached * _price(offering.input_price)
        + cache_read_tokens * _price(offering.cache_read_price)
        + cache_write_tokens * _price(offering.cache_write_price)
        + completion_tokens * _price(offering.output_price)
    )
    return _divide_round_half_up(numerator, TOKENS_PER_PRICE_UNIT)


def platform_fee(cost_micro_usd: int, byok: bool, fees: "FeeRates") -> int:
    """Platform fee on a cost, in micro-USD: cost * rate_bps / 10_000, half up.

    The rate is `fees.byok_bps` when the customer's own provider key was used,
    else `fees.managed_bps`.
    """
    _require_count("cost_micro_usd", cost_micro_usd)
    if not isinstance(byok, bool):
        raise TypeError(f"byok must be a bool, got {type(byok).__name__}")
    rate = fees.byok_bps if byok else fees.managed_bps
    _require_count("fee rate (bps)", rate)
    return _divide_round_half_up(cost_micro_usd * rate, BPS_PER_UNIT)


def _divide_round_half_up(numerator: int, denominator: int) -> int:
    # Both operands are non-negative ints, so floor division after adding half the
    # denominator is exact "round half up" with no float in sight.
    return (numerator + denominator // 2) // denominator


def _require_count(name: str, value: object) -> None:
    # bool is an int subclass; True tokens would be a bug, not a count.
    if type(value) is not int:
        raise TypeError(f"{name} must be an int, got {type(value).__name__} ({value!r})")
    if value < 0:
        raise ValueError(f"{name} must be >= 0, got {value}")


def _price(value: object) -> int:
    _require_count("price", value)
    return value  # type: ignore[return-value]
