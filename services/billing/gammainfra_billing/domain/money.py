"""Money: integer micro-USD everywhere until an amount goes on a Stripe invoice.

The rounding rule (README "Billing"): each invoice LINE's micro-USD sum is
rounded to whole cents once, half up (5,000 micro-USD and above round up);
requests are never rounded one by one. The invoice total is the sum of its
lines' cents, so it differs from the exact micro-USD total by at most
5,000 micro-USD (half a cent) per line: |cents x 10,000 - micro| <= 5,000 x lines.
"""

from __future__ import annotations

MICRO_PER_CENT = 10_000
MICRO_PER_USD = 1_000_000


def cents_half_up(micro_usd: int) -> int:
    if not isinstance(micro_usd, int) or isinstance(micro_usd, bool):
        raise TypeError("money is an integer number of micro-USD")
    if micro_usd < 0:
        return -cents_half_up(-micro_usd)
    return (micro_usd + MICRO_PER_CENT // 2) // MICRO_PER_CENT


def within_rounding(total_cents: int, total_micro: int, lines: int) -> bool:
    """The invoice/ledger reconciliation check of the rounding rule above."""
    return abs(total_cents * MICRO_PER_CENT - total_micro) <= (MICRO_PER_CENT // 2) * max(lines, 0)


def charge_of(cost_micro_usd: int, fee_micro_usd: int, byok: bool) -> int:
    """What a request costs the customer: managed requests pay the provider cost
    and the platform fee; BYOK requests only the fee (the provider bills them)."""
    return fee_micro_usd + (0 if byok else cost_micro_usd)


def usd_to_micro(amount_usd) -> int:
    """A whole-cent USD amount from a request body (int or float like 12.5) -> micro-USD.
    Raises ValueError for anything finer than a cent, negative or absurd."""
    if isinstance(amount_usd, bool) or not isinstance(amount_usd, (int, float)):
        raise ValueError("amount_usd must be a number")
    if not 1 <= amount_usd <= 10_000:  # before any arithmetic: 1e308 * 100 is infinity
        raise ValueError("amount_usd must be between 1 and 10000")
    cents = round(amount_usd * 100)
    if abs(cents - amount_usd * 100) > 1e-6:
        raise ValueError("amount_usd must be whole cents")
    if not 100 <= cents <= 1_000_000:
        raise ValueError("amount_usd must be between 1 and 10000")
    return int(cents) * MICRO_PER_CENT
