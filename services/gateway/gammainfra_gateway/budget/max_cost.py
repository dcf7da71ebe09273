"""The most a request can cost, before any provider is called (pure).

Upper bounds, never estimates: a reservation that is too small would let
concurrent requests overshoot the limit unboundedly, one that is too large only
refuses a request early.

- Input tokens <= the bytes of the JSON body sent upstream: every tokenizer we
  route to emits at most one token per byte of text, and the JSON syntax around
  the text more than covers the per-message special tokens.
- Output tokens <= `max_completion_tokens` / `max_tokens` if the client set one
  (capped by the model's maximum), else the model's maximum output, times `n`.
- Price: the most expensive offering on the chain (any of them may serve), all
  input at the highest of its input/cache prices, plus the platform fee at the
  higher of the managed and BYOK rates.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson

from gammainfra_schemas.catalog import FeeRates
from gammainfra_schemas.pricing import platform_fee


def input_token_bound(body: dict[str, Any]) -> int:
    return len(orjson.dumps(body))


def output_token_bound(body: dict[str, Any], model_max_output: int) -> int:
    requested = body.get("max_completion_tokens") or body.get("max_tokens")
    per_choice = min(requested, model_max_output) if isinstance(requested, int) and requested > 0 \
        else model_max_output
    n = body.get("n") if isinstance(body.get("n"), int) and body.get("n") > 0 else 1
    return per_choice * n


def max_cost_micro_usd(chain: Sequence[Any], body: dict[str, Any], fees: FeeRates) -> int:
    """`chain`: routing candidates (each with `.offering` prices and `.model.max_output_tokens`)."""
    prompt = input_token_bound(body)
    worst = 0
    for candidate in chain:
        o = candidate.offering
        input_price = max(o.input_price, o.cache_read_price, o.cache_write_price)
        completion = output_token_bound(body, candidate.model.max_output_tokens)
        numerator = prompt * input_price + completion * o.output_price
        worst = max(worst, -(-numerator // 1_000_000))  # round up: a bound, not a bill
    rate = FeeRates(max(fees.managed_bps, fees.byok_bps), max(fees.managed_bps, fees.byok_bps))
    return worst + platform_fee(worst, False, rate) + 1  # +1: the fee's half-up rounding
